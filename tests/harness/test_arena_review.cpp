// Review of a saved effectenarena through the real binary: it opens read-only from the start
// screen, the timeline steps and jumps to the end of a programme step, the programme overview
// jumps too, nothing can be written, and "Verder vergaderen" continues the meeting live.
#include <gtest/gtest.h>

#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

const fs::path kDemo = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-effectenarena.tafel";

fs::path with_demo(const std::string& name) {
    fs::path dir = temp_dir(name);
    fs::create_directories(dir / "sessions");
    fs::copy_file(kDemo, dir / "sessions" / "arena.tafel");
    return dir;
}

// From the live arena (where `play` starts) to the start screen and into review of arena.tafel.
std::string open_review() {
    return "{\"t\":0,\"type\":\"wait\"}\n" + tap(200, "button:Naar beginscherm") + tap(600, "option:arena.tafel");
}

RunOutcome play(const fs::path& dir, const std::string& script, const std::string& extra = "") {
    write_file(dir / "review.jsonl", script);
    return run_app("play " + quote((dir / "sessions" / "arena.tafel").string()) + " --input " +
                       quote((dir / "review.jsonl").string()) + extra,
                   dir);
}

}  // namespace

TEST(ArenaReview, StepsAndJumpsThroughTheProgrammeWithoutChangingIt) {
    fs::path dir = with_demo("arena-review");
    const tafel::Session demo = tafel::load_session(kDemo);
    const size_t n = demo.events().size();
    const std::string of = " van " + std::to_string(n);
    auto at = [&](size_t position) { return "text:Gebeurtenis " + std::to_string(position) + of; };
    const size_t end_breakout = tafel::end_of_programme_step(demo, 4);  // step 5, the first break-out
    const size_t end_third = tafel::end_of_programme_step(demo, 2);
    ASSERT_NE(end_breakout, std::string::npos);
    std::string script = open_review() + expect(1000, at(n)) + tap(1100, "button:Begin") + expect(1400, at(0)) +
                         tap(1500, "button:Volgende gebeurtenis") + expect(1800, at(1)) + tap(1900, "option:stap-5") +
                         expect(2200, at(end_breakout)) +
                         // At the end of the break-out its zones show the answers written then.
                         expect(2300, "answer:1") +
                         // Tapping an answer or the arena canvas writes nothing in review.
                         tap(2400, "answer:1") + tap(2700, "button:Arena") + tap(3000, "button:Programma") +
                         tap(3300, "button:Stap 3") + expect(3600, at(end_third)) + tap(3700, "button:Einde") +
                         expect(4000, at(n));
    RunOutcome r = play(dir, script, " --screenshot " + quote((dir / "review.png").string()));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_file(dir / "sessions" / "arena.tafel"), read_file(kDemo))
        << "review must not change the session file";
    fs::remove_all(dir);
}

TEST(ArenaReview, OffersNothingThatWrites) {
    // The buttons that write in the meeting are not there in review: a tap on them fails the script.
    for (const std::string& button :
         std::vector<std::string>{"button:Nieuw antwoord", "button:Klok starten", "button:Volgende stap"}) {
        fs::path dir = with_demo("arena-review-no-write");
        RunOutcome r = play(dir, open_review() + tap(1000, "option:stap-5") + tap(1400, button));
        EXPECT_NE(r.exit_code, 0) << button << " should not be on the review screen";
        EXPECT_NE(r.err.find(button.substr(button.find(':') + 1)), std::string::npos) << r.err;
        EXPECT_EQ(read_file(dir / "sessions" / "arena.tafel"), read_file(kDemo));
        fs::remove_all(dir);
    }
}

TEST(ArenaReview, VerderVergaderenContinuesTheMeetingLive) {
    fs::path dir = with_demo("arena-review-live");
    const size_t n = tafel::load_session(kDemo).events().size();
    RunOutcome r = play(dir, open_review() + tap(1000, "button:Verder vergaderen") + tap(1400, "button:Vorige stap"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const tafel::Session after = tafel::load_session(dir / "sessions" / "arena.tafel");
    ASSERT_EQ(after.events().size(), n + 1) << "the live screen recorded the step back";
    EXPECT_EQ(after.state().effectenarena.current_step,
              tafel::load_session(kDemo).state().effectenarena.current_step - 1);
    fs::remove_all(dir);
}
