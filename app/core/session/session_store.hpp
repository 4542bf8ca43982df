#pragma once
// A session that lives in a file: every recorded event is saved at once. The first save after
// opening writes the whole file (atomically, in the current format); every later event is one
// checked line appended to its journal, so saving costs the same at the first event and at the
// ten-thousandth. The disk work is done by a writer thread, so a frame never waits for it; a
// killed app loses at most the event being written. When saving fails (disk full…) the events
// stay in memory, the error is kept for the screen, and the next event writes the whole file.
#include <filesystem>
#include <memory>
#include <string>

#include "core/session/session.hpp"
#include "platform/os/session_lock.hpp"

namespace tafel {

class SessionStore {
public:
    SessionStore(Session session, std::filesystem::path path);
    ~SessionStore();  // waits until everything recorded is on disk

    const Session& session() const { return session_; }
    const std::filesystem::path& path() const { return path_; }

    // Records and saves; refused with the reason when the event does not fit.
    Outcome record(Payload payload, Seat seat);

    // One writer per session: holds the file for this process. Returns false when another
    // window or program has it open; the store is then read-only and read_only_reason() says so.
    bool hold_for_writing();
    bool read_only() const { return !read_only_reason_.empty(); }
    const std::string& read_only_reason() const { return read_only_reason_; }

    // The last saving problem, empty while everything is on disk (as far as written yet).
    std::string save_error() const;
    // Writes the whole file now and waits for it. False when that failed (see save_error).
    bool save_now();
    // Waits until every recorded event is on disk (or failed to get there).
    void flush();

private:
    class Writer;
    Session session_;
    std::filesystem::path path_;
    std::unique_ptr<Writer> writer_;
    os::SessionLock lock_;
    std::string read_only_reason_;
    bool dirty_ = false;  // an event was recorded since the file was opened
};

}  // namespace tafel
