// The effectenarena core: programme data, the step machine, the clock across a restart,
// answers, the optelsom, arena links and the exports.
#include <gtest/gtest.h>

#include "core/effectenarena/arena_exports.hpp"
#include "core/effectenarena/step_kind.hpp"
#include "core/session/session_file.hpp"
#include "test_support.hpp"

using namespace tafel;
using test::must_record;

namespace {

Session arena_session() { return test::new_session(kKindEffectenarena); }

const EffectenarenaState& ea(const Session& s) { return s.state().effectenarena; }

int step_index(const Session& s, const std::string& id) {
    for (size_t i = 0; i < ea(s).steps.size(); ++i) {
        if (ea(s).steps[i].id == id) return static_cast<int>(i);
    }
    ADD_FAILURE() << "no step " << id;
    return 0;
}

void answer(Session& s, int group, const std::string& question, const std::string& domain, const std::string& party,
            const std::string& text, const std::string& step = "breakout1") {
    const int index = step_index(s, step);
    must_record(
        s, ArenaAnswerCreated{ea(s).next_answer_id(), group, index,
                              ea(s).steps[static_cast<size_t>(index)].breakout_round, question, domain, party, text});
}

}  // namespace

TEST(ArenaProgramme, TheBundledProgrammeIsTheOneRunInTheSource) {
    const EffectenarenaContent& c = test::real_content().effectenarena;
    ASSERT_EQ(c.steps.size(), 9u);
    EXPECT_EQ(c.steps.front().start, "15:00");
    EXPECT_EQ(c.steps.back().start, "17:25");
    int breakouts = 0;
    for (const ProgrammeStep& st : c.steps) {
        if (step_kind(st) == StepKind::breakout) {
            ++breakouts;
            EXPECT_EQ(st.breakout_round, breakouts) << st.id;
        }
        EXPECT_FALSE(st.title.empty());
    }
    EXPECT_EQ(breakouts, 2);
    ASSERT_EQ(c.questions.size(), 3u);
    EXPECT_NE(c.questions[0].text.find("[persona]"), std::string::npos);  // questions 1 and 2 name the persona
    EXPECT_NE(c.questions[1].text.find("[persona]"), std::string::npos);
    EXPECT_EQ(c.arena_zones.size(), 4u);
    EXPECT_EQ(c.outcome_types, (std::vector<std::string>{"Trend", "Probleem", "Nodig", "Conclusie"}));
    // Two groups, each with its own persona.
    Session s = arena_session();
    ASSERT_EQ(ea(s).groups.size(), 2u);
    EXPECT_EQ(ea(s).persona_of_group(1)->name, "Mohammed");
    EXPECT_EQ(ea(s).persona_of_group(2)->name, "Sara");
    EXPECT_EQ(persona_names(ea(s)), "Mohammed en Sara");
    EXPECT_EQ(with_persona(c.questions[1].text, "Sara"), "Wat levert dit voor Sara op, welke effecten bereiken we?");
}

TEST(ArenaSteps, StepsAreNavigationThatUndoPassesOver) {
    Session s = arena_session();
    EXPECT_EQ(ea(s).current_step, 0);
    must_record(s, ArenaStepChanged{1});
    must_record(s, ArenaStepChanged{4});
    EXPECT_EQ(ea(s).current().id, "breakout1");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaStepChanged{9}})), "");  // there are 9 steps: 0..8
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaStepChanged{-1}})), "");
    EXPECT_FALSE(s.state().can_undo()) << "a step change is not a change of the meeting";
    answer(s, 1, "vraag1", "School", "MENTOR", "Mentorgesprek elke week");
    must_record(s, ArenaStepChanged{5});
    must_record(s, Undo{});
    EXPECT_TRUE(ea(s).answers.empty());
    EXPECT_EQ(ea(s).current_step, 5) << "undo takes back the answer, not the step";
    // Replay gives the same state at every point.
    EXPECT_EQ(s.state_at(3).effectenarena.current_step, 4);
}

TEST(ArenaSteps, PreparationIsOnlyPossibleBeforeTheStart) {
    Session s = arena_session();
    std::vector<std::string> domains = {"School", "Gezin", "Straat en buurt / vrije tijd", "Online"};
    must_record(s, ArenaLeefdomeinenSet{domains});
    EXPECT_EQ(ea(s).leefdomeinen.size(), 4u);
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaLeefdomeinenSet{{"School", "School"}}})), "");
    std::vector<ProgrammeStep> steps = ea(s).steps;
    steps[4].minutes = 40;
    must_record(s, ArenaProgrammeSet{steps});
    EXPECT_EQ(ea(s).steps[4].minutes, 40);
    must_record(s, ArenaGroupsSet{{"mohammed", "mohammed", "sara"}});
    EXPECT_EQ(ea(s).groups.size(), 3u);
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaGroupsSet{{"niemand"}}})), "");
    must_record(s, ArenaStepChanged{1});
    std::string refused = test::why(s.record(Event{1, Seat::bottom, ArenaLeefdomeinenSet{{"School"}}}));
    EXPECT_NE(refused.find("vóór de start"), std::string::npos) << refused;
    // A persona can still be corrected during the meeting.
    Persona p = *ea(s).find_persona("sara");
    p.title = "valt niet op";
    must_record(s, ArenaPersonaSet{p});
    EXPECT_EQ(ea(s).find_persona("sara")->title, "valt niet op");
}

TEST(ArenaSteps, AnUndoThatWouldRemoveTheStepBeingShownIsRefused) {
    // A step is added, the meeting goes there, then undo would take the step away from under
    // the step change (which is never undone): the undo is refused and the log still folds.
    Session s = arena_session();
    std::vector<ProgrammeStep> steps = ea(s).steps;
    ProgrammeStep extra = steps.back();
    extra.id = "napraten";
    extra.title = "Napraten";
    steps.push_back(extra);
    must_record(s, ArenaProgrammeSet{steps});
    const int last = static_cast<int>(steps.size()) - 1;
    must_record(s, ArenaStepChanged{last});
    const size_t before = s.events().size();
    ASSERT_TRUE(s.state().can_undo());
    const std::string refused = test::why(s.record(Event{2, Seat::bottom, Undo{}}));
    EXPECT_NE(refused.find("kan niet meer ongedaan"), std::string::npos) << refused;
    EXPECT_EQ(s.events().size(), before) << "a refused undo is not in the log";
    EXPECT_EQ(ea(s).current_step, last);
    EXPECT_EQ(ea(s).steps.size(), steps.size());
    // The log as it stands folds to the same state.
    const Session reread(s.meta(), s.content(), s.events());
    EXPECT_TRUE(reread.state().effectenarena == ea(s));
}

TEST(ArenaPreparation, TheProgrammeRulesAreTheFoldsRules) {
    const std::vector<ProgrammeStep> bundled = ea(arena_session()).steps;
    EXPECT_EQ(test::why(check_programme(bundled)), "");
    EXPECT_EQ(test::why(check_programme({})), "een programma zonder stappen");
    auto broken = [&](auto change) {
        std::vector<ProgrammeStep> steps = bundled;
        change(steps);
        return steps;
    };
    const std::vector<std::vector<ProgrammeStep>> refused = {
        broken([](auto& st) { st[2].id = st[1].id; }),  // two steps with one id
        broken([](auto& st) { st[0].id.clear(); }),
        broken([](auto& st) { st[3].minutes = 0; }),  // a step takes time
        broken([](auto& st) { st[3].minutes = kMaxStepMinutes + 1; }),
        broken([](auto& st) { st[5].kind = "workshop"; }),
        broken([](auto& st) { st[5].title.clear(); }),
    };
    for (const auto& steps : refused) {
        const std::string why = test::why(check_programme(steps));
        EXPECT_NE(why, "");
        Session s = arena_session();
        EXPECT_EQ(test::why(s.record(Event{1, Seat::bottom, ArenaProgrammeSet{steps}})), why)
            << "the fold refuses what the view is told";
    }
    EXPECT_EQ(test::why(check_leefdomeinen({"School", ""})), "een leefdomein zonder naam");
    EXPECT_EQ(test::why(check_leefdomeinen({})), "geen enkel leefdomein");
}

TEST(ArenaPreparation, StartTimesFollowTheFirstStartAndTheDurations) {
    EXPECT_EQ(clock_plus("15:40", 20), "16:00");
    EXPECT_EQ(clock_plus("9:05", 60), "10:05");
    EXPECT_EQ(clock_plus("23:50", 15), "00:05");
    EXPECT_EQ(clock_plus("00:00", -5), "23:55");
    EXPECT_EQ(clock_plus("kwart over drie", 5), "");
    EXPECT_EQ(clock_plus("24:00", 5), "");
    std::vector<ProgrammeStep> steps = ea(arena_session()).steps;
    steps[4].minutes = 40;  // the first break-out takes ten minutes more
    steps[1].kind = step_kind_word(StepKind::breakout);
    steps = timed_programme(steps);
    EXPECT_EQ(steps[0].start, "15:00");
    EXPECT_EQ(steps[1].start, "15:30");
    EXPECT_EQ(steps[3].start, "15:55") << "the printed 15:55 follows from the 15 minutes before it";
    EXPECT_EQ(steps[5].start, "16:40");
    EXPECT_EQ(steps[8].start, "17:35");
    // Break-outs are numbered in order: the second round is the one that asks what is still needed.
    EXPECT_EQ(steps[1].breakout_round, 1);
    EXPECT_EQ(steps[4].breakout_round, 2);
    EXPECT_EQ(steps[6].breakout_round, 3);
    EXPECT_EQ(steps[0].breakout_round, 0);
    EXPECT_EQ(test::why(check_programme(steps)), "");
    steps[0].start = "";
    EXPECT_EQ(timed_programme(steps)[1].start, "15:30") << "without a first start the times stay";
    EXPECT_EQ(new_step_id(steps), "stap-10");
    steps[2].id = "stap-10";
    EXPECT_EQ(new_step_id(steps), "stap-11");
}

TEST(ArenaPreparation, NewPersonasGetAFileNameLikeUniqueId) {
    const std::vector<Persona> personas = ea(arena_session()).personas;
    EXPECT_EQ(new_persona_id("Zoë de Vries", personas), "zoe-de-vries");
    EXPECT_EQ(new_persona_id("  Ĳsbrand   (15)", personas), "ijsbrand-15");
    EXPECT_EQ(new_persona_id("Mohammed", personas), "mohammed-2");
    EXPECT_EQ(new_persona_id("😀", personas), "persona");
    EXPECT_TRUE(file_name_like("zoe-de-vries"));
    EXPECT_FALSE(file_name_like("Zoë"));
    EXPECT_FALSE(file_name_like("../sara"));
    Session s = arena_session();
    Persona p;
    p.id = new_persona_id("Fatima", ea(s).personas);
    p.name = "Fatima";
    p.age = 15;
    p.sections = {{"Introductie", "Fatima zit in de derde klas."}, {"", "Een deel zonder kop."}};
    EXPECT_EQ(test::why(check_persona(p)), "deel 2 van de persona heeft geen kop");
    EXPECT_EQ(test::why(s.record(Event{1, Seat::bottom, ArenaPersonaSet{p}})), test::why(check_persona(p)));
    p.sections.pop_back();
    p.age = 121;
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaPersonaSet{p}})), "");
    p.age = 15;
    Persona bad_id = p;
    bad_id.id = "Fatima Jansen";
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaPersonaSet{bad_id}})), "")
        << "a new persona needs an id fit for a file name";
    must_record(s, ArenaPersonaSet{p});
    must_record(s, ArenaGroupsSet{{"mohammed", "sara", "fatima"}});
    EXPECT_EQ(ea(s).persona_of_group(3)->title, "");
    EXPECT_EQ(persona_names(ea(s)), "Mohammed, Sara en Fatima");
    // The edited persona is the one the exports name.
    answer(s, 3, "vraag1", "School", "", "Fatima krijgt een buddy");
    EXPECT_NE(
        export_arena_csv(s, s.state()).find("Groep 3;Fatima;Break-out sessie;Vraag 1;School;;Fatima krijgt een buddy;"),
        std::string::npos);
}

TEST(ArenaPreparation, PicturesAreThePngAndJpegFilesBesideThePersonas) {
    EXPECT_EQ(persona_picture_files(std::filesystem::path(TAFEL_TEST_ASSETS_DIR) / "effectenarena" / "personas"),
              (std::vector<std::string>{"mohammed.png"}));
    EXPECT_TRUE(persona_picture_files("/geen/map").empty());
}

TEST(ArenaClock, StartPauseExtendAndReset) {
    Session s = arena_session();
    const int step = step_index(s, "breakout1");  // 30 minutes
    const std::int64_t t0 = 1'800'000'000'000;
    ASSERT_EQ(test::why(s.record(Event{t0, Seat::bottom, ArenaStepChanged{step}})), "");
    EXPECT_EQ(arena_remaining_ms(ea(s), step, t0 + 999'999), 30 * 60000) << "not started: the full time";
    ASSERT_EQ(test::why(s.record(Event{t0 + 1000, Seat::bottom, ArenaTimerStarted{step}})), "");
    EXPECT_NE(test::why(s.record(Event{t0 + 1500, Seat::bottom, ArenaTimerStarted{step}})), "") << "it runs already";
    EXPECT_EQ(arena_remaining_ms(ea(s), step, t0 + 61'000), 29 * 60000);
    ASSERT_EQ(test::why(s.record(Event{t0 + 121'000, Seat::bottom, ArenaTimerPaused{step}})), "");
    EXPECT_EQ(arena_remaining_ms(ea(s), step, t0 + 999'000), 28 * 60000) << "paused: the clock stands still";
    ASSERT_EQ(test::why(s.record(Event{t0 + 130'000, Seat::bottom, ArenaTimerExtended{step, 300}})), "");
    EXPECT_EQ(arena_remaining_ms(ea(s), step, t0 + 999'000), 33 * 60000);
    ASSERT_EQ(test::why(s.record(Event{t0 + 140'000, Seat::bottom, ArenaTimerReset{step}})), "");
    EXPECT_EQ(arena_remaining_ms(ea(s), step, t0 + 999'000), 30 * 60000);
    // Leaving a step stops its clock.
    ASSERT_EQ(test::why(s.record(Event{t0 + 150'000, Seat::bottom, ArenaTimerStarted{step}})), "");
    ASSERT_EQ(test::why(s.record(Event{t0 + 210'000, Seat::bottom, ArenaStepChanged{step + 1}})), "");
    EXPECT_FALSE(ea(s).timers.at(step).running());
    EXPECT_EQ(arena_remaining_ms(ea(s), step, t0 + 999'000), 29 * 60000);
    EXPECT_FALSE(s.state().can_undo()) << "clock actions are not undoable";
}

TEST(ArenaClock, ARunningClockSurvivesARestart) {
    // The app records "Klok starten", is killed, and is opened again five minutes later: the
    // session reopens on the same step with five minutes less on the clock.
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("tafel-arena-clock-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::filesystem::path file = dir / "klok.tafel";
    Session s = arena_session();
    const int step = step_index(s, "breakout2");  // 20 minutes
    const std::int64_t started = 1'800'000'000'000;
    ASSERT_EQ(test::why(s.record(Event{started - 5000, Seat::bottom, ArenaStepChanged{step}})), "");
    ASSERT_EQ(test::why(s.record(Event{started, Seat::bottom, ArenaTimerStarted{step}})), "");
    save_session(s, file);

    Session reopened = load_session(file);
    const std::int64_t later = started + 5 * 60000 + 30'000;
    EXPECT_EQ(reopened.state().effectenarena.current_step, step);
    EXPECT_TRUE(reopened.state().effectenarena.timers.at(step).running());
    EXPECT_EQ(arena_remaining_ms(reopened.state().effectenarena, step, later), 14 * 60000 + 30'000);
    std::filesystem::remove_all(dir);
}

TEST(ArenaAnswers, CardsAreCheckedAndCanBeEditedMovedAndTagged) {
    Session s = arena_session();
    answer(s, 1, "vraag1", "School", "MENTOR", "Mentorgesprek elke week");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaAnswerCreated{2, 1, 4, 1, "vraag4", "School", "", "x"}})),
              "");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaAnswerCreated{2, 1, 4, 1, "vraag1", "Kerk", "", "x"}})),
              "");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaAnswerCreated{2, 3, 4, 1, "vraag1", "School", "", "x"}})),
              "");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaAnswerCreated{2, 1, 4, 1, "vraag1", "School", "", ""}})),
              "");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaAnswerCreated{5, 1, 4, 1, "vraag1", "School", "", "x"}})),
              "");
    must_record(s, ArenaAnswerEdited{1, "text", "Mentorgesprek twee keer per week"});
    must_record(s, ArenaAnswerEdited{1, "question", "vraag2"});
    must_record(s, ArenaAnswerMoved{1, 2, "Gezin"});
    must_record(s, ArenaTagSet{1, "Trend"});
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaTagSet{1, "Kans"}})), "");
    const AnswerCard& a = *ea(s).find_answer(1);
    EXPECT_EQ(a.text, "Mentorgesprek twee keer per week");
    EXPECT_EQ(a.question, "vraag2");
    EXPECT_EQ(a.group, 2);
    EXPECT_EQ(a.leefdomein, "Gezin");
    EXPECT_EQ(a.tag, "Trend");
    must_record(s, ArenaGoalSet{1, "Mohammed voelt zich gezien op school"});
    EXPECT_EQ(ea(s).group(1)->goal, "Mohammed voelt zich gezien op school");
    must_record(s, ArenaNeedSet{2, 1, "Een vast aanspreekpunt", "Mentor belt wekelijks", "Zorgcoördinator"});
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaNeedSet{2, 3, "x", "", ""}})), "");
    must_record(s, ArenaNeedSet{2, 1, "", "", ""});
    EXPECT_TRUE(ea(s).needs.empty());
}

TEST(ArenaTally, AnswersAddUpPerQuestionAndLeefdomeinOverBothGroups) {
    Session s = arena_session();
    answer(s, 1, "vraag1", "School", "MENTOR", "a");
    answer(s, 2, "vraag1", "School", "DOCENT", "b");
    answer(s, 2, "vraag1", "Gezin", "", "c");
    answer(s, 1, "vraag3", "Straat en buurt / vrije tijd", "JONGERENWERKER", "d", "breakout2");
    ArenaTally t = arena_tally(test::real_content().effectenarena, ea(s));
    EXPECT_EQ(t.count("vraag1", "School"), 2);
    EXPECT_EQ(t.count("vraag1", "Gezin"), 1);
    EXPECT_EQ(t.count("vraag2", "School"), 0);
    EXPECT_EQ(t.question_total("vraag1"), 3);
    EXPECT_EQ(t.leefdomein_total("Straat en buurt / vrije tijd"), 1);
    EXPECT_EQ(t.per_group.at(1), 2);
    EXPECT_EQ(t.per_group.at(2), 2);
    EXPECT_EQ(t.total, 4);
    EXPECT_EQ(ea(s).answers.back().round, 2);
}

TEST(ArenaLinks, LinksJoinCardsOnTheCanvasAndLeaveWithThem) {
    Session s = arena_session();
    answer(s, 1, "vraag1", "School", "MENTOR", "Mentorgesprek");
    answer(s, 1, "vraag2", "School", "", "Mohammed blijft naar school gaan");
    answer(s, 2, "vraag2", "Gezin", "", "Ouders voelen zich gehoord");
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaLinkAdded{1, 2}})), "") << "not on the canvas yet";
    must_record(s, ArenaCardPlaced{1, "activiteiten"});
    must_record(s, ArenaCardPlaced{2, "effecten"});
    must_record(s, ArenaCardPlaced{3, "effecten"});
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaCardPlaced{3, "elders"}})), "");
    must_record(s, ArenaLinkAdded{1, 2});
    must_record(s, ArenaLinkAdded{1, 3});
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaLinkAdded{2, 1}})), "")
        << "the same line, the other way round";
    EXPECT_NE(test::why(s.record(Event{1, Seat::bottom, ArenaLinkAdded{1, 1}})), "");
    EXPECT_EQ(ea(s).links.size(), 2u);
    EXPECT_EQ(ea(s).answers_in_zone("effecten").size(), 2u);
    must_record(s, ArenaLinkRemoved{3, 1});
    EXPECT_EQ(ea(s).links.size(), 1u);
    must_record(s, Undo{});
    EXPECT_EQ(ea(s).links.size(), 2u) << "undo brings the line back";
    must_record(s, ArenaCardPlaced{1, ""});
    EXPECT_TRUE(ea(s).links.empty()) << "a card taken off the canvas takes its lines";
    // Saved and loaded, the canvas is the same.
    Session again = session_from_json(session_to_json(s), "test");
    EXPECT_EQ(again.state().effectenarena.answers_in_zone("effecten").size(), 2u);
    EXPECT_EQ(again.events().size(), s.events().size());
}

TEST(ArenaExports, CsvIsOneRowPerAnswerCardForDutchExcel) {
    Session s = arena_session();
    answer(s, 2, "vraag1", "Gezin", "", "Huisbezoek; samen met “de wijk”");
    answer(s, 1, "vraag1", "School", "MENTOR", "Mentorgesprek elke week");
    answer(s, 1, "vraag3", "Straat en buurt / vrije tijd", "JONGERENWERKER", "Voetbal weer oppakken", "breakout2");
    must_record(s, ArenaTagSet{3, "Nodig"});
    must_record(s, ArenaTagSet{1, "Trend"});
    EXPECT_EQ(export_arena_csv(s, s.state()),
              "\xEF\xBB\xBF"
              "Groep;Persona;Stap;Vraag;Leefdomein;Partij;Antwoord;Type;Arena\r\n"
              "Groep 1;Mohammed;Break-out sessie;Vraag 1;School;MENTOR;Mentorgesprek elke week;;\r\n"
              "Groep 1;Mohammed;Break-out sessies;Vraag 3;Straat en buurt / vrije tijd;JONGERENWERKER;Voetbal weer "
              "oppakken;Nodig;\r\n"
              "Groep 2;Sara;Break-out sessie;Vraag 1;Gezin;;\"Huisbezoek; samen met “de wijk”\";Trend;\r\n");
}

TEST(ArenaExports, MarkdownPerPersonaAndTheChallengesOnly) {
    Session s = arena_session();
    answer(s, 1, "vraag1", "School", "MENTOR", "Mentorgesprek elke week");
    answer(s, 1, "vraag3", "Gezin", "", "Ouders eerder betrekken", "breakout2");
    answer(s, 2, "vraag2", "School", "", "Sara durft vaker iets te zeggen");
    must_record(s, ArenaTagSet{1, "Trend"});
    must_record(s, ArenaTagSet{2, "Probleem"});
    must_record(s, ArenaGoalSet{1, "Mohammed ziet school als zijn plek"});
    must_record(s, ArenaNeedSet{1, 1, "Een vast aanspreekpunt", "Wekelijks contact", "Mentor"});
    const std::string md = export_arena_markdown(s, s.state(), false);
    EXPECT_NE(md.find("## Optelsom"), std::string::npos) << md;
    EXPECT_NE(md.find("| Vraag 1 | 1 | 0 | 0 | 1 |"), std::string::npos) << md;
    EXPECT_NE(md.find("## Groep 1: Mohammed, 14 jaar — wil zijn positie in zijn peer-group niet verliezen"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("**Doel:** Mohammed ziet school als zijn plek"), std::string::npos);
    EXPECT_NE(md.find("### Vraag 1. Wat doen we voor het welbevinden van Mohammed, wat doen we al goed?"),
              std::string::npos);
    EXPECT_NE(md.find("- Mentorgesprek elke week (MENTOR) — *Trend*"), std::string::npos);
    EXPECT_NE(md.find("- **Nodig:** Een vast aanspreekpunt — **wat moet er gebeuren:** Wekelijks contact — **beleggen "
                      "bij:** Mentor"),
              std::string::npos);
    EXPECT_NE(md.find("#### Trend"), std::string::npos);
    EXPECT_NE(md.find("## Groep 2: Sara"), std::string::npos);
    const std::string challenges = export_arena_markdown(s, s.state(), true);
    EXPECT_EQ(challenges.find("#### Trend"), std::string::npos) << challenges;
    EXPECT_EQ(challenges.find("Mentorgesprek"), std::string::npos) << challenges;
    EXPECT_NE(challenges.find("#### Probleem\n\n- Ouders eerder betrekken — Vraag 3, Gezin"), std::string::npos)
        << challenges;
    EXPECT_NE(challenges.find("Een vast aanspreekpunt"), std::string::npos);
}

TEST(ArenaExports, AnswersPerLeefdomeinFollowTheLeefdomeinenAndTheCountsAddUp) {
    Session s = arena_session();
    answer(s, 1, "vraag1", "Gezin", "", "Thuis meer rust");
    answer(s, 1, "vraag1", "School", "MENTOR", "Mentorgesprek");
    answer(s, 1, "vraag1", "Gezin", "", "Ouders op school");
    answer(s, 2, "vraag1", "School", "", "Van de andere groep");
    answer(s, 1, "vraag2", "School", "", "Bij een andere vraag");
    const auto per = answers_per_leefdomein(ea(s), 1, "vraag1");
    ASSERT_EQ(per.size(), 2u) << "a leefdomein without answers is left out";
    EXPECT_EQ(per[0].first, "School");
    ASSERT_EQ(per[0].second.size(), 1u);
    EXPECT_EQ(per[0].second[0]->text, "Mentorgesprek");
    EXPECT_EQ(per[1].first, "Gezin");
    ASSERT_EQ(per[1].second.size(), 2u);
    EXPECT_EQ(per[1].second[0]->text, "Thuis meer rust");
    EXPECT_EQ(per[1].second[1]->text, "Ouders op school");

    must_record(s, ArenaTagSet{2, "Trend"});
    must_record(s, ArenaGoalSet{2, "Sara weet bij wie ze terecht kan"});
    must_record(s, ArenaNeedSet{1, 1, "Rust", "", ""});
    must_record(s, ArenaCardPlaced{2, "activiteiten"});
    must_record(s, ArenaCardPlaced{5, "effecten"});
    must_record(s, ArenaLinkAdded{2, 5});
    const ArenaCounts n = arena_counts(ea(s));
    EXPECT_EQ(n.step, 1);
    EXPECT_EQ(n.steps, static_cast<int>(ea(s).steps.size()));
    EXPECT_EQ(n.answers, 5);
    EXPECT_EQ(n.goals, 1);
    EXPECT_EQ(n.needs, 1);
    EXPECT_EQ(n.tagged, 1);
    EXPECT_EQ(n.on_canvas, 2);
    EXPECT_EQ(n.links, 1);
    EXPECT_EQ(arena_counts_nl(n),
              "stap 1 van " + std::to_string(n.steps) +
                  " · 5 antwoorden · 1 doel · 1 behoefte · 1 label · 2 kaarten in de arena · 1 lijn");
}
