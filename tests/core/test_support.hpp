#pragma once
// Helpers for core tests: content from the real assets/, and sessions built by recording
// events exactly as the app records them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../support/outcome_text.hpp"
#include "core/session/content.hpp"
#include "core/session/session.hpp"
#include "platform/os/files.hpp"

namespace tafel::test {

// An empty folder of this test process's own under the system's temp folder.
inline std::filesystem::path fresh_temp_dir(const std::string& name) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("tafel-" + name + "-" + std::to_string(os::process_number()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// A file's bytes, or "" when it cannot be read.
inline std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void write_bytes(const std::filesystem::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

inline const Content& real_content() {
    static const Content content = load_content(TAFEL_TEST_ASSETS_DIR);
    return content;
}

inline Session new_session(const std::string& kind = kKindRondomJong) {
    SessionMeta meta;
    meta.kind = kind;
    meta.title = "Testsessie";
    meta.school = "Testschool";
    meta.date = "01-02-2026";
    return Session(meta, real_content(), {});
}

// The tile id of a printed card in the tray, by its name.
inline TileId tile_named(const Session& s, const std::string& name) {
    for (const Tile& t : s.state().rondomjong.tiles) {
        if (t.text == name) return t.id;
    }
    ADD_FAILURE() << "no card named " << name;
    return 0;
}

inline void must_record(Session& s, Payload payload, Seat seat = Seat::bottom) {
    static std::int64_t clock = 1700000000000;
    ASSERT_EQ(why(s.record(Event{clock += 1000, seat, std::move(payload)})), "") << "event refused";
}

}  // namespace tafel::test
