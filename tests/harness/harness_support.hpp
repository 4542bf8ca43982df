#pragma once
// Runs the real tafelgesprek binary, headless, the way a user or CI would.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace tafel::harness {

namespace fs = std::filesystem;

struct RunOutcome {
    int exit_code = -1;  // -1 when the process died by a signal
    std::string out, err;
};

inline std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void write_file(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

inline std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs `tafelgesprek ARGS` (ARGS already quoted where needed) with the bundled assets, or
// with another assets folder. The size settings live in DIR/config, never in the user's own.
inline RunOutcome run_app(const std::string& args, const fs::path& dir,
                          const fs::path& assets = TAFEL_TEST_ASSETS_DIR) {
    fs::path out = dir / "stdout.txt", err = dir / "stderr.txt";
    std::string command = "SDL_VIDEODRIVER=offscreen TAFEL_CONFIG_DIR=" + quote((dir / "config").string()) + " " +
                          quote(TAFEL_BINARY) + " --assets " + quote(assets.string()) + " --sessions " +
                          quote((dir / "sessions").string()) + " " + args + " >" + quote(out.string()) + " 2>" +
                          quote(err.string()) + " </dev/null";
    int status = std::system(command.c_str());
    RunOutcome r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
}

inline fs::path temp_dir(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("tafel-harness-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

inline fs::path script(const std::string& name) { return fs::path(TAFEL_TEST_SCRIPTS_DIR) / name; }

// Lines of a play script, written in a test: {"t":T,"type":TYPE,"KEY":"VALUE"}.
inline std::string line(int t, const std::string& type, const std::string& key, const std::string& value) {
    return "{\"t\":" + std::to_string(t) + ",\"type\":\"" + type + "\",\"" + key + "\":\"" + value + "\"}\n";
}
inline std::string tap(int t, const std::string& target) { return line(t, "tap", "target", target); }
inline std::string expect(int t, const std::string& target) { return line(t, "expect", "target", target); }

}  // namespace tafel::harness
