// Linux: without a display the app draws offscreen (tests, CI); nothing to set on the window.
#include <cstdlib>

#include "platform/system_window.hpp"

namespace tafel {

void prepare_system_for_window() {
    bool has_display = std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY");
    if (!has_display && !std::getenv("SDL_VIDEODRIVER")) setenv("SDL_VIDEODRIVER", "offscreen", 1);
}

void adapt_system_window(SDL_Window*) {}

}  // namespace tafel
