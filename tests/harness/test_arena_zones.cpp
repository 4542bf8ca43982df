// The break-out zones through the real app: a long answer typed by finger on the on-screen
// keyboard is shown whole once its column is scrolled by finger, and a zone turned to its
// group's side stays turned when the session is opened again, with its sheets turned the same way.
#include <gtest/gtest.h>

#include <regex>

#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

// 130 characters, letters and spaces only, so every one is a key of the on-screen keyboard.
const std::string kLong =
    "de mentor belt elke week met thuis en de jongerenwerker zoekt hem op bij de snackbar zodat "
    "school en buurt samen naar hem omkijken";

const std::string kStart = "{\"t\":0,\"type\":\"wait\"}\n";

// Walks to the first break-out (the fifth step) of a new effectenarena; opened again later,
// the session is still there.
std::string to_breakout() {
    std::string s = kStart;
    for (int i = 0; i < 4; ++i) s += tap(200 + i * 300, "button:Volgende stap");
    return s;
}

std::string finger(int t, const std::string& type, const std::string& target, double dy) {
    return "{\"t\":" + std::to_string(t) + ",\"type\":\"" + type + "\",\"id\":1,\"target\":\"" + target +
           "\",\"dy\":" + std::to_string(dy) + "}\n";
}

fs::path new_arena(const fs::path& dir) {
    fs::path session = dir / "zones.tafel";
    EXPECT_EQ(run_app("new effectenarena --out " + quote(session.string()), dir).exit_code, 0);
    return session;
}

RunOutcome play(const fs::path& session, const fs::path& dir, const std::string& name, const std::string& lines,
                const std::string& before = "") {
    write_file(dir / name, lines);
    return run_app("--dpi 59 " + before + "play " + quote(session.string()) + " --input " +
                       quote((dir / name).string()) + " --windowed 1920x1080",
                   dir);
}

}  // namespace

TEST(ArenaZones, ALongAnswerTypedByFingerIsShownWholeAfterScrollingItsColumn) {
    fs::path dir = temp_dir("zones-long");
    fs::path session = new_arena(dir);
    // Ten answers fill the column School of group 1; the long one comes last, below them.
    std::string s = to_breakout();
    int t = 1500;
    for (int i = 1; i <= 10; ++i) {
        s += tap(t, "button:Nieuw antwoord") +
             line(t + 200, "text", "text", "Antwoord " + std::to_string(i) + " over wie wat doet op school") +
             tap(t + 400, "button:Opslaan");
        t += 700;
    }
    s += tap(t, "button:Nieuw antwoord");
    t += 300;
    for (char c : kLong) {
        s += tap(t, c == ' ' ? std::string("key:Spatie") : "key:" + std::string(1, static_cast<char>(c - 'a' + 'A')));
        t += 60;
    }
    s += tap(t + 200, "button:Opslaan");
    RunOutcome typed = play(session, dir, "typed.jsonl", s);
    ASSERT_EQ(typed.exit_code, 0) << typed.err;

    // The keyboard wrote a capital at the start of the field, the rest as tapped.
    const std::string shown = "text:D" + kLong.substr(1);
    ASSERT_EQ(kLong.size(), 130u);
    // Below the ten others, it is not in sight at first: the script stops at the expect line.
    RunOutcome hidden = play(session, dir, "hidden.jsonl", kStart + expect(1800, shown));
    EXPECT_NE(hidden.exit_code, 0) << "the long answer should lie below the others before scrolling";
    EXPECT_NE(hidden.err.find(shown), std::string::npos) << hidden.err;
    // A finger drags the column up twice; then the whole answer is in sight.
    std::string scroll = kStart;
    for (int k = 0; k < 2; ++k) {
        const int at = 1600 + k * 1200;
        scroll += finger(at, "finger_down", "kolom:School", 0.15) +
                  finger(at + 200, "finger_move", "kolom:School", 0.0) +
                  finger(at + 400, "finger_move", "kolom:School", -0.15) +
                  finger(at + 600, "finger_move", "kolom:School", -0.25) +
                  finger(at + 800, "finger_up", "kolom:School", -0.25);
    }
    scroll += expect(4400, shown);
    RunOutcome seen = play(session, dir, "scroll.jsonl", scroll);
    EXPECT_EQ(seen.exit_code, 0) << seen.err;
    // Scrolling is not tapping: no answer sheet opened, nothing was recorded by the drags.
    ASSERT_EQ(
        run_app("export " + quote(session.string()) + " --format arena-csv --out " + quote((dir / "a.csv").string()),
                dir)
            .exit_code,
        0);
    const std::string csv = read_file(dir / "a.csv");
    EXPECT_NE(csv.find(";D" + kLong.substr(1) + ";"), std::string::npos) << csv;
    fs::remove_all(dir);
}

TEST(ArenaZones, ATurnedZoneStaysTurnedAfterReopeningAndItsSheetsFollow) {
    fs::path dir = temp_dir("zones-turn");
    fs::path session = new_arena(dir);
    // Group 1 stands at the left short side: one tap on Draaien turns its zone to the left.
    RunOutcome turned = play(session, dir, "turn.jsonl", to_breakout() + tap(1600, "button:Draaien"));
    ASSERT_EQ(turned.exit_code, 0) << turned.err;
    EXPECT_NE(read_file(session).find("arena_zone_turned"), std::string::npos);

    // Opened again: group 1's answer sheet opens at the left edge, turned (taller than wide there).
    RunOutcome again = play(session, dir, "again.jsonl",
                            kStart + tap(1600, "button:Nieuw antwoord") + "{\"t\":2200,\"type\":\"wait\"}\n",
                            "--report-target field:antwoord ");
    ASSERT_EQ(again.exit_code, 0) << again.err;
    std::smatch m;
    ASSERT_TRUE(
        std::regex_search(again.out, m, std::regex("Doel field:antwoord: ([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+)")))
        << again.out;
    const double x0 = std::stod(m[1]), y0 = std::stod(m[2]), x1 = std::stod(m[3]), y1 = std::stod(m[4]);
    EXPECT_GT(y1 - y0, x1 - x0) << "the field of a sheet for the left side runs up the screen";
    EXPECT_LT(x1, 1920.0 * 0.5) << "the sheet lies at the left edge, where group 1 stands";

    // The zone itself faces left: its Draaien button lies along its left half, turned.
    RunOutcome where = play(session, dir, "where.jsonl", kStart + "{\"t\":1800,\"type\":\"wait\"}\n",
                            "--report-target button:Draaien ");
    ASSERT_EQ(where.exit_code, 0) << where.err;
    ASSERT_TRUE(
        std::regex_search(where.out, m, std::regex("Doel button:Draaien: ([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+)")))
        << where.out;
    EXPECT_GT(std::stod(m[4]) - std::stod(m[2]), std::stod(m[3]) - std::stod(m[1])) << "a turned button is tall";
    fs::remove_all(dir);
}
