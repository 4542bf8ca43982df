#include "ui/review_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/board_drawing.hpp"
#include "ui/widgets.hpp"

namespace tafel {
namespace {

constexpr double kMaxGapMs = 3000;  // a long silence in the meeting plays as at most 3 s at 1x
constexpr float kTimelineMm = 38.0f;

const ImU32 kLayerTimelineColors[] = {IM_COL32(150, 190, 120, 255), IM_COL32(120, 170, 205, 255),
                                      IM_COL32(230, 180, 100, 255), IM_COL32(215, 120, 110, 255)};

}  // namespace

ReviewScreen::ReviewScreen(App& app, size_t at, bool picture) : app_(app), picture_(picture) {
    event_count_ = session().events().size();
    position_ = std::min(at, event_count_);
    refresh();
}

const Session& ReviewScreen::session() const { return app_.store()->session(); }

void ReviewScreen::go_to(size_t position) {
    position_ = std::min(position, session().events().size());
    refresh();
    app_.request_frames();
}

void ReviewScreen::refresh() {
    const Session& s = session();
    if (s.events().size() != event_count_) {
        // The log grew (follow-up events): a position at the end stays at the end.
        if (position_ == event_count_) position_ = s.events().size();
        event_count_ = s.events().size();
        state_position_ = static_cast<size_t>(-1);
    }
    if (marks_.empty() || state_position_ == static_cast<size_t>(-1)) {
        marks_ = structure_marks(s);
        layers_ = layers_discussed(s);
    }
    if (state_position_ == position_) return;
    state_ = s.state_at(position_);
    state_position_ = position_;
    recent_.clear();
    const size_t first = position_ > 8 ? position_ - 8 : 0;
    for (size_t i = position_; i-- > first;) recent_.push_back(describe_event_nl(s, s.state_at(i), i));
}

double ReviewScreen::gap_ms(size_t position) const {
    const auto& events = session().events();
    if (position == 0 || position >= events.size()) return 0;
    double gap = static_cast<double>(events[position].at_ms - events[position - 1].at_ms);
    return std::clamp(gap, 0.0, kMaxGapMs);
}

void ReviewScreen::advance_playback() {
    if (!playing_) return;
    const double now = app_.now_ms();
    size_t position = position_;
    while (position < event_count_ && now >= next_due_ms_) {
        ++position;
        next_due_ms_ += gap_ms(position) / speed_;
    }
    if (position != position_) go_to(position);
    if (position_ >= event_count_) playing_ = false;  // the end of the meeting
}

double ReviewScreen::next_wakeup_ms() const { return playing_ ? next_due_ms_ : -1; }

void ReviewScreen::draw() {
    refresh();
    advance_playback();
    const Metrics& m = app_.metrics();
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    const float timeline_h = picture_ ? 0.0f : m.mm(kTimelineMm);
    // In the action list the state is the plan as it stands now, follow-up included.
    const RondomJongState& rj = state_.rondomjong;
    BoardLayout layout = layout_board(rj, session().content().rondomjong, w, h - timeline_h, m.px_per_mm);
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
}

void ReviewScreen::draw_top_bar(const BoardLayout& layout) {
    const Metrics& m = app_.metrics();
    begin_panel("##reviewbar", ImVec2(layout.top_bar.x, layout.top_bar.y), ImVec2(layout.top_bar.w, layout.top_bar.h));
    const SessionMeta& meta = session().meta();
    ImGui::PushFont(app_.fonts().bold);
    ImGui::TextUnformatted(meta.title.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s  ·  %s  ·  terugkijken: de vergadering zelf verandert niet", meta.school.empty() ? "school onbekend" : meta.school.c_str(),
                        meta.date.c_str());
    if (!picture_) {
        ImGui::SameLine(layout.top_bar.w - m.mm(215));
        if (touch_button(app_, show_actions_ ? "Terug naar het bord" : "Actieplan en opvolging", m.mm(70),
                         show_actions_ ? "button:Terug naar het bord" : "button:Actieplan")) {
            show_actions_ = !show_actions_;
        }
        ImGui::SameLine();
        if (touch_button(app_, "Verder vergaderen", m.mm(60))) app_.continue_meeting();
        ImGui::SameLine();
        if (touch_button(app_, "Naar beginscherm", m.mm(60))) app_.close_session();
    }
    end_panel();
}

void ReviewScreen::draw_side_panel(const BoardLayout& layout) {
    const RondomJongState& rj = state_.rondomjong;
    const RondomJongContent& c = session().content().rondomjong;
    begin_panel("##terugkijken", ImVec2(layout.side_panel.x, layout.side_panel.y),
                ImVec2(layout.side_panel.w, layout.side_panel.h));
    const float inner = layout.side_panel.w - 2 * ImGui::GetStyle().WindowPadding.x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::PushFont(app_.fonts().bold);
    ImGui::Text("Gebeurtenis %zu van %zu", position_, event_count_);
    ImGui::PopFont();
    // Named by what it says, so a play script can check which moment is shown.
    app_.add_item_target("text:Gebeurtenis " + std::to_string(position_) + " van " + std::to_string(event_count_));
    if (position_ > 0 && !session().events().empty()) {
        const auto& events = session().events();
        const long seconds = static_cast<long>((events[position_ - 1].at_ms - events.front().at_ms) / 1000);
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
    if (recent_.empty()) ImGui::TextDisabled("Nog niets: het begin van de sessie.");
    for (size_t i = 0; i < recent_.size(); ++i) {
        if (i == 0) {
            ImGui::Bullet();
            ImGui::TextUnformatted(recent_[i].c_str());
        } else {
            ImGui::TextDisabled("%s", recent_[i].c_str());
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
            ImGui::TextDisabled("%d. %s: %s [%s]", card.id, name.c_str(), card.field("actie").c_str(), card.field("status").c_str());
        }
    }
    ImGui::PopTextWrapPos();
    end_panel();
}

void ReviewScreen::draw_timeline(float y, float height) {
    const Metrics& m = app_.metrics();
    const float w = static_cast<float>(app_.width());
    begin_panel("##tijdlijn", ImVec2(0, y), ImVec2(w, height));
    const RondomJongContent& c = session().content().rondomjong;
    // Row 1: the controls.
    if (touch_button(app_, "Begin", m.mm(22))) go_to(0);
    ImGui::SameLine();
    ImGui::BeginDisabled(position_ == 0);
    if (touch_button(app_, "Vorige gebeurtenis", m.mm(45))) {
        playing_ = false;
        go_to(position_ - 1);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (playing_) {
        if (touch_button(app_, "Pauze", m.mm(32))) playing_ = false;
    } else if (touch_button(app_, "Afspelen", m.mm(32))) {
        if (position_ >= event_count_) go_to(0);  // played to the end: start again
        playing_ = true;
        next_due_ms_ = app_.now_ms() + gap_ms(position_ + 1) / speed_;
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(position_ >= event_count_);
    if (touch_button(app_, "Volgende gebeurtenis", m.mm(48))) {
        playing_ = false;
        go_to(position_ + 1);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (touch_button(app_, "Einde", m.mm(22))) {
        playing_ = false;
        go_to(event_count_);
    }
    for (int speed : {1, 4, 16}) {
        ImGui::SameLine();
        const std::string label = std::to_string(speed) + "×";
        const bool chosen = speed == speed_;
        if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (touch_button(app_, label, m.mm(16))) {
            // Keep the moment the next event is due, at the new pace.
            if (playing_) next_due_ms_ = app_.now_ms() + std::max(0.0, next_due_ms_ - app_.now_ms()) * speed_ / speed;
            speed_ = speed;
        }
        if (chosen) ImGui::PopStyleColor();
    }
    ImGui::SameLine();
    ImGui::TextDisabled("  Einde van laag:");
    for (const std::string& id : layers_) {
        const Layer* l = c.find_layer(id);
        ImGui::SameLine();
        if (touch_button(app_, (l ? l->name : id) + "##einde", 0, "option:laag-" + id)) {
            playing_ = false;
            size_t end = end_of_layer(session(), id);
            if (end != std::string::npos) go_to(end);
        }
    }

    // Row 2: the timeline itself, coloured by the layer under discussion, a tick per question.
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float bar_w = w - 2 * ImGui::GetStyle().WindowPadding.x;
    const float bar_h = std::max(m.touch(), height - (origin.y - y) - ImGui::GetStyle().WindowPadding.y);
    ImGui::InvisibleButton("##balk", ImVec2(bar_w, bar_h));
    app_.add_item_target("timeline:tijdlijn");
    const float n = static_cast<float>(std::max<size_t>(event_count_, 1));
    auto x_of = [&](size_t position) { return origin.x + bar_w * static_cast<float>(position) / n; };
    const float band_y0 = origin.y + bar_h * 0.25f, band_y1 = origin.y + bar_h * 0.75f;
    list->AddRectFilled(ImVec2(origin.x, band_y0), ImVec2(origin.x + bar_w, band_y1), IM_COL32(225, 222, 215, 255), m.mm(1));
    for (size_t i = 0; i < marks_.size(); ++i) {
        const size_t from = marks_[i].position - 1;
        const size_t to = i + 1 < marks_.size() ? marks_[i + 1].position - 1 : event_count_;
        const int li = std::max(0, c.layer_index(marks_[i].layer));
        list->AddRectFilled(ImVec2(x_of(from), band_y0), ImVec2(x_of(to), band_y1), kLayerTimelineColors[li % 4]);
        list->AddLine(ImVec2(x_of(from), band_y0), ImVec2(x_of(from), band_y1), IM_COL32(255, 255, 255, 200), m.mm(0.3f));
    }
    // The follow-up part of the log, after the meeting.
    const auto& events = session().events();
    for (size_t i = 0; i < events.size(); ++i) {
        if (!std::holds_alternative<FollowUpStarted>(events[i].payload)) continue;
        list->AddRectFilled(ImVec2(x_of(i), band_y0), ImVec2(origin.x + bar_w, band_y1), IM_COL32(170, 160, 200, 255));
        list->AddText(app_.fonts().body, app_.fonts().body->FontSize * 0.8f, ImVec2(x_of(i) + m.mm(1), band_y0),
                      IM_COL32(30, 30, 60, 255), ("opvolging " + std::get<FollowUpStarted>(events[i].payload).date).c_str());
        break;
    }
    // Layer names over their first stretch.
    for (const std::string& id : layers_) {
        auto first = std::find_if(marks_.begin(), marks_.end(), [&](const TimelineMark& mk) { return mk.layer == id; });
        const Layer* l = c.find_layer(id);
        if (first == marks_.end() || !l) continue;
        list->AddText(app_.fonts().body, app_.fonts().body->FontSize * 0.8f, ImVec2(x_of(first->position - 1) + m.mm(1), band_y0),
                      IM_COL32(30, 30, 30, 255), l->name.c_str());
    }
    const float thumb_x = x_of(position_);
    list->AddLine(ImVec2(thumb_x, origin.y), ImVec2(thumb_x, origin.y + bar_h), IM_COL32(200, 60, 20, 255), m.mm(0.8f));
    list->AddCircleFilled(ImVec2(thumb_x, origin.y + bar_h * 0.5f), m.mm(2.2f), IM_COL32(200, 60, 20, 255));
    if (ImGui::IsItemActive()) {
        // Dragging (or tapping) the timeline moves to that moment.
        playing_ = false;
        const float f = std::clamp((ImGui::GetIO().MousePos.x - origin.x) / bar_w, 0.0f, 1.0f);
        const size_t at = static_cast<size_t>(std::lround(f * static_cast<float>(event_count_)));
        if (at != position_) go_to(at);
    }
    end_panel();
}

}  // namespace tafel
