#pragma once
// A clean stop when the system asks for one (SIGTERM from a shutdown or systemd, SIGINT from
// Ctrl+C, SIGHUP when the terminal closes): the request becomes an SDL_QUIT event, so the frame
// loop stops as it does when the window is closed, records what was typed, and exits with 0.
// One implementation per platform (stop_signals_posix.cpp, …).

namespace tafel {

// Call once, before SDL or OpenGL start any thread. Replaces SDL's own signal handlers.
void watch_stop_signals();

// True once a stop was asked for by a signal (also before the event was handled).
bool stop_signal_received();

}  // namespace tafel
