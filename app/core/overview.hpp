#pragma once
// Views over more than one session: the regional summary (per layer how often each party is
// involved or marked nog niet betrokken; open and overdue actions per school) and the
// comparison of two Rondom Jong sessions of one school (say a year apart).
#include <string>
#include <vector>

#include "core/session.hpp"

namespace tafel {

struct PartyTally {
    std::string layer;  // layer id
    std::string party;
    int involved = 0;  // sessions in which it lies in this layer as betrokken
    int not_yet = 0;   // sessions in which it lies there marked nog niet betrokken
};

struct SchoolTally {
    std::string school;
    int sessions = 0;
    int actions = 0;
    int open = 0;     // not afgerond
    int overdue = 0;  // not afgerond and past the planned date
};

struct Summary {
    int sessions = 0;
    std::vector<PartyTally> parties;  // by layer (bottom-up), then most involved first, then name
    std::vector<SchoolTally> schools;  // by name
};

// Rondom Jong sessions only; `today` (jjjjmmdd) is the reference date for "over tijd".
Summary summarize(const std::vector<Session>& sessions, int today);
std::string summary_text(const Summary& summary, const Content& content, const std::string& today_text);
// UTF-8 with BOM, ';', CRLF: two tables separated by an empty line.
std::string summary_csv(const Summary& summary, const Content& content);

// What changed from session `before` to session `after`.
struct LayerChange {
    std::string layer;
    std::vector<std::string> added, removed, now_involved, now_not_yet;
};
struct ActionFate {
    std::string name, action, planned;
    std::string status_at_meeting;   // as the meeting of `before` left it
    std::string status_followed_up;  // after the follow-ups recorded in `before` (empty: none)
    std::string status_later;        // the same action (person and text) in `after`; empty: not there
};
struct Comparison {
    std::vector<LayerChange> layers;  // top of the pyramid first, as it is read
    std::vector<ActionFate> actions;  // the actions of `before` and what became of them
    std::vector<std::string> new_actions;  // actions of `after` that `before` did not have ("naam: actie")
};
Comparison compare_sessions(const Session& before, const Session& after);
std::string comparison_text(const Comparison& comparison, const Session& before, const Session& after);

}  // namespace tafel
