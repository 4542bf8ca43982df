// kill -9 at random moments while the app plays a script: the session file must always load,
// and hold the events of a complete run in the same order, but for the ones not yet reached.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {
// Starts `tafelgesprek play` and returns its pid.
pid_t start_play(const fs::path& session, const fs::path& script_path) {
    pid_t pid = fork();
    if (pid == 0) {
        setenv("SDL_VIDEODRIVER", "offscreen", 1);
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execl(TAFEL_BINARY, TAFEL_BINARY, "--assets", TAFEL_TEST_ASSETS_DIR, "play", session.c_str(), "--input",
              script_path.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    return pid;
}

std::vector<std::string> describe_events(const fs::path& session) {
    tafel::Session s = tafel::load_session(session);
    std::vector<std::string> out;
    for (const tafel::Event& e : s.events()) out.push_back(tafel::describe_nl(e));
    return out;
}
}  // namespace

TEST(Kill, SigkillAtRandomMomentsNeverLeavesABrokenFile) {
    fs::path dir = temp_dir("kill");
    fs::path reference = dir / "reference.tafel";
    const fs::path script_path = script("board_many_people.jsonl");
    ASSERT_EQ(run_app("new rondomjong --out " + quote(reference.string()), dir).exit_code, 0);
    const std::string empty_session = read_file(reference);

    auto started = std::chrono::steady_clock::now();
    pid_t pid = start_play(reference, script_path);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    const double full_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    const std::vector<std::string> complete = describe_events(reference);
    ASSERT_GT(complete.size(), 10u);

    // A random moment: once the file on disk holds a random number of events, wait a random
    // few milliseconds more (the app may be in the middle of its next save), then kill.
    std::mt19937 random(20261122);
    int killed_midway = 0;
    for (int run = 0; run < 12; ++run) {
        fs::path session = dir / ("run" + std::to_string(run) + ".tafel");
        write_file(session, empty_session);
        const size_t wait_for_events = random() % complete.size();
        const int extra_ms = static_cast<int>(random() % 40);
        pid_t child = start_play(session, script_path);
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(static_cast<int>(full_ms * 3));
        for (;;) {
            tafel::SessionMeta meta;
            size_t count = 0;
            if (tafel::peek_session_meta(session, meta, count) && count >= wait_for_events) break;
            if (std::chrono::steady_clock::now() > deadline || waitpid(child, &status, WNOHANG) == child) break;
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(extra_ms));
        kill(child, SIGKILL);
        waitpid(child, &status, 0);
        std::vector<std::string> events;
        try {
            events = describe_events(session);
        } catch (const tafel::UserError& e) {
            FAIL() << "run " << run << ": the file does not load after kill -9: " << e.what();
        }
        ASSERT_LE(events.size(), complete.size());
        for (size_t i = 0; i < events.size(); ++i)
            ASSERT_EQ(events[i], complete[i]) << "run " << run << ", event " << i;
        if (!events.empty() && events.size() < complete.size()) ++killed_midway;
        // And `check` agrees.
        EXPECT_EQ(run_app("check " + quote(session.string()), dir).exit_code, 0);
    }
    std::cout << "runs killed in the middle of the script: " << killed_midway << " of 12 (full run " << full_ms
              << " ms)\n";
    EXPECT_GE(killed_midway, 3);
    fs::remove_all(dir);
}
