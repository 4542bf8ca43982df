#pragma once
// The events of an effectenarena session (issue 4). They sit in the same log as every other
// event (events.hpp lists them in Payload) and fold into EffectenarenaState (arena_state.hpp).
// Kind names start with "arena_" so they never clash with other methods' events.
// Groups are numbered from 1 (groep1, groep2); programme steps from 0 (index into the programme).
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <string>
#include <vector>

#include "core/session/content.hpp"
#include "core/session/event_traits.hpp"

namespace tafel {

// Marks a payload type as an effectenarena event, so the fold can hand it to the arena code.
#define TAFEL_ARENA_EVENT(name, role)                                                 \
    static constexpr const char* kind = name;                                         \
    static constexpr EventTraits traits{EventMethod::effectenarena, EventRole::role}; \
    static constexpr bool arena_event = true

// ---- navigation: not undoable -------------------------------------------------------------

struct ArenaStepChanged {
    TAFEL_ARENA_EVENT("arena_step_changed", navigation);
    int step = 0;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(step)); }
};

// The countdown of a step. Its time is the event's wall-clock time (Event::at_ms), so a
// reopened session knows how much time is left.
struct ArenaTimerStarted {
    TAFEL_ARENA_EVENT("arena_timer_started", navigation);
    int step = 0;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(step)); }
};
struct ArenaTimerPaused {
    TAFEL_ARENA_EVENT("arena_timer_paused", navigation);
    int step = 0;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(step)); }
};
struct ArenaTimerExtended {
    TAFEL_ARENA_EVENT("arena_timer_extended", navigation);
    int step = 0;
    int seconds = 300;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(step), CEREAL_NVP(seconds)); }
};
struct ArenaTimerReset {
    TAFEL_ARENA_EVENT("arena_timer_reset", navigation);
    int step = 0;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(step)); }
};

// The host shows the first `sections` sections of a persona (the introduction, bit by bit).
struct ArenaPersonaRevealed {
    TAFEL_ARENA_EVENT("arena_persona_revealed", navigation);
    std::string persona;  // persona id
    int sections = 0;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(persona), CEREAL_NVP(sections)); }
};

// A break-out zone turns to face the side of the table where its group stands; its sheets open
// turned the same way. `side` is a Seat number: 0 onder, 1 rechts, 2 boven, 3 links.
struct ArenaZoneTurned {
    TAFEL_ARENA_EVENT("arena_zone_turned", navigation);
    int group = 1;
    int side = 0;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(group), CEREAL_NVP(side)); }
};

// ---- what people say: undoable ------------------------------------------------------------

// An answer card: "wie doet wat", for one group, question and leefdomein.
struct ArenaAnswerCreated {
    TAFEL_ARENA_EVENT("arena_answer_created", change);
    int card = 0;
    int group = 1;
    int step = 0;          // the programme step it was written in
    int round = 0;         // break-out round of that step (1 or 2), 0 when written in a plenary step
    std::string question;  // vraag1 | vraag2 | vraag3
    std::string leefdomein;
    std::string party;  // a party card's name, may be empty
    std::string text;
    template <class A> void serialize(A& ar) {
        ar(CEREAL_NVP(card), CEREAL_NVP(group), CEREAL_NVP(step), CEREAL_NVP(round), CEREAL_NVP(question),
           CEREAL_NVP(leefdomein), CEREAL_NVP(party), CEREAL_NVP(text));
    }
};

// The fields of an answer card that ArenaAnswerEdited names (the file keeps these words).
inline constexpr const char* kAnswerFieldText = "text";
inline constexpr const char* kAnswerFieldParty = "party";
inline constexpr const char* kAnswerFieldQuestion = "question";

// One field of an answer card changes: text | party | question.
struct ArenaAnswerEdited {
    TAFEL_ARENA_EVENT("arena_answer_edited", change);
    int card = 0;
    std::string field;
    std::string value;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(card), CEREAL_NVP(field), CEREAL_NVP(value)); }
};

// An answer card moves to another leefdomein column or to the other group.
struct ArenaAnswerMoved {
    TAFEL_ARENA_EVENT("arena_answer_moved", change);
    int card = 0;
    int group = 1;
    std::string leefdomein;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(card), CEREAL_NVP(group), CEREAL_NVP(leefdomein)); }
};

// The one shared goal a group writes for its persona ("Welk doel willen we samen bereiken?").
struct ArenaGoalSet {
    TAFEL_ARENA_EVENT("arena_goal_set", change);
    int group = 1;
    std::string text;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(group), CEREAL_NVP(text)); }
};

// Second break-out: what the persona still needs, what should happen, where it could be placed.
// `need` numbers the entries; setting all three texts empty removes the entry.
struct ArenaNeedSet {
    TAFEL_ARENA_EVENT("arena_need_set", change);
    int group = 1;
    int need = 0;
    std::string nodig;
    std::string gebeuren;
    std::string beleggen;
    template <class A> void serialize(A& ar) {
        ar(CEREAL_NVP(group), CEREAL_NVP(need), CEREAL_NVP(nodig), CEREAL_NVP(gebeuren), CEREAL_NVP(beleggen));
    }
};

// Trend | Probleem | Nodig | Conclusie, or "" to take the tag off.
struct ArenaTagSet {
    TAFEL_ARENA_EVENT("arena_tag_set", change);
    int card = 0;
    std::string tag;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(card), CEREAL_NVP(tag)); }
};

// An answer card is laid in a zone of the arena canvas ("" takes it off the canvas, with its links).
struct ArenaCardPlaced {
    TAFEL_ARENA_EVENT("arena_card_placed", change);
    int card = 0;
    std::string zone;  // activiteiten | investeerders | effecten | incasseerders | ""
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(card), CEREAL_NVP(zone)); }
};

// A party card from the Rondom Jong deck (or a blank card's name) laid straight into a zone of the
// arena, for example "GEMEENTE" as investeerder. It becomes a card of the arena (numbered with
// the answers, so lines can reach it) that belongs to no group and answers no question.
struct ArenaPartyLaid {
    TAFEL_ARENA_EVENT("arena_party_laid", change);
    int card = 0;
    std::string party;
    std::string zone;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(card), CEREAL_NVP(party), CEREAL_NVP(zone)); }
};

struct ArenaLinkAdded {
    TAFEL_ARENA_EVENT("arena_link_added", change);
    int from = 0;
    int to = 0;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(from), CEREAL_NVP(to)); }
};
struct ArenaLinkRemoved {
    TAFEL_ARENA_EVENT("arena_link_removed", change);
    int from = 0;
    int to = 0;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(from), CEREAL_NVP(to)); }
};

// The host gives the current or a later step more or fewer minutes while the meeting runs; the
// later steps' start times follow. Steps already walked keep their time (the rule is in the core:
// apply_arena refuses an earlier step).
struct ArenaStepRetimed {
    TAFEL_ARENA_EVENT("arena_step_retimed", change);
    int step = 0;
    int minutes = 0;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(step), CEREAL_NVP(minutes)); }
};

// ---- preparation: only before the start (no step left, no timer, no answer yet) -------------

struct ArenaProgrammeSet {
    TAFEL_ARENA_EVENT("arena_programme_set", preparation);
    std::vector<ProgrammeStep> steps;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(steps)); }
};
struct ArenaLeefdomeinenSet {
    TAFEL_ARENA_EVENT("arena_leefdomeinen_set", preparation);
    std::vector<std::string> leefdomeinen;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(leefdomeinen)); }
};
// The break-out groups, each by the id of its persona.
struct ArenaGroupsSet {
    TAFEL_ARENA_EVENT("arena_groups_set", preparation);
    std::vector<std::string> personas;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(personas)); }
};
// Adds a persona, or replaces the one with the same id (the persona editor; allowed at any time).
struct ArenaPersonaSet {
    TAFEL_ARENA_EVENT("arena_persona_set", change);
    Persona persona;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(persona)); }
};

#undef TAFEL_ARENA_EVENT

template <class T>
concept ArenaEvent = requires {
    T::arena_event;
};

// A short Dutch description for review and logs (defined for every arena event in arena_state.cpp).
template <ArenaEvent T> std::string describe_arena_nl(const T& event);

#define TAFEL_ARENA_PAYLOADS                                                                                          \
    ArenaStepChanged, ArenaTimerStarted, ArenaTimerPaused, ArenaTimerExtended, ArenaTimerReset, ArenaPersonaRevealed, \
        ArenaAnswerCreated, ArenaAnswerEdited, ArenaAnswerMoved, ArenaGoalSet, ArenaNeedSet, ArenaTagSet,             \
        ArenaCardPlaced, ArenaLinkAdded, ArenaLinkRemoved, ArenaProgrammeSet, ArenaLeefdomeinenSet, ArenaGroupsSet,   \
        ArenaPersonaSet, ArenaStepRetimed, ArenaPartyLaid, ArenaZoneTurned

}  // namespace tafel
