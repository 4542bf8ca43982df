#pragma once
// The state of an effectenarena: the fold of its arena_* events (arena_events.hpp). It lives in
// SessionState::effectenarena and starts from the session's content (programme, leefdomeinen,
// personas), which the host may still change before the start.
#include <cstdint>
#include <map>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/effectenarena/arena_events.hpp"
#include "core/session/outcome.hpp"
#include "core/session/content.hpp"

namespace tafel {

// A step's countdown. While it runs, the time used is used_ms plus the time since running_since_ms
// (wall clock, from the events), so the remaining time survives a restart.
struct ArenaTimer {
    std::int64_t running_since_ms = -1;  // -1 while paused or not started
    std::int64_t used_ms = 0;            // time used up to the last pause
    std::int64_t extra_ms = 0;           // added by "+5 min"
    bool running() const { return running_since_ms >= 0; }
    bool operator==(const ArenaTimer&) const = default;
};

struct AnswerCard {
    int id = 0;
    int group = 1;
    int step = 0;
    int round = 0;
    std::string question;
    std::string leefdomein;
    std::string party;
    std::string text;
    std::string tag;        // Trend | Probleem | Nodig | Conclusie | ""
    std::string zone;       // arena zone id, "" when not on the arena canvas
    long placed_order = 0;  // order within its zone
    bool operator==(const AnswerCard&) const = default;
    // A party card laid straight into the arena (ArenaPartyLaid): no group, no question.
    bool from_deck() const { return group == 0; }
};

struct ArenaNeed {
    int group = 1;
    int id = 0;
    std::string nodig, gebeuren, beleggen;
    bool operator==(const ArenaNeed&) const = default;
};

struct ArenaLink {
    int from = 0, to = 0;
    bool operator==(const ArenaLink&) const = default;
};

struct ArenaGroup {
    std::string persona;  // persona id
    std::string goal;
    int facing = 0;  // the side its zone faces, a Seat number (0: onder)
    bool operator==(const ArenaGroup&) const = default;
};

struct EffectenarenaState {
    std::vector<ProgrammeStep> steps;
    std::vector<std::string> leefdomeinen;
    std::vector<Persona> personas;
    std::vector<ArenaGroup> groups;  // groups[0] is groep1
    int current_step = 0;
    bool started = false;                 // once the programme has begun, its preparation is fixed
    std::map<int, ArenaTimer> timers;     // by step
    std::map<std::string, int> revealed;  // persona id -> sections shown
    std::vector<AnswerCard> answers;      // by id
    int highest_answer_id = 0;
    std::vector<ArenaNeed> needs;
    std::vector<ArenaLink> links;
    long next_placed_order = 1;
    bool operator==(const EffectenarenaState&) const = default;  // replay tests compare whole states

    const AnswerCard* find_answer(int id) const;
    AnswerCard* find_answer(int id);
    int next_answer_id() const { return highest_answer_id + 1; }
    const Persona* find_persona(const std::string& id) const;
    const Persona* persona_of_group(int group) const;  // 1-based; nullptr when unknown
    const ArenaGroup* group(int group) const;
    const ProgrammeStep* step(int index) const;
    const ProgrammeStep& current() const;  // the programme is never empty
    // Cards in an arena zone, in the order they were laid there.
    std::vector<const AnswerCard*> answers_in_zone(const std::string& zone) const;
    std::vector<const ArenaNeed*> needs_of_group(int group) const;
    int next_need_id(int group) const;
    bool linked(int a, int b) const;  // in either direction
};

EffectenarenaState initial_arena_state(const EffectenarenaContent& content);

// Applies one arena event. `at_ms` is the event's wall-clock time (for the clock).
// Refused with a Dutch description of why the event does not fit.
template <ArenaEvent T>
Outcome apply_arena(const EffectenarenaContent& content, EffectenarenaState& state, const T& event, std::int64_t at_ms);

// Time left on a step's countdown at wall-clock time `now_ms`; negative once it has run out.
std::int64_t arena_remaining_ms(const EffectenarenaState& state, int step, std::int64_t now_ms);

// "[persona]" replaced by a name.
std::string with_persona(const std::string& text, const std::string& name);

// The names of the groups' personas, "Mohammed en Sara" (for plenary steps).
std::string persona_names(const EffectenarenaState& state);

// "optelsom": the answers counted per question and leefdomein, over all groups.
struct ArenaTally {
    std::vector<std::string> questions;  // question ids, in content order
    std::vector<std::string>
        leefdomeinen;  // in state order; an answer in a removed leefdomein is counted under its name
    std::map<std::pair<std::string, std::string>, int> cells;  // (question, leefdomein) -> count
    std::map<int, int> per_group;                              // group -> count
    int total = 0;
    int count(const std::string& question, const std::string& leefdomein) const;
    int question_total(const std::string& question) const;
    int leefdomein_total(const std::string& leefdomein) const;
};
ArenaTally arena_tally(const EffectenarenaContent& content, const EffectenarenaState& state);

// "groep1" for 1.
std::string group_option(int group);

// ---- preparation: the rules the fold applies, shared with the preparation view ------------

constexpr int kMaxStepMinutes = 24 * 60;
constexpr int kMaxPersonaAge = 120;

// "" or why the list cannot be used, as part of a Dutch sentence.
Outcome check_programme(const std::vector<ProgrammeStep>& steps);
Outcome check_leefdomeinen(const std::vector<std::string>& leefdomeinen);
Outcome check_persona(const Persona& persona);

// The programme as a host edits it: each start time follows from the first step's start and
// the durations before it, and the break-outs are numbered in order (round 1, 2, …). A first
// start that is not a time ("HH:MM") leaves the start times as they are.
std::vector<ProgrammeStep> timed_programme(std::vector<ProgrammeStep> steps);
// "HH:MM" plus `minutes`, round the clock; "" when `hhmm` is not a time.
std::string clock_plus(const std::string& hhmm, int minutes);
// Re-timing a step while the meeting runs (ArenaStepRetimed): only the current or a later step,
// between 1 minute and a day. "" when allowed, else why not (part of a Dutch sentence).
Outcome may_retime(const EffectenarenaState& state, int step, int minutes);
// `steps` with step `index` lasting `minutes`; the start times after it follow the durations.
std::vector<ProgrammeStep> retimed_programme(std::vector<ProgrammeStep> steps, size_t index, int minutes);
// Where the programme ends ("17:30"), "" when its first start is not a time.
std::string programme_end(const std::vector<ProgrammeStep>& steps);

// The questions of the break-out sheets, from the programme's break-out steps (programme.json):
// the goal is the last question of the first round; what the persona still needs, what should
// happen and where to place it are the last three questions of the second round. A programme
// without them gets short labels.
struct BreakoutPrompts {
    std::string goal = "Doel";
    std::string nodig = "Nodig", gebeuren = "Wat moet er gebeuren", beleggen = "Beleggen bij";
};
BreakoutPrompts breakout_prompts(const EffectenarenaState& state);

// A step id not yet used in `steps` ("stap-10").
std::string new_step_id(const std::vector<ProgrammeStep>& steps);

// Lower-case letters, digits, - and _: usable as a file stem (a persona's id).
bool file_name_like(const std::string& id);
// A file-name-like id for a new persona, made from its name ("Zoë de Vries" -> "zoe-de-vries"),
// with "-2", "-3"… when taken.
std::string new_persona_id(const std::string& name, const std::vector<Persona>& personas);

}  // namespace tafel
