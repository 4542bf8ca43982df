// The file operations of files.hpp on Windows: wide (UTF-16) paths so any letter works,
// FlushFileBuffers for durability, MoveFileExW with MOVEFILE_WRITE_THROUGH for the atomic
// replace, and a move without MOVEFILE_REPLACE_EXISTING where POSIX uses link().
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <algorithm>

#include "platform/os/files.hpp"
#include "platform/os/process.hpp"

namespace tafel::os {
namespace {

std::string system_text(DWORD error) {
    wchar_t* text = nullptr;
    DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                             nullptr, error, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::string out;
    if (n > 0 && text) {
        int size = WideCharToMultiByte(CP_UTF8, 0, text, static_cast<int>(n), nullptr, 0, nullptr, nullptr);
        out.resize(static_cast<size_t>(size));
        WideCharToMultiByte(CP_UTF8, 0, text, static_cast<int>(n), out.data(), size, nullptr, nullptr);
        while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == ' ' || out.back() == '.')) {
            out.pop_back();
        }
    }
    LocalFree(text);
    return out.empty() ? "Windows-fout " + std::to_string(error) : out;
}

Result failure_of(DWORD error) {
    switch (error) {
        case ERROR_SUCCESS:
            return {};
        case ERROR_DISK_FULL:
        case ERROR_HANDLE_DISK_FULL:
            return {Failure::disk_full, {}};
        case ERROR_FILE_TOO_LARGE:
            return {Failure::too_large, {}};
        case ERROR_ACCESS_DENIED:
        case ERROR_WRITE_PROTECT:
        case ERROR_NETWORK_ACCESS_DENIED:
            return {Failure::no_rights, {}};
        case ERROR_FILE_NOT_FOUND:
        case ERROR_PATH_NOT_FOUND:
        case ERROR_INVALID_DRIVE:
        case ERROR_BAD_NETPATH:
            return {Failure::no_folder, {}};
        case ERROR_FILE_EXISTS:
        case ERROR_ALREADY_EXISTS:
            return {Failure::exists, {}};
        default:
            // A sharing violation (another program has the file open) and the rest: Windows' words.
            return {Failure::other, system_text(error)};
    }
}

DWORD write_all(HANDLE file, const std::string& bytes) {
    size_t written = 0;
    while (written < bytes.size()) {
        const DWORD chunk = static_cast<DWORD>(std::min<size_t>(bytes.size() - written, size_t{1} << 30));
        DWORD done = 0;
        if (!WriteFile(file, bytes.data() + written, chunk, &done, nullptr)) return GetLastError();
        written += done;
    }
    return ERROR_SUCCESS;
}

}  // namespace

Result write_durably(const std::filesystem::path& path, const std::string& bytes) {
    HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) return failure_of(GetLastError());
    DWORD err = write_all(file, bytes);
    if (err == ERROR_SUCCESS && !FlushFileBuffers(file)) err = GetLastError();
    if (!CloseHandle(file) && err == ERROR_SUCCESS) err = GetLastError();
    if (err != ERROR_SUCCESS) DeleteFileW(path.c_str());
    return failure_of(err);
}

Result write_into(const std::filesystem::path& path, const std::string& bytes) {
    HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) return failure_of(GetLastError());
    DWORD err = write_all(file, bytes);
    if (!CloseHandle(file) && err == ERROR_SUCCESS) err = GetLastError();
    return failure_of(err);
}

Result replace_with(const std::filesystem::path& temp, const std::filesystem::path& destination) {
    // MOVEFILE_WRITE_THROUGH: the call returns only once the move is on the disk.
    if (!MoveFileExW(temp.c_str(), destination.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        DWORD err = GetLastError();
        DeleteFileW(temp.c_str());
        return failure_of(err);
    }
    return {};
}

Result publish_as_new(const std::filesystem::path& temp, const std::filesystem::path& path) {
    // Without MOVEFILE_REPLACE_EXISTING the move fails when `path` exists (the create-new of a
    // rename), and the new name appears with its whole content at once, never half written.
    DWORD err = MoveFileExW(temp.c_str(), path.c_str(), MOVEFILE_WRITE_THROUGH) ? ERROR_SUCCESS : GetLastError();
    DeleteFileW(temp.c_str());
    return failure_of(err);
}

void remove_quietly(const std::filesystem::path& path) { DeleteFileW(path.c_str()); }

long process_number() { return static_cast<long>(GetCurrentProcessId()); }

}  // namespace tafel::os

namespace tafel::os {

Result append_durably(const std::filesystem::path& path, const std::string& bytes) {
    HANDLE file = CreateFileW(path.c_str(), FILE_APPEND_DATA | GENERIC_WRITE, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) return failure_of(GetLastError());
    LARGE_INTEGER before{};
    DWORD err = GetFileSizeEx(file, &before) ? ERROR_SUCCESS : GetLastError();
    LARGE_INTEGER end{};
    if (err == ERROR_SUCCESS && !SetFilePointerEx(file, LARGE_INTEGER{}, &end, FILE_END)) err = GetLastError();
    if (err == ERROR_SUCCESS) err = write_all(file, bytes);
    if (err == ERROR_SUCCESS && !FlushFileBuffers(file)) err = GetLastError();
    if (err != ERROR_SUCCESS && before.QuadPart > 0) {
        // A record written half is cut off again, so the journal ends on a whole record.
        if (SetFilePointerEx(file, before, nullptr, FILE_BEGIN) && SetEndOfFile(file)) FlushFileBuffers(file);
    }
    if (!CloseHandle(file) && err == ERROR_SUCCESS) err = GetLastError();
    return failure_of(err);
}

Result move_as_new(const std::filesystem::path& from, const std::filesystem::path& to) {
    // Without MOVEFILE_REPLACE_EXISTING the move refuses a name that is taken.
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_WRITE_THROUGH)) return failure_of(GetLastError());
    return {};
}

std::filesystem::path config_dir() {
    if (std::filesystem::path dir = environment_path("TAFEL_CONFIG_DIR"); !dir.empty()) return dir;
    if (std::filesystem::path appdata = environment_path("APPDATA"); !appdata.empty()) return appdata / "Tafelgesprek";
    return {};
}

}  // namespace tafel::os
