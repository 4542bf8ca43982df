#pragma once
// Review of a saved effectenarena, read-only: the arena screen as it stood at any moment of the
// meeting (the step, its clock, the break-out zones, the plenary, the arena canvas), with a
// timeline coloured by programme step to drag, play and step through, and "einde van stap".
#include <string>
#include <vector>

#include "core/session/replay.hpp"
#include "ui/shell/app.hpp"
#include "ui/effectenarena/arena_screen.hpp"
#include "ui/review/review_timeline.hpp"

namespace tafel {

class ArenaReviewScreen : public Screen {
public:
    // `at`: the position to show (events folded); beyond the end means the end. `picture`: no
    // timeline (the png export).
    ArenaReviewScreen(App& app, size_t at, bool picture);
    void draw() override;
    double next_wakeup_ms() const override { return timeline_.next_wakeup_ms(); }

private:
    const Session& session() const;
    void refresh();  // after the timeline moved
    void draw_event_strip(Box area);
    void draw_timeline(Box area);

    App& app_;
    bool picture_;
    ReviewTimeline timeline_;
    size_t state_position_ = static_cast<size_t>(-1);  // the position state_ was folded to
    float reserved_ = -1;                              // the room kept below the view for the timeline
    ReviewCursor cursor_{1};                           // the state and the events just before the position
    std::vector<ProgrammeMark> marks_;
    ArenaScreen view_;
};

}  // namespace tafel
