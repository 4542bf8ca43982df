#pragma once
// The journal of a session file (format version 2): after the header document (format,
// version, meta, content and the events up to the last full save) come the events recorded
// since, one checked line each, appended at the end of the file:
//
//     E <bytes of the json> <crc32 of the json, 8 hex digits> <the event as one line of json>\n
//
// Appending one line costs the same at the first event and at the ten-thousandth. A line that a
// crash cut short can only be the last one: it is left out on loading (with a note); a damaged
// line before the last means the file is damaged.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/session/events.hpp"

namespace tafel {

std::uint32_t crc32_of(std::string_view bytes);

// One journal line for `event`, ending in '\n'.
std::string journal_record(const Event& event);

struct JournalRead {
    std::vector<Event> events;
    std::string note;            // set when a cut-short last line was left out (Dutch, one sentence)
    size_t damaged_line = 0;     // 1-based record number of a damaged line before the last, 0: none
    std::string damaged_reason;  // why that line is damaged
};

// Reads the records in `tail` (the text after the header). `shown` names the file in the note.
JournalRead read_journal(std::string_view tail, const std::string& shown);

// The number of sound records in `tail`, for the list of sessions (no events are built).
size_t count_journal_records(std::string_view tail);

}  // namespace tafel
