#include "core/json.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "core/exports.hpp"
#include "core/session_file.hpp"
#include "core/user_error.hpp"
#include "test_support.hpp"

using namespace tafel;
using test::must_record;
using test::tile_named;
namespace fs = std::filesystem;

namespace {
fs::path temp_dir(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("tafel-file-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}
std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
}  // namespace

TEST(SessionFile, RoundTripKeepsEveryEventAndTheState) {
    Session s = test::new_session();
    must_record(s, CardMoved{tile_named(s, "MENTOR"), "basis"}, Seat::left);
    must_record(s, CardMarked{tile_named(s, "MENTOR"), kMarkAbsent, true});
    must_record(s, ActionCardOpened{1, "basis"});
    must_record(s, ActionFieldSet{1, "naam", "Fatima “Fé” Öztürk; mentor"});
    must_record(s, NoteSet{"basis", 5, "Regel één\nregel twee – met €"});
    fs::path dir = temp_dir("roundtrip");
    save_session(s, dir / "s.tafel");
    Session loaded = load_session(dir / "s.tafel");
    EXPECT_EQ(loaded.events().size(), s.events().size());
    EXPECT_EQ(loaded.events()[0].seat, Seat::left);
    EXPECT_EQ(loaded.meta().school, "Testschool");
    EXPECT_EQ(export_markdown(loaded, loaded.state()), export_markdown(s, s.state()));
    EXPECT_EQ(export_actions_csv(loaded, loaded.state()), export_actions_csv(s, s.state()));
    EXPECT_EQ(session_to_json(loaded), session_to_json(s));
    fs::remove_all(dir);
}

TEST(SessionFile, FileStartsWithOurFormatAndVersion) {
    std::string text = session_to_json(test::new_session());
    EXPECT_NE(text.find("\"format\": \"tafelgesprek-sessie\""), std::string::npos);
    EXPECT_NE(text.find("\"version\": " + std::to_string(kFormatVersion)), std::string::npos);
}

TEST(SessionFile, SaveReplacesAtomicallyAndLeavesNoTempFiles) {
    fs::path dir = temp_dir("atomic");
    Session s = test::new_session();
    save_session(s, dir / "s.tafel");
    for (int i = 0; i < 20; ++i) {
        must_record(s, CardMoved{static_cast<TileId>(1 + i), "basis"});
        save_session(s, dir / "s.tafel");
    }
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        (void)e;
        ++files;
    }
    EXPECT_EQ(files, 1);
    EXPECT_EQ(load_session(dir / "s.tafel").events().size(), 20u);
    fs::remove_all(dir);
}

TEST(SessionFile, CreateNeverOverwrites) {
    fs::path dir = temp_dir("create");
    create_session_file(test::new_session(), dir / "s.tafel");
    std::string before = read(dir / "s.tafel");
    Session other = test::new_session();
    must_record(other, CardMoved{1, "basis"});
    EXPECT_THROW(create_session_file(other, dir / "s.tafel"), UserError);
    EXPECT_EQ(read(dir / "s.tafel"), before);
    fs::remove_all(dir);
}

TEST(SessionFile, SaveIntoAReadOnlyFolderFailsAndKeepsTheOldFile) {
    if (::geteuid() == 0) GTEST_SKIP() << "root may write anywhere; permissions cannot be tested";
    fs::path dir = temp_dir("readonly");
    Session s = test::new_session();
    save_session(s, dir / "s.tafel");
    std::string before = read(dir / "s.tafel");
    ::chmod(dir.c_str(), 0500);
    must_record(s, CardMoved{1, "basis"});
    EXPECT_THROW(save_session(s, dir / "s.tafel"), UserError);
    ::chmod(dir.c_str(), 0700);
    EXPECT_EQ(read(dir / "s.tafel"), before);
    fs::remove_all(dir);
}

TEST(SessionFile, AFullDiskGivesOneDutchSentenceAndKeepsTheOldFile) {
    // /dev/full answers every write with ENOSPC: the same path a full disk takes.
    if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
    fs::path dir = temp_dir("full");
    Session s = test::new_session();
    save_session(s, dir / "s.tafel");
    std::string before = read(dir / "s.tafel");
    must_record(s, CardMoved{1, "basis"});
    // The temp file is a link to /dev/full, so writing it fails as on a full disk.
    fs::path temp = dir / (".s.tafel.tmp" + std::to_string(::getpid()));
    fs::create_symlink("/dev/full", temp);
    try {
        save_session(s, dir / "s.tafel");
        FAIL() << "saving onto a full disk must fail";
    } catch (const UserError& e) {
        EXPECT_NE(std::string(e.what()).find("schijf is vol"), std::string::npos) << e.what();
    }
    EXPECT_EQ(read(dir / "s.tafel"), before);
    fs::remove_all(dir);
}

TEST(SessionFile, VersionOneFixtureStillLoads) {
    // Files written by version 1 of the format stay readable (tests/fixtures keeps one).
    Session s = load_session(fs::path(TAFEL_TEST_FIXTURES_DIR) / "v1-rondomjong.tafel");
    EXPECT_EQ(s.meta().kind, kKindRondomJong);
    EXPECT_GT(s.events().size(), 0u);
}
