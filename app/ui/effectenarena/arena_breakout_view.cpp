// Break-out steps: the table split into one zone per group, each with its persona, its goal
// and an answer board of leefdomein columns.
#include <imgui.h>

#include <algorithm>

#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

using namespace style;

ImU32 question_color(const std::string& id) {
    if (id == "vraag1") return u32(kQuestion1);
    if (id == "vraag2") return u32(kQuestion2);
    return u32(kQuestion3);
}

}  // namespace

void ArenaScreen::draw_answer_tile(ImDrawList* list, const AnswerCard& card, Box box, bool lifted) {
    const float mm = app_.metrics().px_per_mm;
    const ImVec2 a(box.x, box.y), b(box.right(), box.bottom());
    if (lifted)
        list->AddRectFilled(ImVec2(a.x + 2 * mm, a.y + 2 * mm), ImVec2(b.x + 2 * mm, b.y + 2 * mm),
                            IM_COL32(0, 0, 0, 70), 2 * mm);
    list->AddRectFilled(a, b, card.id == selected_card_ ? u32(kAnswerSelected) : u32(kCard), kRoundingMm * mm);
    list->AddRect(a, b, card.id == selected_card_ ? u32(kSelected) : u32(kLayerEdge), 1.5f * mm, 0,
                  card.id == selected_card_ ? 0.8f * mm : 0.3f * mm);
    list->AddRectFilled(a, ImVec2(a.x + 2.2f * mm, b.y), question_color(card.question), 1.5f * mm,
                        ImDrawFlags_RoundCornersLeft);
    ImFont* small = app_.fonts().body;
    const float foot = small->FontSize * 0.85f;
    std::string line = question_short(card.question);
    if (!card.party.empty()) line += " · " + card.party;
    // The card font (5.5 mm) where there is room: answers are read across the room in the plenary.
    ImFont* font = app_.fonts().card;
    draw_text_in_box(
        list, font, font->FontSize, ImVec2(a.x + 3.5f * mm, a.y + 0.8f * mm),
        ImVec2(b.x - 1.5f * mm, b.y - foot - 0.8f * mm), u32(kCardInk), card.text,
        box.h + 1 >= answer_height(card, box.w) ? app_.metrics().mm(kCapitalsFloorMm / kCapitalsPerFontSize) : 0.0f);
    // The tag the plenary gave it: a coloured label with its word, seen from across the room.
    float tag_w = 0;
    if (!card.tag.empty()) {
        ImFont* bold = app_.fonts().bold;
        tag_w = bold->CalcTextSizeA(foot, FLT_MAX, 0, card.tag.c_str()).x + 3 * mm;
        const ImVec2 t0(b.x - tag_w - mm, b.y - foot - 1.2f * mm), t1(b.x - mm, b.y - 0.4f * mm);
        list->AddRectFilled(t0, t1, u32(tag_colour(card.tag)), kRoundingMm * mm);
        list->AddText(bold, foot, ImVec2(t0.x + 1.5f * mm, t0.y + 0.4f * mm), u32(kWhite), card.tag.c_str());
    }
    list->AddText(small, foot, ImVec2(a.x + 3.5f * mm, b.y - foot - 0.6f * mm), u32(kAnswerFoot),
                  ellipsize(small, foot, line, box.w - 5 * mm - tag_w).c_str());
}

float ArenaScreen::answer_height(const AnswerCard& card, float width) const {
    // As high as its text needs at the card font (a long answer grows, it does not shrink).
    const float mm = app_.metrics().px_per_mm;
    ImFont* font = app_.fonts().card;
    const float text_h = font->CalcTextSizeA(font->FontSize, FLT_MAX, width - 6 * mm, card.text.c_str()).y;
    return std::max(19 * mm, text_h + app_.fonts().body->FontSize * 0.85f + 3 * mm);
}

void ArenaScreen::draw_breakout(Box area) {
    const float gap = app_.metrics().mm(3);
    const int groups = std::max(1, static_cast<int>(state().groups.size()));
    const float zone_w = (area.w - gap * (groups - 1)) / groups;
    for (int g = 1; g <= groups; ++g) draw_zone(g, {area.x + (g - 1) * (zone_w + gap), area.y, zone_w, area.h});
}

void ArenaScreen::draw_zone(int group, Box area) {
    const Metrics& m = app_.metrics();
    const EffectenarenaState& s = state();
    const int round = s.current().breakout_round;
    const std::string id = "##zone" + std::to_string(group);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, vec4(group % 2 ? kZoneA : kZoneB));
    begin_panel(id.c_str(), ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    ImGui::PopStyleColor();
    const float inner = area.w - 2 * ImGui::GetStyle().WindowPadding.x;
    const Persona* persona = s.persona_of_group(group);
    ImGui::PushFont(app_.fonts().large);
    ImGui::TextUnformatted(fit_label(persona_label(group), inner).c_str());
    ImGui::PopFont();
    if (persona && !persona->title.empty()) ImGui::TextDisabled("%s", fit_label(persona->title, inner).c_str());

    // The group's goal (first break-out) or what is still needed (second).
    const float button_w = m.mm(52);
    const ArenaGroup* g = s.group(group);
    const std::string goal = g && !g->goal.empty() ? "Doel: " + g->goal : "Doel: nog niet geschreven";
    ImGui::PushFont(app_.fonts().bold);
    // Room for the button beside the goal, except in review where there is none.
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner -
                           (in_review() ? 0.0f : button_w + ImGui::GetStyle().ItemSpacing.x));
    const float goal_y = ImGui::GetCursorPosY();
    ImGui::TextUnformatted(goal.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const float after_goal = ImGui::GetCursorPosY();
    if (!in_review()) {
        ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x + inner - button_w, goal_y));
        if (touch_button(app_, "Doel schrijven##" + std::to_string(group), button_w, "button:Doel schrijven")) {
            open_goal(seat_of_ui_pointer(), group);
        }
    }
    ImGui::SetCursorPosY(std::max(after_goal, ImGui::GetCursorPosY()));
    if (round >= 2) {
        auto needs = s.needs_of_group(group);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
        for (const ArenaNeed* n : needs) {
            ImGui::TextWrapped("• Nodig: %s%s%s", n->nodig.c_str(), n->beleggen.empty() ? "" : "  → beleggen bij ",
                               n->beleggen.c_str());
        }
        ImGui::PopTextWrapPos();
    }

    // Leefdomein columns with this group's answer cards.
    const float bottom_row = m.touch() + ImGui::GetStyle().WindowPadding.y + m.mm(2);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float columns_h = area.bottom() - bottom_row - origin.y;
    const auto& domains = s.leefdomeinen;
    const float col_gap = m.mm(2);
    const float col_w = (inner - col_gap * (domains.size() - 1)) / std::max<size_t>(1, domains.size());
    ImDrawList* list = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < domains.size(); ++i) {
        const Box col{origin.x + i * (col_w + col_gap), origin.y, col_w, columns_h};
        list->AddRectFilled(ImVec2(col.x, col.y), ImVec2(col.right(), col.bottom()), IM_COL32(255, 255, 255, 120),
                            m.mm(2));
        list->AddRect(ImVec2(col.x, col.y), ImVec2(col.right(), col.bottom()), IM_COL32(180, 175, 165, 255), m.mm(2));
        ImFont* head = app_.fonts().bold;
        draw_text_in_box(list, head, head->FontSize, ImVec2(col.x + m.mm(1), col.y + m.mm(0.5f)),
                         ImVec2(col.right() - m.mm(1), col.y + m.mm(7)), IM_COL32(60, 55, 45, 255), domains[i]);
        float y = col.y + m.mm(8);
        int hidden = 0;
        for (const AnswerCard& a : s.answers) {
            if (a.group != group || a.leefdomein != domains[i]) continue;
            const float card_h = answer_height(a, col.w - m.mm(2));
            if (y + card_h > col.bottom() - m.mm(1)) {
                ++hidden;
                continue;
            }
            const Box box{col.x + m.mm(1), y, col.w - m.mm(2), card_h};
            ImGui::SetCursorScreenPos(ImVec2(box.x, box.y));
            if (ImGui::InvisibleButton(("##antwoord" + std::to_string(a.id)).c_str(), ImVec2(box.w, box.h))) {
                open_answer(seat_of_ui_pointer(), group, a.id);
            }
            app_.add_item_target("answer:" + std::to_string(a.id));
            draw_answer_tile(list, a, box, false);
            y += card_h + m.mm(1.5f);
        }
        if (hidden > 0) {
            std::string more = "+ " + std::to_string(hidden) + " meer (zie Arena)";
            list->AddText(ImVec2(col.x + m.mm(2), col.bottom() - m.mm(6)), IM_COL32(90, 80, 70, 255), more.c_str());
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, area.bottom() - bottom_row + m.mm(1)));
    if (in_review()) {
        end_panel();
        return;
    }
    const float half = (inner - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (touch_button(app_, "Nieuw antwoord##" + std::to_string(group), round >= 2 ? half : inner,
                     "button:Nieuw antwoord")) {
        open_answer(seat_of_ui_pointer(), group);
    }
    if (round >= 2) {
        ImGui::SameLine();
        if (touch_button(app_, "Nodig schrijven##" + std::to_string(group), half, "button:Nodig schrijven")) {
            open_need(seat_of_ui_pointer(), group);
        }
    }
    end_panel();
}

}  // namespace tafel
