#include "ui/shell/report_buttons.hpp"

#include <imgui.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

#include "platform/file_exchange.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

constexpr const char* kKeptInBrowser =
    "Deze sessie staat in de opslag van deze browser, die gewist kan worden: bewaar haar ook als bestand.";

// In the browser: the session file itself as a download, the same file the desktop app opens.
void download_session(App& app) {
    const std::filesystem::path& path = app.store()->path();
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
        app.set_message("De sessie " + path.filename().string() + " kan niet worden gelezen; er is niets gedownload.");
        return;
    }
    offer_download(path.filename().string(), bytes.str(), "application/json");
    app.set_message("Gedownload als " + path.filename().string() +
                    "; open het later met Sessiebestand openen of in de app op een computer.");
}

}  // namespace

float report_buttons_note_height() { return files_are_downloads() ? 2 * ImGui::GetTextLineHeightWithSpacing() : 0; }

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
    const bool downloads = files_are_downloads();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushStyleColor(ImGuiCol_Button, vec4(style::kReportButton));
    if (touch_button(app, "Verslag maken", downloads ? (width - gap) * 0.5f : width)) wanted = "pdf";
    ImGui::PopStyleColor();
    bool session_file = false;
    if (downloads) {
        ImGui::SameLine();
        session_file = touch_button(app, "Sessie als bestand", (width - gap) * 0.5f);
    }
    // Fewer columns when a label would not fit its button (a large size in a narrow panel).
    float widest = 0;
    for (const Export& e : exports) widest = std::max(widest, ImGui::CalcTextSize(e.label).x);
    auto each_of = [&](int n) { return (width - static_cast<float>(n - 1) * gap) / static_cast<float>(n); };
    while (columns > 1 && each_of(columns) < widest + 2 * ImGui::GetStyle().FramePadding.x) --columns;
    const float each = each_of(columns);
    for (size_t i = 0; i < exports.size(); ++i) {
        if (i % static_cast<size_t>(columns) != 0) ImGui::SameLine();
        if (touch_button(app, exports[i].label, each)) wanted = exports[i].format;
    }
    if (downloads) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextDisabled("%s", kKeptInBrowser);
        ImGui::PopTextWrapPos();
    }
    if (!wanted.empty()) app.make_report(wanted);
    if (session_file) download_session(app);
}

}  // namespace tafel
