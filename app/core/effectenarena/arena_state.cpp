#include "core/effectenarena/arena_state.hpp"

#include "core/session/events.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

namespace tafel {

const AnswerCard* EffectenarenaState::find_answer(int id) const {
    auto it = std::lower_bound(answers.begin(), answers.end(), id, [](const AnswerCard& a, int v) { return a.id < v; });
    return (it != answers.end() && it->id == id) ? &*it : nullptr;
}

AnswerCard* EffectenarenaState::find_answer(int id) {
    return const_cast<AnswerCard*>(static_cast<const EffectenarenaState*>(this)->find_answer(id));
}

const Persona* EffectenarenaState::find_persona(const std::string& id) const {
    for (const Persona& p : personas) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

const ArenaGroup* EffectenarenaState::group(int g) const {
    return (g >= 1 && g <= static_cast<int>(groups.size())) ? &groups[static_cast<size_t>(g - 1)] : nullptr;
}

const Persona* EffectenarenaState::persona_of_group(int g) const {
    const ArenaGroup* gr = group(g);
    return gr ? find_persona(gr->persona) : nullptr;
}

const ProgrammeStep* EffectenarenaState::step(int index) const {
    return (index >= 0 && index < static_cast<int>(steps.size())) ? &steps[static_cast<size_t>(index)] : nullptr;
}

const ProgrammeStep& EffectenarenaState::current() const {
    static const ProgrammeStep none;
    const ProgrammeStep* s = step(current_step);
    return s ? *s : none;
}

std::vector<const AnswerCard*> EffectenarenaState::answers_in_zone(const std::string& zone) const {
    std::vector<const AnswerCard*> out;
    for (const AnswerCard& a : answers) {
        if (a.zone == zone) out.push_back(&a);
    }
    std::sort(out.begin(), out.end(),
              [](const AnswerCard* a, const AnswerCard* b) { return a->placed_order < b->placed_order; });
    return out;
}

std::vector<const ArenaNeed*> EffectenarenaState::needs_of_group(int g) const {
    std::vector<const ArenaNeed*> out;
    for (const ArenaNeed& n : needs) {
        if (n.group == g) out.push_back(&n);
    }
    return out;
}

int EffectenarenaState::next_need_id(int g) const {
    int highest = 0;
    for (const ArenaNeed& n : needs) {
        if (n.group == g) highest = std::max(highest, n.id);
    }
    return highest + 1;
}

bool EffectenarenaState::linked(int a, int b) const {
    return std::any_of(links.begin(), links.end(),
                       [&](const ArenaLink& l) { return (l.from == a && l.to == b) || (l.from == b && l.to == a); });
}

EffectenarenaState initial_arena_state(const EffectenarenaContent& content) {
    EffectenarenaState s;
    // Start times follow the durations, whatever the data file says (it is edited by hand).
    s.steps = timed_programme(content.steps);
    s.leefdomeinen = content.leefdomeinen;
    s.personas = content.personas;
    // Each group keeps its own persona; with fewer personas than groups they are shared round.
    for (int g = 0; g < content.groups; ++g) {
        ArenaGroup group;
        if (!content.personas.empty())
            group.persona = content.personas[static_cast<size_t>(g) % content.personas.size()].id;
        s.groups.push_back(group);
    }
    return s;
}

std::int64_t arena_remaining_ms(const EffectenarenaState& state, int step, std::int64_t now_ms) {
    const ProgrammeStep* s = state.step(step);
    if (!s) return 0;
    std::int64_t total = static_cast<std::int64_t>(s->minutes) * 60000;
    auto it = state.timers.find(step);
    if (it == state.timers.end()) return total;
    const ArenaTimer& t = it->second;
    std::int64_t used = t.used_ms + (t.running() ? std::max<std::int64_t>(0, now_ms - t.running_since_ms) : 0);
    return total + t.extra_ms - used;
}

std::string with_persona(const std::string& text, const std::string& name) {
    std::string out = text;
    const std::string marker = "[persona]";
    for (size_t at = out.find(marker); at != std::string::npos; at = out.find(marker, at + name.size())) {
        out.replace(at, marker.size(), name);
    }
    return out;
}

std::string persona_names(const EffectenarenaState& state) {
    std::vector<std::string> names;
    for (size_t g = 1; g <= state.groups.size(); ++g) {
        const Persona* p = state.persona_of_group(static_cast<int>(g));
        if (p && std::find(names.begin(), names.end(), p->name) == names.end()) names.push_back(p->name);
    }
    if (names.empty()) return "de persona";
    std::string out = names.front();
    for (size_t i = 1; i < names.size(); ++i) out += (i + 1 == names.size() ? " en " : ", ") + names[i];
    return out;
}

std::string group_option(int group) { return "groep" + std::to_string(group); }

namespace {

bool known_question(const EffectenarenaContent& c, const std::string& id) {
    return std::any_of(c.questions.begin(), c.questions.end(), [&](const ArenaQuestion& q) { return q.id == id; });
}

bool known_leefdomein(const EffectenarenaState& s, const std::string& name) {
    return std::find(s.leefdomeinen.begin(), s.leefdomeinen.end(), name) != s.leefdomeinen.end();
}

struct ArenaApplier {
    const EffectenarenaContent& c;
    EffectenarenaState& s;
    std::int64_t at;

    Outcome check_step(int step) const {
        if (s.step(step)) return {};
        return "programmastap " + std::to_string(step + 1) + " bestaat niet";
    }
    Outcome check_group(int group) const {
        if (s.group(group)) return {};
        return "groep " + std::to_string(group) + " bestaat niet";
    }
    Outcome before_start(const char* what) const {
        if (!s.started) return {};
        return std::string(what) + " kan alleen vóór de start worden aangepast";
    }
    void pause(int step) {
        auto it = s.timers.find(step);
        if (it == s.timers.end() || !it->second.running()) return;
        it->second.used_ms += std::max<std::int64_t>(0, at - it->second.running_since_ms);
        it->second.running_since_ms = -1;
    }

    Outcome operator()(const ArenaStepChanged& e) {
        if (Outcome p = check_step(e.step); p.refused()) return p;
        // Leaving a step stops its clock: the host starts the next one when the room is ready.
        if (e.step != s.current_step) pause(s.current_step);
        s.current_step = e.step;
        if (e.step != 0) s.started = true;
        return {};
    }
    Outcome operator()(const ArenaTimerStarted& e) {
        if (Outcome p = check_step(e.step); p.refused()) return p;
        ArenaTimer& t = s.timers[e.step];
        if (t.running()) return "de klok loopt al";
        t.running_since_ms = at;
        s.started = true;
        return {};
    }
    Outcome operator()(const ArenaTimerPaused& e) {
        if (Outcome p = check_step(e.step); p.refused()) return p;
        auto it = s.timers.find(e.step);
        if (it == s.timers.end() || !it->second.running()) return "de klok staat al stil";
        pause(e.step);
        return {};
    }
    Outcome operator()(const ArenaTimerExtended& e) {
        if (Outcome p = check_step(e.step); p.refused()) return p;
        if (e.seconds == 0 || e.seconds < -3600 || e.seconds > 3600)
            return "de klok kan maar tot een uur verlengd worden";
        s.timers[e.step].extra_ms += static_cast<std::int64_t>(e.seconds) * 1000;
        return {};
    }
    Outcome operator()(const ArenaTimerReset& e) {
        if (Outcome p = check_step(e.step); p.refused()) return p;
        s.timers.erase(e.step);
        return {};
    }
    Outcome operator()(const ArenaPersonaRevealed& e) {
        const Persona* p = s.find_persona(e.persona);
        if (!p) return "onbekende persona '" + e.persona + "'";
        if (e.sections < 0 || e.sections > static_cast<int>(p->sections.size()))
            return "die persona heeft zoveel delen niet";
        s.revealed[e.persona] = e.sections;
        return {};
    }
    Outcome operator()(const ArenaAnswerCreated& e) {
        if (e.card != s.next_answer_id())
            return "antwoordnummer " + std::to_string(e.card) + " past niet in de volgorde";
        if (Outcome p = check_group(e.group); p.refused()) return p;
        if (Outcome p = check_step(e.step); p.refused()) return p;
        if (!known_question(c, e.question)) return "onbekende vraag '" + e.question + "'";
        if (!known_leefdomein(s, e.leefdomein)) return "onbekend leefdomein '" + e.leefdomein + "'";
        if (e.text.empty()) return "een antwoord zonder tekst";
        AnswerCard a;
        a.id = e.card;
        a.group = e.group;
        a.step = e.step;
        a.round = e.round;
        a.question = e.question;
        a.leefdomein = e.leefdomein;
        a.party = e.party;
        a.text = e.text;
        s.answers.push_back(a);
        s.highest_answer_id = e.card;
        s.started = true;
        return {};
    }
    Outcome operator()(const ArenaAnswerEdited& e) {
        AnswerCard* a = s.find_answer(e.card);
        if (!a) return "onbekend antwoord " + std::to_string(e.card);
        if (e.field == kAnswerFieldText) {
            if (e.value.empty()) return "een antwoord zonder tekst";
            a->text = e.value;
        } else if (e.field == kAnswerFieldParty) {
            a->party = e.value;
        } else if (e.field == kAnswerFieldQuestion) {
            if (a->from_deck()) return "een partij in de arena beantwoordt geen vraag";
            if (!known_question(c, e.value)) return "onbekende vraag '" + e.value + "'";
            a->question = e.value;
        } else {
            return "onbekend veld '" + e.field + "' van een antwoord";
        }
        return {};
    }
    Outcome operator()(const ArenaAnswerMoved& e) {
        AnswerCard* a = s.find_answer(e.card);
        if (!a) return "onbekend antwoord " + std::to_string(e.card);
        if (a->from_deck()) return "een partij in de arena hoort bij geen groep";
        if (Outcome p = check_group(e.group); p.refused()) return p;
        if (!known_leefdomein(s, e.leefdomein)) return "onbekend leefdomein '" + e.leefdomein + "'";
        a->group = e.group;
        a->leefdomein = e.leefdomein;
        return {};
    }
    Outcome operator()(const ArenaGoalSet& e) {
        if (Outcome p = check_group(e.group); p.refused()) return p;
        s.groups[static_cast<size_t>(e.group - 1)].goal = e.text;
        return {};
    }
    Outcome operator()(const ArenaNeedSet& e) {
        if (Outcome p = check_group(e.group); p.refused()) return p;
        const bool empty = e.nodig.empty() && e.gebeuren.empty() && e.beleggen.empty();
        for (auto it = s.needs.begin(); it != s.needs.end(); ++it) {
            if (it->group != e.group || it->id != e.need) continue;
            if (empty) {
                s.needs.erase(it);
            } else {
                it->nodig = e.nodig;
                it->gebeuren = e.gebeuren;
                it->beleggen = e.beleggen;
            }
            return {};
        }
        if (e.need != s.next_need_id(e.group))
            return "behoefte " + std::to_string(e.need) + " past niet in de volgorde";
        if (empty) return "een lege behoefte";
        s.needs.push_back({e.group, e.need, e.nodig, e.gebeuren, e.beleggen});
        return {};
    }
    Outcome operator()(const ArenaTagSet& e) {
        AnswerCard* a = s.find_answer(e.card);
        if (!a) return "onbekend antwoord " + std::to_string(e.card);
        if (!e.tag.empty() &&
            std::find(c.outcome_types.begin(), c.outcome_types.end(), e.tag) == c.outcome_types.end()) {
            return "onbekend soort uitkomst '" + e.tag + "'";
        }
        a->tag = e.tag;
        return {};
    }
    bool known_zone(const std::string& zone) const {
        return std::any_of(c.arena_zones.begin(), c.arena_zones.end(),
                           [&](const ArenaZone& z) { return z.id == zone; });
    }
    Outcome operator()(const ArenaCardPlaced& e) {
        AnswerCard* a = s.find_answer(e.card);
        if (!a) return "onbekend antwoord " + std::to_string(e.card);
        if (!e.zone.empty() && !known_zone(e.zone)) return "onbekend vak '" + e.zone + "' van de arena";
        if (a->zone == e.zone) return {};
        a->zone = e.zone;
        a->placed_order = e.zone.empty() ? 0 : s.next_placed_order++;
        if (e.zone.empty()) {
            // A card taken off the canvas takes its lines with it.
            s.links.erase(std::remove_if(s.links.begin(), s.links.end(),
                                         [&](const ArenaLink& l) { return l.from == e.card || l.to == e.card; }),
                          s.links.end());
        }
        return {};
    }
    Outcome operator()(const ArenaPartyLaid& e) {
        if (e.card != s.next_answer_id()) return "kaartnummer " + std::to_string(e.card) + " past niet in de volgorde";
        if (e.party.empty()) return "een partijkaart zonder naam";
        if (!known_zone(e.zone)) return "onbekend vak '" + e.zone + "' van de arena";
        AnswerCard a;
        a.id = e.card;
        a.group = 0;
        a.step = s.current_step;
        a.party = e.party;
        a.text = e.party;
        a.zone = e.zone;
        a.placed_order = s.next_placed_order++;
        s.answers.push_back(a);
        s.highest_answer_id = e.card;
        return {};
    }
    Outcome operator()(const ArenaStepRetimed& e) {
        if (Outcome p = may_retime(s, e.step, e.minutes); p.refused()) return p;
        s.steps = retimed_programme(std::move(s.steps), static_cast<size_t>(e.step), e.minutes);
        return {};
    }
    Outcome operator()(const ArenaLinkAdded& e) {
        const AnswerCard* a = s.find_answer(e.from);
        const AnswerCard* b = s.find_answer(e.to);
        if (!a || !b) return "een lijn naar een onbekend antwoord";
        if (a->zone.empty() || b->zone.empty()) return "een lijn kan alleen tussen kaarten in de arena";
        if (e.from == e.to) return "een lijn van een kaart naar zichzelf";
        if (s.linked(e.from, e.to)) return "die lijn bestaat al";
        s.links.push_back({e.from, e.to});
        return {};
    }
    Outcome operator()(const ArenaLinkRemoved& e) {
        auto it = std::find_if(s.links.begin(), s.links.end(), [&](const ArenaLink& l) {
            return (l.from == e.from && l.to == e.to) || (l.from == e.to && l.to == e.from);
        });
        if (it == s.links.end()) return "die lijn bestaat niet";
        s.links.erase(it);
        return {};
    }
    Outcome operator()(const ArenaProgrammeSet& e) {
        if (Outcome p = before_start("het programma"); p.refused()) return p;
        if (Outcome p = check_programme(e.steps); p.refused()) return p;
        s.steps = e.steps;
        s.current_step = std::min(s.current_step, static_cast<int>(s.steps.size()) - 1);
        s.timers.clear();
        return {};
    }
    Outcome operator()(const ArenaLeefdomeinenSet& e) {
        if (Outcome p = before_start("de leefdomeinen"); p.refused()) return p;
        if (Outcome p = check_leefdomeinen(e.leefdomeinen); p.refused()) return p;
        s.leefdomeinen = e.leefdomeinen;
        return {};
    }
    Outcome operator()(const ArenaGroupsSet& e) {
        if (Outcome p = before_start("de groepen"); p.refused()) return p;
        if (e.personas.empty() || e.personas.size() > 8) return "kies één tot acht groepen";
        std::vector<ArenaGroup> groups;
        for (const std::string& id : e.personas) {
            if (!s.find_persona(id)) return "onbekende persona '" + id + "'";
            // A group that stays keeps the side its zone was turned to.
            const size_t g = groups.size();
            groups.push_back({id, "", g < s.groups.size() ? s.groups[g].facing : 0});
        }
        s.groups = groups;
        return {};
    }
    Outcome operator()(const ArenaZoneTurned& e) {
        if (Outcome p = check_group(e.group); p.refused()) return p;
        if (e.side < 0 || e.side > 3) return "onbekende kant " + std::to_string(e.side);
        s.groups[static_cast<size_t>(e.group - 1)].facing = e.side;
        return {};
    }
    Outcome operator()(const ArenaPersonaSet& e) {
        if (Outcome p = check_persona(e.persona); p.refused()) return p;
        for (Persona& p : s.personas) {
            if (p.id == e.persona.id) {
                p = e.persona;
                int& shown = s.revealed[p.id];
                shown = std::min(shown, static_cast<int>(p.sections.size()));
                return {};
            }
        }
        // Personas from data files keep their file stem; a new one gets an id fit for a file name.
        if (!file_name_like(e.persona.id))
            return "de id '" + e.persona.id + "' van een nieuwe persona is geen bestandsnaam";
        s.personas.push_back(e.persona);
        return {};
    }
};

struct ArenaDescriber {
    std::string operator()(const ArenaStepChanged& e) const {
        return "naar programmastap " + std::to_string(e.step + 1);
    }
    std::string operator()(const ArenaTimerStarted& e) const {
        return "klok gestart bij stap " + std::to_string(e.step + 1);
    }
    std::string operator()(const ArenaTimerPaused& e) const {
        return "klok gepauzeerd bij stap " + std::to_string(e.step + 1);
    }
    std::string operator()(const ArenaTimerExtended& e) const {
        return "klok bij stap " + std::to_string(e.step + 1) + " verlengd met " + std::to_string(e.seconds / 60) +
               " min";
    }
    std::string operator()(const ArenaTimerReset& e) const {
        return "klok bij stap " + std::to_string(e.step + 1) + " opnieuw";
    }
    std::string operator()(const ArenaPersonaRevealed& e) const {
        return "persona " + e.persona + ": " + std::to_string(e.sections) + " delen getoond";
    }
    std::string operator()(const ArenaAnswerCreated& e) const {
        return "antwoord " + std::to_string(e.card) + " van groep " + std::to_string(e.group) + ": '" + e.text + "'";
    }
    std::string operator()(const ArenaAnswerEdited& e) const {
        return "antwoord " + std::to_string(e.card) + " aangepast";
    }
    std::string operator()(const ArenaAnswerMoved& e) const {
        return "antwoord " + std::to_string(e.card) + " naar " + e.leefdomein + " (groep " + std::to_string(e.group) +
               ")";
    }
    std::string operator()(const ArenaGoalSet& e) const {
        return "doel van groep " + std::to_string(e.group) + " geschreven";
    }
    std::string operator()(const ArenaNeedSet& e) const {
        return "behoefte van groep " + std::to_string(e.group) + " geschreven";
    }
    std::string operator()(const ArenaTagSet& e) const {
        return "antwoord " + std::to_string(e.card) + (e.tag.empty() ? " zonder soort" : " is " + e.tag);
    }
    std::string operator()(const ArenaCardPlaced& e) const {
        return "antwoord " + std::to_string(e.card) +
               (e.zone.empty() ? " van de arena gehaald" : " in de arena bij " + e.zone);
    }
    std::string operator()(const ArenaLinkAdded& e) const {
        return "lijn van antwoord " + std::to_string(e.from) + " naar " + std::to_string(e.to);
    }
    std::string operator()(const ArenaLinkRemoved& e) const {
        return "lijn tussen antwoord " + std::to_string(e.from) + " en " + std::to_string(e.to) + " weggehaald";
    }
    std::string operator()(const ArenaPartyLaid& e) const { return "partij " + e.party + " in de arena bij " + e.zone; }
    std::string operator()(const ArenaStepRetimed& e) const {
        return "stap " + std::to_string(e.step + 1) + " duurt nu " + std::to_string(e.minutes) + " min";
    }
    std::string operator()(const ArenaProgrammeSet&) const { return "programma aangepast"; }
    std::string operator()(const ArenaLeefdomeinenSet&) const { return "leefdomeinen aangepast"; }
    std::string operator()(const ArenaGroupsSet&) const { return "groepen ingedeeld"; }
    std::string operator()(const ArenaPersonaSet& e) const { return "persona " + e.persona.name + " bewerkt"; }
    std::string operator()(const ArenaZoneTurned& e) const {
        return "zone van groep " + std::to_string(e.group) + " gedraaid naar de " +
               seat_name_nl(static_cast<Seat>(e.side));
    }
};

}  // namespace

template <ArenaEvent T> Outcome apply_arena(const EffectenarenaContent& content, EffectenarenaState& state,
                                            const T& event, std::int64_t at_ms) {
    return ArenaApplier{content, state, at_ms}(event);
}

template <ArenaEvent T> std::string describe_arena_nl(const T& event) { return ArenaDescriber{}(event); }

// Taking their addresses instantiates both templates for every arena event kind.
template <class... Ts> auto instantiate_arena_templates() {
    return std::make_tuple(&apply_arena<Ts>..., &describe_arena_nl<Ts>...);
}
// `used`: clang (the web build) drops an unreferenced constant, and the instances with it.
[[maybe_unused, gnu::used]] const auto kArenaInstances = instantiate_arena_templates<TAFEL_ARENA_PAYLOADS>();

}  // namespace tafel
