// The effectenarena through the real app: a script walks the whole programme with fingers
// and on-screen keyboards, and the export is exactly what was written.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <regex>

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
        "Groep;Persona;Stap;Vraag;Leefdomein;Partij;Antwoord;Type\r\n"
        "Groep 1;Mohammed;Break-out sessie;Vraag 1;School;MENTOR;Mentor belt thuis;Trend\r\n"
        "Groep 1;Mohammed;Break-out sessie;Vraag 1;Straat en buurt / vrije tijd;JONGERENWERKER;"
        "Jongerenwerker spreekt hem aan bij de snackbar;\r\n"
        "Groep 1;Mohammed;Break-out sessie;Vraag 2;School;;Hij komt weer vaker naar school;Conclusie\r\n"
        "Groep 1;Mohammed;Break-out sessies;Vraag 3;Gezin;;Ouders eerder betrekken;Nodig\r\n"
        "Groep 2;Sara;Break-out sessie;Vraag 1;Gezin;JEUGDVERPLEEGKUNDIGE/JEUGDARTS;Huisbezoek door de "
        "jeugdverpleegkundige;\r\n"
        "Groep 2;Sara;Break-out sessie;Vraag 2;School;MENTOR;Sara durft iets te vertellen aan haar mentor;Probleem\r\n"
        "Groep 2;Sara;Plenaire terugkoppeling;Vraag 3;Gezin;;Broertje opvangen na school;\r\n");
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
