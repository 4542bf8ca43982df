#pragma once
// The action plan after the meeting: the list of action cards with filters (layer, person,
// status, overdue against the planned date) and sorting, for review and follow-up meetings.
#include <string>
#include <vector>

#include "core/session/state.hpp"

namespace tafel {

struct ActionFilter {
    std::string layer;   // layer id; empty: every layer
    std::string person;  // the "naam" field, exactly; empty: everybody
    std::string status;  // open | bezig | afgerond; empty: every status
    bool only_overdue = false;
};

enum class ActionSort { number, layer, person, status, planned };

// The date as a sortable number (jjjjmmdd) for `today`; see dates.hpp.
int today_key();

// Not done and its planned date ("gepland") lies before `today_key`.
bool is_overdue(const ActionCard& card, int today_key);

// The cards that pass the filter, sorted (ties by card number). Layers sort bottom-up as
// the content lists them; cards without a planned date sort last.
std::vector<const ActionCard*> list_actions(const RondomJongState& state, const RondomJongContent& content,
                                            const ActionFilter& filter, ActionSort sort, int today_key);

// Everybody named on an action card, sorted, without duplicates.
std::vector<std::string> action_people(const RondomJongState& state);

}  // namespace tafel
