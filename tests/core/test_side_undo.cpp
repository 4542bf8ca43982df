// Undo per side of the table: each side takes back its own latest change, whatever the other
// sides did since; the facilitator's undo still takes back anyone's latest change.
#include <gtest/gtest.h>

#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "test_support.hpp"

using namespace tafel;
using test::must_record;
using test::tile_named;

namespace {

SideUndo undo_at(Seat side) { return SideUndo{static_cast<int>(side)}; }
SideRedo redo_at(Seat side) { return SideRedo{static_cast<int>(side)}; }

// Two action cards typed from opposite sides, the bottom's name first, the top's after it.
Session two_sides_typing() {
    Session s = test::new_session();
    must_record(s, ActionCardOpened{1, "fundament"}, Seat::bottom);
    must_record(s, ActionCardOpened{2, "fundament"}, Seat::top);
    must_record(s, ActionFieldSet{1, "naam", "Sanne"}, Seat::bottom);
    must_record(s, ActionFieldSet{2, "naam", "Joris"}, Seat::top);
    return s;
}

}  // namespace

TEST(SideUndo, TakesBackTheSidesOwnChangeAndLeavesTheOtherSide) {
    Session s = two_sides_typing();
    EXPECT_EQ(s.name_change_nl(s.history_target(undo_at(Seat::bottom))), "naam op actiekaart 1");
    EXPECT_EQ(s.name_change_nl(s.history_target(Undo{})), "naam op actiekaart 2") << "the facilitator: anyone's latest";
    must_record(s, undo_at(Seat::bottom), Seat::bottom);
    EXPECT_EQ(s.state().rondomjong.find_action(1)->field("naam"), "");
    EXPECT_EQ(s.state().rondomjong.find_action(2)->field("naam"), "Joris") << "what the top typed stays";
    // The top keeps typing; the bottom's redo survives that.
    must_record(s, ActionFieldSet{2, "actie", "Belt ouders"}, Seat::top);
    EXPECT_TRUE(s.may_redo(Seat::bottom).done());
    EXPECT_NE(test::why(s.may_redo(Seat::top)), "");
    must_record(s, redo_at(Seat::bottom), Seat::bottom);
    EXPECT_EQ(s.state().rondomjong.find_action(1)->field("naam"), "Sanne");
    // A new change of the bottom ends the bottom's redo.
    must_record(s, undo_at(Seat::bottom), Seat::bottom);
    must_record(s, ActionFieldSet{1, "actie", "Maakt rooster"}, Seat::bottom);
    EXPECT_NE(test::why(s.may_redo(Seat::bottom)), "");
    // The facilitator's undo takes back anyone's latest: the bottom's action.
    must_record(s, Undo{}, Seat::right);
    EXPECT_EQ(s.state().rondomjong.find_action(1)->field("actie"), "");
    EXPECT_EQ(s.state().rondomjong.find_action(2)->field("actie"), "Belt ouders");
}

TEST(SideUndo, ASideWithNothingOfItsOwnIsRefusedInOneSentence) {
    Session s = two_sides_typing();
    const size_t before = s.events().size();
    const std::string why = test::why(s.record(Event{1, Seat::left, undo_at(Seat::left)}));
    EXPECT_EQ(why, "er is aan de linkerkant niets om ongedaan te maken");
    EXPECT_EQ(s.events().size(), before);
    EXPECT_NE(test::why(s.record(Event{1, Seat::left, SideUndo{}})), "") << "a side undo names its side";
}

TEST(SideUndo, RefusedWhenALaterChangeOfAnotherSideBuildsOnIt) {
    Session s = test::new_session();
    const TileId blank = s.state().rondomjong.next_tile_id();
    must_record(s, BlankCardCreated{blank, "GEMEENTE", 0}, Seat::left);
    must_record(s, CardMoved{blank, "basis"}, Seat::right);  // laid by the other side
    const size_t before = s.events().size();
    const std::string why = test::why(s.record(Event{1, Seat::left, undo_at(Seat::left)}));
    EXPECT_EQ(why,
              "lege kaart GEMEENTE kan niet meer ongedaan worden gemaakt, omdat er daarna aan de tafel op is "
              "verder gebouwd");
    EXPECT_EQ(s.events().size(), before);
    EXPECT_EQ(s.state().rondomjong.find_tile(blank)->layer, "basis");
}

TEST(SideUndo, RefusedWhenAnotherSideChangedTheSameThingSince) {
    Session s = test::new_session();
    const TileId mentor = tile_named(s, "MENTOR");
    must_record(s, CardMoved{mentor, "basis"}, Seat::bottom);
    must_record(s, CardMoved{mentor, "extra"}, Seat::top);
    const std::string why = test::why(s.record(Event{1, Seat::bottom, undo_at(Seat::bottom)}));
    EXPECT_EQ(why,
              "MENTOR naar Sterke basis is daarna aan een andere kant alweer veranderd, dus ongedaan maken "
              "verandert niets");
    EXPECT_EQ(s.state().rondomjong.find_tile(mentor)->layer, "extra");
}

TEST(SideUndo, NamesEveryKindOfChange) {
    Session s = test::new_session();
    const TileId mentor = tile_named(s, "MENTOR");
    must_record(s, CardMoved{mentor, "basis"});
    EXPECT_EQ(s.name_change_nl(s.history_target(Undo{})), "MENTOR naar Sterke basis");
    must_record(s, CardMarked{mentor, kMarkNotYet, true});
    EXPECT_EQ(s.name_change_nl(s.history_target(Undo{})), "MENTOR nog niet betrokken");
    must_record(s, CardRotated{mentor, 90});
    EXPECT_EQ(s.name_change_nl(s.history_target(Undo{})), "MENTOR gedraaid");
    must_record(s, BlankCardCreated{s.state().rondomjong.next_tile_id(), "", mentor});
    EXPECT_EQ(s.name_change_nl(s.history_target(Undo{})), "kopie van MENTOR");
    must_record(s, NoteSet{"fundament", 2, "Veel gedaan"});
    EXPECT_EQ(s.name_change_nl(s.history_target(Undo{})), "notitie bij Het fundament, vraag 2");
    must_record(s, ActionCardOpened{1, "fundament"});
    EXPECT_EQ(s.name_change_nl(s.history_target(Undo{})), "nieuwe actiekaart 1");
    must_record(s, ActionFieldSet{1, "samen_met", "Piet"});
    EXPECT_EQ(s.name_change_nl(s.history_target(Undo{})), "samen met op actiekaart 1");
    must_record(s, ActionCardRemoved{1});
    EXPECT_EQ(s.name_change_nl(s.history_target(Undo{})), "actiekaart 1 uit het plan");
    must_record(s, SessionDetailsSet{"Avond", "De Linde", "", ""});
    EXPECT_EQ(s.name_change_nl(s.history_target(Undo{})), "gegevens van de sessie");
}

TEST(SideUndo, TheFileKeepsSideUndoAndTheFoldAgreesWithRecording) {
    Session s = two_sides_typing();
    must_record(s, undo_at(Seat::bottom), Seat::bottom);
    must_record(s, ActionFieldSet{2, "actie", "Belt ouders"}, Seat::top);
    must_record(s, redo_at(Seat::bottom), Seat::bottom);
    must_record(s, undo_at(Seat::top), Seat::top);
    Session loaded = session_from_json(session_to_json(s), "test.tafel");
    ASSERT_EQ(loaded.events().size(), s.events().size());
    EXPECT_STREQ(loaded.events()[4].kind(), "side_undo");
    EXPECT_EQ(loaded.state().rondomjong, s.state().rondomjong);
    EXPECT_EQ(loaded.state().applied, s.state().applied);
    EXPECT_EQ(loaded.state().undone, s.state().undone);
    // Review walks the log one event at a time and lands on the same state.
    SessionState walked = loaded.state_at(0);
    for (size_t i = 0; i < loaded.events().size(); ++i) step_forward(loaded, i, walked);
    EXPECT_EQ(walked.rondomjong, s.state().rondomjong);
    EXPECT_EQ(walked.undone, s.state().undone);
    EXPECT_EQ(describe_event_nl(loaded, loaded.state_at(4), 4),
              "eigen wijziging ongedaan gemaakt aan de onderkant (onderkant)");
}
