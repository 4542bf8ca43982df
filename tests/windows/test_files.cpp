// The operating-system file layer (app/platform/os/files.hpp) and the session file on top of it, on
// the system the tests run on: under Wine for the Windows build, with names in any script.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "platform/os/files.hpp"
#include "platform/os/utf8_path.hpp"

namespace fs = std::filesystem;
using tafel::os::utf8_path;
using tafel::os::utf8_string;

namespace {

struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name)
        : path(fs::temp_directory_path() / utf8_path("tafel-os-" + name + " Zoë-" + std::to_string(tafel::os::process_number()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST(FileOps, Utf8NamesSurviveTheRoundTripThroughTheFileSystem) {
    TempDir dir("namen");
    const std::set<std::string> names = {"Zoë.tafel", "café met één spatie.csv", "Ελληνικά.md", "日本語.pdf", "ĳsbeer ő.tafel"};
    for (const std::string& name : names) {
        ASSERT_TRUE(tafel::os::write_durably(dir.path / utf8_path(name), name)) << name;
    }
    std::set<std::string> seen;
    for (const auto& entry : fs::directory_iterator(dir.path)) {
        const std::string name = utf8_string(entry.path().filename());
        seen.insert(name);
        EXPECT_EQ(read(entry.path()), name);
    }
    EXPECT_EQ(seen, names);
}

TEST(FileOps, ReplaceFileSwapsTheWholeContent) {
    TempDir dir("vervang");
    const fs::path target = dir.path / utf8_path("sessie ë.tafel"), temp = dir.path / ".sessie.tmp";
    ASSERT_TRUE(tafel::os::write_durably(target, "oud"));
    ASSERT_TRUE(tafel::os::write_durably(temp, "nieuw"));
    ASSERT_TRUE(tafel::os::replace_with(temp, target));
    EXPECT_EQ(read(target), "nieuw");
    EXPECT_FALSE(fs::exists(temp));
}

TEST(FileOps, MoveToAFreeNameNeverOverwrites) {
    TempDir dir("vrij");
    const fs::path taken = dir.path / utf8_path("bezet ë.tafel"), free_name = dir.path / utf8_path("vrij ë.tafel");
    const fs::path temp = dir.path / ".nieuw.tmp";
    ASSERT_TRUE(tafel::os::write_durably(taken, "van iemand anders"));
    ASSERT_TRUE(tafel::os::write_durably(temp, "nieuw"));
    EXPECT_EQ(tafel::os::publish_as_new(temp, taken).failure, tafel::os::Failure::exists);
    EXPECT_EQ(read(taken), "van iemand anders");
    EXPECT_FALSE(fs::exists(temp)) << "the temporary file stays behind";
    ASSERT_TRUE(tafel::os::write_durably(temp, "nieuw"));
    ASSERT_TRUE(tafel::os::publish_as_new(temp, free_name));
    EXPECT_EQ(read(free_name), "nieuw");
    EXPECT_FALSE(fs::exists(temp));
}

TEST(FileOps, WritingIntoAMissingFolderSaysSo) {
    TempDir dir("weg");
    EXPECT_EQ(tafel::os::write_durably(dir.path / "bestaat niet" / "x.tafel", "x").failure, tafel::os::Failure::no_folder);
}

TEST(FileOps, SessionFilesInAFolderWithAnyLetter) {
    TempDir dir("sessie");
    const fs::path file = dir.path / utf8_path("Rondom Jong — Zoë.tafel");
    tafel::write_file_atomically(file, "eerste\n");
    tafel::write_file_atomically(file, "tweede\n");
    EXPECT_EQ(read(file), "tweede\n");
    size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path)) ++files;
    EXPECT_EQ(files, 1u) << "a temporary file was left beside the session";
    try {
        tafel::write_file_atomically(dir.path / "map die er niet is" / "x.tafel", "x");
        FAIL() << "no error for a missing folder";
    } catch (const tafel::UserError& e) {
        EXPECT_NE(std::string(e.what()).find("de map bestaat niet"), std::string::npos) << e.what();
    }
}
