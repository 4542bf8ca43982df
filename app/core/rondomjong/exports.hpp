#pragma once
// Exports of a session's state: readable Markdown and the CSV files Dutch Excel opens
// (see csv.hpp).
#include <string>
#include <vector>

#include "core/session/csv.hpp"
#include "core/session/session.hpp"

namespace tafel {

// Nothing written on it (no name, action, goal, partner or date): not a card in the plan, so
// no export, list or report shows it.
bool is_blank_action(const ActionCard& card);

std::string export_markdown(const Session& session, const SessionState& state);
std::string export_board_csv(const Session& session, const SessionState& state);
std::string export_actions_csv(const Session& session, const SessionState& state);

}  // namespace tafel
