// A break-out zone turned to its group's side of the table (arena_zone_turned): it folds into
// the group, is refused for an unknown group or side, and undo passes over it.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace tafel;
using test::must_record;

namespace {
const EffectenarenaState& ea(const Session& s) { return s.state().effectenarena; }
}  // namespace

TEST(ArenaZoneTurn, AZoneFacesTheSideItWasTurnedToAndUndoPassesOverIt) {
    Session s = test::new_session(kKindEffectenarena);
    ASSERT_EQ(ea(s).groups.size(), 2u);
    EXPECT_EQ(ea(s).groups[0].facing, static_cast<int>(Seat::bottom));
    must_record(s, ArenaZoneTurned{1, static_cast<int>(Seat::left)});
    must_record(s, ArenaZoneTurned{2, static_cast<int>(Seat::top)});
    EXPECT_EQ(ea(s).groups[0].facing, static_cast<int>(Seat::left));
    EXPECT_EQ(ea(s).groups[1].facing, static_cast<int>(Seat::top));
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaZoneTurned{3, 0}})), "");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaZoneTurned{1, 4}})), "");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaZoneTurned{1, -1}})), "");
    // A goal written after the turn: undo takes the goal back, the zone stays turned.
    must_record(s, ArenaGoalSet{1, "Mohammed voelt zich gezien"});
    must_record(s, Undo{});
    EXPECT_EQ(ea(s).groups[0].goal, "");
    EXPECT_EQ(ea(s).groups[0].facing, static_cast<int>(Seat::left));
    EXPECT_EQ(describe_arena_nl(ArenaZoneTurned{1, static_cast<int>(Seat::left)}),
              "zone van groep 1 gedraaid naar de linkerkant");
}

TEST(ArenaZoneTurn, GroupsThatStayKeepTheirSideWhenTheGroupsAreSetAgain) {
    Session s = test::new_session(kKindEffectenarena);
    must_record(s, ArenaZoneTurned{1, static_cast<int>(Seat::right)});
    must_record(s, ArenaGroupsSet{{"mohammed", "sara", "mohammed"}});
    ASSERT_EQ(ea(s).groups.size(), 3u);
    EXPECT_EQ(ea(s).groups[0].facing, static_cast<int>(Seat::right));
    EXPECT_EQ(ea(s).groups[2].facing, static_cast<int>(Seat::bottom));
}
