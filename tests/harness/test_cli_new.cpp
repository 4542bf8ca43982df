// `new` run as the real binary: a new session file, never over an existing file, and a Dutch
// sentence when it cannot be made.
#include "cli_support.hpp"

using namespace tafel::cli_test;

TEST(Cli, NewThenCheckReportsAnEmptySession) {
    TempDir dir;
    fs::path file = dir.files() / "nieuw.tafel";
    CliRun created = run({"--assets", TAFEL_TEST_ASSETS_DIR, "new", "rondomjong", "--out", file.string(), "--title",
                          "T", "--school", "S"},
                         dir);
    ASSERT_TRUE(created.exited) << describe(created);
    ASSERT_EQ(created.status, 0) << describe(created);
    EXPECT_EQ(created.err, "");
    ASSERT_TRUE(fs::is_regular_file(file));
    EXPECT_EQ(listing(dir.files()), std::set<std::string>{"nieuw.tafel"}) << "temporary files were left behind";
    tafel::Session loaded = tafel::load_session(file);
    EXPECT_EQ(loaded.meta().title, "T");
    EXPECT_EQ(loaded.meta().school, "S");
    EXPECT_EQ(loaded.meta().kind, tafel::kKindRondomJong);
    EXPECT_EQ(loaded.events().size(), 0u);

    std::string bytes = read_bytes(file);
    CliRun checked = run({"check", file.string()}, dir);
    ASSERT_TRUE(checked.exited) << describe(checked);
    EXPECT_EQ(checked.status, 0) << describe(checked);
    EXPECT_EQ(checked.err, "");
    EXPECT_TRUE(one_line(checked.out)) << describe(checked);
    EXPECT_NE(checked.out.find("Rondom Jong"), std::string::npos) << checked.out;
    EXPECT_NE(checked.out.find("0 gebeurtenissen"), std::string::npos) << checked.out;
    EXPECT_TRUE(read_bytes(file) == bytes) << "check changed the file";
}

TEST(Cli, NewNeverOverwritesAFile) {
    TempDir dir;
    // An existing session, and an existing file that is not a session at all.
    fs::path session = dir.files() / "bestaand.tafel";
    tafel::save_session(busy_session(3), session);
    fs::path other = dir.files() / "boodschappen.txt";
    write_bytes(other, "melk\nbrood\n");
    for (const fs::path& file : {session, other}) {
        SCOPED_TRACE(file.filename().string());
        std::string before = read_bytes(file);
        auto before_listing = listing(dir.files());
        CliRun r = run({"--assets", TAFEL_TEST_ASSETS_DIR, "new", "rondomjong", "--out", file.string()}, dir);
        expect_refusal(r, "new over an existing file");
        EXPECT_NE(r.err.find("bestaat al"), std::string::npos) << r.err;
        EXPECT_TRUE(read_bytes(file) == before) << "the existing file was changed";
        EXPECT_EQ(listing(dir.files()), before_listing) << "temporary files were left behind";
    }
}

TEST(Cli, NewIntoAMissingFolderFailsInDutch) {
    TempDir dir;
    fs::path file = dir.files() / "niet-hier" / "nieuw.tafel";
    CliRun r = run({"--assets", TAFEL_TEST_ASSETS_DIR, "new", "rondomjong", "--out", file.string()}, dir);
    expect_refusal(r, "new into a missing folder");
    EXPECT_NE(r.err.find("map"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(file));
}

TEST(Cli, NewWithBrokenAssetsFailsInDutch) {
    TempDir dir;
    fs::path file = dir.files() / "nieuw.tafel";
    CliRun r =
        run({"--assets", (dir.path() / "geen-inhoud").string(), "new", "rondomjong", "--out", file.string()}, dir);
    expect_refusal(r, "new without content");
    EXPECT_NE(r.err.find("Inhoudsbestand"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(file));
}
