// Every screen holds at the sizes where it is most at risk: the most millimetres on the fewest
// pixels (1920x1080 at a laptop's 96 DPI or a 75" 4K panel's 59 DPI, at the largest setting) and
// the emptiest (3840x2160 at a 55" panel's 40 DPI, at the smallest). The app walks to each screen
// by finger, and an `expect_fits` line checks that frame's targets: all inside the window, none
// cut off by a panel that cannot scroll, no label cut off by its button, no two buttons on top
// of one another (docs/targets.md).
#include <ostream>
#include <string>
#include <vector>

#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

const fs::path kDemos = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo";
const fs::path kFixtures(TAFEL_TEST_FIXTURES_DIR);

struct Size {
    const char* name;
    const char* options;  // before the command: --dpi and --scale
    const char* window;   // play's --windowed
};
void PrintTo(const Size& size, std::ostream* out) { *out << size.options << " " << size.window; }

// A sessions folder with both demos and a Rondom Jong session of a year later (for comparing),
// and the session a script plays on: a new one of `method` ("rondomjong", "effectenarena"), or
// a copy of that method's demo.
fs::path sessions_with(const fs::path& dir, const std::string& method, bool demo) {
    const fs::path sessions = dir / "sessions";
    fs::create_directories(sessions);
    fs::copy_file(kDemos / "demo-rondomjong.tafel", sessions / "rondomjong-baken-2026.tafel");
    fs::copy_file(kDemos / "demo-effectenarena.tafel", sessions / "arena-baken-2026.tafel");
    fs::copy_file(kFixtures / "rondomjong-baken-2027.tafel", sessions / "rondomjong-baken-2027.tafel");
    const fs::path played = dir / "played.tafel";
    if (demo) {
        fs::copy_file(kDemos / ("demo-" + method + ".tafel"), played);
    } else {
        EXPECT_EQ(run_app("new " + method + " --out " + quote(played.string()), dir).exit_code, 0);
    }
    return played;
}

// Plays `script` at `size`; returns "" or what the app said was wrong (the line and the targets).
std::string play_at(const Size& size, const std::string& method, bool demo, const Script& script,
                    const std::string& name) {
    fs::path dir = temp_dir(std::string("fit-") + name);
    fs::path played = sessions_with(dir, method, demo);
    write_file(dir / "script.jsonl", script.text);
    RunOutcome r = run_app(std::string(size.options) + " play " + quote(played.string()) + " --input " +
                               quote((dir / "script.jsonl").string()) + " --windowed " + size.window,
                           dir);
    fs::remove_all(dir);
    return r.exit_code == 0 ? std::string() : r.err + r.out;
}

void fits(Script& s) { s.line("\"type\":\"expect_fits\"", 400); }

class ScreensFit : public ::testing::TestWithParam<Size> {};

}  // namespace

TEST_P(ScreensFit, TheRondomJongBoardWithItsSheetsAndTheSizePanel) {
    Script s;
    s.line("\"type\":\"wait\"", 0);
    fits(s);  // step 1
    // Where the question fills the side panel, a finger scrolls it to the explanation's button.
    s.line("\"type\":\"finger_down\",\"id\":3,\"target\":\"button:Volgorde: van boven naar beneden\"", 300);
    for (double y : {0.4, 0.3, 0.2})
        s.line("\"type\":\"finger_move\",\"id\":3,\"x\":0.85,\"y\":" + std::to_string(y), 50);
    s.line("\"type\":\"finger_up\",\"id\":3,\"x\":0.85,\"y\":0.2", 50);
    s.tap("button:Uitleg bij deze laag", 300);
    s.expect("button:Uitleg verbergen");
    fits(s);
    for (int step = 2; step <= 5; ++step) s.tap("button:Volgende stap", 300);
    fits(s);  // a step with a note, the explanation still open
    s.tap("button:Lege kaart");
    fits(s);
    s.tap("button:Sluiten");
    s.tap("button:Nieuwe actiekaart");
    fits(s);
    s.tap("button:Sluiten");
    s.tap("button:Gegevens van de sessie");
    fits(s);
    s.tap("button:Annuleren");
    s.tap("button:Grootte instellen");  // over the board and the boxes of the sides
    s.expect("button:Laptop");
    fits(s);
    EXPECT_EQ(play_at(GetParam(), "rondomjong", false, s, "board"), "");
}

TEST_P(ScreensFit, TheDemosFullBoardKeepsEveryCardOnTheScreen) {
    // 31 cards in four layers, tall ones among them: where the screen cannot hold them at the
    // floor they get smaller, but none lies off the screen (they spilled off on a laptop at 150%).
    Script s;
    s.line("\"type\":\"wait\"", 0);
    fits(s);
    EXPECT_EQ(play_at(GetParam(), "rondomjong", true, s, "full-board"), "");
}

TEST_P(ScreensFit, TheStartScreenAndTheReviewOfBothMethods) {
    Script s;
    s.line("\"type\":\"wait\"", 0);
    s.tap("button:Naar beginscherm", 300);
    fits(s);
    s.tap("button:Grootte instellen");
    fits(s);
    s.tap("button:Klaar");
    s.tap("option:rondomjong-baken-2026.tafel", 400);
    s.expect("option:laag-intensief");
    fits(s);  // the board as it was, and the timeline with a jump per layer
    s.tap("button:Actieplan");
    fits(s);
    s.tap("button:Naar beginscherm");
    s.tap("option:arena-baken-2026.tafel", 400);
    s.expect("option:stap-9");
    fits(s);  // the effectenarena's timeline with a jump per programme step
    s.tap("button:Naar beginscherm");
    s.tap("button:Twee sessies vergelijken", 400);
    s.tap("option:sessie-rondomjong-baken-2026");
    s.tap("option:sessie-rondomjong-baken-2027");
    s.tap("button:Vergelijken");
    s.expect("button:Andere sessies kiezen");
    fits(s);
    EXPECT_EQ(play_at(GetParam(), "effectenarena", false, s, "review"), "");
}

TEST_P(ScreensFit, TheEffectenarenaFromItsPreparationToItsAfsluiting) {
    Script prepare;
    prepare.line("\"type\":\"wait\"", 0);
    prepare.expect("button:weg-1");
    fits(prepare);  // a new session opens on its preparation
    prepare.tap("button:Persona bewerken-mohammed");
    fits(prepare);
    prepare.tap("button:Sluiten");
    prepare.tap("button:Klaar");
    prepare.tap("button:Volgende stap");
    fits(prepare);  // a step view
    EXPECT_EQ(play_at(GetParam(), "effectenarena", false, prepare, "prepare"), "");

    Script walk;  // on the demo, which ends at the Afsluiting with its reports
    walk.line("\"type\":\"wait\"", 0);
    fits(walk);
    walk.tap("button:Arena");
    walk.expect("zone:effecten");
    fits(walk);
    for (const char* step : {"5", "6", "7", "8"}) {  // break-outs with answers and plenaries
        walk.tap("button:Programma");
        walk.tap(std::string("button:Stap ") + step);
        fits(walk);
    }
    EXPECT_EQ(play_at(GetParam(), "effectenarena", true, walk, "walk"), "");
}

INSTANTIATE_TEST_SUITE_P(RiskySizes, ScreensFit,
                         ::testing::Values(Size{"Laptop96dpiLargest1080p", "--dpi 96 --scale 1.5", "1920x1080"},
                                           Size{"Panel59dpiLargest1080p", "--dpi 59 --scale 1.5", "1920x1080"},
                                           Size{"Panel40dpiSmallest4K", "--dpi 40 --scale 0.8", "3840x2160"}),
                         [](const ::testing::TestParamInfo<Size>& info) { return std::string(info.param.name); });
