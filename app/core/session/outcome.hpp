#pragma once
// The outcome of something that may be refused: done, or the reason it was refused as part of a
// Dutch sentence ("er is niets om ongedaan te maken"). Returned instead of a string where ""
// meant success, so a caller cannot ignore a refusal by accident.
#include <string>
#include <utility>

namespace tafel {

class [[nodiscard]] Outcome {
public:
    Outcome() = default;  // done
    // A reason refuses: `return "een lege notitie";` reads as the refusal it is.
    Outcome(const char* why) : why_(why && *why ? why : "de reden is onbekend") {}
    Outcome(std::string why) : why_(why.empty() ? "de reden is onbekend" : std::move(why)) {}

    bool done() const { return why_.empty(); }
    bool refused() const { return !why_.empty(); }
    const std::string& why() const { return why_; }

private:
    std::string why_;
};

}  // namespace tafel
