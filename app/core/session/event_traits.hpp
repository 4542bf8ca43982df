#pragma once
// What each kind of event is, declared once beside its type (`static constexpr EventTraits
// traits`): which method it belongs to, and how undo treats it. The fold, undo, the method check
// and the screens all read these, so a new event kind states them in one place, and a kind that
// forgets them does not compile (every visit over the payload reads T::traits).

namespace tafel {

enum class EventMethod {
    any,            // belongs to every session (undo, redo)
    rondomjong,     // only in a Rondom Jong session
    effectenarena,  // only in an effectenarena session
};

enum class EventRole {
    change,       // changes what the meeting made: undo takes it back
    navigation,   // what is shown (step, clock, a persona's parts): undo passes over it
    preparation,  // sets up the meeting before its start: undo stops there once the meeting began
    seal,         // begins a new part (a follow-up): undo never reaches back past it
    history,      // undo and redo themselves
};

struct EventTraits {
    EventMethod method;
    EventRole role;
};

// Dutch name of the method an event belongs to, for messages.
inline const char* method_name_nl(EventMethod method) {
    switch (method) {
        case EventMethod::rondomjong:
            return "Rondom Jong";
        case EventMethod::effectenarena:
            return "de Effectenarena";
        default:
            return "elke sessie";
    }
}

}  // namespace tafel
