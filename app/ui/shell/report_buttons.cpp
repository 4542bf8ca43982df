#include "ui/shell/report_buttons.hpp"

#include <imgui.h>

#include <vector>

#include "ui/shell/widgets.hpp"

namespace tafel {

void draw_report_buttons(App& app, float width, int columns) {
    if (!app.store() || !app.options().render_export) return;
    const bool arena = app.store()->session().meta().kind == kKindEffectenarena;
    struct Export {
        const char* label;
        const char* format;
    };
    std::vector<Export> exports;
    if (arena) exports.push_back({"Antwoorden CSV", "arena-csv"});
    exports.push_back({"Actieplan CSV", "actions-csv"});
    if (!arena) exports.push_back({"Kaarten CSV", "board-csv"});
    exports.push_back({"Tekst (md)", "md"});
    exports.push_back({arena ? "Afbeelding (png)" : "Bord (png)", "png"});
    // Taps are handled after the buttons are drawn: making a png asks for the next frame.
    std::string wanted;
    ImGui::PushStyleColor(ImGuiCol_Button, vec4(style::kReportButton));
    if (touch_button(app, "Verslag maken", width)) wanted = "pdf";
    ImGui::PopStyleColor();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float each = (width - static_cast<float>(columns - 1) * gap) / static_cast<float>(columns);
    for (size_t i = 0; i < exports.size(); ++i) {
        if (i % static_cast<size_t>(columns) != 0) ImGui::SameLine();
        if (touch_button(app, exports[i].label, each)) wanted = exports[i].format;
    }
    if (!wanted.empty()) app.make_report(wanted);
}

}  // namespace tafel
