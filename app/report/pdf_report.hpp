#pragma once
// The A4 report of a Rondom Jong session for the school, drawn with cairo: a title page, the
// pyramid with its cards, per layer the cards, notes and action cards, and the action plan as
// a table. Lives beside the core (it needs cairo, not SDL, GL or ImGui).
#include <filesystem>

#include "core/session.hpp"

namespace tafel {

// Writes the report of `session` as it stands in `state`. Throws UserError (one Dutch sentence)
// when the file cannot be written or the session is no Rondom Jong session.
void write_pdf_report(const Session& session, const SessionState& state, const std::filesystem::path& out);

}  // namespace tafel
