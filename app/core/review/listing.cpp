#include "core/review/listing.hpp"

#include <algorithm>
#include <ctime>

#include "core/session/session_file.hpp"
#include "core/session/session_paths.hpp"
#include "core/session/user_error.hpp"

namespace tafel {

std::string progress_nl(const Session& session) {
    const SessionState& s = session.state();
    if (session.events().empty()) return "nog niet begonnen";
    if (session.meta().kind == kKindEffectenarena) {
        const EffectenarenaState& a = s.effectenarena;
        return "stap " + std::to_string(a.current_step + 1) + " van " + std::to_string(a.steps.size());
    }
    const RondomJongState& rj = s.rondomjong;
    auto at = std::find(rj.layer_order.begin(), rj.layer_order.end(), rj.current_layer);
    const long layer = at == rj.layer_order.end() ? 1 : (at - rj.layer_order.begin()) + 1;
    return "laag " + std::to_string(layer) + " van " + std::to_string(rj.layer_order.size()) + ", stap " +
           std::to_string(rj.current_step);
}

std::string local_time_nl(std::int64_t at_ms) {
    std::time_t t = static_cast<std::time_t>(at_ms / 1000);
    std::tm local{};
    localtime_r(&t, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%d-%m-%Y %H:%M", &local);
    return buffer;
}

std::vector<SessionRow> list_session_rows(const std::filesystem::path& dir) {
    std::vector<SessionRow> rows;
    for (SessionListing& listing : list_sessions(dir)) {
        SessionRow row{listing.path, listing.meta, {}, {}, listing.problem};
        if (!row.problem.empty()) {
            rows.push_back(std::move(row));
            continue;
        }
        try {
            Session session = load_session(listing.path);
            row.meta = session.meta();
            row.progress = progress_nl(session);
            const auto& events = session.events();
            row.last_change = local_time_nl(events.empty() ? session.meta().created_at_ms : events.back().at_ms);
        } catch (const UserError& e) {
            row.problem = e.what();
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace tafel
