#include "ui/rondomjong/board_drawing.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/shell/metrics.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

using namespace style;

ImU32 deck_color(const std::string& deck) {
    if (deck == "extra") return u32(kDeckExtra);
    if (deck == kBlankDeck) return u32(kDeckBlank);
    return u32(kDeckPrinted);
}

// The smallest font a card may use: capitals at the floor, unless the layout had to shrink the
// whole card below it (a screen too small for all cards).
float legible_floor(const ImFont* card_font, float px_per_mm, float scale) {
    return std::min(px_per_mm * kDrawnFloorMm / kCapitalsPerFontSize, card_font->FontSize * scale);
}

// Absent: involved, but not at the meeting. A grey strip down the right edge of the card with
// "afwezig" turned upright in it, so the name keeps the card's full height (four lines).
void draw_absent_strip(App& app, ImDrawList* list, ImVec2 a, ImVec2 b, float scale, bool not_yet) {
    const float u = app.metrics().px_per_mm * scale;
    const float strip = kAbsentStripMm * u;
    const float top = a.y + (not_yet ? kNotYetDotRoomMm * u : 0.0f);  // below the red dot
    list->AddRectFilled(ImVec2(b.x - strip, top), b, u32(kAbsentTag), kRoundingMm * u,
                        not_yet ? ImDrawFlags_RoundCornersBottomRight : ImDrawFlags_RoundCornersRight);
    const ImVec2 center(b.x - strip * 0.5f, (top + b.y) * 0.5f);
    const float length = b.y - top, first = static_cast<float>(list->VtxBuffer.Size);
    draw_text_in_box(list, app.fonts().bold, strip * 0.85f, ImVec2(center.x - length * 0.5f, center.y - strip * 0.5f),
                     ImVec2(center.x + length * 0.5f, center.y + strip * 0.5f), u32(kWhite), "afwezig");
    rotate_vertices(list, static_cast<int>(first), center, 90.0f);
}

}  // namespace

Box card_text_box(const Box& card, float px_per_mm, float scale, bool not_yet, bool absent) {
    const float u = px_per_mm * scale;
    const float left = (kDeckStripeMm + kCardTextMarginMm) * u;
    const float right = (not_yet || absent ? kNotYetDotRoomMm : kCardTextMarginMm) * u;
    return {card.x + left, card.y + kCardTextMarginMm * u, card.w - left - right, card.h - 2 * kCardTextMarginMm * u};
}

int card_name_lines(ImFont* font, float px_per_mm, const std::string& marked_name, bool not_yet, bool absent) {
    const Box full{0, 0, kTileWidthMm * px_per_mm, kTileHeightMm * px_per_mm};
    const float width = card_text_box(full, px_per_mm, 1.0f, not_yet, absent).w;
    // As draw_text_in_box wraps it at full size in a card of any height: the height is what this answers.
    const float any_height = 1e6f;
    return static_cast<int>(
        fit_words(font, font->FontSize, legible_floor(font, px_per_mm, 1.0f), width, any_height, marked_name)
            .lines.size());
}

CardLines card_lines(App& app) {
    return [&app](const Tile& tile) {
        const bool laid = !tile.layer.empty();  // only a laid card shows its marks
        return card_name_lines(app.fonts().card, app.metrics().px_per_mm,
                               app.content().rondomjong.with_break_places(tile.text), laid && tile.not_yet_involved,
                               laid && tile.absent);
    };
}

void draw_board_layers(App& app_, ImDrawList* list, const BoardLayout& layout, const RondomJongState& s,
                       const RondomJongContent& content) {
    const float mm = app_.metrics().px_per_mm;
    list->AddRectFilled(ImVec2(layout.tray.x, layout.tray.y), ImVec2(layout.tray.right(), layout.tray.bottom()),
                        u32(kTrayBg));
    list->AddText(app_.fonts().bold, app_.fonts().bold->FontSize,
                  ImVec2(layout.tray.x + kMarginMm * mm, layout.tray.y + kMarginMm * mm), u32(kTrayInk), "Kaarten");
    for (size_t i = 0; i < layout.bands.size(); ++i) {
        const LayerBand& band = layout.bands[i];
        const Layer* layer = content.find_layer(band.layer);
        const bool current = band.layer == s.current_layer;
        ImVec2 quad[4] = {ImVec2(band.bottom_left, band.bottom_y), ImVec2(band.bottom_right, band.bottom_y),
                          ImVec2(band.top_right, band.top_y), ImVec2(band.top_left, band.top_y)};
        list->AddQuadFilled(quad[0], quad[1], quad[2], quad[3], u32(kLayers[i % 4]));
        list->AddQuad(quad[0], quad[1], quad[2], quad[3], current ? u32(kCurrent) : u32(kLayerEdge),
                      current ? 1.2f * mm : 0.3f * mm);
        std::string label = layer ? layer->name : band.layer;
        if (layer && !layer->share.empty()) label += "  (" + layer->share + ")";
        if (current) label.insert(0, "▶ ");
        // In the card font, read by the room like the cards; smaller only where the layer's top
        // edge is too short for it or the layer itself too low (a laptop).
        ImFont* font = app_.fonts().card;
        float size = std::min(font->FontSize, (band.bottom_y - band.top_y) * 0.8f);
        float tw = font->CalcTextSizeA(size, FLT_MAX, 0, label.c_str()).x;
        if (tw > band.label.w) {
            size *= band.label.w / tw;
            tw = band.label.w;
        }
        list->AddText(font, size, ImVec2(band.label.x + (band.label.w - tw) * 0.5f, band.label.y), u32(kLayerInk),
                      label.c_str());
        app_.targets().add("layer:" + band.layer,
                           {band.card_area.x, band.card_area.y, band.card_area.right(), band.card_area.bottom()});
    }
}

void draw_board_tile(App& app_, ImDrawList* list, const Tile& tile, const Box& box, float scale, bool lifted,
                     bool selected, float extra_degrees) {
    const float mm = app_.metrics().px_per_mm;
    const ImVec2 a(box.x, box.y), b(box.right(), box.bottom());
    const ImVec2 center((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
    const int first = list->VtxBuffer.Size;
    if (lifted)
        list->AddRectFilled(ImVec2(a.x + 2 * mm, a.y + 2 * mm), ImVec2(b.x + 2 * mm, b.y + 2 * mm), u32(kBlack, 70),
                            2 * mm);
    const bool not_yet = tile.not_yet_involved && !tile.layer.empty();
    list->AddRectFilled(a, b, not_yet ? u32(kCardNotYet) : u32(kCard), kRoundingMm * mm * scale);
    const ImU32 edge = deck_color(tile.deck);
    if (not_yet) {
        // Not yet involved: a dashed red edge and a red dot, visible from across the table.
        const int dashes = 14;
        for (int i = 0; i < dashes; i += 2) {
            float t0 = static_cast<float>(i) / dashes, t1 = static_cast<float>(i + 1) / dashes;
            list->AddLine(ImVec2(a.x + (b.x - a.x) * t0, a.y), ImVec2(a.x + (b.x - a.x) * t1, a.y), u32(kNotYetMark),
                          kEdgeMm * mm);
            list->AddLine(ImVec2(a.x + (b.x - a.x) * t0, b.y), ImVec2(a.x + (b.x - a.x) * t1, b.y), u32(kNotYetMark),
                          kEdgeMm * mm);
        }
        list->AddCircleFilled(ImVec2(b.x - 3.5f * mm * scale, a.y + 3.5f * mm * scale), 2.6f * mm * scale,
                              u32(kNotYetMark));
    } else {
        list->AddRect(a, b, edge, kRoundingMm * mm * scale, 0, kEdgeMm * mm * scale);
        list->AddRectFilled(a, ImVec2(a.x + kDeckStripeMm * mm * scale, b.y), edge, kRoundingMm * mm * scale,
                            ImDrawFlags_RoundCornersLeft);
    }
    if (selected)
        list->AddRect(ImVec2(a.x - mm, a.y - mm), ImVec2(b.x + mm, b.y + mm), u32(kSelected), 2 * mm, 0, 0.9f * mm);
    const bool absent = tile.absent && !tile.layer.empty();
    if (absent) draw_absent_strip(app_, list, a, b, scale, not_yet);
    const ImU32 text_color = not_yet ? u32(kNotYetInk) : u32(kCardInk);
    const Box text = card_text_box(box, mm, scale, not_yet, absent);
    draw_text_in_box(list, app_.fonts().card, app_.fonts().card->FontSize * scale, ImVec2(text.x, text.y),
                     ImVec2(text.right(), text.bottom()), text_color,
                     app_.content().rondomjong.with_break_places(tile.text),
                     legible_floor(app_.fonts().card, mm, scale));
    rotate_vertices(list, first, center, static_cast<float>(tile.degrees) + extra_degrees);
}

void draw_side_notes(App& app, const RondomJongContent& content, float width) {
    const float pad = app.metrics().mm(2);
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->ChannelsSplit(2);  // the text first, on top; the box behind it once its height is known
    list->ChannelsSetCurrent(1);
    ImGui::Dummy(ImVec2(width, pad));
    const ImVec2 top = ImGui::GetItemRectMin();
    ImGui::Indent(pad);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad);
    ImGui::PushFont(app.fonts().bold);
    ImGui::TextUnformatted(("Naast de piramide staat: " + content.pyramid_title).c_str());
    ImGui::PopFont();
    for (const std::string& note : content.side_notes) {
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextUnformatted(note.c_str());  // wraps at the wrap position, under its own first line
    }
    ImGui::PushStyleColor(ImGuiCol_Text, vec4(kHint));
    ImGui::TextUnformatted(content.credit.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::Unindent(pad);
    ImGui::Dummy(ImVec2(width, pad));
    const ImVec2 bottom = ImGui::GetItemRectMax();
    list->ChannelsSetCurrent(0);
    list->AddRectFilled(top, ImVec2(top.x + width, bottom.y), u32(kTrayBg), app.metrics().mm(1.5f));
    list->AddRect(top, ImVec2(top.x + width, bottom.y), u32(kLayerEdge), app.metrics().mm(1.5f), 0,
                  app.metrics().mm(0.3f));
    list->ChannelsMerge();
}

void draw_board(App& app, ImDrawList* list, const BoardLayout& layout, const RondomJongState& state,
                const RondomJongContent& content, TileId selected) {
    draw_board_layers(app, list, layout, state, content);
    for (const TilePlace& place : layout.tiles) {
        const Tile* tile = state.find_tile(place.tile);
        if (!tile) continue;
        draw_board_tile(app, list, *tile, place.box, place.scale, false, tile->id == selected);
        app.targets().add("card:" + tile->text, {place.box.x, place.box.y, place.box.right(), place.box.bottom()});
    }
}

}  // namespace tafel
