#pragma once
// Sizes in millimetres, turned into pixels from the display's DPI and the facilitator's scale
// (reported DPI is unreliable on Linux, so the scale is what makes sizes right on a table).
#include <imgui.h>

#include <filesystem>
#include <string>

#include "ui/shell/style.hpp"

namespace tafel {

struct Metrics {
    float px_per_mm = 96.0f / 25.4f;
    float mm(float millimetres) const { return millimetres * px_per_mm; }
    float touch() const { return mm(style::kTouchMm); }  // smallest touch target: more than 10 mm
};

// The fonts the app draws with, all DejaVu Sans, built for the current metrics.
struct Fonts {
    ImFont* body = nullptr;     // panels and buttons, about 4.5 mm
    ImFont* card = nullptr;     // card tiles: legible from 1.5 m, about 7.5 mm line height
    ImFont* large = nullptr;    // the current question, legible across the table
    ImFont* bold = nullptr;     // headings
    ImFont* display = nullptr;  // step titles and the clock of the effectenarena, read from 4 m
};

// Rebuilds ImGui's font atlas. Returns "" or a Dutch sentence when the font cannot be found.
std::string build_fonts(const Metrics& metrics, const std::filesystem::path& font_dir, Fonts& fonts);

// Where DejaVu Sans lives: TAFEL_FONT_DIR, else the folder found when building.
std::filesystem::path default_font_dir();

void apply_style(const Metrics& metrics);

// A palette colour as ImGui wants it in style and widget colours.
ImVec4 vec4(style::Rgb c, float alpha = 1.0f);

}  // namespace tafel
