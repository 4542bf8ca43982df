// The browser drives the frames (emscripten_set_main_loop, one call per animation frame), and
// a frame that was drawn is followed by a copy of /sessions into the browser's storage (IDBFS).
#include <emscripten.h>

#include "platform/frame_driver.hpp"

namespace tafel {
namespace {

std::function<bool()> g_step;
bool g_presented = false;

void browser_frame() {
    if (g_step && !g_step()) {
        emscripten_cancel_main_loop();
        g_step = nullptr;
    }
    if (g_presented) {
        g_presented = false;
        EM_ASM({
            if (Module.tafelSync) Module.tafelSync();
        });
    }
}

}  // namespace

bool drive_frames(std::function<bool()> step) {
    g_step = std::move(step);
    // fps 0: the browser's animation frames; no simulated infinite loop, so this returns.
    emscripten_set_main_loop(browser_frame, 0, 0);
    return false;
}

void wait_for_events(double) {}

void frame_presented() { g_presented = true; }

}  // namespace tafel
