// Sheets typed on by finger: action cards that are no cards, and the on-screen keyboard's
// capitals, caps lock and "@", all through the real binary and on-screen key taps.
#include <gtest/gtest.h>

#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

std::string actions_csv(const fs::path& session, const fs::path& dir) {
    EXPECT_EQ(
        run_app("export " + quote(session.string()) + " --format actions-csv --out " + quote((dir / "a.csv").string()),
                dir)
            .exit_code,
        0);
    return read_file(dir / "a.csv");
}

}  // namespace

TEST(Sheets, AnAbandonedActionCardLeavesThePlanAndTheFilledOneStays) {
    fs::path dir = temp_dir("sheets-abandoned");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    Script s;
    s.line("\"type\":\"wait\"", 0);
    s.tap("button:Nieuwe actiekaart", 300);    // bottom edge: left empty
    s.tap("button:Nieuwe actiekaart#2", 300);  // top edge: filled on its own keys
    // An empty field starts with a capital by itself; after ". " too; Shift twice is caps lock.
    for (const char* k : {"A", "L", "I"}) s.tap(std::string("key:") + k + "#2", 120);
    s.tap("field:actie#2");
    for (const char* k :
         {"B", "E", "L", "L", "E", "N", ".", "Spatie", "O", "K", "Spatie", "@", "Shift", "Shift", "J", "A"})
        s.tap(std::string("key:") + k + "#2", 120);
    s.tap("option:basis#2");
    s.tap("button:Sluiten", 300);  // the empty card at the bottom: not a card
    s.tap("button:Opslaan", 300);  // the one sheet left: its names lose the #2
    s.line("\"type\":\"wait\"", 500);
    RunOutcome r = play_script(session, s, dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(actions_csv(session, dir),
              "\xEF\xBB\xBF"
              "Naam;Laag;Actie;Doel;Samen met;Gepland klaar;Afgerond op;Status\r\n"
              "Ali;Sterke basis;Bellen. Ok @JA;;;;;open\r\n");
    EXPECT_NE(read_file(session).find("action_card_removed"), std::string::npos);  // an event, for review
    fs::remove_all(dir);
}

TEST(Sheets, ACardWithANameButNoActionAsksOnceBeforeClosing) {
    fs::path dir = temp_dir("sheets-ask");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    Script s;
    s.line("\"type\":\"wait\"", 0);
    s.tap("button:Nieuwe actiekaart", 300);
    for (const char* k : {"J", "O", "O", "S", "T"}) s.tap(std::string("key:") + k, 120);
    s.tap("button:Sluiten", 300);
    s.line("\"type\":\"expect\",\"target\":\"button:Toch sluiten\"", 300);  // still open, asking
    s.tap("button:Toch sluiten", 300);
    s.line("\"type\":\"wait\"", 500);
    RunOutcome r = play_script(session, s, dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string csv = actions_csv(session, dir);
    EXPECT_NE(csv.find("Joost;"), std::string::npos) << csv;
    fs::remove_all(dir);
}
