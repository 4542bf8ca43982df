#pragma once
// One writer per session: a hold on a file that only one process can have at a time. The
// operating system lets go when the process ends in any way (a crash, kill -9, a power cut), so
// a hold is never left stuck. One implementation per platform (session_lock_posix.cpp, …).
#include <filesystem>

namespace tafel::os {

class SessionLock {
public:
    SessionLock() = default;
    SessionLock(SessionLock&& other) noexcept;
    SessionLock& operator=(SessionLock&& other) noexcept;
    SessionLock(const SessionLock&) = delete;
    SessionLock& operator=(const SessionLock&) = delete;
    ~SessionLock();

    // Tries to hold `file` for this process without waiting. held() says whether it worked;
    // held_elsewhere() says that another process holds it (otherwise no lock could be made at
    // all, for instance in a folder without write rights, where nobody can save anyway).
    static SessionLock try_hold(const std::filesystem::path& file);
    bool held() const { return handle_ >= 0; }
    bool held_elsewhere() const { return elsewhere_; }
    void release();

private:
    long long handle_ = -1;  // the OS's handle of the lock, -1 when nothing is held
    bool elsewhere_ = false;
    std::filesystem::path lock_path_;
};

}  // namespace tafel::os
