#pragma once
// A session: metadata, the content it started with, and the append-only log of events.
// The current state is kept as the fold of the whole log; any earlier state can be computed.
#include <string>
#include <vector>

#include "core/session/content.hpp"
#include "core/session/events.hpp"
#include "core/session/state.hpp"

namespace tafel {

inline constexpr const char* kKindRondomJong = "rondomjong";
inline constexpr const char* kKindEffectenarena = "effectenarena";

struct SessionMeta {
    std::string kind;  // kKindRondomJong | kKindEffectenarena
    std::string title;
    std::string school;
    std::string date;  // dd-mm-jjjj, the day of the meeting
    std::string facilitator;
    std::int64_t created_at_ms = 0;

    template <class A> void serialize(A& ar) {
        ar(CEREAL_NVP(kind), CEREAL_NVP(title), CEREAL_NVP(school), CEREAL_NVP(date), CEREAL_NVP(facilitator),
           CEREAL_NVP(created_at_ms));
    }
};

// Dutch name of a session kind, for lists and summaries.
std::string kind_name_nl(const std::string& kind);

class Session {
public:
    Session() = default;
    // Throws UserError when an event belongs to the other method or does not fold.
    Session(SessionMeta meta, Content content, std::vector<Event> events);

    // The details as they stand after the whole log: the created meta with the last
    // session_details_set in effect laid over it. Lists, headers and reports show this.
    const SessionMeta& meta() const { return shown_meta_; }
    // The meta as the session was created: what the file stores under "meta".
    const SessionMeta& created_meta() const { return meta_; }
    const Content& content() const { return content_; }
    const std::vector<Event>& events() const { return events_; }
    const SessionState& state() const { return state_; }

    // Adds an event at the end of the log if it fits the current state and the session's
    // method; otherwise refuses it with the reason, and nothing changes.
    Outcome record(const Event& event);

    // Whether undo (redo) may act now, for anyone's latest change or (with `side`) for that
    // side's own; the screens grey their buttons with the same answer.
    Outcome may_undo(Seat side = Seat::unknown) const;
    Outcome may_redo(Seat side = Seat::unknown) const;
    // The change an undo or redo (either kind) would take back or put back now: an index into
    // events(), or kNoChange.
    size_t history_target(const Payload& request) const;
    // What change `index` did, in a few Dutch words with card names and action card numbers, as
    // undo names it: "naam op actiekaart 2", "MENTOR naar Sterke basis". Empty for kNoChange.
    std::string name_change_nl(size_t index) const;

    // The state after the first `count` events (replay).
    SessionState state_at(size_t count) const;

private:
    Outcome fits_method(const Payload& payload) const;
    Outcome record_history(const Event& event);
    Outcome stays_after_the_start(size_t event_index, const char* done) const;

    void refresh_meta();
    SessionMeta meta_;
    SessionMeta shown_meta_;
    Content content_;
    std::vector<Event> events_;
    SessionState state_;
};

// `meta` with the typed details of `state` laid over it (an empty typed title keeps the created one).
SessionMeta meta_with_details(const SessionMeta& meta, const SessionState& state);

std::string today_dd_mm_yyyy();
std::int64_t now_ms();

}  // namespace tafel
