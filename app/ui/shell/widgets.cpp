#include "ui/shell/widgets.hpp"

#include <imgui_internal.h>

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
    app.add_item_target(target.empty() ? "button:" + strip_imgui_id(label) : target);
    return pressed;
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

namespace {
// Greedy word wrap by measured width. A line may also break after a slash, so that
// "OUDERS/VERZORGERS" fits a narrow card.
std::vector<std::string> wrap_words(ImFont* font, float size, float max_width, const std::string& text,
                                    bool hyphenate) {
    std::vector<std::string> pieces;  // each piece carries the separator that joins it to the next
    std::string piece;
    for (char ch : text) {
        piece += ch;
        if (ch == ' ' || ch == '/') {
            pieces.push_back(piece);
            piece.clear();
        }
    }
    if (!piece.empty()) pieces.push_back(piece);
    auto width_of = [&](const std::string& s) { return font->CalcTextSizeA(size, FLT_MAX, 0.0f, s.c_str()).x; };
    auto trimmed = [](std::string s) {
        while (!s.empty() && s.back() == ' ') s.pop_back();
        return s;
    };
    std::vector<std::string> lines;
    std::string line;
    for (std::string p : pieces) {
        if (!line.empty() && width_of(trimmed(line + p)) > max_width) {
            lines.push_back(trimmed(line));
            line.clear();
        }
        // A word wider than the line is broken with a hyphen where it must
        // ("ONDERWIJSASSIS-TENTEN"), rather than shrunk until nobody can read it.
        while (hyphenate && line.empty() && width_of(trimmed(p)) > max_width && p.size() > 4) {
            size_t cut = p.size() - 1;
            while (cut > 2 && ((static_cast<unsigned char>(p[cut]) & 0xC0) == 0x80 ||
                               width_of(p.substr(0, cut) + "-") > max_width)) {
                --cut;
            }
            // Leave at least four letters for the next line ("JONGEREN-WERKER", not "JONGERENWERK-ER").
            while (cut > 2 && p.size() - cut < 4) --cut;
            while (cut > 2 && (static_cast<unsigned char>(p[cut]) & 0xC0) == 0x80) --cut;
            if (cut <= 2) break;
            lines.push_back(p.substr(0, cut) + "-");
            p = p.substr(cut);
        }
        line += p;
    }
    if (!trimmed(line).empty()) lines.push_back(trimmed(line));
    return lines;
}
}  // namespace

void draw_text_in_box(ImDrawList* list, ImFont* font, float size, ImVec2 min, ImVec2 max, ImU32 color,
                      const std::string& text, float floor) {
    const float width = max.x - min.x, height = max.y - min.y;
    auto fits = [&](const std::vector<std::string>& ls, float s) {
        float widest = 0;
        for (const auto& l : ls) widest = std::max(widest, font->CalcTextSizeA(s, FLT_MAX, 0.0f, l.c_str()).x);
        return widest <= width && ls.size() * s <= height;
    };
    // Shrink until the wrapped text fits both ways, down to 70% so it stays legible; only then
    // break long words with a hyphen.
    std::vector<std::string> lines;
    bool done = false;
    const float lowest = std::max(size * 0.7f, floor);
    for (float s = size; s >= lowest && !done; s *= 0.98f) {
        lines = wrap_words(font, s, width, text, false);
        if (fits(lines, s)) {
            size = s;
            done = true;
        }
    }
    if (!done) {
        // With a floor (a card read from 1.5 m) the words break at the floor and stay there.
        size = std::max(size * 0.75f, floor);
        lines = wrap_words(font, size, width, text, true);
        while (!fits(lines, size) && size > std::max(4.0f, floor)) {
            size *= 0.92f;
            lines = wrap_words(font, size, width, text, true);
        }
    }
    float y = min.y + (height - lines.size() * size) * 0.5f;
    for (const auto& l : lines) {
        float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, l.c_str()).x;
        list->AddText(font, size, ImVec2(min.x + (width - w) * 0.5f, y), color, l.c_str());
        y += size;
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
