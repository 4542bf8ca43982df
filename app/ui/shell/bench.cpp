#include "ui/shell/bench.hpp"

#include <SDL.h>
#include <imgui.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <vector>

#include "core/harness/bench_log.hpp"
#include "core/harness/bench_session.hpp"
#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "platform/gl.hpp"
#include "platform/input_feed.hpp"
#include "platform/os/process.hpp"
#include "platform/window.hpp"
#include "ui/shell/app.hpp"
#include "ui/shell/run_loop.hpp"

namespace tafel {
namespace {

double wall_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

double thread_cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t i = static_cast<size_t>(std::lround(p * static_cast<double>(v.size() - 1)));
    return v[std::min(i, v.size() - 1)];
}

SDL_Event finger(Uint32 type, int id, float x, float y) {
    SDL_Event e{};
    e.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = id;
    e.tfinger.x = x;
    e.tfinger.y = y;
    return e;
}

// One turn of the frame loop, as run_app does it: events in, a frame built, drawn and shown.
struct Loop {
    App& app;
    Window& window;
    InputFeed feed;
    double clock = 0;

    void pump() {
        feed.set_window_size(window.width(), window.height());
        SDL_Event e;
        std::vector<InputEvent> inputs;
        while (SDL_PollEvent(&e)) {
            inputs.clear();
            feed.translate(e, inputs);
            for (const InputEvent& input : inputs) app.handle(input);
        }
    }
    void settle() {
        for (int i = 0; i < 20 && app.needs_frame(); ++i) {
            pump();
            app.frame(clock += 16.7);
            window.render_imgui();
            window.swap();
        }
    }
};

struct Figures {
    double frame_cpu_median = 0, frame_cpu_p99 = 0, render_median = 0, open_ms = 0, seek_median = 0, input_to_frame = 0;
    double save_100 = 0, save_10k = 0, review_step = 0;
    long idle_frames = 0;
    double peak_rss_mb = 0;
};

// Five fingers each drag a card across the pyramid; the CPU time of handling the input and
// building the frame is measured apart from the GL drawing.
void measure_frames(App& app, Window& window, Figures& f) {
    Loop loop{app, window, {}, 0};
    loop.settle();
    std::vector<std::string> cards;
    for (const std::string& name : app.targets().names()) {
        if (name.rfind("card:", 0) == 0 && cards.size() < 5) cards.push_back(name);
    }
    std::vector<double> cpu, render;
    const float w = static_cast<float>(app.width()), h = static_cast<float>(app.height());
    for (int round = 0; round < 4; ++round) {
        for (size_t i = 0; i < cards.size(); ++i) {
            const ScreenRect* r = app.targets().find(cards[i]);
            if (!r) continue;
            SDL_Event down = finger(SDL_FINGERDOWN, static_cast<int>(i) + 1, r->cx() / w, r->cy() / h);
            SDL_PushEvent(&down);
        }
        for (int step = 0; step < 60; ++step) {
            for (size_t i = 0; i < cards.size(); ++i) {
                float x = 0.3f + 0.4f * step / 60.0f, y = 0.2f + 0.12f * static_cast<float>(i);
                SDL_Event e = finger(SDL_FINGERMOTION, static_cast<int>(i) + 1, x, y);
                SDL_PushEvent(&e);
            }
            const double c0 = thread_cpu_ms();
            loop.pump();
            app.frame(loop.clock += 16.7);
            const double c1 = thread_cpu_ms();
            const double r0 = wall_ms();
            window.render_imgui();
            glFinish();
            render.push_back(wall_ms() - r0);
            window.swap();
            cpu.push_back(c1 - c0);
        }
        for (size_t i = 0; i < cards.size(); ++i) {
            SDL_Event e = finger(SDL_FINGERUP, static_cast<int>(i) + 1, 0.5f, 0.5f);
            SDL_PushEvent(&e);
        }
        loop.settle();
    }
    f.frame_cpu_median = percentile(cpu, 0.5);
    f.frame_cpu_p99 = percentile(cpu, 0.99);
    f.render_median = percentile(render, 0.5);
}

// From a finger event entering SDL's queue to the swap of the first frame that shows it.
void measure_input_to_frame(App& app, Window& window, Figures& f) {
    Loop loop{app, window, {}, 0};
    loop.settle();
    std::string card;
    for (const std::string& name : app.targets().names()) {
        if (name.rfind("card:", 0) == 0) {
            card = name;
            break;
        }
    }
    const ScreenRect* r = app.targets().find(card);
    if (!r) return;
    const float w = static_cast<float>(app.width()), h = static_cast<float>(app.height());
    SDL_Event down = finger(SDL_FINGERDOWN, 9, r->cx() / w, r->cy() / h);
    SDL_PushEvent(&down);
    loop.settle();
    std::vector<double> latency;
    for (int i = 0; i < 120; ++i) {
        SDL_Event move = finger(SDL_FINGERMOTION, 9, 0.3f + 0.003f * i, 0.5f);
        const double t0 = wall_ms();
        SDL_PushEvent(&move);
        loop.pump();
        app.frame(loop.clock += 16.7);
        window.render_imgui();
        window.swap();
        glFinish();
        latency.push_back(wall_ms() - t0);
    }
    SDL_Event up = finger(SDL_FINGERUP, 9, 0.5f, 0.5f);
    SDL_PushEvent(&up);
    loop.settle();
    f.input_to_frame = percentile(latency, 0.5);
}

void print(const Figures& f, std::ostream& out) {
    auto row = [&](const char* name, double value, const char* goal) {
        char line[160];
        std::snprintf(line, sizeof line, "%-26s %10.2f   %s\n", name, value, goal);
        out << line;
    };
    out << "Tafelgesprek bench: 25 + 75 cards on the board, 60 action cards, 10,000 events\n";
    row("frame_cpu_ms_median", f.frame_cpu_median, "goal <= 2 (3840x2160, five fingers dragging)");
    row("frame_cpu_ms_p99", f.frame_cpu_p99, "goal <= 4");
    row("render_ms_median", f.render_median, "GL drawing alone (llvmpipe here), reported apart");
    row("idle_frames_5s", static_cast<double>(f.idle_frames), "goal 0");
    row("open_ms_10k", f.open_ms, "goal <= 100");
    row("seek_ms_median", f.seek_median, "one state_at, a random position");
    row("review_step_ms_median", f.review_step, "goal <= 5 (one step forward in review, 10,000 events)");
    row("save_ms_at_100", f.save_100, "one event onto disk (appended, flushed) at 100 events");
    row("save_ms_at_10k", f.save_10k, "the same at 10,000 events: goal at most 2x save_ms_at_100");
    row("input_to_frame_ms_median", f.input_to_frame, "goal <= 16.7 (1920x1080, rendering included)");
    row("peak_rss_mb", f.peak_rss_mb, "goal <= 200");
}

std::string to_json(const Figures& f) {
    char text[900];
    std::snprintf(text, sizeof text,
                  "{\n  \"frame_cpu_ms_median\": %.3f,\n  \"frame_cpu_ms_p99\": %.3f,\n  \"render_ms_median\": %.3f,\n"
                  "  \"idle_frames_5s\": %ld,\n  \"open_ms_10k\": %.3f,\n  \"seek_ms_median\": %.3f,\n"
                  "  \"input_to_frame_ms_median\": %.3f,\n  \"review_step_ms_median\": %.3f,\n"
                  "  \"save_ms_at_100\": %.3f,\n  \"save_ms_at_10k\": %.3f,\n  \"peak_rss_mb\": %.1f\n}\n",
                  f.frame_cpu_median, f.frame_cpu_p99, f.render_median, f.idle_frames, f.open_ms, f.seek_median,
                  f.input_to_frame, f.review_step, f.save_100, f.save_10k, f.peak_rss_mb);
    return text;
}

// Opens a window of the given size with the app on `session_path`, and runs `measure` on it.
template <class Measure> std::string with_app(const BenchOptions& options, const std::filesystem::path& session_path,
                                              int width, int height, Measure measure) {
    Window window;
    ImGui::CreateContext();
    struct Guard {
        ~Guard() { ImGui::DestroyContext(); }
    } guard;
    WindowOptions wo;
    wo.fullscreen = false;
    wo.hidden = true;
    wo.width = width;
    wo.height = height;
    std::string problem = window.open(wo);
    if (!problem.empty()) return problem;
    AppOptions ao;
    ao.assets_dir = options.assets_dir;
    ao.sessions_dir = session_path.parent_path();
    ao.font_dir = options.font_dir;
    App app(ao, window);
    Outcome ready = app.start();
    if (ready.done()) ready = app.open_session(session_path, App::OpenMode::live);  // the live board, as in a meeting
    if (ready.refused()) return ready.why();
    measure(app, window);
    return {};
}

}  // namespace

int run_bench(const BenchOptions& options) {
    Figures f;
    std::filesystem::path dir = std::filesystem::temp_directory_path() / ("tafel-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::filesystem::path path = dir / "bench.tafel";
    try {
        Content content = load_content(options.assets_dir);
        save_session(build_bench_session(content), path);
        // Open and fold the whole log from the file, as the app does.
        std::vector<double> opens;
        for (int i = 0; i < 5; ++i) {
            const double t0 = wall_ms();
            Session loaded = load_session(path);
            opens.push_back(wall_ms() - t0);
        }
        f.open_ms = percentile(opens, 0.5);
        Session session = load_session(path);
        std::mt19937 random(11);
        std::vector<double> seeks;
        for (int i = 0; i < 60; ++i) {
            const size_t step = random() % (session.events().size() + 1);
            const double t0 = wall_ms();
            SessionState state = session.state_at(step);
            seeks.push_back(wall_ms() - t0);
            if (state.rondomjong.tiles.empty())
                f.seek_median = -1;  // uses the result, so the fold is not optimised away
        }
        f.seek_median = percentile(seeks, 0.5);
        f.review_step = measure_review_step_ms(session);
        save_session(session_until(session, 100), dir / "save-100.tafel");
        session = Session();  // the copies below take its place in memory
        f.save_100 = measure_save_ms(dir / "save-100.tafel");
        std::filesystem::copy_file(path, dir / "save-10k.tafel");
        f.save_10k = measure_save_ms(dir / "save-10k.tafel");
    } catch (const UserError& e) {
        std::cerr << "tafelgesprek: " << e.what() << "\n";
        return 1;
    }
    choose_video_driver_for_headless();
    std::string problem =
        with_app(options, path, 3840, 2160, [&](App& app, Window& window) { measure_frames(app, window, f); });
    if (problem.empty()) {
        problem = with_app(options, path, 1920, 1080, [&](App& app, Window& window) {
            measure_input_to_frame(app, window, f);
            // Idle: the real frame loop for 5 s with nothing happening.
            RunOptions idle;
            idle.quit_after_ms = 5000;
            f.idle_frames = run_app(app, window, idle).frames_drawn;
        });
    }
    std::filesystem::remove_all(dir);
    if (!problem.empty()) {
        std::cerr << "tafelgesprek: " << problem << "\n";
        return 1;
    }
    f.peak_rss_mb = os::peak_memory_bytes() / (1024.0 * 1024.0);
    print(f, std::cout);
    const std::string json = to_json(f);
    std::cout << json;
    if (!options.json_out.empty()) {
        std::ofstream out(options.json_out, std::ios::binary | std::ios::trunc);
        out << json;
        if (!out) {
            std::cerr << "tafelgesprek: " << options.json_out.string() << " kan niet worden geschreven.\n";
            return 1;
        }
    }
    return 0;
}

}  // namespace tafel
