// File operations on Linux and other POSIX systems: fsync, rename(2), link(2).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "platform/os/file_ops.hpp"

namespace tafel::os {
namespace {

// errno as the core words it: a full quota is a full disk.
int error_now() { return errno == EDQUOT ? ENOSPC : errno; }

int write_all(int fd, const std::string& bytes) {
    size_t written = 0;
    while (written < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            return error_now();
        }
        written += static_cast<size_t>(n);
    }
    return 0;
}

void sync_folder_of(const std::filesystem::path& path) {
    std::filesystem::path dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

int write_file_durably(const std::filesystem::path& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return error_now();
    int err = write_all(fd, bytes);
    if (err == 0 && ::fsync(fd) != 0) err = error_now();
    if (::close(fd) != 0 && err == 0) err = error_now();
    if (err != 0) ::unlink(path.c_str());
    return err;
}

int write_into_existing(const std::filesystem::path& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return error_now();
    int err = write_all(fd, bytes);
    if (::close(fd) != 0 && err == 0) err = error_now();
    return err;
}

int replace_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) return error_now();
    sync_folder_of(to);
    return 0;
}

int move_to_free_name(const std::filesystem::path& from, const std::filesystem::path& to) {
    // link() refuses an existing name: a new file never overwrites another, even in a race.
    if (::link(from.c_str(), to.c_str()) != 0) return error_now();
    ::unlink(from.c_str());
    sync_folder_of(to);
    return 0;
}

void remove_file(const std::filesystem::path& path) { ::unlink(path.c_str()); }

long process_id() { return static_cast<long>(::getpid()); }

}  // namespace tafel::os
