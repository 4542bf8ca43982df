// One writer per session on Windows: the lock is a small file beside the session, opened with no
// sharing at all, so a second process cannot open it (ERROR_SHARING_VIOLATION). Windows closes
// the handle when the process ends in any way, and FILE_FLAG_DELETE_ON_CLOSE removes the file
// then, so a hold is never left stuck.
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>


#include "platform/os/session_lock.hpp"

namespace tafel::os {
namespace {

std::filesystem::path lock_path_for(const std::filesystem::path& file) {
    std::filesystem::path dir = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
    return dir / (L"." + file.filename().wstring() + L".lock");
}

}  // namespace


SessionLock SessionLock::try_hold(const std::filesystem::path& file) {
    SessionLock lock;
    const std::filesystem::path path = lock_path_for(file);
    HANDLE h = CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_ALWAYS,
                           FILE_ATTRIBUTE_HIDDEN | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD error = GetLastError();
        lock.elsewhere_ = error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION;
        return lock;
    }
    lock.handle_ = reinterpret_cast<long long>(h);
    lock.lock_path_ = path;
    return lock;
}

void SessionLock::release() {
    if (handle_ < 0) return;
    CloseHandle(reinterpret_cast<HANDLE>(handle_));  // deletes the lock file (delete on close)
    handle_ = -1;
}

}  // namespace tafel::os
