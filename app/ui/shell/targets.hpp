#pragma once
// Named places on screen (card:MENTOR, layer:basis, button:Volgende stap…), recorded anew
// every frame from the real layout. The play harness aims its fingers at them, so a script
// taps exactly where a person would. docs/targets.md lists every name.
#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace tafel {

struct ScreenRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool contains(float x, float y) const { return x >= x0 && x < x1 && y >= y0 && y < y1; }
    float cx() const { return (x0 + x1) * 0.5f; }
    float cy() const { return (y0 + y1) * 0.5f; }
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
    // The rectangle with these two corners, whichever way round they are.
    static ScreenRect spanning(float ax, float ay, float bx, float by) {
        return {std::min(ax, bx), std::min(ay, by), std::max(ax, bx), std::max(ay, by)};
    }
};

class Targets {
public:
    void clear() {
        rects_.clear();
        layers_.clear();
        order_.clear();
        cut_.clear();
    }
    // A target (or its label) that runs off its panel where that panel cannot scroll, or off the
    // screen: part of it cannot be read or touched. Kept even when nothing of it is in sight.
    void add_cut(const std::string& name) { cut_.push_back(name); }
    const std::vector<std::string>& cut() const { return cut_; }
    // A second target of the same name becomes NAME#2, a third NAME#3 (cards with one name).
    // `layer`: 0 for the screen itself, else the sheet that holds the target (sheets lie over the
    // screen and over one another by design, so only targets of one layer must keep apart), or
    // kOverAll for a panel over everything (the size setting): nothing may lie on its targets.
    static constexpr std::uintptr_t kOverAll = UINTPTR_MAX;
    void add(const std::string& name, const ScreenRect& rect, std::uintptr_t layer = 0) {
        std::string key = name;
        for (int copy = 2; rects_.count(key); ++copy) key = name + "#" + std::to_string(copy);
        rects_[key] = rect;
        layers_[key] = layer;
        order_.push_back(key);
    }
    std::uintptr_t layer(const std::string& name) const {
        auto it = layers_.find(name);
        return it == layers_.end() ? 0 : it->second;
    }
    // Takes away the targets a sheet now lies over: what a finger cannot reach is no target.
    template <class Covers> void remove_covered(Covers covers) {
        std::vector<std::string> kept;
        for (const std::string& name : order_) {
            const ScreenRect& r = rects_[name];
            if (covers(r.cx(), r.cy())) {
                rects_.erase(name);
            } else {
                kept.push_back(name);
            }
        }
        order_.swap(kept);
    }
    const ScreenRect* find(const std::string& name) const {
        auto it = rects_.find(name);
        return it == rects_.end() ? nullptr : &it->second;
    }
    const std::vector<std::string>& names() const { return order_; }

private:
    std::unordered_map<std::string, ScreenRect> rects_;
    std::unordered_map<std::string, std::uintptr_t> layers_;
    std::vector<std::string> order_;
    std::vector<std::string> cut_;
};

// What keeps this frame from holding in a window of w x h pixels: targets cut off or outside the
// window, and buttons lying over one another so that a finger cannot tell them apart. Empty: it holds.
std::vector<std::string> fit_problems(const Targets& targets, float w, float h);

}  // namespace tafel
