#include "ui/shell/start_screen.hpp"

#include <imgui.h>

#include "core/session/session.hpp"
#include "core/session/user_error.hpp"
#include "ui/review/compare_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {

std::string session_label(const SessionMeta& meta) {
    return meta.title + "  ·  " + (meta.school.empty() ? "school onbekend" : meta.school) + "  ·  " + meta.date;
}

StartScreen::StartScreen(App& app) : app_(app), sessions_(list_sessions(app.options().sessions_dir)) {}

void StartScreen::start_new(const std::string& kind) {
    std::filesystem::path path = new_session_path(app_.options().sessions_dir, kind);
    std::string title = kind_name_nl(kind) + " " + today_dd_mm_yyyy();
    std::string problem = app_.create_session(kind, path, title, "");
    if (!problem.empty()) app_.set_message(problem);
}

void StartScreen::open_demo() {
    try {
        std::filesystem::path path =
            prepare_demo(app_.options().assets_dir, app_.options().sessions_dir, kKindRondomJong);
        std::string problem = app_.open_session(path);
        if (!problem.empty()) app_.set_message(problem);
    } catch (const UserError& e) {
        app_.set_message(e.what());
    }
}

void StartScreen::draw() {
    const Metrics& m = app_.metrics();
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    const float column = std::min(w - m.mm(20), m.mm(180));
    begin_panel("##start", ImVec2(0, 0), ImVec2(w, h));
    ImGui::SetCursorPosX((w - column) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushFont(app_.fonts().large);
    ImGui::TextUnformatted("Tafelgesprek");
    ImGui::PopFont();
    ImGui::TextWrapped("Samen in kaart brengen wie wat doet voor het welbevinden van jongeren op school.");
    ImGui::Dummy(ImVec2(0, m.mm(4)));
    if (touch_button(app_, "Nieuwe sessie Rondom Jong", column)) start_new(kKindRondomJong);
    if (touch_button(app_, "Nieuwe sessie Effectenarena", column)) start_new(kKindEffectenarena);
    if (touch_button(app_, "Demo openen", column)) open_demo();
    if (touch_button(app_, "Twee sessies vergelijken", column))
        app_.switch_screen(std::make_unique<CompareScreen>(app_));
    ImGui::Dummy(ImVec2(0, m.mm(4)));
    ImGui::PushFont(app_.fonts().bold);
    ImGui::TextUnformatted("Opgeslagen sessies");
    ImGui::PopFont();
    if (sessions_.empty())
        ImGui::TextWrapped("Nog geen opgeslagen sessies in %s.", app_.options().sessions_dir.string().c_str());
    const float list_height = std::max(m.touch() * 2, h - ImGui::GetCursorPosY() - m.touch() - m.mm(14));
    ImGui::BeginChild("##sessies", ImVec2(column, list_height), false);
    drag_to_scroll(app_.metrics());
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    for (const SessionListing& s : sessions_) {
        const float row = column - m.mm(2);
        std::string line = fit_label(session_label(s.meta) + "  ·  " + kind_name_nl(s.meta.kind),
                                     row - 2 * ImGui::GetStyle().FramePadding.x);
        if (touch_button(app_, line + "##" + s.path.string(), row, "option:" + s.path.filename().string())) {
            std::string problem = app_.open_session(s.path);
            if (!problem.empty()) app_.set_message(problem);
        }
    }
    ImGui::PopStyleVar();
    ImGui::EndChild();
    // The facilitator's size setting: reported DPI is often wrong on Linux touch screens.
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Grootte van tekst en kaarten: %d%%", static_cast<int>(app_.options().scale * 100 + 0.5f));
    ImGui::SameLine();
    if (touch_button(app_, "Kleiner", m.mm(30))) app_.set_scale(app_.options().scale - 0.1f);
    ImGui::SameLine();
    if (touch_button(app_, "Groter", m.mm(30))) app_.set_scale(app_.options().scale + 0.1f);
    ImGui::EndGroup();
    end_panel();
}

}  // namespace tafel
