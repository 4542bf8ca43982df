// The effectenarena through the real app: a script walks the whole programme with fingers
// and on-screen keyboards, and the export is exactly what was written.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <regex>

#include "core/session/session_file.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {
bool looks_like_a_picture(const fs::path& png) {
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load(png.c_str(), &w, &h, &channels, 3);
    if (!pixels) return false;
    stbi_image_free(pixels);
    return w == 1920 && h == 1080;
}
}  // namespace

TEST(ArenaPlay, TheWholeProgrammeGivesExactlyTheExpectedArenaCsv) {
    fs::path dir = temp_dir("arena");
    fs::path session = dir / "arena.tafel";
    ASSERT_EQ(
        run_app("new effectenarena --out " + quote(session.string()) + " --title 'Effectenarena test'", dir).exit_code,
        0);
    RunOutcome r =
        run_app("play " + quote(session.string()) + " --input " + quote(script("arena_programme.jsonl").string()) +
                    " --screenshot " + quote((dir / "plenair.png").string()),
                dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(
        run_app("export " + quote(session.string()) + " --format arena-csv --out " + quote((dir / "a.csv").string()),
                dir)
            .exit_code,
        0);
    EXPECT_EQ(
        read_file(dir / "a.csv"),
        "\xEF\xBB\xBF"
        "Groep;Persona;Stap;Vraag;Leefdomein;Partij;Antwoord;Type;Arena\r\n"
        "Groep 1;Mohammed;Break-out sessie;Vraag 1;School;MENTOR;Mentor belt thuis;Trend;Activiteiten\r\n"
        "Groep 1;Mohammed;Break-out sessie;Vraag 1;Straat en buurt / vrije tijd;JONGERENWERKER;"
        "Jongerenwerker spreekt hem aan bij de snackbar;;Activiteiten\r\n"
        "Groep 1;Mohammed;Break-out sessie;Vraag 2;School;;Hij komt weer vaker naar school;Conclusie;"
        "Maatschappelijke effecten\r\n"
        "Groep 1;Mohammed;Break-out sessies;Vraag 3;Gezin;;Ouders eerder betrekken;Nodig;\r\n"
        "Groep 2;Sara;Break-out sessie;Vraag 1;Gezin;JEUGDVERPLEEGKUNDIGE/JEUGDARTS;Huisbezoek door de "
        "jeugdverpleegkundige;;\r\n"
        "Groep 2;Sara;Break-out sessie;Vraag 2;School;MENTOR;Sara durft iets te vertellen aan haar mentor;Probleem;"
        "Maatschappelijke effecten\r\n"
        "Groep 2;Sara;Plenaire terugkoppeling;Vraag 3;Gezin;;Broertje opvangen na school;;\r\n");
    // Goals, the need and the two lines that stayed (the third was drawn and taken away again).
    ASSERT_EQ(run_app("export " + quote(session.string()) + " --format md --out " + quote((dir / "a.md").string()), dir)
                  .exit_code,
              0);
    const std::string md = read_file(dir / "a.md");
    EXPECT_NE(md.find("**Doel:** Mohammed voelt zich op school gezien en gehoord"), std::string::npos) << md;
    EXPECT_NE(md.find("**Doel:** Sara weet bij wie ze op school terechtkan"), std::string::npos) << md;
    EXPECT_NE(md.find("- **Nodig:** Een vaste vertrouwenspersoon op school — **wat moet er gebeuren:** Elke week een "
                      "kort gesprek "
                      "met de coach — **beleggen bij:** Zorgcoördinator"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("**Lijnen**\n\n- Mentor belt thuis → Hij komt weer vaker naar school\n"
                      "- Jongerenwerker spreekt hem aan bij de snackbar → Hij komt weer vaker naar school\n\n"),
              std::string::npos)
        << md;
    ASSERT_EQ(run_app("export " + quote(session.string()) + " --format md --challenges-only --out " +
                          quote((dir / "c.md").string()),
                      dir)
                  .exit_code,
              0);
    EXPECT_EQ(read_file(dir / "c.md").find("Mentor belt thuis"), std::string::npos) << "a Trend is not a challenge";
    EXPECT_TRUE(looks_like_a_picture(dir / "plenair.png"));
    fs::remove_all(dir);
}

TEST(ArenaPlay, TheStepViewScreenshotAndAPausedClockDrawsNothing) {
    fs::path dir = temp_dir("arenastep");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new effectenarena --out " + quote(session.string()), dir).exit_code, 0);
    RunOutcome r =
        run_app("play " + quote(session.string()) + " --input " + quote(script("arena_step_view.jsonl").string()) +
                    " --screenshot " + quote((dir / "stap.png").string()),
                dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(looks_like_a_picture(dir / "stap.png"));
    // Paused clock: 10 s of script time after one tap must stay (nearly) without frames.
    write_file(dir / "idle.jsonl",
               "{\"t\":0,\"type\":\"tap\",\"target\":\"button:Klok pauzeren\"}\n{\"t\":10000,\"type\":\"wait\"}\n");
    r = run_app("--report-frames play " + quote(session.string()) + " --input " + quote((dir / "idle.jsonl").string()),
                dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex("Getekende frames: (\\d+)"))) << r.out;
    EXPECT_LT(std::stoi(m[1]), 30);
    // A running clock wakes the app about once a second, not every frame.
    write_file(dir / "run.jsonl",
               "{\"t\":0,\"type\":\"tap\",\"target\":\"button:Klok starten\"}\n{\"t\":10000,\"type\":\"wait\"}\n");
    r = run_app("--report-frames play " + quote(session.string()) + " --input " + quote((dir / "run.jsonl").string()),
                dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex("Getekende frames: (\\d+)"))) << r.out;
    std::cout << "frames over 10 s of script time with the clock running: " << m[1] << "\n";
    // 600 frames would mean a redraw every frame. The clock reads the wall clock while play runs on
    // script time, so the exact count depends on the machine's speed: allow a wide margin.
    EXPECT_LT(std::stoi(m[1]), 200);
    fs::remove_all(dir);
}

namespace {

std::string pdf_text(const fs::path& pdf, const fs::path& dir) {
    const fs::path txt = dir / "verslag.txt";
    const std::string command = "pdftotext -layout " + quote(pdf.string()) + " " + quote(txt.string());
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return read_file(txt);
}

}  // namespace

// Issue 11, done when: an effectenarena by finger only (nothing on the command line after
// `new`): a step re-timed after the start, a deck party (a blank card "GEMEENTE") laid as
// investeerder, and the report made at the Afsluiting, in the folder the screen names.
TEST(ArenaPlay, RetimedAfterTheStartADeckPartyAsInvesteerderAndTheReportAtTheAfsluiting) {
    const fs::path dir = temp_dir("arena-flow");
    const fs::path sessions = dir / "sessions";
    fs::create_directories(sessions);
    const fs::path session = sessions / "arena.tafel";
    ASSERT_EQ(run_app("new effectenarena --out " + quote(session.string()), dir).exit_code, 0);
    Script s;
    s.line("\"type\":\"wait\"", 0);
    s.tap("button:Klaar", 300);          // the preparation opens first
    s.tap("button:Volgende stap", 300);  // the meeting has started: step 2, Intro Effectenarena
    s.tap("button:+5 min");              // the intro takes 15 minutes instead of 10
    s.tap("button:Programma", 300);
    s.tap("button:Stap 1 korter");  // the welcome is over: refused, nothing changes
    s.tap("button:Stap 3 langer");  // the persona introduction 20 minutes instead of 15
    s.tap("button:Programma", 300);
    s.tap("button:Arena", 300);
    s.tap("button:+ Partij uit de stapel", 300);
    s.keys("GEMEENTE");
    s.tap("option:investeerders");
    s.tap("button:Opslaan", 300);
    s.tap("button:Arena", 300);
    s.tap("button:Programma", 300);
    s.tap("button:Stap 9", 300);
    s.tap("button:Verslag maken", 400);
    const std::string name = "Effectenarena " + tafel::today_dd_mm_yyyy() + " - verslag.pdf";
    s.expect("text:Opgeslagen in de map Verslagen bij de sessies, als " + name + ".");
    write_file(dir / "script.jsonl", s.text);
    const RunOutcome r =
        run_app("play " + quote(session.string()) + " --input " + quote((dir / "script.jsonl").string()) +
                    " --screenshot " + quote((dir / "afsluiting.png").string()),
                dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;

    const tafel::Session saved = tafel::load_session(session);
    const tafel::EffectenarenaState& ea = saved.state().effectenarena;
    EXPECT_EQ(ea.steps[0].minutes, 30) << "a step already walked keeps its time";
    EXPECT_EQ(ea.steps[1].minutes, 15);
    EXPECT_EQ(ea.steps[2].minutes, 20);
    EXPECT_EQ(ea.steps[3].start, "16:05");
    EXPECT_EQ(ea.steps[8].start, "17:35") << "ten minutes more in all: the afsluiting ten minutes later";
    const auto investeerders = ea.answers_in_zone("investeerders");
    ASSERT_EQ(investeerders.size(), 1u);
    EXPECT_EQ(investeerders.front()->party, "GEMEENTE");
    EXPECT_TRUE(investeerders.front()->from_deck());

    const fs::path pdf = sessions / "Verslagen" / name;
    ASSERT_TRUE(fs::exists(pdf)) << pdf;
    const std::string text = pdf_text(pdf, dir);
    EXPECT_NE(text.find("GEMEENTE"), std::string::npos) << text;
    EXPECT_NE(text.find("Investeerders"), std::string::npos) << text;
    EXPECT_NE(text.find("17:35"), std::string::npos) << "the programme as re-timed";
    EXPECT_TRUE(looks_like_a_picture(dir / "afsluiting.png"));
    fs::remove_all(dir);
}
