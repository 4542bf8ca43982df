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

float rows_height(const std::vector<float>& heights, int columns, float gap) {
    float total = 0;
    for (size_t first = 0; first < heights.size(); first += static_cast<size_t>(columns)) {
        const size_t end = std::min(heights.size(), first + static_cast<size_t>(columns));
        total +=
            *std::max_element(heights.begin() + static_cast<long>(first), heights.begin() + static_cast<long>(end));
        if (end < heights.size()) total += gap;
    }
    return total;
}

GridFit fit_grid(const std::vector<float>& heights, const Box& area, float tile_w, float gap) {
    GridFit fit;
    if (heights.empty() || area.w <= 0 || area.h <= 0) return fit;
    // First the sizes that stay legible; the floor itself; only then smaller.
    for (float scale = 1.0f;;
         scale = scale > kLegibleTileScale ? std::max(kLegibleTileScale, scale * 0.99f) : scale * 0.95f) {
        if (scale < kMinTileScale) scale = kMinTileScale;
        const float w = tile_w * scale, g = gap * scale;
        const int columns = std::max(1, static_cast<int>(std::floor((area.w + g) / (w + g))));
        fit.scale = scale;
        fit.columns = columns;
        if ((rows_height(heights, columns, gap) * scale <= area.h && w <= area.w) || scale == kMinTileScale) return fit;
    }
}

namespace {

// The cards' order with the taller ones first, so that they share rows.
std::vector<size_t> taller_first(const std::vector<float>& heights) {
    std::vector<size_t> order(heights.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return heights[a] > heights[b]; });
    return order;
}

std::vector<float> in_order(const std::vector<float>& heights, const std::vector<size_t>& order) {
    std::vector<float> out;
    out.reserve(order.size());
    for (size_t i : order) out.push_back(heights[i]);
    return out;
}

// The height rows of these cards need: in the order laid, or, when that is higher, with the
// taller cards sharing rows (how place_grid packs a crowded place).
float packed_rows_height(const std::vector<float>& heights, int columns, float gap) {
    return std::min(rows_height(heights, columns, gap),
                    rows_height(in_order(heights, taller_first(heights)), columns, gap));
}

// How cards lie in a place: in the order they were laid, unless that would take them under
// the floor; then the taller cards go first and share rows (a full layer or a full tray with
// long names).
struct Packing {
    GridFit fit;
    std::vector<size_t> order;
};
Packing pack(const std::vector<float>& heights, const Box& area, float tile_w, float gap) {
    Packing p{fit_grid(heights, area, tile_w, gap), {}};
    for (size_t i = 0; i < heights.size(); ++i) p.order.push_back(i);
    if (p.fit.scale < kLegibleTileScale * 0.999f) {
        std::vector<size_t> packed = taller_first(heights);
        const GridFit packed_fit = fit_grid(in_order(heights, packed), area, tile_w, gap);
        if (packed_fit.scale > p.fit.scale) p = {packed_fit, std::move(packed)};
    }
    return p;
}

// Lays `ids` (full heights `heights`) in rows from the top-left of `area`, centred
// horizontally, packed by pack(); a row is as high as its highest card, and its cards hang
// from its top.
void place_grid(const std::vector<TileId>& ids, const std::vector<float>& heights, const Box& area, float tile_w,
                float gap, std::vector<TilePlace>& out) {
    if (ids.empty()) return;
    const Packing packing = pack(heights, area, tile_w, gap);
    const GridFit& fit = packing.fit;
    const std::vector<size_t>& order = packing.order;
    const float w = tile_w * fit.scale, g = gap * fit.scale;
    const int columns = std::min<int>(fit.columns, static_cast<int>(ids.size()));
    const float row_width = static_cast<float>(columns) * (w + g) - g;
    const float x0 = area.x + (area.w - row_width) * 0.5f;
    float row_y = area.y, row_h = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        const int column = static_cast<int>(i) % columns;
        if (column == 0 && i > 0) {
            row_y += row_h + g;
            row_h = 0;
        }
        const float h = heights[order[i]] * fit.scale;
        row_h = std::max(row_h, h);
        out.push_back({ids[order[i]], {x0 + static_cast<float>(column) * (w + g), row_y, w, h}, fit.scale});
    }
}

constexpr float kLabelMm = 13.0f;  // the layer's name in the card font: read by the room

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
        // A layer squeezed by full ones (a laptop at the largest size) keeps most of its height for cards.
        const float label_h = std::min(kLabelMm * mm, heights[i] * 0.3f);
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
std::vector<float> band_heights(const std::vector<LayerBand>& bands, const std::vector<std::vector<float>>& cards,
                                const std::vector<float>& weights, float total, float tile_w, float tile_h, float gap,
                                float mm) {
    std::vector<float> need;
    float sum = 0;
    for (size_t i = 0; i < bands.size(); ++i) {
        const int columns = std::max(1, static_cast<int>(std::floor((bands[i].card_area.w + gap) / (tile_w + gap))));
        const float rows =
            cards[i].empty() ? tile_h : packed_rows_height(cards[i], columns, gap);  // an empty layer keeps a row
        need.push_back(rows + (kLabelMm + 4) * mm);
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

namespace {

// The cards of one place on the board, in order, with their full heights.
struct CardsIn {
    std::vector<TileId> ids;
    std::vector<float> heights;
    void add(const Tile& t, float h) {
        ids.push_back(t.id);
        heights.push_back(h);
    }
};

// The tray is three cards wide. When three columns do not hold its cards at the floor (the
// extra parties shown before any card is laid, on a 55" panel) it takes a fourth column, as
// long as the pyramid keeps half the screen's width.
float usual_tray_width(float width, float tile_w, float gap, float margin) {
    return std::clamp(width * 0.24f, 2 * tile_w * 0.75f + 3 * gap, 3 * tile_w + 2 * gap + 2 * margin + 1);
}

float tray_width(const CardsIn& tray, float width, float cards_h, float panel_w, float tile_w, float gap,
                 float margin) {
    const float usual = usual_tray_width(width, tile_w, gap, margin);
    const float wider = 4 * tile_w + 3 * gap + 2 * margin + 1;
    auto legible_at = [&](float w) {
        return tray.ids.empty() ||
               fit_grid(tray.heights, {0, 0, w - 2 * margin, cards_h}, tile_w, gap).scale >= kLegibleTileScale * 0.999f;
    };
    if (wider <= usual || legible_at(usual) || width - wider - panel_w - 2 * margin < width * 0.5f) return usual;
    return legible_at(wider) ? wider : usual;
}

// The four bands stacked bottom-up; each as high as its cards need at full size (the basis,
// where most cards go, starts highest), the rest of the height shared out. Then their cards.
void place_layers(BoardLayout& L, const RondomJongContent& content, const std::vector<CardsIn>& layers, float gap,
                  float mm) {
    const std::vector<float> weights = {0.22f, 0.34f, 0.24f, 0.20f};
    std::vector<std::vector<float>> card_heights;
    card_heights.reserve(layers.size());
    for (const CardsIn& c : layers) card_heights.push_back(c.heights);
    std::vector<float> heights;
    for (size_t i = 0; i < content.layers.size(); ++i)
        heights.push_back(L.pyramid.h * (i < weights.size() ? weights[i] : 0.2f));
    for (int round = 0; round < 6; ++round) {
        L.bands = stack_bands(L.pyramid, content, heights, mm);
        heights = band_heights(L.bands, card_heights, weights, L.pyramid.h, L.tile_w, L.tile_h, gap, mm);
    }
    L.bands = stack_bands(L.pyramid, content, heights, mm);
    for (size_t i = 0; i < L.bands.size(); ++i)
        place_grid(layers[i].ids, layers[i].heights, L.bands[i].card_area, L.tile_w, gap, L.tiles);
}

}  // namespace

BoardLayout layout_board(const RondomJongState& state, const RondomJongContent& content, float width, float height,
                         float px_per_mm, float far_side_question_mm, const CardLines& lines_of) {
    BoardLayout L;
    const float mm = px_per_mm;
    const float margin = 3 * mm;
    L.tile_w = kTileWidthMm * mm;
    L.tile_h = kTileHeightMm * mm;
    const float gap = 2.5f * mm;

    // Each card's full height, from the lines its name needs.
    auto height_of = [&](const Tile& t) { return tile_height_mm(lines_of ? lines_of(t) : kTileLines) * mm; };
    std::vector<CardsIn> layers(content.layers.size());
    for (size_t i = 0; i < content.layers.size(); ++i) {
        for (const Tile* t : state.tiles_in_layer(content.layers[i].id)) layers[i].add(*t, height_of(*t));
    }
    CardsIn tray;
    for (const Tile& t : state.tiles) {
        if (state.tile_visible_in_tray(t)) tray.add(t, height_of(t));
    }

    L.top_bar = {0, 0, width, 17 * mm};
    const float body_y = L.top_bar.h;
    const float body_h = height - body_y;
    // "Lege kaart" and one button per optional deck, two a row, under the tray's cards.
    const auto optional_decks =
        std::count_if(content.decks.begin(), content.decks.end(), [](const Deck& d) { return d.optional; });
    const auto footer_rows = 1 + optional_decks / 2;  // whole rows: "Lege kaart" and the first deck share one
    const float footer_h = static_cast<float>(footer_rows) * kTrayFooterRowMm * mm;
    const float tray_cards_h = body_h - 10 * mm - footer_h;
    // Tray on the left, question panel on the right, the pyramid takes the middle.
    const float panel_w = std::clamp(width * 0.26f, 70 * mm, 140 * mm);
    const float tray_w = tray_width(tray, width, tray_cards_h, panel_w, L.tile_w, gap, margin);
    L.tray = {0, body_y, tray_w, body_h};
    // The footer keeps its width when the tray takes a fourth column: its buttons stay under the finger.
    L.tray_footer = {0, body_y + body_h - footer_h, usual_tray_width(width, L.tile_w, gap, margin), footer_h};
    L.tray_cards = {margin, body_y + 10 * mm, tray_w - 2 * margin, tray_cards_h};
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
    place_layers(L, content, layers, gap, mm);
    place_grid(tray.ids, tray.heights, L.tray_cards, L.tile_w, gap, L.tiles);
    return L;
}

}  // namespace tafel
