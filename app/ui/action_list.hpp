#pragma once
// The action plan in review: every action card with filters (layer, person, status, overdue)
// and sorting, and the follow-up meeting: mark an action bezig or afgerond on a date, write a
// follow-up note, add new action cards. Follow-up work is recorded as new events after a
// FollowUpStarted event; the meeting's own events are never touched.
#include <string>

#include "core/follow_up.hpp"
#include "ui/app.hpp"

namespace tafel {

class ActionListView {
public:
    // Draws into the current ImGui window, `width` wide.
    void draw(App& app, float width);

private:
    void record(App& app, Payload payload);
    void draw_filters(App& app, const RondomJongState& rj, const RondomJongContent& c, float width);
    void draw_follow_up_bar(App& app, const RondomJongState& rj, float width);
    void draw_new_card_form(App& app, const RondomJongContent& c, float width);

    ActionFilter filter_;
    ActionSort sort_ = ActionSort::number;
    bool following_up_ = false;  // this screen is holding a follow-up meeting
    int note_card_ = 0;          // the card the follow-up note is about (0: the plan as a whole)
    char date_[16] = {};
    char note_[1000] = {};
    bool new_card_open_ = false;
    std::string new_layer_;
    char new_name_[120] = {}, new_action_[400] = {}, new_goal_[400] = {}, new_planned_[16] = {};
};

}  // namespace tafel
