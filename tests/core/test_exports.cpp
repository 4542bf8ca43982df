#include <gtest/gtest.h>

#include "core/rondomjong/exports.hpp"
#include "test_support.hpp"

using namespace tafel;
using test::must_record;
using test::tile_named;

TEST(Exports, BoardCsvIsWhatDutchExcelOpens) {
    Session s = test::new_session();
    must_record(s, CardMoved{tile_named(s, "HUISARTS"), "extra"});
    must_record(s, CardMoved{tile_named(s, "MENTOR"), "basis"});
    must_record(s, CardMoved{tile_named(s, "KERK, MOSKEE, SYNAGOGE OF ANDER GEBEDSHUIS"), "fundament"});
    must_record(s, CardMarked{tile_named(s, "HUISARTS"), kMarkNotYet, true});
    must_record(s, CardMarked{tile_named(s, "MENTOR"), kMarkAbsent, true});
    must_record(s, BlankCardCreated{s.state().rondomjong.next_tile_id(), "Buurt\"huis\"; west", 0});
    must_record(s, CardMoved{s.state().rondomjong.tiles.back().id, "intensief"});
    EXPECT_EQ(export_board_csv(s, s.state()),
              "\xEF\xBB\xBF"
              "Laag;Kaart;Status;Afwezig\r\n"
              "Het fundament;KERK, MOSKEE, SYNAGOGE OF ANDER GEBEDSHUIS;betrokken;nee\r\n"
              "Sterke basis;MENTOR;betrokken;ja\r\n"
              "Extra ondersteuning;HUISARTS;nog niet betrokken;nee\r\n"
              "Intensieve ondersteuning;\"Buurt\"\"huis\"\"; west\";betrokken;nee\r\n");
}

TEST(Exports, ActionsCsvKeepsEmptyFieldsEmpty) {
    Session s = test::new_session();
    must_record(s, ActionCardOpened{1, "basis"});
    must_record(s, ActionFieldSet{1, "naam", "Sanne"});
    must_record(s, ActionFieldSet{1, "actie", "Mentoruur over stress"});
    must_record(s, ActionFieldSet{1, "doel", "Leerlingen weten bij wie ze terechtkunnen"});
    must_record(s, ActionFieldSet{1, "gepland", "01-04-2027"});
    must_record(s, ActionCardOpened{2, "extra"});
    must_record(s, ActionFieldSet{2, "naam", "Joost"});
    must_record(s, ActionFieldSet{2, "status", "bezig"});
    must_record(s, ActionFieldSet{2, "laag", "intensief"});
    EXPECT_EQ(export_actions_csv(s, s.state()),
              "\xEF\xBB\xBF"
              "Naam;Laag;Actie;Doel;Samen met;Gepland klaar;Afgerond op;Status\r\n"
              "Sanne;Sterke basis;Mentoruur over stress;Leerlingen weten bij wie ze terechtkunnen;;01-04-2027;;open\r\n"
              "Joost;Intensieve ondersteuning;;;;;;bezig\r\n");
}

TEST(Exports, MarkdownReportHasCardsNotesAndActionsPerLayer) {
    Session s = test::new_session();
    must_record(s, CardMoved{tile_named(s, "MENTOR"), "basis"});
    must_record(s, CardMoved{tile_named(s, "WIJKAGENT"), "basis"});
    must_record(s, CardMarked{tile_named(s, "WIJKAGENT"), kMarkNotYet, true});
    must_record(s, NoteSet{"basis", 5, "Korte lijnen met de mentoren."});
    must_record(s, ActionCardOpened{1, "basis"});
    must_record(s, ActionFieldSet{1, "naam", "Sanne"});
    must_record(s, ActionFieldSet{1, "actie", "Wijkagent uitnodigen"});
    std::string md = export_markdown(s, s.state());
    EXPECT_NE(md.find("# Testsessie"), std::string::npos);
    EXPECT_NE(md.find("## Sterke basis (80-90%)"), std::string::npos);
    EXPECT_NE(md.find("- WIJKAGENT — *nog niet betrokken*"), std::string::npos);
    EXPECT_NE(md.find("**5. Wat gaat er goed?**\n\nKorte lijnen met de mentoren."), std::string::npos);
    EXPECT_NE(md.find("- **Sanne**: Wijkagent uitnodigen"), std::string::npos);
    // The action card sits under its own layer, after that layer's cards.
    EXPECT_LT(md.find("## Sterke basis"), md.find("**Sanne**"));
    EXPECT_GT(md.find("## Het fundament"), md.find("**Sanne**"));
}

TEST(Exports, CsvFieldQuotesOnlyWhatNeedsIt) {
    EXPECT_EQ(csv_field("gewoon"), "gewoon");
    EXPECT_EQ(csv_field("a;b"), "\"a;b\"");
    EXPECT_EQ(csv_field("regel\nregel"), "\"regel\nregel\"");
    EXPECT_EQ(csv_field("zo \"heet\" het"), "\"zo \"\"heet\"\" het\"");
}

#include "core/session/dates.hpp"

TEST(Dates, ValidDatesAndSteps) {
    EXPECT_TRUE(is_valid_date("29-02-2028"));
    EXPECT_FALSE(is_valid_date("29-02-2027"));
    EXPECT_FALSE(is_valid_date("1-4-2027"));
    EXPECT_EQ(add_days("28-02-2027", 1), "01-03-2027");
    EXPECT_EQ(add_days("01-01-2027", -1), "31-12-2026");
    EXPECT_EQ(add_days("25-12-2026", 7), "01-01-2027");
    EXPECT_EQ(add_months("31-01-2027", 1), "28-02-2027");
    EXPECT_EQ(add_months("15-11-2026", 3), "15-02-2027");
    EXPECT_EQ(add_months("15-01-2027", -1), "15-12-2026");
    EXPECT_EQ(add_days("nonsens", 3), "nonsens");
}
