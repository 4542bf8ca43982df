#pragma once
// A start-up error (content, font, no OpenGL) must be seen on a touch table that was started
// from an icon, where nobody reads stderr: it is shown in a message box as well.
#include <string>

namespace tafel {

// Shows `sentence` in a message box with one button, when there is a screen to show it on, and
// waits for the tap. False when there is a screen but no message box could be shown (X11 without
// its fonts, …): then the caller shows it another way. Under the offscreen or dummy driver,
// where nobody could see or close it, nothing is shown and the answer is true.
bool show_startup_error(const std::string& sentence);

}  // namespace tafel
