#include "ui/shell/start_screen.hpp"

#include <imgui.h>

#include <fstream>
#include <sstream>

#include "core/effectenarena/arena_exports.hpp"
#include "core/rondomjong/exports.hpp"
#include "core/session/session.hpp"
#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "platform/file_exchange.hpp"
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

void StartScreen::open_picked_file() {
    std::filesystem::path picked;
    if (!take_picked_file(picked)) return;
    try {
        load_session(picked);  // a file that does not open never enters the list
        const std::filesystem::path dir = app_.options().sessions_dir;
        std::filesystem::path target = dir / picked.filename();
        if (target.extension() != ".tafel") target += ".tafel";
        for (int n = 2; std::filesystem::exists(target); ++n) {
            target = dir / (picked.stem().string() + "-" + std::to_string(n) + ".tafel");
        }
        std::filesystem::copy_file(picked, target);
        std::filesystem::remove(picked);
        std::string problem = app_.open_session(target);
        if (!problem.empty()) app_.set_message(problem);
    } catch (const UserError& e) {
        app_.set_message(e.what());
    } catch (const std::filesystem::filesystem_error&) {
        app_.set_message("Het gekozen bestand kan niet bij de sessies worden bewaard; er is niets veranderd.");
    }
}

void StartScreen::download(const SessionListing& s) {
    std::ifstream in(s.path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
        app_.set_message("De sessie " + s.path.filename().string() +
                         " kan niet worden gelezen; er is niets gedownload.");
        return;
    }
    offer_download(s.path.filename().string(), bytes.str(), "application/json");
}

void StartScreen::download_report(const SessionListing& s) {
    try {
        Session session = load_session(s.path);
        const std::string stem = s.path.stem().string();
        if (app_.options().pdf_report) {
            offer_download(stem + "-verslag.pdf", app_.options().pdf_report(session), "application/pdf");
        } else {
            const bool arena = session.meta().kind == kKindEffectenarena;
            offer_download(stem + "-verslag.md",
                           arena ? export_arena_markdown(session, session.state(), false)
                                 : export_markdown(session, session.state()),
                           "text/markdown");
        }
    } catch (const UserError& e) {
        app_.set_message(e.what());
    }
}

void StartScreen::draw() {
    open_picked_file();
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
    const bool downloads = files_are_downloads();
    if (downloads && touch_button(app_, "Sessiebestand openen", column)) pick_session_file();
    ImGui::Dummy(ImVec2(0, m.mm(4)));
    ImGui::PushFont(app_.fonts().bold);
    ImGui::TextUnformatted("Opgeslagen sessies");
    ImGui::PopFont();
    if (sessions_.empty() && downloads) ImGui::TextWrapped("Nog geen opgeslagen sessies in deze browser.");
    if (sessions_.empty() && !downloads)
        ImGui::TextWrapped("Nog geen opgeslagen sessies in %s.", app_.options().sessions_dir.c_str());
    if (!sessions_.empty() && downloads)
        ImGui::TextWrapped("De sessies staan in de opslag van deze browser; bewaar ze met Opslaan als bestand.");
    const float list_height = std::max(m.touch() * 2, h - ImGui::GetCursorPosY() - m.touch() - m.mm(14));
    ImGui::BeginChild("##sessies", ImVec2(column, list_height), false);
    drag_to_scroll(app_.metrics());
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    for (const SessionListing& s : sessions_) {
        const float save_width = downloads ? m.mm(45) : 0.0f, report_width = downloads ? m.mm(35) : 0.0f;
        const float row =
            column - m.mm(2) - (downloads ? save_width + report_width + 2 * ImGui::GetStyle().ItemSpacing.x : 0.0f);
        std::string line = fit_label(session_label(s.meta) + "  ·  " + kind_name_nl(s.meta.kind),
                                     row - 2 * ImGui::GetStyle().FramePadding.x);
        if (touch_button(app_, line + "##" + s.path.string(), row, "option:" + s.path.filename().string())) {
            std::string problem = app_.open_session(s.path);
            if (!problem.empty()) app_.set_message(problem);
        }
        if (downloads) {
            ImGui::SameLine();
            const std::string file = s.path.filename().string();
            if (touch_button(app_, "Opslaan als bestand##" + s.path.string(), save_width, "download:" + file))
                download(s);
            ImGui::SameLine();
            const std::string report = app_.options().pdf_report ? "Verslag (pdf)" : "Verslag (md)";
            if (touch_button(app_, report + "##" + s.path.string(), report_width, "verslag:" + file))
                download_report(s);
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
