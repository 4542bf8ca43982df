// A clean stop on Windows: Ctrl+C, Ctrl+Break and closing the console (when started from cmd)
// become an SDL_QUIT event, as closing the window does. A shutdown or logoff reaches the app as
// WM_QUERYENDSESSION/WM_ENDSESSION, handled with the window (system_window_win32.cpp).
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <SDL.h>
#include <windows.h>

#include <atomic>

#include "platform/stop_signals.hpp"

namespace tafel {
namespace {

std::atomic<bool> g_received{false};

BOOL WINAPI on_console_event(DWORD) {
    g_received = true;
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    SDL_PushEvent(&quit);  // safe from another thread
    return TRUE;
}

}  // namespace

void watch_stop_signals() { SetConsoleCtrlHandler(on_console_event, TRUE); }

bool stop_signal_received() { return g_received; }

}  // namespace tafel
