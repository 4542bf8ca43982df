// The effectenarena's flow (issue 11): a step re-timed while the meeting runs, the bundled
// programme that adds up, the break-out sheets' questions from the programme, a party from the
// deck laid in the arena, and the geometry of the arena's lines and columns.
#include <gtest/gtest.h>

#include "core/effectenarena/arena_exports.hpp"
#include "core/effectenarena/arena_geometry.hpp"
#include "core/effectenarena/step_kind.hpp"
#include "core/session/session_file.hpp"
#include "test_support.hpp"

using namespace tafel;
using test::must_record;

namespace {

Session arena_session() { return test::new_session(kKindEffectenarena); }
const EffectenarenaState& ea(const Session& s) { return s.state().effectenarena; }

std::vector<std::string> starts(const Session& s) {
    std::vector<std::string> out;
    for (const ProgrammeStep& st : ea(s).steps) out.push_back(st.start);
    return out;
}

}  // namespace

TEST(ArenaFlow, TheBundledProgrammeAddsUpToTheSourcesTimes) {
    // 001:1488-1540: 15:00 welkom, 15:30 intro, 15:40 persona's, 15:55 pauze, 16:00 break-out,
    // 16:30 terugkoppeling, 16:40 break-out, 17:00 plenair, 17:25 afsluiting.
    const std::vector<ProgrammeStep>& steps = test::real_content().effectenarena.steps;
    const std::vector<std::string> printed = {"15:00", "15:30", "15:40", "15:55", "16:00",
                                              "16:30", "16:40", "17:00", "17:25"};
    ASSERT_EQ(steps.size(), printed.size());
    for (size_t i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].start, printed[i]) << steps[i].id;
        if (i > 0) {
            EXPECT_EQ(clock_plus(steps[i - 1].start, steps[i - 1].minutes), steps[i].start) << steps[i].id;
        }
    }
    EXPECT_EQ(steps[2].minutes, 15) << "the persona introduction ends when the pauze begins";
    EXPECT_EQ(timed_programme(steps), steps) << "nothing for the fold to even out";
    EXPECT_EQ(programme_end(steps), "17:30");
}

TEST(ArenaFlow, AStepIsRetimedAfterTheStartAndTheLaterStepsMove) {
    Session s = arena_session();
    must_record(s, ArenaStepChanged{1});
    must_record(s, ArenaStepChanged{4});
    ASSERT_TRUE(ea(s).started);
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaProgrammeSet{ea(s).steps}})), "")
        << "the whole programme stays fixed after the start";
    const std::vector<std::string> before = starts(s);

    // +5 on the current step: its clock has five minutes more, every later step starts 5 later.
    must_record(s, ArenaStepRetimed{4, 35});
    EXPECT_EQ(ea(s).steps[4].minutes, 35);
    EXPECT_EQ(arena_remaining_ms(ea(s), 4, 0), 35 * 60000);
    for (size_t i = 0; i <= 4; ++i) EXPECT_EQ(ea(s).steps[i].start, before[i]) << "walked or current: stays";
    EXPECT_EQ(ea(s).steps[5].start, "16:35");
    EXPECT_EQ(ea(s).steps[8].start, "17:30");
    EXPECT_EQ(programme_end(ea(s).steps), "17:35") << "+5 min on one step moves the end by 5 minutes";

    // A later step shorter: only what comes after it moves back.
    must_record(s, ArenaStepRetimed{7, 15});
    EXPECT_EQ(ea(s).steps[7].start, "17:05");
    EXPECT_EQ(ea(s).steps[8].start, "17:20");

    // Refused, with a sentence: a step already walked, zero minutes, more than a day, no such step.
    EXPECT_EQ(test::why(s.record(Event{2, Seat::bottom, ArenaStepRetimed{2, 20}})),
              "een stap die al voorbij is houdt de tijd die hij had");
    EXPECT_EQ(test::why(s.record(Event{2, Seat::bottom, ArenaStepRetimed{5, 0}})),
              "een stap duurt minstens één minuut");
    EXPECT_NE(test::why(s.record(Event{2, Seat::bottom, ArenaStepRetimed{5, kMaxStepMinutes + 1}})), "");
    EXPECT_NE(test::why(s.record(Event{2, Seat::bottom, ArenaStepRetimed{42, 10}})), "");
    EXPECT_EQ(test::why(may_retime(ea(s), 3, 10)), "een stap die al voorbij is houdt de tijd die hij had")
        << "the view asks the same rule";

    // A change like an answer: undo takes it back, and a reload folds to the same programme.
    must_record(s, Undo{});
    EXPECT_EQ(ea(s).steps[7].minutes, 25);
    EXPECT_EQ(ea(s).steps[8].start, "17:30");
    Session again = session_from_json(session_to_json(s), "test");
    EXPECT_EQ(again.state().effectenarena, ea(s));
    EXPECT_EQ(describe_arena_nl(ArenaStepRetimed{4, 35}), "stap 5 duurt nu 35 min");
}

TEST(ArenaFlow, ADeckPartyIsLaidAsInvesteerderAndExported) {
    Session s = arena_session();
    must_record(s, ArenaStepChanged{4});
    must_record(s, ArenaAnswerCreated{1, 1, 4, 1, "vraag1", "School", "MENTOR", "Mentorgesprek elke week"});
    must_record(s, ArenaCardPlaced{1, "activiteiten"});
    must_record(s, ArenaPartyLaid{2, "GEMEENTE", "investeerders"});
    must_record(s, ArenaLinkAdded{2, 1});
    const AnswerCard* party = ea(s).find_answer(2);
    ASSERT_NE(party, nullptr);
    EXPECT_TRUE(party->from_deck());
    EXPECT_EQ(party->zone, "investeerders");
    EXPECT_EQ(ea(s).answers_in_zone("investeerders").size(), 1u);
    // It answers no question: the optelsom and the groups leave it out.
    EXPECT_EQ(arena_tally(s.content().effectenarena, ea(s)).total, 1);
    EXPECT_EQ(arena_counts(ea(s)).answers, 1);
    EXPECT_EQ(arena_counts(ea(s)).on_canvas, 2);
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaAnswerMoved{2, 1, "School"}})), "");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaAnswerEdited{2, kAnswerFieldQuestion, "vraag1"}})), "");
    // Refused: a number out of order, no name, a zone that does not exist.
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaPartyLaid{9, "WIJKAGENT", "investeerders"}})), "");
    EXPECT_EQ(test::why(s.record(Event{1, Seat::bottom, ArenaPartyLaid{3, "", "investeerders"}})),
              "een partijkaart zonder naam");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaPartyLaid{3, "WIJKAGENT", "ergens"}})), "");

    const std::string csv = export_arena_csv(s, s.state());
    EXPECT_NE(csv.find("Groep;Persona;Stap;Vraag;Leefdomein;Partij;Antwoord;Type;Arena\r\n"), std::string::npos);
    EXPECT_NE(csv.find(";;Break-out sessie;;;GEMEENTE;;;Investeerders\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("Mentorgesprek elke week;;Activiteiten\r\n"), std::string::npos) << csv;
    const std::string md = export_arena_markdown(s, s.state(), false);
    EXPECT_NE(md.find("**Investeerders**\n\n- GEMEENTE (partijkaart)\n"), std::string::npos) << md;
    EXPECT_NE(md.find("- GEMEENTE → Mentorgesprek elke week"), std::string::npos) << md;
    EXPECT_NE(md.find("- Antwoorden: 1\n"), std::string::npos) << md;
    must_record(s, Undo{});  // the line
    must_record(s, Undo{});  // the party
    EXPECT_EQ(ea(s).find_answer(2), nullptr);
}

TEST(ArenaFlow, TheBreakoutSheetsAskTheProgrammesQuestions) {
    Session s = arena_session();
    const BreakoutPrompts p = breakout_prompts(ea(s));
    EXPECT_EQ(p.goal, "Welk doel willen we samen bereiken voor deze leerling?");
    EXPECT_EQ(p.nodig, "Wat heeft deze persona nog nodig?");
    EXPECT_EQ(p.gebeuren, "Wat willen we graag dat daarvoor gebeurt?");
    EXPECT_EQ(p.beleggen, "Waar zouden we dit kunnen beleggen?");
    // A facilitator's own wording in programme.json is what the sheets ask.
    std::vector<ProgrammeStep> steps = ea(s).steps;
    steps[4].questions.back() = "Wat willen we samen bereiken?";
    must_record(s, ArenaProgrammeSet{steps});
    EXPECT_EQ(breakout_prompts(ea(s)).goal, "Wat willen we samen bereiken?");
    // Without break-out questions the sheets fall back on short labels.
    for (ProgrammeStep& st : steps) st.questions.clear();
    must_record(s, ArenaProgrammeSet{steps});
    EXPECT_EQ(breakout_prompts(ea(s)).goal, "Doel");
    EXPECT_EQ(breakout_prompts(ea(s)).nodig, "Nodig");
}

TEST(ArenaFlow, StepKindsAreNamedAndTheFileKeepsItsWords) {
    for (StepKind k : kStepKinds) EXPECT_EQ(step_kind_of(step_kind_word(k)), k);
    EXPECT_EQ(step_kind_of("lunch"), StepKind::unknown);
    EXPECT_STREQ(step_kind_label(StepKind::breakout), "break-out");
    EXPECT_EQ(step_kind(test::real_content().effectenarena.steps[3]), StepKind::pauze);
}

TEST(ArenaGeometry, LinesRunFromEdgeToEdge) {
    const Box a{0, 0, 100, 40}, b{300, 0, 100, 40};
    CardLine l = line_between(a, b);
    EXPECT_FLOAT_EQ(l.a.x, 100);
    EXPECT_FLOAT_EQ(l.a.y, 20);
    EXPECT_FLOAT_EQ(l.b.x, 300);
    EXPECT_FLOAT_EQ(l.b.y, 20);
    const Box below{0, 200, 100, 40};
    l = line_between(a, below);
    EXPECT_FLOAT_EQ(l.a.y, 40);
    EXPECT_FLOAT_EQ(l.b.y, 200);
    // Diagonal: the end lies on the edge of each box, never inside it.
    l = line_between(a, Box{300, 300, 100, 40});
    EXPECT_TRUE(l.a.x == 100 || l.a.y == 40);
    EXPECT_TRUE(l.b.x == 300 || l.b.y == 300);
}

TEST(ArenaGeometry, TheCrossThatTakesALineAwayNeverLiesOnACard) {
    // Three cards in a row: the line from the first to the third passes over the second, whose
    // middle is the line's middle. A tap there must carry the card, so the ✕ moves along the line.
    const Box first{0, 0, 100, 60}, middle{150, 0, 100, 60}, last{300, 0, 100, 60};
    const CardLine line = line_between(first, last);
    const LinePoint h = handle_on_line(line, {first, middle, last}, 10);
    EXPECT_TRUE(h.x + 10 <= middle.x || h.x - 10 >= middle.x + middle.w) << h.x;
    EXPECT_GT(h.x, first.x + first.w);
    EXPECT_LT(h.x, last.x);
    EXPECT_FLOAT_EQ(h.y, 30);
    // Nothing in the way: the middle.
    const LinePoint free = handle_on_line(line, {first, last}, 10);
    EXPECT_FLOAT_EQ(free.x, 200);
}

TEST(ArenaGeometry, ColumnsKeepTheCardSizeAndGrowDownwards) {
    const float w = column_width(300, 90, 10);
    EXPECT_FLOAT_EQ(w, 93.333336f);  // three columns spread over the width
    const ColumnLayout l = column_layout({50, 80, 50, 50, 50}, 300, w, 10);
    ASSERT_EQ(l.boxes.size(), 5u);
    for (const Box& b : l.boxes) EXPECT_FLOAT_EQ(b.w, w) << "no card is made smaller";
    EXPECT_FLOAT_EQ(l.boxes[3].y, 60);  // the fourth under the first (the shortest column)
    EXPECT_FLOAT_EQ(l.height, 110);     // taller than the area may be: then the zone scrolls
    EXPECT_FLOAT_EQ(column_width(50, 90, 10), 50) << "narrower than a card: one column as wide as there is";
}
