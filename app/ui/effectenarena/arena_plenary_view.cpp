// Plenary steps after a break-out: both groups' answers side by side, the optelsom per
// question and leefdomein, and the tags Trend, Probleem, Nodig, Conclusie.
#include <imgui.h>

#include <algorithm>
#include <optional>

#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {

void ArenaScreen::draw_plenary(Box area) {
    const Metrics& m = app_.metrics();
    const float gap = m.mm(style::kMarginMm);
    const float side_w = std::min(m.mm(style::kPlenarySideMm), area.w * 0.38f);
    const int groups = std::max(1, static_cast<int>(state().groups.size()));
    const float col_w = (area.w - side_w - gap * groups) / groups;
    for (int g = 1; g <= groups; ++g) plenary_column(g, {area.x + (g - 1) * (col_w + gap), area.y, col_w, area.h});
    const Box side{area.right() - side_w, area.y, side_w, area.h};
    draw_tally({side.x, side.y, side.w, side.h * 0.5f});
    plenary_tags({side.x, side.y + side.h * 0.5f, side.w, side.h * 0.5f});
}

void ArenaScreen::plenary_column(int g, Box col) {
    // One group's answers per question, at the card font, in a list a finger scrolls.
    const EffectenarenaState& s = state();
    ImGui::PushStyleColor(ImGuiCol_WindowBg, vec4(g % 2 ? style::kZoneA : style::kZoneB));
    begin_panel(("##plenair" + std::to_string(g)).c_str(), ImVec2(col.x, col.y), ImVec2(col.w, col.h));
    ImGui::PopStyleColor();
    const float inner = col.w - 2 * ImGui::GetStyle().WindowPadding.x;
    ImGui::PushFont(app_.fonts().large);
    ImGui::TextUnformatted(fit_label(persona_label(g), inner).c_str());
    ImGui::PopFont();
    const ArenaGroup* group = s.group(g);
    ImGui::PushFont(app_.fonts().bold);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::TextUnformatted(group && !group->goal.empty() ? ("Doel: " + group->goal).c_str()
                                                         : "Doel: nog niet geschreven");
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::BeginChild(("##lijst" + std::to_string(g)).c_str(), ImVec2(inner, 0), false);
    drag_to_scroll(app_.metrics());
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float row_w = inner - ImGui::GetStyle().ScrollbarSize;
    for (size_t qi = 0; qi < content().questions.size(); ++qi) {
        const ArenaQuestion& q = content().questions[qi];
        ImGui::PushFont(app_.fonts().bold);
        ImGui::TextColored(vec4(style::kHint), "Vraag %d", static_cast<int>(qi + 1));
        ImGui::PopFont();
        for (const AnswerCard& a : s.answers) {
            if (a.group != g || a.question != q.id) continue;
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float tile_h = answer_height(a, row_w);
            if (ImGui::InvisibleButton(("##p" + std::to_string(a.id)).c_str(), ImVec2(row_w, tile_h))) {
                selected_card_ = selected_card_ == a.id ? 0 : a.id;
            }
            app_.add_item_target("answer:" + std::to_string(a.id));
            draw_answer_tile(list, a, {p.x, p.y, row_w, tile_h}, false);
        }
    }
    for (const ArenaNeed* n : s.needs_of_group(g)) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + row_w);
        ImGui::TextWrapped("• Nodig: %s%s%s", n->nodig.c_str(), n->beleggen.empty() ? "" : "  → beleggen bij ",
                           n->beleggen.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
    end_panel();
}

void ArenaScreen::plenary_tags(Box area) {
    // The chosen answer and the four tags, each in its colour with its word at the card font.
    const Metrics& m = app_.metrics();
    begin_panel("##typeren", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    const float inner = area.w - 2 * ImGui::GetStyle().WindowPadding.x;
    // Copied: a tag recorded below replaces the state this frame reads from.
    const AnswerCard* found = state().find_answer(selected_card_);
    const std::optional<AnswerCard> chosen = found ? std::optional<AnswerCard>(*found) : std::nullopt;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    if (chosen) {
        ImGui::PushFont(app_.fonts().bold);
        ImGui::TextUnformatted(("Antwoord: " + chosen->text).c_str());
        ImGui::PopFont();
    } else {
        ImGui::TextColored(vec4(style::kHint), "Tik op een antwoord om het te typeren.");
    }
    ImGui::PopTextWrapPos();
    if (in_review()) {
        // The tag as it stood then; nothing to change.
        if (chosen && !chosen->tag.empty()) ImGui::TextColored(vec4(style::kHint), "Type: %s", chosen->tag.c_str());
        end_panel();
        return;
    }
    ImGui::BeginDisabled(!chosen);
    // At the card font when two rows of it fit above Nieuw antwoord, else at the bold font: the
    // tags and the button stay inside the panel (a large size on a small screen).
    const ImGuiStyle& st = ImGui::GetStyle();
    const float room =
        area.bottom() - st.WindowPadding.y - m.touch() - 2 * st.ItemSpacing.y - ImGui::GetCursorScreenPos().y;
    ImFont* card = app_.fonts().card;
    const bool card_fits = 2 * std::max(m.touch(), card->FontSize + 2 * st.FramePadding.y) <= room;
    ImGui::PushFont(card_fits ? card : app_.fonts().bold);
    const size_t per_row = card_fits ? 2 : 4;  // at the bold font all four on one row
    const float tag_w = (inner - static_cast<float>(per_row - 1) * st.ItemSpacing.x) / static_cast<float>(per_row);
    const float tag_h = card_fits ? std::max(m.touch(), ImGui::GetFrameHeight()) : m.touch();
    for (size_t i = 0; i < content().outcome_types.size(); ++i) {
        const std::string& type = content().outcome_types[i];
        const bool on = chosen && chosen->tag == type;
        // Each tag in its own colour, as on the answer card; the chosen one carries a tick.
        for (ImGuiCol c : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive})
            ImGui::PushStyleColor(c, vec4(style::tag_colour(type)));
        ImGui::PushStyleColor(ImGuiCol_Text, vec4(style::kWhite));
        if (ImGui::Button(((on ? "✓ " + type : type) + "##tag").c_str(), ImVec2(tag_w, tag_h)) && chosen)
            record(ArenaTagSet{chosen->id, on ? std::string() : type}, seat_of_ui_pointer());
        app_.add_item_target("option:" + type);
        ImGui::PopStyleColor(4);
        if (i % per_row != per_row - 1) ImGui::SameLine();
    }
    ImGui::PopFont();
    ImGui::EndDisabled();
    // The other group adds what it heard: a new answer, for either group (chosen on the sheet).
    if (touch_button(app_, "Nieuw antwoord", inner)) open_answer(seat_of_ui_pointer(), 1);
    end_panel();
}

void ArenaScreen::draw_tally(Box area) {
    const EffectenarenaState& s = state();
    ArenaTally t = arena_tally(content(), s);
    begin_panel("##optelsom", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    ImGui::BeginChild("##optelsom-rol", ImVec2(0, 0), false);  // scrolls with a finger when it does not fit
    drag_to_scroll(app_.metrics());
    ImGui::PushFont(app_.fonts().bold);
    ImGui::Text("Optelsom: %d antwoorden", t.total);
    ImGui::PopFont();
    const int columns = static_cast<int>(t.leefdomeinen.size()) + 2;
    if (ImGui::BeginTable("##som", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableSetupColumn("Vraag");
        for (const std::string& l : t.leefdomeinen) ImGui::TableSetupColumn(l.c_str());
        ImGui::TableSetupColumn("Totaal");
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("");
        for (const std::string& l : t.leefdomeinen) {
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(l.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("Totaal");
        ImGui::PushFont(app_.fonts().large);
        for (size_t qi = 0; qi < t.questions.size(); ++qi) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("V%d", static_cast<int>(qi + 1));
            for (const std::string& l : t.leefdomeinen) {
                ImGui::TableNextColumn();
                ImGui::Text("%d", t.count(t.questions[qi], l));
            }
            ImGui::TableNextColumn();
            ImGui::Text("%d", t.question_total(t.questions[qi]));
        }
        ImGui::PopFont();
        ImGui::EndTable();
    }
    std::string per_group;
    for (const auto& [g, n] : t.per_group)
        per_group += (per_group.empty() ? "" : "  ·  ") + persona_label(g) + ": " + std::to_string(n);
    ImGui::TextWrapped("%s", per_group.c_str());
    ImGui::EndChild();
    end_panel();
}

}  // namespace tafel
