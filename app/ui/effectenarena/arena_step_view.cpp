// The step view for the whole room, and the programme overview to jump to any step.
#include <imgui.h>

#include <algorithm>

#include "core/effectenarena/step_kind.hpp"
#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {

using namespace style;

void ArenaScreen::draw_step_view(Box area) {
    const Metrics& m = app_.metrics();
    const ProgrammeStep& step = state().current();
    begin_panel("##arenastap", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    ImDrawList* list = ImGui::GetWindowDrawList();
    // As large as the area allows, for the back of the room: draw_text_in_box wraps and shrinks.
    ImFont* font = app_.fonts().large;
    const float pad = m.mm(8);
    const bool pauze = step_kind(step) == StepKind::pauze;
    const bool questions = step.id == "intro" || pauze;
    const float text_h = questions ? area.h * 0.42f : area.h - 2 * pad;
    draw_text_in_box(list, font, font->FontSize * 1.6f, ImVec2(area.x + pad, area.y + pad),
                     ImVec2(area.right() - pad, area.y + pad + text_h), u32(kInk), step.explanation);
    if (questions) {
        // The three questions of the afternoon, with the personas' names.
        float y = area.y + pad + text_h + m.mm(4);
        list->AddText(app_.fonts().bold, app_.fonts().bold->FontSize * 1.5f, ImVec2(area.x + pad, y), u32(kHint),
                      pauze ? "Straks in de break-outs:" : "De drie vragen:");
        y += app_.fonts().bold->FontSize * 1.8f;
        const float each = (area.bottom() - pad - y) / std::max<size_t>(1, content().questions.size());
        int n = 1;
        for (const ArenaQuestion& q : content().questions) {
            draw_text_in_box(list, app_.fonts().bold, app_.fonts().bold->FontSize * 2.2f, ImVec2(area.x + pad, y),
                             ImVec2(area.right() - pad, y + each), u32(kTitleInk),
                             std::to_string(n++) + ". " + with_persona(q.text, persona_names(state())));
            y += each;
        }
    }
    end_panel();
}

void ArenaScreen::draw_programme(Box area) {
    const EffectenarenaState& s = state();
    const Metrics& m = app_.metrics();
    begin_panel("##programma", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    const float inner = area.w - 2 * ImGui::GetStyle().WindowPadding.x;
    ImGui::PushFont(app_.fonts().bold);
    const std::string end = programme_end(s.steps);
    ImGui::TextUnformatted((std::string(in_review() ? "Programma: tik op een stap om naar het einde ervan te gaan"
                                                    : "Programma: tik op een stap om erheen te gaan") +
                            (end.empty() ? "" : "  ·  einde " + end))
                               .c_str());
    ImGui::PopFont();
    ImGui::BeginChild("##stappen", ImVec2(inner, 0), false);
    drag_to_scroll(m);
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    // While the meeting runs, the current and later steps get -5 / +5 beside them.
    const float retime_button = m.mm(24);
    const float retime_w = in_review() ? 0.0f : 2 * (retime_button + ImGui::GetStyle().ItemSpacing.x);
    const float step_w = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize - retime_w;
    for (size_t i = 0; i < s.steps.size(); ++i) {
        const ProgrammeStep& st = s.steps[i];
        const bool current = static_cast<int>(i) == s.current_step;
        std::string label = (current ? "▶ " : "   ") + st.start + "   " + st.title + "   (" +
                            std::to_string(st.minutes) + " min, " + step_kind_label(step_kind(st)) + ")##stap" +
                            std::to_string(i);
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, vec4(kBanner));
        if (touch_button(app_, label, step_w, "button:Stap " + std::to_string(i + 1))) {
            overlay_ = Overlay::none;
            if (in_review()) {
                if (review_.on_step_chosen) review_.on_step_chosen(static_cast<int>(i));
            } else if (!current) {
                record(ArenaStepChanged{static_cast<int>(i)}, seat_of_ui_pointer());
            }
        }
        if (current) ImGui::PopStyleColor();
        if (!in_review()) retime_buttons(static_cast<int>(i), retime_button);
    }
    ImGui::PopStyleVar();
    ImGui::TextDisabled(
        "Een stap die al voorbij is houdt zijn tijd; de stappen na een langere of kortere stap schuiven mee.");
    ImGui::EndChild();
    end_panel();
}

// -5 and +5 minutes for a step, when the core allows it (the current or a later step).
void ArenaScreen::retime_buttons(int step, float width) {
    const ProgrammeStep* st = state().step(step);
    if (!st) return;
    const int now = st->minutes;  // read before a tap replaces the state
    const std::string n = std::to_string(step + 1);
    int chosen = 0;
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, 0.5f));
    for (const int delta : {-5, 5}) {
        ImGui::SameLine();
        ImGui::BeginDisabled(may_retime(state(), step, now + delta).refused());
        const std::string target = "button:Stap " + n + (delta < 0 ? " korter" : " langer");
        if (touch_button(app_, std::string(delta < 0 ? "-5 min##" : "+5 min##") + target, width, target))
            chosen = now + delta;
        ImGui::EndDisabled();
    }
    ImGui::PopStyleVar();
    if (chosen > 0) record(ArenaStepRetimed{step, chosen}, seat_of_ui_pointer());
}

}  // namespace tafel
