// A meeting finished by finger, through the real binary: the details typed on the sheet, the
// report made from the screen into Verslagen/ (the folder the screen names), and sessions renamed
// and moved to the Prullenbak from the start screen. No command-line option after `new`.
#include <gtest/gtest.h>

#include "core/review/reports.hpp"
#include "core/session/session_file.hpp"
#include "platform/os/session_lock.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

// What the screen says after a report: the folder in words (no path), then the report's name.
std::string saved_sentence(const fs::path&, const std::string& file) {
    return "text:Opgeslagen in de map Verslagen bij de sessies, als " + file + ".";
}

std::string pdf_text(const fs::path& pdf, const fs::path& dir) {
    fs::path txt = dir / "verslag.txt";
    std::string command = "pdftotext -layout " + quote(pdf.string()) + " " + quote(txt.string());
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return read_file(txt);
}

size_t count_of(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// The numbered rows of the action plan's table in the report's text.
size_t plan_rows(const std::string& text) {
    size_t at = text.find("Nr.   Naam");
    if (at == std::string::npos) return 0;
    size_t rows = 0;
    for (at = text.find('\n', at); at != std::string::npos && at + 1 < text.size(); at = text.find('\n', at + 1)) {
        const char c = text[at + 1];
        if (c == 'T') break;  // the page's foot line
        if (c >= '0' && c <= '9') ++rows;
    }
    return rows;
}

}  // namespace

// The meeting of issue 11's "done when": details on the sheet, a layer walked, two action cards
// from opposite sides (one abandoned, one filled), an undo of one side, then the report.
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
    // A second card from the top edge, closed before anything was typed: it is no card.
    s.tap("button:Nieuwe actiekaart#2", 300);
    s.expect("field:naam");
    s.tap("button:Sluiten", 300);
    // The bottom marks MENTOR beside the card, then takes back its own change; the top's stays.
    s.tap("card:MENTOR", 300);
    s.tap("kaartactie:Afwezig", 300);
    s.tap("button:Ongedaan onderkant", 300);
    s.expect("text:Ongedaan: MENTOR afwezig");
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
    // Exactly the one real action card: the abandoned one is in no row of the plan.
    EXPECT_EQ(text.find("geen naam"), std::string::npos);
    EXPECT_EQ(count_of(text, "Mijn actie is:"), 1u) << text;
    EXPECT_EQ(plan_rows(text), 1u) << text;
    // The typed details are an event in the file; the file's own meta is as created.
    tafel::Session session = tafel::load_session(sessions / "ouders.tafel");
    EXPECT_EQ(session.state().rondomjong.actions.size(), 1u);
    EXPECT_FALSE(session.state().rondomjong.find_tile(1)->absent);
    size_t side_undos = 0;
    for (const tafel::Event& e : session.events()) {
        if (const auto* u = std::get_if<tafel::SideUndo>(&e.payload)) {
            EXPECT_EQ(u->side, static_cast<int>(tafel::Seat::bottom));
            ++side_undos;
        }
    }
    EXPECT_EQ(side_undos, 1u);
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

TEST(ReportsByFinger, RenameAndDeleteLeaveASessionOpenInAnotherWindowAlone) {
    fs::path dir = temp_dir("rename-open");
    const fs::path sessions = dir / "sessions";
    fs::create_directories(sessions);
    for (const char* file : {"a.tafel", "b.tafel"})
        ASSERT_EQ(run_app(std::string("new rondomjong --out ") + quote((sessions / file).string()), dir).exit_code, 0);
    const std::string b_bytes = read_file(sessions / "b.tafel");
    // This test process is the other window: it holds b.tafel as a window that opened it would.
    tafel::os::SessionLock other = tafel::os::SessionLock::try_hold(sessions / "b.tafel");
    ASSERT_TRUE(other.held());
    const std::string refused =
        "text:De sessie b.tafel is geopend in een ander venster; sluit dat venster en probeer het dan opnieuw.";

    Script s;
    s.line("\"type\":\"wait\"", 0);
    s.tap("button:Naar beginscherm", 300);
    s.tap("button:Wijzigen:b.tafel", 400);
    s.expect("field:titel");
    s.keys("x");
    s.tap("button:Opslaan");
    s.expect(refused);
    s.tap("button:Annuleren");
    s.tap("button:Melding sluiten");
    s.tap("button:Verwijderen:b.tafel", 400);
    s.tap("button:Ja, naar de prullenbak");
    s.expect(refused);
    RunOutcome r = play_script(dir / "sessions" / "a.tafel", s, dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_file(sessions / "b.tafel"), b_bytes) << "nothing changed";
    EXPECT_FALSE(fs::exists(sessions / "Prullenbak" / "b.tafel"));
    fs::remove_all(dir);
}
