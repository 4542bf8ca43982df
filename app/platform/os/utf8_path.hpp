#pragma once
// Paths from and to UTF-8 text (typed names, the command line, JSON, messages), the same on
// every system. On Windows std::filesystem::path(std::string) reads the bytes in the ANSI code
// page, so "Zoë" from a UTF-8 string would become another name; these helpers never do.
#include <filesystem>
#include <string>
#include <string_view>

namespace tafel::os {

inline std::filesystem::path utf8_path(std::string_view utf8) {
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

inline std::string utf8_string(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

}  // namespace tafel::os
