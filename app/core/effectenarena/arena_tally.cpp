// The optelsom of an effectenarena: every participant's answers add up to the whole.
#include <algorithm>

#include "core/effectenarena/arena_state.hpp"

namespace tafel {

int ArenaTally::count(const std::string& q, const std::string& l) const {
    auto it = cells.find({q, l});
    return it == cells.end() ? 0 : it->second;
}

int ArenaTally::question_total(const std::string& q) const {
    int n = 0;
    for (const auto& [key, count] : cells) n += key.first == q ? count : 0;
    return n;
}

int ArenaTally::leefdomein_total(const std::string& l) const {
    int n = 0;
    for (const auto& [key, count] : cells) n += key.second == l ? count : 0;
    return n;
}

ArenaTally arena_tally(const EffectenarenaContent& content, const EffectenarenaState& state) {
    ArenaTally t;
    for (const ArenaQuestion& q : content.questions) t.questions.push_back(q.id);
    t.leefdomeinen = state.leefdomeinen;
    for (const AnswerCard& a : state.answers) {
        if (a.from_deck()) continue;  // a party laid in the arena answers no question
        if (std::find(t.leefdomeinen.begin(), t.leefdomeinen.end(), a.leefdomein) == t.leefdomeinen.end()) {
            t.leefdomeinen.push_back(a.leefdomein);
        }
        ++t.cells[{a.question, a.leefdomein}];
        ++t.per_group[a.group];
        ++t.total;
    }
    return t;
}

}  // namespace tafel
