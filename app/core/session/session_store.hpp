#pragma once
// A session that lives in a file: every recorded event is saved at once (atomically), so a
// killed app loses at most the event it was recording. When saving fails (disk full…) the
// events stay in memory, the error is kept for the screen, and the next event tries again.
#include <filesystem>
#include <string>

#include "core/session/session.hpp"

namespace tafel {

class SessionStore {
public:
    SessionStore(Session session, std::filesystem::path path);

    const Session& session() const { return session_; }
    const std::filesystem::path& path() const { return path_; }

    // Records and saves; refused with the reason when the event does not fit.
    Outcome record(Payload payload, Seat seat);

    // The last saving problem, empty while everything is on disk.
    const std::string& save_error() const { return save_error_; }
    bool save_now();

private:
    Session session_;
    std::filesystem::path path_;
    std::string save_error_;
};

}  // namespace tafel
