// In the browser there are no signals: the page stops when its tab closes, and every event is
// saved (and copied into the browser's storage) as it happens.
#include "platform/stop_signals.hpp"

namespace tafel {

void watch_stop_signals() {}

bool stop_signal_received() { return false; }

}  // namespace tafel
