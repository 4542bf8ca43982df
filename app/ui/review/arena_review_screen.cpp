#include "ui/review/arena_review_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/effectenarena/step_kind.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

ImU32 step_color(const std::string& kind) {
    if (step_kind_of(kind) == StepKind::breakout) return style::u32(style::kTimelineBreakout);
    if (step_kind_of(kind) == StepKind::pauze) return style::u32(style::kTimelinePause);
    return style::u32(style::kTimelinePlenary);
}

}  // namespace

ArenaReviewScreen::ArenaReviewScreen(App& app, size_t at, bool picture)
    : app_(app), picture_(picture), timeline_(app), marks_(programme_marks(session())), view_(app) {
    timeline_.go_to(at, session().events().size());
    refresh();
}

const Session& ArenaReviewScreen::session() const { return app_.store()->session(); }

void ArenaReviewScreen::refresh() {
    const float reserved = picture_ ? 0.0f : timeline_.height() + app_.metrics().mm(style::kEventStripMm);
    if (state_position_ == timeline_.position() && reserved == reserved_) return;
    reserved_ = reserved;
    const Session& s = session();
    state_position_ = timeline_.position();
    cursor_.go_to(s, state_position_);
    // The clock shows the time left at the moment of the last event shown.
    const std::int64_t at_ms = state_position_ > 0 ? s.events()[state_position_ - 1].at_ms : s.meta().created_at_ms;
    view_.show_review({&cursor_.state(), at_ms, reserved, picture_, [this](int step) {
                           const size_t end = end_of_programme_step(session(), step);
                           if (end != std::string::npos) timeline_.go_to(end, session().events().size());
                       }});
}

void ArenaReviewScreen::draw() {
    if (timeline_.advance(session().events())) refresh();
    view_.draw();
    if (picture_) return;
    const Metrics& m = app_.metrics();
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    const float timeline_h = timeline_.height();
    draw_event_strip({0, h - timeline_h - m.mm(style::kEventStripMm), w, m.mm(style::kEventStripMm)});
    draw_timeline({0, h - timeline_h, w, timeline_h});
    refresh();  // a step tapped in the programme overview moves the timeline too
}

void ArenaReviewScreen::draw_event_strip(Box area) {
    const auto& events = session().events();
    begin_panel("##gebeurtenis", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    ImGui::PushFont(app_.fonts().bold);
    ImGui::Text("Gebeurtenis %zu van %zu", state_position_, events.size());
    ImGui::PopFont();
    // Named by what it says, so a play script can check which moment is shown.
    app_.add_item_target("text:Gebeurtenis " + std::to_string(state_position_) + " van " +
                         std::to_string(events.size()));
    if (state_position_ > 0) {
        const long seconds = static_cast<long>((events[state_position_ - 1].at_ms - events.front().at_ms) / 1000);
        ImGui::SameLine();
        ImGui::TextDisabled("  %ld:%02ld min na het begin  ·", seconds / 60, seconds % 60);
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(cursor_.recent().empty() ? "het begin van de bijeenkomst"
                                                    : cursor_.recent().front().c_str());
    end_panel();
}

void ArenaReviewScreen::draw_timeline(Box area) {
    const EffectenarenaState& arena = cursor_.state().effectenarena;
    std::vector<ReviewTimeline::Stretch> stretches;
    std::vector<ReviewTimeline::Jump> jumps;
    for (const ProgrammeMark& mark : marks_) {
        const ProgrammeStep* step = arena.step(mark.step);
        const std::string label = std::to_string(mark.step + 1);
        stretches.push_back(
            {mark.position, step_color(step ? step->kind : ""), step ? label + " " + step->title : label});
        const bool listed = std::any_of(jumps.begin(), jumps.end(), [&](const auto& j) { return j.label == label; });
        if (!listed) jumps.push_back({label, "option:stap-" + label, end_of_programme_step(session(), mark.step)});
    }
    std::sort(jumps.begin(), jumps.end(),
              [](const auto& a, const auto& b) { return std::stoi(a.label) < std::stoi(b.label); });
    if (timeline_.draw(area, session().events(), stretches, "Einde van stap:", jumps)) refresh();
}

}  // namespace tafel
