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
        SDL_Event e{};
        if (line.type == "finger_down")
            pending_.push_back({line.t, finger_event(SDL_FINGERDOWN, line.id, line.x, line.y)});
        if (line.type == "finger_move")
            pending_.push_back({line.t, finger_event(SDL_FINGERMOTION, line.id, line.x, line.y)});
        if (line.type == "finger_up") pending_.push_back({line.t, finger_event(SDL_FINGERUP, line.id, line.x, line.y)});
        if (line.type == "mouse_down" || line.type == "mouse_up") {
            e.type = line.type == "mouse_down" ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
            e.button.button = SDL_BUTTON_LEFT;
            e.button.which = 0;
            e.button.x = static_cast<int>(line.x * w);
            e.button.y = static_cast<int>(line.y * h);
            pending_.push_back({line.t, e});
        }
        if (line.type == "mouse_move") {
            e.type = SDL_MOUSEMOTION;
            e.motion.which = 0;
            e.motion.x = static_cast<int>(line.x * w);
            e.motion.y = static_cast<int>(line.y * h);
            pending_.push_back({line.t, e});
        }
        if (line.type == "text") {
            // SDL's text events hold at most 31 bytes: split on character boundaries.
            size_t i = 0;
            while (i < line.text.size()) {
                size_t n = std::min<size_t>(line.text.size() - i, SDL_TEXTINPUTEVENT_TEXT_SIZE - 1);
                while (n > 0 && i + n < line.text.size() &&
                       (static_cast<unsigned char>(line.text[i + n]) & 0xC0) == 0x80)
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
        if (line.type == "key") {
            SDL_Keycode code = SDL_GetKeyFromName(line.key.c_str());
            if (code == SDLK_UNKNOWN) {
                return "Script " + name_ + ", regel " + std::to_string(line.line_number) + ": onbekende toets '" +
                       line.key + "'.";
            }
            e.type = SDL_KEYDOWN;
            e.key.keysym.sym = code;
            e.key.keysym.scancode = SDL_GetScancodeFromKey(code);
            e.key.state = SDL_PRESSED;
            pending_.push_back({line.t, e});
            e.type = SDL_KEYUP;
            e.key.state = SDL_RELEASED;
            pending_.push_back({line.t + kFrameMs, e});
        }
        if (line.type == "expect") {
            // A check, not a gesture: the named target must be on screen now (e.g. the
            // "text:Gebeurtenis 12 van 174" of review), or the script fails at this line.
            float x = 0, y = 0;
            std::string problem = at(line.target, x, y);
            if (!problem.empty()) return problem;
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
            pending_.push_back({line.t, finger_event(SDL_FINGERDOWN, line.id, x0, y0)});
            const int steps = std::max(2, static_cast<int>(line.ms / kFrameMs));
            for (int i = 1; i <= steps; ++i) {
                const float f = static_cast<float>(i) / steps;
                pending_.push_back({line.t + line.ms * f,
                                    finger_event(SDL_FINGERMOTION, line.id, x0 + (x1 - x0) * f, y0 + (y1 - y0) * f)});
            }
            pending_.push_back({line.t + line.ms + kFrameMs, finger_event(SDL_FINGERUP, line.id, x1, y1)});
        }
        return {};
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

}  // namespace

RunResult run_app(App& app, Window& window, const RunOptions& options) {
    // The loop's state lives on the heap: in the browser the loop goes on after this returns.
    struct Loop {
        RunOptions options;
        RunResult result;
        InputFeed feed;
        std::vector<InputEvent> inputs;
        bool play = false;
        std::optional<ScriptFeeder> feeder;
        double start = 0;
        double clock = 0;  // ms since start: script time in play mode, wall time otherwise
        int settle_frames = 0;
        bool failed = false;
        std::optional<ScreenRect> reported;
    };
    auto loop = std::make_shared<Loop>();
    loop->options = options;
    loop->play = options.script.has_value();
    if (loop->play) loop->feeder.emplace(*loop->options.script, options.script_name);
    loop->start = wall_ms();

    // --report-target: the rectangle of a target, printed whenever a frame draws it elsewhere.
    auto report_target = [&app](Loop& s) {
        const ScreenRect* r = app.targets().find(s.options.report_target);
        if (!r) return;
        if (s.reported && s.reported->x0 == r->x0 && s.reported->y0 == r->y0 && s.reported->x1 == r->x1 &&
            s.reported->y1 == r->y1)
            return;
        s.reported = *r;
        std::printf("Doel %s: %.1f %.1f %.1f %.1f\n", s.options.report_target.c_str(), r->x0, r->y0, r->x1, r->y1);
    };
    // A script's frames are built (layout, targets, input) exactly as on the table, but only
    // the frame of the screenshot is drawn by GL: nobody sees the others, and software GL
    // (llvmpipe) would spend most of a run, and its memory, drawing them.
    auto draw_frame = [&app, &window, report_target](Loop& s, bool swap) {
        const bool png_wanted = app.png_requested();  // asked for in an earlier frame: this one is drawn clean
        app.frame(s.clock);
        if (!s.options.report_target.empty()) report_target(s);
        // The png report is the frame itself, so that frame is drawn even in a script.
        if (!s.play || !swap || png_wanted) window.render_imgui();
        if (png_wanted) take_png(app, window);
        if (swap && !s.play) window.swap();
        ++s.result.frames_drawn;
    };

    // One pass: wait for input (on the desktop), handle it, draw when needed. False: stop.
    auto step = [loop, &app, &window, draw_frame]() -> bool {
        Loop& s = *loop;
        if (app.quit_requested() || stop_signal_received()) return false;
        if (s.play && s.result.frames_drawn > 0 && s.feeder->holding(s.clock) && !app.needs_frame()) {
            SDL_Event first;  // `hold`: the script waits in real time until the app is stopped
            if (SDL_WaitEventTimeout(&first, 250) == 1) SDL_PushEvent(&first);
        } else if (s.play && s.result.frames_drawn > 0) {  // targets exist once a frame has been laid out
            s.clock += kFrameMs;
            std::string problem = s.feeder->feed(s.clock, app);
            if (!problem.empty()) {
                s.result.exit_code = 1;
                s.result.error = problem;
                s.failed = true;
                return false;
            }
        } else {
            wait_for_work(app, s.options, wall_ms() - s.start);
            s.clock = wall_ms() - s.start;
            if (s.options.quit_after_ms >= 0 && s.clock >= s.options.quit_after_ms) return false;
        }
        s.feed.set_window_size(window.width(), window.height());
        SDL_Event e;
        while (SDL_PollEvent(&e)) {
            if (e.type == SDL_QUIT) app.request_quit();
            if (e.type == SDL_WINDOWEVENT) {
                if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) window.refresh_size();
                s.feed.set_window_size(window.width(), window.height());
                app.request_frames();
            }
            s.inputs.clear();
            s.feed.translate(e, s.inputs);
            for (const InputEvent& input : s.inputs) app.handle(input);
        }
        double wake = app.next_wakeup_ms();
        if (wake >= 0 && s.clock >= wake) app.request_frames(1);
        if (app.needs_frame()) {
            draw_frame(s, true);
        } else if (s.play && s.feeder->done()) {
            return false;  // the script has run and the app has settled
        }
        if (s.play && s.feeder->done() && ++s.settle_frames > kSettleFrameLimit) return false;
        return true;
    };

    if (!drive_frames(step)) return loop->result;  // the browser runs the loop from here on
    if (loop->failed) return loop->result;
    RunResult& result = loop->result;
    app.before_exit();
    if (!options.screenshot.empty()) {
        draw_frame(*loop, false);  // the last frame stays in the back buffer for the screenshot
        std::string problem = window.screenshot(options.screenshot);
        if (!problem.empty()) {
            result.exit_code = 1;
            result.error = problem;
        }
    }
    return result;
}

}  // namespace tafel
