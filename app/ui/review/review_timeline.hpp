#pragma once
// The timeline of a review screen: a position in the event log (the number of events folded),
// controls to step, play at 1x/4x/16x and jump, and a bar to drag, coloured by the meeting's
// structure (layers of Rondom Jong, programme steps of an effectenarena). Shared by both review
// screens; what the position means is up to them.
#include <imgui.h>

#include <string>
#include <vector>

#include "core/rondomjong/board_layout.hpp"
#include "core/session/events.hpp"
#include "ui/shell/app.hpp"

namespace tafel {

class ReviewTimeline {
public:
    // A coloured stretch of the bar from position `from` up to the next stretch (or the end).
    struct Stretch {
        size_t from = 0;
        ImU32 color = 0;
        std::string label;  // drawn at its start; may be empty
    };
    // A button that jumps to a position ("einde van ...").
    struct Jump {
        std::string label;
        std::string target;
        size_t position = 0;
    };

    explicit ReviewTimeline(App& app) : app_(app) {}

    size_t position() const { return position_; }
    // Moves to `position` (at most the end of `events`); stops playback when `stop` is set.
    void go_to(size_t position, size_t event_count, bool stop = true);
    // While playing: moves on through the events that are due. True when the position changed.
    bool advance(const std::vector<Event>& events);
    bool playing() const { return playing_; }
    double next_wakeup_ms() const { return playing_ ? next_due_ms_ : -1; }

    // The height its panel needs: the jump buttons that do not fit beside the controls take rows of
    // their own (known from the frame before; a change asks for another frame).
    float height() const;

    // Draws the controls and the bar in a panel at `area`. True when the position changed.
    bool draw(Box area, const std::vector<Event>& events, const std::vector<Stretch>& stretches,
              const std::string& jumps_title, const std::vector<Jump>& jumps);

private:
    double gap_ms(const std::vector<Event>& events, size_t position) const;
    void draw_controls(const std::vector<Event>& events, const std::string& jumps_title,
                       const std::vector<Jump>& jumps);
    void draw_jumps(const std::string& title, const std::vector<Jump>& jumps, size_t count);
    void draw_bar(Box area, size_t count, const std::vector<Stretch>& stretches);  // it moves the position too

    App& app_;
    size_t position_ = 0;
    bool playing_ = false;
    int speed_ = 1;
    double next_due_ms_ = -1;
    int extra_rows_ = 0;
};

}  // namespace tafel
