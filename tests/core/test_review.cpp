// Review of a saved meeting: replay gives the exact state at every event, the timeline knows
// the structure, follow-up events never change the original meeting, and --at cuts the log.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/rondomjong/exports.hpp"
#include "core/review/follow_up.hpp"
#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "core/session/session_store.hpp"
#include "core/session/user_error.hpp"
#include "test_support.hpp"

using namespace tafel;
namespace fs = std::filesystem;

namespace {

const fs::path kDemo = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-rondomjong.tafel";

}  // namespace

TEST(Replay, TheDemoShowsTheStateRecordedAtEveryEvent) {
    // Re-record the demo event by event as the live app did, keeping the state after each;
    // then fold the log to every position and compare the whole Rondom Jong state.
    const Session demo = load_session(kDemo);
    Session live(demo.meta(), demo.content(), {});
    std::vector<RondomJongState> recorded = {live.state().rondomjong};
    for (const Event& e : demo.events()) {
        ASSERT_EQ(test::why(live.record(e)), "");
        recorded.push_back(live.state().rondomjong);
    }
    ASSERT_EQ(recorded.size(), 175u);
    for (size_t n = 0; n <= demo.events().size(); ++n) {
        ASSERT_TRUE(demo.state_at(n).rondomjong == recorded[n]) << "position " << n;
    }
}

TEST(Replay, TheTimelineKnowsEveryLayerAndQuestion) {
    const Session demo = load_session(kDemo);
    std::vector<TimelineMark> marks = structure_marks(demo);
    ASSERT_FALSE(marks.empty());
    for (const TimelineMark& m : marks) {
        SessionState at = demo.state_at(m.position);
        EXPECT_EQ(at.rondomjong.current_layer, m.layer);
        EXPECT_EQ(at.rondomjong.current_step, m.step);
    }
    std::vector<std::string> layers = layers_discussed(demo);
    EXPECT_EQ(layers, (std::vector<std::string>{"fundament", "basis", "extra", "intensief"}));
    // The end of a layer: still on that layer there, the next event moves on (or the log ends).
    size_t previous = 0;
    for (const std::string& layer : layers) {
        size_t end = end_of_layer(demo, layer);
        ASSERT_NE(end, std::string::npos) << layer;
        EXPECT_GT(end, previous);
        previous = end;
        EXPECT_EQ(demo.state_at(end).rondomjong.current_layer, layer);
        if (end < demo.events().size()) {
            EXPECT_NE(demo.state_at(end + 1).rondomjong.current_layer, layer);
        }
    }
    EXPECT_EQ(end_of_layer(demo, "intensief"), demo.events().size());
    EXPECT_EQ(end_of_layer(test::new_session(), "basis"), std::string::npos);
}

TEST(Replay, EventsAreDescribedWithNamesAndTheSideOfTheTable) {
    const Session demo = load_session(kDemo);
    bool saw_card = false;
    for (size_t i = 0; i < demo.events().size(); ++i) {
        std::string text = describe_event_nl(demo, demo.state_at(i), i);
        EXPECT_NE(text.find(" ("), std::string::npos) << text;  // the side of the table
        if (text.find("DIRECTEUR gelegd in Het fundament") != std::string::npos) saw_card = true;
    }
    EXPECT_TRUE(saw_card);
}

TEST(Replay, AtCutsTheLogAndRefusesWhatLiesOutside) {
    const Session demo = load_session(kDemo);
    EXPECT_EQ(parse_at("0", 174), 0u);
    EXPECT_EQ(parse_at("174", 174), 174u);
    EXPECT_THROW(parse_at("175", 174), UserError);
    EXPECT_THROW(parse_at("-1", 174), UserError);
    EXPECT_THROW(parse_at("tien", 174), UserError);
    try {
        parse_at("175", 174);
    } catch (const UserError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "--at 175 valt buiten deze sessie; kies een getal van 0 tot en met 174 (het aantal gebeurtenissen).");
    }
    Session at20 = session_until(demo, 20);
    EXPECT_EQ(at20.events().size(), 20u);
    EXPECT_EQ(export_board_csv(at20, at20.state()), export_board_csv(demo, demo.state_at(20)));
    EXPECT_NE(export_markdown(at20, at20.state()).find("Gebeurtenissen: 20"), std::string::npos);
}

TEST(FollowUp, NeverChangesWhatTheMeetingRecorded) {
    fs::path dir = test::fresh_temp_dir("review-followup");
    fs::path file = dir / "demo.tafel";
    fs::copy_file(kDemo, file);
    const Session original = load_session(file);
    const size_t n = original.events().size();
    save_session(original, file);  // the file as this version writes it
    const std::string before = test::file_bytes(file);

    SessionStore store(load_session(file), file);
    ASSERT_EQ(test::why(store.record(FollowUpStarted{"15-03-2027"}, Seat::bottom)), "");
    EXPECT_NE(test::why(store.record(Undo{}, Seat::bottom)), "") << "undo must not reach into the meeting";
    ASSERT_EQ(test::why(store.record(ActionProgressed{1, "afgerond", "10-03-2027"}, Seat::bottom)), "");
    ASSERT_EQ(test::why(store.record(ActionProgressed{2, "bezig", "15-03-2027"}, Seat::top)), "");
    ASSERT_EQ(test::why(store.record(FollowUpNoteAdded{2, "Eerste gesprek met de wijkagent is gepland."}, Seat::top)),
              "");
    ASSERT_EQ(test::why(store.record(FollowUpNoteAdded{0, "Goede voortgang; over een half jaar weer."}, Seat::bottom)),
              "");
    const int added = store.session().state().rondomjong.next_action_id();
    ASSERT_EQ(test::why(store.record(ActionCardOpened{added, "basis"}, Seat::bottom)), "");
    ASSERT_EQ(test::why(store.record(ActionFieldSet{added, "naam", "Sanne de Vries"}, Seat::bottom)), "");
    ASSERT_EQ(test::why(store.record(ActionFieldSet{added, "actie", "Mentoruur over stress"}, Seat::bottom)), "");
    // Undo within the follow-up works, but stops at its start.
    ASSERT_EQ(test::why(store.record(Undo{}, Seat::bottom)), "");
    ASSERT_EQ(test::why(store.record(Redo{}, Seat::bottom)), "");

    store.flush();  // the writer thread has put every event on disk
    const std::string after = test::file_bytes(file);
    // The whole file before the follow-up, up to the end of its event list, is a byte-exact
    // prefix of the file after it: not one byte of the meeting changed.
    const size_t list_end = before.rfind("\n]");  // the end of the event list
    ASSERT_NE(list_end, std::string::npos);
    ASSERT_EQ(before.substr(list_end), "\n]\n}\n");
    const std::string kept = before.substr(0, list_end);
    EXPECT_EQ(after.compare(0, kept.size(), kept), 0);
    EXPECT_EQ(after[kept.size()], ',');

    const Session reread = load_session(file);
    ASSERT_EQ(reread.events().size(), n + 10);
    EXPECT_TRUE(reread.state_at(n).rondomjong == original.state().rondomjong);
    const Session cut = session_until(reread, n);
    EXPECT_TRUE(export_markdown(cut, cut.state()) == export_markdown(original, original.state()));

    const RondomJongState& rj = reread.state().rondomjong;
    ASSERT_EQ(rj.follow_ups.size(), 1u);
    EXPECT_EQ(rj.follow_ups[0].date, "15-03-2027");
    EXPECT_EQ(rj.follow_ups[0].notes, std::vector<std::string>{"Goede voortgang; over een half jaar weer."});
    EXPECT_EQ(rj.find_action(1)->field("status"), "afgerond");
    EXPECT_EQ(rj.find_action(1)->field("afgerond"), "10-03-2027");
    ASSERT_EQ(rj.find_action(2)->updates.size(), 2u);
    EXPECT_EQ(rj.find_action(2)->updates[1].note, "Eerste gesprek met de wijkagent is gepland.");
    EXPECT_EQ(rj.find_action(added)->follow_up, 1);
    EXPECT_EQ(rj.find_action(added)->field("actie"), "Mentoruur over stress");
    EXPECT_EQ(rj.find_action(1)->follow_up, 0);
    fs::remove_all(dir);
}

TEST(FollowUp, ItsEventsNeedAFollowUpAndRealDates) {
    Session s = test::new_session();
    test::must_record(s, ActionCardOpened{1, "basis"});
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, ActionProgressed{1, "afgerond", "01-03-2027"}})), "");
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, FollowUpStarted{"31-02-2027"}})), "");
    test::must_record(s, FollowUpStarted{"01-03-2027"});
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, ActionProgressed{1, "klaar", "01-03-2027"}})), "");
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, ActionProgressed{1, "afgerond", "1-3-2027"}})), "");
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, ActionProgressed{9, "afgerond", "01-03-2027"}})), "");
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, FollowUpNoteAdded{1, ""}})), "");
    test::must_record(s, ActionProgressed{1, "afgerond", "01-03-2027"});
    test::must_record(s, ActionProgressed{1, "bezig", "02-03-2027"});  // reopened: no completion date
    EXPECT_EQ(s.state().rondomjong.find_action(1)->field("afgerond"), "");
}

TEST(FollowUp, TheActionListFiltersAndSorts) {
    const Session demo = load_session(kDemo);
    const RondomJongState& rj = demo.state().rondomjong;
    const RondomJongContent& c = demo.content().rondomjong;
    const int today = 20270301;  // 01-03-2027
    ASSERT_EQ(list_actions(rj, c, {}, ActionSort::number, today).size(), 10u);
    // Planned before 1 March 2027 and not done: cards 2, 6 and 8 (31-01 and 01-02-2027).
    std::vector<int> overdue;
    for (const ActionCard* a : list_actions(rj, c, {"", "", "", true}, ActionSort::number, today))
        overdue.push_back(a->id);
    EXPECT_EQ(overdue, (std::vector<int>{2, 6, 8}));
    std::vector<int> by_date;
    for (const ActionCard* a : list_actions(rj, c, {}, ActionSort::planned, today)) by_date.push_back(a->id);
    EXPECT_EQ(by_date.front(), 8);
    for (const ActionCard* a : list_actions(rj, c, {"basis", "", "", false}, ActionSort::person, today)) {
        EXPECT_EQ(a->field("laag"), "basis");
    }
    for (const ActionCard* a : list_actions(rj, c, {"", "", "bezig", false}, ActionSort::layer, today)) {
        EXPECT_EQ(a->field("status"), "bezig");
    }
    std::vector<std::string> people = action_people(rj);
    ASSERT_FALSE(people.empty());
    auto of_first = list_actions(rj, c, {"", people.front(), "", false}, ActionSort::number, today);
    ASSERT_FALSE(of_first.empty());
    for (const ActionCard* a : of_first) EXPECT_EQ(a->field("naam"), people.front());
}
