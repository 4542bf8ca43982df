// The web page's entry point (emscripten only; CMake builds it instead of main.cpp). The
// browser's storage (IndexedDB through IDBFS) is mounted at /sessions and read before the start
// screen opens; the content and the DejaVu fonts are embedded at /assets and /fonts.
// window.tafel (web/tafel_hook.js) reads the functions exported below: the named targets of the
// current frame and the exports of the open session, for the browser tests.
#include <emscripten.h>
#include <imgui.h>

#include <memory>
#include <string>

#include "core/effectenarena/arena_exports.hpp"
#include "core/rondomjong/exports.hpp"
#include "core/review/reports.hpp"
#include "core/session/user_error.hpp"
#include "platform/window.hpp"
#ifdef TAFEL_WEB_PDF
#include "report/pdf_report.hpp"
#endif
#include "ui/shell/app.hpp"
#include "ui/shell/run_loop.hpp"

namespace {

using namespace tafel;

// Lives as long as the page: the browser keeps calling the frame loop after main() returned.
struct Page {
    Window window;
    std::unique_ptr<App> app;
    std::string text;  // the last string handed to JavaScript
};
Page* g_page = nullptr;

void fail(const std::string& sentence) {
    EM_ASM(
        {
            if (Module.tafelFailed) Module.tafelFailed(UTF8ToString($0));
        },
        sentence.c_str());
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void tafel_web_start(int css_width, int css_height) {
    g_page = new Page;
    WindowOptions wo;
    wo.fullscreen = false;
    wo.width = css_width;
    wo.height = css_height;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    std::string problem = g_page->window.open(wo);
    if (!problem.empty()) return fail(problem);
    AppOptions ao;
    ao.assets_dir = "/assets";
    ao.sessions_dir = "/sessions";
    ao.font_dir = "/fonts";
#ifdef TAFEL_WEB_PDF
    ao.pdf_report = [](const Session& session) {
        return pdf_report(session, session.state(), {"/assets/effectenarena/personas", "/assets"});
    };
#endif
    // *Verslag maken* and the exports of the review screens and the end of a meeting: downloads
    // here (platform/file_exchange_web.cpp), files in Verslagen/ on the desktop.
    ao.render_export = [](const Session& session, const SessionState& state, const std::string& format) {
#ifdef TAFEL_WEB_PDF
        if (format == "pdf") return pdf_report(session, state, {"/assets/effectenarena/personas", "/assets"});
#endif
        return text_export(session, state, format, false);
    };
    g_page->app = std::make_unique<App>(ao, g_page->window);
    if (Outcome started = g_page->app->start(); started.refused()) return fail(started.why());
    g_page->app->show_start_screen();
    static RunResult result;  // the run goes on in the browser after this returns
    result = run_app(*g_page->app, g_page->window, RunOptions{});
    EM_ASM({
        if (Module.tafelStarted) Module.tafelStarted();
    });
}

// {"name":[x,y,w,h],…} in drawable pixels of the canvas (the hook turns them into CSS pixels).
EMSCRIPTEN_KEEPALIVE const char* tafel_web_targets() {
    std::string& out = g_page->text;
    out = "{";
    if (g_page && g_page->app) {
        const Targets& targets = g_page->app->targets();
        bool first = true;
        for (const std::string& name : targets.names()) {
            const ScreenRect* r = targets.find(name);
            if (!r) continue;
            if (!first) out += ",";
            first = false;
            out += "\"";
            for (char c : name) {
                if (c == '"' || c == '\\') out += '\\';
                if (static_cast<unsigned char>(c) < 0x20) continue;
                out += c;
            }
            out += "\":[" + std::to_string(r->x0) + "," + std::to_string(r->y0) + "," + std::to_string(r->width()) +
                   "," + std::to_string(r->height()) + "]";
        }
    }
    out += "}";
    return out.c_str();
}

// The text of an export of the open session: board-csv, actions-csv, arena-csv or md.
// An empty string when no session is open or the format is unknown.
EMSCRIPTEN_KEEPALIVE const char* tafel_web_export(const char* format_c) {
    std::string& out = g_page->text;
    out.clear();
    if (!g_page || !g_page->app || !g_page->app->store()) return out.c_str();
    const Session& session = g_page->app->store()->session();
    const SessionState& state = session.state();
    const std::string format = format_c ? format_c : "";
    const bool arena = session.meta().kind == kKindEffectenarena;
    try {
        if (format == "board-csv") out = export_board_csv(session, state);
        if (format == "actions-csv") out = export_actions_csv(session, state);
        if (format == "arena-csv" && arena) out = export_arena_csv(session, state);
        if (format == "md")
            out = arena ? export_arena_markdown(session, state, false) : export_markdown(session, state);
    } catch (const UserError& e) {
        out.clear();
    }
    return out.c_str();
}

// Something outside a frame (a picked file) wants the app to look again.
EMSCRIPTEN_KEEPALIVE void tafel_web_wake() {
    if (g_page && g_page->app) g_page->app->request_frames();
}

// The browser did not grant persistent storage: say so on screen.
EMSCRIPTEN_KEEPALIVE void tafel_web_storage_refused() {
    if (g_page && g_page->app) {
        g_page->app->set_message(
            "Deze browser bewaart de sessies niet blijvend en kan ze wissen: sla de sessie aan het eind op als "
            "bestand.");
        g_page->app->request_frames();
    }
}

}  // extern "C"

int main() {
    // Mount the browser's storage, read it, then start (tafel_hook.js calls tafel_web_start).
    EM_ASM({ Module.tafelMountStorage(); });
    return 0;
}
