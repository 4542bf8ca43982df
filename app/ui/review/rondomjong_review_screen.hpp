#pragma once
// Review of a saved Rondom Jong session, read-only: the board as it stood at any moment of
// the meeting, a timeline with the meeting's structure (layers and questions) to drag, play
// and step through, and the action plan with its follow-up (action_list.hpp).
#include <memory>
#include <string>
#include <vector>

#include "core/rondomjong/board_layout.hpp"
#include "core/session/replay.hpp"
#include "ui/review/action_list.hpp"
#include "ui/shell/app.hpp"
#include "ui/review/review_timeline.hpp"

namespace tafel {

class RondomJongReviewScreen : public Screen {
public:
    // `at`: the position to show (events folded); beyond the end means the end. `picture`: only
    // the board and its panels, no timeline (the png export).
    RondomJongReviewScreen(App& app, size_t at, bool picture);
    void draw() override;
    double next_wakeup_ms() const override;
    // Fingers and keys for the sheets of the action plan's follow-up.
    bool claims(float x, float y) const override;
    void canvas_pointer(const InputEvent& event) override;
    void canvas_key(const InputEvent& event) override;
    void before_exit() override;

private:
    const Session& session() const;
    void refresh();  // after the log grew (follow-up events) or the timeline moved
    void draw_top_bar(const BoardLayout& layout);
    void draw_side_panel(const BoardLayout& layout);
    void draw_timeline(float y, float height);

    App& app_;
    bool picture_;
    ReviewTimeline timeline_;
    size_t event_count_ = 0;
    size_t state_position_ = static_cast<size_t>(-1);  // the position state_ was folded to
    ReviewCursor cursor_{8};                           // the state and the events just before the position
    std::vector<TimelineMark> marks_;
    std::vector<std::string> layers_;
    bool show_actions_ = false;
    ActionListView actions_;
};

}  // namespace tafel
