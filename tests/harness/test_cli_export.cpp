// `export` run as the real binary: every format, and never over the session file itself; a
// refused export writes nothing.
#include "cli_support.hpp"

using namespace tafel::cli_test;

TEST(Cli, ExportWritesEveryFormatAndLeavesTheSessionAlone) {
    TempDir dir;
    fs::path file = dir.files() / "s.tafel";
    tafel::save_session(busy_session(5), file);
    std::string before = read_bytes(file);
    for (const char* format : {"md", "board-csv", "actions-csv"}) {
        SCOPED_TRACE(format);
        fs::path out = dir.files() / (std::string("export.") + format);
        CliRun r = run({"export", file.string(), "--format", format, "--out", out.string()}, dir);
        ASSERT_TRUE(r.exited) << describe(r);
        EXPECT_EQ(r.status, 0) << describe(r);
        EXPECT_EQ(r.err, "");
        EXPECT_GT(fs::file_size(out), 0u);
        EXPECT_TRUE(read_bytes(file) == before) << "export changed the session";
    }
}

TEST(Cli, ExportWithAnUnknownFormatFailsInDutch) {
    TempDir dir;
    fs::path file = dir.files() / "s.tafel";
    tafel::save_session(busy_session(5), file);
    std::string before = read_bytes(file);
    fs::path out = dir.files() / "export.docx";
    CliRun r = run({"export", file.string(), "--format", "docx", "--out", out.string()}, dir);
    expect_refusal(r, "unknown format");
    EXPECT_NE(r.err.find("Onbekend exportformaat"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("docx"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out)) << "an export file was written anyway";
    EXPECT_TRUE(read_bytes(file) == before);
    // An existing file at --out is not emptied by a refused export either.
    write_bytes(out, "oud");
    CliRun again = run({"export", file.string(), "--format", "docx", "--out", out.string()}, dir);
    expect_refusal(again, "unknown format over an existing file");
    EXPECT_EQ(read_bytes(out), "oud");
}

TEST(Cli, ExportOntoTheSessionItselfIsRefused) {
    TempDir dir;
    fs::path file = dir.files() / "s.tafel";
    tafel::save_session(busy_session(5), file);
    const std::string before = read_bytes(file);
    fs::path hard = dir.files() / "harde-link.tafel";
    fs::create_hard_link(file, hard);
    fs::path soft = dir.files() / "zachte-link.tafel";
    fs::create_symlink(file, soft);
    const std::vector<std::string> same_file = {
        file.string(),
        (dir.files() / "." / "s.tafel").string(),
        (dir.files() / ".." / "files" / "s.tafel").string(),
        hard.string(),
        soft.string(),
    };
    for (const std::string& out : same_file) {
        for (const char* format : {"md", "board-csv", "actions-csv"}) {
            SCOPED_TRACE(out + " as " + format);
            CliRun r = run({"export", file.string(), "--format", format, "--out", out}, dir);
            expect_refusal(r, "export onto the session");
            EXPECT_NE(r.err.find("sessiebestand"), std::string::npos) << r.err;
            ASSERT_TRUE(read_bytes(file) == before) << "the session file was overwritten";
        }
    }
    // The session is still a good session.
    CliRun checked = run({"check", file.string()}, dir);
    EXPECT_EQ(checked.status, 0) << describe(checked);
}

TEST(Cli, ExportOfABrokenFileWritesNothing) {
    TempDir dir;
    for (const BrokenFile& broken : broken_files()) {
        SCOPED_TRACE(broken.name);
        fs::path file = dir.files() / broken.name;
        write_bytes(file, broken.bytes);
        fs::path out = dir.files() / "export.md";
        CliRun r = run({"export", file.string(), "--format", "md", "--out", out.string()}, dir);
        expect_refusal(r, "export of " + broken.name);
        EXPECT_FALSE(fs::exists(out)) << "an export was written";
        EXPECT_TRUE(read_bytes(file) == broken.bytes) << "the file changed";
    }
}
