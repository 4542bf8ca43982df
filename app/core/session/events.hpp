#pragma once
// The events of a session. A session is an append-only log of these; the state of the
// meeting at any moment is the fold of the log up to that moment (see state.hpp).
// Each event kind has a stable name that is written into the session file.
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/effectenarena/arena_events.hpp"
#include "core/session/event_traits.hpp"

namespace tafel {

// Which side of the table an event came from, so review can say who did what where.
enum class Seat : int { unknown = -1, bottom = 0, right = 1, top = 2, left = 3 };
const char* seat_name_nl(Seat seat);

using TileId = int;
inline constexpr const char* kTray = "";  // layer id of the tray (not in the pyramid)

// A card tile moves into a layer (appended after the cards already there) or back to the tray.
struct CardMoved {
    static constexpr const char* kind = "card_moved";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    TileId tile = 0;
    std::string layer;  // layer id, or kTray
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(tile), CEREAL_NVP(layer)); }
};

// A card turns towards a side of the table.
struct CardRotated {
    static constexpr const char* kind = "card_rotated";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    TileId tile = 0;
    int degrees = 0;  // 0 = readable from the bottom edge, counter-clockwise
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(tile), CEREAL_NVP(degrees)); }
};

// A blank card ("lege kaart") is laid in the tray with free text, or as a copy of a party.
struct BlankCardCreated {
    static constexpr const char* kind = "blank_card_created";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    TileId tile = 0;
    std::string text;
    TileId copy_of = 0;  // 0 when the text was typed freely
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(tile), CEREAL_NVP(text), CEREAL_NVP(copy_of)); }
};

struct CardTextChanged {
    static constexpr const char* kind = "card_text_changed";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    TileId tile = 0;
    std::string text;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(tile), CEREAL_NVP(text)); }
};

// "nog niet betrokken" (should be involved but is not yet) and "afwezig" (involved, not at the meeting).
struct CardMarked {
    static constexpr const char* kind = "card_marked";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    TileId tile = 0;
    std::string mark;  // "nog_niet_betrokken" | "afwezig"
    bool on = true;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(tile), CEREAL_NVP(mark), CEREAL_NVP(on)); }
};

// The facilitator switches an optional deck (the extra parties) into the tray or out of it.
struct DeckShown {
    static constexpr const char* kind = "deck_shown";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    std::string deck;
    bool on = true;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(deck), CEREAL_NVP(on)); }
};

// The question loop: which layer is being discussed, at which step (1-based).
struct StepChanged {
    static constexpr const char* kind = "step_changed";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::navigation};
    std::string layer;
    int step = 1;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(layer), CEREAL_NVP(step)); }
};

struct LayerOrderSet {
    static constexpr const char* kind = "layer_order_set";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    std::vector<std::string> order;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(order)); }
};

struct NoteSet {
    static constexpr const char* kind = "note_set";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    std::string layer;
    int step = 0;
    std::string text;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(layer), CEREAL_NVP(step), CEREAL_NVP(text)); }
};

struct ActionCardOpened {
    static constexpr const char* kind = "action_card_opened";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    int card = 0;
    std::string layer;  // the layer under discussion when it was opened
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(card), CEREAL_NVP(layer)); }
};

// One field of an action card gets a value (field ids as in action_card.json).
struct ActionFieldSet {
    static constexpr const char* kind = "action_field_set";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    int card = 0;
    std::string field;
    std::string value;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(card), CEREAL_NVP(field), CEREAL_NVP(value)); }
};

struct ActionCardRemoved {
    static constexpr const char* kind = "action_card_removed";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    int card = 0;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(card)); }
};

// The session's details as typed on the details sheet: the whole new set at once. The file's
// own meta stays as it was created; what lists, headers and reports show follows this event.
struct SessionDetailsSet {
    static constexpr const char* kind = "session_details_set";
    static constexpr EventTraits traits{EventMethod::any, EventRole::change};
    std::string title;
    std::string school;
    std::string date;  // dd-mm-jjjj or empty
    std::string facilitator;
    template <class A> void serialize(A& ar) {
        ar(CEREAL_NVP(title), CEREAL_NVP(school), CEREAL_NVP(date), CEREAL_NVP(facilitator));
    }
};

// Undo takes back the latest change that is still in effect; redo puts back the latest undone one.
struct Undo {
    static constexpr const char* kind = "undo";
    static constexpr EventTraits traits{EventMethod::any, EventRole::history};
    template <class A> void serialize(A&) {}
};
struct Redo {
    static constexpr const char* kind = "redo";
    static constexpr EventTraits traits{EventMethod::any, EventRole::history};
    template <class A> void serialize(A&) {}
};
// Undo and redo for one side of the table: they take back (put back) that side's own latest
// change, whatever the other sides did since. Files from before these kinds load as they were.
struct SideUndo {
    static constexpr const char* kind = "side_undo";
    static constexpr EventTraits traits{EventMethod::any, EventRole::history};
    int side = -1;  // a Seat
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(side)); }
};
struct SideRedo {
    static constexpr const char* kind = "side_redo";
    static constexpr EventTraits traits{EventMethod::any, EventRole::history};
    int side = -1;  // a Seat
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(side)); }
};

// ---- follow-up of the action plan (after the meeting) ----------------------------------
// A follow-up meeting begins on `date` (dd-mm-jjjj). The events after it form the follow-up
// part of the log; the meeting's own events before it are never changed, and undo does not
// reach back past it.
struct FollowUpStarted {
    static constexpr const char* kind = "follow_up_started";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::seal};
    std::string date;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(date)); }
};

// At a follow-up, an action card is marked bezig or afgerond (or open again), on `date`.
struct ActionProgressed {
    static constexpr const char* kind = "action_progressed";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    int card = 0;
    std::string status;
    std::string date;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(card), CEREAL_NVP(status), CEREAL_NVP(date)); }
};

// A note written at a follow-up about an action card (card 0: about the plan as a whole).
struct FollowUpNoteAdded {
    static constexpr const char* kind = "follow_up_note_added";
    static constexpr EventTraits traits{EventMethod::rondomjong, EventRole::change};
    int card = 0;
    std::string text;
    template <class A> void serialize(A& ar) { ar(CEREAL_NVP(card), CEREAL_NVP(text)); }
};

using Payload =
    std::variant<CardMoved, CardRotated, BlankCardCreated, CardTextChanged, CardMarked, DeckShown, StepChanged,
                 LayerOrderSet, NoteSet, ActionCardOpened, ActionFieldSet, ActionCardRemoved, Undo, Redo,
                 FollowUpStarted, ActionProgressed, FollowUpNoteAdded, SessionDetailsSet, SideUndo, SideRedo,
                 TAFEL_ARENA_PAYLOADS>;  // effectenarena events: core/effectenarena/arena_events.hpp

struct Event {
    std::int64_t at_ms = 0;  // wall-clock time, milliseconds since the Unix epoch (UTC)
    Seat seat = Seat::unknown;
    Payload payload;

    const char* kind() const;
    template <class A> void save(A& ar) const;
    template <class A> void load(A& ar);
};

// The traits the event's type declares (event_traits.hpp).
EventTraits traits_of(const Payload& payload);

// A change undo can take back: not navigation, not undo or redo, not the start of a follow-up.
bool is_undoable(const Payload& payload);

// Undo or redo, for anyone's change or for one side's: which way, and for whom (Seat::unknown:
// anyone's latest change).
bool is_undo_request(const Payload& payload);
bool is_redo_request(const Payload& payload);
Seat history_side(const Payload& payload);

// A short Dutch description of what the event did, for review and logs.
std::string describe_nl(const Event& event);

// The change alone, without the side of the table, as undo names it: "naam op actiekaart 2".
std::string describe_change_nl(const Event& event);

// ---- serialization -----------------------------------------------------------------

namespace detail {
template <size_t I = 0> bool payload_from_kind(const std::string& kind, Payload& out) {
    if constexpr (I < std::variant_size_v<Payload>) {
        using Alternative = std::variant_alternative_t<I, Payload>;
        if (kind == Alternative::kind) {
            out = Alternative{};
            return true;
        }
        return payload_from_kind<I + 1>(kind, out);
    } else {
        return false;
    }
}
}  // namespace detail

struct UnknownEventKind : std::runtime_error {
    explicit UnknownEventKind(const std::string& kind) : std::runtime_error(kind) {}
};

template <class A> void Event::save(A& ar) const {
    ar(cereal::make_nvp("at_ms", at_ms), cereal::make_nvp("seat", static_cast<int>(seat)),
       cereal::make_nvp("kind", std::string(kind())));
    std::visit([&](const auto& p) { ar(cereal::make_nvp("data", p)); }, payload);
}

template <class A> void Event::load(A& ar) {
    int seat_number = -1;
    std::string kind_name;
    ar(cereal::make_nvp("at_ms", at_ms), cereal::make_nvp("seat", seat_number), cereal::make_nvp("kind", kind_name));
    seat = (seat_number >= 0 && seat_number <= 3) ? static_cast<Seat>(seat_number) : Seat::unknown;
    if (!detail::payload_from_kind(kind_name, payload)) throw UnknownEventKind(kind_name);
    std::visit([&](auto& p) { ar(cereal::make_nvp("data", p)); }, payload);
}

}  // namespace tafel
