#include <gtest/gtest.h>
#include <stb_image.h>

#include <cmath>
#include <regex>
#include <set>

#include "core/session/session_file.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {
// Distinct colours in a PNG, and its size: a blank or single-colour screenshot has very few.
struct Picture {
    int width = 0, height = 0;
    size_t colours = 0;
};
Picture look_at(const fs::path& png) {
    Picture p;
    int channels = 0;
    unsigned char* pixels = stbi_load(png.c_str(), &p.width, &p.height, &channels, 3);
    if (!pixels) return p;
    std::set<unsigned> seen;
    for (int i = 0; i < p.width * p.height; i += 7) {
        seen.insert((pixels[i * 3] << 16) | (pixels[i * 3 + 1] << 8) | pixels[i * 3 + 2]);
    }
    stbi_image_free(pixels);
    p.colours = seen.size();
    return p;
}
}  // namespace

TEST(Play, ANewSessionShowsTheBoardInTheScreenshot) {
    fs::path dir = temp_dir("start");
    fs::path session = dir / "nieuw.tafel";
    ASSERT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    RunOutcome r =
        run_app("play " + quote(session.string()) + " --input " + quote(script("start_of_session.jsonl").string()) +
                    " --screenshot " + quote((dir / "shot.png").string()),
                dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    Picture p = look_at(dir / "shot.png");
    EXPECT_EQ(p.width, 1920);
    EXPECT_EQ(p.height, 1080);
    EXPECT_GT(p.colours, 50u) << "the screenshot looks blank";
    // The tap on "Volgende stap" went through the real touch path and was saved.
    RunOutcome check = run_app("check " + quote(session.string()), dir);
    EXPECT_NE(check.out.find("1 gebeurtenissen"), std::string::npos) << check.out;
    fs::remove_all(dir);
}

TEST(Play, SeveralPeopleAtOnceGiveExactlyTheExpectedExports) {
    fs::path dir = temp_dir("many");
    fs::path session = dir / "tafel.tafel";
    ASSERT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    RunOutcome r =
        run_app("play " + quote(session.string()) + " --input " + quote(script("board_many_people.jsonl").string()) +
                    " --screenshot " + quote((dir / "shot.png").string()),
                dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(
        run_app("export " + quote(session.string()) + " --format board-csv --out " + quote((dir / "b.csv").string()),
                dir)
            .exit_code,
        0);
    ASSERT_EQ(
        run_app("export " + quote(session.string()) + " --format actions-csv --out " + quote((dir / "a.csv").string()),
                dir)
            .exit_code,
        0);
    EXPECT_EQ(read_file(dir / "b.csv"),
              "\xEF\xBB\xBF"
              "Laag;Kaart;Status;Afwezig\r\n"
              "Het fundament;BUURTSPORTCOACH;betrokken;nee\r\n"
              "Sterke basis;DOCENT;betrokken;nee\r\n"
              "Sterke basis;MENTOR;betrokken;nee\r\n"
              "Extra ondersteuning;HUISARTS;nog niet betrokken;nee\r\n");
    EXPECT_EQ(read_file(dir / "a.csv"),
              "\xEF\xBB\xBF"
              "Naam;Laag;Actie;Doel;Samen met;Gepland klaar;Afgerond op;Status\r\n"
              "Sanne de Vries;Sterke basis;\"Mentoruur over stress; met “check-in”\";"
              "Leerlingen weten bij wie ze terechtkunnen;;01-04-2027;;open\r\n"
              "Joost;Intensieve ondersteuning;;;;;;bezig\r\n");
    EXPECT_GT(look_at(dir / "shot.png").colours, 50u);
    fs::remove_all(dir);
}

TEST(Play, AnUnknownTargetIsAnErrorNamingItsLine) {
    fs::path dir = temp_dir("unknown");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    write_file(dir / "bad.jsonl",
               "{\"t\":0,\"type\":\"wait\"}\n{\"t\":100,\"type\":\"tap\",\"target\":\"button:Bestaat niet\"}\n");
    RunOutcome r = run_app("play " + quote(session.string()) + " --input " + quote((dir / "bad.jsonl").string()), dir);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("regel 2"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("button:Bestaat niet"), std::string::npos) << r.err;
    fs::remove_all(dir);
}

TEST(Play, AnIdleAppDrawsNoFrames) {
    // One tap, then 10 s of script time in which nothing happens: the frame loop must sleep.
    fs::path dir = temp_dir("idle");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    write_file(dir / "idle.jsonl",
               "{\"t\":0,\"type\":\"tap\",\"target\":\"button:Volgende stap\"}\n{\"t\":10000,\"type\":\"wait\"}\n");
    RunOutcome r = run_app(
        "--report-frames play " + quote(session.string()) + " --input " + quote((dir / "idle.jsonl").string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex("Getekende frames: (\\d+)"))) << r.out;
    const int frames = std::stoi(m[1]);
    std::cout << "frames drawn over 10 s of script time with one tap: " << frames << "\n";
    EXPECT_LT(frames, 30) << "600 frames would be drawn at 60 Hz without the idle sleep";
    fs::remove_all(dir);
}

TEST(Play, PngExportDrawsTheBoardAndLeavesTheSessionAlone) {
    fs::path dir = temp_dir("png");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    write_file(dir / "lay.jsonl",
               "{\"t\":0,\"type\":\"drag\",\"from\":\"card:MENTOR\",\"to\":\"layer:basis\",\"ms\":300}\n");
    ASSERT_EQ(
        run_app("play " + quote(session.string()) + " --input " + quote((dir / "lay.jsonl").string()), dir).exit_code,
        0);
    const std::string before = read_file(session);
    RunOutcome r = run_app("export " + quote(session.string()) + " --format png --size 1280x800 --out " +
                               quote((dir / "bord.png").string()),
                           dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    Picture p = look_at(dir / "bord.png");
    EXPECT_EQ(p.width, 1280);
    EXPECT_EQ(p.height, 800);
    EXPECT_GT(p.colours, 50u);
    EXPECT_EQ(read_file(session), before);
    EXPECT_EQ(run_app("export " + quote(session.string()) + " --format png --size 5x5 --out " +
                          quote((dir / "x.png").string()),
                      dir)
                  .exit_code,
              1);
    fs::remove_all(dir);
}

namespace {
// A bundled demo is made by a play script through the real touch path; replaying the script on
// a new session made with the same `new` arguments must give exactly the bundled exports.
void expect_script_rebuilds_demo(const std::string& name, const std::string& kind_and_meta,
                                 std::initializer_list<const char*> formats, const std::string& check_says) {
    fs::path dir = temp_dir("demo-" + name);
    const fs::path demo_dir = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo";
    const fs::path bundled = demo_dir / ("demo-" + name + ".tafel");
    const fs::path session = dir / "demo.tafel";
    ASSERT_EQ(run_app("new " + kind_and_meta + " --out " + quote(session.string()), dir).exit_code, 0);
    RunOutcome r = run_app(
        "play " + quote(session.string()) + " --input " + quote((demo_dir / (name + "-demo.jsonl")).string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* format : formats) {
        for (const auto& [file, out] : {std::pair{session, dir / "new.out"}, std::pair{bundled, dir / "old.out"}}) {
            ASSERT_EQ(run_app(std::string("export ") + quote(file.string()) + " --format " + format + " --out " +
                                  quote(out.string()),
                              dir)
                          .exit_code,
                      0);
        }
        EXPECT_EQ(read_file(dir / "new.out"), read_file(dir / "old.out")) << format;
    }
    RunOutcome check = run_app("check " + quote(bundled.string()), dir);
    EXPECT_NE(check.out.find(check_says), std::string::npos) << check.out;
    fs::remove_all(dir);
}
}  // namespace

TEST(Demo, TheScriptRebuildsTheBundledDemo) {
    expect_script_rebuilds_demo("rondomjong",
                                "rondomjong --title 'Rondom Jong – Het Baken College' --school 'Het Baken College'"
                                " --facilitator 'Marieke Jansen (Gezonde School-adviseur)' --date 22-11-2026",
                                {"board-csv", "actions-csv", "md"}, "10 actiekaarten");
}

TEST(Play, UndoAndRedoWorkThroughTheButtons) {
    fs::path dir = temp_dir("undo");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    RunOutcome r =
        run_app("play " + quote(session.string()) + " --input " + quote(script("turn_and_undo.jsonl").string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(
        run_app("export " + quote(session.string()) + " --format board-csv --out " + quote((dir / "b.csv").string()),
                dir)
            .exit_code,
        0);
    // Two cards laid, both undone, one redone: MENTOR lies in the basis, DOCENT is back in the tray.
    EXPECT_EQ(read_file(dir / "b.csv"),
              "\xEF\xBB\xBF"
              "Laag;Kaart;Status;Afwezig\r\n"
              "Sterke basis;MENTOR;betrokken;nee\r\n");
    fs::remove_all(dir);
}

TEST(Play, ASecondFingerTurnsAHeldCard) {
    // Finger 1 holds MENTOR where it lies; finger 2 lands on the same card and circles a quarter
    // turn around finger 1 (counter-clockwise on screen): the card is turned 90 degrees.
    fs::path dir = temp_dir("turn");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    std::string script_text =
        "{\"t\":0,\"type\":\"drag\",\"id\":1,\"from\":\"card:MENTOR\",\"to\":\"layer:basis\",\"ms\":300}\n"
        "{\"t\":700,\"type\":\"finger_down\",\"id\":1,\"target\":\"card:MENTOR\"}\n"
        "{\"t\":800,\"type\":\"finger_down\",\"id\":2,\"target\":\"card:MENTOR\",\"dx\":0.03}\n";
    // Radius 0.03 of the width; the height is 1080/1920 of the width, so y offsets scale by 1920/1080.
    for (int i = 1; i <= 10; ++i) {
        const double a = 3.14159265 / 2 * i / 10;
        char line[200];
        std::snprintf(
            line, sizeof line,
            "{\"t\":%d,\"type\":\"finger_move\",\"id\":2,\"target\":\"card:MENTOR\",\"dx\":%.4f,\"dy\":%.4f}\n",
            800 + 30 * i, 0.03 * std::cos(a), -0.03 * std::sin(a) * 1920.0 / 1080.0);
        script_text += line;
    }
    script_text +=
        "{\"t\":1200,\"type\":\"finger_up\",\"id\":2,\"x\":0.5,\"y\":0.1}\n"
        "{\"t\":1300,\"type\":\"finger_up\",\"id\":1,\"target\":\"card:MENTOR\"}\n"
        "{\"t\":1600,\"type\":\"wait\"}\n";
    write_file(dir / "turn.jsonl", script_text);
    RunOutcome r = run_app("play " + quote(session.string()) + " --input " + quote((dir / "turn.jsonl").string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // The events as the whole file writes them (the journal writes them compactly).
    const std::string saved = tafel::session_to_json(tafel::load_session(session));
    EXPECT_NE(saved.find("\"card_rotated\""), std::string::npos);
    EXPECT_NE(saved.find("\"degrees\": 90"), std::string::npos) << "the card should be turned a quarter";
    fs::remove_all(dir);
}

TEST(Demo, TheScriptRebuildsTheBundledEffectenarena) {
    expect_script_rebuilds_demo("effectenarena",
                                "effectenarena --title 'Effectenarena – Het Baken College' --school 'Het Baken College'"
                                " --facilitator 'Marieke Jansen (Gezonde School-adviseur)' --date 17-11-2026",
                                {"arena-csv", "md"}, "73 gebeurtenissen");
}

TEST(Play, ActionCardDatesArePickedWithFingers) {
    // A typed date, then stepped with the buttons under the date fields.
    fs::path dir = temp_dir("dates");
    fs::path session = dir / "s.tafel";
    ASSERT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    RunOutcome r = run_app(
        "play " + quote(session.string()) + " --input " + quote(script("action_card_dates.jsonl").string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(
        run_app("export " + quote(session.string()) + " --format actions-csv --out " + quote((dir / "a.csv").string()),
                dir)
            .exit_code,
        0);
    // 01-04-2027, + 1 week, + 1 month.
    EXPECT_EQ(read_file(dir / "a.csv"),
              "\xEF\xBB\xBF"
              "Naam;Laag;Actie;Doel;Samen met;Gepland klaar;Afgerond op;Status\r\n"
              "Sanne;Het fundament;;;;08-05-2027;;open\r\n");
    fs::remove_all(dir);
}
