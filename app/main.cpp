// tafelgesprek: the command line. Every command answers in Dutch; an error is one sentence
// on stderr and exit status 1.
#include <CLI/CLI.hpp>
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/effectenarena/arena_exports.hpp"
#include "core/session/dates.hpp"
#include "core/rondomjong/exports.hpp"
#include "core/review/overview.hpp"
#include "core/review/reports.hpp"
#include "core/harness/play_script.hpp"
#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "core/session/session_paths.hpp"
#include "core/session/user_error.hpp"
#include "report/pdf_report.hpp"
#include "platform/startup_error.hpp"
#include "platform/stop_signals.hpp"
#include "platform/os/process.hpp"
#include "platform/os/utf8_path.hpp"
#include "platform/window.hpp"
#include "ui/shell/app.hpp"
#include "ui/shell/fatal_screen.hpp"
#include "ui/shell/bench.hpp"
#include "ui/shell/run_loop.hpp"

namespace {

using namespace tafel;
namespace fs = std::filesystem;

struct GlobalOptions {
    std::string windowed;
    float scale = 0;  // 0: as remembered for this machine
    float dpi = 0;
    bool report_size = false;  // --report-size and --report-target: for tests and measurements
    std::string report_target;
    std::string assets_dir;
    std::string sessions_dir;
    double quit_after_seconds = -1;
    bool report_frames = false;
    std::string screenshot;
};

int fail(const std::string& sentence) {
    std::cerr << "tafelgesprek: " << sentence << "\n";
    return 1;
}

// A path given on the command line (UTF-8 on every system).
fs::path path_arg(const std::string& utf8) { return os::utf8_path(utf8); }

fs::path assets_dir(const GlobalOptions& g) {
    if (!g.assets_dir.empty()) return path_arg(g.assets_dir);
    if (fs::path env = os::environment_path("TAFEL_ASSETS"); !env.empty()) return env;
    return os::default_assets_dir();
}

fs::path sessions_dir(const GlobalOptions& g) {
    if (!g.sessions_dir.empty()) return path_arg(g.sessions_dir);
    if (fs::path env = os::environment_path("TAFEL_SESSIONS"); !env.empty()) return env;
    return os::default_sessions_dir();
}

// "1280x800" -> width and height. Returns false for anything else.
bool parse_size(const std::string& text, int& width, int& height) {
    char x = 0, extra = 0;
    std::istringstream in(text);
    if (!(in >> width >> x >> height) || (x != 'x' && x != 'X') || (in >> extra)) return false;
    return width >= 320 && height >= 240 && width <= 16384 && height <= 16384;
}

std::string read_text_file(const fs::path& path, const std::string& what) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) throw UserError(what + " " + path.string() + " bestaat niet.");
    if (fs::file_size(path, ec) > 16 * 1024 * 1024)
        throw UserError(what + " " + path.string() + " is groter dan 16 MB.");
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

// --challenges-only: the effectenarena report keeps only Probleem and Nodig.
bool export_challenges_only = false;

// The bytes of an export (not png, which the app draws): the pdf from report/, the rest from the
// core. The command line and the screen's *Verslag maken* both make their files here.
std::string render_export(const Session& session, const SessionState& state, const std::string& format,
                          const fs::path& assets) {
    if (format == "pdf") return pdf_report(session, state, {assets / "effectenarena" / "personas", assets});
    return text_export(session, state, format, export_challenges_only);
}

// Runs the window and the app: the start screen, a session, or a play script.
// A saved session opens for review (read-only); `play` drives the live board; the png export
// shows the board alone at a position of the log.
int run_gui(const GlobalOptions& g, const std::string& open_path, bool demo, const RunOptions* play, bool headless,
            App::OpenMode mode = App::OpenMode::review, size_t at = static_cast<size_t>(-1)) {
    WindowOptions wo;
    if (!g.windowed.empty()) {
        if (!parse_size(g.windowed, wo.width, wo.height)) {
            return fail("--windowed verwacht een maat als 1280x800, niet '" + g.windowed + "'.");
        }
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
    App app(ao, window);
    problem = app.start();
    if (!problem.empty()) return startup_fail(problem, &window);
    std::error_code ec;
    fs::create_directories(ao.sessions_dir, ec);
    if (demo) {
        try {
            problem = app.open_session(prepare_demo(ao.assets_dir, ao.sessions_dir, kKindRondomJong));
        } catch (const UserError& e) {
            problem = e.what();
        }
        if (!problem.empty()) return fail(problem);
    } else if (!open_path.empty()) {
        problem = app.open_session(path_arg(open_path), mode, at);
        if (!problem.empty()) return fail(problem);
        if (play && app.store() && app.store()->read_only())
            return fail(open_path + " is al geopend in een ander venster of programma; sluit dat eerst.");
    } else {
        app.show_start_screen();
    }
    RunOptions ro;
    if (play) ro = *play;
    if (!play && !g.screenshot.empty()) ro.screenshot = path_arg(g.screenshot);
    ro.quit_after_ms = g.quit_after_seconds >= 0 ? g.quit_after_seconds * 1000.0 : -1;
    ro.report_target = g.report_target;
    RunResult result = run_app(app, window, ro);
    if (g.report_frames) std::cout << "Getekende frames: " << result.frames_drawn << "\n";
    if (app.store()) app.store()->flush();  // every recorded event on disk before the exit status
    if (g.report_size)
        std::printf("Grootte: %.1f dpi, schaal %.2f, %.3f pixels per mm\n", app.dpi(), app.options().scale,
                    app.metrics().px_per_mm);
    if (app.store() && !app.store()->save_error().empty()) return fail(app.store()->save_error());
    if (result.exit_code != 0) return fail(result.error);
    return 0;
}

int command_new(const GlobalOptions& g, const std::string& kind, const std::string& out, const std::string& title,
                const std::string& school, const std::string& facilitator, const std::string& date = "") {
    try {
        // --date: a meeting held earlier (on paper) can be entered afterwards with its own date.
        if (!date.empty() && !is_valid_date(date)) {
            return fail("--date verwacht een datum als dd-mm-jjjj, bijvoorbeeld 15-03-2027, niet '" + date + "'.");
        }
        Content content = load_content(assets_dir(g));
        SessionMeta meta;
        meta.kind = kind;
        meta.title = title.empty() ? kind_name_nl(kind) + " " + today_dd_mm_yyyy() : title;
        meta.school = school;
        meta.facilitator = facilitator;
        meta.date = date.empty() ? today_dd_mm_yyyy() : date;
        if (title.empty()) meta.title = kind_name_nl(kind) + " " + meta.date;
        meta.created_at_ms = now_ms();
        create_session_file(Session(meta, content, {}), path_arg(out));
        std::cout << "Nieuwe sessie " << kind_name_nl(kind) << " opgeslagen in " << out << "\n";
        return 0;
    } catch (const UserError& e) {
        return fail(e.what());
    }
}

int command_check(const std::string& file) {
    try {
        std::string note;  // a journal line cut short by a crash, left out
        Session session = load_session(path_arg(file), &note);
        if (!note.empty()) std::cerr << "tafelgesprek: " << note << "\n";
        const SessionState& s = session.state();
        std::cout << kind_name_nl(session.meta().kind) << " · " << session.events().size() << " gebeurtenissen · ";
        if (session.meta().kind == kKindEffectenarena) {
            std::cout << arena_counts_nl(arena_counts(s.effectenarena)) << std::endl;
        } else {
            size_t placed = 0;
            for (const Tile& t : s.rondomjong.tiles) placed += t.layer.empty() ? 0 : 1;
            std::cout << placed << " kaarten gelegd · " << s.rondomjong.actions.size() << " actiekaarten" << std::endl;
        }
        if (!std::cout) return fail("De samenvatting kan niet worden geschreven (de uitvoer is vol of gesloten).");
        return 0;
    } catch (const UserError& e) {
        return fail(e.what());
    }
}

int command_export(const std::string& file, const std::string& format, const std::string& out, const std::string& at,
                   const fs::path& assets) {
    try {
        if (same_file(path_arg(file), path_arg(out)))
            return fail("Het exportbestand mag niet het sessiebestand zelf zijn. Kies een andere naam bij --out.");
        Session session = load_session(path_arg(file));
        // --at N: the session as it stood after its first N events.
        if (!at.empty()) session = session_until(session, parse_at(at, session.events().size()));
        const SessionState& state = session.state();
        std::string text = render_export(session, state, format, assets);
        // Atomically: a failure half-way leaves an earlier export as it was.
        write_file_atomically(path_arg(out), text);
        return 0;
    } catch (const UserError& e) {
        return fail(e.what());
    }
}

// Reads the sessions for summary and compare; Effectenarena sessions are left out with a notice.
std::vector<Session> load_rondomjong_sessions(const std::vector<std::string>& files) {
    std::vector<Session> sessions;
    for (const std::string& file : files) {
        Session session = load_session(path_arg(file));
        if (session.meta().kind != kKindRondomJong) {
            std::cerr << "tafelgesprek: " << file << " is een " << kind_name_nl(session.meta().kind)
                      << "-sessie en telt niet mee in dit overzicht.\n";
            continue;
        }
        sessions.push_back(std::move(session));
    }
    return sessions;
}

int write_output(const std::string& text, const std::string& out) {
    if (out.empty()) {
        std::cout << text << std::flush;
        if (!std::cout) return fail("Het overzicht kan niet worden geschreven (de uitvoer is vol of gesloten).");
        return 0;
    }
    std::ofstream o(path_arg(out), std::ios::binary | std::ios::trunc);
    o << text;
    o.close();
    if (!o) return fail("Het bestand " + out + " kan niet worden geschreven. Controleer de map en de vrije ruimte.");
    return 0;
}

int command_summary(const std::vector<std::string>& files, const std::string& format, const std::string& today,
                    const std::string& out) {
    try {
        if (format != "text" && format != "csv")
            return fail("Onbekend formaat '" + format + "' voor summary. Kies text of csv.");
        if (!today.empty() && !is_valid_date(today)) {
            return fail("--today verwacht een datum als dd-mm-jjjj, bijvoorbeeld 01-03-2027, niet '" + today + "'.");
        }
        for (const std::string& f : files) {
            if (!out.empty() && same_file(path_arg(f), path_arg(out)))
                return fail("Het uitvoerbestand mag geen van de sessiebestanden zijn. Kies een andere naam bij --out.");
        }
        std::vector<Session> sessions = load_rondomjong_sessions(files);
        if (sessions.empty())
            return fail("Er zit geen Rondom Jong-sessie bij de opgegeven bestanden; er is niets om samen te vatten.");
        const std::string today_text = today.empty() ? today_dd_mm_yyyy() : today;
        Summary s = summarize(sessions, date_sort_key(today_text));
        const Content& content = sessions.front().content();
        return write_output(format == "csv" ? summary_csv(s, content) : summary_text(s, content, today_text), out);
    } catch (const UserError& e) {
        return fail(e.what());
    }
}

int command_compare(const std::string& before_file, const std::string& after_file) {
    try {
        std::vector<Session> sessions = load_rondomjong_sessions({before_file, after_file});
        if (sessions.size() != 2) return fail("Vergelijken kan alleen tussen twee Rondom Jong-sessies.");
        return write_output(comparison_text(compare_sessions(sessions[0], sessions[1]), sessions[0], sessions[1]), "");
    } catch (const UserError& e) {
        return fail(e.what());
    }
}

// CLI11 speaks English; say the same in Dutch.
std::string dutch_failure_sentence(const CLI::App* app, const CLI::Error& e) {
    std::string what = e.what();
    std::string name = e.get_name();
    std::string help = "Zie '" + app->get_name() + " --help'.";
    auto after_colon = [&]() {
        auto at = what.find(": ");
        return at == std::string::npos ? what : what.substr(at + 2);
    };
    if (name == "ExtrasError" || what.find("not expected") != std::string::npos)
        return "Onbekend argument: " + after_colon() + ". " + help + "\n";
    if (name == "ValidationError" && what.find("not in range") != std::string::npos) {
        return "Een waarde valt buiten het toegestane bereik of is geen getal (" + what.substr(0, what.find(':')) +
               "). " + help + "\n";
    }
    if (name == "RequiredError") {
        auto at = what.find(" is required");
        if (what.find("subcommand") != std::string::npos) return "Kies een opdracht. " + help + "\n";
        return "Verplicht onderdeel ontbreekt: " + (at == std::string::npos ? what : what.substr(0, at)) + ". " + help +
               "\n";
    }
    if (name == "ConversionError" || name == "ValidationError") {
        return "Ongeldige waarde bij " + what.substr(0, what.find(':')) + ". " + help + "\n";
    }
    if (name == "ArgumentMismatch") return "Bij een optie ontbreekt de waarde (" + what + "). " + help + "\n";
    return "De opdracht klopt niet. " + help + "\n";
}

std::string dutch_failure(const CLI::App* app, const CLI::Error& e) {
    return "tafelgesprek: " + dutch_failure_sentence(app, e);
}

}  // namespace

int main(int argc, char** argv) {
    os::attach_to_console();
    // The command line as UTF-8 on every system (Windows: from the wide command line).
    std::vector<std::string> arguments = os::utf8_arguments(argc, argv);
    std::vector<char*> utf8_argv;
    for (std::string& a : arguments) utf8_argv.push_back(a.data());
    utf8_argv.push_back(nullptr);
    CLI::App cli{"Tafelgesprek: gesprekstafel voor Rondom Jong en de Effectenarena.", "tafelgesprek"};
    cli.allow_windows_style_options(false);  // "/map/bestand" is a path on every system, not an option
    cli.option_defaults()->group("Opties");
    cli.set_help_flag("-h,--help", "Toon deze hulp en stop");
    cli.failure_message(dutch_failure);
    auto formatter = cli.get_formatter();
    formatter->label("OPTIONS", "OPTIES");
    formatter->label("SUBCOMMANDS", "OPDRACHTEN");
    formatter->label("SUBCOMMAND", "OPDRACHT");
    formatter->label("POSITIONALS", "ARGUMENTEN");
    formatter->label("Usage", "Gebruik");
    formatter->label("REQUIRED", "VERPLICHT");
    formatter->label("TEXT", "TEKST");
    formatter->label("FLOAT", "GETAL");
    formatter->label("Positionals", "Argumenten");
    formatter->label("Options", "Opties");
    formatter->label("Subcommands", "Opdrachten");
    cli.require_subcommand(0, 1);

    GlobalOptions g;
    cli.add_option("--windowed", g.windowed, "Open in een venster van BxH pixels in plaats van schermvullend");
    cli.add_option("--scale", g.scale,
                   "Grootte voor de groep bovenop de ingestelde dpi, 0.8 tot 1.5 (standaard zoals bewaard, anders 1)")
        ->check(CLI::Range(0.8, 1.5));
    cli.add_option("--dpi", g.dpi,
                   "Pixels per inch van dit scherm voor deze start (standaard zoals ingesteld met Grootte instellen)")
        ->check(CLI::Range(20.0, 300.0));
    cli.add_flag("--report-size", g.report_size, "Meld bij het stoppen met welke dpi en schaal er is getekend");
    cli.add_option("--report-target", g.report_target,
                   "Meld de rechthoek van dit doel (zoals 'button:Volgende stap') telkens als die verandert");
    cli.add_option("--assets", g.assets_dir, "Map met de inhoud (standaard assets/ van deze installatie)");
    cli.add_option("--sessions", g.sessions_dir, "Map met de sessiebestanden (standaard sessions/)");
    cli.add_option("--quit-after", g.quit_after_seconds, "Stop na zoveel seconden (voor metingen)")
        ->check(CLI::Range(0.0, 86400.0));
    cli.add_flag("--report-frames", g.report_frames, "Meld bij het stoppen hoeveel frames er zijn getekend");
    cli.add_option("--screenshot", g.screenshot,
                   "Schrijf bij het stoppen het laatste beeld als PNG (met --quit-after)");

    auto* demo = cli.add_subcommand("demo", "Open de meegeleverde demosessie");
    std::string open_file;
    auto* open = cli.add_subcommand("open", "Open een opgeslagen sessie");
    open->add_option("FILE", open_file, "Het sessiebestand")->required();

    std::string new_kind, new_out, new_title, new_school, new_facilitator;
    auto* create = cli.add_subcommand("new", "Maak een nieuwe sessie (overschrijft nooit een bestaand bestand)");
    create->add_option("KIND", new_kind, "rondomjong of effectenarena")
        ->required()
        ->check(CLI::IsMember({"rondomjong", "effectenarena"}));
    create->add_option("--out", new_out, "Het nieuwe sessiebestand")->required();
    create->add_option("--title", new_title, "Titel van de sessie");
    create->add_option("--school", new_school, "Naam van de school");
    create->add_option("--facilitator", new_facilitator, "Naam van de gespreksleider");
    std::string new_date;
    create->add_option("--date", new_date, "Datum van de bijeenkomst, dd-mm-jjjj (standaard vandaag)");

    std::string check_file;
    auto* check = cli.add_subcommand("check", "Lees en controleer een sessiebestand; meldt een samenvatting");
    check->add_option("FILE", check_file, "Het sessiebestand")->required();

    std::string play_file, play_input, play_screenshot;
    auto* play = cli.add_subcommand("play", "Speel een script af op een sessie, zonder scherm");
    play->add_option("FILE", play_file, "Het sessiebestand (wordt na elke wijziging opgeslagen)")->required();
    play->add_option("--input", play_input, "Het script (JSON Lines)")->required();
    play->add_option("--screenshot", play_screenshot, "Schrijf het laatste beeld als PNG");
    play->add_option("--windowed", g.windowed, "Venstermaat BxH, standaard 1920x1080");

    std::string export_file, export_format, export_out, export_size;
    auto* exp = cli.add_subcommand("export", "Exporteer een sessie");
    exp->add_option("FILE", export_file, "Het sessiebestand")->required();
    exp->add_option("--format", export_format, "md, pdf, arena-csv (effectenarena), board-csv, actions-csv of png")
        ->required();
    exp->add_option("--out", export_out, "Het exportbestand")->required();
    exp->add_option("--size", export_size, "Maat van de afbeelding bij png, BxH (standaard 1920x1080)");
    std::string export_at;
    exp->add_option("--at", export_at, "Exporteer de stand na de eerste N gebeurtenissen (standaard: alles)");
    exp->add_flag("--challenges-only", export_challenges_only,
                  "Alleen bij md van een effectenarena: alleen de uitkomsten Probleem en Nodig");

    std::string bench_out;
    auto* bench = cli.add_subcommand("bench", "Meet snelheid en geheugen van het bord (tabel en JSON)");
    bench->add_option("--out", bench_out, "Schrijf de JSON ook naar dit bestand");

    std::vector<std::string> summary_files;
    std::string summary_format = "text", summary_today, summary_out;
    auto* summary = cli.add_subcommand(
        "summary", "Overzicht over meerdere Rondom Jong-sessies (partijen per laag, acties per school)");
    summary->add_option("FILE", summary_files, "De sessiebestanden")->required();
    summary->add_option("--format", summary_format, "text (standaard) of csv");
    summary->add_option("--today", summary_today, "Peildatum voor 'over tijd', dd-mm-jjjj (standaard vandaag)");
    summary->add_option("--out", summary_out, "Schrijf naar dit bestand in plaats van naar het scherm");

    std::string compare_before, compare_after;
    auto* compare =
        cli.add_subcommand("compare", "Vergelijk twee Rondom Jong-sessies van een school (eerder en later)");
    compare->add_option("EERDER", compare_before, "De eerdere sessie")->required();
    compare->add_option("LATER", compare_after, "De latere sessie")->required();

    for (CLI::App* sub : {demo, open, create, check, play, exp, bench, summary, compare}) {
        sub->set_help_flag("-h,--help", "Toon deze hulp en stop");
        sub->group("Opdrachten");
    }

    try {
        cli.parse(static_cast<int>(arguments.size()), utf8_argv.data());
    } catch (const CLI::ParseError& e) {
        return cli.exit(e) == 0 ? 0 : 1;
    }

    if (*summary) return command_summary(summary_files, summary_format, summary_today, summary_out);
    if (*compare) return command_compare(compare_before, compare_after);
    if (*bench) {
        BenchOptions bo;
        bo.assets_dir = assets_dir(g);
        bo.font_dir = default_font_dir();
        bo.json_out = bench_out;
        return run_bench(bo);
    }
    if (*create) return command_new(g, new_kind, new_out, new_title, new_school, new_facilitator, new_date);
    if (*check) return command_check(check_file);
    if (*exp && export_format == "png") {
        // The board as people see it, drawn headless by the real app; the session is only read.
        if (same_file(path_arg(export_file), path_arg(export_out)))
            return fail("Het exportbestand mag niet het sessiebestand zelf zijn. Kies een andere naam bij --out.");
        size_t at = static_cast<size_t>(-1);
        try {
            Session session = load_session(path_arg(export_file));
            if (!export_at.empty()) at = parse_at(export_at, session.events().size());
        } catch (const UserError& e) {
            return fail(e.what());
        }
        int width = 0, height = 0;
        if (!export_size.empty() && !parse_size(export_size, width, height)) {
            return fail("--size verwacht een maat als 1920x1080 (tussen 320x240 en 16384x16384), niet '" + export_size +
                        "'.");
        }
        g.windowed = export_size.empty() ? "1920x1080" : export_size;
        RunOptions ro;
        ro.script = std::vector<ScriptLine>{};
        ro.screenshot = path_arg(export_out);
        return run_gui(g, export_file, false, &ro, true, App::OpenMode::picture, at);
    }
    if (*exp) return command_export(export_file, export_format, export_out, export_at, assets_dir(g));
    if (*play) {
        RunOptions ro;
        try {
            ro.script = parse_script(read_text_file(path_arg(play_input), "Het script"), play_input);
        } catch (const UserError& e) {
            return fail(e.what());
        }
        ro.script_name = play_input;
        if (!play_screenshot.empty()) ro.screenshot = path_arg(play_screenshot);
        try {
            load_session(path_arg(play_file));  // refuse a broken file before any window opens
        } catch (const UserError& e) {
            return fail(e.what());
        }
        return run_gui(g, play_file, false, &ro, true, App::OpenMode::live);
    }
    if (*open) {
        try {
            load_session(path_arg(open_file));
        } catch (const UserError& e) {
            return fail(e.what());
        }
        return run_gui(g, open_file, false, nullptr, false);
    }
    return run_gui(g, "", demo->parsed(), nullptr, false);
}
