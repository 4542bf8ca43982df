#include "core/harness/bench_log.hpp"

#include <stdexcept>
#include <algorithm>
#include <chrono>
#include <random>
#include <vector>

#include "core/session/replay.hpp"
#include "core/session/session_file.hpp"
#include "core/session/session_store.hpp"

namespace tafel {
namespace {

double now_ms_steady() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

double measure_save_ms(const std::filesystem::path& path) {
    SessionStore store(load_session(path), path);
    auto record = [&](Payload payload) {
        Outcome recorded = store.record(std::move(payload), Seat::bottom);
        if (recorded.refused()) throw std::logic_error("bench save: " + recorded.why());
    };
    // The first event after opening writes the whole file once; the ones after are timed.
    record(NoteSet{"basis", 1, "opening"});
    store.flush();
    std::vector<double> times;
    for (int i = 0; i < 40; ++i) {
        const double t0 = now_ms_steady();
        record(NoteSet{"basis", 1 + i % 5, "notitie " + std::to_string(i)});
        store.flush();
        times.push_back(now_ms_steady() - t0);
    }
    return median(times);
}

double measure_review_step_ms(const Session& session) {
    std::mt19937 random(17);
    std::vector<double> times;
    ReviewCursor cursor(8);
    const size_t n = session.events().size();
    for (int i = 0; i < 60 && n > 0; ++i) {
        const size_t at = random() % n;
        cursor.go_to(session, at);  // a jump: not timed
        const double t0 = now_ms_steady();
        cursor.go_to(session, at + 1);
        times.push_back(now_ms_steady() - t0);
    }
    return median(times);
}

}  // namespace tafel
