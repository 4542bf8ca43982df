#pragma once
// The kinds of a programme step, named. The file format keeps its words ("plenair",
// "breakout", "pauze"); code compares these names instead of strings.
#include <string>

#include "core/session/content.hpp"

namespace tafel {

enum class StepKind { plenair, breakout, pauze, unknown };

inline StepKind step_kind_of(const std::string& word) {
    if (word == "plenair") return StepKind::plenair;
    if (word == "breakout") return StepKind::breakout;
    if (word == "pauze") return StepKind::pauze;
    return StepKind::unknown;
}
inline StepKind step_kind(const ProgrammeStep& step) { return step_kind_of(step.kind); }

// The word in programme.json and the session file.
inline const char* step_kind_word(StepKind kind) {
    switch (kind) {
        case StepKind::plenair:
            return "plenair";
        case StepKind::breakout:
            return "breakout";
        case StepKind::pauze:
            return "pauze";
        default:
            return "";
    }
}

// How the screen and the report name it: "plenair", "break-out", "pauze".
inline const char* step_kind_label(StepKind kind) {
    return kind == StepKind::breakout ? "break-out" : step_kind_word(kind);
}

// The kinds a host can choose, in the order the preparation offers them.
inline constexpr StepKind kStepKinds[] = {StepKind::plenair, StepKind::breakout, StepKind::pauze};

}  // namespace tafel
