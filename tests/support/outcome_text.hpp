#pragma once
// For assertions on an Outcome: the reason of a refusal, "" when it was done, so that a failing
// test prints the reason.
#include <string>

#include "core/session/outcome.hpp"

namespace tafel::test {
inline std::string why(const Outcome& outcome) { return outcome.done() ? std::string() : outcome.why(); }
}  // namespace tafel::test
