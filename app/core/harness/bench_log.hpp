#pragma once
// Measurements of the log for `bench`: what saving one more event costs on disk, and what one
// step forward in review costs (the real step: ReviewCursor, as the review screens use it).
#include <filesystem>

#include "core/session/session.hpp"

namespace tafel {

// Median ms to record one event and have it on disk (serialised, appended, flushed) in the
// session file `file` (which it changes: give it a copy).
double measure_save_ms(const std::filesystem::path& file);

// Median ms of one step forward in review (state and the list of recent events) at random
// positions of `session`.
double measure_review_step_ms(const Session& session);

}  // namespace tafel
