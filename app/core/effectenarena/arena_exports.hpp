#pragma once
// Exports of an effectenarena session: the answer cards as CSV for Dutch Excel, and a Markdown
// report per persona (goal, answers per question and leefdomein, needs, outcomes by type).
#include <string>
#include <utility>
#include <vector>

#include "core/session/session.hpp"

namespace tafel {

// UTF-8 with BOM, ';', CRLF; header Groep;Persona;Stap;Vraag;Leefdomein;Partij;Antwoord;Type;Arena,
// one row per answer card, by group and then in the order they were written; Arena names the zone
// a card lies in. A party laid from the deck has a row with only its step, name and zone.
std::string export_arena_csv(const Session& session, const SessionState& state);

// What an effectenarena holds, counted for `check` and the title page of the pdf report.
struct ArenaCounts {
    int step = 1, steps = 0;  // the current programme step, 1-based, of how many
    int answers = 0, goals = 0, needs = 0, tagged = 0, on_canvas = 0, links = 0;
};
ArenaCounts arena_counts(const EffectenarenaState& state);

// "stap 9 van 9 · 17 antwoorden · 2 doelen · 5 behoeften · 10 labels · 8 kaarten in de arena · 4 lijnen"
std::string arena_counts_nl(const ArenaCounts& counts);

// "Vraag 2" for vraag2: questions are numbered in content order.
std::string question_label(const EffectenarenaContent& content, const std::string& id);

// A group's answers to one question per leefdomein, each in the order written: the session's
// leefdomeinen first, then any an answer still names that was removed since; empty ones left out.
using AnswersOfLeefdomein = std::pair<std::string, std::vector<const AnswerCard*>>;
std::vector<AnswersOfLeefdomein> answers_per_leefdomein(const EffectenarenaState& state, int group,
                                                        const std::string& question);

// `challenges_only` keeps only the outcomes tagged Probleem and Nodig, as the published summary did.
std::string export_arena_markdown(const Session& session, const SessionState& state, bool challenges_only);

}  // namespace tafel
