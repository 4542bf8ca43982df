// A follow-up meeting through the real binary, typed the way it happens at a table without a
// keyboard: every letter is a tap on a sheet's on-screen key. Only new, dated events are
// appended; the meeting's own part of the file stays byte for byte.
#include <gtest/gtest.h>

#include "core/session/session_file.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

const fs::path kDemo = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-rondomjong.tafel";

}  // namespace

TEST(FollowUp, TypedOnlyWithOnScreenKeysItAppendsExactlyTheFollowUpEvents) {
    fs::path dir = temp_dir("follow-up-keys");
    fs::create_directories(dir / "sessions");
    fs::path session = dir / "sessions" / "demo.tafel";
    fs::copy_file(kDemo, session);
    const std::string before = read_file(session);
    const tafel::Session demo = tafel::load_session(kDemo);
    const int new_card = demo.state().rondomjong.next_action_id();

    Script s;
    s.line("\"type\":\"wait\"", 0);
    s.tap("button:Naar beginscherm", 200);
    s.tap("option:demo.tafel", 400);
    s.tap("button:Actieplan", 400);
    // The date: cleared and typed on the sheet's keys, then a week on with a date button.
    s.tap("button:Opvolging starten", 300);
    s.expect("field:datum");
    for (int i = 0; i < 10; ++i) s.tap("key:Wissen", 120);
    s.keys("15-03-2027");
    s.tap("button:+1 week");
    s.tap("button:Opslaan");
    s.expect("button:Afgerond 1");
    s.tap("button:Afgerond 1", 300);
    // A note about card 2, saved with the keyboard's Return key.
    s.tap("button:Notitie 2", 300);
    s.expect("field:opvolgnotitie");
    s.keys("Gesprek gepland");
    s.tap("key:Enter");
    // A new action card; Opslaan before the action is filled in says why and keeps the name.
    s.tap("button:Nieuwe actiekaart", 300);
    s.expect("field:naam");
    s.tap("option:basis");
    s.keys("Ali");
    s.tap("button:Opslaan");
    s.expect("button:Melding sluiten");
    s.tap("button:Melding sluiten");
    s.tap("field:actie");
    s.keys("Belt ouders");
    s.tap("field:doel");
    s.keys("Rust");
    s.tap("field:gepland");
    s.keys("01-05-2027");
    s.tap("button:+1 maand");
    s.tap("button:Opslaan");
    s.line("\"type\":\"wait\"", 500);

    RunOutcome r = play_script(session, s, dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;

    const tafel::Session after = tafel::load_session(session);
    const size_t n = demo.events().size();
    ASSERT_EQ(after.events().size(), n + 8);
    const auto& e = after.events();
    EXPECT_EQ(std::get<tafel::FollowUpStarted>(e[n].payload).date, "22-03-2027");
    const auto& done = std::get<tafel::ActionProgressed>(e[n + 1].payload);
    EXPECT_EQ(done.card, 1);
    EXPECT_EQ(done.status, "afgerond");
    EXPECT_EQ(done.date, "22-03-2027");
    const auto& note = std::get<tafel::FollowUpNoteAdded>(e[n + 2].payload);
    EXPECT_EQ(note.card, 2);
    EXPECT_EQ(note.text, "Gesprek gepland");
    const auto& opened = std::get<tafel::ActionCardOpened>(e[n + 3].payload);
    EXPECT_EQ(opened.card, new_card);
    EXPECT_EQ(opened.layer, "basis");
    const std::pair<std::string, std::string> fields[] = {
        {"naam", "Ali"}, {"actie", "Belt ouders"}, {"doel", "Rust"}, {"gepland", "01-06-2027"}};
    for (size_t i = 0; i < 4; ++i) {
        const auto& set = std::get<tafel::ActionFieldSet>(e[n + 4 + i].payload);
        EXPECT_EQ(set.card, new_card);
        EXPECT_EQ(set.field, fields[i].first);
        EXPECT_EQ(set.value, fields[i].second);
    }
    // The meeting itself is untouched: the same events, and in the file the same bytes up to
    // the end of its last event (the file is one JSON document, so only its closing "]}" moves).
    EXPECT_TRUE(after.state_at(n).rondomjong == demo.state().rondomjong);
    const std::string closing = "\n]\n}\n";
    const std::string now = read_file(session);
    ASSERT_GE(before.size(), closing.size());
    ASSERT_EQ(before.substr(before.size() - closing.size()), closing);
    EXPECT_EQ(now.compare(0, before.size() - closing.size(), before, 0, before.size() - closing.size()), 0)
        << "the meeting's part of the file changed";
    EXPECT_GT(now.size(), before.size());
    fs::remove_all(dir);
}
