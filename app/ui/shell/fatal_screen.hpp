#pragma once
// The last resort for a start-up error when no message box can be shown: the sentence, large,
// in the app's own window, until someone taps, presses a key or closes the window.
#include <string>

#include "platform/window.hpp"

namespace tafel {

// Needs the fonts built and uploaded (a content error, not a font error).
void show_fatal_sentence(Window& window, const std::string& sentence);

}  // namespace tafel
