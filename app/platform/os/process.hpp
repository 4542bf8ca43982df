#pragma once
// How the process meets its operating system before anything else runs: the command line as
// UTF-8, a console for command-line use, and the folders the app uses when no option names
// them. One implementation per system (process_posix.cpp, process_win32.cpp); no SDL here.
#include <filesystem>
#include <string>
#include <vector>

namespace tafel::os {

// The command line as UTF-8 text (on Windows from the wide command line, so a file name with
// any letter arrives whole; elsewhere argv as it is).
std::vector<std::string> utf8_arguments(int argc, char** argv);

// On Windows the app is a window program (no console window on a double-click): when it was
// started from cmd or PowerShell, its messages go to that console. Elsewhere nothing to do.
void attach_to_console();

// The method content, the DejaVu fonts, and where sessions are kept when nothing else is set.
std::filesystem::path default_assets_dir();
std::filesystem::path default_font_dir();
std::filesystem::path default_sessions_dir();

// The most memory this process has held so far, in bytes (peak resident set / working set).
double peak_memory_bytes();

// An environment variable as a path (UTF-8 on every system); empty when it is not set.
std::filesystem::path environment_path(const char* name);

}  // namespace tafel::os
