#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "platform/os/session_lock.hpp"

namespace tafel::os {
namespace {

// The lock lives on a small file beside the session (.NAME.lock): the session file itself is
// replaced by a rename now and then, and a lock on the old file would not stop anyone.
std::filesystem::path lock_path_for(const std::filesystem::path& file) {
    std::filesystem::path dir = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
    return dir / ("." + file.filename().string() + ".lock");
}

}  // namespace


SessionLock SessionLock::try_hold(const std::filesystem::path& file) {
    SessionLock lock;
    const std::filesystem::path path = lock_path_for(file);
    // The holder removes the lock file when it lets go; a process that locked the removed file
    // holds nothing, so it checks that the file it locked is still the one under that name.
    for (int attempt = 0; attempt < 5; ++attempt) {
        int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) return lock;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            lock.elsewhere_ = errno == EWOULDBLOCK;
            ::close(fd);
            return lock;
        }
        struct stat opened {
        }, named{};
        if (::fstat(fd, &opened) == 0 && ::stat(path.c_str(), &named) == 0 && opened.st_ino == named.st_ino &&
            opened.st_dev == named.st_dev) {
            lock.handle_ = fd;
            lock.lock_path_ = path;
            return lock;
        }
        ::close(fd);
    }
    return lock;
}

void SessionLock::release() {
    if (handle_ < 0) return;
    // Remove the name while still holding the lock, so nobody locks a file about to vanish.
    ::unlink(lock_path_.c_str());
    ::close(static_cast<int>(handle_));
    handle_ = -1;
}

}  // namespace tafel::os
