// A meeting finished by finger, through the real binary: the details typed on the sheet, the
// report made from the screen into Verslagen/ (the folder the screen names), and sessions renamed
// and moved to the Prullenbak from the start screen. No command-line option after `new`.
#include <gtest/gtest.h>

#include "core/review/reports.hpp"
#include "core/session/session_file.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

// What the screen says after a report: the folder in words, then the file's name.
std::string saved_sentence(const fs::path& sessions, const std::string& file) {
    return "text:Opgeslagen in de map Verslagen bij de sessies (" + fs::absolute(sessions).lexically_normal().string() +
           ") als " + file + ".";
}

std::string pdf_text(const fs::path& pdf, const fs::path& dir) {
    fs::path txt = dir / "verslag.txt";
    std::string command = "pdftotext -layout " + quote(pdf.string()) + " " + quote(txt.string());
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return read_file(txt);
}

}  // namespace

TEST(ReportsByFinger, DetailsOnTheSheetThenVerslagMakenGivesThePdfInTheNamedFolder) {
    fs::path dir = temp_dir("report-finger");
    const fs::path sessions = dir / "sessions";
    fs::create_directories(sessions);
    ASSERT_EQ(run_app("new rondomjong --out " + quote((sessions / "ouders.tafel").string()), dir).exit_code, 0);

    Script s;
    s.line("\"type\":\"wait\"", 0);
    s.tap("button:Gegevens van de sessie", 300);
    s.expect("field:titel");
    s.clear(30);
    s.keys("Ouderavond");
    s.tap("field:school");
    s.keys("De Linde");
    s.tap("button:Opslaan");
    // Walk into the first layer, lay two cards, fill one action card.
    s.line("\"type\":\"drag\",\"from\":\"card:MENTOR\",\"to\":\"layer:fundament\",\"ms\":400,\"id\":1", 300);
    s.line("\"type\":\"drag\",\"from\":\"card:DOCENT\",\"to\":\"layer:fundament\",\"ms\":400,\"id\":2", 600);
    for (int i = 0; i < 4; ++i) s.tap("button:Volgende stap", 300);
    s.tap("button:Nieuwe actiekaart", 300);
    s.expect("field:naam");
    s.keys("Sanne");
    s.tap("field:actie");
    s.keys("Belt ouders");
    s.tap("button:Opslaan");
    // Undo says what it took back; redo puts it back.
    s.tap("button:Ongedaan maken", 300);
    s.expect("text:Ongedaan: actie op actiekaart 1");
    s.tap("button:Opnieuw", 300);
    s.expect("text:Opnieuw gedaan: actie op actiekaart 1");
    // In review: the report.
    s.tap("button:Naar beginscherm", 300);
    s.tap("option:ouders.tafel", 400);
    s.tap("button:Verslag maken", 400);
    const std::string name = "Ouderavond - De Linde - " + tafel::today_dd_mm_yyyy() + " - verslag.pdf";
    s.expect(saved_sentence(sessions, name));
    RunOutcome r = play_script(dir / "sessions" / "ouders.tafel", s, dir,
                               " --screenshot " + quote((dir / "melding.png").string()));
    ASSERT_EQ(r.exit_code, 0) << r.err;

    const fs::path pdf = sessions / "Verslagen" / name;
    ASSERT_TRUE(fs::exists(pdf)) << pdf;
    const std::string text = pdf_text(pdf, dir);
    EXPECT_NE(text.find("De Linde"), std::string::npos);
    EXPECT_EQ(text.find("niet ingevuld"), std::string::npos);
    EXPECT_NE(text.find("Sanne"), std::string::npos);
    EXPECT_NE(text.find("Belt ouders"), std::string::npos);
    // The typed details are an event in the file; the file's own meta is as created.
    tafel::Session session = tafel::load_session(sessions / "ouders.tafel");
    EXPECT_EQ(session.meta().school, "De Linde");
    EXPECT_EQ(session.created_meta().school, "");
    fs::remove_all(dir);
}

TEST(ReportsByFinger, EffectenarenaReportAtTheAfsluitingAndInReviewNeverOverwrites) {
    fs::path dir = temp_dir("report-arena");
    const fs::path sessions = dir / "sessions";
    fs::create_directories(sessions);
    ASSERT_EQ(run_app("new effectenarena --out " + quote((sessions / "arena.tafel").string()), dir).exit_code, 0);
    Script s;
    s.line("\"type\":\"wait\"", 0);
    s.tap("button:Klaar", 300);  // the preparation opens first
    s.tap("button:Programma", 300);
    s.tap("button:Stap 9", 300);
    s.tap("button:Verslag maken", 400);
    const std::string name = "Effectenarena " + tafel::today_dd_mm_yyyy() + " - verslag.pdf";
    s.expect(saved_sentence(sessions, name));
    s.tap("button:Melding sluiten");
    s.tap("button:Naar beginscherm", 300);
    s.tap("option:arena.tafel", 400);
    s.tap("button:Verslag en export", 400);
    s.tap("button:Verslag maken", 300);
    const std::string second = "Effectenarena " + tafel::today_dd_mm_yyyy() + " - verslag-2.pdf";
    s.expect(saved_sentence(sessions, second));
    s.tap("button:Melding sluiten");
    s.tap("button:Antwoorden CSV", 300);
    s.expect(saved_sentence(sessions, "Effectenarena " + tafel::today_dd_mm_yyyy() + " - antwoorden.csv"));
    RunOutcome r = play_script(dir / "sessions" / "arena.tafel", s, dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const std::string& file : {name, second}) {
        const fs::path pdf = sessions / "Verslagen" / file;
        ASSERT_TRUE(fs::exists(pdf)) << pdf;
        EXPECT_NE(pdf_text(pdf, dir).find("Afsluiting"), std::string::npos) << file;
    }
    fs::remove_all(dir);
}

TEST(ReportsByFinger, RenameAndDeleteOnTheStartScreen) {
    fs::path dir = temp_dir("rename-delete");
    const fs::path sessions = dir / "sessions";
    fs::create_directories(sessions);
    for (const char* file : {"a.tafel", "b.tafel", "c.tafel"})
        ASSERT_EQ(run_app(std::string("new rondomjong --out ") + quote((sessions / file).string()), dir).exit_code, 0);
    const std::string c_bytes = read_file(sessions / "c.tafel");
    // An earlier c.tafel already lies in the Prullenbak: the new one must not replace it.
    fs::create_directories(sessions / "Prullenbak");
    write_file(sessions / "Prullenbak" / "c.tafel", "eerder weggegooid");

    Script s;
    s.line("\"type\":\"wait\"", 0);
    s.tap("button:Naar beginscherm", 300);
    s.tap("button:Wijzigen:b.tafel", 400);
    s.expect("field:titel");
    s.clear(30);
    s.keys("Tweede avond");
    s.tap("button:Opslaan");
    s.tap("button:Verwijderen:c.tafel", 400);
    s.expect("button:Ja, naar de prullenbak");
    s.tap("button:Ja, naar de prullenbak");
    RunOutcome r = play_script(dir / "sessions" / "a.tafel", s, dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;

    EXPECT_FALSE(fs::exists(sessions / "c.tafel"));
    EXPECT_EQ(read_file(sessions / "Prullenbak" / "c-2.tafel"), c_bytes);
    EXPECT_EQ(read_file(sessions / "Prullenbak" / "c.tafel"), "eerder weggegooid");
    tafel::Session b = tafel::load_session(sessions / "b.tafel");
    EXPECT_EQ(b.meta().title, "Tweede avond");
    ASSERT_FALSE(b.events().empty());
    EXPECT_STREQ(b.events().back().kind(), "session_details_set");
    fs::remove_all(dir);
}
