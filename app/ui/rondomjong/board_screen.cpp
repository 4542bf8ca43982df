#include "ui/rondomjong/board_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/session/dates.hpp"
#include "ui/rondomjong/board_drawing.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

constexpr double kCommitAfterIdleMs = 1500;  // typed text is recorded after this pause
constexpr float kTapSlopMm = 4.0f;           // a finger that moved less than this tapped

}  // namespace

BoardScreen::BoardScreen(App& app) : app_(app) {}

const RondomJongState& BoardScreen::state() const { return app_.store()->session().state().rondomjong; }
const RondomJongContent& BoardScreen::content() const { return app_.store()->session().content().rondomjong; }

void BoardScreen::record(Payload payload, Seat seat) { app_.record(std::move(payload), seat); }

Seat BoardScreen::seat_of_ui_pointer() const {
    ImVec2 p = ImGui::GetIO().MousePos;
    return app_.seat_at(p.x, p.y);
}

Seat BoardScreen::sheet_seat_of_ui_pointer() const { return sheet_seat_for_panel(app_, ImGui::GetIO().MousePos); }

// ---- drawing -----------------------------------------------------------------------

void BoardScreen::draw() {
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    layout_ = layout_board(state(), content(), w, h, app_.metrics().px_per_mm, question_for_far_side_ ? 26.0f : 0.0f);
    ImDrawList* canvas = ImGui::GetBackgroundDrawList();
    draw_board_layers(app_, canvas, layout_, state(), content());
    if (question_for_far_side_) draw_far_side_question(layout_);
    draw_top_bar(layout_);
    draw_tray_panel(layout_);
    draw_side_panel(layout_);

    // Cards in the tray and the layers; lifted cards are drawn last, on top of everything.
    for (const TilePlace& place : layout_.tiles) {
        const Tile* tile = state().find_tile(place.tile);
        bool lifted =
            std::any_of(drags_.begin(), drags_.end(), [&](const auto& d) { return d.second.tile == place.tile; });
        if (!tile || lifted) continue;
        draw_board_tile(app_, canvas, *tile, place.box, place.scale, false, tile->id == selected_);
        app_.targets().add("card:" + tile->text, {place.box.x, place.box.y, place.box.right(), place.box.bottom()});
    }
    draw_action_openers(layout_);
    ImDrawList* top = ImGui::GetForegroundDrawList();
    for (const auto& [pointer, drag] : drags_) {
        const Tile* tile = state().find_tile(drag.tile);
        if (!tile) continue;
        Box box{drag.x - drag.grab_dx, drag.y - drag.grab_dy, layout_.tile_w, layout_.tile_h};
        draw_board_tile(app_, top, *tile, box, 1.0f, true, tile->id == selected_, drag.twist_degrees());
        app_.targets().add("card:" + tile->text,
                           {box.x, box.y, box.right(), box.bottom()});  // a held card can be touched too
    }
    draw_editors();
}

void BoardScreen::draw_top_bar(const BoardLayout& layout) {
    const Metrics& m = app_.metrics();
    begin_panel("##topbar", ImVec2(layout.top_bar.x, layout.top_bar.y), ImVec2(layout.top_bar.w, layout.top_bar.h));
    const SessionMeta& meta = app_.store()->session().meta();
    ImGui::PushFont(app_.fonts().bold);
    ImGui::TextUnformatted(meta.title.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s  ·  %s", meta.school.empty() ? "school nog niet ingevuld" : meta.school.c_str(),
                        meta.date.c_str());
    ImGui::SameLine(layout.top_bar.w - m.mm(190));
    ImGui::BeginDisabled(!app_.store()->session().state().can_undo());
    if (touch_button(app_, "Ongedaan maken")) record(Undo{}, seat_of_ui_pointer());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!app_.store()->session().state().can_redo());
    if (touch_button(app_, "Opnieuw")) record(Redo{}, seat_of_ui_pointer());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (touch_button(app_, "Naar beginscherm")) app_.close_session();
    end_panel();
}

void BoardScreen::draw_tray_panel(const BoardLayout& layout) {
    const Metrics& m = app_.metrics();
    const float footer_h = m.mm(17);
    begin_panel("##trayfooter", ImVec2(layout.tray.x, layout.tray.bottom() - footer_h),
                ImVec2(layout.tray.w, footer_h));
    const float half = (layout.tray.w - m.mm(11)) * 0.5f;
    if (touch_button(app_, "Lege kaart", half)) open_blank_card_editor(sheet_seat_of_ui_pointer());
    ImGui::SameLine();
    // The optional deck (extra parties the sources name without a printed card).
    for (const Deck& deck : content().decks) {
        if (!deck.optional) continue;
        bool shown = state().shown_decks.count(deck.id) > 0;
        std::string label = (shown ? deck.name + " weg" : deck.name) + "##deck";
        if (touch_button(app_, label, half, "button:" + deck.name))
            record(DeckShown{deck.id, !shown}, seat_of_ui_pointer());
        break;
    }
    end_panel();
}

void BoardScreen::draw_side_panel(const BoardLayout& layout) {
    const RondomJongState& s = state();
    const RondomJongContent& c = content();
    begin_panel("##vragen", ImVec2(layout.side_panel.x, layout.side_panel.y),
                ImVec2(layout.side_panel.w, layout.side_panel.h));
    const float inner = layout.side_panel.w - 2 * ImGui::GetStyle().WindowPadding.x;
    const Layer* layer = c.find_layer(s.current_layer);
    const int step_count = static_cast<int>(c.steps.size());
    const ProcedureStep& step = c.steps[std::clamp(s.current_step, 1, step_count) - 1];

    // Progress across the layers, in the order the loop walks them; tap a layer to go there.
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
    ImGui::Separator();

    // The current question, large enough to read across the table.
    ImGui::TextDisabled("%s  ·  stap %d van %d", layer ? layer->name.c_str() : "", s.current_step, step_count);
    const bool very_last_step = is_very_last_step();
    ImGui::PushFont(app_.fonts().large);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::TextUnformatted(current_question_text().c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    if (!step.hint.empty() && !very_last_step) ImGui::TextDisabled("%s", step.hint.c_str());
    ImGui::PopTextWrapPos();
    if (touch_button(app_, question_for_far_side_ ? "Vraag alleen hier tonen" : "Vraag ook voor de overkant", inner)) {
        question_for_far_side_ = !question_for_far_side_;
    }
    if (touch_button(app_, show_explanation_ ? "Uitleg verbergen" : "Uitleg bij deze laag", inner)) {
        show_explanation_ = !show_explanation_;
    }
    if (show_explanation_ && layer) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
        ImGui::TextUnformatted(layer->label.c_str());
        ImGui::TextUnformatted(layer->explanation.c_str());
        ImGui::TextDisabled("%s", c.pyramid_title.c_str());
        for (const std::string& note : c.side_notes) ImGui::BulletText("%s", note.c_str());
        ImGui::TextDisabled("%s", c.credit.c_str());
        ImGui::PopTextWrapPos();
    }
    if (step.takes_note) {
        std::string note = s.note(s.current_layer, s.current_step);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
        ImGui::TextDisabled("Notitie:");
        ImGui::TextUnformatted(note.empty() ? "(nog geen notitie)" : note.c_str());
        ImGui::PopTextWrapPos();
        if (touch_button(app_, "Notitie schrijven", inner)) open_note_editor(sheet_seat_of_ui_pointer());
    }
    const float half = (inner - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (touch_button(app_, "Vorige stap", half)) go_to_step(-1);
    ImGui::SameLine();
    if (touch_button(app_, "Volgende stap", half)) go_to_step(+1);

    // The selected card: marks, turning and copying.
    if (const Tile* tile = s.find_tile(selected_)) {
        ImGui::Separator();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
        ImGui::Text("Gekozen kaart: %s", tile->text.c_str());
        ImGui::PopTextWrapPos();
        const bool in_layer = !tile->layer.empty();
        ImGui::BeginDisabled(!in_layer);
        if (touch_button(app_, tile->not_yet_involved ? "Nog niet betrokken ✓##mark" : "Nog niet betrokken##mark", half,
                         "button:Nog niet betrokken")) {
            record(CardMarked{tile->id, kMarkNotYet, !tile->not_yet_involved}, seat_of_ui_pointer());
        }
        ImGui::SameLine();
        if (touch_button(app_, tile->absent ? "Afwezig ✓##mark" : "Afwezig##mark", half, "button:Afwezig")) {
            record(CardMarked{tile->id, kMarkAbsent, !tile->absent}, seat_of_ui_pointer());
        }
        ImGui::EndDisabled();
        if (touch_button(app_, "Kaart draaien", half))
            record(CardRotated{tile->id, tile->degrees + 90}, seat_of_ui_pointer());
        ImGui::SameLine();
        if (touch_button(app_, "Kopie maken", half)) {
            record(BlankCardCreated{s.next_tile_id(), "", tile->id}, seat_of_ui_pointer());
        }
    }

    // All action cards, compact, under their layer; tap one to open it again.
    ImGui::Separator();
    ImGui::PushFont(app_.fonts().bold);
    ImGui::Text("Actiekaarten (%d)", static_cast<int>(s.actions.size()));
    ImGui::PopFont();
    ImGui::BeginChild("##acties", ImVec2(inner, 0), false);
    drag_to_scroll(app_.metrics());
    const float row_width = inner - ImGui::GetStyle().ScrollbarSize;
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
    ImGui::EndChild();
    end_panel();
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

void BoardScreen::draw_far_side_question(const BoardLayout& layout) {
    // The current question once more, upside down for the people at the top edge of the table.
    const float mm = app_.metrics().px_per_mm;
    const Box& b = layout.far_side_question;
    ImDrawList* list = ImGui::GetBackgroundDrawList();
    const int first = list->VtxBuffer.Size;
    list->AddRectFilled(ImVec2(b.x, b.y), ImVec2(b.right(), b.bottom()), IM_COL32(255, 250, 235, 255), 2 * mm);
    list->AddRect(ImVec2(b.x, b.y), ImVec2(b.right(), b.bottom()), IM_COL32(200, 90, 20, 255), 2 * mm, 0, 0.5f * mm);
    draw_text_in_box(list, app_.fonts().large, app_.fonts().large->FontSize, ImVec2(b.x + 3 * mm, b.y + mm),
                     ImVec2(b.right() - 3 * mm, b.bottom() - mm), IM_COL32(30, 30, 30, 255), current_question_text());
    rotate_vertices(list, first, ImVec2(b.x + b.w * 0.5f, b.y + b.h * 0.5f), 180.0f);
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
        list->AddRectFilled(a, b, IM_COL32(46, 125, 90, 255), 2 * mm);
        draw_text_in_box(list, app_.fonts().body, app_.fonts().body->FontSize, a, b, IM_COL32_WHITE,
                         "+ Nieuwe actiekaart");
        rotate_vertices(list, first, ImVec2(o.cx, o.cy), o.seat == Seat::top ? 180.0f : 0.0f);
        app_.targets().add("button:Nieuwe actiekaart", {a.x, a.y, b.x, b.y});
    }
}

// ---- sheets ------------------------------------------------------------------------

std::unique_ptr<Sheet> BoardScreen::make_sheet(Seat seat, float width_mm, float height_mm) {
    std::vector<const Sheet*> others;
    for (const auto& e : editors_) others.push_back(e->sheet.get());
    // One person at a side gets the middle of it; the next ones go beside.
    return place_sheet(app_, seat, width_mm, height_mm, others, {0.5f, 0.25f, 0.75f, 0.0f, 1.0f});
}

void BoardScreen::open_blank_card_editor(Seat seat) {
    auto editor = std::make_unique<Editor>();
    editor->kind = Editor::Kind::blank_card;
    editor->sheet = make_sheet(seat, 170, 120);
    editor->fields["kaarttekst"].max_bytes = 80;
    editor->focus = "kaarttekst";
    keyboard_owner_ = editor.get();
    editors_.push_back(std::move(editor));
}

void BoardScreen::open_note_editor(Seat seat) {
    const RondomJongState& s = state();
    auto editor = std::make_unique<Editor>();
    editor->kind = Editor::Kind::note;
    editor->sheet = make_sheet(seat, 190, 140);
    editor->note_layer = s.current_layer;
    editor->note_step = s.current_step;
    std::string note = s.note(s.current_layer, s.current_step);
    editor->fields["notitie"].text = note;
    editor->fields["notitie"].max_bytes = 2000;
    editor->saved["notitie"] = note;
    editor->focus = "notitie";
    keyboard_owner_ = editor.get();
    editors_.push_back(std::move(editor));
}

void BoardScreen::open_action_card(Seat seat, int existing_card) {
    int id = existing_card;
    if (id == 0) {
        id = state().next_action_id();
        record(ActionCardOpened{id, state().current_layer}, seat);
    }
    for (auto& e : editors_) {
        if (e->kind == Editor::Kind::action_card && e->action_card == id) return;  // already open
    }
    const ActionCard* card = state().find_action(id);
    if (!card) return;
    auto editor = std::make_unique<Editor>();
    editor->kind = Editor::Kind::action_card;
    editor->action_card = id;
    editor->sheet = make_sheet(seat, 164, 195);
    for (const ActionField& f : content().action_fields) {
        editor->fields[f.id].text = card->field(f.id);
        editor->saved[f.id] = card->field(f.id);
    }
    editor->focus = "naam";
    keyboard_owner_ = editor.get();
    editors_.push_back(std::move(editor));
}

void BoardScreen::commit_editor(Editor& editor) {
    if (editor.kind == Editor::Kind::note) {
        std::string text = editor.fields["notitie"].text;
        if (text != editor.saved["notitie"]) {
            record(NoteSet{editor.note_layer, editor.note_step, text}, editor.sheet->seat());
            editor.saved["notitie"] = text;
        }
    } else if (editor.kind == Editor::Kind::action_card) {
        if (!state().find_action(editor.action_card)) return;  // undone meanwhile
        for (auto& [id, field] : editor.fields) {
            if (field.text == editor.saved[id]) continue;
            if ((id == "gepland" || id == "afgerond") && !field.text.empty() && !is_valid_date(field.text)) continue;
            record(ActionFieldSet{editor.action_card, id, field.text}, editor.sheet->seat());
            editor.saved[id] = field.text;
        }
    }
    editor.last_typed_ms = -1;
}

void BoardScreen::draw_blank_card_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), IM_COL32(40, 40, 40, 255),
               "Lege kaart: wie is deze partij?");
    sheet.field("kaarttekst", "Tekst op de kaart", {pad, pad + 8 * mm, w, 22 * mm}, e.fields["kaarttekst"], true,
                [this, &e] { keyboard_owner_ = &e; });
    auto save = [this, &e] {
        std::string text = e.fields["kaarttekst"].text;
        while (!text.empty() && text.back() == ' ') text.pop_back();
        if (text.empty()) {
            app_.set_message("Typ eerst wie er op de lege kaart komt, of kies Sluiten.");
            return;
        }
        record(BlankCardCreated{state().next_tile_id(), text, 0}, e.sheet->seat());
        e.close_requested = true;
    };
    const float bw = (w - 3 * mm) * 0.5f;
    sheet.button("Opslaan", {pad, pad + 32 * mm, bw, 12 * mm}, save, true);
    sheet.button("Sluiten", {pad + bw + 3 * mm, pad + 32 * mm, bw, 12 * mm}, [&e] { e.close_requested = true; });
    sheet.keyboard({pad, pad + 48 * mm, w, sheet.height() - 48 * mm - 2 * pad}, &e.fields["kaarttekst"], save);
}

void BoardScreen::draw_note_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    const Layer* layer = content().find_layer(e.note_layer);
    std::string title = "Notitie · " + (layer ? layer->name : e.note_layer) + " · vraag " + std::to_string(e.note_step);
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), IM_COL32(40, 40, 40, 255), title);
    const std::string& question = content().steps[static_cast<size_t>(e.note_step - 1)].question;
    sheet.text(app_.fonts().body, app_.fonts().body->FontSize, ImVec2(pad, pad + 7 * mm), IM_COL32(90, 80, 70, 255),
               question, w);
    sheet.field("notitie", "Notitie", {pad, pad + 20 * mm, w, 38 * mm}, e.fields["notitie"], true,
                [this, &e] { keyboard_owner_ = &e; });
    const float bw = (w - 3 * mm) * 0.5f;
    auto close = [this, &e] {
        commit_editor(e);
        e.close_requested = true;
    };
    sheet.button("Opslaan", {pad, pad + 61 * mm, bw, 12 * mm}, close, true);
    sheet.button("Sluiten", {pad + bw + 3 * mm, pad + 61 * mm, bw, 12 * mm}, close);
    sheet.keyboard({pad, pad + 77 * mm, w, sheet.height() - 77 * mm - 2 * pad}, &e.fields["notitie"],
                   [&e] { e.fields["notitie"].type("\n"); });
}

void BoardScreen::draw_action_card_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const ActionCard* card = state().find_action(e.action_card);
    if (!card) {
        e.close_requested = true;
        return;
    }
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    const float half = (w - 3 * mm) * 0.5f;
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), IM_COL32(30, 90, 60, 255),
               content().action_card_title + " " + std::to_string(e.action_card));
    auto label_of = [&](const std::string& id) { return action_field_label(content(), id); };
    auto focus_on = [this, &e](const std::string& id) {
        return [this, &e, id] {
            commit_editor(e);  // leaving a field records it
            e.focus = id;
            keyboard_owner_ = &e;
        };
    };
    float y = pad + 8 * mm;
    const float row = 15 * mm;
    sheet.field("naam", label_of("naam"), {pad, y, half, row}, e.fields["naam"], e.focus == "naam", focus_on("naam"));
    sheet.field("samen_met", label_of("samen_met"), {pad + half + 3 * mm, y, half, row}, e.fields["samen_met"],
                e.focus == "samen_met", focus_on("samen_met"));
    y += row + 2 * mm;
    sheet.text(app_.fonts().body, app_.fonts().body->FontSize, ImVec2(pad, y), IM_COL32(70, 60, 50, 255),
               label_of("laag"));
    y += 6 * mm;
    const float ow = (w - 9 * mm) / 4;
    for (size_t i = 0; i < content().layers.size(); ++i) {
        const Layer& l = content().layers[i];
        bool selected = e.fields["laag"].text == l.id;
        sheet.choice(l.id, l.name, {pad + i * (ow + 3 * mm), y, ow, 10 * mm}, selected, [this, &e, id = l.id] {
            e.fields["laag"].text = id;
            commit_editor(e);
        });
    }
    y += 12 * mm;
    const float two_lines = row + app_.fonts().body->FontSize;  // actions and goals often take a sentence
    sheet.field("actie", label_of("actie"), {pad, y, w, two_lines}, e.fields["actie"], e.focus == "actie",
                focus_on("actie"));
    y += two_lines + 2 * mm;
    sheet.field("doel", label_of("doel"), {pad, y, w, two_lines}, e.fields["doel"], e.focus == "doel",
                focus_on("doel"));
    y += two_lines + 2 * mm;
    const float third = (w - 6 * mm) / 3;
    sheet.field("gepland", label_of("gepland"), {pad, y, third, row}, e.fields["gepland"], e.focus == "gepland",
                focus_on("gepland"));
    sheet.field("afgerond", label_of("afgerond"), {pad + third + 3 * mm, y, third, row}, e.fields["afgerond"],
                e.focus == "afgerond", focus_on("afgerond"));
    const float sw = (third - 2 * mm) / 3;
    for (size_t i = 0; i < content().statuses.size() && i < 3; ++i) {
        const std::string& st = content().statuses[i];
        sheet.choice(st, st, {pad + 2 * (third + 3 * mm) + i * (sw + mm), y + 5 * mm, sw, row - 5 * mm},
                     e.fields["status"].text == st, [this, &e, st] {
                         e.fields["status"].text = st;
                         commit_editor(e);
                     });
    }
    y += row + 2 * mm;
    if (e.focus == "gepland" || e.focus == "afgerond") {
        // Dates picked with fingers: step the focused date from today or from what is there.
        sheet.date_buttons({pad, y, w, 11 * mm}, e.fields[e.focus], [this, &e] { commit_editor(e); });
        y += 13 * mm;
    }
    for (const char* date_field : {"gepland", "afgerond"}) {
        const std::string& t = e.fields[date_field].text;
        if (!t.empty() && !is_valid_date(t) && t.size() >= 10) {
            sheet.text(app_.fonts().body, app_.fonts().body->FontSize, ImVec2(pad, y), IM_COL32(180, 30, 30, 255),
                       std::string("Datum ") + date_field + ": schrijf als dd-mm-jjjj, bijvoorbeeld 15-03-2027.");
            y += 6 * mm;
        }
    }
    auto close = [this, &e] {
        commit_editor(e);
        e.close_requested = true;
    };
    sheet.button("Opslaan", {pad, y, half, 12 * mm}, close, true);
    sheet.button("Sluiten", {pad + half + 3 * mm, y, half, 12 * mm}, close);
    y += 14 * mm;
    TextField* typing = e.focus.empty() ? nullptr : &e.fields[e.focus];
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, typing, [this, &e] {
        // Return moves to the next text field, as on the paper card from top to bottom.
        static const char* order[] = {"naam", "samen_met", "actie", "doel", "gepland", "afgerond"};
        commit_editor(e);
        for (size_t i = 0; i + 1 < sizeof order / sizeof order[0]; ++i) {
            if (e.focus == order[i]) {
                e.focus = order[i + 1];
                return;
            }
        }
    });
}

void BoardScreen::draw_editors() {
    for (auto& e : editors_) {
        // Typed text is recorded after a short pause, so a killed app loses at most a few letters.
        if (e->last_typed_ms >= 0 && app_.now_ms() - e->last_typed_ms >= kCommitAfterIdleMs) commit_editor(*e);
    }
    for (auto& e : editors_) {
        e->sheet->begin(app_);
        switch (e->kind) {
            case Editor::Kind::blank_card:
                draw_blank_card_editor(*e);
                break;
            case Editor::Kind::note:
                draw_note_editor(*e);
                break;
            case Editor::Kind::action_card:
                draw_action_card_editor(*e);
                break;
        }
        e->sheet->end();
    }
}

BoardScreen::Editor* BoardScreen::focused_editor() {
    for (auto& e : editors_) {
        if (e.get() == keyboard_owner_) return e.get();
    }
    return nullptr;
}

// ---- input ---------------------------------------------------------------------------

bool BoardScreen::claims(float x, float y) const {
    return std::any_of(editors_.begin(), editors_.end(), [&](const auto& e) { return e->sheet->contains(x, y); });
}

TileId BoardScreen::tile_at(float x, float y) const {
    // The last drawn lies on top.
    for (auto it = layout_.tiles.rbegin(); it != layout_.tiles.rend(); ++it) {
        if (it->box.contains(x, y)) return it->tile;
    }
    return 0;
}

void BoardScreen::canvas_pointer(const InputEvent& ev) {
    const float mm = app_.metrics().px_per_mm;
    if (ev.type == InputEvent::Type::pointer_down) {
        // Sheets lie on top: the newest first.
        for (auto it = editors_.rbegin(); it != editors_.rend(); ++it) {
            Editor& e = **it;
            if (e.sheet->contains(ev.x, ev.y)) {
                e.last_typed_ms = app_.now_ms();
                e.sheet->press(ev.x, ev.y);
                close_requested_editors();  // now that the action has run
                return;
            }
        }
        // The "Nieuwe actiekaart" openers on the canvas.
        if (const ScreenRect* r = app_.targets().find("button:Nieuwe actiekaart"); r && r->contains(ev.x, ev.y)) {
            open_action_card(Seat::bottom);
            return;
        }
        if (const ScreenRect* r = app_.targets().find("button:Nieuwe actiekaart#2"); r && r->contains(ev.x, ev.y)) {
            open_action_card(Seat::top);
            return;
        }
        TileId tile = tile_at(ev.x, ev.y);
        if (tile == 0) return;
        for (auto& [holder, held] : drags_) {
            if (held.tile != tile) continue;
            // A second finger on a held card turns it, like turning a paper card with two fingers.
            if (held.twist_pointer < 0) {
                held.twist_pointer = ev.pointer;
                held.twist_x = ev.x;
                held.twist_y = ev.y;
                held.twist_start_degrees = std::atan2(-(ev.y - held.y), ev.x - held.x) * 180.0f / 3.14159265f;
                held.moved = true;  // lifting the first finger after a turn is no tap
                twist_owner_[ev.pointer] = holder;
            }
            return;
        }
        const TilePlace* place = layout_.find(tile);
        Drag drag;
        drag.tile = tile;
        // Hold the card where it was touched, at full size, so it is readable while carried.
        drag.grab_dx = (ev.x - place->box.x) / place->scale;
        drag.grab_dy = (ev.y - place->box.y) / place->scale;
        drag.x = drag.start_x = ev.x;
        drag.y = drag.start_y = ev.y;
        drags_[ev.pointer] = drag;
        return;
    }
    if (auto twist = twist_owner_.find(ev.pointer); twist != twist_owner_.end()) {
        auto held = drags_.find(twist->second);
        if (held != drags_.end()) {
            held->second.twist_x = ev.x;
            held->second.twist_y = ev.y;
            if (ev.type == InputEvent::Type::pointer_up) {
                // Lifting the second finger keeps the turn, to the nearest quarter.
                const Tile* tile = state().find_tile(held->second.tile);
                int quarter = static_cast<int>(std::lround(held->second.twist_degrees() / 90.0f)) * 90;
                if (tile && quarter % 360 != 0)
                    record(CardRotated{tile->id, tile->degrees + quarter}, app_.seat_at(ev.x, ev.y));
                held->second.twist_pointer = -1;
            }
        }
        if (ev.type == InputEvent::Type::pointer_up) twist_owner_.erase(twist);
        return;
    }
    auto it = drags_.find(ev.pointer);
    if (it == drags_.end()) return;
    Drag& drag = it->second;
    drag.x = ev.x;
    drag.y = ev.y;
    if (std::hypot(ev.x - drag.start_x, ev.y - drag.start_y) > kTapSlopMm * mm) drag.moved = true;
    if (ev.type != InputEvent::Type::pointer_up) return;
    const Tile* tile = state().find_tile(drag.tile);
    Seat seat = app_.seat_at(drag.start_x, drag.start_y);
    if (tile && !drag.moved) {
        selected_ = selected_ == tile->id ? 0 : tile->id;  // a tap selects, a second tap lets go
    } else if (tile) {
        std::optional<std::string> destination;
        if (const LayerBand* band = layout_.band_at(ev.x, ev.y)) {
            destination = band->layer;
        } else if (layout_.tray.contains(ev.x, ev.y)) {
            destination = std::string(kTray);
        }
        if (destination && *destination != tile->layer) record(CardMoved{tile->id, *destination}, seat);
    }
    if (drag.twist_pointer >= 0) twist_owner_.erase(drag.twist_pointer);
    drags_.erase(it);
}

float BoardScreen::Drag::twist_degrees() const {
    if (twist_pointer < 0) return 0;
    float now = std::atan2(-(twist_y - y), twist_x - x) * 180.0f / 3.14159265f;
    return now - twist_start_degrees;
}

void BoardScreen::canvas_key(const InputEvent& ev) {
    Editor* e = focused_editor();
    if (!e) return;
    TextField* field = e->focus.empty() ? nullptr : &e->fields[e->focus];
    if (ev.type == InputEvent::Type::text) {
        if (field) field->type(ev.text);
        e->last_typed_ms = app_.now_ms();
    } else if (ev.type == InputEvent::Type::key_down) {
        if (ev.key == SDLK_BACKSPACE && field) field->backspace();
        if (ev.key == SDLK_RETURN || ev.key == SDLK_KP_ENTER) {
            e->sheet->press_enter();
            close_requested_editors();
        }
        if (ev.key == SDLK_ESCAPE) {
            commit_editor(*e);
            e->close_requested = true;
            close_requested_editors();
        }
        e = focused_editor();
        if (e) e->last_typed_ms = app_.now_ms();
    }
}

double BoardScreen::next_wakeup_ms() const {
    double next = -1;
    for (const auto& e : editors_) {
        if (e->last_typed_ms >= 0) {
            double at = e->last_typed_ms + kCommitAfterIdleMs;
            if (next < 0 || at < next) next = at;
        }
    }
    return next;
}

void BoardScreen::close_requested_editors() {
    editors_.erase(std::remove_if(editors_.begin(), editors_.end(),
                                  [this](const auto& e) {
                                      if (!e->close_requested) return false;
                                      if (keyboard_owner_ == e.get()) keyboard_owner_ = nullptr;
                                      return true;
                                  }),
                   editors_.end());
}

void BoardScreen::before_exit() {
    for (auto& e : editors_) commit_editor(*e);
}

void BoardScreen::go_to_step(int delta) {
    const RondomJongState& s = state();
    const int step_count = static_cast<int>(content().steps.size());
    auto pos = std::find(s.layer_order.begin(), s.layer_order.end(), s.current_layer);
    size_t layer_index = pos == s.layer_order.end() ? 0 : static_cast<size_t>(pos - s.layer_order.begin());
    int step = s.current_step + delta;
    if (step > step_count) {
        if (layer_index + 1 >= s.layer_order.size()) return;  // the last layer is done
        ++layer_index;
        step = 1;
    } else if (step < 1) {
        if (layer_index == 0) return;
        --layer_index;
        step = step_count;
    }
    record(StepChanged{s.layer_order[layer_index], step}, seat_of_ui_pointer());
}

}  // namespace tafel
