// The classic Effectenarena (CONTENT.md 2.6): four zones – activiteiten, investeerders,
// maatschappelijke effecten, incasseerders. Answer cards are carried from the tray into a
// zone by a finger; a finger dragged from one card to another draws a line; the ✕ on a line
// takes it away. Every finger works on its own, so several people can work at once.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/effectenarena/arena_screen.hpp"

#include "core/rondomjong/board_layout.hpp"  // fit_grid
#include "ui/shell/widgets.hpp"

namespace tafel {

void ArenaScreen::draw_arena_canvas(Box area) {
    const Metrics& m = app_.metrics();
    const EffectenarenaState& s = state();
    ImDrawList* list = ImGui::GetBackgroundDrawList();
    list->AddRectFilled(ImVec2(area.x, area.y), ImVec2(area.right(), area.bottom()), IM_COL32(244, 242, 236, 255));
    canvas_tiles_.clear();
    zone_boxes_.clear();
    const float gap = m.mm(3);
    const float tile_w = m.mm(62), tile_h = m.mm(17);
    tray_box_ = {area.x + gap, area.y + gap, tile_w + 2 * gap, area.h - 2 * gap};
    list->AddRectFilled(ImVec2(tray_box_.x, tray_box_.y), ImVec2(tray_box_.right(), tray_box_.bottom()),
                        IM_COL32(228, 224, 214, 255), m.mm(2));
    list->AddText(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(tray_box_.x + gap, tray_box_.y + m.mm(1.5f)),
                  IM_COL32(60, 55, 45, 255), "Antwoorden");

    // Four zones in a square: what is done and who invests on the left, what it yields and who gains on the right.
    const Box field{tray_box_.right() + gap, area.y + gap, area.right() - tray_box_.right() - 2 * gap,
                    area.h - 2 * gap};
    const float zw = (field.w - gap) * 0.5f, zh = (field.h - gap) * 0.5f;
    const ImU32 colors[] = {IM_COL32(220, 236, 222, 255), IM_COL32(222, 230, 244, 255), IM_COL32(248, 232, 210, 255),
                            IM_COL32(240, 224, 236, 255)};
    const auto& zones = content().arena_zones;
    for (size_t i = 0; i < zones.size() && i < 4; ++i) {
        // Reading order activiteiten, investeerders (left column), effecten, incasseerders (right column).
        const Box z{field.x + (i / 2) * (zw + gap), field.y + (i % 2) * (zh + gap), zw, zh};
        zone_boxes_[zones[i].id] = z;
        list->AddRectFilled(ImVec2(z.x, z.y), ImVec2(z.right(), z.bottom()), colors[i], m.mm(3));
        ImFont* head = app_.fonts().large;
        list->AddText(head, head->FontSize, ImVec2(z.x + m.mm(3), z.y + m.mm(2)), IM_COL32(40, 40, 40, 255),
                      zones[i].name.c_str());
        list->AddText(app_.fonts().body, app_.fonts().body->FontSize * 0.85f, ImVec2(z.x + m.mm(3), z.y + m.mm(11)),
                      IM_COL32(90, 90, 90, 255), zones[i].explanation.c_str(), nullptr, z.w - m.mm(6));
        app_.targets().add("zone:" + zones[i].id, {z.x, z.y, z.right(), z.bottom()});
        // The cards laid here, in the order they came; they shrink together so none falls off.
        const auto in_zone = s.answers_in_zone(zones[i].id);
        const Box cards_area{z.x + m.mm(2), z.y + m.mm(22), z.w - m.mm(4), z.h - m.mm(24)};
        const GridFit fit = fit_grid(static_cast<int>(in_zone.size()), cards_area, tile_w, tile_h, m.mm(2));
        const float w = tile_w * fit.scale, h = tile_h * fit.scale, g = m.mm(2) * fit.scale;
        int k = 0;
        for (const AnswerCard* a : in_zone) {
            const Box box{cards_area.x + (k % fit.columns) * (w + g), cards_area.y + (k / fit.columns) * (h + g), w, h};
            canvas_tiles_.push_back({a->id, box});
            ++k;
        }
    }
    // The tray: answers not yet on the canvas, shrunk together so every one can be reached.
    std::vector<int> in_tray;
    for (const AnswerCard& a : s.answers) {
        if (a.zone.empty()) in_tray.push_back(a.id);
    }
    const Box tray_cards{tray_box_.x + gap, tray_box_.y + m.mm(9), tile_w, tray_box_.h - m.mm(11)};
    const GridFit tray_fit = fit_grid(static_cast<int>(in_tray.size()), tray_cards, tile_w, tile_h, m.mm(2));
    for (size_t k = 0; k < in_tray.size(); ++k) {
        const float w = tile_w * tray_fit.scale, h = tile_h * tray_fit.scale, g = m.mm(2) * tray_fit.scale;
        canvas_tiles_.push_back(
            {in_tray[k],
             {tray_cards.x + (k % tray_fit.columns) * (w + g), tray_cards.y + (k / tray_fit.columns) * (h + g), w, h}});
    }
    auto center_of = [&](int card, ImVec2& c) {
        for (const PlacedTile& t : canvas_tiles_) {
            if (t.card == card) {
                c = ImVec2(t.box.x + t.box.w * 0.5f, t.box.y + t.box.h * 0.5f);
                return true;
            }
        }
        return false;
    };
    // Lines first, under the cards; the ✕ at their middle on top.
    std::vector<std::pair<std::string, ImVec2>> handles;
    for (const ArenaLink& l : s.links) {
        ImVec2 a, b;
        if (!center_of(l.from, a) || !center_of(l.to, b)) continue;
        list->AddLine(a, b, IM_COL32(180, 60, 40, 255), m.mm(1.2f));
        handles.push_back({"link:" + std::to_string(l.from) + "-" + std::to_string(l.to),
                           ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f)});
    }
    bool lifted_any = false;
    for (const PlacedTile& t : canvas_tiles_) {
        const AnswerCard* a = s.find_answer(t.card);
        if (!a) continue;
        bool carried = std::any_of(drags_.begin(), drags_.end(), [&](const auto& d) {
            return d.second.card == t.card && !d.second.from_canvas && d.second.moved;
        });
        lifted_any |= carried;
        if (!carried) draw_answer_tile(list, *a, t.box, false);
        app_.targets().add("answer:" + std::to_string(t.card), {t.box.x, t.box.y, t.box.right(), t.box.bottom()});
    }
    for (const auto& [name, c] : handles) {
        const float r = m.mm(5.5f);
        list->AddCircleFilled(c, r, IM_COL32(255, 255, 255, 255));
        list->AddCircle(c, r, IM_COL32(180, 60, 40, 255), 0, m.mm(0.5f));
        const float k = r * 0.45f;
        list->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), IM_COL32(180, 60, 40, 255), m.mm(0.6f));
        list->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), IM_COL32(180, 60, 40, 255), m.mm(0.6f));
        app_.targets().add(name, {c.x - r, c.y - r, c.x + r, c.y + r});
    }
    // What fingers hold right now: a line being drawn, or a card being carried.
    ImDrawList* top = ImGui::GetForegroundDrawList();
    for (const auto& [pointer, d] : drags_) {
        if (!d.moved) continue;
        if (d.from_canvas) {
            ImVec2 a;
            if (center_of(d.card, a)) top->AddLine(a, ImVec2(d.x, d.y), IM_COL32(180, 60, 40, 200), m.mm(1.2f));
        } else if (const AnswerCard* a = s.find_answer(d.card)) {
            draw_answer_tile(top, *a, {d.x - tile_w * 0.5f, d.y - tile_h * 0.5f, tile_w, tile_h}, true);
        }
    }
    (void)lifted_any;
    if (s.answers.empty()) {
        list->AddText(app_.fonts().body, app_.fonts().body->FontSize, ImVec2(tray_box_.x + gap, tray_box_.y + m.mm(10)),
                      IM_COL32(110, 100, 90, 255), "Nog geen antwoorden.");
    }
}

}  // namespace tafel
