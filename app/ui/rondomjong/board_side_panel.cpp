// The side panel of the Rondom Jong board: the layer, the question of the step with its notes,
// the steps of the loop, and the action cards; the openers of new action cards.
#include <imgui.h>

#include <algorithm>
#include <vector>
#include <cmath>

#include "ui/rondomjong/board_drawing.hpp"
#include "ui/rondomjong/board_screen.hpp"
#include "ui/shell/report_buttons.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
void BoardScreen::draw_side_panel(const BoardLayout& layout) {
    begin_panel("##vragen", ImVec2(layout.side_panel.x, layout.side_panel.y),
                ImVec2(layout.side_panel.w, layout.side_panel.h));
    const ImGuiStyle& st = ImGui::GetStyle();
    const float inner = layout.side_panel.w - 2 * st.WindowPadding.x;
    const float nav_y = layout.side_panel.h - st.WindowPadding.y - app_.metrics().touch();
    const float card_h = selected_card_height(inner);
    // Everything but the navigation scrolls with a finger: a long question, the explanation
    // or many action cards never push Vorige stap / Volgende stap from their place.
    const float scroll_h = std::max(app_.metrics().touch(), nav_y - ImGui::GetCursorPosY() - card_h - st.ItemSpacing.y);
    ImGui::BeginChild("##zijpaneel", ImVec2(inner, scroll_h), false);
    drag_to_scroll(app_.metrics());
    // Never under the scroll bar (it takes a little more than its width once it is shown).
    const float row = std::min(inner - st.ScrollbarSize, ImGui::GetContentRegionAvail().x);
    draw_layer_list(row);
    ImGui::Separator();
    draw_step_text(row);
    draw_action_list(row);
    ImGui::EndChild();
    draw_selected_card(inner);
    // Pinned to the bottom of the panel: the same place at every step and every size.
    ImGui::SetCursorPosY(nav_y);
    const float half = (inner - st.ItemSpacing.x) * 0.5f;
    if (touch_button(app_, "Vorige stap", half)) go_to_step(-1);
    ImGui::SameLine();
    if (touch_button(app_, "Volgende stap", half)) go_to_step(+1);
    end_panel();
}

void BoardScreen::draw_layer_list(float inner) {
    // Progress across the layers, in the order the loop walks them; tap a layer to go there.
    const RondomJongState& s = state();
    const RondomJongContent& c = content();
    const int step_count = static_cast<int>(c.steps.size());
    ImGui::PushFont(app_.fonts().bold);
    ImGui::TextUnformatted("Lagen");
    ImGui::PopFont();
    for (const std::string& id : s.layer_order) {
        const Layer* l = c.find_layer(id);
        auto it = s.furthest_step.find(id);
        int furthest = it == s.furthest_step.end() ? 0 : it->second;
        std::string label =
            (id == s.current_layer ? "▶ " : "") + (l ? l->name : id) + "  " +
            (furthest >= step_count ? "✓" : std::to_string(furthest) + "/" + std::to_string(step_count)) + "##laag" +
            id;
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
        // Named by the layer alone, so a script can aim at it whatever the progress says.
        if (touch_button(app_, label, inner, "button:" + (l ? l->name : id))) {
            record(StepChanged{id, std::max(1, std::min(furthest, step_count))}, seat_of_ui_pointer());
        }
        ImGui::PopStyleVar();
    }
    bool bottom_up = s.layer_order.front() == c.layers.front().id;
    if (touch_button(app_, bottom_up ? "Volgorde: van boven naar beneden" : "Volgorde: van beneden naar boven",
                     inner)) {
        std::vector<std::string> order;
        for (const Layer& l : c.layers) order.push_back(l.id);
        if (bottom_up) std::reverse(order.begin(), order.end());
        record(LayerOrderSet{order}, seat_of_ui_pointer());
    }
}

void BoardScreen::draw_step_text(float inner) {
    // The current question, as large as the cards' names; the explanation wraps.
    const RondomJongState& s = state();
    const RondomJongContent& c = content();
    const Layer* layer = c.find_layer(s.current_layer);
    const int step_count = static_cast<int>(c.steps.size());
    const ProcedureStep& step = c.steps[std::clamp(s.current_step, 1, step_count) - 1];
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::TextDisabled("%s  ·  stap %d van %d", layer ? layer->name.c_str() : "", s.current_step, step_count);
    ImGui::PushFont(app_.fonts().card);  // the question is read by the room, like the cards
    ImGui::TextUnformatted(current_question_text().c_str());
    ImGui::PopFont();
    if (!step.hint.empty() && !is_very_last_step()) ImGui::TextDisabled("%s", step.hint.c_str());
    ImGui::PopTextWrapPos();
    if (is_very_last_step()) draw_report_buttons(app_, inner, 3);  // the meeting is done: take the report home
    if (touch_button(app_, show_explanation_ ? "Uitleg verbergen" : "Uitleg bij deze laag", inner)) {
        show_explanation_ = !show_explanation_;
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    if (show_explanation_ && layer) {
        ImGui::TextUnformatted(layer->label.c_str());
        ImGui::TextUnformatted(layer->explanation.c_str());
        draw_side_notes(app_, c, inner);
    }
    if (step.takes_note) {
        std::string note = s.note(s.current_layer, s.current_step);
        ImGui::TextDisabled("Notitie:");
        ImGui::TextUnformatted(note.empty() ? "(nog geen notitie)" : note.c_str());
    }
    ImGui::PopTextWrapPos();
    if (step.takes_note && touch_button(app_, "Notitie schrijven", inner)) {
        open_note_editor(sheet_seat_of_ui_pointer());
    }
}

float BoardScreen::selected_card_height(float inner) const {
    const Tile* tile = state().find_tile(selected_);
    if (!tile) return 0;
    const ImGuiStyle& st = ImGui::GetStyle();
    const float text_h = ImGui::CalcTextSize(("Gekozen kaart: " + tile->text).c_str(), nullptr, false, inner).y;
    return st.ItemSpacing.y + text_h + st.ItemSpacing.y + 2 * (app_.metrics().touch() + st.ItemSpacing.y);
}

void BoardScreen::draw_selected_card(float inner) {
    // The selected card: marks, turning and copying, just above the navigation.
    const RondomJongState& s = state();
    const Tile* tile = s.find_tile(selected_);
    if (!tile) return;
    const float half = (inner - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    ImGui::Separator();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::Text("Gekozen kaart: %s", tile->text.c_str());
    ImGui::PopTextWrapPos();
    const bool in_layer = !tile->layer.empty();
    // The marks as wide as their words need (with the tick, so they keep their width when tapped).
    const std::vector<float> marks = row_widths({"Nog niet betrokken ✓", "Afwezig ✓"}, inner);
    ImGui::BeginDisabled(!in_layer);
    if (touch_button(app_, tile->not_yet_involved ? "Nog niet betrokken ✓##mark" : "Nog niet betrokken##mark", marks[0],
                     "button:Nog niet betrokken")) {
        card_action(CardMarked{tile->id, kMarkNotYet, !tile->not_yet_involved}, seat_of_ui_pointer());
    }
    ImGui::SameLine();
    if (touch_button(app_, tile->absent ? "Afwezig ✓##mark" : "Afwezig##mark", marks[1], "button:Afwezig")) {
        card_action(CardMarked{tile->id, kMarkAbsent, !tile->absent}, seat_of_ui_pointer());
    }
    ImGui::EndDisabled();
    if (touch_button(app_, "Kaart draaien", half))
        card_action(CardRotated{tile->id, tile->degrees + 90}, seat_of_ui_pointer());
    ImGui::SameLine();
    if (touch_button(app_, "Kopie maken", half)) {
        card_action(BlankCardCreated{s.next_tile_id(), "", tile->id}, seat_of_ui_pointer());
    }
}

void BoardScreen::draw_action_list(float row_width) {
    // All action cards, compact, under their layer; tap one to open it again.
    const RondomJongState& s = state();
    const RondomJongContent& c = content();
    ImGui::Separator();
    ImGui::PushFont(app_.fonts().bold);
    ImGui::Text("Actiekaarten (%d)", static_cast<int>(s.actions.size()));
    ImGui::PopFont();
    auto list_cards = [&](const std::string& layer_id) {
        for (const ActionCard& card : s.actions) {
            if (card.field("laag") != layer_id) continue;
            std::string name = card.field("naam").empty() ? "(naam nog leeg)" : card.field("naam");
            std::string text = name + ": " + card.field("actie") + "  [" + card.field("status") + "]";
            std::string label =
                fit_label(text, row_width - 2 * ImGui::GetStyle().FramePadding.x) + "##actie" + std::to_string(card.id);
            ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
            if (touch_button(app_, label, row_width, "button:Actiekaart " + std::to_string(card.id))) {
                open_action_card(sheet_seat_of_ui_pointer(), card.id);
            }
            ImGui::PopStyleVar();
        }
    };
    for (const std::string& id : s.layer_order) {
        bool any =
            std::any_of(s.actions.begin(), s.actions.end(), [&](const ActionCard& a) { return a.field("laag") == id; });
        if (!any) continue;
        const Layer* l = c.find_layer(id);
        ImGui::TextDisabled("%s", l ? l->name.c_str() : id.c_str());
        list_cards(id);
    }
    bool without_layer = std::any_of(s.actions.begin(), s.actions.end(),
                                     [&](const ActionCard& a) { return !c.find_layer(a.field("laag")); });
    if (without_layer) {
        ImGui::TextDisabled("Nog zonder laag");
        list_cards("");
    }
}

bool BoardScreen::is_very_last_step() const {
    const RondomJongState& s = state();
    return !s.layer_order.empty() && s.current_layer == s.layer_order.back() &&
           s.current_step == static_cast<int>(content().steps.size());
}

std::string BoardScreen::current_question_text() const {
    // After the last step of the last layer there is no next layer to go to.
    if (is_very_last_step()) return "Alle lagen zijn besproken. Bekijk samen de actiekaarten.";
    const int step_count = static_cast<int>(content().steps.size());
    return content().steps[std::clamp(state().current_step, 1, step_count) - 1].question;
}

void BoardScreen::draw_action_openers(const BoardLayout& layout) {
    // "Nieuwe actiekaart" at the bottom and the top edge of the pyramid, each turned towards
    // the people on that side, so anyone can open a card where they stand.
    const float mm = app_.metrics().px_per_mm;
    const float bw = 48 * mm, bh = 12 * mm;
    struct Opener {
        Seat seat;
        float cx, cy;
    };
    // Below the pyramid for the bottom edge; in the free top corner beside its apex for the top edge.
    const Opener openers[] = {
        {Seat::bottom, layout.pyramid.x + layout.pyramid.w * 0.5f, layout.pyramid.bottom() + 3 * mm + bh * 0.5f},
        {Seat::top, layout.pyramid.x + bw * 0.5f, layout.pyramid.y + bh * 0.5f}};
    ImDrawList* list = ImGui::GetBackgroundDrawList();
    for (const Opener& o : openers) {
        ImVec2 a(o.cx - bw * 0.5f, o.cy - bh * 0.5f), b(o.cx + bw * 0.5f, o.cy + bh * 0.5f);
        int first = list->VtxBuffer.Size;
        list->AddRectFilled(a, b, style::u32(style::kActionButton), 2 * mm);
        draw_text_in_box(list, app_.fonts().body, app_.fonts().body->FontSize, a, b, style::u32(style::kWhite),
                         "+ Nieuwe actiekaart");
        rotate_vertices(list, first, ImVec2(o.cx, o.cy), o.seat == Seat::top ? 180.0f : 0.0f);
        app_.targets().add("button:Nieuwe actiekaart", {a.x, a.y, b.x, b.y});
    }
}

// ---- sheets ------------------------------------------------------------------------

}  // namespace tafel
