#pragma once
// The size setting: a facilitator tells the app how large this panel is, in ten seconds and
// without a ruler: its diagonal from a row of buttons (with the resolution, that gives the
// DPI), or an A4 sheet held against a bar made as long as the sheet. Shown with the DPI that
// results; remembered for this machine. Its buttons stay where they are while the size
// changes under them: the panel is laid out in the millimetres of the moment it opened.
#include "ui/shell/app.hpp"

namespace tafel {

class SizeSetting {
public:
    explicit SizeSetting(App& app);
    // Draws the panel over the screen. Returns false once it is closed (Klaar).
    bool draw();

private:
    bool button(const char* label, float x, float y, float w, bool lit = false);
    void draw_diagonals(float x, float y);
    void draw_a4_bar(float x, float y);

    App& app_;
    float unit_;     // pixels per mm when opened: the layout of the panel
    float font_px_;  // the body font's size when opened: its text keeps its size too
};

// The DPI of a panel of `width` x `height` pixels with a diagonal of `inches`.
float dpi_of_diagonal(int width, int height, float inches);

}  // namespace tafel
