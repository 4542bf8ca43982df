#pragma once
// Who drives the frames. On the desktop the frame loop is a plain loop that sleeps in SDL until
// input or a timer needs a frame. In the browser a page may not block: the browser calls the
// loop once per animation frame instead. The ui code calls these two functions and is the same
// on both (frame_driver_desktop.cpp, frame_driver_web.cpp for the page, chosen by CMake).
#include <functional>

namespace tafel {

// Calls `step` until it returns false. Returns true when the loop has finished here; false when
// the browser goes on calling `step` after this function returned (the page keeps running).
bool drive_frames(std::function<bool()> step);

// Waits until an SDL event is queued or `wait_ms` has passed (-1: no limit). In the browser it
// returns at once: the next animation frame is the wait.
void wait_for_events(double wait_ms);

// The window has shown a new frame (called by Window::swap). In the browser a frame that was
// drawn may have saved the session: its file is then copied into the browser's storage.
void frame_presented();

}  // namespace tafel
