// A clean stop and one writer per session, on the real binary: SIGTERM or SIGINT while someone
// is typing an action card records what was typed and exits with 0; a second `play` on a file
// that is open elsewhere writes nothing and says why; a killed holder leaves no stuck lock.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

const std::string kTyped = "Sanne belt de jeugdarts";

// Opens an action card (an event) and types on it without closing it; then someone else drags a
// card (an event that lands in the file only after the typing, and leaves the sheet open), and
// then the app stays open (a hold) until it is stopped.
std::string half_typed_script() {
    return tap(0, "button:Nieuwe actiekaart") + line(300, "text", "text", kTyped) +
           "{\"t\":600,\"type\":\"drag\",\"id\":2,\"from\":\"card:MENTOR\",\"to\":\"layer:intensief\",\"ms\":300}\n" +
           "{\"t\":1200,\"type\":\"hold\"}\n";  // stays open until it is stopped
}

// True when the file holds `text` (the JSON of an event).
bool recorded(const fs::path& session, const std::string& text) {
    return read_file(session).find(text) != std::string::npos;
}

pid_t start_play(const fs::path& session, const fs::path& script_path, const fs::path& err) {
    pid_t pid = fork();
    if (pid == 0) {
        setenv("SDL_VIDEODRIVER", "offscreen", 1);
        freopen("/dev/null", "w", stdout);
        freopen(err.c_str(), "w", stderr);
        // A 55" panel's DPI: the action card's sheet leaves the pyramid in sight (on a laptop's
        // 96 DPI it covers the layer the other finger lays a card in).
        execl(TAFEL_BINARY, TAFEL_BINARY, "--assets", TAFEL_TEST_ASSETS_DIR, "--dpi", "40", "play", session.c_str(),
              "--input", script_path.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    return pid;
}

size_t events_in(const fs::path& session) {
    tafel::SessionMeta meta;
    size_t count = 0;
    return tafel::peek_session_meta(session, meta, count) ? count : 0;
}

// Waits until the file holds `count` events. False when the app ended first (or after a
// guard against a hang that no busy machine comes near; this measures nothing).
bool wait_for_events(const fs::path& session, size_t count, pid_t pid) {
    const auto guard = std::chrono::steady_clock::now() + std::chrono::minutes(5);
    while (events_in(session) < count) {
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) return false;
        if (std::chrono::steady_clock::now() > guard) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

int exit_status(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

fs::path new_session(const fs::path& dir, const std::string& name) {
    fs::path session = dir / name;
    EXPECT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    return session;
}

}  // namespace

TEST(Stop, SigtermAndSigintRecordTheHalfTypedActionCardAndExitZero) {
    fs::path dir = temp_dir("stop");
    write_file(dir / "half.jsonl", half_typed_script());
    for (int signal_number : {SIGTERM, SIGINT}) {
        SCOPED_TRACE(signal_number == SIGTERM ? "SIGTERM" : "SIGINT");
        fs::path session = new_session(dir, "stop" + std::to_string(signal_number) + ".tafel");
        pid_t pid = start_play(session, dir / "half.jsonl", dir / "err.txt");
        ASSERT_TRUE(wait_for_events(session, 2, pid)) << read_file(dir / "err.txt");
        EXPECT_FALSE(recorded(session, kTyped)) << "typed, but not yet recorded";
        kill(pid, signal_number);
        EXPECT_EQ(exit_status(pid), 0) << read_file(dir / "err.txt");
        tafel::Session saved = tafel::load_session(session);
        EXPECT_GT(saved.events().size(), 2u);
        EXPECT_TRUE(recorded(session, kTyped)) << "the typed text is not in the file";
        EXPECT_FALSE(fs::exists(dir / ("." + session.filename().string() + ".lock"))) << "the lock is let go";
    }
    fs::remove_all(dir);
}

TEST(Lock, ASecondPlayOnAnOpenSessionWritesNothingAndSaysWhy) {
    fs::path dir = temp_dir("lock");
    write_file(dir / "half.jsonl", half_typed_script());
    fs::path session = new_session(dir, "samen.tafel");
    pid_t first = start_play(session, dir / "half.jsonl", dir / "first.txt");
    ASSERT_TRUE(wait_for_events(session, 2, first)) << read_file(dir / "first.txt");

    // The second writer, with a script of many events, while the first is still typing.
    RunOutcome second = run_app(
        "play " + quote(session.string()) + " --input " + quote(script("board_many_people.jsonl").string()), dir);
    EXPECT_EQ(second.exit_code, 1);
    EXPECT_NE(second.err.find("al geopend in een ander venster"), std::string::npos) << second.err;
    EXPECT_EQ(second.err.find('\n'), second.err.size() - 1) << "one line: " << second.err;
    EXPECT_EQ(events_in(session), 2u) << "the second writer wrote into the file";

    kill(first, SIGTERM);
    EXPECT_EQ(exit_status(first), 0) << read_file(dir / "first.txt");
    tafel::Session saved = tafel::load_session(session);
    ASSERT_GT(saved.events().size(), 2u);
    EXPECT_TRUE(recorded(session, kTyped)) << "every event of the first writer is in the file";
    const size_t first_wrote = saved.events().size();

    // Once the first has stopped, the file is free again.
    RunOutcome third = run_app(
        "play " + quote(session.string()) + " --input " + quote(script("board_many_people.jsonl").string()), dir);
    EXPECT_EQ(third.exit_code, 0) << third.err;
    EXPECT_GT(events_in(session), first_wrote);
    fs::remove_all(dir);
}

TEST(Lock, AKilledHolderLeavesNoStuckLock) {
    fs::path dir = temp_dir("lock-kill");
    write_file(dir / "half.jsonl", half_typed_script());
    fs::path session = new_session(dir, "gecrasht.tafel");
    pid_t holder = start_play(session, dir / "half.jsonl", dir / "holder.txt");
    ASSERT_TRUE(wait_for_events(session, 2, holder)) << read_file(dir / "holder.txt");
    kill(holder, SIGKILL);
    EXPECT_EQ(exit_status(holder), -SIGKILL);
    RunOutcome next = run_app(
        "play " + quote(session.string()) + " --input " + quote(script("board_many_people.jsonl").string()), dir);
    EXPECT_EQ(next.exit_code, 0) << next.err;
    EXPECT_GT(events_in(session), 2u);
    fs::remove_all(dir);
}
