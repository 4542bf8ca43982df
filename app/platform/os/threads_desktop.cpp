#include "platform/os/threads.hpp"

namespace tafel::os {

bool background_threads_available() { return true; }

}  // namespace tafel::os
