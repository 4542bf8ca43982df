#include "platform/os/threads.hpp"

namespace tafel::os {

bool background_threads_available() { return false; }

}  // namespace tafel::os
