#include "ui/review/rondomjong_review_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/rondomjong/board_drawing.hpp"
#include "ui/shell/report_buttons.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {

RondomJongReviewScreen::RondomJongReviewScreen(App& app, size_t at, bool picture)
    : app_(app), picture_(picture), timeline_(app) {
    event_count_ = session().events().size();
    timeline_.go_to(at, event_count_);
    refresh();
}

const Session& RondomJongReviewScreen::session() const { return app_.store()->session(); }

void RondomJongReviewScreen::refresh() {
    const Session& s = session();
    if (s.events().size() != event_count_) {
        // The log grew (follow-up events): a position at the end stays at the end.
        if (timeline_.position() == event_count_) timeline_.go_to(s.events().size(), s.events().size(), false);
        event_count_ = s.events().size();
        state_position_ = static_cast<size_t>(-1);
        cursor_.invalidate();
    }
    if (marks_.empty() || state_position_ == static_cast<size_t>(-1)) {
        marks_ = structure_marks(s);
        layers_ = layers_discussed(s);
    }
    if (state_position_ == timeline_.position()) return;
    state_position_ = timeline_.position();
    cursor_.go_to(s, state_position_);
}

double RondomJongReviewScreen::next_wakeup_ms() const { return timeline_.next_wakeup_ms(); }

void RondomJongReviewScreen::draw() {
    refresh();
    if (timeline_.advance(session().events())) refresh();
    const Metrics& m = app_.metrics();
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    const float timeline_h = picture_ ? 0.0f : timeline_.height();
    // In the action list the state is the plan as it stands now, follow-up included.
    const RondomJongState& rj = cursor_.state().rondomjong;
    BoardLayout layout =
        layout_board(rj, session().content().rondomjong, w, h - timeline_h, m.px_per_mm, 0, card_lines(app_));
    draw_top_bar(layout);
    if (show_actions_) {
        begin_panel("##actielijst", ImVec2(0, layout.top_bar.h), ImVec2(w, h - layout.top_bar.h - timeline_h));
        actions_.draw(app_, w - 2 * ImGui::GetStyle().WindowPadding.x);
        end_panel();
        refresh();  // follow-up events may have been recorded
    } else {
        draw_board(app_, ImGui::GetBackgroundDrawList(), layout, rj, session().content().rondomjong);
        draw_side_panel(layout);
    }
    if (!picture_) draw_timeline(h - timeline_h, timeline_h);
    if (show_actions_) actions_.draw_sheets(app_);  // last: the sheets lie on top of everything
}

bool RondomJongReviewScreen::claims(float x, float y) const { return show_actions_ && actions_.claims(x, y); }

void RondomJongReviewScreen::canvas_pointer(const InputEvent& event) {
    if (show_actions_) actions_.pointer(app_, event);
}

void RondomJongReviewScreen::canvas_key(const InputEvent& event) {
    if (show_actions_) actions_.key(app_, event);
}

void RondomJongReviewScreen::before_exit() { actions_.before_exit(app_); }

void RondomJongReviewScreen::draw_top_bar(const BoardLayout& layout) {
    const Metrics& m = app_.metrics();
    begin_panel("##reviewbar", ImVec2(layout.top_bar.x, layout.top_bar.y), ImVec2(layout.top_bar.w, layout.top_bar.h));
    const SessionMeta& meta = session().meta();
    // Title, school and date end short of the buttons (cut with … rather than under them).
    const float text_end = picture_ ? layout.top_bar.w : layout.top_bar.w - m.mm(style::kReviewButtonsMm);
    auto room = [&] { return text_end - ImGui::GetCursorPosX() - ImGui::GetStyle().ItemSpacing.x; };
    ImGui::PushFont(app_.fonts().bold);
    ImGui::TextUnformatted(fit_label(meta.title, room()).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    const std::string about = (meta.school.empty() ? std::string("school onbekend") : meta.school) + "  ·  " +
                              meta.date + "  ·  terugkijken: de bijeenkomst zelf verandert niet";
    ImGui::TextDisabled("%s", fit_label(about, room()).c_str());
    if (!picture_) {
        ImGui::SameLine(layout.top_bar.w - m.mm(style::kReviewButtonsMm));
        if (touch_button(app_, show_actions_ ? "Terug naar het bord" : "Actieplan en opvolging",
                         m.mm(style::kReviewActionsButtonMm),
                         show_actions_ ? "button:Terug naar het bord" : "button:Actieplan")) {
            show_actions_ = !show_actions_;
        }
        ImGui::SameLine();
        if (touch_button(app_, "Verder vergaderen", m.mm(style::kReviewButtonMm))) app_.continue_meeting();
        ImGui::SameLine();
        if (touch_button(app_, "Naar beginscherm", m.mm(style::kReviewButtonMm))) app_.close_session();
    }
    end_panel();
}

void RondomJongReviewScreen::draw_side_panel(const BoardLayout& layout) {
    const RondomJongState& rj = cursor_.state().rondomjong;
    const RondomJongContent& c = session().content().rondomjong;
    begin_panel("##terugkijken", ImVec2(layout.side_panel.x, layout.side_panel.y),
                ImVec2(layout.side_panel.w, layout.side_panel.h));
    const float inner = layout.side_panel.w - 2 * ImGui::GetStyle().WindowPadding.x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::PushFont(app_.fonts().bold);
    ImGui::Text("Gebeurtenis %zu van %zu", state_position_, event_count_);
    ImGui::PopFont();
    // Named by what it says, so a play script can check which moment is shown.
    app_.add_item_target("text:Gebeurtenis " + std::to_string(state_position_) + " van " +
                         std::to_string(event_count_));
    if (!picture_) draw_report_buttons(app_, inner, 3);
    if (state_position_ > 0 && !session().events().empty()) {
        const auto& events = session().events();
        const long seconds = static_cast<long>((events[state_position_ - 1].at_ms - events.front().at_ms) / 1000);
        ImGui::TextDisabled("%ld:%02ld min na het begin", seconds / 60, seconds % 60);
    }
    const Layer* layer = c.find_layer(rj.current_layer);
    const int step_count = static_cast<int>(c.steps.size());
    if (layer && rj.current_step >= 1 && rj.current_step <= step_count) {
        ImGui::Separator();
        ImGui::TextDisabled("%s  ·  vraag %d van %d", layer->name.c_str(), rj.current_step, step_count);
        ImGui::PushFont(app_.fonts().large);
        ImGui::TextUnformatted(c.steps[rj.current_step - 1].question.c_str());
        ImGui::PopFont();
        std::string note = rj.note(rj.current_layer, rj.current_step);
        if (!note.empty()) {
            ImGui::TextDisabled("Notitie:");
            ImGui::TextUnformatted(note.c_str());
        }
    }
    ImGui::Separator();
    ImGui::PushFont(app_.fonts().bold);
    ImGui::TextUnformatted("Wat er gebeurde");
    ImGui::PopFont();
    if (cursor_.recent().empty()) ImGui::TextDisabled("Nog niets: het begin van de sessie.");
    for (size_t i = 0; i < cursor_.recent().size(); ++i) {
        if (i == 0) {
            ImGui::Bullet();
            ImGui::TextUnformatted(cursor_.recent()[i].c_str());
        } else {
            ImGui::TextDisabled("%s", cursor_.recent()[i].c_str());
        }
    }
    ImGui::Separator();
    ImGui::PushFont(app_.fonts().bold);
    ImGui::Text("Actiekaarten (%zu)", rj.actions.size());
    ImGui::PopFont();
    for (const std::string& id : rj.layer_order) {
        for (const ActionCard& card : rj.actions) {
            if (card.field("laag") != id) continue;
            std::string name = card.field("naam").empty() ? "(naam nog leeg)" : card.field("naam");
            ImGui::TextDisabled("%d. %s: %s [%s]", card.id, name.c_str(), card.field("actie").c_str(),
                                card.field("status").c_str());
        }
    }
    ImGui::PopTextWrapPos();
    end_panel();
}

void RondomJongReviewScreen::draw_timeline(float y, float height) {
    const RondomJongContent& c = session().content().rondomjong;
    const auto& events = session().events();
    // A stretch per question, coloured by its layer; the layer's name over its first stretch.
    std::vector<ReviewTimeline::Stretch> stretches;
    std::vector<std::string> named;
    for (const TimelineMark& mark : marks_) {
        const Layer* l = c.find_layer(mark.layer);
        const bool first = std::find(named.begin(), named.end(), mark.layer) == named.end();
        if (first) named.push_back(mark.layer);
        const int li = std::max(0, c.layer_index(mark.layer));
        stretches.push_back(
            {mark.position - 1, style::u32(style::kTimelineLayers[li % 4]), first && l ? l->name : std::string()});
    }
    // The follow-up part of the log, after the meeting.
    for (size_t i = 0; i < events.size(); ++i) {
        if (const auto* f = std::get_if<FollowUpStarted>(&events[i].payload)) {
            stretches.push_back({i, style::u32(style::kTimelineFollowUp), "opvolging " + f->date});
            break;
        }
    }
    std::stable_sort(stretches.begin(), stretches.end(), [](const auto& a, const auto& b) { return a.from < b.from; });
    std::vector<ReviewTimeline::Jump> jumps;
    for (const std::string& id : layers_) {
        const Layer* l = c.find_layer(id);
        const size_t end = end_of_layer(session(), id);
        if (end != std::string::npos) jumps.push_back({l ? l->name : id, "option:laag-" + id, end});
    }
    if (timeline_.draw({0, y, static_cast<float>(app_.width()), height}, events, stretches, "Einde van laag:", jumps))
        refresh();
}

}  // namespace tafel
