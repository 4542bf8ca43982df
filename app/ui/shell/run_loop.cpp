#include "ui/shell/run_loop.hpp"

#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "platform/frame_driver.hpp"
#include "platform/input_feed.hpp"
#include "platform/stop_signals.hpp"
#include "platform/window.hpp"
#include "ui/shell/app.hpp"
#include "platform/os/files.hpp"

namespace tafel {
namespace {

constexpr double kFrameMs = 1000.0 / 60.0;
constexpr int kSettleFrameLimit = 600;  // a script's end waits at most 10 s of app time to settle

double wall_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// A synthesized SDL event due at a time on the script clock.
struct Scheduled {
    double t;
    SDL_Event event;
};

SDL_Event finger_event(Uint32 type, int id, float x, float y) {
    SDL_Event e{};
    e.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = id;
    e.tfinger.x = std::clamp(x, 0.0f, 1.0f);
    e.tfinger.y = std::clamp(y, 0.0f, 1.0f);
    e.tfinger.pressure = 1.0f;
    return e;
}

// Turns script lines into SDL events as their time comes. Gestures resolve their named
// targets through the app's layout of the frame just drawn, and become finger paths.
class ScriptFeeder {
public:
    ScriptFeeder(const std::vector<ScriptLine>& lines, std::string name) : lines_(lines), name_(std::move(name)) {}

    // Pushes every event due by `now` into SDL's queue. Returns "" or a Dutch error.
    std::string feed(double now, const App& app) {
        while (next_ < lines_.size() && lines_[next_].t <= now && lines_[next_].type != "hold") {
            std::string problem = expand(lines_[next_], app);
            if (!problem.empty()) return problem;
            ++next_;
        }
        std::stable_sort(pending_.begin(), pending_.end(),
                         [](const Scheduled& a, const Scheduled& b) { return a.t < b.t; });
        while (!pending_.empty() && pending_.front().t <= now) {
            SDL_PushEvent(&pending_.front().event);
            pending_.pop_front();
        }
        return {};
    }
    bool done() const { return next_ >= lines_.size() && pending_.empty(); }
    // A `hold` line is due: the app stays open, in real time, until it is stopped (a signal,
    // the window closed), as a meeting left alone on the table does.
    bool holding(double now) const {
        return next_ < lines_.size() && lines_[next_].type == "hold" && lines_[next_].t <= now && pending_.empty();
    }

private:
    std::string expand(const ScriptLine& line, const App& app) {
        const float w = static_cast<float>(app.width()), h = static_cast<float>(app.height());
        auto at = [&](const std::string& target, float& x, float& y) -> std::string {
            const ScreenRect* r = app.targets().find(target);
            if (!r) {
                return "Script " + name_ + ", regel " + std::to_string(line.line_number) + ": het doel '" + target +
                       "' staat op dit moment niet op het scherm (onbekend of verborgen).";
            }
            x = r->cx() / w;
            y = r->cy() / h;
            return {};
        };
        if (line.type == "expect_fits") return check_fits(line, app, w, h);
        // Fingers and the mouse may aim at a named target instead of x and y.
        ScriptLine placed = line;
        if (!line.target.empty() && line.type != "tap") {
            std::string problem = at(line.target, placed.x, placed.y);
            if (!problem.empty()) return problem;
            placed.x += line.dx;
            placed.y += line.dy;
        }
        return expand_placed(placed, w, h, at);
    }

    template <class At> std::string expand_placed(const ScriptLine& line, float w, float h, At&& at) {
        // `line` has its x and y in window fractions now.
        if (line.type == "finger_down")
            pending_.push_back({line.t, finger_event(SDL_FINGERDOWN, line.id, line.x, line.y)});
        if (line.type == "finger_move")
            pending_.push_back({line.t, finger_event(SDL_FINGERMOTION, line.id, line.x, line.y)});
        if (line.type == "finger_up") pending_.push_back({line.t, finger_event(SDL_FINGERUP, line.id, line.x, line.y)});
        if (line.type == "mouse_down" || line.type == "mouse_up" || line.type == "mouse_move") push_mouse(line, w, h);
        if (line.type == "text") push_text(line);
        if (line.type == "key") return push_key(line);
        if (line.type == "expect") {
            // A check, not a gesture: the named target must be on screen now (e.g. the
            // "text:Gebeurtenis 12 van 174" of review), or the script fails at this line.
            float x = 0, y = 0;
            return at(line.target, x, y);
        }
        if (line.type == "tap") {
            float x = 0, y = 0;
            std::string problem = at(line.target, x, y);
            if (!problem.empty()) return problem;
            pending_.push_back({line.t, finger_event(SDL_FINGERDOWN, line.id, x, y)});
            pending_.push_back({line.t + 3 * kFrameMs, finger_event(SDL_FINGERUP, line.id, x, y)});
        }
        if (line.type == "drag") {
            float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            std::string problem = at(line.from, x0, y0);
            if (problem.empty()) problem = at(line.to, x1, y1);
            if (!problem.empty()) return problem;
            push_drag(line, x0, y0, x1, y1);
        }
        return {};
    }

    // A check of the whole frame: every target in the window, nothing cut off, no two buttons on
    // top of one another (docs/targets.md); the script fails at this line naming what does not hold.
    std::string check_fits(const ScriptLine& line, const App& app, float w, float h) const {
        std::vector<std::string> problems = fit_problems(app.targets(), w, h);
        if (problems.empty()) return {};
        std::string list;
        for (const std::string& p : problems) list += (list.empty() ? "" : "; ") + p;
        return "Script " + name_ + ", regel " + std::to_string(line.line_number) + ": het scherm past niet: " + list +
               ".";
    }

    void push_mouse(const ScriptLine& line, float w, float h) {
        SDL_Event e{};
        if (line.type == "mouse_move") {
            e.type = SDL_MOUSEMOTION;
            e.motion.which = 0;
            e.motion.x = static_cast<int>(line.x * w);
            e.motion.y = static_cast<int>(line.y * h);
        } else {
            e.type = line.type == "mouse_down" ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
            e.button.button = SDL_BUTTON_LEFT;
            e.button.which = 0;
            e.button.x = static_cast<int>(line.x * w);
            e.button.y = static_cast<int>(line.y * h);
        }
        pending_.push_back({line.t, e});
    }

    void push_text(const ScriptLine& line) {
        // SDL's text events hold at most 31 bytes: split on character boundaries.
        size_t i = 0;
        while (i < line.text.size()) {
            size_t n = std::min<size_t>(line.text.size() - i, SDL_TEXTINPUTEVENT_TEXT_SIZE - 1);
            while (n > 0 && i + n < line.text.size() && (static_cast<unsigned char>(line.text[i + n]) & 0xC0) == 0x80)
                --n;
            SDL_Event t{};
            t.type = SDL_TEXTINPUT;
            std::copy(line.text.begin() + static_cast<long>(i), line.text.begin() + static_cast<long>(i + n),
                      t.text.text);
            t.text.text[n] = '\0';
            pending_.push_back({line.t, t});
            i += n;
        }
    }

    std::string push_key(const ScriptLine& line) {
        SDL_Keycode code = SDL_GetKeyFromName(line.key.c_str());
        if (code == SDLK_UNKNOWN) {
            return "Script " + name_ + ", regel " + std::to_string(line.line_number) + ": onbekende toets '" +
                   line.key + "'.";
        }
        SDL_Event e{};
        e.type = SDL_KEYDOWN;
        e.key.keysym.sym = code;
        e.key.keysym.scancode = SDL_GetScancodeFromKey(code);
        e.key.state = SDL_PRESSED;
        pending_.push_back({line.t, e});
        e.type = SDL_KEYUP;
        e.key.state = SDL_RELEASED;
        pending_.push_back({line.t + kFrameMs, e});
        return {};
    }

    void push_drag(const ScriptLine& line, float x0, float y0, float x1, float y1) {
        pending_.push_back({line.t, finger_event(SDL_FINGERDOWN, line.id, x0, y0)});
        const int steps = std::max(2, static_cast<int>(line.ms / kFrameMs));
        for (int i = 1; i <= steps; ++i) {
            const float f = static_cast<float>(i) / steps;
            pending_.push_back({line.t + line.ms * f,
                                finger_event(SDL_FINGERMOTION, line.id, x0 + (x1 - x0) * f, y0 + (y1 - y0) * f)});
        }
        pending_.push_back({line.t + line.ms + kFrameMs, finger_event(SDL_FINGERUP, line.id, x1, y1)});
    }

    const std::vector<ScriptLine>& lines_;
    std::string name_;
    size_t next_ = 0;
    std::deque<Scheduled> pending_;
};

// Sleeps until an event comes, the app wants to wake, or the --quit-after moment: an idle app
// uses no CPU. An event that ends the wait is put back, to be handled with the rest, in order.
void wait_for_work(const App& app, const RunOptions& options, double clock) {
    double wait_ms = -1;  // -1: until an event comes
    if (app.needs_frame()) return;
    double wake = app.next_wakeup_ms();
    if (wake >= 0) wait_ms = std::max(0.0, wake - clock);
    if (options.quit_after_ms >= 0) {
        double until_quit = std::max(0.0, options.quit_after_ms - clock);
        wait_ms = wait_ms < 0 ? until_quit : std::min(wait_ms, until_quit);
    }
    wait_for_events(wait_ms);  // the platform's wait (in the browser: the next animation frame)
}

// The frame just rendered as png, handed to the app for the reports folder.
void take_png(App& app, Window& window) {
    std::filesystem::path temp =
        std::filesystem::temp_directory_path() / ("tafelgesprek-bord-" + std::to_string(os::process_number()) + ".png");
    std::string problem = window.screenshot(temp);
    std::string bytes;
    if (problem.empty()) {
        std::ifstream in(temp, std::ios::binary);
        std::ostringstream buffer;
        buffer << in.rdbuf();
        bytes = buffer.str();
        if (bytes.empty()) problem = "De afbeelding van het bord kon niet worden gemaakt; probeer het opnieuw.";
    }
    os::remove_quietly(temp);
    app.png_taken(bytes, problem);
}

// The frame loop's state and its passes. It lives on the heap: in the browser the loop goes on
// after run_app returns.
class FrameLoop {
public:
    FrameLoop(App& app, Window& window, const RunOptions& options) : app_(app), window_(window), options_(options) {
        play_ = options_.script.has_value();
        if (play_) feeder_.emplace(*options_.script, options_.script_name);
        start_ = wall_ms();
    }

    // One pass: wait for input (on the desktop), handle it, draw when needed. False: stop.
    bool step() {
        if (app_.quit_requested() || stop_signal_received()) return false;
        if (!advance_clock()) return false;
        handle_events();
        double wake = app_.next_wakeup_ms();
        if (wake >= 0 && clock_ >= wake) app_.request_frames(1);
        if (app_.needs_frame()) {
            draw_frame(true);
        } else if (play_ && feeder_->done()) {
            return false;  // the script has run and the app has settled
        }
        if (play_ && feeder_->done() && ++settle_frames_ > kSettleFrameLimit) return false;
        return true;
    }

    // A script's frames are built (layout, targets, input) exactly as on the table, but only
    // the frame of the screenshot is drawn by GL: nobody sees the others, and software GL
    // (llvmpipe) would spend most of a run, and its memory, drawing them.
    void draw_frame(bool swap) {
        const bool png_wanted = app_.png_requested();  // asked for in an earlier frame: this one is drawn clean
        app_.frame(clock_);
        if (!options_.report_target.empty()) report_target();
        // The png report is the frame itself, so that frame is drawn even in a script.
        if (!play_ || !swap || png_wanted) window_.render_imgui();
        if (png_wanted) take_png(app_, window_);
        if (swap && !play_) window_.swap();
        ++result_.frames_drawn;
    }

    RunResult& result() { return result_; }
    bool failed() const { return failed_; }

private:
    // Moves the clock on: a frame of script time in play mode, else the wall's time after waiting
    // for work. False: stop (the script failed, or --quit-after has come).
    bool advance_clock() {
        if (play_ && result_.frames_drawn > 0 && feeder_->holding(clock_) && !app_.needs_frame()) {
            SDL_Event first;  // `hold`: the script waits in real time until the app is stopped
            if (SDL_WaitEventTimeout(&first, 250) == 1) SDL_PushEvent(&first);
        } else if (play_ && result_.frames_drawn > 0) {  // targets exist once a frame has been laid out
            clock_ += kFrameMs;
            std::string problem = feeder_->feed(clock_, app_);
            if (!problem.empty()) {
                result_.exit_code = 1;
                result_.error = problem;
                failed_ = true;
                return false;
            }
        } else {
            wait_for_work(app_, options_, wall_ms() - start_);
            clock_ = wall_ms() - start_;
            if (options_.quit_after_ms >= 0 && clock_ >= options_.quit_after_ms) return false;
        }
        return true;
    }

    void handle_events() {
        feed_.set_window_size(window_.width(), window_.height());
        SDL_Event e;
        while (SDL_PollEvent(&e)) {
            if (e.type == SDL_QUIT) app_.request_quit();
            if (e.type == SDL_WINDOWEVENT) {
                if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) window_.refresh_size();
                feed_.set_window_size(window_.width(), window_.height());
                app_.request_frames();
            }
            inputs_.clear();
            feed_.translate(e, inputs_);
            for (const InputEvent& input : inputs_) app_.handle(input);
        }
    }

    // --report-target: the rectangle of a target, printed whenever a frame draws it elsewhere.
    void report_target() {
        const ScreenRect* r = app_.targets().find(options_.report_target);
        if (!r) return;
        if (reported_ && reported_->x0 == r->x0 && reported_->y0 == r->y0 && reported_->x1 == r->x1 &&
            reported_->y1 == r->y1)
            return;
        reported_ = *r;
        std::printf("Doel %s: %.1f %.1f %.1f %.1f\n", options_.report_target.c_str(), r->x0, r->y0, r->x1, r->y1);
    }

    App& app_;
    Window& window_;
    RunOptions options_;
    RunResult result_;
    InputFeed feed_;
    std::vector<InputEvent> inputs_;
    bool play_ = false;
    std::optional<ScriptFeeder> feeder_;
    double start_ = 0;
    double clock_ = 0;  // ms since start: script time in play mode, wall time otherwise
    int settle_frames_ = 0;
    bool failed_ = false;
    std::optional<ScreenRect> reported_;
};

}  // namespace

RunResult run_app(App& app, Window& window, const RunOptions& options) {
    auto loop = std::make_shared<FrameLoop>(app, window, options);
    if (!drive_frames([loop] { return loop->step(); }))
        return loop->result();  // the browser runs the loop from here on
    if (loop->failed()) return loop->result();
    RunResult& result = loop->result();
    app.before_exit();
    if (!options.screenshot.empty()) {
        loop->draw_frame(false);  // the last frame stays in the back buffer for the screenshot
        std::string problem = window.screenshot(options.screenshot);
        if (!problem.empty()) {
            result.exit_code = 1;
            result.error = problem;
        }
    }
    return result;
}

}  // namespace tafel
