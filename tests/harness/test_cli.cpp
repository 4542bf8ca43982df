// The command line, run as the real binary: broken files are refused with exit status 1 and
// one line on stderr, and no command ever changes a session file it was not asked to write.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "../support/outcome_text.hpp"
#include "core/session/content.hpp"
#include "core/session/events.hpp"
#include "core/session/session.hpp"
#include "core/session/session_file.hpp"
#include "core/session/session_journal.hpp"
#include "core/session/user_error.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace {

struct CliRun {
    bool exited = false;  // false when killed by a signal (or by our time limit)
    int status = -1;      // exit status when exited
    int signal = 0;       // the signal when not exited
    bool timed_out = false;
    std::string out, err;
};

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_bytes(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

class TempDir {
public:
    TempDir() {
        static int counter = 0;
        path_ =
            fs::temp_directory_path() / ("tafel-cli-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(path_);
        fs::create_directories(path_ / "io");
        fs::create_directories(path_ / "files");
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }
    fs::path files() const { return path_ / "files"; }  // what the commands work on
    fs::path io() const { return path_ / "io"; }        // stdout and stderr of the runs

private:
    fs::path path_;
};

// Runs the binary with exactly these arguments (no shell, so no quoting problems), stdin from
// /dev/null, stdout and stderr into files. Kills it (by its pid) after `limit`: a guard against a
// hang, far beyond any run on a busy machine, not a measurement.
CliRun run(const std::vector<std::string>& args, const TempDir& dir,
           std::chrono::seconds limit = std::chrono::seconds(600)) {
    fs::path out = dir.io() / "stdout.txt", err = dir.io() / "stderr.txt";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    std::vector<std::string> argv_text = {TAFEL_BINARY};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_text) argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> env_text;
    for (char** e = environ; *e; ++e) {
        std::string entry = *e;
        if (entry.rfind("SDL_VIDEODRIVER=", 0) == 0 || entry.rfind("TAFEL_", 0) == 0) continue;
        env_text.push_back(entry);
    }
    env_text.push_back("SDL_VIDEODRIVER=offscreen");
    std::vector<char*> envp;
    for (std::string& e : env_text) envp.push_back(e.data());
    envp.push_back(nullptr);

    CliRun r;
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, TAFEL_BINARY, &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        ADD_FAILURE() << "cannot start " << TAFEL_BINARY << ": error " << spawned;
        return r;
    }
    auto deadline = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (true) {
        pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) break;
        if (done < 0 && errno != EINTR) {
            ADD_FAILURE() << "waitpid failed";
            return r;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            r.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    r.exited = WIFEXITED(status);
    r.status = r.exited ? WEXITSTATUS(status) : -1;
    r.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    r.out = read_bytes(out);
    r.err = read_bytes(err);
    return r;
}

std::string describe(const CliRun& r) {
    std::string d = r.timed_out ? "timed out; " : "";
    d += r.exited ? "exit status " + std::to_string(r.status) : "killed by signal " + std::to_string(r.signal);
    return d + "\n  stdout: " + r.out + "\n  stderr: " + r.err;
}

// Exactly one line, ending in a newline.
bool one_line(const std::string& text) {
    return !text.empty() && text.back() == '\n' && text.find('\n') == text.size() - 1 && text.size() > 1;
}

// A refusal: normal exit with status 1, nothing on stdout, one line on stderr that starts
// with "tafelgesprek: ".
void expect_refusal(const CliRun& r, const std::string& what) {
    ASSERT_TRUE(r.exited) << what << ": " << describe(r);
    EXPECT_EQ(r.status, 1) << what << ": " << describe(r);
    EXPECT_EQ(r.out, "") << what << ": " << describe(r);
    EXPECT_TRUE(one_line(r.err)) << what << ": stderr is not one line: " << describe(r);
    EXPECT_EQ(r.err.rfind("tafelgesprek: ", 0), 0u) << what << ": " << describe(r);
}

std::set<std::string> listing(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    return names;
}

const tafel::Content& content() {
    static const tafel::Content c = tafel::load_content(TAFEL_TEST_ASSETS_DIR);
    return c;
}

// A valid session with `moves` cards laid and one action card.
tafel::Session busy_session(int moves) {
    tafel::SessionMeta meta;
    meta.kind = tafel::kKindRondomJong;
    meta.title = "Test";
    meta.school = "Testschool";
    meta.date = "01-02-2026";
    tafel::Session s(meta, content(), {});
    std::int64_t at = 1767225600000;
    const char* layers[] = {"fundament", "basis", "extra", "intensief"};
    for (int tile = 1; tile <= moves; ++tile) {
        EXPECT_EQ(tafel::test::why(s.record(
                      tafel::Event{at += 1000, tafel::Seat::bottom, tafel::CardMoved{tile, layers[tile % 4]}})),
                  "");
    }
    EXPECT_EQ(
        tafel::test::why(s.record(tafel::Event{at += 1000, tafel::Seat::top, tafel::ActionCardOpened{1, "basis"}})),
        "");
    EXPECT_EQ(
        tafel::test::why(s.record(tafel::Event{at += 1000, tafel::Seat::top, tafel::ActionFieldSet{1, "naam", "Zoë"}})),
        "");
    return s;
}

std::string replace_first(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "no '" << from << "' in the session text";
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

struct BrokenFile {
    std::string name;
    std::string bytes;
    std::string must_mention;  // a word the message must contain, or empty
};

// Two journal lines after a session of six moves; the first is damaged (one byte changed).
std::string damaged_journal() {
    tafel::Session more = busy_session(8);
    std::string first = tafel::journal_record(more.events()[more.events().size() - 2]);
    first[first.size() / 2] = static_cast<char>(first[first.size() / 2] ^ 0x02);
    return first + tafel::journal_record(more.events().back());
}

std::vector<BrokenFile> broken_files() {
    const std::string good = tafel::session_to_json(busy_session(6));
    std::string binary;
    unsigned state = 12345;
    for (int i = 0; i < 4096; ++i) {
        state = state * 1103515245u + 12345u;
        binary += static_cast<char>((state >> 16) & 0xFF);
    }
    const std::string event_kind = "\"kind\": \"card_moved\"";
    return {
        {"leeg.tafel", "", "leeg"},
        {"afgebroken.tafel", good.substr(0, good.size() / 2), "beschadigd"},
        {"laatste-byte-weg.tafel", good.substr(0, good.rfind('}')), "beschadigd"},
        {"rommel.tafel", "Dit is een boodschappenlijstje: melk, brood, kaas.\n", "beschadigd"},
        {"binair.tafel", binary, ""},
        {"genest.tafel", std::string(200000, '['), "beschadigd"},
        {"nieuwer.tafel",
         replace_first(good, "\"version\": " + std::to_string(tafel::kFormatVersion), "\"version\": 99"),
         "nieuwere versie"},
        {"logboek-kapot.tafel", good + damaged_journal(), "logboek"},
        {"onbekend-soort.tafel", replace_first(good, event_kind, "\"kind\": \"card_teleported\""), "card_teleported"},
        {"veld-weg.tafel", replace_first(good, event_kind, "\"soort\": \"card_moved\""), "kind"},
        {"ander-formaat.tafel", replace_first(good, "tafelgesprek-sessie", "iets-anders"), "iets-anders"},
        {"verkeerd-type.tafel", replace_first(good, "\"at_ms\": ", "\"at_ms\": \"abc\", \"x\": "), "beschadigd"},
        {"onbekende-kaart.tafel", replace_first(good, "\"tile\": 1,", "\"tile\": 9999,"), "9999"},
        {"array.tafel", "[" + good + "]", ""},
        {"ongeldige utf-8 – Zoë.tafel", replace_first(good, "\"Test\"", "\"Te\xff\xfest\""), "beschadigd"},
    };
}

}  // namespace

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
