// Review through the real binary: a saved session opens read-only, the timeline steps and
// plays, "Verder vergaderen" goes live, a follow-up only appends, and --at works on exports.
#include <gtest/gtest.h>

#include <regex>

#include "core/rondomjong/exports.hpp"
#include "core/review/overview.hpp"
#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

const fs::path kDemo = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-rondomjong.tafel";

// A folder with the demo in its sessions/ list, as demo.tafel.
fs::path with_demo(const std::string& name) {
    fs::path dir = temp_dir(name);
    fs::create_directories(dir / "sessions");
    fs::copy_file(kDemo, dir / "sessions" / "demo.tafel");
    return dir;
}

// From the live board (where `play` starts) to the start screen and into review of demo.tafel.
std::string open_review() {
    return "{\"t\":0,\"type\":\"wait\"}\n" + tap(200, "button:Naar beginscherm") + tap(600, "option:demo.tafel");
}

}  // namespace

TEST(Review, StepsPlaysAndJumpsThroughTheMeetingWithoutChangingIt) {
    fs::path dir = with_demo("review");
    fs::path session = dir / "sessions" / "demo.tafel";
    const tafel::Session demo = tafel::load_session(kDemo);
    const size_t n = demo.events().size();
    const std::string of = " van " + std::to_string(n);
    const size_t end_basis = tafel::end_of_layer(demo, "basis");
    std::string script = open_review() + expect(1000, "text:Gebeurtenis " + std::to_string(n) + of) +
                         tap(1100, "button:Begin") + expect(1400, "text:Gebeurtenis 0" + of) +
                         tap(1500, "button:Volgende gebeurtenis") + tap(1800, "button:Volgende gebeurtenis") +
                         expect(2100, "text:Gebeurtenis 2" + of) + tap(2200, "button:Vorige gebeurtenis") +
                         expect(2500, "text:Gebeurtenis 1" + of) + tap(2600, "option:laag-basis") +
                         expect(2900, "text:Gebeurtenis " + std::to_string(end_basis) + of) +
                         // At 16x the rest of the demo (under 45 s of meeting) plays in a few seconds.
                         tap(3000, "button:16×") + tap(3300, "button:Afspelen") + expect(3700, "button:Pauze") +
                         expect(9000, "text:Gebeurtenis " + std::to_string(n) + of) + expect(9100, "button:Afspelen");
    write_file(dir / "review.jsonl", script);
    RunOutcome r =
        run_app("play " + quote(session.string()) + " --input " + quote((dir / "review.jsonl").string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_file(session), read_file(kDemo)) << "review must not change the session file";
    fs::remove_all(dir);
}

TEST(Review, AnIdleReviewDrawsNoFrames) {
    fs::path dir = with_demo("review-idle");
    fs::path session = dir / "sessions" / "demo.tafel";
    write_file(dir / "idle.jsonl", open_review() + tap(1000, "button:Begin") + "{\"t\":11000,\"type\":\"wait\"}\n");
    RunOutcome r = run_app(
        "--report-frames play " + quote(session.string()) + " --input " + quote((dir / "idle.jsonl").string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex("Getekende frames: (\\d+)"))) << r.out;
    EXPECT_LT(std::stoi(m[1]), 60) << "a paused review must not draw 60 frames a second";
    fs::remove_all(dir);
}

TEST(Review, VerderVergaderenContinuesTheMeetingLive) {
    fs::path dir = with_demo("review-live");
    fs::path session = dir / "sessions" / "demo.tafel";
    write_file(dir / "live.jsonl",
               open_review() + tap(1000, "button:Verder vergaderen") +
                   "{\"t\":1400,\"type\":\"drag\",\"from\":\"card:FAMILIE\",\"to\":\"layer:intensief\",\"ms\":300}\n" +
                   "{\"t\":2500,\"type\":\"wait\"}\n");
    RunOutcome r = run_app("play " + quote(session.string()) + " --input " + quote((dir / "live.jsonl").string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const tafel::Session after = tafel::load_session(session);
    ASSERT_EQ(after.events().size(), 175u);
    EXPECT_STREQ(after.events().back().kind(), "card_moved");
    fs::remove_all(dir);
}

TEST(Review, AFollowUpThroughTheScreenOnlyAppendsEvents) {
    fs::path dir = with_demo("review-followup");
    fs::path session = dir / "sessions" / "demo.tafel";
    const tafel::Session demo = tafel::load_session(kDemo);
    // Typed on a physical keyboard this time: it types into the sheet used last.
    std::string script = open_review() + tap(1000, "button:Actieplan") + tap(1300, "button:Opvolging starten") +
                         expect(1500, "field:datum");
    for (int i = 0; i < 10; ++i)
        script += "{\"t\":" + std::to_string(1600 + i * 50) + ",\"type\":\"key\",\"key\":\"Backspace\"}\n";
    script += line(2200, "text", "text", "15-03-2027") + line(2400, "key", "key", "Return") +
              tap(2900, "button:Afgerond 1") + tap(3300, "button:Notitie 2") + expect(3500, "field:opvolgnotitie") +
              line(3900, "text", "text", "Eerste gesprek is gepland.") + tap(4300, "button:Opslaan") +
              // Escape closes a sheet without recording anything, even a complete card.
              tap(4500, "button:Nieuwe actiekaart") + line(4700, "text", "text", "Niet bewaren") +
              tap(4800, "field:actie") + line(4900, "text", "text", "Ook niet") + line(5000, "key", "key", "Escape") +
              tap(5200, "option:filter-status-afgerond") + "{\"t\":5700,\"type\":\"wait\"}\n";
    write_file(dir / "followup.jsonl", script);
    RunOutcome r =
        run_app("play " + quote(session.string()) + " --input " + quote((dir / "followup.jsonl").string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const tafel::Session after = tafel::load_session(session);
    const size_t n = demo.events().size();
    ASSERT_EQ(after.events().size(), n + 3);
    EXPECT_STREQ(after.events()[n].kind(), "follow_up_started");
    EXPECT_EQ(std::get<tafel::FollowUpStarted>(after.events()[n].payload).date, "15-03-2027");
    EXPECT_TRUE(after.state_at(n).rondomjong == demo.state().rondomjong);
    const tafel::ActionCard* one = after.state().rondomjong.find_action(1);
    EXPECT_EQ(one->field("status"), "afgerond");
    EXPECT_EQ(one->field("afgerond"), "15-03-2027");
    ASSERT_EQ(after.state().rondomjong.find_action(2)->updates.size(), 1u);
    EXPECT_EQ(after.state().rondomjong.find_action(2)->updates[0].note, "Eerste gesprek is gepland.");
    fs::remove_all(dir);
}

TEST(Review, AtWorksOnEveryExportAndRefusesWhatLiesOutside) {
    fs::path dir = temp_dir("at");
    const tafel::Session demo = tafel::load_session(kDemo);
    for (const char* format : {"md", "board-csv", "actions-csv", "png"}) {
        fs::path out = dir / (std::string("out.") + format);
        RunOutcome r = run_app("export " + quote(kDemo.string()) + " --format " + format +
                                   " --at 40 --size 800x600 --out " + quote(out.string()),
                               dir);
        if (std::string(format) != "png") {
            r = run_app(
                "export " + quote(kDemo.string()) + " --format " + format + " --at 40 --out " + quote(out.string()),
                dir);
        }
        ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
        EXPECT_TRUE(fs::exists(out)) << format;
        RunOutcome bad = run_app("export " + quote(kDemo.string()) + " --format " + format + " --at 175 --out " +
                                     quote((dir / "bad.out").string()),
                                 dir);
        EXPECT_EQ(bad.exit_code, 1) << format;
        EXPECT_EQ(bad.err,
                  "tafelgesprek: --at 175 valt buiten deze sessie; kies een getal van 0 tot en met 174 (het aantal "
                  "gebeurtenissen).\n")
            << format;
        EXPECT_FALSE(fs::exists(dir / "bad.out")) << format;
    }
    // The board at 40 events is exactly the fold of the first 40 events.
    const tafel::Session cut = tafel::session_until(demo, 40);
    ASSERT_EQ(run_app("export " + quote(kDemo.string()) + " --format board-csv --at 40 --out " +
                          quote((dir / "b.csv").string()),
                      dir)
                  .exit_code,
              0);
    EXPECT_EQ(read_file(dir / "b.csv"), tafel::export_board_csv(cut, cut.state()));
    fs::remove_all(dir);
}

TEST(Overview, SummaryAndCompareOnTheCommandLine) {
    fs::path dir = temp_dir("summary");
    const fs::path fixtures(TAFEL_TEST_FIXTURES_DIR);
    const std::string files = quote(kDemo.string()) + " " +
                              quote((fixtures / "rondomjong-de-linde-2026.tafel").string()) + " " +
                              quote((fixtures / "rondomjong-baken-2027.tafel").string());
    RunOutcome csv = run_app("summary " + files + " --today 01-03-2027 --format csv", dir);
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    std::vector<tafel::Session> sessions = {tafel::load_session(kDemo),
                                            tafel::load_session(fixtures / "rondomjong-de-linde-2026.tafel"),
                                            tafel::load_session(fixtures / "rondomjong-baken-2027.tafel")};
    EXPECT_EQ(csv.out, tafel::summary_csv(tafel::summarize(sessions, 20270301), sessions[0].content()));
    EXPECT_EQ(csv.out.substr(0, 3), "\xEF\xBB\xBF");
    RunOutcome text = run_app("summary " + files + " --today 01-03-2027", dir);
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("  HUISARTS                                   0                   3"), std::string::npos)
        << text.out;
    RunOutcome bad = run_app("summary " + files + " --format xls", dir);
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_EQ(bad.err, "tafelgesprek: Onbekend formaat 'xls' voor summary. Kies text of csv.\n");
    RunOutcome missing = run_app("summary " + quote((dir / "weg.tafel").string()), dir);
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("bestaat niet"), std::string::npos) << missing.err;
    RunOutcome cmp = run_app(
        "compare " + quote(kDemo.string()) + " " + quote((fixtures / "rondomjong-baken-2027.tafel").string()), dir);
    ASSERT_EQ(cmp.exit_code, 0) << cmp.err;
    EXPECT_NE(cmp.out.find("van nog niet betrokken naar betrokken: BUURTSPORTCOACH"), std::string::npos) << cmp.out;
    fs::remove_all(dir);
}
