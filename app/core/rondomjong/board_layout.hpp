#pragma once
// Where everything of the Rondom Jong board lies on screen: the tray, the four layers of the
// pyramid and every card tile. Plain geometry from the state, so it can be tested without a
// window: a layer arranges its cards in a grid that shrinks until all of them fit, so no card
// ever hides under another.
#include <string>
#include <vector>

#include "core/session/state.hpp"

namespace tafel {

struct Box {
    float x = 0, y = 0, w = 0, h = 0;
    bool contains(float px, float py) const { return px >= x && px < x + w && py >= y && py < y + h; }
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool overlaps(const Box& o) const { return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom(); }
};

struct LayerBand {
    std::string layer;
    // The trapezoid of this layer: bottom edge from bottom_left to bottom_right, top edge narrower.
    float bottom_y = 0, top_y = 0;
    float bottom_left = 0, bottom_right = 0, top_left = 0, top_right = 0;
    Box label;      // strip with the layer's name and share
    Box card_area;  // where its cards lie
    bool contains(float px, float py) const;
};

struct TilePlace {
    TileId tile = 0;
    Box box;
    float scale = 1.0f;  // 1 = full size; text shrinks with it
};

struct BoardLayout {
    Box top_bar, tray, tray_cards, pyramid, side_panel;
    Box tray_footer;               // under the tray's cards: "Lege kaart" and a button per optional deck, two a row
    Box far_side_question;         // above the pyramid, for the people opposite; empty when not asked for
    std::vector<LayerBand> bands;  // bottom-up, as the content lists the layers
    std::vector<TilePlace> tiles;  // every visible tile: tray and layers
    float tile_w = 0, tile_h = 0;  // full size of a tile in pixels

    const TilePlace* find(TileId id) const;
    // The layer whose trapezoid holds the point, or nullptr.
    const LayerBand* band_at(float x, float y) const;
};

// A card is read from 1.5 m: its font (12 mm, capitals 0.626 of that in DejaVu Sans Bold, so
// 7.5 mm; 7.2 mm once rasterised) and a tile that holds three lines of it inside an inner
// margin (ui: card_text_box) at the floor ("ONDERWIJS-" / "ASSISTENTEN").
inline constexpr float kCardFontMm = 12.0f;
inline constexpr float kCapitalsPerFontSize = 1493.0f / 2384.0f;
inline constexpr float kCapitalsFloorMm = 7.0f;
inline constexpr float kTileWidthMm = 90.0f;
inline constexpr float kTileHeightMm = 39.0f;
// The smallest scale at which capitals stay at the floor. Layers grow (and the pyramid's
// proportions follow their cards) so that cards never go below it while the screen has room;
// only a screen too small for all cards at the floor (a laptop) shrinks them further.
// Text drawn smaller than its font is built at loses about half a pixel of its capitals
// (screenshots: 10.8 px for 11.0 at 40 DPI, 15.7 px for 16.3 at 59 DPI), so cards and their
// text keep this much above the floor: what the room sees is 7 mm.
inline constexpr float kRasterAllowanceMm = 0.3f;
inline constexpr float kDrawnFloorMm = kCapitalsFloorMm + kRasterAllowanceMm;
inline constexpr float kLegibleTileScale = kDrawnFloorMm / (kCardFontMm * kCapitalsPerFontSize);
inline constexpr float kMinTileScale = 0.3f;
inline constexpr float kTrayFooterRowMm = 17.0f;  // one row of buttons under the tray

// `far_side_question_mm` reserves a strip above the pyramid where the current question is
// shown again, turned towards the people at the top edge (a facilitator setting).
BoardLayout layout_board(const RondomJongState& state, const RondomJongContent& content, float width, float height,
                         float px_per_mm, float far_side_question_mm = 0);

// The largest scale (down to kLegibleTileScale, then, only if it must, to kMinTileScale) at which `count` tiles of tile_w x tile_h with `gap`
// fit into `area`, and the grid they lie in.
struct GridFit {
    float scale = 1.0f;
    int columns = 1;
};
GridFit fit_grid(int count, const Box& area, float tile_w, float tile_h, float gap);

}  // namespace tafel
