#include "core/effectenarena/arena_exports.hpp"

#include <algorithm>
#include <vector>

#include "core/session/csv.hpp"

namespace tafel {
namespace {

std::string persona_name(const EffectenarenaState& s, int group) {
    const Persona* p = s.persona_of_group(group);
    return p ? p->name : std::string();
}

std::string step_title(const EffectenarenaState& s, int step) {
    const ProgrammeStep* st = s.step(step);
    return st ? st->title : std::string();
}

// Answers in the order the report and the CSV list them: by group, then as they were written.
std::vector<const AnswerCard*> ordered_answers(const EffectenarenaState& s) {
    std::vector<const AnswerCard*> out;
    for (const AnswerCard& a : s.answers) out.push_back(&a);
    std::stable_sort(out.begin(), out.end(),
                     [](const AnswerCard* a, const AnswerCard* b) { return a->group < b->group; });
    return out;
}

std::string zone_name(const EffectenarenaContent& c, const std::string& zone) {
    for (const ArenaZone& z : c.arena_zones) {
        if (z.id == zone) return z.name;
    }
    return zone;
}

std::string answer_line(const AnswerCard& a) {
    std::string s = "- " + a.text;
    if (a.from_deck())
        s += " (partijkaart)";
    else if (!a.party.empty())
        s += " (" + a.party + ")";
    if (!a.tag.empty()) s += " — *" + a.tag + "*";
    return s + "\n";
}

}  // namespace

std::string question_label(const EffectenarenaContent& c, const std::string& id) {
    for (size_t i = 0; i < c.questions.size(); ++i) {
        if (c.questions[i].id == id) return "Vraag " + std::to_string(i + 1);
    }
    return id;
}

ArenaCounts arena_counts(const EffectenarenaState& s) {
    ArenaCounts n;
    n.step = s.current_step + 1;
    n.steps = static_cast<int>(s.steps.size());
    for (const ArenaGroup& g : s.groups) n.goals += g.goal.empty() ? 0 : 1;
    n.needs = static_cast<int>(s.needs.size());
    for (const AnswerCard& a : s.answers) {
        n.answers += a.from_deck() ? 0 : 1;
        n.tagged += a.tag.empty() ? 0 : 1;
        n.on_canvas += a.zone.empty() ? 0 : 1;
    }
    n.links = static_cast<int>(s.links.size());
    return n;
}

std::string arena_counts_nl(const ArenaCounts& n) {
    auto count = [](int k, const char* one, const char* many) {
        return " · " + std::to_string(k) + " " + (k == 1 ? one : many);
    };
    return "stap " + std::to_string(n.step) + " van " + std::to_string(n.steps) +
           count(n.answers, "antwoord", "antwoorden") + count(n.goals, "doel", "doelen") +
           count(n.needs, "behoefte", "behoeften") + count(n.tagged, "label", "labels") +
           count(n.on_canvas, "kaart in de arena", "kaarten in de arena") + count(n.links, "lijn", "lijnen");
}

std::vector<AnswersOfLeefdomein> answers_per_leefdomein(const EffectenarenaState& s, int group,
                                                        const std::string& question) {
    std::vector<AnswersOfLeefdomein> out;
    for (const std::string& l : s.leefdomeinen) out.push_back({l, {}});
    for (const AnswerCard& a : s.answers) {
        if (a.group != group || a.question != question) continue;
        auto it =
            std::find_if(out.begin(), out.end(), [&](const AnswersOfLeefdomein& d) { return d.first == a.leefdomein; });
        if (it == out.end()) it = out.insert(out.end(), {a.leefdomein, {}});
        it->second.push_back(&a);
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const AnswersOfLeefdomein& d) { return d.second.empty(); }),
              out.end());
    return out;
}

std::string export_arena_csv(const Session& session, const SessionState& state) {
    const EffectenarenaContent& c = session.content().effectenarena;
    const EffectenarenaState& s = state.effectenarena;
    std::string out = std::string(kCsvBom) + csv_row({"Groep", "Persona", "Stap", "Vraag", "Leefdomein", "Partij",
                                                      "Antwoord", "Type", "Arena"});
    for (const AnswerCard* a : ordered_answers(s)) {
        const std::string arena = a->zone.empty() ? std::string() : zone_name(c, a->zone);
        if (a->from_deck()) {
            // A party card laid in the arena: no group, no question, no answer of its own.
            out += csv_row({"", "", step_title(s, a->step), "", "", a->party, "", a->tag, arena});
            continue;
        }
        out += csv_row({"Groep " + std::to_string(a->group), persona_name(s, a->group), step_title(s, a->step),
                        question_label(c, a->question), a->leefdomein, a->party, a->text, a->tag, arena});
    }
    return out;
}

namespace {

std::string markdown_heading(const SessionMeta& meta, const EffectenarenaState& s, bool challenges_only) {
    std::string out = "# " + meta.title + (challenges_only ? " — opgaven" : "") + "\n\n";
    out += "- Soort: " + kind_name_nl(meta.kind) + "\n";
    out += "- School: " + (meta.school.empty() ? std::string("(niet ingevuld)") : meta.school) + "\n";
    out += "- Datum: " + meta.date + "\n";
    if (!meta.facilitator.empty()) out += "- Gespreksleider: " + meta.facilitator + "\n";
    out += "- Antwoorden: " + std::to_string(arena_counts(s).answers) + "\n\n";
    if (challenges_only)
        out += "Alleen de uitkomsten van het soort Probleem en Nodig, en wat de persona’s nog nodig hebben.\n\n";
    return out;
}

// The optelsom: every participant's answers add up to the whole.
std::string markdown_tally(const EffectenarenaContent& c, const EffectenarenaState& s) {
    ArenaTally tally = arena_tally(c, s);
    std::string out = "## Optelsom\n\n| Vraag |";
    for (const std::string& l : tally.leefdomeinen) out += " " + l + " |";
    out += " Totaal |\n|---|";
    for (size_t i = 0; i < tally.leefdomeinen.size(); ++i) out += "---:|";
    out += "---:|\n";
    for (const std::string& q : tally.questions) {
        out += "| " + question_label(c, q) + " |";
        for (const std::string& l : tally.leefdomeinen) out += " " + std::to_string(tally.count(q, l)) + " |";
        out += " " + std::to_string(tally.question_total(q)) + " |\n";
    }
    out += "| Totaal |";
    for (const std::string& l : tally.leefdomeinen) out += " " + std::to_string(tally.leefdomein_total(l)) + " |";
    return out + " " + std::to_string(tally.total) + " |\n\n";
}

std::string markdown_answers(const EffectenarenaContent& c, const EffectenarenaState& s, int g,
                             const std::string& name) {
    std::string out;
    for (const ArenaQuestion& q : c.questions) {
        out += "### " + question_label(c, q.id) + ". " + with_persona(q.text, name) + "\n\n";
        const auto per_leefdomein = answers_per_leefdomein(s, g, q.id);
        if (per_leefdomein.empty()) out += "(geen antwoorden)\n\n";
        for (const auto& [leefdomein, answers] : per_leefdomein) {
            out += "**" + leefdomein + "**\n\n";
            for (const AnswerCard* a : answers) out += answer_line(*a);
            out += "\n";
        }
    }
    return out;
}

std::string markdown_needs(const EffectenarenaState& s, int g, const std::string& name) {
    auto needs = s.needs_of_group(g);
    std::string out = "### Wat " + name + " nog nodig heeft\n\n";
    if (needs.empty()) out += "(niets vastgelegd)\n";
    for (const ArenaNeed* n : needs) {
        out += "- **Nodig:** " + (n->nodig.empty() ? std::string("–") : n->nodig);
        if (!n->gebeuren.empty()) out += " — **wat moet er gebeuren:** " + n->gebeuren;
        if (!n->beleggen.empty()) out += " — **beleggen bij:** " + n->beleggen;
        out += "\n";
    }
    return out;
}

std::string markdown_outcomes(const EffectenarenaContent& c, const EffectenarenaState& s, int g, bool challenges_only) {
    const std::vector<std::string> challenge_types = {"Probleem", "Nodig"};
    std::string out = "\n### Uitkomsten\n\n";
    bool any_outcome = false;
    for (const std::string& type : c.outcome_types) {
        if (challenges_only && std::find(challenge_types.begin(), challenge_types.end(), type) == challenge_types.end())
            continue;
        bool header = false;
        for (const AnswerCard& a : s.answers) {
            if (a.group != g || a.tag != type) continue;
            if (!header) out += "#### " + type + "\n\n";
            header = true;
            any_outcome = true;
            out += "- " + a.text + (a.party.empty() ? "" : " (" + a.party + ")") + " — " +
                   question_label(c, a.question) + ", " + a.leefdomein + "\n";
        }
        if (header) out += "\n";
    }
    if (!any_outcome) out += "(nog geen antwoorden getypeerd)\n\n";
    return out;
}

std::string markdown_group(const EffectenarenaContent& c, const EffectenarenaState& s, int g, bool challenges_only) {
    const Persona* p = s.persona_of_group(g);
    std::string out = "## Groep " + std::to_string(g) + ": " + (p ? p->name : std::string("(geen persona)"));
    if (p && p->age > 0) out += ", " + std::to_string(p->age) + " jaar";
    if (p && !p->title.empty()) out += " — " + p->title;
    out += "\n\n";
    const std::string name = p ? p->name : "de persona";
    const std::string& goal = s.groups[static_cast<size_t>(g - 1)].goal;
    out += "**Doel:** " + (goal.empty() ? std::string("(nog geen doel geschreven)") : goal) + "\n\n";
    if (!challenges_only) out += markdown_answers(c, s, g, name);
    return out + markdown_needs(s, g, name) + markdown_outcomes(c, s, g, challenges_only);
}

// The arena canvas in words: the cards per zone (party cards from the deck among them) and the lines.
std::string markdown_arena(const EffectenarenaContent& c, const EffectenarenaState& s) {
    std::string out = "## Arena\n\n";
    for (const ArenaZone& z : c.arena_zones) {
        auto cards = s.answers_in_zone(z.id);
        if (cards.empty()) continue;
        out += "**" + z.name + "**\n\n";
        for (const AnswerCard* a : cards) out += answer_line(*a);
        out += "\n";
    }
    out += "**Lijnen**\n\n";
    for (const ArenaLink& l : s.links) {
        const AnswerCard* a = s.find_answer(l.from);
        const AnswerCard* b = s.find_answer(l.to);
        if (a && b) out += "- " + a->text + " → " + b->text + "\n";
    }
    return out + "\n";
}

}  // namespace

std::string export_arena_markdown(const Session& session, const SessionState& state, bool challenges_only) {
    const EffectenarenaContent& c = session.content().effectenarena;
    const EffectenarenaState& s = state.effectenarena;
    std::string out = markdown_heading(session.meta(), s, challenges_only);
    if (!challenges_only) out += markdown_tally(c, s);
    for (size_t gi = 0; gi < s.groups.size(); ++gi)
        out += markdown_group(c, s, static_cast<int>(gi) + 1, challenges_only);
    const bool on_canvas =
        std::any_of(s.answers.begin(), s.answers.end(), [](const AnswerCard& a) { return !a.zone.empty(); });
    if (!challenges_only && on_canvas) out += markdown_arena(c, s);
    return out;
}

}  // namespace tafel
