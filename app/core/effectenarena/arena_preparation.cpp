// The rules of an effectenarena's preparation, shared by the fold and the preparation view:
// which programmes, leefdomeinen and personas can be used, start times that follow the
// durations, and new ids for steps and personas.
#include <algorithm>
#include <cstdio>
#include <set>

#include "core/effectenarena/arena_state.hpp"
#include "core/effectenarena/step_kind.hpp"

namespace tafel {

Outcome check_programme(const std::vector<ProgrammeStep>& steps) {
    if (steps.empty()) return "een programma zonder stappen";
    std::set<std::string> ids;
    for (const ProgrammeStep& st : steps) {
        if (st.id.empty()) return "een programmastap zonder id";
        if (!ids.insert(st.id).second) return "de stap-id '" + st.id + "' staat er twee keer in";
        if (st.title.empty()) return "een programmastap zonder titel";
        if (step_kind(st) == StepKind::unknown) return "onbekend soort stap '" + st.kind + "'";
        if (st.minutes <= 0) return "een stap van nul minuten";
        if (st.minutes > kMaxStepMinutes) return "een stap van meer dan een dag";
        if (st.breakout_round < 0 || st.breakout_round > 9) return "een break-outronde buiten 1 tot 9";
    }
    return {};
}

Outcome check_leefdomeinen(const std::vector<std::string>& leefdomeinen) {
    if (leefdomeinen.empty()) return "geen enkel leefdomein";
    std::set<std::string> seen;
    for (const std::string& l : leefdomeinen) {
        if (l.empty()) return "een leefdomein zonder naam";
        if (!seen.insert(l).second) return "het leefdomein '" + l + "' staat er twee keer in";
    }
    return {};
}

Outcome check_persona(const Persona& p) {
    if (p.id.empty() || p.name.empty()) return "een persona zonder naam";
    if (p.age < 0 || p.age > kMaxPersonaAge) return "een leeftijd buiten 0 tot 120 jaar";
    for (size_t i = 0; i < p.sections.size(); ++i) {
        if (p.sections[i].heading.empty()) return "deel " + std::to_string(i + 1) + " van de persona heeft geen kop";
    }
    return {};
}

namespace {
// Minutes since midnight of "H:MM" or "HH:MM", -1 when it is not a time.
int clock_minutes(const std::string& hhmm) {
    const size_t colon = hhmm.find(':');
    if (colon == std::string::npos || colon < 1 || colon > 2 || hhmm.size() != colon + 3) return -1;
    const std::string hours = hhmm.substr(0, colon), minutes = hhmm.substr(colon + 1);
    auto digits = [](const std::string& t) {
        return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (!digits(hours) || !digits(minutes)) return -1;
    const int h = std::stoi(hours), m = std::stoi(minutes);
    return (h < 24 && m < 60) ? h * 60 + m : -1;
}
}  // namespace

std::string clock_plus(const std::string& hhmm, int minutes) {
    const int start = clock_minutes(hhmm);
    if (start < 0) return {};
    const int t = ((start + minutes) % (24 * 60) + 24 * 60) % (24 * 60);
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", t / 60, t % 60);
    return buffer;
}

std::vector<ProgrammeStep> timed_programme(std::vector<ProgrammeStep> steps) {
    int round = 0;
    for (ProgrammeStep& st : steps) st.breakout_round = step_kind(st) == StepKind::breakout ? std::min(++round, 9) : 0;
    if (steps.empty() || clock_minutes(steps.front().start) < 0) return steps;
    for (size_t i = 1; i < steps.size(); ++i) steps[i].start = clock_plus(steps[i - 1].start, steps[i - 1].minutes);
    return steps;
}

Outcome may_retime(const EffectenarenaState& state, int step, int minutes) {
    if (!state.step(step)) return "programmastap " + std::to_string(step + 1) + " bestaat niet";
    if (step < state.current_step) return "een stap die al voorbij is houdt de tijd die hij had";
    if (minutes <= 0) return "een stap duurt minstens één minuut";
    if (minutes > kMaxStepMinutes) return "een stap van meer dan een dag";
    return {};
}

std::vector<ProgrammeStep> retimed_programme(std::vector<ProgrammeStep> steps, size_t index, int minutes) {
    if (index >= steps.size()) return steps;
    steps[index].minutes = minutes;
    // Only what comes after moves: the steps before keep the start times they had.
    for (size_t i = index + 1; i < steps.size(); ++i) {
        const std::string start = clock_plus(steps[i - 1].start, steps[i - 1].minutes);
        if (start.empty()) break;
        steps[i].start = start;
    }
    return steps;
}

std::string programme_end(const std::vector<ProgrammeStep>& steps) {
    return steps.empty() ? std::string() : clock_plus(steps.back().start, steps.back().minutes);
}

BreakoutPrompts breakout_prompts(const EffectenarenaState& state) {
    BreakoutPrompts p;
    int round = 0;
    for (const ProgrammeStep& st : state.steps) {
        if (step_kind(st) != StepKind::breakout) continue;
        const auto& q = st.questions;
        if (++round == 1 && q.size() >= 2) p.goal = q.back();
        if (round == 2 && q.size() >= 3) {
            p.nodig = q[q.size() - 3];
            p.gebeuren = q[q.size() - 2];
            p.beleggen = q.back();
        }
    }
    return p;
}

std::string new_step_id(const std::vector<ProgrammeStep>& steps) {
    for (size_t n = steps.size() + 1;; ++n) {
        std::string id = "stap-" + std::to_string(n);
        if (std::none_of(steps.begin(), steps.end(), [&](const ProgrammeStep& st) { return st.id == id; })) return id;
    }
}

bool file_name_like(const std::string& id) {
    if (id.empty() || id.size() > 60 || id.front() == '-') return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'; });
}

std::string new_persona_id(const std::string& name, const std::vector<Persona>& personas) {
    // Dutch names often carry diacritics: fold the common ones to their letter, anything else
    // becomes a dash.
    static const std::vector<std::pair<std::string, std::string>> folds = {
        {"á", "a"}, {"à", "a"}, {"â", "a"}, {"ä", "a"}, {"ã", "a"}, {"å", "a"}, {"Á", "a"},  {"À", "a"},  {"Â", "a"},
        {"Ä", "a"}, {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"É", "e"}, {"È", "e"},  {"Ê", "e"},  {"Ë", "e"},
        {"í", "i"}, {"ì", "i"}, {"î", "i"}, {"ï", "i"}, {"Í", "i"}, {"Ï", "i"}, {"ó", "o"},  {"ò", "o"},  {"ô", "o"},
        {"ö", "o"}, {"õ", "o"}, {"ø", "o"}, {"Ó", "o"}, {"Ö", "o"}, {"ú", "u"}, {"ù", "u"},  {"û", "u"},  {"ü", "u"},
        {"Ú", "u"}, {"Ü", "u"}, {"ç", "c"}, {"Ç", "c"}, {"ñ", "n"}, {"Ñ", "n"}, {"ĳ", "ij"}, {"Ĳ", "ij"}, {"ß", "ss"}};
    std::string stem;
    for (size_t i = 0; i < name.size();) {
        const char c = name[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            stem += c;
            ++i;
            continue;
        }
        if (c >= 'A' && c <= 'Z') {
            stem += static_cast<char>(c - 'A' + 'a');
            ++i;
            continue;
        }
        auto fold = std::find_if(folds.begin(), folds.end(),
                                 [&](const auto& f) { return name.compare(i, f.first.size(), f.first) == 0; });
        if (fold != folds.end()) {
            stem += fold->second;
            i += fold->first.size();
            continue;
        }
        if (!stem.empty() && stem.back() != '-') stem += '-';
        ++i;
        while (i < name.size() && (static_cast<unsigned char>(name[i]) & 0xC0) == 0x80)
            ++i;  // the rest of that character
    }
    while (!stem.empty() && stem.back() == '-') stem.pop_back();
    if (stem.size() > 40) stem.resize(40);
    while (!stem.empty() && stem.back() == '-') stem.pop_back();
    if (stem.empty()) stem = "persona";
    auto taken = [&](const std::string& id) {
        return std::any_of(personas.begin(), personas.end(), [&](const Persona& p) { return p.id == id; });
    };
    std::string id = stem;
    for (int n = 2; taken(id); ++n) id = stem + "-" + std::to_string(n);
    return id;
}

}  // namespace tafel
