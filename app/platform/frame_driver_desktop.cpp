#include "platform/frame_driver.hpp"

#include <SDL.h>

#include <cmath>

namespace tafel {

// By value as declared: the web variant keeps `step` after it returns.
bool drive_frames(std::function<bool()> step) {  // NOLINT(performance-unnecessary-value-param)
    while (step()) {}
    return true;
}

void wait_for_events(double wait_ms) {
    if (wait_ms == 0) return;
    SDL_Event first;
    bool got = wait_ms < 0 ? SDL_WaitEvent(&first) == 1
                           : SDL_WaitEventTimeout(&first, static_cast<int>(std::ceil(wait_ms))) == 1;
    if (got) SDL_PushEvent(&first);  // handled by the loop with the rest, in order
}

void frame_presented() {}

}  // namespace tafel
