// File operations on Windows: FlushFileBuffers, MoveFileExW with write-through, and a move that
// refuses an existing name instead of link(). Paths go to the wide (UTF-16) API, so any letter works.
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <algorithm>
#include <cerrno>

#include "platform/os/file_ops.hpp"

namespace tafel::os {
namespace {

// Windows' error codes as the errno values the core words its sentences for.
int errno_of(DWORD error) {
    switch (error) {
        case ERROR_DISK_FULL:
        case ERROR_HANDLE_DISK_FULL: return ENOSPC;
        case ERROR_FILE_TOO_LARGE: return EFBIG;
        case ERROR_ACCESS_DENIED:
        case ERROR_SHARING_VIOLATION:
        case ERROR_LOCK_VIOLATION:
        case ERROR_NETWORK_ACCESS_DENIED: return EACCES;
        case ERROR_WRITE_PROTECT: return EROFS;
        case ERROR_FILE_NOT_FOUND:
        case ERROR_PATH_NOT_FOUND:
        case ERROR_INVALID_DRIVE:
        case ERROR_BAD_NETPATH: return ENOENT;
        case ERROR_FILE_EXISTS:
        case ERROR_ALREADY_EXISTS: return EEXIST;
        case ERROR_INVALID_NAME:
        case ERROR_BAD_PATHNAME:
        case ERROR_DIRECTORY: return EINVAL;
        case ERROR_NOT_ENOUGH_MEMORY:
        case ERROR_OUTOFMEMORY: return ENOMEM;
        default: return EIO;
    }
}

int write_all(HANDLE file, const std::string& bytes) {
    size_t written = 0;
    while (written < bytes.size()) {
        const DWORD chunk = static_cast<DWORD>(std::min<size_t>(bytes.size() - written, 1u << 30));
        DWORD done = 0;
        if (!WriteFile(file, bytes.data() + written, chunk, &done, nullptr)) return errno_of(GetLastError());
        written += done;
    }
    return 0;
}

}  // namespace

int write_file_durably(const std::filesystem::path& path, const std::string& bytes) {
    HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) return errno_of(GetLastError());
    int err = write_all(file, bytes);
    if (err == 0 && !FlushFileBuffers(file)) err = errno_of(GetLastError());
    if (!CloseHandle(file) && err == 0) err = errno_of(GetLastError());
    if (err != 0) DeleteFileW(path.c_str());
    return err;
}

int write_into_existing(const std::filesystem::path& path, const std::string& bytes) {
    HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) return errno_of(GetLastError());
    int err = write_all(file, bytes);
    if (!CloseHandle(file) && err == 0) err = errno_of(GetLastError());
    return err;
}

int replace_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    // MOVEFILE_WRITE_THROUGH: the call returns only when the move is on the disk.
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        return errno_of(GetLastError());
    }
    return 0;
}

int move_to_free_name(const std::filesystem::path& from, const std::filesystem::path& to) {
    // Without MOVEFILE_REPLACE_EXISTING the move fails when `to` exists: the create-new of a
    // rename, so the new name appears with its whole content at once, never half written.
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_WRITE_THROUGH)) return errno_of(GetLastError());
    return 0;
}

void remove_file(const std::filesystem::path& path) { DeleteFileW(path.c_str()); }

long process_id() { return static_cast<long>(GetCurrentProcessId()); }

}  // namespace tafel::os
