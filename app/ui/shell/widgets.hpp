#pragma once
// Small drawing and widget helpers shared by the screens.
#include <imgui.h>

#include <string>
#include <vector>

#include "core/rondomjong/card_words.hpp"

#include "ui/shell/app.hpp"

namespace tafel {

// A button at least one touch target high, registered as the target `target`, by default
// "button:LABEL" (the part of the label before "##").
bool touch_button(App& app, const std::string& label, float width = 0.0f, const std::string& target = "");

// Starts a fixed panel (an ImGui window that does not move) at a place on screen.
// Widths for a row of buttons across `inner` pixels: all alike while every label fits, else each
// as wide as its label plus an even share of the rest, so no label is cut off.
std::vector<float> row_widths(const std::vector<std::string>& labels, float inner);
bool begin_panel(const char* id, ImVec2 pos, ImVec2 size, bool background = true);
void end_panel();

// `text` wrapped by wrap_card_text at the largest size from `size` down to `lowest` (in steps
// of 2%) at which it fits `width` and `height`; `fits` is false when none does (then the lines
// at `lowest`).
struct FittedText {
    std::vector<std::string> lines;
    float size = 0;
    bool fits = false;
};
FittedText fit_text(ImFont* font, float size, float lowest, float width, float height, const std::string& text,
                    bool last_resort);

// What draw_text_in_box tries first: `text` at the places it gives (fit_text), and only if that
// does not fit down to `lowest`, with a word that has none broken at a Dutch syllable.
FittedText fit_words(ImFont* font, float size, float lowest, float width, float height, const std::string& text);

// Text wrapped into a box (by fit_words), centred; scaled down until it fits, down to
// `floor` pixels, and under it only when the box cannot hold the text even at the floor.
void draw_text_in_box(ImDrawList* list, ImFont* font, float size, ImVec2 min, ImVec2 max, ImU32 color,
                      const std::string& text, float floor = 0);

// Turns the vertices added to `list` since `first_vertex` around `center`.
void rotate_vertices(ImDrawList* list, int first_vertex, ImVec2 center, float degrees);

// Call between BeginChild and EndChild: a finger dragged over the list scrolls it, as on a phone.
// Once the finger has moved a few millimetres it lets go of the button it came down on, so
// scrolling never taps a card or opens a session. The scrollbar is left to ImGui.
void drag_to_scroll(const Metrics& m);

std::string strip_imgui_id(const std::string& label);

// `text` shortened with "…" to fit `width` in the current ImGui font.
std::string fit_label(const std::string& text, float width);
std::string ellipsize(ImFont* font, float size, const std::string& text, float width);

}  // namespace tafel
