// Every side of the table on the Rondom Jong board, through the real binary: each side's own undo
// stays in one place while the meeting walks its steps and cards are laid, a note sheet opens at
// the edge whose box was tapped, and the actions of a card turn to the side of the finger.
#include <gtest/gtest.h>

#include <regex>

#include "harness_support.hpp"

namespace tafel::harness {
namespace {

struct Rect {
    double x0, y0, x1, y1;
};

// Every rectangle printed for the target with --report-target (once per change of place).
std::vector<Rect> reported(const std::string& out) {
    std::vector<Rect> rects;
    std::regex re("Doel .*: ([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+)");
    for (auto it = std::sregex_iterator(out.begin(), out.end(), re); it != std::sregex_iterator(); ++it) {
        rects.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])});
    }
    return rects;
}

RunOutcome play_board(const std::string& name, const std::string& script, const std::string& target,
                      const std::string& options = "") {
    fs::path dir = temp_dir(name);
    fs::path session = dir / "s.tafel";
    EXPECT_EQ(run_app("new rondomjong --out " + quote(session.string()), dir).exit_code, 0);
    write_file(dir / "script.jsonl", "{\"t\":0,\"type\":\"wait\"}\n" + script);
    RunOutcome r = run_app(options + " --report-target " + quote(target) + " play " + quote(session.string()) +
                               " --input " + quote((dir / "script.jsonl").string()) + " --windowed 1920x1080",
                           dir);
    fs::remove_all(dir);
    return r;
}

std::string drag(int t, const std::string& card, const std::string& layer) {
    return "{\"t\":" + std::to_string(t) + ",\"type\":\"drag\",\"id\":1,\"from\":\"card:" + card +
           "\",\"to\":\"layer:" + layer + "\",\"ms\":300}\n";
}

}  // namespace

TEST(Sides, EachSidesUndoStaysInOnePlaceWhileTheMeetingGoesOn) {
    for (const char* side : {"onderkant", "bovenkant", "linkerkant", "rechterkant"}) {
        SCOPED_TRACE(side);
        std::string script = drag(300, "MENTOR", "fundament") + drag(900, "DOCENT", "basis") +
                             drag(1500, "LEERLING", "extra") + drag(2100, "HUISARTS", "intensief");
        int t = 2400;
        for (int step = 1; step < 11; ++step) script += tap(t += 300, "button:Volgende stap");
        script += tap(t += 300, std::string("button:Ongedaan ") + side);
        RunOutcome r = play_board("sides-undo", script, std::string("button:Ongedaan ") + side);
        ASSERT_EQ(r.exit_code, 0) << r.err;
        const std::vector<Rect> places = reported(r.out);
        ASSERT_EQ(places.size(), 1u) << "it moved: " << r.out;
        // More than 10 mm both ways at the 96 dpi of a window that reports no size (3.78 px/mm).
        EXPECT_GE(places[0].x1 - places[0].x0, 10 * 3.78) << r.out;
        EXPECT_GE(places[0].y1 - places[0].y0, 10 * 3.78) << r.out;
    }
}

TEST(Sides, OnAPanelTheLeftAndRightBoxesHoldTheQuestionInTheCardsFont) {
    // On a 55" panel the corners beside the pyramid's narrow top are large: the boxes there
    // are deep enough for lines of the cards' font (12 mm) beside their buttons. On a laptop's
    // 96 dpi the corner is small and the box keeps its usual 27 mm.
    for (const char* side : {"linkerkant", "rechterkant"}) {
        SCOPED_TRACE(side);
        const std::string target = std::string("vraag:") + side;
        const RunOutcome panel = play_board("sides-panel", "", target, "--dpi 40");
        ASSERT_EQ(panel.exit_code, 0) << panel.err;
        ASSERT_FALSE(reported(panel.out).empty()) << panel.out;
        const Rect p = reported(panel.out)[0];
        const double px_per_mm = 40 / 25.4;
        EXPECT_GE((p.x1 - p.x0) / px_per_mm, 55.0) << panel.out;   // the box's depth, less its padding
        EXPECT_GE((p.y1 - p.y0) / px_per_mm, 130.0) << panel.out;  // its length, less the buttons

        const RunOutcome laptop = play_board("sides-laptop", "", target);
        ASSERT_EQ(laptop.exit_code, 0) << laptop.err;
        ASSERT_FALSE(reported(laptop.out).empty()) << laptop.out;
        const Rect l = reported(laptop.out)[0];
        EXPECT_LE((l.x1 - l.x0) / (96 / 25.4), 28.0) << laptop.out;
    }
}

TEST(Sides, ANoteSheetOpensAtTheEdgeWhoseBoxWasTapped) {
    struct Case {
        const char* side;
        bool (*at_edge)(const Rect&);
    };
    const Case cases[] = {
        {"bovenkant", [](const Rect& r) { return r.y1 < 1080 * 0.5; }},
        {"linkerkant", [](const Rect& r) { return r.x1 < 1920 * 0.35; }},
        {"rechterkant", [](const Rect& r) { return r.x0 > 1920 * 0.65; }},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.side);
        const std::string script = tap(300, "button:Volgende stap") +  // step 2 takes a note
                                   tap(600, std::string("button:Notitie ") + c.side) + expect(900, "field:notitie");
        RunOutcome r = play_board("sides-note", script, "field:notitie");
        ASSERT_EQ(r.exit_code, 0) << r.err;
        const std::vector<Rect> places = reported(r.out);
        ASSERT_FALSE(places.empty()) << r.out;
        EXPECT_TRUE(c.at_edge(places.back())) << r.out;
    }
}

TEST(Sides, TheActionsOfACardTurnToTheSideOfTheFingerThatTappedIt) {
    // A card in the tray at the left edge: its actions stand sideways, beside it, on the screen.
    RunOutcome left = play_board("sides-card-left", tap(300, "card:CONCIËRGE"), "kaartactie:Kaart draaien");
    ASSERT_EQ(left.exit_code, 0) << left.err;
    std::vector<Rect> places = reported(left.out);
    ASSERT_FALSE(places.empty()) << left.out;
    Rect r = places.back();
    EXPECT_GT(r.y1 - r.y0, r.x1 - r.x0) << "turned towards the left edge: " << left.out;
    EXPECT_GE(r.x0, 0);
    // The same card laid at the bottom of the pyramid: its actions lie flat, for the bottom edge.
    RunOutcome bottom = play_board("sides-card-bottom", drag(300, "MENTOR", "fundament") + tap(900, "card:MENTOR"),
                                   "kaartactie:Kaart draaien");
    ASSERT_EQ(bottom.exit_code, 0) << bottom.err;
    places = reported(bottom.out);
    ASSERT_FALSE(places.empty()) << bottom.out;
    r = places.back();
    EXPECT_GT(r.x1 - r.x0, r.y1 - r.y0) << bottom.out;
    EXPECT_LE(r.y1, 1080);
}

}  // namespace tafel::harness
