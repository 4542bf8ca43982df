#include "core/session/json.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "core/rondomjong/exports.hpp"
#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "test_support.hpp"

using namespace tafel;
using test::must_record;
using test::tile_named;
namespace fs = std::filesystem;

namespace {
std::set<std::string> listing(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    return names;
}
}  // namespace

TEST(SessionFile, RoundTripKeepsEveryEventAndTheState) {
    Session s = test::new_session();
    must_record(s, CardMoved{tile_named(s, "MENTOR"), "basis"}, Seat::left);
    must_record(s, CardMarked{tile_named(s, "MENTOR"), kMarkAbsent, true});
    must_record(s, ActionCardOpened{1, "basis"});
    must_record(s, ActionFieldSet{1, "naam", "Fatima “Fé” Öztürk; mentor"});
    must_record(s, NoteSet{"basis", 5, "Regel één\nregel twee – met €"});
    fs::path dir = test::fresh_temp_dir("file-roundtrip");
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
    fs::path dir = test::fresh_temp_dir("file-atomic");
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
    fs::path dir = test::fresh_temp_dir("file-create");
    create_session_file(test::new_session(), dir / "s.tafel");
    std::string before = test::file_bytes(dir / "s.tafel");
    Session other = test::new_session();
    must_record(other, CardMoved{1, "basis"});
    EXPECT_THROW(create_session_file(other, dir / "s.tafel"), UserError);
    EXPECT_EQ(test::file_bytes(dir / "s.tafel"), before);
    fs::remove_all(dir);
}

TEST(SessionFile, SaveIntoAReadOnlyFolderFailsAndKeepsTheOldFile) {
    if (::geteuid() == 0) GTEST_SKIP() << "root may write anywhere; permissions cannot be tested";
    fs::path dir = test::fresh_temp_dir("file-readonly");
    Session s = test::new_session();
    save_session(s, dir / "s.tafel");
    std::string before = test::file_bytes(dir / "s.tafel");
    ::chmod(dir.c_str(), 0500);
    must_record(s, CardMoved{1, "basis"});
    EXPECT_THROW(save_session(s, dir / "s.tafel"), UserError);
    ::chmod(dir.c_str(), 0700);
    EXPECT_EQ(test::file_bytes(dir / "s.tafel"), before);
    fs::remove_all(dir);
}

TEST(SessionFile, AFullDiskGivesOneDutchSentenceAndKeepsTheOldFile) {
    // /dev/full answers every write with ENOSPC: the same path a full disk takes.
    if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
    fs::path dir = test::fresh_temp_dir("file-full");
    Session s = test::new_session();
    save_session(s, dir / "s.tafel");
    std::string before = test::file_bytes(dir / "s.tafel");
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
    EXPECT_EQ(test::file_bytes(dir / "s.tafel"), before);
    fs::remove_all(dir);
}

TEST(SessionFile, VersionOneFixtureStillLoads) {
    // Files written by version 1 of the format stay readable (tests/fixtures keeps one).
    Session s = load_session(fs::path(TAFEL_TEST_FIXTURES_DIR) / "v1-rondomjong.tafel");
    EXPECT_EQ(s.meta().kind, kKindRondomJong);
    EXPECT_GT(s.events().size(), 0u);
}

TEST(AtomicWrite, ReplacesTheFileAndLeavesNothingBeside) {
    fs::path dir = test::fresh_temp_dir("file-atomic");
    write_file_atomically(dir / "verslag.md", "eerste versie\n");
    EXPECT_EQ(test::file_bytes(dir / "verslag.md"), "eerste versie\n");
    write_file_atomically(dir / "verslag.md", "tweede");
    EXPECT_EQ(test::file_bytes(dir / "verslag.md"), "tweede");
    EXPECT_EQ(listing(dir), std::set<std::string>{"verslag.md"});
    fs::remove_all(dir);
}

TEST(AtomicWrite, AFullDiskKeepsTheEarlierFileAndLeavesNoTempFile) {
    if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
    fs::path dir = test::fresh_temp_dir("file-atomic-full");
    write_file_atomically(dir / "verslag.pdf", "het goede verslag");
    // The temp file is a link to /dev/full, so writing it fails as on a full disk.
    fs::create_symlink("/dev/full", dir / (".verslag.pdf.tmp" + std::to_string(::getpid())));
    try {
        write_file_atomically(dir / "verslag.pdf", std::string(100000, 'x'));
        FAIL() << "writing onto a full disk must fail";
    } catch (const UserError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("schijf is vol"), std::string::npos) << message;
        EXPECT_NE(message.find("vorige bestand is bewaard"), std::string::npos) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
    EXPECT_EQ(test::file_bytes(dir / "verslag.pdf"), "het goede verslag");
    EXPECT_EQ(listing(dir), std::set<std::string>{"verslag.pdf"}) << "a temp file was left behind";
    fs::remove_all(dir);
}

TEST(AtomicWrite, ASymbolicLinkStaysALinkToTheNewFile) {
    fs::path dir = test::fresh_temp_dir("file-atomic-link");
    write_file_atomically(dir / "echt.csv", "oud");
    fs::create_symlink("echt.csv", dir / "link.csv");
    write_file_atomically(dir / "link.csv", "nieuw");
    EXPECT_TRUE(fs::is_symlink(dir / "link.csv"));
    EXPECT_EQ(test::file_bytes(dir / "echt.csv"), "nieuw");
    EXPECT_EQ(listing(dir), (std::set<std::string>{"echt.csv", "link.csv"}));
    fs::remove_all(dir);
}

TEST(AtomicWrite, APipeIsWrittenNotReplaced) {
    // Renaming over a device or pipe (--out /dev/stdout) would remove it; it is written instead.
    fs::path dir = test::fresh_temp_dir("file-atomic-fifo");
    fs::path fifo = dir / "pijp";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    write_file_atomically(fifo, "door de pijp");
    char buffer[64] = {};
    const ssize_t n = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    EXPECT_EQ(std::string(buffer, n > 0 ? static_cast<size_t>(n) : 0), "door de pijp");
    EXPECT_TRUE(fs::is_fifo(fifo));
    EXPECT_EQ(listing(dir), std::set<std::string>{"pijp"});
    fs::remove_all(dir);
}

TEST(AtomicWrite, AFolderIsRefusedInDutch) {
    fs::path dir = test::fresh_temp_dir("file-atomic-folder");
    fs::create_directories(dir / "map");
    try {
        write_file_atomically(dir / "map", "tekst");
        FAIL() << "a folder must be refused";
    } catch (const UserError& e) {
        EXPECT_NE(std::string(e.what()).find("is een map"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(fs::is_directory(dir / "map"));
    fs::remove_all(dir);
}
