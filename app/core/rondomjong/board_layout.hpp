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
    float tile_w = 0, tile_h = 0;  // full size of a tile of three lines in pixels

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
inline constexpr int kTileLines = 3;
// How many lines a card's name takes at full size. The UI measures it with its card font in the
// card's text box, which a mark ("nog niet betrokken", "afwezig") makes narrower: a card marked
// may grow a line.
using CardLines = std::function<int(const Tile&)>;
// A card's full height: a line of the card font more for every line over kTileLines
// ("SCHOOL-" / "MAATSCHAPPE-" / "LIJK" / "WERKER").
inline float tile_height_mm(int lines) {
    return kTileHeightMm + static_cast<float>(lines > kTileLines ? lines - kTileLines : 0) * kCardFontMm;
}
// The smallest scale at which capitals stay at the floor. Layers grow (and the pyramid's
// proportions follow their cards) so that cards never go below it while the screen has room;
// only a screen too small for all cards at the floor (a laptop) shrinks them further.
// Text drawn smaller than its font is built at loses about half a pixel of its capitals
// (screenshots: 10.8 px for 11.0 at 40 DPI, 15.7 px for 16.3 at 59 DPI), so cards and their
// text keep this much above the floor: what the room sees is 7 mm.
inline constexpr float kRasterAllowanceMm = 0.3f;
inline constexpr float kDrawnFloorMm = kCapitalsFloorMm + kRasterAllowanceMm;
inline constexpr float kLegibleTileScale = kDrawnFloorMm / (kCardFontMm * kCapitalsPerFontSize);
// The smallest a card gets, only where the screen cannot hold every card larger (a laptop at
// the largest size with a full board): small, but never on another card or off the screen.
inline constexpr float kMinTileScale = 0.12f;
inline constexpr float kTrayFooterRowMm = 17.0f;  // one row of buttons under the tray

// `far_side_question_mm` reserves a strip above the pyramid where the current question is
// shown again, turned towards the people at the top edge (a facilitator setting). `lines_of`
// says how many lines each card's name needs; without it every card has kTileLines.
BoardLayout layout_board(const RondomJongState& state, const RondomJongContent& content, float width, float height,
                         float px_per_mm, float far_side_question_mm = 0, const CardLines& lines_of = {});

// Tiles lie in rows of `columns`, in order; a row is as high as its highest tile. The height
// of all rows of tiles with `heights`, gaps between them included.
float rows_height(const std::vector<float>& heights, int columns, float gap);

// The largest scale (down to kLegibleTileScale, then, only if it must, to kMinTileScale) at
// which tiles `tile_w` wide and `heights` high, with `gap`, fit into `area` in rows, and how
// many lie in a row.
struct GridFit {
    float scale = 1.0f;
    int columns = 1;
};
GridFit fit_grid(const std::vector<float>& heights, const Box& area, float tile_w, float gap);

}  // namespace tafel
