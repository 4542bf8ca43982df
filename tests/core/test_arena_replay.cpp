// Replay of an effectenarena: folding the log to any position gives exactly the state the live
// meeting had then, and the timeline knows where each programme step begins and ends.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/session/replay.hpp"
#include "test_support.hpp"
#include "core/session/session_file.hpp"

using namespace tafel;
namespace fs = std::filesystem;

namespace {

const fs::path kDemo = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-effectenarena.tafel";

}  // namespace

TEST(ArenaReplay, TheDemoShowsTheStateRecordedAtEveryEvent) {
    // Re-record the demo event by event as the live app did, keeping the state after each;
    // then fold the log to every position and compare the whole effectenarena state.
    const Session demo = load_session(kDemo);
    Session live(demo.meta(), demo.content(), {});
    std::vector<EffectenarenaState> recorded = {live.state().effectenarena};
    for (const Event& e : demo.events()) {
        ASSERT_EQ(test::why(live.record(e)), "");
        recorded.push_back(live.state().effectenarena);
    }
    ASSERT_GT(demo.events().size(), 50u) << "the demo walks a whole programme";
    for (size_t n = 0; n <= demo.events().size(); ++n) {
        ASSERT_TRUE(demo.state_at(n).effectenarena == recorded[n]) << "position " << n;
    }
    // The comparison sees a difference: a state further on is not the same.
    EXPECT_FALSE(recorded.front() == recorded.back());
}

TEST(ArenaReplay, TheTimelineKnowsWhereEveryStepBeginsAndEnds) {
    const Session demo = load_session(kDemo);
    const std::vector<ProgrammeMark> marks = programme_marks(demo);
    ASSERT_FALSE(marks.empty());
    EXPECT_EQ(marks.front().position, 0u);
    for (const ProgrammeMark& m : marks) {
        EXPECT_EQ(demo.state_at(m.position).effectenarena.current_step, m.step) << "position " << m.position;
    }
    const int steps = static_cast<int>(demo.state().effectenarena.steps.size());
    for (int step = 0; step < steps; ++step) {
        const size_t end = end_of_programme_step(demo, step);
        ASSERT_NE(end, std::string::npos) << "the demo shows every step; step " << step;
        // At its end the step is still shown, and the next event (if any) moves away from it.
        EXPECT_EQ(demo.state_at(end).effectenarena.current_step, step);
        if (end < demo.events().size()) {
            EXPECT_NE(demo.state_at(end + 1).effectenarena.current_step, step);
        }
    }
    EXPECT_EQ(end_of_programme_step(demo, steps - 1), demo.events().size()) << "the demo ends in its last step";
    EXPECT_EQ(end_of_programme_step(demo, steps + 3), std::string::npos);
}

TEST(ArenaReplay, EveryEventIsDescribedInDutchWithItsSide) {
    const Session demo = load_session(kDemo);
    for (size_t i = 0; i < demo.events().size(); ++i) {
        const std::string text = describe_event_nl(demo, demo.state_at(i), i);
        EXPECT_FALSE(text.empty()) << "event " << i;
        EXPECT_EQ(text.find("arena_"), std::string::npos) << "no internal kind names: " << text;
    }
    const std::vector<std::string> recent = recent_events_nl(demo, demo.events().size(), 3);
    ASSERT_EQ(recent.size(), 3u);
    EXPECT_EQ(recent.front(),
              describe_event_nl(demo, demo.state_at(demo.events().size() - 1), demo.events().size() - 1));
}
