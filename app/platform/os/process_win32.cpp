// The process on Windows: the wide command line converted to UTF-8, the parent's console
// attached for command-line use, and folders found beside the exe (a portable folder) or in
// the user's Documents.
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <psapi.h>
#include <shellapi.h>
#include <shlobj.h>

#include <fcntl.h>
#include <io.h>

#include <cstdio>
#include <cstdlib>

#include "platform/os/process.hpp"

namespace tafel::os {
namespace {

std::string to_utf8(const wchar_t* text) {
    int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
    if (size <= 1) return {};
    std::string out(static_cast<size_t>(size - 1), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text, -1, out.data(), size, nullptr, nullptr);
    return out;
}

std::filesystem::path exe_folder() {
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (n == 0) return std::filesystem::current_path();
        if (n < buffer.size()) {
            buffer.resize(n);
            break;
        }
        buffer.resize(buffer.size() * 2);
    }
    return std::filesystem::path(buffer).parent_path();
}

// A handle that already goes somewhere (a file or pipe of the parent) is left as it is.
bool goes_somewhere(DWORD which) {
    HANDLE h = GetStdHandle(which);
    return h != nullptr && h != INVALID_HANDLE_VALUE && GetFileType(h) != FILE_TYPE_UNKNOWN;
}

// The folder beside the exe can hold the sessions when it says so (the file "portable.txt")
// and when we may write there (not so under C:\Program Files or on a locked-down laptop).
bool portable_folder_usable(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::exists(dir / "portable.txt", ec)) return false;
    const std::filesystem::path probe = dir / (".schrijftest-" + std::to_string(GetCurrentProcessId()));
    HANDLE h = CreateFileW(probe.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                           FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (h == INVALID_HANDLE_VALUE) return false;
    CloseHandle(h);
    return true;
}

}  // namespace

std::vector<std::string> utf8_arguments(int argc, char** argv) {
    int count = 0;
    LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (!wide) return std::vector<std::string>(argv, argv + argc);
    std::vector<std::string> out;
    out.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) out.push_back(to_utf8(wide[i]));
    LocalFree(wide);
    return out;
}

void attach_to_console() {
    // A failed assert() or a crash ends the process with a message on stderr, never with a
    // dialog box that waits for a click nobody can give (tests, a table without a mouse).
    _set_error_mode(_OUT_TO_STDERR);
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    // The app writes its own line ends (CSV to stdout keeps its CRLF, nothing is doubled).
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    const bool out_ok = goes_somewhere(STD_OUTPUT_HANDLE), err_ok = goes_somewhere(STD_ERROR_HANDLE);
    if (out_ok && err_ok) return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS)) return;  // started by a double-click: no console
    if (!out_ok && std::freopen("CONOUT$", "w", stdout)) _setmode(_fileno(stdout), _O_BINARY);
    if (!err_ok && std::freopen("CONOUT$", "w", stderr)) _setmode(_fileno(stderr), _O_BINARY);
    SetConsoleOutputCP(CP_UTF8);  // the Dutch sentences are UTF-8 (ë, é)
}

std::filesystem::path default_assets_dir() { return exe_folder() / "assets"; }
std::filesystem::path default_font_dir() { return exe_folder() / "fonts"; }

std::filesystem::path default_sessions_dir() {
    const std::filesystem::path here = exe_folder();
    if (portable_folder_usable(here)) return here / "sessies";
    PWSTR documents = nullptr;
    std::filesystem::path dir;
    if (SUCCEEDED(SHGetKnownFolderPath(FOLDERID_Documents, KF_FLAG_CREATE, nullptr, &documents))) {
        dir = std::filesystem::path(documents) / L"Tafelgesprek";
    }
    CoTaskMemFree(documents);
    if (dir.empty()) dir = environment_path("USERPROFILE") / L"Documents" / L"Tafelgesprek";
    return dir;
}

double peak_memory_bytes() {
    PROCESS_MEMORY_COUNTERS counters{};
    counters.cb = sizeof counters;
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters)) return 0;
    return static_cast<double>(counters.PeakWorkingSetSize);
}

std::filesystem::path environment_path(const char* name) {
    const std::wstring wide_name(name, name + std::char_traits<char>::length(name));
    DWORD size = GetEnvironmentVariableW(wide_name.c_str(), nullptr, 0);
    if (size == 0) return {};
    std::wstring value(size, L'\0');
    size = GetEnvironmentVariableW(wide_name.c_str(), value.data(), size);
    value.resize(size);
    return std::filesystem::path(value);
}

}  // namespace tafel::os
