#include "ui/shell/targets.hpp"

#include <algorithm>

namespace tafel {
namespace {

constexpr float kSlackPx = 1.0f;  // rounding of positions, not a fault

// Things a finger taps; fields, cards, layers and text may lie on or under one another.
bool tappable(const std::string& name) {
    return name.rfind("button:", 0) == 0 || name.rfind("option:", 0) == 0 || name.rfind("key:", 0) == 0 ||
           name.rfind("kaartactie:", 0) == 0;
}

bool overlap(const ScreenRect& a, const ScreenRect& b) {
    return std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > kSlackPx &&
           std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > kSlackPx;
}

}  // namespace

std::vector<std::string> fit_problems(const Targets& targets, float w, float h) {
    std::vector<std::string> problems;
    for (const std::string& name : targets.cut()) problems.push_back(name + " valt deels weg");
    const std::vector<std::string>& names = targets.names();
    for (const std::string& name : names) {
        const ScreenRect& r = *targets.find(name);
        if (r.x0 < -kSlackPx || r.y0 < -kSlackPx || r.x1 > w + kSlackPx || r.y1 > h + kSlackPx)
            problems.push_back(name + " valt buiten het scherm");
    }
    for (size_t i = 0; i < names.size(); ++i) {
        if (!tappable(names[i])) continue;
        for (size_t j = i + 1; j < names.size(); ++j) {
            const std::uintptr_t a = targets.layer(names[i]), b = targets.layer(names[j]);
            if (tappable(names[j]) && (a == b || a == Targets::kOverAll || b == Targets::kOverAll) &&
                overlap(*targets.find(names[i]), *targets.find(names[j])))
                problems.push_back(names[i] + " ligt over " + names[j]);
        }
    }
    return problems;
}

}  // namespace tafel
