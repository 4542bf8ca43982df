// A session knows its method: an event of the other method is refused when it is recorded, and
// a file that holds one is refused whole and left as it was. Each event kind declares its method
// and its role for undo beside its type (event_traits.hpp); the rule that undo stops at the
// start of an effectenarena lives in the core.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace tafel;
using tafel::test::must_record;

namespace {

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_bytes(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

// The file's text with the session's kind (in its metadata) changed, nothing else.
std::string with_kind(std::string text, const std::string& from, const std::string& to) {
    const std::string key = "\"kind\": \"" + from + "\"";
    const size_t at = text.find(key);
    EXPECT_NE(at, std::string::npos) << "the fixture names its kind";
    return text.replace(at, key.size(), "\"kind\": \"" + to + "\"");
}

// The number (from 1) and kind of the first event of `method` in a session.
std::pair<size_t, std::string> first_event_of(const Session& s, EventMethod method) {
    for (size_t i = 0; i < s.events().size(); ++i) {
        if (traits_of(s.events()[i].payload).method == method) return {i + 1, s.events()[i].kind()};
    }
    return {0, ""};
}

// Loads a copy of `source` whose kind was changed, and expects a refusal that names the first
// event of the other method, with the file left byte for byte as it was.
void expect_refused_as(const fs::path& source, const std::string& from, const std::string& to, EventMethod foreign) {
    const fs::path dir = fs::temp_directory_path() / ("tafel-method-" + to);
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path mixed = dir / "gemengd.tafel";
    write_bytes(mixed, with_kind(read_bytes(source), from, to));
    const std::string before = read_bytes(mixed);
    const auto [number, kind] = first_event_of(load_session(source), foreign);
    ASSERT_GT(number, 0u) << "the fixture has events of its own method";
    try {
        (void)load_session(mixed);
        ADD_FAILURE() << "a file with an event of the other method loaded";
    } catch (const UserError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("gebeurtenis " + std::to_string(number) + " (" + kind + ") hoort bij"),
                  std::string::npos)
            << message;
        EXPECT_NE(message.find("Er is niets aan het bestand veranderd."), std::string::npos) << message;
    }
    EXPECT_EQ(read_bytes(mixed), before) << "the refused file is unchanged";
    fs::remove_all(dir);
}

}  // namespace

TEST(SessionMethod, AnEffectenarenaFileWithRondomJongEventsIsRefusedAndUnchanged) {
    expect_refused_as(fs::path(TAFEL_TEST_FIXTURES_DIR) / "v1-rondomjong.tafel", kKindRondomJong, kKindEffectenarena,
                      EventMethod::rondomjong);
}

TEST(SessionMethod, ARondomJongFileWithArenaEventsIsRefusedAndUnchanged) {
    expect_refused_as(fs::path(TAFEL_TEST_ASSETS_DIR) / "demo" / "demo-effectenarena.tafel", kKindEffectenarena,
                      kKindRondomJong, EventMethod::effectenarena);
}

TEST(SessionMethod, AnEventOfTheOtherMethodIsRefusedLive) {
    Session arena = test::new_session(kKindEffectenarena);
    const std::string refused = test::why(arena.record(Event{1, Seat::bottom, CardMoved{1, "basis"}}));
    EXPECT_EQ(refused, "deze gebeurtenis hoort bij Rondom Jong en niet bij een Effectenarena-sessie");
    EXPECT_TRUE(arena.events().empty());

    Session board = test::new_session(kKindRondomJong);
    EXPECT_NE(test::why(board.record(Event{1, Seat::bottom, ArenaStepChanged{1}})), "");
    EXPECT_TRUE(board.events().empty());
    // Undo and redo belong to every session.
    must_record(board, CardMoved{1, "basis"});
    must_record(board, Undo{});
    must_record(board, Redo{});
}

TEST(SessionMethod, UndoStopsAtTheStartOfTheMeetingInTheCore) {
    Session s = test::new_session(kKindEffectenarena);
    must_record(s, ArenaLeefdomeinenSet{{"School", "Thuis"}});
    EXPECT_TRUE(s.may_undo().done()) << "before the start the preparation can be undone";
    must_record(s, ArenaStepChanged{1});  // the meeting starts
    ASSERT_TRUE(s.state().can_undo());
    EXPECT_EQ(test::why(s.may_undo()),
              "de voorbereiding ligt vast sinds de start en kan niet meer ongedaan worden gemaakt");
    const size_t before = s.events().size();
    EXPECT_NE(test::why(s.record(Event{2, Seat::bottom, Undo{}})), "");
    EXPECT_EQ(s.events().size(), before);
    // A change made in the meeting can still be undone.
    must_record(s, ArenaGoalSet{1, "Mohammed voelt zich gezien"});
    EXPECT_TRUE(s.may_undo().done());
    must_record(s, Undo{});
    EXPECT_TRUE(s.state().effectenarena.groups.front().goal.empty());
}

// Every kind declares its method; an effectenarena kind is named arena_…, the others are not.
template <size_t I = 0> void expect_methods_match_names() {
    if constexpr (I < std::variant_size_v<Payload>) {
        using Kind = std::variant_alternative_t<I, Payload>;
        const std::string name = Kind::kind;
        const bool arena_name = name.rfind("arena_", 0) == 0;
        EXPECT_EQ(Kind::traits.method == EventMethod::effectenarena, arena_name) << name;
        expect_methods_match_names<I + 1>();
    }
}

TEST(EventTraits, EveryKindDeclaresTheMethodItsNameSays) { expect_methods_match_names(); }
