#pragma once
// Where sessions live: the sessions folder, new file names in it, the list for the start
// screen, and the bundled demo (copied into the folder, so the original stays as shipped).
#include <filesystem>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace tafel {

struct SessionListing {
    std::filesystem::path path;
    SessionMeta meta;
    size_t event_count = 0;
    std::string problem;  // why it cannot be opened, one Dutch sentence; empty when it can
};

// Every file in `dir` but hidden ones, newest first. A file that is not a readable session is
// listed with its `problem` (and an empty meta); nothing is written.
std::vector<SessionListing> list_sessions(const std::filesystem::path& dir);

// A file name that does not exist yet, like sessions/2026-11-22-rondomjong.tafel (-2, -3…).
std::filesystem::path new_session_path(const std::filesystem::path& dir, const std::string& kind);

// Moves a session file into `Prullenbak/` beside it (made when missing), byte for byte; a name
// already there gets "-2", "-3"… Nothing is ever destroyed. Returns the new path; throws UserError.
std::filesystem::path move_to_trash(const std::filesystem::path& file);

// The demo session in the sessions folder, copied from assets/demo/ when it is not there yet.
// Throws UserError when the bundled demo is missing or the folder cannot be written.
std::filesystem::path prepare_demo(const std::filesystem::path& assets_dir, const std::filesystem::path& sessions_dir,
                                   const std::string& kind);

}  // namespace tafel
