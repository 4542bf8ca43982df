#pragma once
// Replay of a saved session: the structure of the meeting on its timeline (which layer and
// question when), where each layer ends, event descriptions with names instead of numbers,
// and the `--at N` position of the exports. Everything is computed from the event log.
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace tafel {

// A moment on the timeline: the position (number of events folded) right after a StepChanged.
struct TimelineMark {
    size_t position = 0;
    std::string layer;
    int step = 1;
};

// Every step of the question loop as it was walked, in log order.
std::vector<TimelineMark> structure_marks(const Session& session);

// The position at the end of a layer: the moment the meeting left that layer for the last
// time (or the end of the log when it ended there). npos when the layer was never discussed.
size_t end_of_layer(const Session& session, const std::string& layer);

// The layers in the order they were first discussed.
std::vector<std::string> layers_discussed(const Session& session);

// An effectenarena's programme as it was walked: each step from the position at which it was
// shown (the first step from position 0, then right after each step change).
struct ProgrammeMark {
    size_t position = 0;
    int step = 0;  // index into the programme
};
std::vector<ProgrammeMark> programme_marks(const Session& session);

// The position at the end of programme step `step`: the moment the meeting left it for the last
// time (or the end of the log when it ended there). npos when the step was never shown.
size_t end_of_programme_step(const Session& session, int step);

// What event `index` did, in Dutch, with card names and layer names taken from `before` (the
// state just before the event), and the side of the table it came from.
std::string describe_event_nl(const Session& session, const SessionState& before, size_t index);

// Descriptions of up to `count` events just before `position`, the newest first. One fold, to
// the first of them, then one event at a time; `state` (if given) gets the state at `position`.
std::vector<std::string> recent_events_nl(const Session& session, size_t position, size_t count,
                                          SessionState* state = nullptr);

// The state after event `index` from the state just before it (`state`, at position `index`):
// one event applied, as the fold would; only an undo or redo folds the log again.
void step_forward(const Session& session, size_t index, SessionState& state);

// What review shows at a position: the state and the events just before it. A step forward by
// one event folds one event and adds one line; any other move folds once.
class ReviewCursor {
public:
    explicit ReviewCursor(size_t lines) : lines_(lines) {}
    void go_to(const Session& session, size_t position);
    void invalidate() { position_ = static_cast<size_t>(-1); }
    size_t position() const { return position_; }
    const SessionState& state() const { return state_; }
    const std::vector<std::string>& recent() const { return recent_; }  // newest first

private:
    size_t lines_;
    size_t position_ = static_cast<size_t>(-1);
    SessionState state_;
    std::vector<std::string> recent_;
};

// Parses the value of `--at` for a session of `event_count` events. Throws UserError with one
// Dutch sentence when it is no whole number or lies outside 0..event_count.
size_t parse_at(const std::string& text, size_t event_count);

// The session as it was after its first `count` events: the same meta and content, a shorter log.
// Every export of `--at N` works on this, so a report says exactly what was known then.
Session session_until(const Session& session, size_t count);

}  // namespace tafel
