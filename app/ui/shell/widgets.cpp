#include "ui/shell/widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tafel {

void drag_to_scroll(const Metrics& m) {
    // There is one UI pointer, so one drag at a time: remember the list it began in.
    static struct {
        ImGuiID window = 0;
        bool scrolling = false;
        float start_y = 0, start_scroll = 0;
    } drag;
    const ImGuiIO& io = ImGui::GetIO();
    const ImGuiID window = ImGui::GetCurrentWindow()->ID;
    const float scrollbar_x = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::IsMouseClicked(0) && ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
        io.MousePos.x < scrollbar_x) {
        drag = {window, false, io.MousePos.y, ImGui::GetScrollY()};
    }
    if (drag.window != window) return;
    if (!ImGui::IsMouseDown(0)) {
        drag.window = 0;
        return;
    }
    const float moved = io.MousePos.y - drag.start_y;
    if (!drag.scrolling && std::abs(moved) > m.mm(style::kDragSlopMm)) {
        drag.scrolling = true;
        ImGui::ClearActiveID();
    }
    if (drag.scrolling) ImGui::SetScrollY(drag.start_scroll - moved);
}

std::string strip_imgui_id(const std::string& label) {
    auto at = label.find("##");
    return at == std::string::npos ? label : label.substr(0, at);
}

std::string fit_label(const std::string& text, float width) {
    return ellipsize(ImGui::GetFont(), ImGui::GetFontSize(), text, width);
}

std::string ellipsize(ImFont* font, float size, const std::string& text, float width) {
    auto width_of = [&](const std::string& s) { return font->CalcTextSizeA(size, FLT_MAX, 0, s.c_str()).x; };
    if (width_of(text) <= width) return text;
    std::string cut = text;
    while (!cut.empty() && width_of(cut + "…") > width) {
        cut.pop_back();
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
        if (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0xC0) cut.pop_back();
    }
    return cut + "…";
}

bool touch_button(App& app, const std::string& label, float width, const std::string& target) {
    bool pressed = ImGui::Button(label.c_str(), ImVec2(width, app.metrics().touch()));
    const std::string name = target.empty() ? "button:" + strip_imgui_id(label) : target;
    app.add_item_target(name);
    // A label wider than its button (less the padding it starts after) is cut off at the edge.
    const float room = ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x;
    if (ImGui::CalcTextSize(label.c_str(), nullptr, true).x > room + 1) app.targets().add_cut(name + " (tekst)");
    return pressed;
}

std::vector<float> row_widths(const std::vector<std::string>& labels, float inner) {
    const float gap = ImGui::GetStyle().ItemSpacing.x, pad = 2 * ImGui::GetStyle().FramePadding.x;
    const float n = static_cast<float>(labels.size());
    const float room = inner - gap * (n - 1);
    std::vector<float> widths;
    float widest = 0, total = 0;
    for (const std::string& label : labels) {
        widths.push_back(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + pad);
        widest = std::max(widest, widths.back());
        total += widths.back();
    }
    if (widest <= room / n) return std::vector<float>(labels.size(), room / n);
    for (float& w : widths) w += std::max(0.0f, room - total) / n;
    return widths;
}

bool begin_panel(const char* id, ImVec2 pos, ImVec2 size, bool background) {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    if (!background) flags |= ImGuiWindowFlags_NoBackground;
    return ImGui::Begin(id, nullptr, flags);
}

void end_panel() { ImGui::End(); }

FittedText fit_text(ImFont* font, float size, float lowest, float width, float height, const std::string& text,
                    bool last_resort) {
    FittedText f;
    // At least one try, at `lowest` when `size` is already below it (a tiny card's text).
    for (float s = std::max(size, lowest);; s = std::max(lowest, s * 0.98f)) {
        auto width_of = [&](const std::string& t) { return font->CalcTextSizeA(s, FLT_MAX, 0.0f, t.c_str()).x; };
        f.lines = wrap_card_text(width_of, width, text, last_resort);
        f.size = s;
        float widest = 0;
        for (const auto& l : f.lines) widest = std::max(widest, width_of(l));
        f.fits = widest <= width && static_cast<float>(f.lines.size()) * s <= height;
        if (f.fits || s <= lowest) break;
    }
    return f;
}

FittedText fit_words(ImFont* font, float size, float lowest, float width, float height, const std::string& text) {
    FittedText f = fit_text(font, size, lowest, width, height, text, false);
    return f.fits ? f : fit_text(font, size, lowest, width, height, text, true);
}

void draw_text_in_box(ImDrawList* list, ImFont* font, float size, ImVec2 min, ImVec2 max, ImU32 color,
                      const std::string& text, float floor) {
    const float width = max.x - min.x, height = max.y - min.y;
    // Shrink until the wrapped text fits both ways, down to 70% so it stays legible (never under
    // `floor`), at the places the text gives; then with a word that has none (a long typed
    // word) broken at a Dutch syllable, rather than going under the floor.
    const float lowest = std::max(size * 0.7f, floor);
    FittedText f = fit_words(font, size, lowest, width, height, text);
    // A text too long for its box at the floor: smaller than the floor rather than over the
    // box's edges onto its neighbours (a card on a laptop too small for every card at the floor).
    if (!f.fits) f = fit_text(font, std::max(size * 0.75f, floor), 4.0f, width, height, text, true);
    float y = min.y + (height - static_cast<float>(f.lines.size()) * f.size) * 0.5f;
    for (const auto& l : f.lines) {
        float w = font->CalcTextSizeA(f.size, FLT_MAX, 0.0f, l.c_str()).x;
        list->AddText(font, f.size, ImVec2(min.x + (width - w) * 0.5f, y), color, l.c_str());
        y += f.size;
    }
}

void rotate_vertices(ImDrawList* list, int first_vertex, ImVec2 center, float degrees) {
    if (degrees == 0.0f) return;
    const float radians = degrees * 3.14159265f / 180.0f;
    const float c = std::cos(radians), s = std::sin(radians);
    for (int i = first_vertex; i < list->VtxBuffer.Size; ++i) {
        ImVec2& p = list->VtxBuffer[i].pos;
        const float dx = p.x - center.x, dy = p.y - center.y;
        p = ImVec2(center.x + dx * c + dy * s, center.y - dx * s + dy * c);
    }
}

}  // namespace tafel
