#include "core/session/state.hpp"

#include <algorithm>

#include "core/session/dates.hpp"
#include "core/session/user_error.hpp"

namespace tafel {

std::string ActionCard::field(const std::string& id) const {
    auto it = fields.find(id);
    return it == fields.end() ? std::string() : it->second;
}

const Tile* RondomJongState::find_tile(TileId id) const {
    auto it = std::lower_bound(tiles.begin(), tiles.end(), id, [](const Tile& t, TileId v) { return t.id < v; });
    return (it != tiles.end() && it->id == id) ? &*it : nullptr;
}

Tile* RondomJongState::find_tile(TileId id) {
    return const_cast<Tile*>(static_cast<const RondomJongState*>(this)->find_tile(id));
}

const ActionCard* RondomJongState::find_action(int id) const {
    auto it = std::lower_bound(actions.begin(), actions.end(), id, [](const ActionCard& c, int v) { return c.id < v; });
    return (it != actions.end() && it->id == id) ? &*it : nullptr;
}

ActionCard* RondomJongState::find_action(int id) {
    return const_cast<ActionCard*>(static_cast<const RondomJongState*>(this)->find_action(id));
}

TileId RondomJongState::next_tile_id() const { return tiles.empty() ? 1 : tiles.back().id + 1; }

int RondomJongState::next_action_id() const { return highest_action_id + 1; }

bool RondomJongState::tile_visible_in_tray(const Tile& tile) const {
    return tile.layer.empty() && (tile.deck == kBlankDeck || shown_decks.count(tile.deck) > 0);
}

std::vector<const Tile*> RondomJongState::tiles_in_layer(const std::string& layer) const {
    std::vector<const Tile*> out;
    for (const Tile& t : tiles) {
        if (t.layer == layer) out.push_back(&t);
    }
    std::sort(out.begin(), out.end(), [](const Tile* a, const Tile* b) { return a->placed_order < b->placed_order; });
    return out;
}

std::string RondomJongState::note(const std::string& layer, int step) const {
    auto it = notes.find({layer, step});
    return it == notes.end() ? std::string() : it->second;
}

SessionState initial_state(const Content& content) {
    SessionState state;
    RondomJongState& rj = state.rondomjong;
    TileId id = 1;
    for (const Deck& deck : content.rondomjong.decks) {
        for (const std::string& name : deck.cards) {
            Tile tile;
            tile.id = id++;
            tile.text = name;
            tile.deck = deck.id;
            rj.tiles.push_back(tile);
        }
        if (!deck.optional) rj.shown_decks.insert(deck.id);
    }
    for (const Layer& layer : content.rondomjong.layers) rj.layer_order.push_back(layer.id);
    rj.current_layer = rj.layer_order.empty() ? std::string() : rj.layer_order.front();
    rj.current_step = 1;
    if (!rj.current_layer.empty()) rj.furthest_step[rj.current_layer] = 1;
    state.effectenarena = initial_arena_state(content.effectenarena);
    return state;
}

namespace {

bool known_layer(const Content& content, const std::string& layer) {
    return content.rondomjong.find_layer(layer) != nullptr;
}

struct Applier {
    const Content& content;
    RondomJongState& rj;
    EffectenarenaState& ea;
    SessionDetails& details;
    std::int64_t at_ms = 0;

    Outcome operator()(const SessionDetailsSet& e) {
        if (!e.date.empty() && !is_valid_date(e.date)) return "de datum '" + e.date + "' is geen datum als dd-mm-jjjj";
        details = {true, e.title, e.school, e.date, e.facilitator};
        return {};
    }

    template <ArenaEvent T> Outcome operator()(const T& e) { return apply_arena(content.effectenarena, ea, e, at_ms); }

    Outcome operator()(const CardMoved& e) {
        Tile* tile = rj.find_tile(e.tile);
        if (!tile) return "onbekende kaart " + std::to_string(e.tile);
        if (!e.layer.empty() && !known_layer(content, e.layer)) return "onbekende laag '" + e.layer + "'";
        if (tile->layer != e.layer) {
            tile->layer = e.layer;
            tile->placed_order = e.layer.empty() ? 0 : rj.next_placed_order++;
            if (e.layer.empty()) tile->not_yet_involved = tile->absent = false;  // marks belong to a layer
        }
        return {};
    }
    Outcome operator()(const CardRotated& e) {
        Tile* tile = rj.find_tile(e.tile);
        if (!tile) return "onbekende kaart " + std::to_string(e.tile);
        tile->degrees = ((e.degrees % 360) + 360) % 360;
        return {};
    }
    Outcome operator()(const BlankCardCreated& e) {
        if (e.tile != rj.next_tile_id()) return "kaartnummer " + std::to_string(e.tile) + " past niet in de volgorde";
        if (e.copy_of != 0 && !rj.find_tile(e.copy_of)) return "kopie van een onbekende kaart";
        Tile tile;
        tile.id = e.tile;
        tile.deck = kBlankDeck;
        tile.copy_of = e.copy_of;
        tile.text = e.copy_of != 0 ? rj.find_tile(e.copy_of)->text : e.text;
        rj.tiles.push_back(tile);
        return {};
    }
    Outcome operator()(const CardTextChanged& e) {
        Tile* tile = rj.find_tile(e.tile);
        if (!tile) return "onbekende kaart " + std::to_string(e.tile);
        if (tile->deck != kBlankDeck) return "alleen de tekst van een lege kaart kan veranderen";
        tile->text = e.text;
        return {};
    }
    Outcome operator()(const CardMarked& e) {
        Tile* tile = rj.find_tile(e.tile);
        if (!tile) return "onbekende kaart " + std::to_string(e.tile);
        if (e.mark == kMarkNotYet) {
            tile->not_yet_involved = e.on;
        } else if (e.mark == kMarkAbsent) {
            tile->absent = e.on;
        } else {
            return "onbekende markering '" + e.mark + "'";
        }
        return {};
    }
    Outcome operator()(const DeckShown& e) {
        bool known = std::any_of(content.rondomjong.decks.begin(), content.rondomjong.decks.end(),
                                 [&](const Deck& d) { return d.id == e.deck; });
        if (!known) return "onbekende stapel '" + e.deck + "'";
        if (e.on) {
            rj.shown_decks.insert(e.deck);
        } else {
            rj.shown_decks.erase(e.deck);
        }
        return {};
    }
    Outcome operator()(const StepChanged& e) {
        if (!known_layer(content, e.layer)) return "onbekende laag '" + e.layer + "'";
        if (e.step < 1 || e.step > static_cast<int>(content.rondomjong.steps.size())) {
            return "stap " + std::to_string(e.step) + " bestaat niet";
        }
        rj.current_layer = e.layer;
        rj.current_step = e.step;
        int& furthest = rj.furthest_step[e.layer];
        furthest = std::max(furthest, e.step);
        return {};
    }
    Outcome operator()(const LayerOrderSet& e) {
        std::vector<std::string> sorted_new = e.order, sorted_known = rj.layer_order;
        std::sort(sorted_new.begin(), sorted_new.end());
        std::sort(sorted_known.begin(), sorted_known.end());
        if (sorted_new != sorted_known) return "de volgorde van de lagen noemt niet precies de vier lagen";
        rj.layer_order = e.order;
        return {};
    }
    Outcome operator()(const NoteSet& e) {
        if (!known_layer(content, e.layer)) return "onbekende laag '" + e.layer + "'";
        if (e.text.empty()) {
            rj.notes.erase({e.layer, e.step});
        } else {
            rj.notes[{e.layer, e.step}] = e.text;
        }
        return {};
    }
    Outcome operator()(const ActionCardOpened& e) {
        if (e.card != rj.next_action_id())
            return "actiekaartnummer " + std::to_string(e.card) + " past niet in de volgorde";
        ActionCard card;
        card.id = e.card;
        card.opened_in_layer = e.layer;
        card.fields[action_field::kStatus] = "open";
        if (!e.layer.empty()) card.fields[action_field::kLayer] = e.layer;
        card.follow_up = static_cast<int>(rj.follow_ups.size());
        rj.actions.push_back(card);
        rj.highest_action_id = e.card;
        return {};
    }
    Outcome operator()(const ActionFieldSet& e) {
        ActionCard* card = rj.find_action(e.card);
        if (!card) return "onbekende actiekaart " + std::to_string(e.card);
        bool known = std::any_of(content.rondomjong.action_fields.begin(), content.rondomjong.action_fields.end(),
                                 [&](const ActionField& f) { return f.id == e.field; });
        if (!known) return "onbekend actiekaartveld '" + e.field + "'";
        card->fields[e.field] = e.value;
        return {};
    }
    Outcome operator()(const ActionCardRemoved& e) {
        const ActionCard* card = rj.find_action(e.card);
        if (!card) return "onbekende actiekaart " + std::to_string(e.card);
        rj.actions.erase(rj.actions.begin() + (card - rj.actions.data()));
        return {};
    }
    Outcome operator()(const FollowUpStarted& e) {
        if (!is_valid_date(e.date)) return "de datum van de opvolging '" + e.date + "' is geen datum als dd-mm-jjjj";
        rj.follow_ups.push_back({e.date, {}});
        return {};
    }
    Outcome operator()(const ActionProgressed& e) {
        if (rj.follow_ups.empty()) return "een actie bijwerken kan alleen in een opvolging";
        ActionCard* card = rj.find_action(e.card);
        if (!card) return "onbekende actiekaart " + std::to_string(e.card);
        const auto& statuses = content.rondomjong.statuses;
        if (std::find(statuses.begin(), statuses.end(), e.status) == statuses.end())
            return "onbekende status '" + e.status + "'";
        if (!is_valid_date(e.date)) return "de datum '" + e.date + "' is geen datum als dd-mm-jjjj";
        card->fields[action_field::kStatus] = e.status;
        // The card's own "afgerond op" field is the completion date; it goes when the action reopens.
        if (e.status == "afgerond") {
            card->fields[action_field::kCompleted] = e.date;
        } else {
            card->fields.erase(action_field::kCompleted);
        }
        card->updates.push_back({static_cast<int>(rj.follow_ups.size()), e.status, e.date, {}});
        return {};
    }
    Outcome operator()(const FollowUpNoteAdded& e) {
        if (rj.follow_ups.empty()) return "een opvolgnotitie kan alleen in een opvolging";
        if (e.text.empty()) return "een lege opvolgnotitie";
        if (e.card == 0) {
            rj.follow_ups.back().notes.push_back(e.text);
            return {};
        }
        ActionCard* card = rj.find_action(e.card);
        if (!card) return "onbekende actiekaart " + std::to_string(e.card);
        card->updates.push_back({static_cast<int>(rj.follow_ups.size()), {}, rj.follow_ups.back().date, e.text});
        return {};
    }
    Outcome operator()(const Undo&) { return "ongedaan maken hoort niet in de toepassing"; }
    Outcome operator()(const Redo&) { return "opnieuw hoort niet in de toepassing"; }
    Outcome operator()(const SideUndo&) { return "ongedaan maken hoort niet in de toepassing"; }
    Outcome operator()(const SideRedo&) { return "opnieuw hoort niet in de toepassing"; }
};

}  // namespace

EventTraits traits_of(const Payload& payload) {
    return std::visit([](const auto& p) { return std::decay_t<decltype(p)>::traits; }, payload);
}

bool is_undoable(const Payload& payload) {
    const EventRole role = traits_of(payload).role;
    return role == EventRole::change || role == EventRole::preparation;
}

Outcome apply_event(const Content& content, const Payload& payload, SessionState& state, std::int64_t at_ms) {
    return std::visit(Applier{content, state.rondomjong, state.effectenarena, state.details, at_ms}, payload);
}

bool is_undo_request(const Payload& payload) {
    return std::holds_alternative<Undo>(payload) || std::holds_alternative<SideUndo>(payload);
}

bool is_redo_request(const Payload& payload) {
    return std::holds_alternative<Redo>(payload) || std::holds_alternative<SideRedo>(payload);
}

Seat history_side(const Payload& payload) {
    int side = -1;
    if (const auto* u = std::get_if<SideUndo>(&payload)) side = u->side;
    if (const auto* r = std::get_if<SideRedo>(&payload)) side = r->side;
    return side >= 0 && side <= 3 ? static_cast<Seat>(side) : Seat::unknown;
}

size_t latest_of_side(const std::vector<size_t>& stack, const std::vector<Event>& events, Seat side) {
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
        if (side == Seat::unknown || events[*it].seat == side) return *it;
    }
    return kNoChange;
}

void track_history(const std::vector<Event>& events, size_t index, std::vector<size_t>& applied,
                   std::vector<size_t>& undone) {
    const Payload& p = events[index].payload;
    auto move_latest = [&](std::vector<size_t>& from, std::vector<size_t>& to, Seat side) {
        const size_t change = latest_of_side(from, events, side);
        if (change == kNoChange) return;
        from.erase(std::find(from.begin(), from.end(), change));
        to.push_back(change);
    };
    // A side asks for its own latest change; Undo and Redo for anyone's.
    const bool side_request = std::holds_alternative<SideUndo>(p) || std::holds_alternative<SideRedo>(p);
    if (side_request && history_side(p) == Seat::unknown) return;
    if (is_undo_request(p)) {
        move_latest(applied, undone, history_side(p));
    } else if (is_redo_request(p)) {
        move_latest(undone, applied, history_side(p));
    } else if (is_undoable(p)) {
        applied.push_back(index);
        // A new change ends what its own side could redo; the other sides keep theirs.
        const Seat seat = events[index].seat;
        std::erase_if(undone, [&](size_t u) { return seat == Seat::unknown || events[u].seat == seat; });
    }
}

SessionState fold(const Content& content, const std::vector<Event>& events, size_t count) {
    count = std::min(count, events.size());
    SessionState state = initial_state(content);
    // First decide which changes are in effect after the undo and redo events, then apply
    // those in log order. Navigation is never undone and applies in its own order.
    std::vector<size_t> applied, undone, sealed;
    for (size_t i = 0; i < count; ++i) {
        const Payload& p = events[i].payload;
        if (std::holds_alternative<FollowUpStarted>(p)) {
            // A follow-up seals the meeting: what was in effect stays, undo cannot reach it.
            sealed.insert(sealed.end(), applied.begin(), applied.end());
            applied.clear();
            undone.clear();
        } else {
            track_history(events, i, applied, undone);
        }
    }
    std::vector<bool> in_effect(count, false);
    for (size_t i : applied) in_effect[i] = true;
    for (size_t i : sealed) in_effect[i] = true;
    for (size_t i = 0; i < count; ++i) {
        const Payload& p = events[i].payload;
        if (!in_effect[i] && is_undoable(p)) continue;
        if (traits_of(p).role == EventRole::history) continue;
        Outcome applied_event = apply_event(content, p, state, events[i].at_ms);
        if (applied_event.refused()) {
            throw UserError("gebeurtenis " + std::to_string(i + 1) + " (" + events[i].kind() +
                            ") past niet: " + applied_event.why());
        }
    }
    state.applied = std::move(applied);
    state.undone = std::move(undone);
    return state;
}

}  // namespace tafel
