#include "platform/startup_error.hpp"

#include <SDL.h>

#include <cstdlib>
#include <string>

namespace tafel {

bool show_startup_error(const std::string& sentence) {
    const char* driver = std::getenv("SDL_VIDEODRIVER");
    const std::string chosen = driver ? driver : "";
    if (chosen == "offscreen" || chosen == "dummy") return true;
    // Works with or without an initialised video subsystem (SDL opens its own small window).
    return SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Tafelgesprek kan niet starten", sentence.c_str(), nullptr) ==
           0;
}

}  // namespace tafel
