#include "core/session/session.hpp"

#include <chrono>
#include <algorithm>
#include <ctime>

#include "core/session/user_error.hpp"

namespace tafel {

std::string kind_name_nl(const std::string& kind) {
    if (kind == kKindRondomJong) return "Rondom Jong";
    if (kind == kKindEffectenarena) return "Effectenarena";
    return kind;
}

EventMethod method_of_session(const std::string& kind) {
    if (kind == kKindRondomJong) return EventMethod::rondomjong;
    if (kind == kKindEffectenarena) return EventMethod::effectenarena;
    return EventMethod::any;
}

Session::Session(SessionMeta meta, Content content, std::vector<Event> events)
    : meta_(std::move(meta)), content_(std::move(content)), events_(std::move(events)) {
    for (size_t i = 0; i < events_.size(); ++i) {
        if (Outcome fits = fits_method(events_[i].payload); fits.refused()) {
            throw UserError("gebeurtenis " + std::to_string(i + 1) + " (" + events_[i].kind() + ") " + fits.why());
        }
    }
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

Outcome Session::fits_method(const Payload& payload) const {
    const EventMethod method = traits_of(payload).method;
    if (method == EventMethod::any || method == method_of_session(meta_.kind)) return {};
    return std::string("hoort bij ") + method_name_nl(method) + " en niet bij een " + kind_name_nl(meta_.kind) +
           "-sessie";
}

Outcome Session::may_undo(Seat side) const {
    const size_t change = latest_of_side(state_.applied, events_, side);
    if (change == kNoChange) {
        return side == Seat::unknown
                   ? std::string("er is niets om ongedaan te maken")
                   : std::string("er is aan de ") + seat_name_nl(side) + " niets om ongedaan te maken";
    }
    return stays_after_the_start(change, "ongedaan worden gemaakt");
}

Outcome Session::may_redo(Seat side) const {
    const size_t change = latest_of_side(state_.undone, events_, side);
    if (change == kNoChange) {
        return side == Seat::unknown ? std::string("er is niets om opnieuw te doen")
                                     : std::string("er is aan de ") + seat_name_nl(side) + " niets om opnieuw te doen";
    }
    return stays_after_the_start(change, "opnieuw worden gedaan");
}

size_t Session::history_target(const Payload& request) const {
    if (is_undo_request(request)) return latest_of_side(state_.applied, events_, history_side(request));
    if (is_redo_request(request)) return latest_of_side(state_.undone, events_, history_side(request));
    return kNoChange;
}

// Once an effectenarena has started, its preparation is fixed: undo and redo stop there.
Outcome Session::stays_after_the_start(size_t event_index, const char* done) const {
    const bool preparation = traits_of(events_[event_index].payload).role == EventRole::preparation;
    if (preparation && state_.effectenarena.started) {
        return std::string("de voorbereiding ligt vast sinds de start en kan niet meer ") + done;
    }
    return {};
}

Outcome Session::record(const Event& event) {
    const Payload& p = event.payload;
    if (Outcome fits = fits_method(p); fits.refused()) return "deze gebeurtenis " + fits.why();
    if (traits_of(p).role == EventRole::history) return record_history(event);
    // Apply to a copy first, so a refused event leaves the state untouched.
    SessionState next = state_;
    if (Outcome applied = apply_event(content_, p, next, event.at_ms); applied.refused()) return applied;
    events_.push_back(event);
    if (is_undoable(p)) track_history(events_, events_.size() - 1, next.applied, next.undone);
    if (traits_of(p).role == EventRole::seal) {
        // As in fold(): the meeting before a follow-up is sealed against undo.
        next.applied.clear();
        next.undone.clear();
    }
    state_ = std::move(next);
    refresh_meta();
    return {};
}

namespace {

// The board as people see it: the order of the cards within each layer, not the counter behind it.
RondomJongState as_seen(RondomJongState rj) {
    rj.next_placed_order = 0;
    std::vector<Tile> before = rj.tiles;
    for (Tile& t : rj.tiles) {
        t.placed_order = std::count_if(before.begin(), before.end(), [&](const Tile& o) {
            return o.layer == t.layer && o.placed_order < t.placed_order;
        });
    }
    return rj;
}

bool shows_the_same(const SessionState& a, const SessionState& b) {
    return as_seen(a.rondomjong) == as_seen(b.rondomjong) && a.effectenarena == b.effectenarena &&
           a.details == b.details;
}

}  // namespace

Outcome Session::record_history(const Event& event) {
    const Payload& p = event.payload;
    const bool undo = is_undo_request(p);
    const Seat side = history_side(p);
    const bool for_side = !std::holds_alternative<Undo>(p) && !std::holds_alternative<Redo>(p);
    if (for_side && side == Seat::unknown) return "ongedaan maken of opnieuw doen hoort bij een kant van de tafel";
    if (Outcome allowed = undo ? may_undo(side) : may_redo(side); allowed.refused()) return allowed;
    const std::string named = name_change_nl(history_target(p));
    // Undoing a change can pull the ground from under a later step that is never undone
    // (a step change to a programme step that the undo removes, a card laid from the other
    // side onto a blank card this side made): then it is refused, so the log always folds.
    events_.push_back(event);
    SessionState next;
    try {
        next = fold(content_, events_, events_.size());
    } catch (const UserError&) {
        events_.pop_back();
        if (!for_side) {
            return std::string(undo ? "dit kan niet meer ongedaan worden gemaakt"
                                    : "dit kan niet opnieuw worden gedaan") +
                   ", omdat wat daarna gebeurde erop verder bouwt";
        }
        return named + (undo ? " kan niet meer ongedaan worden gemaakt" : " kan niet opnieuw worden gedaan") +
               ", omdat er daarna aan de tafel op is verder gebouwd";
    }
    // A side's own change that another side changed again since: taking it back would show nothing.
    if (for_side && shows_the_same(next, state_)) {
        events_.pop_back();
        return named + " is daarna aan een andere kant alweer veranderd, dus " +
               (undo ? "ongedaan maken" : "opnieuw doen") + " verandert niets";
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
