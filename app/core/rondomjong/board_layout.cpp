#include "core/rondomjong/board_layout.hpp"

#include <algorithm>
#include <cmath>

namespace tafel {

bool LayerBand::contains(float px, float py) const {
    if (py < top_y || py >= bottom_y) return false;
    const float t = (bottom_y - py) / (bottom_y - top_y);  // 0 at the bottom edge, 1 at the top
    const float left = bottom_left + (top_left - bottom_left) * t;
    const float right = bottom_right + (top_right - bottom_right) * t;
    return px >= left && px < right;
}

const TilePlace* BoardLayout::find(TileId id) const {
    for (const TilePlace& t : tiles) {
        if (t.tile == id) return &t;
    }
    return nullptr;
}

const LayerBand* BoardLayout::band_at(float x, float y) const {
    for (const LayerBand& b : bands) {
        if (b.contains(x, y)) return &b;
    }
    return nullptr;
}

GridFit fit_grid(int count, const Box& area, float tile_w, float tile_h, float gap) {
    GridFit fit;
    if (count <= 0 || area.w <= 0 || area.h <= 0) return fit;
    // First the sizes that stay legible; the floor itself; only then smaller.
    for (float scale = 1.0f;;
         scale = scale > kLegibleTileScale ? std::max(kLegibleTileScale, scale * 0.99f) : scale * 0.95f) {
        if (scale < kMinTileScale) scale = kMinTileScale;
        const float w = tile_w * scale, h = tile_h * scale, g = gap * scale;
        const int columns = std::max(1, static_cast<int>(std::floor((area.w + g) / (w + g))));
        const int rows = (count + columns - 1) / columns;
        fit.scale = scale;
        fit.columns = columns;
        if ((rows * (h + g) - g <= area.h && w <= area.w) || scale == kMinTileScale) return fit;
    }
}

namespace {

// Lays `ids` in rows from the top-left of `area`, centred horizontally.
void place_grid(const std::vector<TileId>& ids, const Box& area, float tile_w, float tile_h, float gap,
                std::vector<TilePlace>& out) {
    if (ids.empty()) return;
    GridFit fit = fit_grid(static_cast<int>(ids.size()), area, tile_w, tile_h, gap);
    const float w = tile_w * fit.scale, h = tile_h * fit.scale, g = gap * fit.scale;
    const int columns = std::min<int>(fit.columns, static_cast<int>(ids.size()));
    const float row_width = columns * (w + g) - g;
    const float x0 = area.x + (area.w - row_width) * 0.5f;
    for (size_t i = 0; i < ids.size(); ++i) {
        const int column = static_cast<int>(i) % columns, row = static_cast<int>(i) / columns;
        out.push_back({ids[i], {x0 + column * (w + g), area.y + row * (h + g), w, h}, fit.scale});
    }
}

constexpr float kLabelMm = 8.0f;

// The trapezoids of the layers, bottom-up, with the given heights.
std::vector<LayerBand> stack_bands(const Box& pyramid, const RondomJongContent& content,
                                   const std::vector<float>& heights, float mm) {
    std::vector<LayerBand> bands;
    const float apex_inset = pyramid.w * 0.30f;  // the top edge is 40% of the base
    auto inset_at = [&](float yy) { return apex_inset * (pyramid.bottom() - yy) / pyramid.h; };
    float y = pyramid.bottom();
    for (size_t i = 0; i < content.layers.size(); ++i) {
        LayerBand band;
        band.layer = content.layers[i].id;
        band.bottom_y = y;
        band.top_y = y - heights[i];
        band.bottom_left = pyramid.x + inset_at(band.bottom_y);
        band.bottom_right = pyramid.right() - inset_at(band.bottom_y);
        band.top_left = pyramid.x + inset_at(band.top_y);
        band.top_right = pyramid.right() - inset_at(band.top_y);
        const float label_h = kLabelMm * mm;
        band.label = {band.top_left, band.top_y + 1 * mm, band.top_right - band.top_left, label_h};
        // Cards lie in the rectangle that fits inside the trapezoid (its narrower top edge).
        band.card_area = {band.top_left + 2 * mm, band.top_y + label_h + 1 * mm,
                          band.top_right - band.top_left - 4 * mm, heights[i] - label_h - 3 * mm};
        bands.push_back(band);
        y -= heights[i];
    }
    return bands;
}

// How high each band must be for its cards at full size in its present width; what is left
// is shared by the usual weights. When the cards need more than there is, shares by need.
std::vector<float> band_heights(const std::vector<LayerBand>& bands, const std::vector<int>& counts,
                                const std::vector<float>& weights, float total, float tile_w, float tile_h, float gap,
                                float mm) {
    std::vector<float> need;
    float sum = 0;
    for (size_t i = 0; i < bands.size(); ++i) {
        const int columns = std::max(1, static_cast<int>(std::floor((bands[i].card_area.w + gap) / (tile_w + gap))));
        const int rows = std::max(1, (counts[i] + columns - 1) / columns);
        need.push_back(rows * (tile_h + gap) - gap + (kLabelMm + 4) * mm);
        sum += need.back();
    }
    float weight_sum = 0;
    for (size_t i = 0; i < bands.size(); ++i) weight_sum += i < weights.size() ? weights[i] : 0.2f;
    std::vector<float> heights;
    for (size_t i = 0; i < bands.size(); ++i) {
        const float w = (i < weights.size() ? weights[i] : 0.2f) / weight_sum;
        heights.push_back(sum <= total ? need[i] + (total - sum) * w : need[i] * total / sum);
    }
    return heights;
}

}  // namespace

BoardLayout layout_board(const RondomJongState& state, const RondomJongContent& content, float width, float height,
                         float px_per_mm, float far_side_question_mm) {
    BoardLayout L;
    const float mm = px_per_mm;
    const float margin = 3 * mm;
    L.tile_w = kTileWidthMm * mm;
    L.tile_h = kTileHeightMm * mm;
    const float gap = 2.5f * mm;

    L.top_bar = {0, 0, width, 17 * mm};
    const float body_y = L.top_bar.h;
    const float body_h = height - body_y;
    // Tray on the left, question panel on the right, the pyramid takes the middle.
    const float tray_w =
        std::clamp(width * 0.24f, 2 * L.tile_w * 0.75f + 3 * gap, 3 * L.tile_w + 2 * gap + 2 * margin + 1);
    const float panel_w = std::clamp(width * 0.26f, 70 * mm, 140 * mm);
    L.tray = {0, body_y, tray_w, body_h};
    // "Lege kaart" and one button per optional deck, two a row.
    const auto optional_decks =
        std::count_if(content.decks.begin(), content.decks.end(), [](const Deck& d) { return d.optional; });
    const float footer_h = static_cast<float>(1 + optional_decks / 2) * kTrayFooterRowMm * mm;
    L.tray_footer = {0, body_y + body_h - footer_h, tray_w, footer_h};
    L.tray_cards = {margin, body_y + 10 * mm, tray_w - 2 * margin, body_h - 10 * mm - footer_h};
    L.side_panel = {width - panel_w, body_y, panel_w, body_h};
    // A strip under the pyramid holds the "Nieuwe actiekaart" opener of the people at the bottom edge.
    L.pyramid = {tray_w + margin, body_y + margin, width - tray_w - panel_w - 2 * margin,
                 body_h - 2 * margin - 15 * mm};
    if (far_side_question_mm > 0) {
        const float reserve = far_side_question_mm * mm;
        L.far_side_question = {L.pyramid.x, L.pyramid.y, L.pyramid.w, reserve};
        L.pyramid.y += reserve + margin;
        L.pyramid.h -= reserve + margin;
    }

    // Four bands stacked bottom-up; each as high as its cards need at full size (the
    // basis, where most cards go, starts highest), the rest of the height shared out.
    const std::vector<float> weights = {0.22f, 0.34f, 0.24f, 0.20f};
    std::vector<int> counts;
    for (const Layer& layer : content.layers) counts.push_back(static_cast<int>(state.tiles_in_layer(layer.id).size()));
    std::vector<float> heights;
    for (size_t i = 0; i < content.layers.size(); ++i)
        heights.push_back(L.pyramid.h * (i < weights.size() ? weights[i] : 0.2f));
    for (int round = 0; round < 6; ++round) {
        L.bands = stack_bands(L.pyramid, content, heights, mm);
        heights = band_heights(L.bands, counts, weights, L.pyramid.h, L.tile_w, L.tile_h, gap, mm);
    }
    L.bands = stack_bands(L.pyramid, content, heights, mm);

    for (const LayerBand& band : L.bands) {
        std::vector<TileId> ids;
        for (const Tile* t : state.tiles_in_layer(band.layer)) ids.push_back(t->id);
        place_grid(ids, band.card_area, L.tile_w, L.tile_h, gap, L.tiles);
    }
    std::vector<TileId> tray_ids;
    for (const Tile& t : state.tiles) {
        if (state.tile_visible_in_tray(t)) tray_ids.push_back(t.id);
    }
    place_grid(tray_ids, L.tray_cards, L.tile_w, L.tile_h, gap, L.tiles);
    return L;
}

}  // namespace tafel
