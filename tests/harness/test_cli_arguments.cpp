// The command line itself: nonsense is refused in one Dutch line, --help answers and exits 0.
#include "cli_support.hpp"

using namespace tafel::cli_test;

TEST(Cli, NonsenseOnTheCommandLineIsRefused) {
    TempDir dir;
    fs::path file = dir.files() / "s.tafel";
    tafel::save_session(busy_session(2), file);
    const std::string before = read_bytes(file);
    const std::vector<std::vector<std::string>> nonsense = {
        {"frobnicate"},
        {"check"},
        {"check", file.string(), "nog-een-bestand"},
        {"new", "rondomjong"},
        {"new", "schaakclub", "--out", (dir.files() / "x.tafel").string()},
        {"--scale", "abc", "check", file.string()},
        {"--scale", "abc"},
        {"--scale", "99", "check", file.string()},
        {"--scale"},
        {"--frobnicate", "check", file.string()},
        {"export", file.string()},
        {"export", file.string(), "--format", "md"},
        {"check", "--out"},
    };
    for (const auto& args : nonsense) {
        std::string shown;
        for (const auto& a : args) shown += a + " ";
        SCOPED_TRACE(shown);
        CliRun r = run(args, dir);
        ASSERT_TRUE(r.exited) << describe(r);
        EXPECT_EQ(r.status, 1) << describe(r);
        EXPECT_FALSE(r.err.empty()) << describe(r);
        EXPECT_EQ(r.out, "") << describe(r);
        EXPECT_TRUE(one_line(r.err)) << describe(r);
        EXPECT_TRUE(read_bytes(file) == before);
        EXPECT_EQ(listing(dir.files()), std::set<std::string>{"s.tafel"}) << "a file was created";
    }
}

TEST(Cli, HelpExitsZero) {
    TempDir dir;
    const std::vector<std::vector<std::string>> helps = {
        {"--help"}, {"-h"}, {"check", "--help"}, {"new", "--help"}, {"export", "--help"}, {"--assets", "x", "--help"},
    };
    for (const auto& args : helps) {
        std::string shown;
        for (const auto& a : args) shown += a + " ";
        SCOPED_TRACE(shown);
        CliRun r = run(args, dir);
        ASSERT_TRUE(r.exited) << describe(r);
        EXPECT_EQ(r.status, 0) << describe(r);
        EXPECT_NE(r.out.find("Gebruik"), std::string::npos) << describe(r);
        EXPECT_EQ(r.err, "") << describe(r);
    }
    CliRun check_help = run({"check", "--help"}, dir);
    EXPECT_NE(check_help.out.find("FILE"), std::string::npos) << check_help.out;
    CliRun main_help = run({"--help"}, dir);
    for (const char* command : {"check", "new", "export"}) {
        EXPECT_NE(main_help.out.find(command), std::string::npos) << main_help.out;
    }
}
