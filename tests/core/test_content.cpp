#include "core/session/json.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/rondomjong/exports.hpp"
#include "core/session/content.hpp"
#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "test_support.hpp"

using namespace tafel;
namespace fs = std::filesystem;

TEST(Content, LoadsTheBundledMethodContent) {
    const Content& c = test::real_content();
    ASSERT_EQ(c.rondomjong.layers.size(), 4u);
    EXPECT_EQ(c.rondomjong.layers[0].name, "Het fundament");
    EXPECT_EQ(c.rondomjong.layers[1].share, "80-90%");
    EXPECT_EQ(c.rondomjong.layers[3].share, "1-5%");
    ASSERT_FALSE(c.rondomjong.decks.empty());
    EXPECT_EQ(c.rondomjong.decks[0].cards.size(), 25u);
    EXPECT_EQ(c.rondomjong.decks[0].cards.front(), "DIRECTEUR");
    EXPECT_EQ(c.rondomjong.steps.size(), 11u);
    EXPECT_EQ(c.rondomjong.steps[4].question, "Wat gaat er goed?");
    int with_notes = 0;
    for (const auto& s : c.rondomjong.steps) with_notes += s.takes_note ? 1 : 0;
    EXPECT_EQ(with_notes, 6);  // questions 2, 4, 5, 6, 7 and 8
    EXPECT_EQ(c.effectenarena.questions.size(), 3u);
    EXPECT_EQ(c.effectenarena.leefdomeinen.front(), "School");
    ASSERT_FALSE(c.effectenarena.personas.empty());
    EXPECT_EQ(c.effectenarena.personas[0].name, "Mohammed");
}

namespace {
// A copy of assets/ in a temp folder, to break one file at a time.
fs::path copy_assets(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("tafel-content-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(TAFEL_TEST_ASSETS_DIR, dir, fs::copy_options::recursive);
    return dir;
}
void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }
std::string error_of(const fs::path& dir) {
    try {
        load_content(dir);
    } catch (const UserError& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST(Content, BrokenJsonNamesFileLineAndColumn) {
    fs::path dir = copy_assets("syntax");
    write(dir / "rondomjong" / "cards.json", "{\n  \"decks\": [\n    {\"id\": \"x\",, }\n  ]\n}\n");
    std::string message = error_of(dir);
    EXPECT_NE(message.find("rondomjong/cards.json"), std::string::npos) << message;
    EXPECT_NE(message.find("regel 3"), std::string::npos) << message;
    fs::remove_all(dir);
}

TEST(Content, MissingKeyNamesThePath) {
    fs::path dir = copy_assets("missing");
    write(
        dir / "rondomjong" / "procedure.json",
        R"({"steps": [{"number": 1, "hint": "", "takes_note": false, "lays_cards": false, "marks_not_yet": false, "writes_actions": false}]})");
    std::string message = error_of(dir);
    EXPECT_NE(message.find("procedure.json"), std::string::npos) << message;
    EXPECT_NE(message.find("steps[1]"), std::string::npos) << message;
    EXPECT_NE(message.find("'question' ontbreekt"), std::string::npos) << message;
    fs::remove_all(dir);
}

TEST(Content, MissingFileAndWrongLayerIdAreRefused) {
    fs::path dir = copy_assets("file");
    fs::remove(dir / "rondomjong" / "layers.json");
    EXPECT_NE(error_of(dir).find("ontbreekt"), std::string::npos);
    fs::remove_all(dir);

    dir = copy_assets("layer");
    std::string text;
    {
        std::ifstream in(dir / "rondomjong" / "layers.json");  // closed before the folder goes (Windows)
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    text.replace(text.find("\"fundament\""), 11, "\"bodem\"");
    write(dir / "rondomjong" / "layers.json", text);
    EXPECT_NE(error_of(dir).find("fundament"), std::string::npos);
    fs::remove_all(dir);
}

namespace {
// The programme with one edit, and the sentence loading it gives.
std::string programme_error(const std::string& name, const std::string& from, const std::string& to, bool all = false) {
    fs::path dir = copy_assets(name);
    fs::path file = dir / "effectenarena" / "programme.json";
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();  // Windows cannot remove a folder that holds an open file
    size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    while (at != std::string::npos) {
        text.replace(at, from.size(), to);
        at = all ? text.find(from, at + to.size()) : std::string::npos;
    }
    write(file, text);
    std::string message = error_of(dir);
    fs::remove_all(dir);
    return message;
}
void expect_one_dutch_sentence_with(const std::string& message, const std::string& part) {
    EXPECT_NE(message.find(part), std::string::npos) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
}
}  // namespace

TEST(Content, TheProgrammeIsCheckedAtLoad) {
    expect_one_dutch_sentence_with(programme_error("start", "\"15:30\"", "\"drie uur\""), "'drie uur'");
    expect_one_dutch_sentence_with(programme_error("start2", "\"15:30\"", "\"25:00\""), "'25:00'");
    expect_one_dutch_sentence_with(programme_error("minutes", "\"minutes\": 10", "\"minutes\": 0"),
                                   "minstens 1 minuut");
    expect_one_dutch_sentence_with(programme_error("no-steps", "\"steps\": [", "\"steps\": [], \"old_steps\": ["),
                                   "ontbreken de stappen van het programma");
    expect_one_dutch_sentence_with(programme_error("domain", "\"School\"", "\"Gezin\""), "'Gezin' twee keer");
    expect_one_dutch_sentence_with(programme_error("ids", "\"intro\"", "\"welkom\""), "'welkom' twee keer");
    EXPECT_EQ(programme_error("fine", "\"15:30\"", "\"9:30\""), "") << "one digit for the hour is a clock time too";
}

TEST(Content, AMissingPersonasFolderIsNamed) {
    fs::path dir = copy_assets("personas");
    fs::remove_all(dir / "effectenarena" / "personas");
    expect_one_dutch_sentence_with(error_of(dir), "persona's");
    fs::remove_all(dir);
}

TEST(Content, CardNamesArePlainAndTheirBreakPlacesComeFromTheData) {
    const RondomJongContent& rj = test::real_content().rondomjong;
    for (const Deck& deck : rj.decks) {
        for (const std::string& name : deck.cards) {
            EXPECT_EQ(name.find(kSoftHyphen), std::string::npos) << name;
            EXPECT_EQ(without_break_places(rj.with_break_places(name)), name);
        }
    }
    const std::string shy = kSoftHyphen;
    EXPECT_EQ(rj.with_break_places("ONDERWIJSASSISTENTEN"), "ONDER" + shy + "WIJS" + shy + "ASSIS" + shy + "TENTEN");
    EXPECT_EQ(rj.with_break_places("INTERN BEGELEIDER/ZORGCOÖRDINATOR"),
              "INTERN BEGE" + shy + "LEIDER/ZORG" + shy + "COÖR" + shy + "DINATOR");
    EXPECT_EQ(rj.with_break_places("JEUGDZORGWERKER"), "JEUGD" + shy + "ZORG" + shy + "WERKER");
    // A blank card typed by people: the words the data knows get their places, others stay.
    EXPECT_EQ(rj.with_break_places("JEUGDZORGWERKER GEMEENTE"), "JEUGD" + shy + "ZORG" + shy + "WERKER GEMEENTE");
    EXPECT_EQ(rj.with_break_places("Buurthuis west"), "Buurthuis west");
}

TEST(Content, NoExportNorSessionFileHoldsASoftHyphen) {
    Session s = test::new_session();
    for (const char* name : {"ONDERWIJSASSISTENTEN", "JEUGDZORGWERKER", "INTERN BEGELEIDER/ZORGCOÖRDINATOR",
                             "SCHOOLPSYCHOLOOG/ORTHOPEDAGOOG", "KERK, MOSKEE, SYNAGOGE OF ANDER GEBEDSHUIS"}) {
        test::must_record(s, CardMoved{test::tile_named(s, name), "basis"});
    }
    test::must_record(s, BlankCardCreated{s.state().rondomjong.next_tile_id(), "JEUGDZORGWERKER GEMEENTE", 0});
    test::must_record(s, CardMoved{s.state().rondomjong.tiles.back().id, "extra"});
    const fs::path file = fs::temp_directory_path() / "tafel-test-no-soft-hyphen.tafel";
    save_session(s, file);
    std::ifstream in(file, std::ios::binary);
    const std::string saved((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();  // Windows cannot remove a file that is still open
    fs::remove(file);
    ASSERT_NE(saved.find("ONDERWIJSASSISTENTEN"), std::string::npos);
    const std::string md = export_markdown(s, s.state());
    ASSERT_NE(md.find("JEUGDZORGWERKER"), std::string::npos);
    for (const std::string& out : {saved, md, export_board_csv(s, s.state()), export_actions_csv(s, s.state())}) {
        EXPECT_EQ(out.find(kSoftHyphen), std::string::npos);
    }
}
