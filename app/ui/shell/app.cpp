#include "ui/shell/app.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "platform/file_exchange.hpp"
#include "platform/open_folder.hpp"
#include "platform/window.hpp"
#include "ui/review/arena_review_screen.hpp"
#include "ui/effectenarena/arena_screen.hpp"
#include "ui/rondomjong/board_screen.hpp"
#include "ui/review/rondomjong_review_screen.hpp"
#include "ui/shell/settings.hpp"
#include "ui/shell/size_setting.hpp"
#include "ui/shell/start_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {

const char* const kOpenElsewhere =
    "Deze sessie is al geopend in een ander venster of programma, dus hier kun je alleen terugkijken; sluit dat "
    "venster om hier verder te werken.";

App::App(AppOptions options, Window& window) : options_(std::move(options)), window_(window) {}

App::~App() = default;

int App::width() const { return window_.width(); }
int App::height() const { return window_.height(); }

Outcome App::start() {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is written beside the app
    io.LogFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep drawing frames
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    UiPointerFeed::setup_key_map(io);
    // The size: --dpi, else this machine's calibration, else what the display reports.
    const SizeSettings saved = load_size_settings();
    dpi_ = options_.dpi > 0 ? options_.dpi : saved.dpi > 0 ? saved.dpi : window_.dpi() > 1 ? window_.dpi() : 96.0f;
    if (options_.scale <= 0) options_.scale = saved.scale;
    dpi_ = std::clamp(dpi_, kMinDpi, kMaxDpi);
    metrics_.px_per_mm = dpi_ / 25.4f * options_.scale;
    if (std::string problem = build_fonts(metrics_, options_.font_dir, fonts_); !problem.empty()) return problem;
    window_.reload_font_texture();
    apply_style(metrics_);
    try {
        content_ = load_content(options_.assets_dir);
    } catch (const UserError& e) {
        return Outcome(e.what());
    }
    return {};
}

void App::set_scale(float scale) {
    options_.scale = std::clamp(scale, kMinScale, kMaxScale);
    apply_size(true);
}

void App::set_dpi(float dpi) {
    dpi_ = std::clamp(dpi, kMinDpi, kMaxDpi);
    apply_size(true);
}

void App::apply_size(bool remember) {
    metrics_.px_per_mm = dpi_ / 25.4f * options_.scale;
    fonts_dirty_ = true;  // rebuilt before the next frame, never inside one
    request_frames();
    if (!remember) return;
    std::string problem = save_size_settings({dpi_, options_.scale});
    if (!problem.empty()) message_ = problem;
}

void App::open_size_setting() {
    size_setting_ = std::make_unique<SizeSetting>(*this);
    request_frames();
}

void App::close_size_setting() {
    size_setting_.reset();
    request_frames();
}

void App::show_start_screen() { switch_screen(std::make_unique<StartScreen>(*this)); }

void App::switch_screen(std::unique_ptr<Screen> screen) {
    undo_note_.clear();
    next_screen_ = std::move(screen);
    request_frames();
}

Outcome App::open_session(const std::filesystem::path& path, OpenMode mode, size_t at) {
    try {
        Session session = load_session(path);
        std::string kind = session.meta().kind;
        store_ = std::make_unique<SessionStore>(std::move(session), path);
        close_pending_ = false;
        message_.clear();
        // The first window holds the session; a second one may only look back.
        if (mode != OpenMode::picture && !store_->hold_for_writing()) {
            if (mode == OpenMode::live) mode = OpenMode::review;
            message_ = kOpenElsewhere;
        }
        if (mode == OpenMode::live) {
            continue_meeting();
        } else if (kind == kKindRondomJong) {
            switch_screen(std::make_unique<RondomJongReviewScreen>(*this, at, mode == OpenMode::picture));
        } else {
            switch_screen(std::make_unique<ArenaReviewScreen>(*this, at, mode == OpenMode::picture));
        }
        return {};
    } catch (const UserError& e) {
        return Outcome(e.what());
    }
}

std::string App::create_session(const std::filesystem::path& path, SessionMeta meta) {
    meta.created_at_ms = tafel::now_ms();
    try {
        create_session_file(Session(meta, content_, {}), path);
    } catch (const UserError& e) {
        return e.what();
    }
    Outcome opened = open_session(path, OpenMode::live);
    return opened.done() ? std::string() : opened.why();
}

void App::continue_meeting() {
    if (!store_) return;
    if (!store_->hold_for_writing()) {  // the other window may have closed by now
        message_ = kOpenElsewhere;
        return;
    }
    if (screen_) screen_->before_exit();  // what was typed on an open sheet is kept
    if (store_->session().meta().kind == kKindRondomJong) {
        switch_screen(std::make_unique<BoardScreen>(*this));
    } else {
        switch_screen(std::make_unique<ArenaScreen>(*this));
    }
}

void App::review_session() {
    if (!store_) return;
    const size_t end = static_cast<size_t>(-1);
    if (store_->session().meta().kind == kKindRondomJong) {
        switch_screen(std::make_unique<RondomJongReviewScreen>(*this, end, false));
    } else {
        switch_screen(std::make_unique<ArenaReviewScreen>(*this, end, false));
    }
}

void App::before_exit() {
    if (screen_) screen_->before_exit();
}

void App::close_session() {
    if (screen_) screen_->before_exit();
    // The screen that asked is still drawing this frame: let go of the session between frames.
    close_pending_ = true;
    show_start_screen();
}

Seat App::seat_at(float x, float y) const {
    // The nearest edge of the table is where the person stands.
    const float w = static_cast<float>(width()), h = static_cast<float>(height());
    const float to_bottom = h - y, to_top = y, to_left = x, to_right = w - x;
    const float nearest = std::min({to_bottom, to_top, to_left, to_right});
    if (nearest == to_bottom) return Seat::bottom;
    if (nearest == to_top) return Seat::top;
    if (nearest == to_left) return Seat::left;
    return Seat::right;
}

void App::add_item_target(const std::string& name, std::uintptr_t layer) {
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    // Only what can be touched: an item scrolled out of its window is not a target.
    ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
    ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
    ScreenRect rect{std::max(min.x, clip_min.x), std::max(min.y, clip_min.y), std::min(max.x, clip_max.x),
                    std::min(max.y, clip_max.y)};
    if (rect.width() > 1 && rect.height() > 1) targets_.add(name, rect, layer);
    // Running off a panel that can scroll that way is being scrolled away; off one that cannot, it is lost.
    // Panels scroll up and down only, and only those that show a scroll bar.
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    const bool scrolls_y = window->ScrollMax.y > 0 && !(window->Flags & ImGuiWindowFlags_NoScrollbar);
    const float slack = 2;  // panels lie on whole pixels, items on fractions: rounding, not a fault
    const bool cut_x = min.x < clip_min.x - slack || max.x > clip_max.x + slack;
    const bool cut_y = (min.y < clip_min.y - slack || max.y > clip_max.y + slack) && !scrolls_y;
    if (cut_x || cut_y) targets_.add_cut(name);
}

void App::record(Payload payload, Seat seat) {
    if (building_frame_) {
        pending_records_.emplace_back(std::move(payload), seat);
    } else {
        record_now(std::move(payload), seat);
    }
}

// A refusal as one sentence on its own: a capital at the start, a full stop at the end.
static std::string sentence(std::string why) {
    if (!why.empty() && why[0] >= 'a' && why[0] <= 'z') why[0] = static_cast<char>(why[0] - 'a' + 'A');
    return why + ".";
}

void App::record_now(Payload payload, Seat seat) {
    if (!store_) return;
    // Undo and redo say which change they took back or put back; a side's own undo says it to that side.
    const Session& session = store_->session();
    const std::string named = session.name_change_nl(session.history_target(payload));
    const bool undo = is_undo_request(payload), side = history_side(payload) != Seat::unknown;
    const Seat side_of = history_side(payload);
    Outcome recorded = store_->record(std::move(payload), seat);
    if (recorded.refused() && !side) set_message("Dat kan niet: " + recorded.why() + ".");
    // Shown until the next change; it takes no fingers, so it never stands in anyone's way.
    undo_note_ =
        named.empty() || recorded.refused() ? std::string() : (undo ? "Ongedaan: " : "Opnieuw gedaan: ") + named;
    if (side && recorded.refused()) undo_note_ = sentence(recorded.why());
    undo_note_side_ = side_of;
    request_frames();
}

void App::make_report(const std::string& format) {
    if (!store_) return;
    if (format == "png") {
        // The next frame as drawn, without this message over it.
        message_.clear();
        png_requested_ = true;
        request_frames();
        return;
    }
    if (!options_.render_export) return;
    try {
        const Session& session = store_->session();
        std::string bytes = options_.render_export(session, session.state(), format);
        HandedOver handed = hand_over_report(options_.sessions_dir, session.meta(), format, bytes);
        set_message(handed.sentence);
        message_folder_ = handed.folder;
    } catch (const UserError& e) {
        set_message(e.what());
    }
    request_frames();
}

void App::png_taken(const std::string& bytes, const std::string& problem) {
    png_requested_ = false;
    if (!store_) return;
    if (!problem.empty()) {
        set_message(problem);
        return;
    }
    try {
        const Session& session = store_->session();
        HandedOver handed = hand_over_report(options_.sessions_dir, session.meta(), "png", bytes);
        set_message(handed.sentence);
        message_folder_ = handed.folder;
    } catch (const UserError& e) {
        set_message(e.what());
    }
    request_frames();
}

void App::draw_undo_note() {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, metrics_.mm(style::kUndoNoteTopMm)), 0, ImVec2(0.5f, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, vec4(style::kUndoNote, style::kUndoNoteAlpha));
    ImGui::PushStyleColor(ImGuiCol_Text, vec4(style::kWhite));
    ImGui::Begin("##ongedaan", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::PushFont(fonts_.bold);
    ImGui::TextUnformatted(undo_note_.c_str());
    ImGui::PopFont();
    add_item_target("text:" + undo_note_);
    ImGui::End();
    ImGui::PopStyleColor(2);
}

void App::draw_message(const std::string& banner) {
    // A message stays on screen until it is read and closed: one Dutch sentence.
    ImGuiIO& io = ImGui::GetIO();
    const float w = std::min(io.DisplaySize.x * 0.8f, metrics_.mm(style::kBannerMaxWidthMm));
    ImGui::SetNextWindowPos(ImVec2((io.DisplaySize.x - w) * 0.5f, metrics_.mm(style::kBannerTopMm)));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, vec4(style::kBanner));
    ImGui::Begin("##melding", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushTextWrapPos(w - metrics_.mm(style::kBannerWrapMarginMm));
    ImGui::TextUnformatted(banner.c_str());
    ImGui::PopTextWrapPos();
    add_item_target("text:" + banner);  // a script can check what the screen says
    if (!message_folder_.empty() && message_ == banner && can_open_folder()) {
        if (touch_button(*this, "Map openen") && !open_folder(message_folder_))
            set_message("De map kan hier niet worden geopend; zoek hem op in de map met de sessies.");
        ImGui::SameLine();
    }
    if (touch_button(*this, "Melding sluiten")) {
        message_.clear();
        message_folder_.clear();
        if (store_) store_->save_now();
    }
    ImGui::End();
    ImGui::PopStyleColor();
}

bool App::over_ui(float x, float y) const {
    return std::any_of(ui_rects_.begin(), ui_rects_.end(), [&](const ScreenRect& r) { return r.contains(x, y); });
}

void App::collect_ui_rects() {
    ui_rects_.clear();
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (ImGuiWindow* w : g.Windows) {
        if (!(w->Active || w->WasActive) || w->Hidden || (w->Flags & ImGuiWindowFlags_ChildWindow)) continue;
        if (w->Flags & ImGuiWindowFlags_NoInputs) continue;
        ui_rects_.push_back({w->Pos.x, w->Pos.y, w->Pos.x + w->Size.x, w->Pos.y + w->Size.y});
    }
}

void App::handle(const InputEvent& e) {
    request_frames();
    ImGuiIO& io = ImGui::GetIO();
    switch (e.type) {
        case InputEvent::Type::pointer_down: {
            Route route = Route::canvas;
            // The size panel lies over the whole screen: no finger reaches the sheets or the board under it.
            if (size_setting_ || (over_ui(e.x, e.y) && !(screen_ && screen_->claims(e.x, e.y))))
                route = ui_pointer_.active() ? Route::ignored : Route::ui;
            routes_[e.pointer] = route;
            if (route == Route::ui) ui_pointer_.press(e.pointer, e.x, e.y);
            if (route == Route::canvas && screen_) screen_->canvas_pointer(e);
            return;
        }
        case InputEvent::Type::pointer_move:
        case InputEvent::Type::pointer_up: {
            auto it = routes_.find(e.pointer);
            if (it == routes_.end()) {
                if (e.pointer == kMousePointer && e.type == InputEvent::Type::pointer_move) ui_pointer_.move(e.x, e.y);
                return;
            }
            if (it->second == Route::ui) {
                if (e.type == InputEvent::Type::pointer_up) {
                    ui_pointer_.release(e.x, e.y);
                } else {
                    ui_pointer_.move(e.x, e.y);
                }
            } else if (it->second == Route::canvas && screen_) {
                screen_->canvas_pointer(e);
            }
            if (e.type == InputEvent::Type::pointer_up) routes_.erase(it);
            return;
        }
        case InputEvent::Type::wheel:
            ui_pointer_.wheel(e.wheel);
            return;
        case InputEvent::Type::key_down:
        case InputEvent::Type::key_up:
        case InputEvent::Type::text:
            // To a focused ImGui field (or ImGui when there is no screen), else to the screen's canvas.
            if (io.WantTextInput || !screen_) {
                if (e.type == InputEvent::Type::text) {
                    ui_pointer_.text(e);
                } else {
                    ui_pointer_.key(e);
                }
            } else {
                screen_->canvas_key(e);
            }
            return;
    }
}

bool App::needs_frame() const {
    return frames_pending_ > 0 || ui_pointer_.pending() || next_screen_ || (screen_ && screen_->animating());
}

void App::frame(double now_ms) {
    now_ms_ = now_ms;
    if (fonts_dirty_) {
        fonts_dirty_ = false;
        if (build_fonts(metrics_, options_.font_dir, fonts_).empty()) window_.reload_font_texture();
        apply_style(metrics_);
    }
    if (next_screen_) {
        screen_ = std::move(next_screen_);
        routes_.clear();
        if (close_pending_) store_.reset();
        close_pending_ = false;
    }
    window_.refresh_size();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width()), static_cast<float>(height()));
    io.DeltaTime = static_cast<float>(std::clamp((now_ms - last_frame_ms_) / 1000.0, 0.001, 0.25));
    last_frame_ms_ = now_ms;
    if (ui_pointer_.apply(io)) request_frames(2);
    frames_pending_ = std::max(0, frames_pending_ - 1);

    ImGui::NewFrame();
    targets_.clear();
    building_frame_ = true;
    // Under the size panel the screen is not drawn: its sheets would lie over the panel's buttons.
    if (screen_ && !size_setting_) screen_->draw();
    if (size_setting_) {
        // Drawn over the screen; a closed panel goes away once its frame is done.
        if (!size_setting_->draw()) close_size_setting();
    }
    building_frame_ = false;
    std::vector<std::pair<Payload, Seat>> pending;
    pending.swap(pending_records_);
    for (auto& [payload, seat] : pending) record_now(std::move(payload), seat);
    draw_banner();
    ImGui::Render();
    collect_ui_rects();
}

void App::draw_banner() {
    std::string banner = message_;
    if (banner.empty() && store_ && !store_->save_error().empty()) banner = store_->save_error();
    if (!banner.empty()) draw_message(banner);
    if (!undo_note_.empty() && store_ && undo_note_side_ == Seat::unknown) draw_undo_note();
}

}  // namespace tafel
