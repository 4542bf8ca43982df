// The step view for the whole room, and the programme overview to jump to any step.
#include <imgui.h>

#include <algorithm>

#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {

void ArenaScreen::draw_step_view(Box area) {
    const Metrics& m = app_.metrics();
    const ProgrammeStep& step = state().current();
    begin_panel("##arenastap", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    ImDrawList* list = ImGui::GetWindowDrawList();
    // As large as the area allows, for the back of the room: draw_text_in_box wraps and shrinks.
    ImFont* font = app_.fonts().large;
    const float pad = m.mm(8);
    const bool questions = step.id == "intro" || step.kind == "pauze";
    const float text_h = questions ? area.h * 0.42f : area.h - 2 * pad;
    draw_text_in_box(list, font, font->FontSize * 1.6f, ImVec2(area.x + pad, area.y + pad),
                     ImVec2(area.right() - pad, area.y + pad + text_h), IM_COL32(25, 25, 30, 255), step.explanation);
    if (questions) {
        // The three questions of the afternoon, with the personas' names.
        float y = area.y + pad + text_h + m.mm(4);
        list->AddText(app_.fonts().bold, app_.fonts().bold->FontSize * 1.5f, ImVec2(area.x + pad, y),
                      IM_COL32(90, 70, 40, 255), step.kind == "pauze" ? "Straks in de break-outs:" : "De drie vragen:");
        y += app_.fonts().bold->FontSize * 1.8f;
        const float each = (area.bottom() - pad - y) / std::max<size_t>(1, content().questions.size());
        int n = 1;
        for (const ArenaQuestion& q : content().questions) {
            draw_text_in_box(list, app_.fonts().bold, app_.fonts().bold->FontSize * 2.2f, ImVec2(area.x + pad, y),
                             ImVec2(area.right() - pad, y + each), IM_COL32(30, 60, 110, 255),
                             std::to_string(n++) + ". " + with_persona(q.text, persona_names(state())));
            y += each;
        }
    }
    end_panel();
}

void ArenaScreen::draw_programme(Box area) {
    const EffectenarenaState& s = state();
    begin_panel("##programma", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    const float inner = area.w - 2 * ImGui::GetStyle().WindowPadding.x;
    ImGui::PushFont(app_.fonts().bold);
    ImGui::TextUnformatted(in_review() ? "Programma: tik op een stap om naar het einde ervan te gaan"
                                       : "Programma: tik op een stap om erheen te gaan");
    ImGui::PopFont();
    ImGui::BeginChild("##stappen", ImVec2(inner, 0), false);
    drag_to_scroll(app_.metrics());
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    for (size_t i = 0; i < s.steps.size(); ++i) {
        const ProgrammeStep& st = s.steps[i];
        const bool current = static_cast<int>(i) == s.current_step;
        std::string label = (current ? "▶ " : "   ") + st.start + "   " + st.title + "   (" +
                            std::to_string(st.minutes) + " min, " + (st.kind == "breakout" ? "break-out" : st.kind) +
                            ")##stap" + std::to_string(i);
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.95f, 0.80f, 0.55f, 1.0f));
        if (touch_button(app_, label, inner - ImGui::GetStyle().ScrollbarSize,
                         "button:Stap " + std::to_string(i + 1))) {
            overlay_ = Overlay::none;
            if (in_review()) {
                if (review_.on_step_chosen) review_.on_step_chosen(static_cast<int>(i));
            } else if (!current) {
                record(ArenaStepChanged{static_cast<int>(i)}, seat_of_ui_pointer());
            }
        }
        if (current) ImGui::PopStyleColor();
    }
    ImGui::PopStyleVar();
    ImGui::TextDisabled("Stappen, tijden en duur pas je vóór de start aan onder Voorbereiding.");
    ImGui::EndChild();
    end_panel();
}

}  // namespace tafel
