#pragma once
// Views over more than one session: the regional summary (per layer how often each party is
// involved or marked nog niet betrokken; open and overdue actions per school) and the
// comparison of two Rondom Jong sessions of one school (say a year apart).
#include <string>
#include <vector>

#include "core/session/session.hpp"

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
    std::vector<PartyTally> parties;   // by layer (bottom-up), then most involved first, then name
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
    std::string status_at_meeting;   // as the meeting of `before` left it (empty: written at a follow-up)
    std::string status_followed_up;  // after the follow-ups recorded in `before` (empty: none)
    std::string status_later;        // the same action in `after` (see same_action); empty: not there
    std::string action_later;        // its text in `after` when it was written differently there
};
// "bij de bijeenkomst bezig → na opvolging afgerond → in de latere sessie afgerond", or
// "… → niet meer in de latere sessie": one line for the command line and the screen.
std::string fate_text(const ActionFate& fate);
struct Comparison {
    std::vector<LayerChange> layers;       // top of the pyramid first, as it is read
    std::vector<ActionFate> actions;       // the actions of `before` and what became of them
    std::vector<std::string> new_actions;  // actions of `after` that `before` did not have ("naam: actie")
};
// Whether session `a` was held before `b`: by the date of the session, then by when its file
// was created (two sessions on one day).
bool held_before(const SessionMeta& a, const SessionMeta& b);

// Actions are matched one to one: a later action stands for at most one earlier action.
Comparison compare_sessions(const Session& before, const Session& after);
std::string comparison_text(const Comparison& comparison, const Session& before, const Session& after);

// Text as people mean it: lower case, punctuation as space, one space between words, none at
// the ends ("Ik bel  OUDERS." and "ik bel ouders" are the same).
std::string normalized_text(const std::string& text);
// Whether two action texts of one person are one action written twice: equal once normalised,
// or sharing most of their meaningful words (see overview.cpp). 0 when not; higher is closer.
double action_similarity(const std::string& a, const std::string& b);

}  // namespace tafel
