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

// A play script written line by line, each line a moment later than the one before.
struct Script {
    std::string text;
    int t = 0;
    void line(const std::string& body, int after_ms = 150) {
        t += after_ms;
        text += "{\"t\":" + std::to_string(t) + "," + body + "}\n";
    }
    void tap(const std::string& target, int after_ms = 150) {
        line("\"type\":\"tap\",\"target\":\"" + target + "\"", after_ms);
    }
    void expect(const std::string& target) { line("\"type\":\"expect\",\"target\":\"" + target + "\"", 300); }
    // Types `s` on the on-screen keyboard of the open sheet: letters by their capital (after
    // key:Shift for a capital), digits, '-' and spaces.
    void keys(const std::string& s) {
        for (char ch : s) {
            if (ch == ' ') {
                tap("key:Spatie", 120);
            } else if (ch >= 'A' && ch <= 'Z') {
                tap("key:Shift", 120);
                tap(std::string("key:") + ch, 120);
            } else if (ch >= 'a' && ch <= 'z') {
                tap(std::string("key:") + static_cast<char>(ch - 32), 120);
            } else {
                tap(std::string("key:") + ch, 120);
            }
        }
    }
    void clear(int count) {  // key:Wissen `count` times
        for (int i = 0; i < count; ++i) tap("key:Wissen", 100);
    }
};

// Plays `script` (written to DIR/NAME) on `session`; `extra` holds more options (" --screenshot ...").
inline RunOutcome play_script(const fs::path& session, const Script& script, const fs::path& dir,
                              const std::string& extra = "", const std::string& name = "script.jsonl") {
    write_file(dir / name, script.text);
    return run_app("play " + quote(session.string()) + " --input " + quote((dir / name).string()) + extra, dir);
}

}  // namespace tafel::harness
