#include "ui/arena_screen.hpp"

#include <imgui.h>

#include "ui/widgets.hpp"

namespace tafel {

void ArenaScreen::draw() {
    const Metrics& m = app_.metrics();
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    const EffectenarenaContent& ea = app_.store()->session().content().effectenarena;
    begin_panel("##arena", ImVec2(0, 0), ImVec2(w, h));
    ImGui::PushFont(app_.fonts().large);
    ImGui::TextUnformatted(app_.store()->session().meta().title.c_str());
    ImGui::PopFont();
    if (touch_button(app_, "Naar beginscherm")) app_.close_session();
    ImGui::TextWrapped("Het stap voor stap doorlopen van de effectenarena (klok, break-outs, antwoorden) is nog niet "
                       "gebouwd. Hieronder staan het programma en de persona's van deze sessie.");
    const float column = (w - m.mm(16)) * 0.5f;
    ImGui::BeginChild("##programma", ImVec2(column, 0), true);
    ImGui::PushFont(app_.fonts().bold);
    ImGui::TextUnformatted("Programma");
    ImGui::PopFont();
    for (const ProgrammeStep& step : ea.steps) {
        ImGui::TextWrapped("%s  %s (%d min)", step.start.c_str(), step.title.c_str(), step.minutes);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##persona", ImVec2(column, 0), true);
    for (const Persona& p : ea.personas) {
        ImGui::PushFont(app_.fonts().bold);
        ImGui::TextWrapped("%s, %d jaar, %s", p.name.c_str(), p.age, p.title.c_str());
        ImGui::PopFont();
        for (const PersonaSection& s : p.sections) {
            ImGui::TextDisabled("%s", s.heading.c_str());
            ImGui::TextWrapped("%s", s.text.c_str());
        }
    }
    ImGui::EndChild();
    end_panel();
    (void)h;
}

}  // namespace tafel
