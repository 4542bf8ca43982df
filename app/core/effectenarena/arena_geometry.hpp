#pragma once
// Geometry of the arena canvas, shared by the screen and the pdf report: where a line between
// two cards starts and ends (at the cards' edges, not their middles, so a line drawn above the
// cards never seems to leave from a card it only passes), and a column layout whose cards keep
// their size (a full zone scrolls; its text never shrinks).
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/rondomjong/board_layout.hpp"  // Box

namespace tafel {

struct LinePoint {
    float x = 0, y = 0;
};

// Where the straight line from the middle of `from` towards the middle of `to` leaves `from`.
inline LinePoint edge_towards(const Box& from, const Box& to) {
    const float cx = from.x + from.w * 0.5f, cy = from.y + from.h * 0.5f;
    const float dx = to.x + to.w * 0.5f - cx, dy = to.y + to.h * 0.5f - cy;
    if (dx == 0 && dy == 0) return {cx, cy};
    // The smallest factor that takes the middle to a vertical or a horizontal edge.
    const float fx = dx != 0 ? (from.w * 0.5f) / std::fabs(dx) : INFINITY;
    const float fy = dy != 0 ? (from.h * 0.5f) / std::fabs(dy) : INFINITY;
    const float f = std::min(fx, fy);
    return {cx + dx * f, cy + dy * f};
}

// The line between two cards, from edge to edge.
struct CardLine {
    LinePoint a, b;
};
inline CardLine line_between(const Box& from, const Box& to) {
    return {edge_towards(from, to), edge_towards(to, from)};
}

// The width of a card column: as many columns of at least `min_card_w` as fit in `width` (at
// least one, then as wide as the area), spread over the whole width.
inline float column_width(float width, float min_card_w, float gap) {
    const int columns = std::max(1, static_cast<int>((width + gap) / (min_card_w + gap)));
    return std::max(1.0f, (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns));
}

// Cards of the given heights in columns of `column_w` within `width`, each card in the column that
// is shortest so far. Boxes are relative to the area's top left; `height` is the tallest column,
// which may exceed the area (then the area scrolls: the cards keep their size).
struct ColumnLayout {
    std::vector<Box> boxes;
    float height = 0;
};
inline ColumnLayout column_layout(const std::vector<float>& heights, float width, float column_w, float gap) {
    const int columns = std::max(1, static_cast<int>((width + gap + 0.5f) / (column_w + gap)));
    std::vector<float> bottom(static_cast<size_t>(columns), 0.0f);
    ColumnLayout out;
    for (float h : heights) {
        const size_t c = static_cast<size_t>(std::min_element(bottom.begin(), bottom.end()) - bottom.begin());
        out.boxes.push_back({static_cast<float>(c) * (column_w + gap), bottom[c], column_w, h});
        bottom[c] += h + gap;
        out.height = std::max(out.height, bottom[c] - gap);
    }
    return out;
}

// Where the ✕ that takes a line away sits: on the line, as near its middle as it can be without
// lying on a card (a tap on a card must carry the card, not take a line away). When every place
// on the line is covered, the middle.
inline LinePoint handle_on_line(const CardLine& line, const std::vector<Box>& cards, float radius) {
    auto free_at = [&](const LinePoint& p) {
        for (const Box& c : cards) {
            if (p.x + radius > c.x && p.x - radius < c.x + c.w && p.y + radius > c.y && p.y - radius < c.y + c.h)
                return false;
        }
        return true;
    };
    auto at = [&](float t) {
        return LinePoint{line.a.x + (line.b.x - line.a.x) * t, line.a.y + (line.b.y - line.a.y) * t};
    };
    for (int k = 0; k <= 8; ++k) {  // 0.5, then 0.45 and 0.55, ... out to 0.1 and 0.9
        for (float t : {0.5f - 0.05f * static_cast<float>(k), 0.5f + 0.05f * static_cast<float>(k)}) {
            if (free_at(at(t))) return at(t);
        }
    }
    return at(0.5f);
}

}  // namespace tafel
