#pragma once
// What the operating system needs to know about the app's window, around SDL: hints before
// SDL starts, and settings on the native window once it exists. One implementation per system
// (system_window_posix.cpp, system_window_win32.cpp), chosen by CMake.
#include <SDL.h>

namespace tafel {

// Before SDL_Init: the video driver and hints this system needs.
void prepare_system_for_window();

// After SDL_CreateWindow: touch and shutdown settings on the native window.
void adapt_system_window(SDL_Window* window);

}  // namespace tafel
