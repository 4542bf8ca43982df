#include "platform/open_folder.hpp"

#include <cstdlib>
#include <string>
#include <system_error>
#include <thread>

#if defined(__linux__)
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
extern char** environ;
#endif

namespace tafel {
namespace {

#if defined(__linux__)
// xdg-open on the PATH, or an empty path.
std::filesystem::path find_xdg_open() {
    const char* path = std::getenv("PATH");
    if (!path) return {};
    std::string folders = path;
    size_t start = 0;
    while (start <= folders.size()) {
        size_t end = folders.find(':', start);
        if (end == std::string::npos) end = folders.size();
        std::filesystem::path candidate = std::filesystem::path(folders.substr(start, end - start)) / "xdg-open";
        if (end > start && ::access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return {};
}
#endif

}  // namespace

bool can_open_folder() {
#if defined(__linux__)
    // Without a display there is nothing to show a folder on.
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) return false;
    return !find_xdg_open().empty();
#else
    return false;
#endif
}

bool open_folder(const std::filesystem::path& folder) {
#if defined(__linux__)
    const std::filesystem::path program = find_xdg_open();
    if (program.empty()) return false;
    std::error_code ec;
    std::string target = std::filesystem::absolute(folder, ec).string();
    if (ec) target = folder.string();
    std::string program_text = program.string();
    char* argv[] = {program_text.data(), target.data(), nullptr};
    pid_t child = 0;
    if (::posix_spawn(&child, program.c_str(), nullptr, nullptr, argv, environ) != 0) return false;
    // xdg-open hands the folder to the file manager and ends; reap it so no zombie stays.
    std::thread([child] {
        int status = 0;
        ::waitpid(child, &status, 0);
    }).detach();
    return true;
#else
    (void)folder;
    return false;
#endif
}

}  // namespace tafel
