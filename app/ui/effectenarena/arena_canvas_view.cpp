// The classic Effectenarena (CONTENT.md 2.6): four zones – activiteiten, investeerders,
// maatschappelijke effecten, incasseerders. Answer cards are carried from the tray into a
// zone by a finger; a finger dragged from one card to another draws a line; the ✕ on a line
// takes it away. A party card from the Rondom Jong deck can be laid in a zone too (for example
// as investeerder). Every finger works on its own, so several people can work at once.
//
// Cards keep their size (text never below the floor): a zone that fills up scrolls under a
// finger dragged over its empty part. Lines are drawn above the cards, from edge to edge.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/effectenarena/arena_geometry.hpp"
#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

constexpr float kZoneNameMm = 14.0f;  // a zone's name, one line of the cards' font, above its explanation

using namespace style;

const char* const kTrayKey = "tray";  // the tray in the maps kept per zone

ImVec2 vec(LinePoint p) { return ImVec2(p.x, p.y); }

}  // namespace

void ArenaScreen::draw_arena_canvas(Box area) {
    const Metrics& m = app_.metrics();
    ImDrawList* list = ImGui::GetBackgroundDrawList();
    list->AddRectFilled(ImVec2(area.x, area.y), ImVec2(area.right(), area.bottom()), u32(kArenaGround));
    layout_canvas(area);
    draw_canvas_zones(list);
    for (const PlacedTile& t : canvas_tiles_) {
        const AnswerCard* a = state().find_answer(t.card);
        if (!a) continue;
        const bool carried = std::any_of(drags_.begin(), drags_.end(), [&](const auto& d) {
            return d.second.card == t.card && !d.second.from_canvas && d.second.moved;
        });
        if (!carried) {
            list->PushClipRect(ImVec2(t.shown.x, t.shown.y), ImVec2(t.shown.right(), t.shown.bottom()), true);
            draw_canvas_tile(list, *a, t.box, false);
            list->PopClipRect();
        }
        app_.targets().add("answer:" + std::to_string(t.card),
                           {t.shown.x, t.shown.y, t.shown.right(), t.shown.bottom()});
    }
    draw_canvas_links(list);
    draw_canvas_drags();
    if (state().answers.empty()) {
        list->AddText(app_.fonts().body, app_.fonts().body->FontSize,
                      ImVec2(tray_box_.x + m.mm(kGapMm), tray_box_.y + m.mm(10)), u32(kTrayInk),
                      "Nog geen antwoorden.");
    }
    if (in_review()) return;
    draw_page_buttons();
    // A party from the deck (or a blank card) joins the arena, for example as investeerder.
    const float button_h = m.mm(kTouchMm + 2);
    const float pad = ImGui::GetStyle().WindowPadding.x, y = tray_box_.bottom() - button_h - m.mm(1);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));  // the button is placed by hand, whole
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    begin_panel("##arenapartij", ImVec2(tray_box_.x, y), ImVec2(tray_box_.w, button_h + m.mm(1)), false);
    ImGui::PopStyleVar(2);
    ImGui::SetCursorScreenPos(ImVec2(tray_box_.x + pad, y + m.mm(1)));
    if (touch_button(app_, "+ Partij uit de stapel", tray_box_.w - 2 * pad)) open_party(seat_of_ui_pointer());
    end_panel();
}

// Where everything lies this frame: the tray on the left, four zones in a square, and each card
// at its full size in the columns of its zone, moved by the zone's scroll.
void ArenaScreen::layout_canvas(Box area) {
    const Metrics& m = app_.metrics();
    const EffectenarenaState& s = state();
    canvas_tiles_.clear();
    zone_boxes_.clear();
    card_places_.clear();
    card_areas_.clear();
    const float gap = m.mm(kMarginMm);
    const float tile_w = m.mm(kArenaCardMm);
    tray_box_ = {area.x + gap, area.y + gap, tile_w + 2 * gap, area.h - 2 * gap};
    std::vector<const AnswerCard*> in_tray;
    for (const AnswerCard& a : s.answers) {
        if (a.zone.empty()) in_tray.push_back(&a);
    }
    const float button_h = m.mm(kTouchMm + 3);
    lay_cards(
        kTrayKey, in_tray,
        {tray_box_.x + gap, tray_box_.y + m.mm(9), tile_w, tray_box_.h - m.mm(10) - (in_review() ? 0 : button_h)});
    // Activiteiten and investeerders on the left, what it yields and who gains on the right.
    const Box field{tray_box_.right() + gap, area.y + gap, area.right() - tray_box_.right() - 2 * gap,
                    area.h - 2 * gap};
    const float zw = (field.w - gap) * 0.5f, zh = (field.h - gap) * 0.5f;
    const auto& zones = content().arena_zones;
    for (size_t i = 0; i < zones.size() && i < 4; ++i) {
        const size_t column = i / 2;  // two zones a column
        const Box z{field.x + static_cast<float>(column) * (zw + gap), field.y + static_cast<float>(i % 2) * (zh + gap),
                    zw, zh};
        zone_boxes_[zones[i].id] = z;
        ImFont* body = app_.fonts().body;
        const float top = m.mm(kZoneNameMm + 3) + body->CalcTextSizeA(body->FontSize, FLT_MAX, z.w - m.mm(6),
                                                                      zones[i].explanation.c_str())
                                                      .y;  // below the name and the explanation
        lay_cards(zones[i].id, s.answers_in_zone(zones[i].id),
                  {z.x + m.mm(2), z.y + top, z.w - m.mm(4), z.h - top - m.mm(2)});
    }
}

void ArenaScreen::lay_cards(const std::string& key, const std::vector<const AnswerCard*>& cards, Box cards_area) {
    const Metrics& m = app_.metrics();
    const float gap = m.mm(kGapMm);
    const float column_w = column_width(cards_area.w, std::min(cards_area.w, m.mm(kArenaCardMm)), gap);
    std::vector<float> heights;
    heights.reserve(cards.size());
    for (const AnswerCard* a : cards) heights.push_back(answer_height(*a, column_w));
    const ColumnLayout layout = column_layout(heights, cards_area.w, column_w, gap);
    // More cards than fit: a strip below them keeps room for the button that shows the next ones.
    if (!in_review() && layout.height > cards_area.h) cards_area.h -= m.mm(kTouchMm) + gap;
    card_areas_[key] = cards_area;
    const float max_scroll = std::max(0.0f, layout.height - cards_area.h);
    scroll_max_[key] = max_scroll;
    float& scroll = canvas_scroll_[key];
    scroll = std::clamp(scroll, 0.0f, max_scroll);
    for (size_t k = 0; k < cards.size(); ++k) {
        const Box& b = layout.boxes[k];
        const Box box{cards_area.x + b.x, cards_area.y + b.y - scroll, b.w, b.h};
        card_places_[cards[k]->id] = box;
        // The part in sight is drawn and can be touched; the rest waits for the zone to scroll.
        const float top = std::max(box.y, cards_area.y), bottom = std::min(box.bottom(), cards_area.bottom());
        if (bottom - top >= m.mm(kTouchMm) || (bottom > top && bottom - top >= box.h - 1))
            canvas_tiles_.push_back({cards[k]->id, box, {box.x, top, box.w, bottom - top}});
    }
}

void ArenaScreen::draw_canvas_zones(ImDrawList* list) {
    const Metrics& m = app_.metrics();
    list->AddRectFilled(ImVec2(tray_box_.x, tray_box_.y), ImVec2(tray_box_.right(), tray_box_.bottom()), u32(kTrayBg),
                        m.mm(kRoundingMm));
    list->AddText(app_.fonts().bold, app_.fonts().bold->FontSize,
                  ImVec2(tray_box_.x + m.mm(kGapMm), tray_box_.y + m.mm(1.5f)), u32(kTrayInk), "Antwoorden");
    const auto& zones = content().arena_zones;
    for (size_t i = 0; i < zones.size() && i < 4; ++i) {
        const Box& z = zone_boxes_[zones[i].id];
        list->AddRectFilled(ImVec2(z.x, z.y), ImVec2(z.right(), z.bottom()), u32(kArenaZones[i]), m.mm(kMarginMm));
        // The zone's name in the cards' font: the room reads where a card lies.
        ImFont* head = app_.fonts().card;
        draw_text_in_box(list, head, head->FontSize, ImVec2(z.x + m.mm(3), z.y + m.mm(1)),
                         ImVec2(z.right() - m.mm(3), z.y + m.mm(1) + head->FontSize), u32(kArenaZoneInk),
                         zones[i].name);
        ImFont* body = app_.fonts().body;
        list->AddText(body, body->FontSize, ImVec2(z.x + m.mm(3), z.y + m.mm(kZoneNameMm)), u32(kArenaHint),
                      zones[i].explanation.c_str(), nullptr, z.w - m.mm(6));
        app_.targets().add("zone:" + zones[i].id, {z.x, z.y, z.right(), z.bottom()});
    }
}

// Under a zone (or the tray) with more cards than it shows: a button that shows the next ones,
// and at the end goes back to the first (a finger dragged over the zone's empty part scrolls too).
void ArenaScreen::draw_page_buttons() {
    const Metrics& m = app_.metrics();
    for (const auto& [key, max] : scroll_max_) {
        auto area = card_areas_.find(key);
        if (max <= 0 || area == card_areas_.end()) continue;
        const Box& a = area->second;
        float& scroll = canvas_scroll_[key];
        const bool at_end = scroll >= max - 1;
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));  // the button fills it, whole
        ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
        begin_panel(("##kaarten-" + key).c_str(), ImVec2(a.x, a.bottom() + m.mm(kGapMm) * 0.5f),
                    ImVec2(a.w, m.mm(kTouchMm) + m.mm(1)), false);
        ImGui::PopStyleVar(2);
        ImGui::SetCursorScreenPos(ImVec2(a.x, a.bottom() + m.mm(kGapMm) * 0.5f));
        if (touch_button(app_, std::string(at_end ? "Terug naar de eerste kaarten" : "Volgende kaarten") + "##" + key,
                         a.w, "button:Volgende kaarten:" + key)) {
            scroll = at_end ? 0.0f : std::min(max, scroll + a.h * 0.85f);
        }
        end_panel();
    }
}

// Above the cards, so no card hides a line; each runs from the edge of one card to the edge of
// the other. The ✕ near its middle (never on a card) takes it away.
void ArenaScreen::draw_canvas_links(ImDrawList* list) {
    const Metrics& m = app_.metrics();
    const EffectenarenaState& s = state();
    // A card scrolled out of sight: the line ends at the edge of its zone's cards.
    auto place_of = [&](int card, Box& box) {
        auto it = card_places_.find(card);
        if (it == card_places_.end()) return false;
        box = it->second;
        const AnswerCard* a = s.find_answer(card);
        auto area = card_areas_.find(a && !a->zone.empty() ? a->zone : kTrayKey);
        if (area != card_areas_.end()) {
            const Box& c = area->second;
            const float bottom = std::clamp(box.bottom(), c.y + 1, c.bottom());
            box.y = std::clamp(box.y, c.y, c.bottom() - 1);
            box.h = std::max(1.0f, bottom - box.y);
        }
        return true;
    };
    std::vector<Box> shown_cards;
    for (const PlacedTile& t : canvas_tiles_) shown_cards.push_back(t.shown);
    for (const ArenaLink& l : s.links) {
        Box a, b;
        if (!place_of(l.from, a) || !place_of(l.to, b)) continue;
        const CardLine line = line_between(a, b);
        list->AddLine(vec(line.a), vec(line.b), u32(kArenaLink), m.mm(kArenaLinkMm));
        list->AddCircleFilled(vec(line.a), m.mm(kArenaLinkMm * 1.2f), u32(kArenaLink));
        list->AddCircleFilled(vec(line.b), m.mm(kArenaLinkMm * 1.2f), u32(kArenaLink));
        const float r = m.mm(kArenaHandleMm);
        const LinePoint h = handle_on_line(line, shown_cards, r);
        const ImVec2 c(h.x, h.y);
        list->AddCircleFilled(c, r, u32(kWhite));
        list->AddCircle(c, r, u32(kArenaLink), 0, m.mm(0.5f));
        const float k = r * 0.45f;
        list->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), u32(kArenaLink), m.mm(0.6f));
        list->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), u32(kArenaLink), m.mm(0.6f));
        app_.targets().add("link:" + std::to_string(l.from) + "-" + std::to_string(l.to),
                           {c.x - r, c.y - r, c.x + r, c.y + r});
    }
}

// What fingers hold right now: a line being drawn, or a card being carried.
void ArenaScreen::draw_canvas_drags() {
    const Metrics& m = app_.metrics();
    ImDrawList* top = ImGui::GetForegroundDrawList();
    for (const auto& [pointer, d] : drags_) {
        if (!d.moved || d.card == 0) continue;
        auto place = card_places_.find(d.card);
        if (d.from_canvas) {
            if (place == card_places_.end()) continue;
            const Box finger{d.x, d.y, 0, 0};
            top->AddLine(vec(edge_towards(place->second, finger)), ImVec2(d.x, d.y), u32(kArenaLink, 200),
                         m.mm(kArenaLinkMm));
        } else if (const AnswerCard* a = state().find_answer(d.card)) {
            const float w = place != card_places_.end() ? place->second.w : m.mm(kArenaCardMm);
            const float h = answer_height(*a, w);
            draw_canvas_tile(top, *a, {d.x - w * 0.5f, d.y - h * 0.5f, w, h}, true);
        }
    }
}

void ArenaScreen::draw_canvas_tile(ImDrawList* list, const AnswerCard& card, Box box, bool lifted) {
    if (card.from_deck()) {
        draw_deck_tile(list, card, box, lifted);
    } else {
        draw_answer_tile(list, card, box, lifted);
    }
}

// A party card as on the Rondom Jong table: the deck's stripe, the name in capitals.
void ArenaScreen::draw_deck_tile(ImDrawList* list, const AnswerCard& card, Box box, bool lifted) {
    const float mm = app_.metrics().px_per_mm;
    const ImVec2 a(box.x, box.y), b(box.right(), box.bottom());
    if (lifted)
        list->AddRectFilled(ImVec2(a.x + 2 * mm, a.y + 2 * mm), ImVec2(b.x + 2 * mm, b.y + 2 * mm), u32(kCardInk, 70),
                            kRoundingMm * mm);
    list->AddRectFilled(a, b, u32(kCard), kRoundingMm * mm);
    list->AddRect(a, b, u32(kDeckPrinted), kRoundingMm * mm, 0, kEdgeMm * mm);
    list->AddRectFilled(a, ImVec2(a.x + kDeckStripeMm * mm, b.y), u32(kDeckPrinted), kRoundingMm * mm,
                        ImDrawFlags_RoundCornersLeft);
    ImFont* small = app_.fonts().body;
    const float foot = small->FontSize;
    ImFont* font = app_.fonts().card;
    draw_text_in_box(list, font, font->FontSize, ImVec2(a.x + 3.5f * mm, a.y + 0.8f * mm),
                     ImVec2(b.x - 1.5f * mm, b.y - foot - 0.8f * mm), u32(kCardInk), card.party,
                     app_.metrics().mm(kCapitalsFloorMm / kCapitalsPerFontSize));
    list->AddText(small, foot, ImVec2(a.x + 3.5f * mm, b.y - foot - 0.6f * mm), u32(kAnswerFoot), "partijkaart");
}

bool ArenaScreen::canvas_scroll_pointer(const InputEvent& ev) {
    auto it = drags_.find(ev.pointer);
    if (ev.type == InputEvent::Type::pointer_down) {
        for (const auto& [key, area] : card_areas_) {
            if (!area.contains(ev.x, ev.y) || scroll_max_[key] <= 0) continue;
            CanvasDrag d;
            d.x = d.start_x = ev.x;
            d.y = d.start_y = ev.y;
            d.scroll = key;
            d.scroll_start = canvas_scroll_[key];
            drags_[ev.pointer] = d;
            return true;
        }
        return false;
    }
    if (it == drags_.end() || it->second.scroll.empty()) return false;
    CanvasDrag& d = it->second;
    canvas_scroll_[d.scroll] = std::clamp(d.scroll_start - (ev.y - d.start_y), 0.0f, scroll_max_[d.scroll]);
    app_.request_frames();
    if (ev.type == InputEvent::Type::pointer_up) drags_.erase(it);
    return true;
}

}  // namespace tafel
