#pragma once
// Drawing the Rondom Jong board from a state: the tray, the layers of the pyramid and the card
// tiles. Read-only: the live board (BoardScreen) and review (RondomJongReviewScreen) both draw with it,
// so a replayed moment looks exactly as the table did.
#include <imgui.h>

#include "core/rondomjong/board_layout.hpp"
#include "ui/shell/app.hpp"

namespace tafel {

// The inner margin of a card's text: names keep clear of the card's edges.
inline constexpr float kCardTextMarginMm = 1.2f;
inline constexpr float kNotYetDotRoomMm =
    7.0f;  // at the right: the red dot of "nog niet betrokken", the "afwezig" strip
inline constexpr float kAbsentStripMm = 6.0f;

// Where a card's name is written inside `card`: inside the margin, right of the deck's stripe,
// clear of the red dot of "nog niet betrokken" and of the "afwezig" strip at the right edge.
Box card_text_box(const Box& card, float px_per_mm, float scale, bool not_yet, bool absent);

// How many lines a card's name (with its break places) takes at the full size of `font` in
// the card's text box (narrower with a mark); the layout makes a card taller for each line
// over three, so the name keeps its size.
int card_name_lines(ImFont* font, float px_per_mm, const std::string& marked_name, bool not_yet, bool absent);
// The same for every tile, with the app's card font and the tile's marks: what layout_board asks.
CardLines card_lines(App& app);

// The tray's background and the four layers with their names (the current layer outlined);
// registers the targets layer:ID.
void draw_board_layers(App& app, ImDrawList* list, const BoardLayout& layout, const RondomJongState& state,
                       const RondomJongContent& content);

// One card tile in `box`: its marks (nog niet betrokken, afwezig), its turn, lifted or not.
void draw_board_tile(App& app, ImDrawList* list, const Tile& tile, const Box& box, float scale, bool lifted,
                     bool selected, float extra_degrees = 0);

// What the printed graphic says beside the pyramid: its title, the six side notes (each wrapped
// to `width`) and its credit, in a box of their own with a heading, so the room can tell them
// from the app's explanation of the layer. An ImGui item at the cursor.
void draw_side_notes(App& app, const RondomJongContent& content, float width);

// The layers and every tile of `layout`; registers the targets card:NAME.
void draw_board(App& app, ImDrawList* list, const BoardLayout& layout, const RondomJongState& state,
                const RondomJongContent& content, TileId selected = 0);

}  // namespace tafel
