// Every side of the table has its own corner on the board, turned towards it and always in the
// same place: its own undo (and redo), and for the top, left and right edges the layer, step and
// question, a blank card and a note. A selected card gets its actions beside it, turned towards
// the person who tapped it.
#include <imgui.h>

#include <algorithm>

#include "ui/rondomjong/board_screen.hpp"
#include "ui/shell/style.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

constexpr float kRowMm = 11.0f;  // every button here: more than 10 mm
constexpr float kPadMm = 1.5f;
constexpr float kGridButtonMm = 28.0f;
// A side box on a panel: four lines of the question in the cards' font beside the buttons.
constexpr float kLargeSideDepthMm = 62.0f;
constexpr float kLargeSideLengthMm = 210.0f;
constexpr Seat kSides[] = {Seat::bottom, Seat::right, Seat::top, Seat::left};

int index_of(Seat seat) { return static_cast<int>(seat); }

ImVec2 center_of(const Sheet& box) { return box.to_screen(ImVec2(box.width() * 0.5f, box.height() * 0.5f)); }

// Where the box's top-left lies while it is drawn upright, before end() turns it.
ImVec2 upright_origin(const Sheet& box) {
    const ImVec2 c = center_of(box);
    return ImVec2(c.x - box.width() * 0.5f, c.y - box.height() * 0.5f);
}

ScreenRect screen_rect_of(const Sheet& box, Box local) {
    const ImVec2 a = box.to_screen(ImVec2(local.x, local.y)), b = box.to_screen(ImVec2(local.right(), local.bottom()));
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
}

}  // namespace

BoardScreen::SidePlace BoardScreen::side_place(Seat seat) const {
    const float mm = app_.metrics().px_per_mm;
    const Box& p = layout_.pyramid;
    const float depth = kSideDepthMm * mm;
    if (seat == Seat::bottom) {
        // Under the pyramid, left of "Nieuwe actiekaart" (48 mm, centred).
        const float w = std::min(70 * mm, p.w * 0.5f - 27 * mm);
        const float h = kRowMm * mm + 2 * kPadMm * mm;
        return {ImVec2(p.x + w * 0.5f, p.bottom() + 2 * mm + h * 0.5f), w, h, w >= 2 * 22 * mm};
    }
    if (seat == Seat::top) {
        const Box& b = layout_.far_side_question;
        return {ImVec2(b.x + b.w * 0.5f, b.y + b.h * 0.5f), b.w, b.h, b.h > 0};
    }
    // Left and right: in the free corner beside the pyramid's narrow top. Where that corner is
    // large (a panel), a box deep and long enough for the question in the cards' font;
    // otherwise (a laptop) the usual box, as long as the corner allows.
    const float apex_inset = p.w * 0.30f;                            // as stack_bands: the top edge is 40% of the base
    const float y0 = p.y + (seat == Seat::left ? 14 * mm : 2 * mm);  // the left corner holds an opener
    auto room_below = [&](float d) { return p.bottom() - (d + mm) * p.h / std::max(1.0f, apex_inset) - y0; };
    float d = kLargeSideDepthMm * mm, length = kLargeSideLengthMm * mm;
    if (room_below(d) < length) {
        d = depth;
        length = std::min(125 * mm, room_below(d));
    }
    const float x = seat == Seat::left ? p.x + d * 0.5f : p.right() - d * 0.5f;
    return {ImVec2(x, y0 + length * 0.5f), length, d, length >= 2 * kGridButtonMm * mm + 10 * mm};
}

void BoardScreen::draw_sides() {
    for (Seat seat : kSides) {
        std::unique_ptr<Sheet>& box = side_boxes_[index_of(seat)];
        const SidePlace place = side_place(seat);
        if (!place.shown) {
            box.reset();
            continue;
        }
        box = std::make_unique<Sheet>(place.center, place.w, place.h, seat);
        box->begin(app_);
        draw_side(seat, *box);
        box->end();
        draw_side_note(seat, *box);
    }
}

void BoardScreen::draw_side(Seat seat, Sheet& box) {
    const float mm = app_.metrics().px_per_mm;
    const std::string side = seat_name_nl(seat);
    const Session& session = app_.store()->session();
    const float pad = kPadMm * mm, row = kRowMm * mm;
    auto undo = [this, seat] { record(SideUndo{static_cast<int>(seat)}, seat); };
    auto redo = [this, seat] { record(SideRedo{static_cast<int>(seat)}, seat); };
    if (seat == Seat::bottom) {
        const float half = (box.width() - 3 * pad) * 0.5f;
        box.choice("Ongedaan " + side, "Ongedaan hier", {pad, pad, half, row}, false, undo, "button:");
        if (session.may_redo(seat).done())
            box.choice("Opnieuw " + side, "Opnieuw hier", {2 * pad + half, pad, half, row}, false, redo, "button:");
        return;
    }
    // Two rows of buttons at the end of the box; the question before them.
    const float bw = kGridButtonMm * mm, x0 = box.width() - 2 * bw - 2 * pad;
    box.choice("Ongedaan " + side, "Ongedaan hier", {x0, pad, bw, row}, false, undo, "button:");
    if (session.may_redo(seat).done())
        box.choice("Opnieuw " + side, "Opnieuw hier", {x0 + bw + pad, pad, bw, row}, false, redo, "button:");
    box.choice(
        "Lege kaart " + side, "Lege kaart", {x0, 2 * pad + row, bw, row}, false,
        [this, seat] { open_blank_card_editor(seat); }, "button:");
    const RondomJongState& s = state();
    const int step_count = static_cast<int>(content().steps.size());
    const ProcedureStep& step = content().steps[std::clamp(s.current_step, 1, step_count) - 1];
    if (step.takes_note) {
        box.choice(
            "Notitie " + side, "Notitie", {x0 + bw + pad, 2 * pad + row, bw, row}, false,
            [this, seat] { open_note_editor(seat); }, "button:");
    }
    // The layer and the step, then the question, as large as the box allows.
    const Layer* layer = content().find_layer(s.current_layer);
    const std::string where = (layer ? layer->name : s.current_layer) + "  ·  stap " + std::to_string(s.current_step) +
                              " van " + std::to_string(step_count);
    ImDrawList* list = box.draw_list();
    const ImVec2 top_left = upright_origin(box);
    ImFont* body = app_.fonts().body;
    draw_text_in_box(list, body, body->FontSize, ImVec2(top_left.x + 3 * mm, top_left.y + pad),
                     ImVec2(top_left.x + x0 - 2 * mm, top_left.y + pad + body->FontSize), style::u32(style::kHint),
                     where);
    draw_text_in_box(list, app_.fonts().card, app_.fonts().card->FontSize,
                     ImVec2(top_left.x + 3 * mm, top_left.y + pad + body->FontSize + mm),
                     ImVec2(top_left.x + x0 - 2 * mm, top_left.y + box.height() - pad), style::u32(style::kCardInk),
                     current_question_text());
    app_.targets().add("vraag:" + side, screen_rect_of(box, {0, 0, x0, box.height()}));
}

void BoardScreen::draw_side_note(Seat seat, const Sheet& box) {
    // What this side's own undo took back (or why not), just inside its box, turned the same way.
    const std::string& note = app_.side_undo_note(seat);
    if (note.empty()) return;
    const float mm = app_.metrics().px_per_mm;
    ImFont* font = app_.fonts().bold;
    const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, note.c_str()).x + 6 * mm;
    const float h = font->FontSize + 4 * mm;
    ImDrawList* list = ImGui::GetForegroundDrawList();
    const int first = list->VtxBuffer.Size;
    const ImVec2 c = center_of(box);
    // Upright above the box, then turned with it: "above" is towards the middle of the table.
    const float x = w < box.width() ? (box.width() - w) * 0.5f : 0;  // along the box, centred when it fits
    const ImVec2 a(c.x - box.width() * 0.5f + x, c.y - box.height() * 0.5f - h - 1.5f * mm);
    const ImVec2 b(a.x + w, a.y + h);
    list->AddRectFilled(a, b, style::u32(style::kUndoNote, 240), 1.5f * mm);
    list->AddText(font, font->FontSize, ImVec2(a.x + 3 * mm, a.y + 2 * mm), IM_COL32_WHITE, note.c_str());
    rotate_vertices(list, first, c, box.degrees());
    app_.targets().add("text:" + note, screen_rect_of(box, {x, -h - 1.5f * mm, w, h}));
}

// ---- the actions of a selected card, beside it --------------------------------------

void BoardScreen::draw_card_actions() {
    card_actions_.reset();
    const Tile* tile = state().find_tile(selected_);
    const TilePlace* place = layout_.find(selected_);
    if (!tile || !place || !card_actions_open_) return;
    for (const auto& [pointer, drag] : drags_) {
        if (drag.tile == selected_ && drag.moved) return;  // carried: its actions wait until it lies
    }
    const float mm = app_.metrics().px_per_mm;
    const int rows = tile->layer.empty() ? 1 : 2;  // marks belong to a card in a layer
    const float w = 2 * 40 * mm + 3 * kPadMm * mm, h = rows * kRowMm * mm + (rows + 1) * kPadMm * mm;
    card_actions_ = std::make_unique<Sheet>(card_actions_center(place->box, w, h), w, h, selected_seat_);
    Sheet& sheet = *card_actions_;
    sheet.begin(app_);
    const float pad = kPadMm * mm, bw = 40 * mm, row = kRowMm * mm;
    const Seat seat = selected_seat_;
    const TileId id = tile->id;
    // Each button says what it does to this card; the toggles show when the mark is on.
    auto button = [&](const char* what, Box box, bool on, const Payload& payload) {
        sheet.choice(
            what, what, box, on, [this, payload, seat] { card_action(payload, seat); }, "kaartactie:");
    };
    if (rows == 2) {
        button("Nog niet betrokken", {pad, pad, bw, row}, tile->not_yet_involved,
               CardMarked{id, kMarkNotYet, !tile->not_yet_involved});
        button("Afwezig", {2 * pad + bw, pad, bw, row}, tile->absent, CardMarked{id, kMarkAbsent, !tile->absent});
    }
    const float y = rows == 2 ? 2 * pad + row : pad;
    button("Kaart draaien", {pad, y, bw, row}, false, CardRotated{id, tile->degrees + 90});
    button("Kopie maken", {2 * pad + bw, y, bw, row}, false, BlankCardCreated{state().next_tile_id(), "", id});
    sheet.end();
}

void BoardScreen::card_action(Payload payload, Seat seat) {
    record(std::move(payload), seat);
    card_actions_open_ = false;  // done with this card: its neighbours are free again
}

ImVec2 BoardScreen::card_actions_center(const Box& card, float w, float h) const {
    // Beside the card, first on the side of the person who selected it, never over the card and
    // never off the screen; turned sideways for the left and right edges.
    const float mm = app_.metrics().px_per_mm, gap = 2 * mm;
    const bool sideways = selected_seat_ == Seat::left || selected_seat_ == Seat::right;
    const float sw = sideways ? h : w, sh = sideways ? w : h;
    const float cx = card.x + card.w * 0.5f, cy = card.y + card.h * 0.5f;
    const ImVec2 below(cx, card.bottom() + gap + sh * 0.5f), above(cx, card.y - gap - sh * 0.5f);
    const ImVec2 left(card.x - gap - sw * 0.5f, cy), right(card.right() + gap + sw * 0.5f, cy);
    std::vector<ImVec2> order;
    switch (selected_seat_) {
        case Seat::top:
            order = {above, below, left, right};
            break;
        case Seat::left:
            order = {left, right, below, above};
            break;
        case Seat::right:
            order = {right, left, below, above};
            break;
        default:
            order = {below, above, right, left};
    }
    const float W = static_cast<float>(app_.width()), H = static_cast<float>(app_.height());
    auto on_screen = [&](ImVec2 c) {
        return c.x - sw * 0.5f >= 0 && c.x + sw * 0.5f <= W && c.y - sh * 0.5f >= 0 && c.y + sh * 0.5f <= H;
    };
    // Not over a side's own box either, where that can be helped.
    auto clear_of_sides = [&](ImVec2 c) {
        const Box panel{c.x - sw * 0.5f, c.y - sh * 0.5f, sw, sh};
        for (Seat seat : kSides) {
            const SidePlace p = side_place(seat);
            const bool sideways_box = seat == Seat::left || seat == Seat::right;
            const float bw = sideways_box ? p.h : p.w, bh = sideways_box ? p.w : p.h;
            if (p.shown && panel.overlaps({p.center.x - bw * 0.5f, p.center.y - bh * 0.5f, bw, bh})) return false;
        }
        return true;
    };
    for (const ImVec2& c : order) {
        if (on_screen(c) && clear_of_sides(c)) return c;
    }
    for (const ImVec2& c : order) {
        if (on_screen(c)) return c;
    }
    // Nowhere beside it fits whole (a tiny screen): the first place, pulled onto the screen.
    return ImVec2(std::clamp(order[0].x, sw * 0.5f, W - sw * 0.5f), std::clamp(order[0].y, sh * 0.5f, H - sh * 0.5f));
}

bool BoardScreen::press_own_panels(float x, float y) {
    if (card_actions_ && card_actions_->contains(x, y)) {
        card_actions_->press(x, y);
        app_.request_frames();
        return true;
    }
    for (auto& box : side_boxes_) {
        if (box && box->contains(x, y)) {
            box->press(x, y);
            app_.request_frames();
            return true;
        }
    }
    return false;
}

bool BoardScreen::own_panels_claim(float x, float y) const {
    if (card_actions_ && card_actions_->contains(x, y)) return true;
    return std::any_of(std::begin(side_boxes_), std::end(side_boxes_),
                       [&](const auto& box) { return box && box->contains(x, y); });
}

}  // namespace tafel
