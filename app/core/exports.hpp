#pragma once
// Exports of a session's state: readable Markdown and the CSV files Dutch Excel opens
// (UTF-8 with BOM, ';'-separated, CRLF, quoted where needed).
#include <string>

#include "core/session.hpp"

namespace tafel {

std::string export_markdown(const Session& session, const SessionState& state);
std::string export_board_csv(const Session& session, const SessionState& state);
std::string export_actions_csv(const Session& session, const SessionState& state);

// One CSV field, quoted when it holds a separator, a quote or a line break.
std::string csv_field(const std::string& value);

}  // namespace tafel
