#pragma once
// Named places on screen (card:MENTOR, layer:basis, button:Volgende stap…), recorded anew
// every frame from the real layout. The play harness aims its fingers at them, so a script
// taps exactly where a person would. docs/targets.md lists every name.
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
};

class Targets {
public:
    void clear() {
        rects_.clear();
        order_.clear();
    }
    // A second target of the same name becomes NAME#2, a third NAME#3 (cards with one name).
    void add(const std::string& name, const ScreenRect& rect) {
        std::string key = name;
        for (int copy = 2; rects_.count(key); ++copy) key = name + "#" + std::to_string(copy);
        rects_[key] = rect;
        order_.push_back(key);
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
    std::vector<std::string> order_;
};

}  // namespace tafel
