// What both platforms' session locks share: moving a hold, and letting go when it ends.
#include <utility>

#include "platform/os/session_lock.hpp"

namespace tafel::os {

SessionLock::SessionLock(SessionLock&& other) noexcept
    : handle_(std::exchange(other.handle_, -1)),
      elsewhere_(other.elsewhere_),
      lock_path_(std::move(other.lock_path_)) {}

SessionLock& SessionLock::operator=(SessionLock&& other) noexcept {
    if (this != &other) {
        release();
        handle_ = std::exchange(other.handle_, -1);
        elsewhere_ = other.elsewhere_;
        lock_path_ = std::move(other.lock_path_);
    }
    return *this;
}

SessionLock::~SessionLock() { release(); }

}  // namespace tafel::os
