#include "core/session/json.hpp"  // first: see json.hpp
#include "core/session/session_journal.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <sstream>

namespace tafel {
namespace {

std::array<std::uint32_t, 256> make_crc_table() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

// cereal writes indented JSON; a record is one line, so the event is written compactly.
std::string compact(const std::string& pretty, const char* member) {
    rapidjson::Document doc;
    doc.Parse(pretty.c_str(), pretty.size());
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    doc[member].Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

struct Record {
    bool sound = false;
    std::string_view json;
    std::string why;
};

// Checks one line (without its '\n'): the tag, the length, the checksum.
Record check_line(std::string_view line) {
    Record r;
    unsigned long long length = 0;
    unsigned int crc = 0;
    int consumed = 0;
    const std::string head(line.substr(0, std::min<size_t>(line.size(), 40)));
    if (line.size() < 2 || line[0] != 'E' ||
        std::sscanf(head.c_str(), "E %llu %8x %n", &length, &crc, &consumed) != 2 || consumed <= 0) {
        r.why = "de regel begint niet als een gebeurtenis";
        return r;
    }
    r.json = line.substr(static_cast<size_t>(consumed));
    if (r.json.size() != length) {
        r.why = "de lengte klopt niet";
        return r;
    }
    if (crc32_of(r.json) != crc) {
        r.why = "de controlesom klopt niet";
        return r;
    }
    r.sound = true;
    return r;
}

// A line is written with one write and ends in '\n': without it, the last line can be the
// start of a record that a crash cut short (or the zeros a file system leaves after a power cut).
bool cut_short(std::string_view line) {
    if (std::all_of(line.begin(), line.end(), [](char c) { return c == '\0'; })) return true;
    if (line[0] != 'E') return false;
    unsigned long long length = 0;
    unsigned int crc = 0;
    int consumed = 0;
    const std::string head(line.substr(0, std::min<size_t>(line.size(), 40)));
    if (std::sscanf(head.c_str(), "E %llu %8x %n", &length, &crc, &consumed) != 2 || consumed <= 0) {
        return line.size() < 22;  // "E <length> <crc32> " itself was cut
    }
    return line.size() - static_cast<size_t>(consumed) <= length;  // up to the whole json, but no newline
}

Event event_from_json(std::string_view json) {
    std::istringstream in("{\"e\":" + std::string(json) + "}");
    cereal::JSONInputArchive ar(in);
    Event event;
    ar(cereal::make_nvp("e", event));
    return event;
}

}  // namespace

std::uint32_t crc32_of(std::string_view bytes) {
    static const std::array<std::uint32_t, 256> table = make_crc_table();
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : bytes) c = table[(c ^ b) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::string journal_record(const Event& event) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options::NoIndent());
        ar(cereal::make_nvp("e", event));
    }
    const std::string json = compact(out.str(), "e");
    char head[40];
    std::snprintf(head, sizeof head, "E %zu %08x ", json.size(), static_cast<unsigned>(crc32_of(json)));
    return head + json + "\n";
}

JournalRead read_journal(std::string_view tail, const std::string& shown) {
    JournalRead read;
    size_t at = tail.find_first_not_of(" \t\r\n");
    size_t number = 0;
    while (at != std::string_view::npos && at < tail.size()) {
        const size_t end = tail.find('\n', at);
        const bool last =
            end == std::string_view::npos || tail.find_first_not_of(" \t\r\n", end) == std::string_view::npos;
        std::string_view line = tail.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
        ++number;
        Record r = check_line(line);
        if (r.sound && end != std::string_view::npos) {
            read.events.push_back(event_from_json(r.json));  // a cereal error names the file upstream
        } else if (last && end == std::string_view::npos && cut_short(line)) {
            read.note = "De laatste gebeurtenis in " + shown +
                        " was maar half opgeslagen (de computer stopte tijdens het opslaan) en is weggelaten.";
            break;
        } else {
            read.damaged_line = number;
            read.damaged_reason = r.sound ? "de regel houdt halverwege op" : r.why;
            break;
        }
        at = tail.find_first_not_of(" \t\r\n", end);
    }
    return read;
}

size_t count_journal_records(std::string_view tail) {
    size_t count = 0;
    size_t at = tail.find_first_not_of(" \t\r\n");
    while (at != std::string_view::npos && at < tail.size()) {
        const size_t end = tail.find('\n', at);
        if (end == std::string_view::npos) break;
        if (!check_line(tail.substr(at, end - at)).sound) break;
        ++count;
        at = tail.find_first_not_of(" \t\r\n", end);
    }
    return count;
}

}  // namespace tafel
