// `check` run as the real binary: broken files are refused with exit status 1 and one line on
// stderr and left as they were; good ones are counted.
#include "cli_support.hpp"

using namespace tafel::cli_test;

TEST(Cli, CheckRefusesBrokenFilesAndLeavesThemAlone) {
    TempDir dir;
    for (const BrokenFile& broken : broken_files()) {
        SCOPED_TRACE(broken.name);
        fs::path file = dir.files() / broken.name;
        write_bytes(file, broken.bytes);
        auto before_listing = listing(dir.files());
        auto before_time = fs::last_write_time(file);
        CliRun r = run({"check", file.string()}, dir);
        expect_refusal(r, "check " + broken.name);
        EXPECT_NE(r.err.find(file.string()), std::string::npos) << "the message does not name the file: " << r.err;
        if (!broken.must_mention.empty()) {
            EXPECT_NE(r.err.find(broken.must_mention), std::string::npos) << r.err;
        }
        EXPECT_TRUE(read_bytes(file) == broken.bytes) << "the file changed";
        EXPECT_EQ(fs::last_write_time(file), before_time);
        EXPECT_EQ(listing(dir.files()), before_listing) << "files appeared or disappeared beside it";
    }
}

TEST(Cli, CheckLeavesOutALastEventCutShortAndSaysSo) {
    TempDir dir;
    tafel::Session six = busy_session(6), eight = busy_session(8);  // eight.events()[6]: card 7 laid
    const std::string last = tafel::journal_record(eight.events().back());
    const std::string bytes =
        tafel::session_to_json(six) + tafel::journal_record(eight.events()[6]) + last.substr(0, last.size() / 2);
    fs::path file = dir.files() / "half.tafel";
    write_bytes(file, bytes);
    CliRun r = run({"check", file.string()}, dir);
    ASSERT_TRUE(r.exited) << describe(r);
    EXPECT_EQ(r.status, 0) << describe(r);
    EXPECT_NE(r.out.find(std::to_string(six.events().size() + 1) + " gebeurtenissen"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("half opgeslagen"), std::string::npos) << r.err;
    EXPECT_TRUE(one_line(r.err)) << r.err;
    EXPECT_TRUE(read_bytes(file) == bytes) << "check changed the file";
}

TEST(Cli, CheckRefusesWhatIsNoSessionFile) {
    TempDir dir;
    CliRun missing = run({"check", (dir.files() / "bestaat-niet.tafel").string()}, dir);
    expect_refusal(missing, "missing file");
    EXPECT_NE(missing.err.find("bestaat niet"), std::string::npos) << missing.err;
    EXPECT_FALSE(fs::exists(dir.files() / "bestaat-niet.tafel")) << "check created the file";
    CliRun folder = run({"check", dir.files().string()}, dir);
    expect_refusal(folder, "folder");
    fs::path big = dir.files() / "groot.tafel";
    write_bytes(big, "{");
    fs::resize_file(big, 65ull * 1024 * 1024);  // sparse: no need to write 65 MB
    CliRun large = run({"check", big.string()}, dir);
    expect_refusal(large, "65 MB file");
    EXPECT_NE(large.err.find("groter"), std::string::npos) << large.err;
    EXPECT_EQ(fs::file_size(big), 65ull * 1024 * 1024);
}

TEST(Cli, CheckCountsTheEventsOfABusySession) {
    TempDir dir;
    tafel::Session s = busy_session(12);
    fs::path file = dir.files() / "vol.tafel";
    tafel::save_session(s, file);
    CliRun r = run({"check", file.string()}, dir);
    ASSERT_TRUE(r.exited) << describe(r);
    EXPECT_EQ(r.status, 0) << describe(r);
    EXPECT_TRUE(one_line(r.out)) << describe(r);
    EXPECT_NE(r.out.find(std::to_string(s.events().size()) + " gebeurtenissen"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("12 kaarten gelegd"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 actiekaarten"), std::string::npos) << r.out;
}

TEST(Cli, CheckCountsWhatAnEffectenarenaHolds) {
    TempDir dir;
    const fs::path demo = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-effectenarena.tafel";
    const tafel::Session session = tafel::load_session(demo);
    const tafel::EffectenarenaState& s = session.state().effectenarena;
    size_t goals = 0, tagged = 0, on_canvas = 0;
    for (const tafel::ArenaGroup& g : s.groups) goals += g.goal.empty() ? 0 : 1;
    for (const tafel::AnswerCard& a : s.answers) {
        tagged += a.tag.empty() ? 0 : 1;
        on_canvas += a.zone.empty() ? 0 : 1;
    }
    // The demo has something of everything, so every count below is a real one.
    ASSERT_GT(goals * tagged * on_canvas * s.needs.size() * s.links.size(), 0u);
    CliRun r = run({"check", demo.string()}, dir);
    ASSERT_TRUE(r.exited) << describe(r);
    EXPECT_EQ(r.status, 0) << describe(r);
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "Effectenarena · " + std::to_string(session.events().size()) + " gebeurtenissen · stap " +
                         std::to_string(s.current_step + 1) + " van " + std::to_string(s.steps.size()) + " · " +
                         std::to_string(s.answers.size()) + " antwoorden · " + std::to_string(goals) + " doelen · " +
                         std::to_string(s.needs.size()) + " behoeften · " + std::to_string(tagged) + " labels · " +
                         std::to_string(on_canvas) + " kaarten in de arena · " + std::to_string(s.links.size()) +
                         " lijnen\n");
    EXPECT_EQ(r.out.find("actiekaarten"), std::string::npos) << "Rondom Jong counts for an effectenarena";
}
