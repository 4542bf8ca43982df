// Over several sessions: the regional summary (exact CSV, checked by hand against the three
// sessions) and the comparison of two meetings of one school a year apart.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <filesystem>

#include "core/review/overview.hpp"
#include "core/session/session_file.hpp"
#include "core/session/session_store.hpp"
#include "test_support.hpp"

using namespace tafel;
namespace fs = std::filesystem;

namespace {

const fs::path kDemo = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-rondomjong.tafel";
const fs::path kLinde = fs::path(TAFEL_TEST_FIXTURES_DIR) / "rondomjong-de-linde-2026.tafel";
const fs::path kBaken2027 = fs::path(TAFEL_TEST_FIXTURES_DIR) / "rondomjong-baken-2027.tafel";

// A Rondom Jong session with these action cards: {naam, actie, status}.
Session with_actions(const std::vector<std::array<std::string, 3>>& cards) {
    Session s = test::new_session();
    for (const auto& [name, action, status] : cards) {
        const int id = s.state().rondomjong.next_action_id();
        test::must_record(s, ActionCardOpened{id, "basis"});
        test::must_record(s, ActionFieldSet{id, "naam", name});
        test::must_record(s, ActionFieldSet{id, "actie", action});
        test::must_record(s, ActionFieldSet{id, "status", status});
    }
    return s;
}

}  // namespace

TEST(Summary, ThreeSessionsGiveExactlyThisCsv) {
    std::vector<Session> sessions = {load_session(kDemo), load_session(kLinde), load_session(kBaken2027)};
    sessions.push_back(test::new_session(kKindEffectenarena));  // not counted: no Rondom Jong
    Summary s = summarize(sessions, 20270301);
    EXPECT_EQ(s.sessions, 3);
    // HUISARTS lies nog niet betrokken in the intensive layer at all three; the demo's cards 2, 6
    // and 8 were planned before 1 March 2027 and are not done; De Linde's Anouk Peters too.
    EXPECT_EQ(summary_csv(s, test::real_content()),
              "\xEF\xBB\xBF"
              "Laag;Partij;Betrokken;Nog niet betrokken;Sessies\r\n"
              "Het fundament;DIRECTEUR;3;0;3\r\n"
              "Het fundament;DOCENT;3;0;3\r\n"
              "Het fundament;MENTOR;2;0;3\r\n"
              "Het fundament;SCHOOLPSYCHOLOOG/ORTHOPEDAGOOG;1;1;3\r\n"
              "Het fundament;CONCIËRGE;1;0;3\r\n"
              "Het fundament;GEZONDE SCHOOL-COÖRDINATOR;1;0;3\r\n"
              "Het fundament;INTERN BEGELEIDER/ZORGCOÖRDINATOR;1;0;3\r\n"
              "Het fundament;ONDERWIJSASSISTENTEN;1;0;3\r\n"
              "Het fundament;TEAMLEIDER;1;0;3\r\n"
              "Sterke basis;LEERLING;3;0;3\r\n"
              "Sterke basis;JONGERENWERKER;2;1;3\r\n"
              "Sterke basis;MENTOR;2;0;3\r\n"
              "Sterke basis;OUDERS/VERZORGERS;2;0;3\r\n"
              "Sterke basis;BUURTSPORTCOACH;1;1;3\r\n"
              "Sterke basis;DOCENT MUZIEK/CULTUUR;1;0;3\r\n"
              "Sterke basis;JEUGDVERPLEEGKUNDIGE/JEUGDARTS;1;0;3\r\n"
              "Sterke basis;LEERLINGENRAAD;0;1;3\r\n"
              "Extra ondersteuning;CJG-MEDEWERKER;3;0;3\r\n"
              "Extra ondersteuning;SCHOOLMAATSCHAPPELIJK WERKER;3;0;3\r\n"
              "Extra ondersteuning;POH-GGZ;1;1;3\r\n"
              "Extra ondersteuning;INTERN BEGELEIDER/ZORGCOÖRDINATOR;1;0;3\r\n"
              "Extra ondersteuning;LEERPLICHTAMBTENAAR;1;0;3\r\n"
              "Extra ondersteuning;SCHOOLPSYCHOLOOG/ORTHOPEDAGOOG;1;0;3\r\n"
              "Extra ondersteuning;VERTROUWENSPERSOON;1;0;3\r\n"
              "Intensieve ondersteuning;JEUGDZORGWERKER;3;0;3\r\n"
              "Intensieve ondersteuning;BASIS-GGZ BEHANDELAAR;1;0;3\r\n"
              "Intensieve ondersteuning;INTERN BEGELEIDER/ZORGCOÖRDINATOR;1;0;3\r\n"
              "Intensieve ondersteuning;OUDERS/VERZORGERS;1;0;3\r\n"
              "Intensieve ondersteuning;SAMENWERKINGSVERBAND;1;0;3\r\n"
              "Intensieve ondersteuning;SPECIALISTISCHE-GGZ BEHANDELAAR;1;0;3\r\n"
              "Intensieve ondersteuning;HUISARTS;0;3;3\r\n"
              "\r\n"
              "School;Sessies;Acties;Open;Over tijd\r\n"
              "De Linde Scholengemeenschap;1;2;1;1\r\n"
              "Het Baken College;2;12;12;3\r\n");
    std::string text = summary_text(s, test::real_content(), "01-03-2027");
    EXPECT_NE(text.find("Overzicht van 3 Rondom Jong-sessies (peildatum 01-03-2027)"), std::string::npos) << text;
    EXPECT_NE(text.find("Het Baken College                  2      12    12          3"), std::string::npos) << text;
}

TEST(Compare, TheSameSchoolAYearLater) {
    const Session before = load_session(kDemo), after = load_session(kBaken2027);
    Comparison cmp = compare_sessions(before, after);
    ASSERT_EQ(cmp.layers.size(), 4u);
    EXPECT_EQ(cmp.layers[0].layer, "intensief");  // read from the top of the pyramid
    const LayerChange& fundament = cmp.layers[3];
    EXPECT_EQ(fundament.now_involved, std::vector<std::string>{"SCHOOLPSYCHOLOOG/ORTHOPEDAGOOG"});
    EXPECT_EQ(fundament.added, std::vector<std::string>{});
    EXPECT_EQ(cmp.layers[2].now_involved, std::vector<std::string>{"BUURTSPORTCOACH"});
    EXPECT_EQ(cmp.layers[1].now_involved, std::vector<std::string>{"POH-GGZ"});
    EXPECT_EQ(cmp.layers[2].removed,
              (std::vector<std::string>{"DOCENT MUZIEK/CULTUUR", "JEUGDVERPLEEGKUNDIGE/JEUGDARTS", "LEERLINGENRAAD",
                                        "MENTOR"}));
    ASSERT_EQ(cmp.actions.size(), 10u);
    EXPECT_EQ(cmp.new_actions.size(), 2u);
    std::string text = comparison_text(cmp, before, after);
    EXPECT_NE(text.find("van nog niet betrokken naar betrokken: POH-GGZ"), std::string::npos) << text;
}

TEST(Compare, ActionsFollowedUpShowHowTheyFared) {
    fs::path dir = fs::temp_directory_path() / ("tafel-compare-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::copy_file(kDemo, dir / "demo.tafel", fs::copy_options::overwrite_existing);
    SessionStore store(load_session(dir / "demo.tafel"), dir / "demo.tafel");
    ASSERT_EQ(test::why(store.record(FollowUpStarted{"15-03-2027"}, Seat::bottom)), "");
    ASSERT_EQ(test::why(store.record(ActionProgressed{1, "afgerond", "10-03-2027"}, Seat::bottom)), "");
    Comparison cmp = compare_sessions(store.session(), load_session(kBaken2027));
    const ActionFate& first = cmp.actions.front();
    EXPECT_EQ(first.status_at_meeting, "bezig");
    EXPECT_EQ(first.status_followed_up, "afgerond");
    EXPECT_EQ(first.status_later, "");
    EXPECT_EQ(fate_text(first), "bij de bijeenkomst bezig → na opvolging afgerond → niet meer in de latere sessie");
    store.flush();  // the writer thread is done with the folder before it goes
    fs::remove_all(dir);
}

TEST(Compare, NormalisingIgnoresCaseSpacesAndPunctuation) {
    EXPECT_EQ(normalized_text("  Ik bel  OUDERS, “Één” keer…  "), "ik bel ouders één keer");
    EXPECT_EQ(normalized_text("POH-GGZ"), "poh ggz");
    EXPECT_EQ(normalized_text("ËLLEN"), "ëllen");
}

TEST(Compare, ARewordedActionOfTheSamePersonStillMatches) {
    const Session before =
        with_actions({{"Ruud Hendriksen",
                       "Ik zet de taken van mentor, teamleider en zorgcoördinator op één A4 en bespreek dat in "
                       "de teamvergadering.",
                       "bezig"}});
    const std::string rewritten =
        "Ik zet de taken van mentor, teamleider en zorgcoördinator op één A4 en bespreek dit in het team";
    const Session after = with_actions({{" ruud  HENDRIKSEN ", rewritten, "afgerond"}});
    Comparison cmp = compare_sessions(before, after);
    ASSERT_EQ(cmp.actions.size(), 1u);
    EXPECT_EQ(cmp.actions[0].status_later, "afgerond");
    EXPECT_EQ(cmp.actions[0].action_later, rewritten);
    EXPECT_EQ(cmp.new_actions, std::vector<std::string>{});
    EXPECT_EQ(fate_text(cmp.actions[0]), "bij de bijeenkomst bezig → in de latere sessie afgerond");
    // Only punctuation and capitals differ: the same text, nothing to show as rewritten.
    cmp =
        compare_sessions(before, with_actions({{"Ruud Hendriksen",
                                                "ik zet de taken van mentor teamleider en zorgcoördinator op één a4 en "
                                                "bespreek dat in de teamvergadering",
                                                "open"}}));
    EXPECT_EQ(cmp.actions[0].status_later, "open");
    EXPECT_EQ(cmp.actions[0].action_later, "");
}

TEST(Compare, ADifferentActionOfTheSamePersonDoesNotMatch) {
    const Session before = with_actions(
        {{"Peter Lammers",
          "Ik nodig de POH-GGZ uit voor een kennismaking met het zorgteam en maak afspraken over verwijzen.", "open"},
         {"Sanne", "Ik organiseer een ouderavond over social media.", "open"}});
    const Session after =
        with_actions({{"Peter Lammers", "Ik zoek een vast aanspreekpunt bij de huisartsen in de wijk.", "bezig"},
                      {"Sanne", "Ik organiseer een ouderavond over pesten.", "open"},
                      // The same words, but another person.
                      {"Joost", "Ik organiseer een ouderavond over social media.", "open"}});
    Comparison cmp = compare_sessions(before, after);
    ASSERT_EQ(cmp.actions.size(), 2u);
    EXPECT_EQ(cmp.actions[0].status_later, "");
    EXPECT_EQ(cmp.actions[1].status_later, "");  // two of five meaningful words differ: another evening
    EXPECT_EQ(cmp.new_actions.size(), 3u);
    EXPECT_EQ(fate_text(cmp.actions[0]), "bij de bijeenkomst open → niet meer in de latere sessie");
    EXPECT_EQ(action_similarity("Ik organiseer een ouderavond over pesten.",
                                "Ik organiseer een ouderavond over social media."),
              0.0);
}

TEST(Compare, TwoEarlierActionsNeverClaimTheSameLaterOne) {
    // The first earlier card is only similar, the second identical: the identical one wins, even
    // though the similar one comes first; and the duplicate card finds nothing left to match.
    const Session before =
        with_actions({{"Nadia", "Ik bel alle ouders van mijn mentorklas in de eerste schoolweken.", "open"},
                      {"Nadia", "Ik bel alle ouders van mijn mentorklas.", "open"},
                      {"Nadia", "Ik bel alle ouders van mijn mentorklas.", "bezig"}});
    const Session after = with_actions({{"nadia", "ik bel alle ouders van mijn mentorklas", "afgerond"}});
    Comparison cmp = compare_sessions(before, after);
    ASSERT_EQ(cmp.actions.size(), 3u);
    int matched = 0;
    for (const ActionFate& f : cmp.actions) matched += !f.status_later.empty();
    EXPECT_EQ(matched, 1);
    EXPECT_EQ(cmp.actions[1].status_later, "afgerond");
    EXPECT_EQ(cmp.actions[0].status_later, "");
    EXPECT_EQ(cmp.actions[2].status_later, "");
    EXPECT_EQ(cmp.new_actions, std::vector<std::string>{});
}

TEST(Compare, TwoRewordedCardsOfOnePersonEachFindTheirOwn) {
    // Two rewritten cards of one person, each closest to its own later card.
    const Session before = with_actions(
        {{"Ingrid", "Ik zorg dat elke mentor binnen een week terugkoppeling krijgt na het zorgoverleg.", "open"},
         {"Ingrid", "Ik maak met de POH-GGZ een vast verwijsmoment per maand.", "open"}});
    const Session after =
        with_actions({{"Ingrid", "Ik maak met de POH-GGZ een vast verwijsmoment elke maand.", "bezig"},
                      {"Ingrid", "Elke mentor krijgt binnen een week terugkoppeling na het zorgoverleg.", "afgerond"}});
    Comparison cmp = compare_sessions(before, after);
    EXPECT_EQ(cmp.actions[0].status_later, "afgerond");
    EXPECT_EQ(cmp.actions[1].status_later, "bezig");
    EXPECT_EQ(cmp.new_actions, std::vector<std::string>{});
}

TEST(Compare, TheOrderOfTwoSessionsIsByTheirDate) {
    SessionMeta a, b;
    a.date = "20-11-2027";
    b.date = "22-11-2026";
    EXPECT_TRUE(held_before(b, a));
    EXPECT_FALSE(held_before(a, b));
    b.date = a.date;  // one day: the file made first
    a.created_at_ms = 2;
    b.created_at_ms = 1;
    EXPECT_TRUE(held_before(b, a));
    const Session demo = load_session(kDemo), later = load_session(kBaken2027);
    EXPECT_NE(comparison_text(compare_sessions(later, demo), later, demo).find("klopt de volgorde?"),
              std::string::npos);
    EXPECT_EQ(comparison_text(compare_sessions(demo, later), demo, later).find("klopt de volgorde?"),
              std::string::npos);
}
