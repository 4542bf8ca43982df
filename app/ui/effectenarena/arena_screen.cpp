#include "ui/effectenarena/arena_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/effectenarena/step_kind.hpp"
#include "ui/shell/details_sheet.hpp"
#include "ui/shell/report_buttons.hpp"
#include "ui/shell/style.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

constexpr float kHeaderMm = 50.0f;
constexpr float kBottomBarMm = 17.0f;
constexpr float kClockWidthMm = 120.0f;

std::string clock_text(std::int64_t ms) {
    // Whole seconds, rounded up while counting down: "0:01" until the time is really up.
    const bool over = ms < 0;
    std::int64_t s = over ? (-ms) / 1000 : (ms + 999) / 1000;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%lld:%02lld", over ? "+" : "", static_cast<long long>(s / 60),
                  static_cast<long long>(s % 60));
    return buffer;
}

}  // namespace

ArenaScreen::ArenaScreen(App& app) : app_(app) {
    // A session that has not begun opens on its preparation: that is what a host does first.
    if (!state().started) overlay_ = Overlay::preparation;
}

void ArenaScreen::show_review(ReviewView view) {
    review_ = std::move(view);
    if (overlay_ == Overlay::preparation) overlay_ = Overlay::none;  // review never prepares
}

const EffectenarenaState& ArenaScreen::state() const {
    return in_review() ? review_.state->effectenarena : app_.store()->session().state().effectenarena;
}
const EffectenarenaContent& ArenaScreen::content() const { return app_.store()->session().content().effectenarena; }

void ArenaScreen::record(Payload payload, Seat seat) {
    if (in_review()) return;  // review never changes the meeting
    app_.record(std::move(payload), seat);
}

Seat ArenaScreen::seat_of_ui_pointer() const {
    // An effectenarena often runs on a wall screen or a table with people along the bottom:
    // only a touch at the very top edge turns a sheet to the other side.
    ImVec2 p = ImGui::GetIO().MousePos;
    return p.y < app_.height() * 0.12f ? Seat::top : Seat::bottom;
}

std::string ArenaScreen::persona_label(int group) const {
    const Persona* p = state().persona_of_group(group);
    if (!p) return "Groep " + std::to_string(group);
    return "Groep " + std::to_string(group) + " · " + p->name +
           (p->age > 0 ? ", " + std::to_string(p->age) : std::string());
}

std::string ArenaScreen::question_short(const std::string& id) const {
    for (size_t i = 0; i < content().questions.size(); ++i) {
        if (content().questions[i].id == id) return "V" + std::to_string(i + 1);
    }
    return id;
}

bool ArenaScreen::plenary_step() const {
    const EffectenarenaState& s = state();
    if (step_kind(s.current()) != StepKind::plenair) return false;
    for (int i = 0; i < s.current_step; ++i) {
        if (step_kind(s.steps[static_cast<size_t>(i)]) == StepKind::breakout) return true;
    }
    return false;
}

std::int64_t ArenaScreen::remaining_ms() const {
    return arena_remaining_ms(state(), state().current_step, in_review() ? review_.at_ms : tafel::now_ms());
}

// ---- the frame -------------------------------------------------------------------------

void ArenaScreen::draw() {
    const Metrics& m = app_.metrics();
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    const float header = header_height(w, h), bar = review_.picture ? 0.0f : m.mm(kBottomBarMm);
    const float bottom = h - review_.bottom_reserved;  // in review the timeline lies below
    // At the end of the programme (the Afsluiting) the report is made here, live, in a panel above
    // the bottom bar: the view above it makes room instead of lying under it.
    const bool reports =
        !in_review() && state().current_step + 1 == static_cast<int>(state().steps.size()) && overlay_ == Overlay::none;
    middle_ = Box{0, header, w, bottom - header - bar - (reports ? reports_panel_height() : 0.0f)};
    draw_header({0, 0, w, header});
    switch (overlay_) {
        case Overlay::programme:
            draw_programme(middle_);
            break;
        case Overlay::persona:
            draw_persona_view(middle_);
            break;
        case Overlay::arena:
            draw_arena_canvas(middle_);
            break;
        case Overlay::preparation:
            draw_preparation(middle_);
            break;
        case Overlay::none:
            if (step_kind(state().current()) == StepKind::breakout) {
                draw_breakout(middle_);
            } else if (plenary_step()) {
                draw_plenary(middle_);
            } else if (state().current().id == "personas") {
                draw_persona_view(middle_);  // the introduction of the personas
            } else {
                draw_step_view(middle_);
            }
            break;
    }
    if (in_review()) {
        if (!review_.picture) draw_review_bar({0, bottom - bar, w, bar});
    } else {
        draw_bottom_bar({0, bottom - bar, w, bar});
        if (reports) draw_reports_panel({0, bottom - bar, w, bar});
        draw_editors();
        if (details_) {
            details_->draw();
            if (details_->closed()) details_.reset();
        }
    }
}

namespace {

std::string questions_of(const ProgrammeStep& step) {
    std::string questions;
    for (const std::string& q : step.questions) questions += (questions.empty() ? "" : "  ") + q;
    return questions;
}

float header_text_width(const Metrics& m, float width) {
    return width - std::min(m.mm(kClockWidthMm), width * 0.35f) - 3 * m.mm(4);
}

// The header, top down: the "where" line, the title below it, the questions below that.
float title_offset(const Metrics& m, const Fonts& fonts) { return m.mm(4) * 0.6f + fonts.bold->FontSize * 1.3f; }
float title_height(const Fonts& fonts) { return fonts.display->FontSize * 1.05f; }
float questions_offset(const Metrics& m, const Fonts& fonts) {
    return title_offset(m, fonts) + title_height(fonts) + m.mm(1);
}

}  // namespace

float ArenaScreen::header_height(float width, float height) const {
    const Metrics& m = app_.metrics();
    ImFont* card = app_.fonts().card;
    size_t lines = 0;  // wrapped as draw_header wraps them, at full size
    for (const ProgrammeStep& step : state().steps) {
        const std::string q = questions_of(step);
        if (!q.empty())
            lines = std::max(
                lines,
                fit_words(card, card->FontSize, card->FontSize, header_text_width(m, width), 1e6f, q).lines.size());
    }
    // The title and what lies above it, the questions, the row of buttons at the foot.
    const float needed =
        questions_offset(m, app_.fonts()) + static_cast<float>(lines) * card->FontSize + m.mm(1) + m.touch() + m.mm(2);
    // Where that takes more than a fifth of the screen (a laptop), the usual header, in which
    // the questions shrink to fit.
    const float usual = std::min(m.mm(kHeaderMm), height * 0.3f);
    return needed <= height * 0.2f ? std::max(usual, needed) : usual;
}

void ArenaScreen::draw_header(Box area) {
    const Metrics& m = app_.metrics();
    const EffectenarenaState& s = state();
    const ProgrammeStep& step = s.current();
    begin_panel("##arenakop", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float pad = m.mm(4);
    const float clock_w = std::min(m.mm(kClockWidthMm), area.w * 0.35f);
    const float text_w = header_text_width(m, area.w);

    // Where we are: step number, time, kind; then the title, readable from the back of the room.
    std::string where = "Stap " + std::to_string(s.current_step + 1) + " van " + std::to_string(s.steps.size()) +
                        "  ·  " + step.start + "  ·  " + std::to_string(step.minutes) + " min  ·  " +
                        step_kind_label(step_kind(step) == StepKind::unknown ? StepKind::plenair : step_kind(step)) +
                        "  ·  " + app_.store()->session().meta().title;
    list->AddText(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(area.x + pad, area.y + pad * 0.6f),
                  style::u32(style::kHint),
                  ellipsize(app_.fonts().bold, app_.fonts().bold->FontSize, where, text_w).c_str());
    ImFont* display = app_.fonts().display;
    const float title_top = area.y + title_offset(m, app_.fonts());
    const float title_h = title_height(app_.fonts());
    draw_text_in_box(list, display, display->FontSize, ImVec2(area.x + pad, title_top),
                     ImVec2(area.x + pad + text_w, title_top + title_h), style::u32(style::kTitleInk), step.title);
    // The step's own questions, in the cards' font: the room reads them.
    const std::string questions = questions_of(step);
    if (!questions.empty()) {
        ImFont* card = app_.fonts().card;
        const float y = area.y + questions_offset(m, app_.fonts());
        // Above the row of buttons at the foot of the header.
        const float foot = in_review() ? area.bottom() : area.bottom() - m.touch() - m.mm(2);
        draw_text_in_box(list, card, card->FontSize, ImVec2(area.x + pad, y), ImVec2(area.x + pad + text_w, foot),
                         style::u32(style::kInk), questions);
    }

    // The clock: large, and visibly urgent in the last minute.
    const std::int64_t left = remaining_ms();
    auto timer = s.timers.find(s.current_step);
    const bool running = timer != s.timers.end() && timer->second.running();
    const Box clock{area.right() - clock_w - pad, area.y + pad * 0.6f, clock_w,
                    area.h - 1.2f * pad - m.touch() - m.mm(2)};
    ImU32 bg = style::u32(style::kClockOk), fg = style::u32(style::kClockOkInk);
    if (left <= 60000) {
        bg = style::u32(style::kClockOver);
        fg = IM_COL32_WHITE;
    } else if (!running) {
        bg = style::u32(style::kClockIdle);
        fg = style::u32(style::kClockIdleInk);
    }
    list->AddRectFilled(ImVec2(clock.x, clock.y), ImVec2(clock.right(), clock.bottom()), bg, m.mm(3));
    const std::string shown = left < 0 ? "Tijd om " + clock_text(left) : clock_text(left);
    draw_text_in_box(list, display, display->FontSize * (left < 0 ? 1.0f : 1.6f), ImVec2(clock.x + m.mm(2), clock.y),
                     ImVec2(clock.right() - m.mm(2), clock.bottom() - (running ? 0 : m.mm(5))), fg, shown);
    if (!running) {
        const char* note = timer == s.timers.end() ? "klok staat klaar" : "klok gepauzeerd";
        ImFont* f = app_.fonts().body;
        float tw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, note).x;
        list->AddText(f, f->FontSize, ImVec2(clock.x + (clock.w - tw) * 0.5f, clock.bottom() - m.mm(6)), fg, note);
    }
    ImGui::SetCursorScreenPos(ImVec2(clock.x, clock.bottom() + m.mm(2)));
    if (!in_review()) clock_button_row(clock.w);
    if (!in_review()) {
        // The session's title, school and date: tap to change them on a sheet.
        ImGui::SetCursorScreenPos(ImVec2(area.x + pad, clock.bottom() + m.mm(2)));
        session_details_button(app_, details_, std::min(text_w, m.mm(200)));
    }
    end_panel();
}

void ArenaScreen::clock_button_row(float width) {
    const EffectenarenaState& s = state();
    auto timer = s.timers.find(s.current_step);
    const bool running = timer != s.timers.end() && timer->second.running();
    const bool exists = timer != s.timers.end();  // read now: a tap below replaces the state
    const int step = s.current_step;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    // The method's labels are long: "+5 min" gives them room.
    const float wide = (width - 2 * gap) * 0.4f, narrow = (width - 2 * gap) * 0.2f;
    if (running) {
        if (touch_button(app_, "Klok pauzeren", wide)) record(ArenaTimerPaused{step}, seat_of_ui_pointer());
    } else {
        if (touch_button(app_, "Klok starten", wide)) record(ArenaTimerStarted{step}, seat_of_ui_pointer());
    }
    ImGui::SameLine();
    // Five minutes more for this step: the later steps move with it (ArenaStepRetimed).
    const ProgrammeStep* current = s.step(step);
    const int longer = current ? current->minutes + 5 : 0;
    ImGui::BeginDisabled(may_retime(s, step, longer).refused());
    if (touch_button(app_, "+5 min", narrow)) record(ArenaStepRetimed{step, longer}, seat_of_ui_pointer());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!exists);
    if (touch_button(app_, "Klok terugzetten", wide)) record(ArenaTimerReset{step}, seat_of_ui_pointer());
    ImGui::EndDisabled();
}

void ArenaScreen::draw_bottom_bar(Box area) {
    const EffectenarenaState& s = state();
    const Session& session = app_.store()->session();
    begin_panel("##arenabalk", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    const std::vector<float> wide = row_widths({"Vorige stap", "Volgende stap", "Voorbereiding", "Programma", "Persona",
                                                "Arena", "Ongedaan maken", "Opnieuw", "Naar beginscherm", "Grootte"},
                                               area.w - 2 * ImGui::GetStyle().WindowPadding.x);
    ImGui::BeginDisabled(s.current_step <= 0);
    if (touch_button(app_, "Vorige stap", wide[0])) {
        overlay_ = Overlay::none;
        record(ArenaStepChanged{s.current_step - 1}, seat_of_ui_pointer());
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(s.current_step + 1 >= static_cast<int>(s.steps.size()));
    if (touch_button(app_, "Volgende stap", wide[1])) {
        overlay_ = Overlay::none;
        record(ArenaStepChanged{s.current_step + 1}, seat_of_ui_pointer());
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    // Until the start the preparation stands out.
    const bool beckon = !s.started && overlay_ != Overlay::preparation;
    if (beckon) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.62f, 0.84f, 0.64f, 1.0f));
    overlay_toggle("Voorbereiding", Overlay::preparation, wide[2]);
    if (beckon) ImGui::PopStyleColor();
    ImGui::SameLine();
    overlay_toggle("Programma", Overlay::programme, wide[3]);
    ImGui::SameLine();
    overlay_toggle("Persona", Overlay::persona, wide[4]);
    ImGui::SameLine();
    overlay_toggle("Arena", Overlay::arena, wide[5]);
    ImGui::SameLine();
    // The core decides (once started, undo stops at the preparation); the buttons follow it.
    ImGui::BeginDisabled(session.may_undo().refused());
    if (touch_button(app_, "Ongedaan maken", wide[6])) record(Undo{}, seat_of_ui_pointer());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(session.may_redo().refused());
    if (touch_button(app_, "Opnieuw", wide[7])) record(Redo{}, seat_of_ui_pointer());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (touch_button(app_, "Naar beginscherm", wide[8])) app_.close_session();
    ImGui::SameLine();
    if (touch_button(app_, "Grootte", wide[9], "button:Grootte instellen")) app_.open_size_setting();
    end_panel();
}

void ArenaScreen::overlay_toggle(const char* label, Overlay which, float width) {
    const bool on = overlay_ == which;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.95f, 0.80f, 0.55f, 1.0f));
    if (touch_button(app_, label, width)) overlay_ = on ? Overlay::none : which;
    if (on) ImGui::PopStyleColor();
}

void ArenaScreen::draw_review_bar(Box area) {
    begin_panel("##arenabalk", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float unit = (area.w - 2 * ImGui::GetStyle().WindowPadding.x - 5 * gap) / 6;
    overlay_toggle("Programma", Overlay::programme, unit);
    ImGui::SameLine();
    overlay_toggle("Persona", Overlay::persona, unit);
    ImGui::SameLine();
    overlay_toggle("Arena", Overlay::arena, unit);
    ImGui::SameLine();
    if (touch_button(app_, show_exports_ ? "Verslagen verbergen" : "Verslag en export", unit,
                     "button:Verslag en export"))
        show_exports_ = !show_exports_;
    ImGui::SameLine(area.w - ImGui::GetStyle().WindowPadding.x - 2 * unit - gap);
    if (touch_button(app_, "Verder vergaderen", unit)) app_.continue_meeting();
    ImGui::SameLine();
    if (touch_button(app_, "Naar beginscherm", unit)) app_.close_session();
    end_panel();
    if (show_exports_) draw_reports_panel(area);
}

float ArenaScreen::reports_panel_height() const {
    return 2 * app_.metrics().touch() + app_.metrics().mm(8) + report_buttons_note_height();
}

void ArenaScreen::draw_reports_panel(Box bar) {
    // Verslag maken and the other exports, in a panel just above the bottom bar.
    const Metrics& m = app_.metrics();
    const float panel_w = std::min(bar.w, m.mm(260)), panel_h = reports_panel_height();
    begin_panel("##verslagen", ImVec2(bar.x + (bar.w - panel_w) * 0.5f, bar.y - panel_h), ImVec2(panel_w, panel_h));
    draw_report_buttons(app_, panel_w - 2 * ImGui::GetStyle().WindowPadding.x, 4);
    end_panel();
}

// ---- input -----------------------------------------------------------------------------

bool ArenaScreen::claims(float x, float y) const {
    if (details_ && details_->claims(x, y)) return true;
    return sheets_.claims(x, y);
}

// A finger comes down on the canvas: on a line's ✕, on a card (to carry it or draw a line), or on
// the empty part of a full zone (to scroll it).
void ArenaScreen::canvas_pointer_down(const InputEvent& ev) {
    // The ✕ on a line takes the line away; over a card, only a tap does (see CanvasDrag).
    const ArenaLink* line_hit = nullptr;
    for (const ArenaLink& l : state().links) {
        const ScreenRect* r = app_.targets().find("link:" + std::to_string(l.from) + "-" + std::to_string(l.to));
        if (r && r->contains(ev.x, ev.y)) line_hit = &l;
    }
    const PlacedTile* tile = nullptr;
    for (auto it = canvas_tiles_.rbegin(); it != canvas_tiles_.rend() && !tile; ++it) {
        if (it->shown.contains(ev.x, ev.y)) tile = &*it;
    }
    if (line_hit && !tile) {
        record(ArenaLinkRemoved{line_hit->from, line_hit->to}, app_.seat_at(ev.x, ev.y));
        return;
    }
    if (tile) {
        const AnswerCard* card = state().find_answer(tile->card);
        if (!card) return;
        CanvasDrag d;
        if (line_hit) {
            d.line_from = line_hit->from;
            d.line_to = line_hit->to;
        }
        d.card = tile->card;
        d.x = d.start_x = ev.x;
        d.y = d.start_y = ev.y;
        d.from_canvas = !card->zone.empty();
        drags_[ev.pointer] = d;
        app_.request_frames();
        return;
    }
    canvas_scroll_pointer(ev);  // the empty part of a full zone scrolls it
}

void ArenaScreen::canvas_pointer(const InputEvent& ev) {
    if (in_review()) return;
    if (ev.type == InputEvent::Type::pointer_down && details_ && details_->claims(ev.x, ev.y)) {
        details_->pointer(ev);  // drawn last: it lies on top
        app_.request_frames();
        return;
    }
    if (sheets_.pointer(app_, ev)) return;
    if (overlay_ != Overlay::arena) return;
    const float mm = app_.metrics().px_per_mm;
    if (ev.type == InputEvent::Type::pointer_down) {
        canvas_pointer_down(ev);
        return;
    }
    if (canvas_scroll_pointer(ev)) return;
    auto it = drags_.find(ev.pointer);
    if (it == drags_.end()) return;
    CanvasDrag& d = it->second;
    d.x = ev.x;
    d.y = ev.y;
    if (std::hypot(ev.x - d.start_x, ev.y - d.start_y) > 4 * mm) d.moved = true;
    app_.request_frames();
    if (ev.type != InputEvent::Type::pointer_up) return;
    const Seat seat = app_.seat_at(d.start_x, d.start_y);
    if (!d.moved && d.line_from) record(ArenaLinkRemoved{d.line_from, d.line_to}, seat);
    if (d.moved) {
        // Ending on another card on the canvas draws a line; ending in a zone lays the card there.
        int target_card = 0;
        for (const PlacedTile& t : canvas_tiles_) {
            const AnswerCard* c = state().find_answer(t.card);
            if (t.card != d.card && c && !c->zone.empty() && t.shown.contains(ev.x, ev.y)) target_card = t.card;
        }
        if (d.from_canvas && target_card) {
            record(ArenaLinkAdded{d.card, target_card}, seat);
        } else {
            std::string zone;
            bool found = false;
            for (const auto& [id, box] : zone_boxes_) {
                if (box.contains(ev.x, ev.y)) {
                    zone = id;
                    found = true;
                }
            }
            if (!found && tray_box_.contains(ev.x, ev.y)) found = true;  // back to the tray
            const AnswerCard* card = state().find_answer(d.card);
            if (found && card && card->zone != zone) record(ArenaCardPlaced{d.card, zone}, seat);
        }
    }
    drags_.erase(it);
}

void ArenaScreen::canvas_key(const InputEvent& ev) {
    if (details_) {  // the details sheet is open: a physical keyboard types there
        details_->key(ev);
        return;
    }
    sheets_.key(app_, ev);
}

double ArenaScreen::next_wakeup_ms() const {
    // Wake when the shown seconds change, only while the clock runs: a paused clock never wakes the app.
    if (in_review()) return -1;  // review shows a moment; the clock stands still there
    auto timer = state().timers.find(state().current_step);
    if (timer == state().timers.end() || !timer->second.running()) return -1;
    std::int64_t left = remaining_ms();
    std::int64_t to_next = left > 0 ? (left - 1) % 1000 + 1 : 1000 - ((-left) % 1000);
    return app_.now_ms() + static_cast<double>(to_next) + 1.0;
}

void ArenaScreen::before_exit() {
    // What was typed but not yet saved is kept, as far as it is complete.
    sheets_.for_each([this](Editor& e) { commit(e, false); });
}

}  // namespace tafel
