// In the browser the page is the window: nothing of the system to prepare or adapt.
#include "platform/system_window.hpp"

namespace tafel {

void prepare_system_for_window() {}

void adapt_system_window(SDL_Window*) {}

}  // namespace tafel
