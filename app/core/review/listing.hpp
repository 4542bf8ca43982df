#pragma once
// The saved sessions as the start screen lists them: the details as they stand after the whole
// log (title, school, date typed on the details sheet), when it last changed, and how far the
// meeting got, so that two sessions of one day differ.
#include <filesystem>
#include <string>
#include <vector>

#include "core/session/session.hpp"

namespace tafel {

struct SessionRow {
    std::filesystem::path path;
    SessionMeta meta;         // with the typed details
    std::string progress;     // "laag 3 van 4, stap 6" / "stap 5 van 9" / "nog niet begonnen"
    std::string last_change;  // "01-12-2026 16:20", local time of the last event (or the creation)
    std::string problem;      // why it cannot be opened, one Dutch sentence; empty when it can
};

// How far the meeting got, in Dutch.
std::string progress_nl(const Session& session);

// "dd-mm-jjjj uu:mm" in local time.
std::string local_time_nl(std::int64_t at_ms);

// Every file in `dir`, newest first (as list_sessions), each read whole; one that cannot be
// opened carries its reason.
std::vector<SessionRow> list_session_rows(const std::filesystem::path& dir);

}  // namespace tafel
