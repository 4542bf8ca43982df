#pragma once
// The app: one screen at a time (start, Rondom Jong board, effectenarena), the routing of
// pointers (one UI pointer for ImGui widgets, every other finger to the screen's canvas),
// and the session store that records and saves every change.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/session/content.hpp"
#include "core/session/outcome.hpp"
#include "core/session/session_store.hpp"
#include "platform/input_feed.hpp"
#include "platform/ui_pointer.hpp"
#include "ui/shell/metrics.hpp"
#include "ui/shell/targets.hpp"

namespace tafel {

class Window;
class App;

struct AppOptions {
    std::filesystem::path assets_dir;
    std::filesystem::path sessions_dir;
    std::filesystem::path font_dir;
    float scale = 0;  // 0: as remembered for this machine (1 when never set)
    float dpi = 0;    // --dpi: this start only; 0: as remembered, else as the display reports
    // Makes the bytes of an export (pdf, md, board-csv, actions-csv, arena-csv) of a session as it
    // stands in a state; main.cpp gives the report layer's pdf here, so the UI does not link it.
    // Throws UserError. Empty: the screens offer no reports.
    std::function<std::string(const Session&, const SessionState&, const std::string& format)> render_export;
    // Where reports are downloads (the browser): makes the pdf report of a session, when the
    // build has one. Empty: the screens offer the Markdown report instead.
    std::function<std::string(const Session&)> pdf_report;
};

class SizeSetting;

class Screen {
public:
    virtual ~Screen() = default;
    virtual void draw() = 0;                           // ImGui widgets and canvas drawing for one frame
    virtual void canvas_pointer(const InputEvent&) {}  // fingers that are not the UI pointer
    virtual void canvas_key(const InputEvent&) {}      // keys and text while no ImGui field has focus
    virtual bool animating() const { return false; }
    // True where the canvas lies on top of ImGui panels (a sheet): fingers there go to the canvas.
    virtual bool claims(float /*x*/, float /*y*/) const { return false; }
    // When the screen wants to be drawn again without input (a timer, a pending save), in ms.
    virtual double next_wakeup_ms() const { return -1; }
    // The app is about to stop: record whatever is typed but not yet recorded.
    virtual void before_exit() {}
};

// The sentence shown when another window or program holds the session.
extern const char* const kOpenElsewhere;

class App {
public:
    App(AppOptions options, Window& window);
    ~App();

    // Loads fonts and content. Refused with a whole Dutch sentence.
    Outcome start();
    void show_start_screen();
    // Opens a session file on its screen. Refused with a whole Dutch sentence (then nothing changed).
    // A saved Rondom Jong session opens read-only for review (`review`, at the end of its log
    // unless `at` says otherwise); `live` continues the meeting; `picture` shows only the board
    // at `at`, for the png export.
    enum class OpenMode { live, review, picture };
    Outcome open_session(const std::filesystem::path& path, OpenMode mode = OpenMode::review,
                         size_t at = static_cast<size_t>(-1));
    // Switches the open session between the live board and review.
    void continue_meeting();
    void review_session();
    // Creates a new session file with these details (kind, title, school, date, facilitator) and opens it live.
    std::string create_session(const std::filesystem::path& path, SessionMeta meta);
    void close_session();

    void handle(const InputEvent& event);
    void frame(double now_ms);
    bool needs_frame() const;
    double next_wakeup_ms() const { return screen_ ? screen_->next_wakeup_ms() : -1; }
    void before_exit();
    void request_frames(int count = 3) { frames_pending_ = std::max(frames_pending_, count); }

    // For screens.
    const AppOptions& options() const { return options_; }
    const Metrics& metrics() const { return metrics_; }
    const Fonts& fonts() const { return fonts_; }
    Targets& targets() { return targets_; }
    const Targets& targets() const { return targets_; }
    SessionStore* store() { return store_.get(); }
    const Content& content() const { return content_; }
    int width() const;
    int height() const;
    double now_ms() const { return now_ms_; }
    void set_message(const std::string& message) {
        message_ = message;
        message_folder_.clear();
    }
    // Makes an export of the open session (its whole log) into the reports folder and says where
    // it went; png is the next frame as drawn. See docs/reports.md.
    void make_report(const std::string& format);
    const std::filesystem::path& sessions_dir() const { return options_.sessions_dir; }
    void set_scale(float scale);
    // The calibration: pixels per inch of this panel. Remembered for the next start.
    float dpi() const { return dpi_; }
    void set_dpi(float dpi);
    // The panel that sets the size, over whatever screen is open.
    void open_size_setting();
    void close_size_setting();
    bool size_setting_open() const { return size_setting_ != nullptr; }
    bool quit_requested() const { return quit_requested_; }
    void request_quit() { quit_requested_ = true; }
    Seat seat_at(float x, float y) const;
    void switch_screen(std::unique_ptr<Screen> screen);

    // Records a change in the open session. While a frame is being built the change waits until
    // the screen has finished drawing: code that drew from the old state may still hold pointers
    // into it (a card, a list being looped over). A refused change shows why.
    void record(Payload payload, Seat seat);
    // What the last undo or redo of one side took back (or why it could not), for that side's
    // screen to show turned towards it; empty otherwise. Anyone's undo is shown by the app.
    const std::string& side_undo_note(Seat side) const {
        static const std::string none;
        return side == undo_note_side_ ? undo_note_ : none;
    }

    // Registers the last ImGui item as a target, e.g. targets "button:" + label.
    void add_item_target(const std::string& name, std::uintptr_t layer = 0);  // layer: see Targets::add

private:
    bool over_ui(float x, float y) const;
    void collect_ui_rects();
    void apply_size(bool remember);
    void draw_banner();

    AppOptions options_;
    Window& window_;
    Metrics metrics_;
    Fonts fonts_;
    bool fonts_dirty_ = false;
    float dpi_ = 96.0f;
    std::unique_ptr<SizeSetting> size_setting_;
    Targets targets_;
    Content content_;
    std::unique_ptr<SessionStore> store_;
    std::unique_ptr<Screen> screen_;
    std::unique_ptr<Screen> next_screen_;  // switched between frames, never in the middle of one
    UiPointerFeed ui_pointer_;
    enum class Route { ui, canvas, ignored };
    std::map<PointerId, Route> routes_;
    std::vector<ScreenRect> ui_rects_;
    int frames_pending_ = 3;
    double now_ms_ = 0, last_frame_ms_ = 0;
    std::string message_;
    std::filesystem::path message_folder_;  // a folder the message is about ("Map openen")
    bool png_requested_ = false;
    std::string undo_note_;                // what the last undo or redo took back or put back, until the next change
    Seat undo_note_side_ = Seat::unknown;  // the side whose own undo it was, or unknown: anyone's
    void draw_undo_note();
    void draw_message(const std::string& banner);

public:
    // The run loop: after drawing, is a png of this frame wanted? Then it hands over the bytes.
    bool png_requested() const { return png_requested_; }
    void png_taken(const std::string& bytes, const std::string& problem);

private:
    bool quit_requested_ = false;
    bool building_frame_ = false;
    std::vector<std::pair<Payload, Seat>> pending_records_;
    void record_now(Payload payload, Seat seat);
    bool close_pending_ = false;  // the session closes when the start screen takes over
};

}  // namespace tafel
