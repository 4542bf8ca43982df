// The session's details as events, the reports folder (names, never overwriting) and the
// Prullenbak (byte for byte, never destroying), and the progress shown on the start screen.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/review/listing.hpp"
#include "core/review/reports.hpp"
#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "core/session/session_paths.hpp"
#include "core/session/user_error.hpp"
#include "test_support.hpp"

using namespace tafel;
using namespace tafel::test;
namespace fs = std::filesystem;

TEST(SessionDetails, AnEventChangesWhatIsShownAndUndoTakesItBack) {
    Session s = new_session();
    must_record(s, SessionDetailsSet{"Ouderavond", "De Linde", "03-04-2027", "Ruud"});
    EXPECT_EQ(s.meta().title, "Ouderavond");
    EXPECT_EQ(s.meta().school, "De Linde");
    EXPECT_EQ(s.meta().date, "03-04-2027");
    EXPECT_EQ(s.meta().facilitator, "Ruud");
    EXPECT_EQ(s.created_meta().school, "Testschool");  // the file's own meta stays as created
    must_record(s, Undo{});
    EXPECT_EQ(s.meta().school, "Testschool");
    must_record(s, Redo{});
    EXPECT_EQ(s.meta().school, "De Linde");
}

TEST(SessionDetails, ABadDateIsRefusedAndNothingChanges) {
    Session s = new_session();
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, SessionDetailsSet{"X", "Y", "31-02-2027", ""}})), "");
    EXPECT_EQ(s.meta().title, "Testsessie");
    EXPECT_TRUE(s.events().empty());
}

TEST(SessionDetails, SurviveSavingReplayAndTheExports) {
    fs::path dir = test::fresh_temp_dir("reports-details");
    Session s = new_session();
    must_record(s, SessionDetailsSet{"Ouderavond", "De Linde", "", ""});
    save_session(s, dir / "a.tafel");
    Session loaded = load_session(dir / "a.tafel");
    EXPECT_EQ(loaded.meta().school, "De Linde");
    EXPECT_EQ(loaded.meta().date, "01-02-2026");  // an empty typed date keeps the session's date
    EXPECT_EQ(loaded.created_meta().school, "Testschool");
    // Before the event the old school stands; after it the new one, in the md report too.
    EXPECT_EQ(session_until(loaded, 0).meta().school, "Testschool");
    const std::string md = text_export(loaded, loaded.state(), "md");
    EXPECT_NE(md.find("De Linde"), std::string::npos);
    EXPECT_EQ(md.find("Testschool"), std::string::npos);
    fs::remove_all(dir);
}

TEST(Reports, NamedAfterTheSessionAndNeverOverwritten) {
    fs::path dir = test::fresh_temp_dir("reports-names");
    SessionMeta meta;
    meta.kind = kKindRondomJong;
    meta.title = "Ouderavond: klas 2/3";
    meta.school = "De Linde";
    meta.date = "03-04-2027";
    EXPECT_EQ(report_file_name(meta, "pdf"), "Ouderavond- klas 2-3 - De Linde - 03-04-2027 - verslag.pdf");
    EXPECT_EQ(report_file_name(meta, "actions-csv"), "Ouderavond- klas 2-3 - De Linde - 03-04-2027 - actieplan.csv");
    const fs::path folder = reports_folder(dir);
    fs::path first = write_report(folder, meta, "pdf", "een");
    fs::path second = write_report(folder, meta, "pdf", "twee");
    fs::path third = write_report(folder, meta, "pdf", "drie");
    EXPECT_EQ(first.parent_path(), dir / "Verslagen");
    EXPECT_EQ(second.filename(), "Ouderavond- klas 2-3 - De Linde - 03-04-2027 - verslag-2.pdf");
    EXPECT_EQ(third.filename(), "Ouderavond- klas 2-3 - De Linde - 03-04-2027 - verslag-3.pdf");
    EXPECT_EQ(test::file_bytes(first), "een");
    EXPECT_EQ(test::file_bytes(second), "twee");
    EXPECT_EQ(test::file_bytes(third), "drie");
    fs::remove_all(dir);
}

TEST(Reports, ArenaCsvOnlyForAnEffectenarena) {
    Session s = new_session();
    EXPECT_THROW(text_export(s, s.state(), "arena-csv"), UserError);
    Session arena = new_session(kKindEffectenarena);
    EXPECT_FALSE(text_export(arena, arena.state(), "arena-csv").empty());
}

TEST(Prullenbak, MovesByteForByteAndNeverOverAnEarlierOne) {
    fs::path dir = test::fresh_temp_dir("reports-trash");
    const std::string first_bytes = session_to_json(new_session());
    std::ofstream(dir / "a.tafel", std::ios::binary) << first_bytes;
    fs::path moved = move_to_trash(dir / "a.tafel");
    EXPECT_EQ(moved, dir / "Prullenbak" / "a.tafel");
    EXPECT_FALSE(fs::exists(dir / "a.tafel"));
    EXPECT_EQ(test::file_bytes(moved), first_bytes);
    std::ofstream(dir / "a.tafel", std::ios::binary) << "tweede";
    fs::path again = move_to_trash(dir / "a.tafel");
    EXPECT_EQ(again, dir / "Prullenbak" / "a-2.tafel");
    EXPECT_EQ(test::file_bytes(again), "tweede");
    EXPECT_EQ(test::file_bytes(moved), first_bytes);  // the earlier one is untouched
    EXPECT_THROW(move_to_trash(dir / "bestaat-niet.tafel"), UserError);
    fs::remove_all(dir);
}

TEST(Listing, SaysHowFarTheMeetingGot) {
    Session s = new_session();
    EXPECT_EQ(progress_nl(s), "nog niet begonnen");
    const RondomJongState& rj = s.state().rondomjong;
    must_record(s, StepChanged{rj.layer_order[2], 6});
    EXPECT_EQ(progress_nl(s), "laag 3 van 4, stap 6");
    Session arena = new_session(kKindEffectenarena);
    must_record(arena, ArenaStepChanged{4});
    EXPECT_EQ(progress_nl(arena), "stap 5 van " + std::to_string(arena.state().effectenarena.steps.size()));
}
