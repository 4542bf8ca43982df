// The journal of format version 2: one checked line per event appended after the header, so a
// save costs the same at any size; a line cut short by a crash is left out with a note; a
// damaged line before the last is refused; version 1 files open and become version 2 on saving.
#include "core/session/json.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/session/session_file.hpp"
#include "core/session/session_journal.hpp"
#include "core/session/session_store.hpp"
#include "core/session/user_error.hpp"
#include "test_support.hpp"

using namespace tafel;
namespace fs = std::filesystem;

namespace {

// A session file with a header and three journal lines (the store writes the whole file at its
// first event and appends every event after it).
fs::path file_with_journal(const fs::path& dir) {
    fs::path file = dir / "s.tafel";
    save_session(test::new_session(), file);
    SessionStore store(load_session(file), file);
    EXPECT_EQ(test::why(store.record(CardMoved{1, "basis"}, Seat::bottom)), "");
    for (int i = 2; i <= 4; ++i) EXPECT_EQ(test::why(store.record(CardMoved{i, "extra"}, Seat::top)), "");
    store.flush();
    return file;
}
}  // namespace

TEST(Journal, EachEventAfterTheFirstIsOneAppendedLine) {
    fs::path dir = test::fresh_temp_dir("journal-append");
    fs::path file = file_with_journal(dir);
    const std::string text = test::file_bytes(file);
    Session s = load_session(file);
    ASSERT_EQ(s.events().size(), 4u);
    std::string journal;
    for (size_t i = 1; i < 4; ++i) journal += journal_record(s.events()[i]);
    ASSERT_GE(text.size(), journal.size());
    EXPECT_EQ(text.substr(text.size() - journal.size()), journal) << "the last three events are appended lines";
    EXPECT_NE(text.find("\"version\": 2"), std::string::npos);
    // One more event adds exactly its line: the cost does not depend on what came before.
    {
        SessionStore store(load_session(file), file);
        ASSERT_EQ(test::why(store.record(CardMoved{5, "basis"}, Seat::left)), "");  // the first: the whole file
        store.flush();
        const size_t before = fs::file_size(file);
        ASSERT_EQ(test::why(store.record(CardMoved{6, "basis"}, Seat::left)), "");
        store.flush();
        EXPECT_EQ(fs::file_size(file) - before, journal_record(store.session().events().back()).size());
    }
    EXPECT_EQ(load_session(file).events().size(), 6u);
    fs::remove_all(dir);
}

TEST(Journal, ALastLineCutShortIsLeftOutWithANote) {
    fs::path dir = test::fresh_temp_dir("journal-torn");
    const std::string whole = test::file_bytes(file_with_journal(dir));
    for (size_t cut : {1, 10, 30}) {
        SCOPED_TRACE(cut);
        test::write_bytes(dir / "t.tafel", whole.substr(0, whole.size() - cut));
        std::string note;
        Session s = load_session(dir / "t.tafel", &note);
        EXPECT_EQ(s.events().size(), 3u);
        EXPECT_NE(note.find("half opgeslagen"), std::string::npos) << note;
        EXPECT_EQ(note.find('\n'), std::string::npos);
    }
    std::string note = "x";
    EXPECT_EQ(load_session(file_with_journal(dir), &note).events().size(), 4u);
    EXPECT_EQ(note, "") << "a whole file has no note";
    fs::remove_all(dir);
}

TEST(Journal, ADamagedLineBeforeTheLastIsRefused) {
    fs::path dir = test::fresh_temp_dir("journal-damaged");
    std::string text = test::file_bytes(file_with_journal(dir));
    const size_t last = text.rfind("\nE ");
    const size_t middle = text.rfind("\nE ", last - 1);
    ASSERT_NE(middle, std::string::npos);
    std::string flipped = text;
    flipped[middle + 30] = static_cast<char>(flipped[middle + 30] ^ 0x04);  // inside the json
    test::write_bytes(dir / "d.tafel", flipped);
    try {
        load_session(dir / "d.tafel");
        FAIL() << "a damaged line before the last must be refused";
    } catch (const UserError& e) {
        EXPECT_NE(std::string(e.what()).find("logboek"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("controlesom"), std::string::npos) << e.what();
    }
    fs::remove_all(dir);
}

TEST(Journal, AVersionOneFileOpensAndIsWrittenAsVersionTwo) {
    fs::path dir = test::fresh_temp_dir("journal-migrate");
    fs::path file = dir / "oud.tafel";
    fs::copy_file(fs::path(TAFEL_TEST_FIXTURES_DIR) / "v1-rondomjong.tafel", file);
    const Session old = load_session(file);
    EXPECT_EQ(test::file_bytes(file), test::file_bytes(fs::path(TAFEL_TEST_FIXTURES_DIR) / "v1-rondomjong.tafel"))
        << "opening changes nothing";
    // Trailing text after a version 1 document is damage, as it always was.
    test::write_bytes(dir / "staart.tafel", test::file_bytes(file) + "E 2 00000000 {}\n");
    EXPECT_THROW(load_session(dir / "staart.tafel"), UserError);
    {
        SessionStore store(load_session(file), file);
        ASSERT_EQ(test::why(store.record(NoteSet{"basis", 2, "verder"}, Seat::bottom)), "");
    }
    EXPECT_NE(test::file_bytes(file).find("\"version\": 2"), std::string::npos);
    Session migrated = load_session(file);
    ASSERT_EQ(migrated.events().size(), old.events().size() + 1);
    for (size_t i = 0; i < old.events().size(); ++i)
        EXPECT_EQ(describe_nl(migrated.events()[i]), describe_nl(old.events()[i])) << i;
    fs::remove_all(dir);
}

TEST(Journal, TheVersionTwoFixtureLoads) {
    // A file as this version writes it: a header and a journal (tests/fixtures keeps one).
    const fs::path fixture = fs::path(TAFEL_TEST_FIXTURES_DIR) / "v2-rondomjong.tafel";
    const std::string text = test::file_bytes(fixture);
    ASSERT_NE(text.find("\nE "), std::string::npos) << "the fixture has journal lines";
    Session s = load_session(fixture);
    EXPECT_EQ(s.meta().kind, kKindRondomJong);
    EXPECT_GT(s.events().size(),
              load_session(fs::path(TAFEL_TEST_FIXTURES_DIR) / "v1-rondomjong.tafel").events().size());
}
