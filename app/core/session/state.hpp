#pragma once
// The state of a meeting: what the fold of the event log yields. Nothing here changes
// except through apply(); the UI reads it and appends events.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/effectenarena/arena_state.hpp"
#include "core/session/content.hpp"
#include "core/session/events.hpp"
#include "core/session/outcome.hpp"

namespace tafel {

struct Tile {
    TileId id = 0;
    std::string text;  // the party's name as printed, or the free text of a blank card
    std::string deck;  // deck id, or "leeg" for a blank card
    TileId copy_of = 0;
    std::string layer;      // layer id, or kTray
    long placed_order = 0;  // when it entered its layer: layers show cards in this order
    bool not_yet_involved = false;
    bool absent = false;
    int degrees = 0;
    bool operator==(const Tile&) const = default;
};

inline constexpr const char* kBlankDeck = "leeg";
inline constexpr const char* kMarkNotYet = "nog_niet_betrokken";
inline constexpr const char* kMarkAbsent = "afwezig";

// What happened to an action card at a follow-up meeting: a new status, or a note.
struct ActionUpdate {
    int follow_up = 0;   // 1 = the first follow-up meeting
    std::string status;  // empty for a note
    std::string date;    // when it happened (dd-mm-jjjj)
    std::string note;
    bool operator==(const ActionUpdate&) const = default;
};

struct ActionCard {
    int id = 0;
    std::string opened_in_layer;
    std::map<std::string, std::string> fields;  // by field id; "status" starts as "open"
    int follow_up = 0;                          // 0: written at the meeting itself; n: added at follow-up n
    std::vector<ActionUpdate> updates;          // the follow-up history, oldest first
    std::string field(const std::string& id) const;
    bool operator==(const ActionCard&) const = default;
};

// A follow-up meeting of the action plan, with the notes about the plan as a whole.
struct FollowUp {
    std::string date;
    std::vector<std::string> notes;
    bool operator==(const FollowUp&) const = default;
};

struct RondomJongState {
    std::vector<Tile> tiles;  // ordered by id
    std::set<std::string> shown_decks;
    std::vector<std::string> layer_order;  // the order the loop walks, default bottom-up
    std::string current_layer;
    int current_step = 1;
    std::map<std::string, int> furthest_step;                  // per layer, for progress across layers
    std::map<std::pair<std::string, int>, std::string> notes;  // (layer, step) -> text
    std::vector<ActionCard> actions;                           // sorted by id; removed ones are gone
    long next_placed_order = 1;
    int highest_action_id = 0;         // ids are never given out twice, not even after a removal
    std::vector<FollowUp> follow_ups;  // in the order they were held

    bool operator==(const RondomJongState&) const = default;

    const Tile* find_tile(TileId id) const;
    Tile* find_tile(TileId id);
    const ActionCard* find_action(int id) const;
    ActionCard* find_action(int id);
    TileId next_tile_id() const;
    int next_action_id() const;
    bool tile_visible_in_tray(const Tile& tile) const;
    // Cards lying in a layer, in the order they were laid there.
    std::vector<const Tile*> tiles_in_layer(const std::string& layer) const;
    std::string note(const std::string& layer, int step) const;
};

// The details typed on the details sheet (title, school, date, facilitator); `set` once any was.
struct SessionDetails {
    bool set = false;
    std::string title, school, date, facilitator;
    bool operator==(const SessionDetails&) const = default;
};

struct SessionState {
    SessionDetails details;
    RondomJongState rondomjong;
    EffectenarenaState effectenarena;
    // The undo machinery: indices into the log of the changes in effect, and of those undone.
    std::vector<size_t> applied;
    std::vector<size_t> undone;

    bool can_undo() const { return !applied.empty(); }
    bool can_redo() const { return !undone.empty(); }
};

SessionState initial_state(const Content& content);

// Applies one event to the state. Returns an empty string when it applied, otherwise a Dutch
// description of why the event does not fit this state (an unknown card, an unknown layer…).
// `at_ms` is the event's wall-clock time (the effectenarena clock runs on it).
Outcome apply_event(const Content& content, const Payload& payload, SessionState& state, std::int64_t at_ms = 0);

// The undo machinery, shared by the fold, Session::record and review's step forward.
inline constexpr size_t kNoChange = static_cast<size_t>(-1);
// The latest change on `stack` (applied or undone) that came from `side` (Seat::unknown: from
// anyone), or kNoChange.
size_t latest_of_side(const std::vector<size_t>& stack, const std::vector<Event>& events, Seat side);
// Event `index` (a change, an undo or a redo of either kind) moves what is applied and undone.
void track_history(const std::vector<Event>& events, size_t index, std::vector<size_t>& applied,
                   std::vector<size_t>& undone);

// Folds the first `count` events of `events` into a fresh state. Throws UserError naming the
// first event that does not fit.
SessionState fold(const Content& content, const std::vector<Event>& events, size_t count);

}  // namespace tafel
