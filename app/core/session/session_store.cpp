#include "core/session/session_store.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "core/session/session_file.hpp"
#include "core/session/session_journal.hpp"
#include "core/session/user_error.hpp"

#include "platform/os/threads.hpp"

namespace tafel {

// Does the disk work in order, on its own thread. A failed write makes it skip the appends that
// follow (they would leave a gap) until a whole file is written again.
class SessionStore::Writer {
public:
    explicit Writer(std::filesystem::path path) : path_(std::move(path)) {}
    ~Writer() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        if (thread_.joinable()) thread_.join();
    }

    void push(bool whole, std::string bytes) {
        if (whole) needs_whole_ = false;
        if (!os::background_threads_available()) {  // the browser: written now, in this frame
            Job job{whole, std::move(bytes)};
            std::string problem = write(job);
            std::lock_guard lock(mutex_);
            if (job.whole || !skipping_) error_ = problem;
            return;
        }
        {
            std::lock_guard lock(mutex_);
            jobs_.push_back({whole, std::move(bytes)});
            if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
        }
        wake_.notify_all();
    }
    void wait_idle() {
        std::unique_lock lock(mutex_);
        idle_.wait(lock, [this] { return jobs_.empty() && !busy_; });
    }
    bool needs_whole() const { return needs_whole_; }
    std::string error() const {
        std::lock_guard lock(mutex_);
        return error_;
    }

private:
    struct Job {
        bool whole;
        std::string bytes;
    };

    void run() {
        std::unique_lock lock(mutex_);
        for (;;) {
            wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (jobs_.empty()) return;  // stopping, and everything is written
            Job job = std::move(jobs_.front());
            jobs_.pop_front();
            busy_ = true;
            lock.unlock();
            std::string problem = write(job);
            lock.lock();
            busy_ = false;
            if (job.whole || !skipping_) error_ = problem;
            if (jobs_.empty()) idle_.notify_all();
        }
    }

    std::string write(const Job& job) {
        if (!job.whole && skipping_) return {};
        try {
            if (job.whole) {
                write_file_atomically(path_, job.bytes);
            } else {
                append_to_session_file(path_, job.bytes);
            }
            skipping_ = false;
            return {};
        } catch (const UserError& e) {
            skipping_ = true;
            needs_whole_ = true;
            return e.what();
        }
    }

    std::filesystem::path path_;
    mutable std::mutex mutex_;
    std::condition_variable wake_, idle_;
    std::deque<Job> jobs_;
    bool busy_ = false, stopping_ = false, skipping_ = false;
    std::atomic<bool> needs_whole_{true};  // the first save after opening writes the whole file
    std::string error_;
    std::thread thread_;
};

SessionStore::SessionStore(Session session, std::filesystem::path path)
    : session_(std::move(session)), path_(std::move(path)), writer_(std::make_unique<Writer>(path_)) {}

SessionStore::~SessionStore() {
    flush();
    writer_.reset();
}

bool SessionStore::hold_for_writing() {
    if (lock_.held()) return true;
    lock_ = os::SessionLock::try_hold(path_);
    if (lock_.held_elsewhere()) {
        read_only_reason_ =
            "deze sessie is al geopend in een ander venster of programma; sluit dat venster om hier "
            "verder te werken";
        return false;
    }
    read_only_reason_.clear();
    return true;
}

Outcome SessionStore::record(Payload payload, Seat seat) {
    if (read_only()) return read_only_reason_;
    Event event;
    event.at_ms = now_ms();
    event.seat = seat;
    event.payload = std::move(payload);
    if (Outcome recorded = session_.record(event); recorded.refused()) return recorded;
    dirty_ = true;
    if (writer_->needs_whole()) {
        writer_->push(true, session_to_json(session_));
    } else {
        writer_->push(false, journal_record(session_.events().back()));
    }
    return {};
}

std::string SessionStore::save_error() const { return writer_->error(); }

bool SessionStore::save_now() {
    if (read_only()) return false;  // the other window holds the file: never overwrite its work
    writer_->push(true, session_to_json(session_));
    writer_->wait_idle();
    return writer_->error().empty();
}

void SessionStore::flush() {
    writer_->wait_idle();
    // A failed append leaves later events only in memory: one more whole save gets them all.
    if (dirty_ && writer_->needs_whole() && !read_only()) {
        writer_->push(true, session_to_json(session_));
        writer_->wait_idle();
    }
}

}  // namespace tafel
