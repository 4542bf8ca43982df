#pragma once
// Drawing the Rondom Jong board from a state: the tray, the layers of the pyramid and the card
// tiles. Read-only: the live board (BoardScreen) and review (RondomJongReviewScreen) both draw with it,
// so a replayed moment looks exactly as the table did.
#include <imgui.h>

#include "core/rondomjong/board_layout.hpp"
#include "ui/shell/app.hpp"

namespace tafel {

// The tray's background and the four layers with their names (the current layer outlined);
// registers the targets layer:ID.
void draw_board_layers(App& app, ImDrawList* list, const BoardLayout& layout, const RondomJongState& state,
                       const RondomJongContent& content);

// One card tile in `box`: its marks (nog niet betrokken, afwezig), its turn, lifted or not.
void draw_board_tile(App& app, ImDrawList* list, const Tile& tile, const Box& box, float scale, bool lifted,
                     bool selected, float extra_degrees = 0);

// The layers and every tile of `layout`; registers the targets card:NAME.
void draw_board(App& app, ImDrawList* list, const BoardLayout& layout, const RondomJongState& state,
                const RondomJongContent& content, TileId selected = 0);

}  // namespace tafel
