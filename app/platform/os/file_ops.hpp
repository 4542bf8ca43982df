#pragma once
// The few file operations the core needs from the operating system, without SDL: writing a
// file durably, replacing one atomically, giving a file a new name only when that name is free.
// One implementation per system (file_ops_posix.cpp, file_ops_win32.cpp), chosen by CMake.
//
// Every function returns 0 or an errno value (ENOSPC, EACCES, ENOENT, EEXIST, ...), the same
// numbers on every system, so the core turns them into one Dutch sentence in one place.
#include <filesystem>
#include <string>
#include <string_view>

namespace tafel::os {

// A path from UTF-8 text (typed names, the command line, JSON). On Windows a plain
// std::string would be read in the ANSI code page and lose every letter outside it.
inline std::filesystem::path utf8_path(std::string_view utf8) {
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

// The path as UTF-8 text, for messages and files (what path.string() gives on Linux).
inline std::string utf8_string(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

// Creates or empties `path`, writes `bytes`, flushes them to the disk and closes it. On failure
// the file is removed again.
int write_file_durably(const std::filesystem::path& path, const std::string& bytes);

// Writes `bytes` into an existing file that is not a regular file (a device or a pipe).
int write_into_existing(const std::filesystem::path& path, const std::string& bytes);

// Moves `from` over `to` in one step (the old `to` stays whole until then), and makes the move
// itself durable.
int replace_file(const std::filesystem::path& from, const std::filesystem::path& to);

// Gives `from` the name `to` only when no file has that name (EEXIST otherwise, even in a race
// with another process); `from` is gone afterwards either way on success.
int move_to_free_name(const std::filesystem::path& from, const std::filesystem::path& to);

// Removes a file; no error when it is already gone.
void remove_file(const std::filesystem::path& path);

// This process's id, for names of temporary files.
long process_id();

}  // namespace tafel::os
