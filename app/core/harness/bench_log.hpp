#pragma once
// Measurements of the log for `bench`: what saving one more event costs on disk, and what one
// step forward in review costs (the real step: ReviewCursor, as the review screens use it).
#include <filesystem>

#include "core/session/session.hpp"

namespace tafel {

// Median ms to record one event and have it on disk (serialised, appended, flushed), in a
// session file that holds the first `events` events of `meeting`. Uses a file in `dir`.
double measure_save_ms(const Session& meeting, size_t events, const std::filesystem::path& dir);

// Median ms of one step forward in review (state and the list of recent events) at random
// positions of `session`.
double measure_review_step_ms(const Session& session);

}  // namespace tafel
