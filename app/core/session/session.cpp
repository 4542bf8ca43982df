#include "core/session/session.hpp"

#include <chrono>
#include <ctime>

#include "core/session/user_error.hpp"

namespace tafel {

std::string kind_name_nl(const std::string& kind) {
    if (kind == kKindRondomJong) return "Rondom Jong";
    if (kind == kKindEffectenarena) return "Effectenarena";
    return kind;
}

Session::Session(SessionMeta meta, Content content, std::vector<Event> events)
    : meta_(std::move(meta)), content_(std::move(content)), events_(std::move(events)) {
    state_ = fold(content_, events_, events_.size());
    refresh_meta();
}

SessionMeta meta_with_details(const SessionMeta& meta, const SessionState& state) {
    SessionMeta shown = meta;
    const SessionDetails& d = state.details;
    if (!d.set) return shown;
    if (!d.title.empty()) shown.title = d.title;
    shown.school = d.school;
    if (!d.date.empty()) shown.date = d.date;
    shown.facilitator = d.facilitator;
    return shown;
}

void Session::refresh_meta() { shown_meta_ = meta_with_details(meta_, state_); }

std::string Session::record(const Event& event) {
    const Payload& p = event.payload;
    if (std::holds_alternative<Undo>(p) || std::holds_alternative<Redo>(p)) {
        const bool undo = std::holds_alternative<Undo>(p);
        if (undo && !state_.can_undo()) return "er is niets om ongedaan te maken";
        if (!undo && !state_.can_redo()) return "er is niets om opnieuw te doen";
        // Undoing a change can pull the ground from under a later step that is never undone
        // (a step change to a programme step that the undo removes): then the undo is refused,
        // so the log always folds.
        events_.push_back(event);
        try {
            state_ = fold(content_, events_, events_.size());
        } catch (const UserError&) {
            events_.pop_back();
            return std::string(undo ? "dit kan niet meer ongedaan worden gemaakt"
                                    : "dit kan niet opnieuw worden gedaan") +
                   ", omdat wat daarna gebeurde erop verder bouwt";
        }
        refresh_meta();
        return {};
    }
    // Apply to a copy first, so a refused event leaves the state untouched.
    SessionState next = state_;
    std::string problem = apply_event(content_, p, next, event.at_ms);
    if (!problem.empty()) return problem;
    events_.push_back(event);
    if (is_undoable(p)) {
        next.applied.push_back(events_.size() - 1);
        next.undone.clear();
    }
    if (std::holds_alternative<FollowUpStarted>(p)) {
        // As in fold(): the meeting before a follow-up is sealed against undo.
        next.applied.clear();
        next.undone.clear();
    }
    state_ = std::move(next);
    refresh_meta();
    return {};
}

SessionState Session::state_at(size_t count) const { return fold(content_, events_, count); }

std::int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string today_dd_mm_yyyy() {
    std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%d-%m-%Y", &local);
    return buffer;
}

}  // namespace tafel
