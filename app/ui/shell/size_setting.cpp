#include "ui/shell/size_setting.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "ui/shell/settings.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

constexpr float kA4Mm = 297.0f;
struct Diagonal {
    const char* label;
    float inches;  // 0: a laptop or desk screen, drawn at the design size of 96 DPI
};
constexpr Diagonal kDiagonals[] = {{"55 inch", 55}, {"65 inch", 65}, {"75 inch", 75}, {"86 inch", 86}, {"Laptop", 0}};
constexpr float kDeskDpi = 96.0f;

}  // namespace

float dpi_of_diagonal(int width, int height, float inches) {
    return std::hypot(static_cast<float>(width), static_cast<float>(height)) / inches;
}

SizeSetting::SizeSetting(App& app)
    : app_(app), unit_(app.metrics().px_per_mm), font_px_(app.fonts().body ? app.fonts().body->FontSize : 16.0f) {}

bool SizeSetting::button(const char* label, float x, float y, float w, bool lit) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (lit) ImGui::PushStyleColor(ImGuiCol_Button, vec4(style::kButtonActive));
    const bool pressed = ImGui::Button(label, ImVec2(w, 14 * unit_));
    if (lit) ImGui::PopStyleColor();
    app_.add_item_target(std::string("button:") + label, Targets::kOverAll);
    return pressed;
}

void SizeSetting::draw_diagonals(float x, float y) {
    const float w = 36 * unit_, gap = 4 * unit_;
    for (const Diagonal& d : kDiagonals) {
        const float dpi = d.inches > 0 ? dpi_of_diagonal(app_.width(), app_.height(), d.inches) : kDeskDpi;
        const bool lit = std::abs(app_.dpi() - dpi) < 0.05f;
        if (button(d.label, x, y, w, lit)) app_.set_dpi(dpi);
        x += w + gap;
    }
}

void SizeSetting::draw_a4_bar(float x, float y) {
    // Korter and Langer first, at a fixed place: the bar grows away from them.
    const float w = 30 * unit_, gap = 4 * unit_;
    const float bar_x = x + 2 * (w + gap) + 4 * unit_;
    const float room = static_cast<float>(app_.width()) - bar_x - 4 * unit_;
    if (button("Korter", x, y, w)) app_.set_dpi(app_.dpi() / 1.01f);
    // Longer only while the bar stays on the screen.
    const float longest_dpi = room / kA4Mm * 25.4f;
    if (button("Langer", x + w + gap, y, w) && app_.dpi() * 1.01f <= longest_dpi) app_.set_dpi(app_.dpi() * 1.01f);
    const float length = app_.dpi() / 25.4f * kA4Mm;
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 a(bar_x, y), b(bar_x + length, y + 14 * unit_);
    list->AddRectFilled(a, b, style::u32(style::kDeckPrinted));
    const float per_cm = app_.dpi() / 2.54f;
    for (int cm = 1; cm < 30; ++cm) {
        const float tick = a.x + cm * per_cm, tall = cm % 5 == 0 ? 6 * unit_ : 3 * unit_;
        list->AddLine(ImVec2(tick, a.y), ImVec2(tick, a.y + tall), style::u32(style::kWhite), 1.0f);
    }
    list->AddText(ImVec2(a.x + 2 * unit_, b.y - font_px_ - 2 * unit_), style::u32(style::kWhite), "A4, lange kant");
}

bool SizeSetting::draw() {
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    const float u = unit_, x = 10 * u;
    ImGui::SetNextWindowFocus();
    begin_panel("##grootte", ImVec2(0, 0), ImVec2(w, h));
    // The text keeps the size it had when the panel opened, like the buttons.
    if (app_.fonts().body) ImGui::SetWindowFontScale(font_px_ / app_.fonts().body->FontSize);
    ImGui::SetCursorScreenPos(ImVec2(x, 8 * u));
    ImGui::PushTextWrapPos(w - x);
    ImGui::TextUnformatted("Grootte van tekst en kaarten op dit scherm");
    ImGui::TextUnformatted(
        "Kies hoe groot dit scherm is (de diagonaal in inch). Of houd een A4-vel met de lange kant tegen de balk "
        "en tik Korter of Langer tot de balk even lang is als het vel.");
    ImGui::PopTextWrapPos();
    draw_diagonals(x, 36 * u);
    draw_a4_bar(x, 58 * u);
    char line[160];
    std::snprintf(line, sizeof line, "Nu: %.0f dpi (%.2f pixels per mm bij %dx%d).  Grootte voor de groep: %d%%",
                  app_.dpi(), app_.dpi() / 25.4f, app_.width(), app_.height(),
                  static_cast<int>(std::lround(app_.options().scale * 100)));
    ImGui::SetCursorScreenPos(ImVec2(x, 78 * u));
    ImGui::TextUnformatted(line);
    app_.add_item_target("text:Grootte " + std::to_string(static_cast<int>(std::lround(app_.dpi()))) + " dpi");
    if (button("Kleiner", x, 90 * u, 30 * u)) app_.set_scale(app_.options().scale - 0.1f);
    if (button("Groter", x + 34 * u, 90 * u, 30 * u)) app_.set_scale(app_.options().scale + 0.1f);
    const bool done = button("Klaar", x, std::min(112 * u, h - 20 * u), 64 * u);
    end_panel();
    return !done;
}

}  // namespace tafel
