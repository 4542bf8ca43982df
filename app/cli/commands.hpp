#pragma once
// The command line (CLI11), one file per group of commands: the window (demo, open, play, bench,
// the png export), the session file (new, check, export) and the overviews over sessions
// (summary, compare). main.cpp puts them together. Every command answers in Dutch; an error is
// one sentence on stderr and exit status 1.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "core/session/session.hpp"
#include "ui/shell/app.hpp"
#include "ui/shell/run_loop.hpp"

namespace tafel::cli {

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

// ---- shared (common.cpp) --------------------------------------------------------------------
int fail(const std::string& sentence);
// A path given on the command line (UTF-8 on every system).
fs::path path_arg(const std::string& utf8);
fs::path assets_dir(const GlobalOptions& g);
fs::path sessions_dir(const GlobalOptions& g);
// "1280x800" -> width and height. Returns false for anything else.
bool parse_size(const std::string& text, int& width, int& height);
std::string read_text_file(const fs::path& path, const std::string& what);
bool same_file(const fs::path& a, const fs::path& b);
// The bytes of an export (not png, which the app draws): the pdf from report/, the rest from the
// core. The command line and the screen's *Verslag maken* both make their files here.
// `challenges_only`: the effectenarena report keeps only Probleem and Nodig.
std::string render_export(const Session& session, const SessionState& state, const std::string& format,
                          const fs::path& assets, bool challenges_only = false);

// ---- the parser in Dutch (dutch_cli.cpp) -----------------------------------------------------
// Labels, help flag and failure messages in Dutch; at most one command.
void speak_dutch(CLI::App& cli);
// The options before the command, into `g`.
void add_global_options(CLI::App& cli, GlobalOptions& g);

// ---- the window (window_commands.cpp) --------------------------------------------------------
// Runs the window and the app: the start screen, a session, or a play script.
// A saved session opens for review (read-only); `play` drives the live board; the png export
// shows the board alone at a position of the log.
int run_gui(const GlobalOptions& g, const std::string& open_path, bool demo, const RunOptions* play, bool headless,
            App::OpenMode mode = App::OpenMode::review, size_t at = static_cast<size_t>(-1));

struct DemoCommand {
    CLI::App* sub = nullptr;
    void add(CLI::App& cli);
};

struct OpenCommand {
    CLI::App* sub = nullptr;
    std::string file;
    void add(CLI::App& cli);
    int run(const GlobalOptions& g) const;
};

struct PlayCommand {
    CLI::App* sub = nullptr;
    std::string file, input, screenshot;
    void add(CLI::App& cli, GlobalOptions& g);
    int run(const GlobalOptions& g) const;
};

struct BenchCommand {
    CLI::App* sub = nullptr;
    std::string out;
    void add(CLI::App& cli);
    int run(const GlobalOptions& g) const;
};

// ---- the session file (file_commands.cpp) ----------------------------------------------------
struct NewCommand {
    CLI::App* sub = nullptr;
    std::string kind, out, title, school, facilitator, date;
    void add(CLI::App& cli);
    int run(const GlobalOptions& g) const;
};

struct CheckCommand {
    CLI::App* sub = nullptr;
    std::string file;
    void add(CLI::App& cli);
    int run() const;
};

struct ExportCommand {
    CLI::App* sub = nullptr;
    std::string file, format, out, size, at;
    bool challenges_only = false;
    void add(CLI::App& cli);
    int run(GlobalOptions& g) const;

private:
    int run_png(GlobalOptions& g) const;  // window_commands.cpp: the app draws the board
};

// ---- overviews over sessions (overview_commands.cpp) -----------------------------------------
struct SummaryCommand {
    CLI::App* sub = nullptr;
    std::vector<std::string> files;
    std::string format = "text", today, out;
    void add(CLI::App& cli);
    int run() const;
};

struct CompareCommand {
    CLI::App* sub = nullptr;
    std::string before, after;
    void add(CLI::App& cli);
    int run() const;
};

}  // namespace tafel::cli
