#include "core/review/follow_up.hpp"
#include "core/rondomjong/exports.hpp"

#include <algorithm>
#include <tuple>

#include "core/session/dates.hpp"
#include "core/session/session.hpp"

namespace tafel {

int today_key() { return date_sort_key(today_dd_mm_yyyy()); }

bool is_overdue(const ActionCard& card, int today) {
    const int planned = date_sort_key(card.field(action_field::kPlanned));
    return card.field(action_field::kStatus) != "afgerond" && planned != 0 && planned < today;
}

std::vector<const ActionCard*> list_actions(const RondomJongState& state, const RondomJongContent& content,
                                            const ActionFilter& filter, ActionSort sort, int today) {
    std::vector<const ActionCard*> out;
    for (const ActionCard& card : state.actions) {
        if (is_blank_action(card)) continue;  // nothing written on it yet: not in the plan
        if (!filter.layer.empty() && card.field(action_field::kLayer) != filter.layer) continue;
        if (!filter.person.empty() && card.field(action_field::kName) != filter.person) continue;
        if (!filter.status.empty() && card.field(action_field::kStatus) != filter.status) continue;
        if (filter.only_overdue && !is_overdue(card, today)) continue;
        out.push_back(&card);
    }
    auto status_rank = [&](const ActionCard& c) {
        auto it = std::find(content.statuses.begin(), content.statuses.end(), c.field(action_field::kStatus));
        return static_cast<int>(it - content.statuses.begin());
    };
    auto layer_rank = [&](const ActionCard& c) {
        int i = content.layer_index(c.field(action_field::kLayer));
        return i < 0 ? 1000 : i;
    };
    auto planned_rank = [](const ActionCard& c) {
        int k = date_sort_key(c.field(action_field::kPlanned));
        return k == 0 ? 99999999 : k;
    };
    std::stable_sort(out.begin(), out.end(), [&](const ActionCard* a, const ActionCard* b) {
        switch (sort) {
            case ActionSort::layer:
                return std::make_tuple(layer_rank(*a), a->id) < std::make_tuple(layer_rank(*b), b->id);
            case ActionSort::person:
                return std::make_tuple(a->field(action_field::kName), a->id) <
                       std::make_tuple(b->field(action_field::kName), b->id);
            case ActionSort::status:
                return std::make_tuple(status_rank(*a), a->id) < std::make_tuple(status_rank(*b), b->id);
            case ActionSort::planned:
                return std::make_tuple(planned_rank(*a), a->id) < std::make_tuple(planned_rank(*b), b->id);
            default:
                return a->id < b->id;
        }
    });
    return out;
}

std::vector<std::string> action_people(const RondomJongState& state) {
    std::vector<std::string> people;
    for (const ActionCard& card : state.actions) {
        if (!card.field(action_field::kName).empty()) people.push_back(card.field(action_field::kName));
    }
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    return people;
}

}  // namespace tafel
