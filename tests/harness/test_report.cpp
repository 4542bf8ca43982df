// The pdf report and the exports, through the real binary: both methods get a real A4 report
// (read back with poppler, as a reader would see it), the effectenarena report holds what the
// session holds, and an export that cannot be written leaves an earlier file exactly as it was.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <regex>
#include <set>
#include <sstream>

#include "core/effectenarena/arena_exports.hpp"
#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "harness_support.hpp"

using namespace tafel::harness;

namespace {

const fs::path kRondomJong = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-rondomjong.tafel";
const fs::path kArena = fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-effectenarena.tafel";

std::string output_of(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return out;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

int page_count(const fs::path& pdf) {
    std::smatch m;
    const std::string info = output_of("pdfinfo " + quote(pdf.string()));
    return std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(m[1]) : 0;
}

// Runs of whitespace as one space: poppler reads a wrapped line back with a line break.
std::string folded(const std::string& text) { return std::regex_replace(text, std::regex("\\s+"), " "); }

std::string raw_pdf_text(const fs::path& pdf, int page = 0) {
    const std::string pages = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
    return output_of("pdftotext -enc UTF-8" + pages + " " + quote(pdf.string()) + " -");
}

// The text of the pdf as poppler reads it, folded.
std::string pdf_text(const fs::path& pdf) { return folded(raw_pdf_text(pdf)); }

// The words on a page apart from its footer ("Tafelgesprek · … " and "pagina N").
size_t words_above_the_footer(const fs::path& pdf, int page) {
    std::istringstream lines(raw_pdf_text(pdf, page));
    size_t n = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("Tafelgesprek ·", 0) == 0 || line.rfind("pagina ", 0) == 0) continue;
        std::istringstream words(line);
        for (std::string w; words >> w;) ++n;
    }
    return n;
}

std::set<std::string> listing(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    return names;
}

void expect_a4_pdf_without_empty_pages(const fs::path& pdf) {
    const std::string bytes = read_file(pdf);
    EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
    EXPECT_NE(bytes.find("/MediaBox [ 0 0 595.28 841.89 ]"), std::string::npos) << "not A4 portrait";
    const int pages = page_count(pdf);
    EXPECT_GE(pages, 4);
    for (int p = 1; p <= pages; ++p) EXPECT_GE(words_above_the_footer(pdf, p), 3u) << "page " << p << " is empty";
}

}  // namespace

TEST(Report, ThePdfOfTheRondomJongDemoIsARealA4DocumentOfSeveralPages) {
    fs::path dir = temp_dir("pdf");
    fs::path pdf = dir / "verslag.pdf";
    RunOutcome r = run_app("export " + quote(kRondomJong.string()) + " --format pdf --out " + quote(pdf.string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_GT(read_file(pdf).size(), 10000u);
    expect_a4_pdf_without_empty_pages(pdf);
    // Rendered the way a reader would see it: poppler (installed by scripts/setup.sh).
    ASSERT_EQ(
        std::system(("pdftoppm -png -r 30 " + quote(pdf.string()) + " " + quote((dir / "pagina").string())).c_str()),
        0);
    int pages = 0;
    for (const auto& entry : fs::directory_iterator(dir))
        pages += entry.path().filename().string().rfind("pagina", 0) == 0;
    EXPECT_EQ(pages, page_count(pdf));
    // The action plan holds every action card.
    const tafel::Session demo = tafel::load_session(kRondomJong);
    const std::string text = pdf_text(pdf);
    for (const tafel::ActionCard& card : demo.state().rondomjong.actions) {
        EXPECT_NE(text.find(folded(card.field("naam"))), std::string::npos) << card.field("naam");
    }
    // --at works on the report too.
    RunOutcome at = run_app(
        "export " + quote(kRondomJong.string()) + " --format pdf --at 10 --out " + quote((dir / "at.pdf").string()),
        dir);
    ASSERT_EQ(at.exit_code, 0) << at.err;
    EXPECT_EQ(read_file(dir / "at.pdf").substr(0, 5), "%PDF-");
    fs::remove_all(dir);
}

TEST(Report, TheEffectenarenaReportHoldsPersonasGoalsAnswersNeedsAndTheArena) {
    fs::path dir = temp_dir("pdf-arena");
    fs::path pdf = dir / "arena.pdf";
    RunOutcome r = run_app("export " + quote(kArena.string()) + " --format pdf --out " + quote(pdf.string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    expect_a4_pdf_without_empty_pages(pdf);
    EXPECT_NE(read_file(pdf).find("/Subtype /Image"), std::string::npos) << "Mohammed's picture is missing";

    const tafel::Session demo = tafel::load_session(kArena);
    const tafel::EffectenarenaState& s = demo.state().effectenarena;
    const std::string text = pdf_text(pdf);
    auto expect_text = [&](const std::string& wanted, const std::string& what) {
        EXPECT_NE(text.find(folded(wanted)), std::string::npos) << what << " '" << wanted << "' is not in the report";
    };
    expect_text(demo.meta().title, "the title");
    expect_text(demo.meta().facilitator, "the facilitator");
    for (const tafel::ProgrammeStep& step : s.steps) expect_text(step.title, "the programme step");
    ASSERT_EQ(s.groups.size(), 2u);
    for (int g = 1; g <= 2; ++g) {
        SCOPED_TRACE("groep " + std::to_string(g));
        const tafel::Persona* p = s.persona_of_group(g);
        ASSERT_NE(p, nullptr);
        expect_text(p->name + ", " + std::to_string(p->age) + " jaar", "the persona");
        expect_text(p->sections.back().text, "the persona's last section");
        ASSERT_FALSE(s.group(g)->goal.empty());
        expect_text(s.group(g)->goal, "the goal");
        expect_text(tafel::with_persona(demo.content().effectenarena.questions[0].text, p->name), "question 1");
        ASSERT_FALSE(s.needs_of_group(g).empty());
        for (const tafel::ArenaNeed* n : s.needs_of_group(g)) {
            expect_text(n->nodig, "a need");
            expect_text(n->beleggen, "where the need is placed");
        }
    }
    for (const tafel::AnswerCard& a : s.answers) expect_text(a.text, "an answer");
    // The outcomes, as listed under their tag.
    for (const tafel::AnswerCard& a : s.answers) {
        if (a.tag.empty()) continue;
        expect_text(a.text + (a.party.empty() ? "" : " (" + a.party + ")") + " — " +
                        tafel::question_label(demo.content().effectenarena, a.question) + ", " + a.leefdomein,
                    "a tagged outcome");
    }
    ASSERT_FALSE(s.links.empty());
    for (const tafel::ArenaLink& l : s.links)
        expect_text(s.find_answer(l.from)->text + " → " + s.find_answer(l.to)->text, "a line");
    fs::remove_all(dir);
}

TEST(Report, AtGivesTheEffectenarenaAsItStoodThen) {
    fs::path dir = temp_dir("pdf-arena-at");
    const tafel::Session demo = tafel::load_session(kArena);
    size_t before_goals = 0;  // the events before the first goal was written
    while (before_goals < demo.events().size() && std::string(demo.events()[before_goals].kind()) != "arena_goal_set")
        ++before_goals;
    ASSERT_LT(before_goals, demo.events().size());
    const tafel::Session cut = tafel::session_until(demo, before_goals);
    const tafel::EffectenarenaState& then = cut.state().effectenarena;
    ASSERT_TRUE(then.group(1)->goal.empty());
    ASSERT_FALSE(then.answers.empty());
    fs::path pdf = dir / "toen.pdf";
    RunOutcome r = run_app("export " + quote(kArena.string()) + " --format pdf --at " + std::to_string(before_goals) +
                               " --out " + quote(pdf.string()),
                           dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string text = pdf_text(pdf);
    EXPECT_NE(text.find("(nog geen doel geschreven)"), std::string::npos);
    EXPECT_EQ(text.find(folded(demo.state().effectenarena.group(1)->goal)), std::string::npos)
        << "a goal from later on";
    EXPECT_NE(text.find(folded(then.answers.back().text)), std::string::npos) << "an answer written by then";
    EXPECT_EQ(text.find(folded(demo.state().effectenarena.answers.back().text)), std::string::npos)
        << "an answer from later on";
    EXPECT_NE(text.find("stap " + std::to_string(then.current_step + 1) + " van " + std::to_string(then.steps.size())),
              std::string::npos);
    fs::remove_all(dir);
}

TEST(Report, ANewEffectenarenaGetsAReportWithItsEmptyPlaces) {
    fs::path dir = temp_dir("pdf-arena-new");
    fs::path session = dir / "arena.tafel";
    ASSERT_EQ(run_app("new effectenarena --out " + quote(session.string()), dir).exit_code, 0);
    RunOutcome r =
        run_app("export " + quote(session.string()) + " --format pdf --out " + quote((dir / "a.pdf").string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    expect_a4_pdf_without_empty_pages(dir / "a.pdf");
    const std::string text = pdf_text(dir / "a.pdf");
    EXPECT_NE(text.find("(nog geen doel geschreven)"), std::string::npos);
    EXPECT_NE(text.find("(er zijn geen kaarten in de arena gelegd)"), std::string::npos);
    fs::remove_all(dir);
}

TEST(Export, AnExportReplacesTheEarlierOneAndLeavesNothingBeside) {
    fs::path dir = temp_dir("export-again");
    fs::create_directories(dir / "uit");
    for (const char* format : {"md", "arena-csv", "pdf"}) {
        const fs::path out = dir / "uit" / (std::string("verslag.") + format);
        write_file(out, "het verslag van vorige week\n");
        RunOutcome r =
            run_app("export " + quote(kArena.string()) + " --format " + format + " --out " + quote(out.string()), dir);
        ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
        EXPECT_NE(read_file(out), "het verslag van vorige week\n") << format;
    }
    EXPECT_EQ(listing(dir / "uit"), (std::set<std::string>{"verslag.md", "verslag.arena-csv", "verslag.pdf"}));
    fs::remove_all(dir);
}

TEST(Export, AnExportThatFailsHalfWayLeavesTheEarlierFileAsItWas) {
    // A file size limit makes the write fail part-way, as a full disk does; with SIGXFSZ
    // ignored (inherited by the binary) the write returns EFBIG instead of killing it.
    fs::path dir = temp_dir("export-half");
    fs::create_directories(dir / "uit");
    const std::string earlier = "het verslag van vorige week\n";
    for (const char* format : {"md", "arena-csv", "pdf"}) {
        SCOPED_TRACE(format);
        const fs::path out = dir / "uit" / (std::string("verslag.") + format);
        write_file(out, earlier);
        const std::string command = "trap '' XFSZ; ulimit -f 1; SDL_VIDEODRIVER=offscreen " + quote(TAFEL_BINARY) +
                                    " --assets " + quote(TAFEL_TEST_ASSETS_DIR) + " export " + quote(kArena.string()) +
                                    " --format " + format + " --out " + quote(out.string()) + " 2>" +
                                    quote((dir / "fout.txt").string()) + " </dev/null";
        const int status = std::system(("sh -c " + quote(command)).c_str());
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 1) << "status " << status;
        const std::string err = read_file(dir / "fout.txt");
        EXPECT_EQ(err.rfind("tafelgesprek: ", 0), 0u) << err;
        EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << "not one line: " << err;
        EXPECT_NE(err.find("groter dan het systeem toestaat"), std::string::npos) << err;
        EXPECT_EQ(read_file(out), earlier) << "the earlier export was changed";
    }
    EXPECT_EQ(listing(dir / "uit"), (std::set<std::string>{"verslag.md", "verslag.arena-csv", "verslag.pdf"}))
        << "a temp file was left behind";
    fs::remove_all(dir);
}

TEST(Export, AnExportThatCannotBeWrittenLeavesTheEarlierFileAsItWas) {
    // A folder the export may not write in. Root may write anywhere, so as root the binary runs
    // as the unprivileged user 65534 (setpriv, util-linux).
    std::string as_other_user;
    if (::geteuid() == 0) {
        if (std::system("command -v setpriv >/dev/null") != 0)
            GTEST_SKIP() << "root without setpriv cannot test permissions";
        as_other_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    }
    fs::path dir = temp_dir("export-locked");
    fs::path locked = dir / "alleen-lezen";
    fs::create_directories(locked);
    const std::string earlier = "het verslag van vorige week\n";
    for (const char* format : {"md", "arena-csv", "pdf"})
        write_file(locked / (std::string("verslag.") + format), earlier);
    const auto before = listing(locked);
    ASSERT_EQ(::chmod(locked.c_str(), 0555), 0);
    for (const char* format : {"md", "arena-csv", "pdf"}) {
        SCOPED_TRACE(format);
        const fs::path out = locked / (std::string("verslag.") + format);
        const std::string command = "SDL_VIDEODRIVER=offscreen " + as_other_user + quote(TAFEL_BINARY) + " --assets " +
                                    quote(TAFEL_TEST_ASSETS_DIR) + " export " + quote(kArena.string()) + " --format " +
                                    format + " --out " + quote(out.string()) + " >" +
                                    quote((dir / "uit.txt").string()) + " 2>" + quote((dir / "fout.txt").string()) +
                                    " </dev/null";
        const int status = std::system(command.c_str());
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 1) << "status " << status;
        const std::string err = read_file(dir / "fout.txt");
        EXPECT_EQ(read_file(dir / "uit.txt"), "");
        EXPECT_EQ(err.rfind("tafelgesprek: ", 0), 0u) << err;
        EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << "not one line: " << err;
        EXPECT_NE(err.find(out.string()), std::string::npos) << err;
        EXPECT_NE(err.find("geen schrijfrechten"), std::string::npos) << err;
        EXPECT_NE(err.find("Het vorige bestand is bewaard gebleven."), std::string::npos) << err;
        EXPECT_EQ(read_file(out), earlier) << "the earlier export was changed";
    }
    EXPECT_EQ(listing(locked), before) << "a temp file was left behind";
    ::chmod(locked.c_str(), 0755);
    fs::remove_all(dir);
}
