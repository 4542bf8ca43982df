// The process on Linux: argv is already UTF-8; the folders are fixed when the app is built.
#include <sys/resource.h>

#include <cstdlib>

#include "platform/os/process.hpp"

namespace tafel::os {

std::vector<std::string> utf8_arguments(int argc, char** argv) { return std::vector<std::string>(argv, argv + argc); }

void attach_to_console() {}

std::filesystem::path default_assets_dir() { return TAFEL_DEFAULT_ASSETS_DIR; }
std::filesystem::path default_font_dir() { return TAFEL_DEJAVU_FONT_DIR; }
std::filesystem::path default_sessions_dir() { return TAFEL_DEFAULT_SESSIONS_DIR; }

double peak_memory_bytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss * 1024.0;  // kilobytes on Linux
}

std::filesystem::path environment_path(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::filesystem::path(value) : std::filesystem::path();
}

}  // namespace tafel::os
