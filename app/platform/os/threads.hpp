#pragma once
// Whether this build can run work on a thread of its own. The browser build has no threads
// (WebAssembly without shared memory), so saving there happens in the frame that recorded the
// event; everywhere else a writer thread keeps the frame from waiting for the disk.

namespace tafel::os {

bool background_threads_available();

}  // namespace tafel::os
