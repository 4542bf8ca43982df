// Comparing two saved Rondom Jong sessions through the real binary: from the start screen to
// the comparison by touch, what it shows, and that neither file changes by a single byte.
#include <gtest/gtest.h>

#include "../support/outcome_text.hpp"
#include "core/session/session_file.hpp"
#include "core/session/session_store.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

const fs::path kDemo = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-rondomjong.tafel";
const fs::path kFixtures(TAFEL_TEST_FIXTURES_DIR);

// A sessions folder with Het Baken College in 2026 (the demo, with a follow-up in which
// Ruud Hendriksen's card was done) and a year later (where he wrote it again, in other words),
// De Linde, and the effectenarena session the script is played on.
struct Folder {
    fs::path dir, earlier, later, linde, arena;
};
Folder sessions_folder(const std::string& name) {
    Folder f;
    f.dir = temp_dir(name);
    const fs::path sessions = f.dir / "sessions";
    fs::create_directories(sessions);
    f.earlier = sessions / "rondomjong-baken-2026.tafel";
    f.later = sessions / "rondomjong-baken-2027.tafel";
    f.linde = sessions / "rondomjong-de-linde-2026.tafel";
    f.arena = sessions / "arena.tafel";
    fs::copy_file(kDemo, f.earlier);
    fs::copy_file(kFixtures / "rondomjong-baken-2027.tafel", f.later);
    fs::copy_file(kFixtures / "rondomjong-de-linde-2026.tafel", f.linde);
    using namespace tafel;
    SessionStore earlier(load_session(f.earlier), f.earlier);
    EXPECT_EQ(tafel::test::why(earlier.record(FollowUpStarted{"15-03-2027"}, Seat::bottom)), "");
    EXPECT_EQ(tafel::test::why(earlier.record(ActionProgressed{1, "afgerond", "10-03-2027"}, Seat::bottom)), "");
    SessionStore later(load_session(f.later), f.later);
    const int id = later.session().state().rondomjong.next_action_id();
    EXPECT_EQ(tafel::test::why(later.record(ActionCardOpened{id, "fundament"}, Seat::bottom)), "");
    EXPECT_EQ(tafel::test::why(later.record(ActionFieldSet{id, "naam", "Ruud Hendriksen"}, Seat::bottom)), "");
    EXPECT_EQ(tafel::test::why(
                  later.record(ActionFieldSet{id, "actie",
                                              "Ik zet de taken van mentor, teamleider en zorgcoördinator op één A4 en "
                                              "bespreek dit in het team."},
                               Seat::bottom)),
              "");
    EXPECT_EQ(tafel::test::why(later.record(ActionFieldSet{id, "status", "afgerond"}, Seat::bottom)), "");
    EXPECT_EQ(run_app("new effectenarena --out " + quote(f.arena.string()), f.dir).exit_code, 0);
    return f;
}

// A script line aimed at a named target, with optional extra fields (",\"dy\":0.3").
std::string at_target(int t, const std::string& type, const std::string& target, const std::string& extra = "") {
    return "{\"t\":" + std::to_string(t) + ",\"type\":\"" + type + "\",\"target\":\"" + target + "\"" + extra + "}\n";
}

RunOutcome play(const Folder& f, const std::string& script, const std::string& extra = "") {
    write_file(f.dir / "script.jsonl", script);
    return run_app("play " + quote(f.arena.string()) + " --input " + quote((f.dir / "script.jsonl").string()) + extra,
                   f.dir);
}

// From the effectenarena session (where play starts) to the choice of two sessions.
std::string to_choice() {
    return "{\"t\":0,\"type\":\"wait\"}\n" + at_target(300, "tap", "button:Naar beginscherm") +
           at_target(700, "tap", "button:Twee sessies vergelijken");
}

}  // namespace

TEST(CompareScreen, TwoSessionsOfOneSchoolSideBySideWithoutChangingThem) {
    Folder f = sessions_folder("compare");
    const std::string earlier = read_file(f.earlier), later = read_file(f.later);
    const fs::path shot = f.dir / "vergelijking.png";
    RunOutcome r =
        run_app("play " + quote(f.arena.string()) + " --input " + quote(script("compare_two_sessions.jsonl").string()) +
                    " --screenshot " + quote(shot.string()),
                f.dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_GT(fs::file_size(shot), 20000u) << "the screenshot looks blank";
    EXPECT_EQ(read_file(f.earlier), earlier) << "comparing must not change the earlier session";
    EXPECT_EQ(read_file(f.later), later) << "comparing must not change the later session";
    fs::remove_all(f.dir);
}

TEST(CompareScreen, ScrollsByFingerChoosesAgainAndWarnsAboutAnotherSchool) {
    Folder f = sessions_folder("compare-again");
    const std::string earlier = read_file(f.earlier), later = read_file(f.later), linde = read_file(f.linde);
    // The new actions of the later session lie below the fold until a finger drags the list up.
    const std::string new_action = "text:Peter Lammers: Ik zoek een vast aanspreekpunt bij de huisartsen in de wijk.";
    const std::string compared = to_choice() + at_target(1100, "tap", "option:sessie-rondomjong-baken-2027") +
                                 at_target(1400, "tap", "option:sessie-rondomjong-baken-2026") +
                                 at_target(1800, "tap", "button:Vergelijken");
    RunOutcome unscrolled = play(f, compared + at_target(2200, "expect", new_action));
    EXPECT_EQ(unscrolled.exit_code, 1) << "the new actions should start below the fold";
    EXPECT_NE(unscrolled.err.find("Peter Lammers: Ik zoek"), std::string::npos) << unscrolled.err;
    std::string s = compared + at_target(2200, "finger_down", "lijst:acties", ",\"dy\":0.3");
    for (int i = 1; i <= 10; ++i)
        s += at_target(2200 + i * 40, "finger_move", "lijst:acties", ",\"dy\":" + std::to_string(0.3 - i * 0.06));
    s += at_target(2700, "finger_up", "lijst:acties", ",\"dy\":-0.3") + at_target(3000, "expect", new_action) +
         at_target(3100, "tap", "button:Andere sessies kiezen") +
         // A third session replaces the one chosen first: now De Linde (January) and the demo (November).
         at_target(3500, "tap", "option:sessie-rondomjong-de-linde-2026") +
         at_target(3900, "tap", "button:Vergelijken") +
         at_target(4300, "expect", "text:Eerder: Rondom Jong – De Linde") +
         at_target(4300, "expect", "text:Later: Rondom Jong – Het Baken College") +
         at_target(4300, "expect", "text:Let op: dit zijn sessies van verschillende scholen.") +
         at_target(4400, "tap", "button:Naar beginscherm") +
         at_target(4800, "expect", "button:Twee sessies vergelijken");
    RunOutcome r = play(f, s);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_file(f.earlier), earlier);
    EXPECT_EQ(read_file(f.later), later);
    EXPECT_EQ(read_file(f.linde), linde);
    fs::remove_all(f.dir);
}

TEST(CompareScreen, AnEffectenarenaSessionCannotBeChosen) {
    Folder f = sessions_folder("compare-arena");
    RunOutcome r = play(f, to_choice() + at_target(1100, "expect", "option:sessie-rondomjong-baken-2027") +
                               at_target(1200, "tap", "option:sessie-arena"));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("'option:sessie-arena' staat op dit moment niet op het scherm"), std::string::npos) << r.err;
    fs::remove_all(f.dir);
}
