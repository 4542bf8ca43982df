#pragma once
// The operating system's file operations that saving needs, one implementation per platform
// (files_posix.cpp, files_win32.cpp): writing a file durably, replacing one atomically, creating
// one that must not exist yet. Plain C++ and OS calls, no SDL: the core saves through this.
// Nothing here writes messages; the caller turns a failure into a Dutch sentence.
#include <filesystem>
#include <string>

namespace tafel::os {

// Why an operation failed, in the terms the user can act on.
enum class Failure { none, disk_full, too_large, no_rights, no_folder, exists, other };

struct Result {
    Failure failure = Failure::none;
    std::string system_text;  // the system's own words, for the `other` case
    explicit operator bool() const { return failure == Failure::none; }
};

// Creates or truncates `path` (readable by its owner only), writes `bytes`, and flushes them to
// the disk before returning. On failure the file is removed again.
[[nodiscard]] Result write_durably(const std::filesystem::path& path, const std::string& bytes);

// Appends `bytes` at the end of an existing file and flushes them to the disk before returning
// (the cost does not depend on the size of the file). On failure the file is cut back to the
// size it had, so no half-written part stays behind.
[[nodiscard]] Result append_durably(const std::filesystem::path& path, const std::string& bytes);

// Writes `bytes` into an existing file that is not a regular file (a pipe, /dev/stdout).
[[nodiscard]] Result write_into(const std::filesystem::path& path, const std::string& bytes);

// Moves `temp` over `destination` in one step, replacing it, and makes the move durable.
[[nodiscard]] Result replace_with(const std::filesystem::path& temp, const std::filesystem::path& destination);

// Gives `temp` the name `path` only when no file has that name (even in a race): Failure::exists
// otherwise. `temp` is gone afterwards either way.
[[nodiscard]] Result publish_as_new(const std::filesystem::path& temp, const std::filesystem::path& path);

// Moves the file `from` to the new name `to` in one step (same disk), only when no file has that
// name: Failure::exists otherwise, and `from` stays. The bytes are not touched.
[[nodiscard]] Result move_as_new(const std::filesystem::path& from, const std::filesystem::path& to);

// Removes a file if it is there; says nothing when it is not.
void remove_quietly(const std::filesystem::path& path);

// The folder for this machine's settings of the app (it may not exist yet). TAFEL_CONFIG_DIR
// chooses another one (tests, several setups); otherwise POSIX: $XDG_CONFIG_HOME/tafelgesprek
// or ~/.config/tafelgesprek; Windows: %APPDATA%\tafelgesprek. Empty when there is no home.
std::filesystem::path config_dir();

// A number that differs between processes running at once (for temporary file names).
long process_number();

}  // namespace tafel::os
