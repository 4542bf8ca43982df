#pragma once
// The command line's tests (test_cli_*.cpp) run the real binary with exactly the arguments they
// give (no shell), and share these helpers: a temporary folder, the run, what a refusal looks
// like, and sessions good and broken.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "../support/outcome_text.hpp"
#include "core/session/content.hpp"
#include "core/session/events.hpp"
#include "core/session/session.hpp"
#include "core/session/session_file.hpp"
#include "core/session/session_journal.hpp"
#include "core/session/user_error.hpp"

extern char** environ;

namespace tafel::cli_test {

namespace fs = std::filesystem;

struct CliRun {
    bool exited = false;  // false when killed by a signal (or by our time limit)
    int status = -1;      // exit status when exited
    int signal = 0;       // the signal when not exited
    bool timed_out = false;
    std::string out, err;
};

inline std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void write_bytes(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

class TempDir {
public:
    TempDir() {
        static int counter = 0;
        path_ =
            fs::temp_directory_path() / ("tafel-cli-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(path_);
        fs::create_directories(path_ / "io");
        fs::create_directories(path_ / "files");
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }
    fs::path files() const { return path_ / "files"; }  // what the commands work on
    fs::path io() const { return path_ / "io"; }        // stdout and stderr of the runs

private:
    fs::path path_;
};

// Runs the binary with exactly these arguments (no shell, so no quoting problems), stdin from
// /dev/null, stdout and stderr into files. Kills it (by its pid) after `limit`: a guard against a
// hang, far beyond any run on a busy machine, not a measurement.
inline CliRun run(const std::vector<std::string>& args, const TempDir& dir,
                  std::chrono::seconds limit = std::chrono::seconds(600)) {
    fs::path out = dir.io() / "stdout.txt", err = dir.io() / "stderr.txt";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    std::vector<std::string> argv_text = {TAFEL_BINARY};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_text) argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> env_text;
    for (char** e = environ; *e; ++e) {
        std::string entry = *e;
        if (entry.rfind("SDL_VIDEODRIVER=", 0) == 0 || entry.rfind("TAFEL_", 0) == 0) continue;
        env_text.push_back(entry);
    }
    env_text.push_back("SDL_VIDEODRIVER=offscreen");
    std::vector<char*> envp;
    for (std::string& e : env_text) envp.push_back(e.data());
    envp.push_back(nullptr);

    CliRun r;
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, TAFEL_BINARY, &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        ADD_FAILURE() << "cannot start " << TAFEL_BINARY << ": error " << spawned;
        return r;
    }
    auto deadline = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (true) {
        pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) break;
        if (done < 0 && errno != EINTR) {
            ADD_FAILURE() << "waitpid failed";
            return r;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            r.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    r.exited = WIFEXITED(status);
    r.status = r.exited ? WEXITSTATUS(status) : -1;
    r.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    r.out = read_bytes(out);
    r.err = read_bytes(err);
    return r;
}

inline std::string describe(const CliRun& r) {
    std::string d = r.timed_out ? "timed out; " : "";
    d += r.exited ? "exit status " + std::to_string(r.status) : "killed by signal " + std::to_string(r.signal);
    return d + "\n  stdout: " + r.out + "\n  stderr: " + r.err;
}

// Exactly one line, ending in a newline.
inline bool one_line(const std::string& text) {
    return !text.empty() && text.back() == '\n' && text.find('\n') == text.size() - 1 && text.size() > 1;
}

// A refusal: normal exit with status 1, nothing on stdout, one line on stderr that starts
// with "tafelgesprek: ".
inline void expect_refusal(const CliRun& r, const std::string& what) {
    ASSERT_TRUE(r.exited) << what << ": " << describe(r);
    EXPECT_EQ(r.status, 1) << what << ": " << describe(r);
    EXPECT_EQ(r.out, "") << what << ": " << describe(r);
    EXPECT_TRUE(one_line(r.err)) << what << ": stderr is not one line: " << describe(r);
    EXPECT_EQ(r.err.rfind("tafelgesprek: ", 0), 0u) << what << ": " << describe(r);
}

inline std::set<std::string> listing(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    return names;
}

inline const tafel::Content& content() {
    static const tafel::Content c = tafel::load_content(TAFEL_TEST_ASSETS_DIR);
    return c;
}

// A valid session with `moves` cards laid and one action card.
inline tafel::Session busy_session(int moves) {
    tafel::SessionMeta meta;
    meta.kind = tafel::kKindRondomJong;
    meta.title = "Test";
    meta.school = "Testschool";
    meta.date = "01-02-2026";
    tafel::Session s(meta, content(), {});
    std::int64_t at = 1767225600000;
    const char* layers[] = {"fundament", "basis", "extra", "intensief"};
    for (int tile = 1; tile <= moves; ++tile) {
        EXPECT_EQ(tafel::test::why(s.record(
                      tafel::Event{at += 1000, tafel::Seat::bottom, tafel::CardMoved{tile, layers[tile % 4]}})),
                  "");
    }
    EXPECT_EQ(
        tafel::test::why(s.record(tafel::Event{at += 1000, tafel::Seat::top, tafel::ActionCardOpened{1, "basis"}})),
        "");
    EXPECT_EQ(
        tafel::test::why(s.record(tafel::Event{at += 1000, tafel::Seat::top, tafel::ActionFieldSet{1, "naam", "Zoë"}})),
        "");
    return s;
}

inline std::string replace_first(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "no '" << from << "' in the session text";
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

struct BrokenFile {
    std::string name;
    std::string bytes;
    std::string must_mention;  // a word the message must contain, or empty
};

// Two journal lines after a session of six moves; the first is damaged (one byte changed).
inline std::string damaged_journal() {
    tafel::Session more = busy_session(8);
    std::string first = tafel::journal_record(more.events()[more.events().size() - 2]);
    first[first.size() / 2] = static_cast<char>(first[first.size() / 2] ^ 0x02);
    return first + tafel::journal_record(more.events().back());
}

inline std::vector<BrokenFile> broken_files() {
    const std::string good = tafel::session_to_json(busy_session(6));
    std::string binary;
    unsigned state = 12345;
    for (int i = 0; i < 4096; ++i) {
        state = state * 1103515245u + 12345u;
        binary += static_cast<char>((state >> 16) & 0xFF);
    }
    const std::string event_kind = "\"kind\": \"card_moved\"";
    return {
        {"leeg.tafel", "", "leeg"},
        {"afgebroken.tafel", good.substr(0, good.size() / 2), "beschadigd"},
        {"laatste-byte-weg.tafel", good.substr(0, good.rfind('}')), "beschadigd"},
        {"rommel.tafel", "Dit is een boodschappenlijstje: melk, brood, kaas.\n", "beschadigd"},
        {"binair.tafel", binary, ""},
        {"genest.tafel", std::string(200000, '['), "beschadigd"},
        {"nieuwer.tafel",
         replace_first(good, "\"version\": " + std::to_string(tafel::kFormatVersion), "\"version\": 99"),
         "nieuwere versie"},
        {"logboek-kapot.tafel", good + damaged_journal(), "logboek"},
        {"onbekend-soort.tafel", replace_first(good, event_kind, "\"kind\": \"card_teleported\""), "card_teleported"},
        {"veld-weg.tafel", replace_first(good, event_kind, "\"soort\": \"card_moved\""), "kind"},
        {"ander-formaat.tafel", replace_first(good, "tafelgesprek-sessie", "iets-anders"), "iets-anders"},
        {"verkeerd-type.tafel", replace_first(good, "\"at_ms\": ", "\"at_ms\": \"abc\", \"x\": "), "beschadigd"},
        {"onbekende-kaart.tafel", replace_first(good, "\"tile\": 1,", "\"tile\": 9999,"), "9999"},
        {"array.tafel", "[" + good + "]", ""},
        {"ongeldige utf-8 – Zoë.tafel", replace_first(good, "\"Test\"", "\"Te\xff\xfest\""), "beschadigd"},
    };
}

}  // namespace tafel::cli_test
