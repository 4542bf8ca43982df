#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "platform/os/files.hpp"

namespace tafel::os {
namespace {

Result failure_of(int error_number) {
    switch (error_number) {
        case 0:
            return {};
        case ENOSPC:
        case EDQUOT:
            return {Failure::disk_full, {}};
        case EFBIG:
            return {Failure::too_large, {}};
        case EACCES:
        case EPERM:
        case EROFS:
            return {Failure::no_rights, {}};
        case ENOENT:
            return {Failure::no_folder, {}};
        case EEXIST:
            return {Failure::exists, {}};
        default:
            return {Failure::other, std::strerror(error_number)};
    }
}

int write_all(int fd, const std::string& bytes) {
    size_t written = 0;
    while (written < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        written += static_cast<size_t>(n);
    }
    return 0;
}

std::filesystem::path folder_of(const std::filesystem::path& path) {
    return path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
}

// A rename or a new name is only durable once the folder that holds it is flushed too.
void sync_folder_of(const std::filesystem::path& path) {
    int fd = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

Result write_durably(const std::filesystem::path& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return failure_of(errno);
    int err = write_all(fd, bytes);
    if (err == 0 && ::fsync(fd) != 0) err = errno;
    if (::close(fd) != 0 && err == 0) err = errno;
    if (err != 0) ::unlink(path.c_str());
    return failure_of(err);
}

Result append_durably(const std::filesystem::path& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0) return failure_of(errno);
    struct stat before {};
    int err = ::fstat(fd, &before) != 0 ? errno : 0;
    if (err == 0) err = write_all(fd, bytes);
    if (err == 0 && ::fdatasync(fd) != 0) err = errno;
    if (err != 0 && before.st_size > 0) {
        if (::ftruncate(fd, before.st_size) == 0) ::fdatasync(fd);
    }
    if (::close(fd) != 0 && err == 0) err = errno;
    return failure_of(err);
}

Result write_into(const std::filesystem::path& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return failure_of(errno);
    int err = write_all(fd, bytes);
    if (::close(fd) != 0 && err == 0) err = errno;
    return failure_of(err);
}

Result replace_with(const std::filesystem::path& temp, const std::filesystem::path& destination) {
    if (::rename(temp.c_str(), destination.c_str()) != 0) {
        int err = errno;
        ::unlink(temp.c_str());
        return failure_of(err);
    }
    sync_folder_of(destination);
    return {};
}

Result publish_as_new(const std::filesystem::path& temp, const std::filesystem::path& path) {
    // link() refuses an existing name, so a new file never replaces one, even in a race.
    int err = ::link(temp.c_str(), path.c_str()) != 0 ? errno : 0;
    if (err == EMLINK || err == EPERM || err == ENOSYS || err == EOPNOTSUPP) {
        // A file system without hard links (the browser's storage, a FAT stick): claim the name
        // with O_EXCL, which refuses an existing file too, then move the whole file over the claim.
        int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        err = fd < 0 ? errno : 0;
        if (fd >= 0) {
            ::close(fd);
            err = ::rename(temp.c_str(), path.c_str()) != 0 ? errno : 0;
            if (err != 0) ::unlink(path.c_str());
        }
    }
    ::unlink(temp.c_str());
    if (err == 0) sync_folder_of(path);
    return failure_of(err);
}

Result move_as_new(const std::filesystem::path& from, const std::filesystem::path& to) {
    // link() refuses an existing name; only once the new name holds the file does the old one go.
    if (::link(from.c_str(), to.c_str()) != 0) return failure_of(errno);
    if (::unlink(from.c_str()) != 0) {
        int err = errno;
        ::unlink(to.c_str());
        return failure_of(err);
    }
    sync_folder_of(to);
    sync_folder_of(from);
    return {};
}

void remove_quietly(const std::filesystem::path& path) { ::unlink(path.c_str()); }

long process_number() { return static_cast<long>(::getpid()); }

std::filesystem::path config_dir() {
    auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value && *value ? value : nullptr;
    };
    if (const char* dir = set("TAFEL_CONFIG_DIR")) return dir;
    if (const char* xdg = set("XDG_CONFIG_HOME")) return std::filesystem::path(xdg) / "tafelgesprek";
    if (const char* home = set("HOME")) return std::filesystem::path(home) / ".config" / "tafelgesprek";
    return {};
}

}  // namespace tafel::os
