// The commands that open the window: demo, open, play, bench, and the png export (the board
// drawn headless by the real app).
#include <imgui.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "core/harness/play_script.hpp"
#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "core/session/session_paths.hpp"
#include "core/session/user_error.hpp"
#include "platform/startup_error.hpp"
#include "platform/stop_signals.hpp"
#include "platform/window.hpp"
#include "ui/shell/bench.hpp"
#include "ui/shell/fatal_screen.hpp"

namespace tafel::cli {
namespace {

// The window's size and kind from --windowed; false when --windowed is no size.
bool window_options(const GlobalOptions& g, bool headless, WindowOptions& wo) {
    if (!g.windowed.empty()) {
        if (!parse_size(g.windowed, wo.width, wo.height)) return false;
        wo.fullscreen = false;
    }
    if (headless) {
        wo.hidden = true;
        wo.fullscreen = false;
        if (g.windowed.empty()) {
            wo.width = 1920;
            wo.height = 1080;
        }
    }
    return true;
}

AppOptions app_options(const GlobalOptions& g) {
    AppOptions ao;
    ao.assets_dir = assets_dir(g);
    ao.sessions_dir = sessions_dir(g);
    ao.font_dir = default_font_dir();
    ao.scale = g.scale;
    ao.dpi = g.dpi;
    ao.render_export = [assets = ao.assets_dir](const Session& session, const SessionState& state,
                                                const std::string& format) {
        return render_export(session, state, format, assets);
    };
    return ao;
}

// What the window shows first: the demo, a session file, or the start screen.
Outcome open_first(App& app, const AppOptions& ao, const std::string& open_path, bool demo, App::OpenMode mode,
                   size_t at) {
    if (demo) {
        try {
            return app.open_session(prepare_demo(ao.assets_dir, ao.sessions_dir, kKindRondomJong));
        } catch (const UserError& e) {
            return Outcome(e.what());
        }
    }
    if (!open_path.empty()) return app.open_session(path_arg(open_path), mode, at);
    app.show_start_screen();
    return {};
}

// After the run: the figures asked for, every event on disk, and the exit status.
int finish(const GlobalOptions& g, App& app, const RunResult& result) {
    if (g.report_frames) std::cout << "Getekende frames: " << result.frames_drawn << "\n";
    if (app.store()) app.store()->flush();  // every recorded event on disk before the exit status
    if (g.report_size)
        std::printf("Grootte: %.1f dpi, schaal %.2f, %.3f pixels per mm\n", app.dpi(), app.options().scale,
                    app.metrics().px_per_mm);
    if (app.store() && !app.store()->save_error().empty()) return fail(app.store()->save_error());
    if (result.exit_code != 0) return fail(result.error);
    return 0;
}

}  // namespace

int run_gui(const GlobalOptions& g, const std::string& open_path, bool demo, const RunOptions* play, bool headless,
            App::OpenMode mode, size_t at) {
    WindowOptions wo;
    if (!window_options(g, headless, wo))
        return fail("--windowed verwacht een maat als 1280x800, niet '" + g.windowed + "'.");
    // On a touch table started from an icon nobody reads stderr: say it on the screen too.
    auto startup_fail = [headless](const std::string& sentence, Window* drawn_in = nullptr) {
        if (!headless && !show_startup_error(sentence) && drawn_in) show_fatal_sentence(*drawn_in, sentence);
        return fail(sentence);
    };
    choose_video_driver_for_headless();
    watch_stop_signals();  // before SDL and OpenGL start their threads
    Window window;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    struct ContextGuard {
        ~ContextGuard() { ImGui::DestroyContext(); }
    } guard;
    std::string problem = window.open(wo);
    if (!problem.empty()) return startup_fail(problem);
    AppOptions ao = app_options(g);
    App app(ao, window);
    if (Outcome started = app.start(); started.refused()) return startup_fail(started.why(), &window);
    std::error_code ec;
    fs::create_directories(ao.sessions_dir, ec);
    if (Outcome opened = open_first(app, ao, open_path, demo, mode, at); opened.refused()) return fail(opened.why());
    if (!demo && !open_path.empty() && play && app.store() && app.store()->read_only())
        return fail(open_path + " is al geopend in een ander venster of programma; sluit dat eerst.");
    RunOptions ro;
    if (play) ro = *play;
    if (!play && !g.screenshot.empty()) ro.screenshot = path_arg(g.screenshot);
    ro.quit_after_ms = g.quit_after_seconds >= 0 ? g.quit_after_seconds * 1000.0 : -1;
    ro.report_target = g.report_target;
    RunResult result = run_app(app, window, ro);
    return finish(g, app, result);
}

void DemoCommand::add(CLI::App& cli) { sub = cli.add_subcommand("demo", "Open de meegeleverde demosessie"); }

void OpenCommand::add(CLI::App& cli) {
    sub = cli.add_subcommand("open", "Open een opgeslagen sessie");
    sub->add_option("FILE", file, "Het sessiebestand")->required();
}

int OpenCommand::run(const GlobalOptions& g) const {
    try {
        load_session(path_arg(file));
    } catch (const UserError& e) {
        return fail(e.what());
    }
    return run_gui(g, file, false, nullptr, false);
}

void PlayCommand::add(CLI::App& cli, GlobalOptions& g) {
    sub = cli.add_subcommand("play", "Speel een script af op een sessie, zonder scherm");
    sub->add_option("FILE", file, "Het sessiebestand (wordt na elke wijziging opgeslagen)")->required();
    sub->add_option("--input", input, "Het script (JSON Lines)")->required();
    sub->add_option("--screenshot", screenshot, "Schrijf het laatste beeld als PNG");
    sub->add_option("--windowed", g.windowed, "Venstermaat BxH, standaard 1920x1080");
}

int PlayCommand::run(const GlobalOptions& g) const {
    RunOptions ro;
    try {
        ro.script = parse_script(read_text_file(path_arg(input), "Het script"), input);
    } catch (const UserError& e) {
        return fail(e.what());
    }
    ro.script_name = input;
    if (!screenshot.empty()) ro.screenshot = path_arg(screenshot);
    try {
        load_session(path_arg(file));  // refuse a broken file before any window opens
    } catch (const UserError& e) {
        return fail(e.what());
    }
    return run_gui(g, file, false, &ro, true, App::OpenMode::live);
}

void BenchCommand::add(CLI::App& cli) {
    sub = cli.add_subcommand("bench", "Meet snelheid en geheugen van het bord (tabel en JSON)");
    sub->add_option("--out", out, "Schrijf de JSON ook naar dit bestand");
}

int BenchCommand::run(const GlobalOptions& g) const {
    BenchOptions bo;
    bo.assets_dir = assets_dir(g);
    bo.font_dir = default_font_dir();
    bo.json_out = out;
    return run_bench(bo);
}

int ExportCommand::run_png(GlobalOptions& g) const {
    // The board as people see it, drawn headless by the real app; the session is only read.
    if (same_file(path_arg(file), path_arg(out)))
        return fail("Het exportbestand mag niet het sessiebestand zelf zijn. Kies een andere naam bij --out.");
    size_t position = static_cast<size_t>(-1);
    try {
        Session session = load_session(path_arg(file));
        if (!at.empty()) position = parse_at(at, session.events().size());
    } catch (const UserError& e) {
        return fail(e.what());
    }
    int width = 0, height = 0;
    if (!size.empty() && !parse_size(size, width, height)) {
        return fail("--size verwacht een maat als 1920x1080 (tussen 320x240 en 16384x16384), niet '" + size + "'.");
    }
    g.windowed = size.empty() ? "1920x1080" : size;
    RunOptions ro;
    ro.script = std::vector<ScriptLine>{};
    ro.screenshot = path_arg(out);
    return run_gui(g, file, false, &ro, true, App::OpenMode::picture, position);
}

}  // namespace tafel::cli
