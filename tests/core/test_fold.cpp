#include <gtest/gtest.h>

#include <random>

#include "core/rondomjong/exports.hpp"
#include "test_support.hpp"

using namespace tafel;
using test::must_record;
using test::tile_named;

TEST(Fold, CardsLieInTheOrderTheyWereLaid) {
    Session s = test::new_session();
    must_record(s, CardMoved{tile_named(s, "MENTOR"), "basis"});
    must_record(s, CardMoved{tile_named(s, "DOCENT"), "basis"});
    must_record(s, CardMoved{tile_named(s, "HUISARTS"), "extra"});
    auto basis = s.state().rondomjong.tiles_in_layer("basis");
    ASSERT_EQ(basis.size(), 2u);
    EXPECT_EQ(basis[0]->text, "MENTOR");
    EXPECT_EQ(basis[1]->text, "DOCENT");
    // Moving a card to another layer puts it at the end there, and back to the tray takes its marks off.
    must_record(s, CardMoved{tile_named(s, "MENTOR"), "extra"});
    must_record(s, CardMarked{tile_named(s, "MENTOR"), kMarkNotYet, true});
    EXPECT_EQ(s.state().rondomjong.tiles_in_layer("extra").back()->text, "MENTOR");
    EXPECT_TRUE(s.state().rondomjong.find_tile(tile_named(s, "MENTOR"))->not_yet_involved);
    must_record(s, CardMoved{tile_named(s, "MENTOR"), kTray});
    EXPECT_FALSE(s.state().rondomjong.find_tile(tile_named(s, "MENTOR"))->not_yet_involved);
}

TEST(Fold, RefusesEventsThatDoNotFit) {
    Session s = test::new_session();
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, CardMoved{9999, "basis"}})), "");
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, CardMoved{1, "kelder"}})), "");
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, StepChanged{"basis", 12}})), "");
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, ActionFieldSet{1, "naam", "x"}})), "");  // no card 1 yet
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, Undo{}})), "");                          // nothing to undo
    EXPECT_TRUE(s.events().empty());
}

TEST(Fold, UndoAndRedoAreEventsToo) {
    Session s = test::new_session();
    TileId mentor = tile_named(s, "MENTOR"), docent = tile_named(s, "DOCENT");
    must_record(s, CardMoved{mentor, "basis"});
    must_record(s, StepChanged{"fundament", 3});  // navigation: undo passes over it
    must_record(s, CardMoved{docent, "basis"});
    must_record(s, Undo{});
    EXPECT_EQ(s.state().rondomjong.tiles_in_layer("basis").size(), 1u);
    EXPECT_EQ(s.state().rondomjong.current_step, 3);
    must_record(s, Undo{});
    EXPECT_EQ(s.state().rondomjong.tiles_in_layer("basis").size(), 0u);
    EXPECT_FALSE(s.state().can_undo());
    must_record(s, Redo{});
    EXPECT_EQ(s.state().rondomjong.tiles_in_layer("basis").size(), 1u);
    EXPECT_TRUE(s.state().can_redo());
    // A new change drops what could still be redone.
    must_record(s, CardMoved{docent, "extra"});
    EXPECT_FALSE(s.state().can_redo());
    EXPECT_EQ(s.events().size(), 7u);  // undo and redo stay in the log
}

TEST(Fold, ReplayGivesTheStateRecordedAtEveryStep) {
    // A random meeting: after each event, remember the state the live session shows; then fold
    // the log to each step and compare. Undo and redo are mixed in.
    Session s = test::new_session();
    std::mt19937 random(42);
    std::vector<std::string> snapshots = {export_board_csv(s, s.state()) + export_actions_csv(s, s.state())};
    const std::vector<std::string> layers = {"fundament", "basis", "extra", "intensief", ""};
    for (int i = 0; i < 400; ++i) {
        const RondomJongState& rj = s.state().rondomjong;
        Payload p;
        switch (random() % 8) {
            case 0:
            case 1:
            case 2:
                p = CardMoved{static_cast<TileId>(1 + random() % 25), layers[random() % layers.size()]};
                break;
            case 3:
                p = CardMarked{static_cast<TileId>(1 + random() % 25), random() % 2 ? kMarkNotYet : kMarkAbsent,
                               random() % 2 == 0};
                break;
            case 4:
                p = rj.actions.empty() || random() % 3 == 0
                        ? Payload(ActionCardOpened{rj.next_action_id(), "basis"})
                        : Payload(ActionFieldSet{rj.actions[random() % rj.actions.size()].id, "naam",
                                                 "Naam " + std::to_string(i)});
                break;
            case 5:
                p = BlankCardCreated{rj.next_tile_id(), "Partij " + std::to_string(i), 0};
                break;
            case 6:
                p = Undo{};
                break;
            default:
                p = Redo{};
                break;
        }
        if (s.record(Event{i, Seat::bottom, p}).done()) {
            snapshots.push_back(export_board_csv(s, s.state()) + export_actions_csv(s, s.state()));
        }
    }
    ASSERT_GT(s.events().size(), 300u);
    for (size_t n = 0; n <= s.events().size(); ++n) {
        SessionState at = s.state_at(n);
        ASSERT_EQ(export_board_csv(s, at) + export_actions_csv(s, at), snapshots[n]) << "step " << n;
    }
}

TEST(Fold, QuestionLoopRemembersProgressPerLayer) {
    Session s = test::new_session();
    const RondomJongState& rj = s.state().rondomjong;
    EXPECT_EQ(rj.current_layer, "fundament");  // bottom-up by default
    must_record(s, StepChanged{"fundament", 11});
    must_record(s, StepChanged{"basis", 4});
    must_record(s, NoteSet{"basis", 4, "Goede afstemming tussen mentor en zorgcoördinator."});
    must_record(s, StepChanged{"basis", 2});
    EXPECT_EQ(s.state().rondomjong.furthest_step.at("fundament"), 11);
    EXPECT_EQ(s.state().rondomjong.furthest_step.at("basis"), 4);
    EXPECT_EQ(s.state().rondomjong.note("basis", 4), "Goede afstemming tussen mentor en zorgcoördinator.");
    must_record(s, LayerOrderSet{{"intensief", "extra", "basis", "fundament"}});
    EXPECT_EQ(s.state().rondomjong.layer_order.front(), "intensief");
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, LayerOrderSet{{"basis"}}})), "");
}

TEST(Fold, BlankCardsCopyAPartyIntoASecondLayer) {
    Session s = test::new_session();
    TileId mentor = tile_named(s, "MENTOR");
    must_record(s, CardMoved{mentor, "basis"});
    TileId copy = s.state().rondomjong.next_tile_id();
    must_record(s, BlankCardCreated{copy, "", mentor});
    must_record(s, CardMoved{copy, "extra"});
    EXPECT_EQ(s.state().rondomjong.find_tile(copy)->text, "MENTOR");
    EXPECT_EQ(s.state().rondomjong.tiles_in_layer("extra").front()->text, "MENTOR");
    // Only a blank card's text can change.
    EXPECT_NE(test::why(s.record(Event{0, Seat::bottom, CardTextChanged{mentor, "x"}})), "");
}
