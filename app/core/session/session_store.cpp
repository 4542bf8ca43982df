#include "core/session/session_store.hpp"

#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"

namespace tafel {

SessionStore::SessionStore(Session session, std::filesystem::path path)
    : session_(std::move(session)), path_(std::move(path)) {}

Outcome SessionStore::record(Payload payload, Seat seat) {
    Event event;
    event.at_ms = now_ms();
    event.seat = seat;
    event.payload = std::move(payload);
    if (Outcome recorded = session_.record(event); recorded.refused()) return recorded;
    save_now();
    return {};
}

bool SessionStore::save_now() {
    try {
        save_session(session_, path_);
        save_error_.clear();
        return true;
    } catch (const UserError& e) {
        save_error_ = e.what();
        return false;
    }
}

}  // namespace tafel
