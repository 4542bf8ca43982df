#pragma once
// Exports of an effectenarena session: the answer cards as CSV for Dutch Excel, and a Markdown
// report per persona (goal, answers per question and leefdomein, needs, outcomes by type).
#include <string>

#include "core/session.hpp"

namespace tafel {

// UTF-8 with BOM, ';', CRLF; header Groep;Persona;Stap;Vraag;Leefdomein;Partij;Antwoord;Type,
// one row per answer card, by group and then in the order they were written.
std::string export_arena_csv(const Session& session, const SessionState& state);

// `challenges_only` keeps only the outcomes tagged Probleem and Nodig, as the published summary did.
std::string export_arena_markdown(const Session& session, const SessionState& state, bool challenges_only);

}  // namespace tafel
