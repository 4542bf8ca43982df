// Break-out steps: the table split into one zone per group, each with its persona, its goal
// and an answer board of leefdomein columns. A zone is drawn upright and then turned, a quarter
// turn at a time, to the side of the table where its group stands (ArenaZoneTurned); its sheets
// open turned the same way. One invisible ImGui button per zone takes the finger: a tap runs
// what lies under it, a drag scrolls the column it began in, so no answer is out of reach.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/sheet.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

using namespace style;

ImU32 question_color(const std::string& id) {
    if (id == "vraag1") return u32(kQuestion1);
    if (id == "vraag2") return u32(kQuestion2);
    return u32(kQuestion3);
}

ImVec2 turned(ImVec2 p, ImVec2 center, float degrees) {
    const float r = degrees * 3.14159265f / 180.0f, c = std::cos(r), s = std::sin(r);
    const float dx = p.x - center.x, dy = p.y - center.y;
    return ImVec2(center.x + dx * c + dy * s, center.y - dx * s + dy * c);
}

// Turns what was drawn since `first_vertex` and `first_command`, clip rectangles included
// (quarter turns keep them rectangles), so a turned column still clips its cards.
void turn_drawing(ImDrawList* list, int first_vertex, int first_command, ImVec2 center, float degrees) {
    if (degrees == 0.0f) return;
    rotate_vertices(list, first_vertex, center, degrees);
    for (int i = std::max(0, first_command); i < list->CmdBuffer.Size; ++i) {
        ImVec4& r = list->CmdBuffer[i].ClipRect;
        const ImVec2 a = turned(ImVec2(r.x, r.y), center, degrees), b = turned(ImVec2(r.z, r.w), center, degrees);
        r = ImVec4(std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y));
    }
}

// The next side a zone turns to: a quarter turn each tap (onder, links, boven, rechts).
Seat next_side(Seat side) { return static_cast<Seat>((static_cast<int>(side) + 3) % 4); }

}  // namespace

// One zone in the frame being drawn: local coordinates are as its group reads it, (0,0) top left.
struct ArenaScreen::ZoneFrame {
    struct Tap {
        Box box;
        std::function<void()> action;
    };
    int group = 1;
    Box area;  // on screen
    Seat side = Seat::bottom;
    float w = 0, h = 0;  // local size: width and height swap when the zone faces a short side
    ImDrawList* list = nullptr;
    std::vector<Tap> taps;
    std::vector<std::pair<Box, size_t>> columns;  // where each column scrolls, and its leefdomein

    ImVec2 center() const { return ImVec2(area.x + area.w * 0.5f, area.y + area.h * 0.5f); }
    // Where a local point is drawn before the zone is turned.
    ImVec2 upright(float x, float y) const { return ImVec2(center().x - w * 0.5f + x, center().y - h * 0.5f + y); }
    Box upright(Box b) const { return {upright(b.x, b.y).x, upright(b.x, b.y).y, b.w, b.h}; }
    ImVec2 to_local(ImVec2 screen) const {
        const ImVec2 p = turned(screen, center(), -degrees_facing(side));
        return ImVec2(p.x - (center().x - w * 0.5f), p.y - (center().y - h * 0.5f));
    }
    ScreenRect screen(Box b) const {
        const float d = degrees_facing(side);
        const ImVec2 a = turned(upright(b.x, b.y), center(), d),
                     c = turned(upright(b.right(), b.bottom()), center(), d);
        return {std::min(a.x, c.x), std::min(a.y, c.y), std::max(a.x, c.x), std::max(a.y, c.y)};
    }
};

void ArenaScreen::draw_answer_tile(ImDrawList* list, const AnswerCard& card, Box box, bool lifted) {
    const Metrics& m = app_.metrics();
    const ImVec2 a(box.x, box.y), b(box.right(), box.bottom());
    const bool chosen = card.id == selected_card_;
    if (lifted)
        list->AddRectFilled(ImVec2(a.x + m.mm(kGapMm), a.y + m.mm(kGapMm)),
                            ImVec2(b.x + m.mm(kGapMm), b.y + m.mm(kGapMm)), u32(kInk, 70), m.mm(kRoundingMm));
    list->AddRectFilled(a, b, u32(chosen ? kAnswerSelected : kCard), m.mm(kRoundingMm));
    list->AddRect(a, b, u32(chosen ? kSelected : kLayerEdge), m.mm(kRoundingMm), 0,
                  chosen ? m.mm(kEdgeMm) : m.mm(kEdgeMm) * 0.4f);
    list->AddRectFilled(a, ImVec2(a.x + m.mm(kDeckStripeMm), b.y), question_color(card.question), m.mm(kRoundingMm),
                        ImDrawFlags_RoundCornersLeft);
    ImFont* small = app_.fonts().body;
    ImFont* font = app_.fonts().card;
    const float foot = small->FontSize * 0.85f;
    // Full size where the tile has the height its text needs (break-out, plenary); the small
    // tiles of the arena canvas shrink their text and tag together.
    const bool room = box.h + 1 >= answer_height(card, box.w);
    const float tag_size = room ? font->FontSize : std::min(font->FontSize, box.h * 0.28f);
    // The foot row: the question and party at the left, and the tag the plenary gave it at the
    // right, in its colour with its word at the card font, so the room sees it from 1.5 m.
    const float row = card.tag.empty() ? foot : std::max(foot, tag_size + m.mm(kInsetMm));
    // The card font (capitals 7 mm) where there is room: answers are read across the room.
    draw_text_in_box(list, font, font->FontSize, ImVec2(a.x + m.mm(kAnswerTextMm), a.y + m.mm(kEdgeMm)),
                     ImVec2(b.x - m.mm(kInsetMm), b.y - row - m.mm(kInsetMm)), u32(kCardInk), card.text,
                     room ? m.mm(kCapitalsFloorMm / kCapitalsPerFontSize) : 0.0f);
    float tag_w = 0;
    if (!card.tag.empty()) {
        tag_w = font->CalcTextSizeA(tag_size, FLT_MAX, 0, card.tag.c_str()).x + 2 * m.mm(kGapMm);
        const ImVec2 t0(b.x - tag_w, b.y - row);
        list->AddRectFilled(t0, b, u32(tag_colour(card.tag)), m.mm(kRoundingMm));
        list->AddText(font, tag_size, ImVec2(t0.x + m.mm(kGapMm), t0.y + m.mm(kInsetMm) * 0.5f), u32(kWhite),
                      card.tag.c_str());
    }
    std::string line = question_short(card.question);
    if (!card.party.empty()) line += " · " + card.party;
    list->AddText(small, foot, ImVec2(a.x + m.mm(kAnswerTextMm), b.y - foot - m.mm(kInsetMm) * 0.5f), u32(kAnswerFoot),
                  ellipsize(small, foot, line, box.w - m.mm(kAnswerTextMm + kInsetMm) - tag_w).c_str());
}

float ArenaScreen::answer_height(const AnswerCard& card, float width) const {
    // As high as its text needs at the card font (a long answer grows, it does not shrink),
    // with the foot row (taller with a tag).
    const float mm = app_.metrics().px_per_mm;
    ImFont* font = app_.fonts().card;
    const float text_h =
        font->CalcTextSizeA(font->FontSize, FLT_MAX, width - (kAnswerTextMm + kGapMm) * mm, card.text.c_str()).y;
    const float foot = app_.fonts().body->FontSize * 0.85f;
    const float row = card.tag.empty() ? foot : std::max(foot, font->FontSize + kInsetMm * mm);
    return std::max(kAnswerMinMm * mm, text_h + row + kMarginMm * mm);
}

void ArenaScreen::draw_breakout(Box area) {
    const float gap = app_.metrics().mm(kMarginMm);
    const int groups = std::max(1, static_cast<int>(state().groups.size()));
    const float zone_w = (area.w - gap * (groups - 1)) / groups;
    for (int g = 1; g <= groups; ++g) draw_zone(g, {area.x + (g - 1) * (zone_w + gap), area.y, zone_w, area.h});
}

void ArenaScreen::draw_zone(int group, Box area) {
    const Metrics& m = app_.metrics();
    ZoneFrame f;
    f.group = group;
    f.area = area;
    const ArenaGroup* g = state().group(group);
    f.side = g ? static_cast<Seat>(g->facing) : Seat::bottom;
    const bool sideways = f.side == Seat::left || f.side == Seat::right;
    f.w = sideways ? area.h : area.w;
    f.h = sideways ? area.w : area.h;
    begin_panel(("##zone" + std::to_string(group)).c_str(), ImVec2(area.x, area.y), ImVec2(area.w, area.h), false);
    f.list = ImGui::GetWindowDrawList();
    f.list->PushClipRect(f.upright(0, 0), f.upright(f.w, f.h), false);
    const int first_command = f.list->CmdBuffer.Size - 1, first_vertex = f.list->VtxBuffer.Size;
    f.list->AddRectFilled(f.upright(0, 0), f.upright(f.w, f.h), u32(group % 2 ? kZoneA : kZoneB), m.mm(kRoundingMm));
    const float pad = m.mm(kMarginMm);
    const float top = zone_head(f);
    const float foot = in_review() ? 0.0f : m.touch() + m.mm(kGapMm);
    const auto& domains = state().leefdomeinen;
    const float gap = m.mm(kGapMm);
    const float col_w = (f.w - 2 * pad - gap * (domains.size() - 1)) / std::max<size_t>(1, domains.size());
    // The leefdomein names in the cards' font, read by the group around the zone; every name as
    // high as the one that takes the most lines, so the answers start level, and at most two
    // lines, so the answers keep the column (narrow columns: a laptop, the largest size).
    ImFont* head = app_.fonts().card;
    size_t head_lines = 1;
    for (const std::string& d : domains)
        head_lines =
            std::max(head_lines,
                     fit_words(head, head->FontSize, head->FontSize, col_w - 2 * m.mm(kInsetMm), 1e6f, d).lines.size());
    const float head_h = static_cast<float>(std::min<size_t>(head_lines, 2)) * head->FontSize + 2 * m.mm(kInsetMm);
    for (size_t i = 0; i < domains.size(); ++i)
        zone_column(f, i, {pad + i * (col_w + gap), top, col_w, f.h - pad - foot - top}, head_h);
    if (!in_review()) zone_buttons(f, {pad, f.h - pad - m.touch(), f.w - 2 * pad, m.touch()});
    turn_drawing(f.list, first_vertex, first_command, f.center(), degrees_facing(f.side));
    f.list->PopClipRect();
    zone_input(f);
    end_panel();
}

float ArenaScreen::zone_head(ZoneFrame& f) {
    // The persona, the group's goal (with its button) and, in the second break-out, its needs.
    const Metrics& m = app_.metrics();
    const EffectenarenaState& s = state();
    const float pad = m.mm(kMarginMm), inner = f.w - 2 * pad;
    ImFont* large = app_.fonts().large;
    ImFont* body = app_.fonts().body;
    ImFont* bold = app_.fonts().bold;
    float y = pad;
    f.list->AddText(large, large->FontSize, f.upright(pad, y), u32(kInk),
                    ellipsize(large, large->FontSize, persona_label(f.group), inner).c_str());
    y += large->FontSize + m.mm(kInsetMm);
    const Persona* persona = s.persona_of_group(f.group);
    if (persona && !persona->title.empty()) {
        f.list->AddText(body, body->FontSize, f.upright(pad, y), u32(kHint),
                        ellipsize(body, body->FontSize, persona->title, inner).c_str());
        y += body->FontSize + m.mm(kInsetMm);
    }
    const float button_w = in_review() ? 0.0f : m.mm(kGoalButtonMm);
    const float wrap = inner - (button_w > 0 ? button_w + m.mm(kGapMm) : 0.0f);
    const ArenaGroup* g = s.group(f.group);
    const std::string goal = g && !g->goal.empty() ? "Doel: " + g->goal : "Doel: nog niet geschreven";
    f.list->AddText(bold, bold->FontSize, f.upright(pad, y), u32(kInk), goal.c_str(), nullptr, wrap);
    float goal_h = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, wrap, goal.c_str()).y;
    if (button_w > 0) {
        const int group = f.group;
        zone_button(f, "Doel schrijven", "button:Doel schrijven", {pad + inner - button_w, y, button_w, m.touch()},
                    [this, group, seat = f.side] { open_goal(seat, group); });
        goal_h = std::max(goal_h, m.touch());
    }
    y += goal_h + m.mm(kInsetMm);
    if (s.current().breakout_round >= 2) {
        for (const ArenaNeed* n : s.needs_of_group(f.group)) {
            const std::string need =
                "• Nodig: " + n->nodig + (n->beleggen.empty() ? "" : "  → beleggen bij ") + n->beleggen;
            f.list->AddText(body, body->FontSize, f.upright(pad, y), u32(kInk), need.c_str(), nullptr, inner);
            y += body->CalcTextSizeA(body->FontSize, FLT_MAX, inner, need.c_str()).y;
        }
    }
    return y + m.mm(kInsetMm);
}

void ArenaScreen::zone_column(ZoneFrame& f, size_t index, Box col, float head_h) {
    // A leefdomein's name above its answers; the answers scroll under a finger, and a band says
    // how many lie above or below, so none is out of sight without anyone knowing.
    const Metrics& m = app_.metrics();
    const std::string& domain = state().leefdomeinen[index];
    f.list->AddRectFilled(f.upright(col.x, col.y), f.upright(col.right(), col.bottom()), u32(kColumn),
                          m.mm(kRoundingMm));
    f.list->AddRect(f.upright(col.x, col.y), f.upright(col.right(), col.bottom()), u32(kColumnEdge), m.mm(kRoundingMm));
    ImFont* head = app_.fonts().card;
    draw_text_in_box(f.list, head, head->FontSize, f.upright(col.x + m.mm(kInsetMm), col.y + m.mm(kInsetMm)),
                     f.upright(col.right() - m.mm(kInsetMm), col.y + head_h - m.mm(kInsetMm)), u32(kInk), domain);
    const float in = m.mm(kInsetMm);
    const Box view{col.x + in, col.y + head_h + in, col.w - 2 * in, col.h - head_h - 2 * in};
    f.columns.push_back({view, index});
    app_.targets().add("kolom:" + domain, f.screen(view));  // a finger dragged here scrolls it
    // A card taller than the column (a long answer on a small screen) gets the column's height
    // and shrinks its text to fit: every answer can be read whole somewhere.
    auto tile_h = [&](const AnswerCard& a) { return std::min(answer_height(a, view.w), view.h); };
    std::vector<const AnswerCard*> cards;
    float content_h = 0;
    for (const AnswerCard& a : state().answers) {
        if (a.group != f.group || a.leefdomein != domain) continue;
        cards.push_back(&a);
        content_h += tile_h(a) + m.mm(kGapMm);
    }
    float& scroll = column_scroll_[{f.group, index}];
    scroll = std::clamp(scroll, 0.0f, std::max(0.0f, content_h - view.h));
    f.list->PushClipRect(f.upright(view.x, view.y), f.upright(view.right(), view.bottom()), true);
    int above = 0, below = 0;
    float y = view.y - scroll;
    for (const AnswerCard* a : cards) {
        const Box tile{view.x, y, view.w, tile_h(*a)};
        y += tile.h + m.mm(kGapMm);
        if (tile.bottom() <= view.y + 1) {
            ++above;
            continue;
        }
        if (tile.y >= view.bottom() - 1) {
            ++below;
            continue;
        }
        draw_answer_tile(f.list, *a, f.upright(tile), false);
        const float seen_top = std::max(tile.y, view.y), seen_bottom = std::min(tile.bottom(), view.bottom());
        const Box reach{tile.x, seen_top, tile.w, seen_bottom - seen_top};
        const int group = f.group, id = a->id;
        f.taps.push_back({reach, [this, group, id, seat = f.side] { open_answer(seat, group, id); }});
        app_.targets().add("answer:" + std::to_string(id), f.screen(reach));
        // Wholly in sight: a script can check that the whole answer can be read.
        if (tile.y >= view.y - 1 && tile.bottom() <= view.bottom() + 1)
            app_.targets().add("text:" + a->text, f.screen(tile));
        if (tile.y < view.y) ++above;  // partly hidden above
        if (tile.bottom() > view.bottom()) ++below;
    }
    ImFont* bold = app_.fonts().bold;
    const float band = bold->FontSize + 2 * m.mm(kInsetMm);
    auto hint = [&](float at, const std::string& count, const std::string& how) {
        // The how only where it fits in the column: the count is what must not be cut off.
        const float room = view.w - 4 * m.mm(kInsetMm);
        const std::string whole = count + " " + how;
        const bool fits = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, whole.c_str()).x <= room;
        f.list->AddRectFilled(f.upright(view.x, at), f.upright(view.right(), at + band), u32(kColumn, 235));
        f.list->AddText(bold, bold->FontSize, f.upright(view.x + 2 * m.mm(kInsetMm), at + m.mm(kInsetMm)), u32(kHint),
                        (fits ? whole : count).c_str());
    };
    if (above > 0) hint(view.y, "↑ nog " + std::to_string(above), "(schuif omlaag)");
    if (below > 0) hint(view.bottom() - band, "↓ nog " + std::to_string(below), "(schuif omhoog)");
    f.list->PopClipRect();
}

void ArenaScreen::zone_buttons(ZoneFrame& f, Box row) {
    const Metrics& m = app_.metrics();
    const int group = f.group;
    const Seat seat = f.side;
    const float gap = m.mm(kGapMm), turn_w = m.mm(kTurnButtonMm);
    const bool needs = state().current().breakout_round >= 2;
    const float each = (row.w - turn_w - gap * (needs ? 2 : 1)) / (needs ? 2 : 1);
    zone_button(f, "Nieuw antwoord", "button:Nieuw antwoord", {row.x, row.y, each, row.h},
                [this, group, seat] { open_answer(seat, group); });
    if (needs)
        zone_button(f, "Nodig schrijven", "button:Nodig schrijven", {row.x + each + gap, row.y, each, row.h},
                    [this, group, seat] { open_need(seat, group); });
    // A quarter turn towards the next side of the table; the sheets of the zone follow.
    zone_button(f, "Draaien ↻", "button:Draaien", {row.right() - turn_w, row.y, turn_w, row.h}, [this, group, seat] {
        record(ArenaZoneTurned{group, static_cast<int>(next_side(seat))}, seat);
    });
}

void ArenaScreen::zone_button(ZoneFrame& f, const std::string& label, const std::string& target, Box box,
                              std::function<void()> action) {
    const Metrics& m = app_.metrics();
    f.list->AddRectFilled(f.upright(box.x, box.y), f.upright(box.right(), box.bottom()), u32(kButton),
                          m.mm(kRoundingMm));
    ImFont* font = app_.fonts().body;
    const std::string shown = ellipsize(font, font->FontSize, label, box.w - 2 * m.mm(kInsetMm));
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, shown.c_str());
    f.list->AddText(font, font->FontSize, f.upright(box.x + (box.w - size.x) * 0.5f, box.y + (box.h - size.y) * 0.5f),
                    u32(kInk), shown.c_str());
    f.taps.push_back({box, std::move(action)});
    app_.targets().add(target, f.screen(box));
}

void ArenaScreen::zone_input(ZoneFrame& f) {
    // Drawn as one invisible button over the zone: ImGui's single pointer finds it wherever the
    // zone is turned, and the zone itself says what lies under the finger.
    ImGui::SetCursorScreenPos(ImVec2(f.area.x, f.area.y));
    const bool tapped = ImGui::InvisibleButton("##zonevlak", ImVec2(f.area.w, f.area.h));
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemActivated()) zone_scrolled_ = false;
    const ImVec2 start = f.to_local(io.MouseClickedPos[0]);
    if (ImGui::IsItemActive()) {
        const float moved =
            std::hypot(io.MousePos.x - io.MouseClickedPos[0].x, io.MousePos.y - io.MouseClickedPos[0].y);
        if (moved > app_.metrics().mm(kScrollSlopMm)) zone_scrolled_ = true;
        if (zone_scrolled_) {
            const ImVec2 now = f.to_local(io.MousePos);
            const ImVec2 before = f.to_local(ImVec2(io.MousePos.x - io.MouseDelta.x, io.MousePos.y - io.MouseDelta.y));
            for (const auto& [view, index] : f.columns) {
                if (view.contains(start.x, start.y)) column_scroll_[{f.group, index}] -= now.y - before.y;
            }
            app_.request_frames();
        }
    }
    if (!tapped || zone_scrolled_) return;
    for (const ZoneFrame::Tap& t : f.taps) {
        if (t.box.contains(start.x, start.y)) {
            t.action();  // last: it may record, which replaces the state read above
            return;
        }
    }
}

}  // namespace tafel
