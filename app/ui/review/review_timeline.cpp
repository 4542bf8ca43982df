#include "ui/review/review_timeline.hpp"

#include <algorithm>
#include <cmath>

#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

constexpr double kMaxGapMs = 3000;  // a long silence in the meeting plays as at most 3 s at 1x

}  // namespace

void ReviewTimeline::go_to(size_t position, size_t event_count, bool stop) {
    if (stop) playing_ = false;
    position_ = std::min(position, event_count);
    app_.request_frames();
}

double ReviewTimeline::gap_ms(const std::vector<Event>& events, size_t position) const {
    if (position == 0 || position >= events.size()) return 0;
    double gap = static_cast<double>(events[position].at_ms - events[position - 1].at_ms);
    return std::clamp(gap, 0.0, kMaxGapMs);
}

bool ReviewTimeline::advance(const std::vector<Event>& events) {
    if (!playing_) return false;
    const double now = app_.now_ms();
    size_t position = position_;
    while (position < events.size() && now >= next_due_ms_) {
        ++position;
        next_due_ms_ += gap_ms(events, position) / speed_;
    }
    const bool moved = position != position_;
    if (moved) go_to(position, events.size(), false);
    if (position_ >= events.size()) playing_ = false;  // the end of the meeting
    return moved;
}

float ReviewTimeline::height() const {
    const Metrics& m = app_.metrics();
    return m.mm(style::kTimelineMm) + static_cast<float>(extra_rows_) * (m.touch() + ImGui::GetStyle().ItemSpacing.y);
}

bool ReviewTimeline::draw(Box area, const std::vector<Event>& events, const std::vector<Stretch>& stretches,
                          const std::string& jumps_title, const std::vector<Jump>& jumps) {
    const size_t before = position_;
    begin_panel("##tijdlijn", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    draw_controls(events, jumps_title, jumps);
    draw_bar(area, events.size(), stretches);
    end_panel();
    return position_ != before;
}

void ReviewTimeline::draw_controls(const std::vector<Event>& events, const std::string& jumps_title,
                                   const std::vector<Jump>& jumps) {
    // Row 1: the controls.
    const Metrics& m = app_.metrics();
    const size_t count = events.size();
    if (touch_button(app_, "Begin", m.mm(style::kTimelineEndButtonMm))) go_to(0, count);
    ImGui::SameLine();
    ImGui::BeginDisabled(position_ == 0);
    if (touch_button(app_, "Vorige gebeurtenis", m.mm(style::kTimelinePrevButtonMm))) go_to(position_ - 1, count);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (playing_) {
        if (touch_button(app_, "Pauze", m.mm(style::kTimelinePlayButtonMm))) playing_ = false;
    } else if (touch_button(app_, "Afspelen", m.mm(style::kTimelinePlayButtonMm))) {
        if (position_ >= count) go_to(0, count);  // played to the end: start again
        playing_ = true;
        next_due_ms_ = app_.now_ms() + gap_ms(events, position_ + 1) / speed_;
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(position_ >= count);
    if (touch_button(app_, "Volgende gebeurtenis", m.mm(style::kTimelineNextButtonMm))) go_to(position_ + 1, count);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (touch_button(app_, "Einde", m.mm(style::kTimelineEndButtonMm))) go_to(count, count);
    for (int speed : {1, 4, 16}) {
        ImGui::SameLine();
        const std::string label = std::to_string(speed) + "×";
        const bool chosen = speed == speed_;
        if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (touch_button(app_, label, m.mm(style::kTimelineSpeedButtonMm))) {
            // Keep the moment the next event is due, at the new pace.
            if (playing_) next_due_ms_ = app_.now_ms() + std::max(0.0, next_due_ms_ - app_.now_ms()) * speed_ / speed;
            speed_ = speed;
        }
        if (chosen) ImGui::PopStyleColor();
    }
    draw_jumps(jumps_title, jumps, count);
}

void ReviewTimeline::draw_jumps(const std::string& title, const std::vector<Jump>& jumps, size_t count) {
    // On the row of the controls while they fit, then on rows of their own: none falls off the screen.
    const ImGuiStyle& st = ImGui::GetStyle();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    auto width_of = [&](const std::string& label) {  // as wide as tall at least: "1" is a finger wide
        return std::max(app_.metrics().touch(), ImGui::CalcTextSize(label.c_str()).x + 2 * st.FramePadding.x);
    };
    auto next_to_last = [&](float w) {
        if (ImGui::GetItemRectMax().x + st.ItemSpacing.x + w <= right) {
            ImGui::SameLine();
            return true;
        }
        return false;
    };
    int rows = 0;
    const std::string shown_title = "  " + title;
    if (!jumps.empty()) {
        const float title_w = ImGui::CalcTextSize(shown_title.c_str()).x;
        if (!next_to_last(title_w + st.ItemSpacing.x + width_of(jumps.front().label))) ++rows;
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", shown_title.c_str());
    }
    for (const Jump& jump : jumps) {
        if (!next_to_last(width_of(jump.label))) ++rows;
        if (touch_button(app_, jump.label + "##einde", width_of(jump.label), jump.target)) go_to(jump.position, count);
    }
    if (rows != extra_rows_) app_.request_frames();  // the screen makes room in the next frame
    extra_rows_ = rows;
}

void ReviewTimeline::draw_bar(Box area, size_t count, const std::vector<Stretch>& stretches) {
    // Row 2: the bar, coloured by the meeting's structure, with a white tick where a stretch begins.
    const Metrics& m = app_.metrics();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float bar_w = area.w - 2 * ImGui::GetStyle().WindowPadding.x;
    const float bar_h = std::max(m.touch(), area.bottom() - origin.y - ImGui::GetStyle().WindowPadding.y);
    ImGui::InvisibleButton("##balk", ImVec2(bar_w, bar_h));
    app_.add_item_target("timeline:tijdlijn");
    const float n = static_cast<float>(std::max<size_t>(count, 1));
    auto x_of = [&](size_t position) { return origin.x + bar_w * static_cast<float>(position) / n; };
    const float band_y0 = origin.y + bar_h * 0.25f, band_y1 = origin.y + bar_h * 0.75f;
    list->AddRectFilled(ImVec2(origin.x, band_y0), ImVec2(origin.x + bar_w, band_y1), style::u32(style::kTimelineBand),
                        m.mm(style::kTimelineBandRoundingMm));
    for (size_t i = 0; i < stretches.size(); ++i) {
        const size_t to = i + 1 < stretches.size() ? stretches[i + 1].from : count;
        list->AddRectFilled(ImVec2(x_of(stretches[i].from), band_y0), ImVec2(x_of(to), band_y1), stretches[i].color);
        list->AddLine(ImVec2(x_of(stretches[i].from), band_y0), ImVec2(x_of(stretches[i].from), band_y1),
                      style::u32(style::kWhite, style::kTimelineTickAlpha), m.mm(style::kTimelineTickMm));
    }
    for (size_t i = 0; i < stretches.size(); ++i) {
        if (stretches[i].label.empty()) continue;
        // A label may run on over unlabelled stretches, never into the next label.
        size_t next = i + 1;
        while (next < stretches.size() && stretches[next].label.empty()) ++next;
        const float clip_right = next < stretches.size() ? x_of(stretches[next].from) : origin.x + bar_w;
        list->PushClipRect(ImVec2(x_of(stretches[i].from), band_y0), ImVec2(clip_right, band_y1), true);
        list->AddText(app_.fonts().body, app_.fonts().body->FontSize * style::kTimelineLabelScale,
                      ImVec2(x_of(stretches[i].from) + m.mm(style::kTimelineLabelInsetMm), band_y0),
                      style::u32(style::kTimelineInk), stretches[i].label.c_str());
        list->PopClipRect();
    }
    const float thumb_x = x_of(position_);
    list->AddLine(ImVec2(thumb_x, origin.y), ImVec2(thumb_x, origin.y + bar_h), style::u32(style::kTimelineThumb),
                  m.mm(style::kTimelineThumbLineMm));
    list->AddCircleFilled(ImVec2(thumb_x, origin.y + bar_h * 0.5f), m.mm(style::kTimelineThumbMm),
                          style::u32(style::kTimelineThumb));
    if (ImGui::IsItemActive()) {
        // Dragging (or tapping) the bar moves to that moment.
        const float f = std::clamp((ImGui::GetIO().MousePos.x - origin.x) / bar_w, 0.0f, 1.0f);
        const size_t at = static_cast<size_t>(std::lround(f * static_cast<float>(count)));
        if (at != position_) go_to(at, count);
        playing_ = false;
    }
}

}  // namespace tafel
