#pragma once
// A large Rondom Jong meeting for measurements: all printed cards and `blank_cards` blank
// cards on the board, `action_cards` filled action cards, and moves, notes and steps up to
// `event_count` events. Deterministic (fixed seed).
#include "core/session/session.hpp"

namespace tafel {

Session build_bench_session(const Content& content, int blank_cards = 75, int action_cards = 60,
                            int event_count = 10000);

}  // namespace tafel
