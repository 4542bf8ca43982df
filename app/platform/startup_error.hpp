#pragma once
// A start-up error (content, font, no OpenGL) must be seen on a touch table that was started
// from an icon, where nobody reads stderr: it is shown in a message box as well.
#include <string>

namespace tafel {

// Shows `sentence` in a message box with one button, when there is a screen to show it on
// (never under the offscreen or dummy driver, where nobody could close it). Waits for the tap.
void show_startup_error(const std::string& sentence);

}  // namespace tafel
