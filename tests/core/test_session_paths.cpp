// The list of the start screen: every file in the sessions folder is there; one that does not
// open says why in one Dutch sentence, and listing changes nothing on disk.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "core/session/session_file.hpp"
#include "core/session/session_paths.hpp"
#include "test_support.hpp"

using namespace tafel;
namespace fs = std::filesystem;

namespace {
std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }
}  // namespace

TEST(SessionPaths, EveryFileIsListedAndABrokenOneSaysWhy) {
    fs::path dir = fs::temp_directory_path() / ("tafel-paths-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    Session session = test::new_session();
    const std::string good = session_to_json(session);
    write(dir / "goed.tafel", good);
    write(dir / "leeg.tafel", "");
    write(dir / "afgebroken.tafel", good.substr(0, good.size() / 2));
    std::string newer = good;
    const std::string version = "\"version\": " + std::to_string(kFormatVersion);
    newer.replace(newer.find(version), version.size(), "\"version\": 99");
    write(dir / "nieuwer.tafel", newer);
    write(dir / "notities.txt", "boodschappen");
    write(dir / ".goed.tafel.lock", "");  // hidden: ours, not shown
    std::map<std::string, std::string> before;
    for (const auto& e : fs::directory_iterator(dir)) before[e.path().filename().string()] = read(e.path());

    std::map<std::string, std::string> problems;
    for (const SessionListing& s : list_sessions(dir)) problems[s.path.filename().string()] = s.problem;
    ASSERT_EQ(problems.size(), 5u);
    EXPECT_EQ(problems["goed.tafel"], "");
    EXPECT_NE(problems["leeg.tafel"].find("leeg"), std::string::npos) << problems["leeg.tafel"];
    EXPECT_NE(problems["afgebroken.tafel"].find("beschadigd"), std::string::npos) << problems["afgebroken.tafel"];
    EXPECT_NE(problems["nieuwer.tafel"].find("nieuwere versie"), std::string::npos) << problems["nieuwer.tafel"];
    EXPECT_NE(problems["notities.txt"].find("geen sessiebestand"), std::string::npos) << problems["notities.txt"];
    for (const auto& [name, problem] : problems) {
        EXPECT_EQ(problem.find('\n'), std::string::npos) << problem;
        EXPECT_EQ(problem.find(dir.string()), std::string::npos) << "names the file, not the folder: " << problem;
        if (!problem.empty()) {
            EXPECT_NE(problem.find(name), std::string::npos) << problem;
        }
    }
    std::map<std::string, std::string> after;
    for (const auto& e : fs::directory_iterator(dir)) after[e.path().filename().string()] = read(e.path());
    EXPECT_EQ(after, before) << "listing changed a file";
    fs::remove_all(dir);
}
