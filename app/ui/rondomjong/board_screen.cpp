#include "ui/rondomjong/board_screen.hpp"
#include "core/rondomjong/exports.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/session/dates.hpp"
#include "ui/rondomjong/board_drawing.hpp"
#include "ui/shell/details_sheet.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

constexpr float kTapSlopMm = 4.0f;  // a finger that moved less than this tapped

}  // namespace

BoardScreen::BoardScreen(App& app) : app_(app) {
    sheets_.set_commit([this](Editor& e) { commit_editor(e); }, kCommitAfterIdleMs, true);
}

const RondomJongState& BoardScreen::state() const { return app_.store()->session().state().rondomjong; }
const RondomJongContent& BoardScreen::content() const { return app_.store()->session().content().rondomjong; }

void BoardScreen::record(Payload payload, Seat seat) { app_.record(std::move(payload), seat); }

Seat BoardScreen::seat_of_ui_pointer() const {
    ImVec2 p = ImGui::GetIO().MousePos;
    return app_.seat_at(p.x, p.y);
}

// The side nearest to a finger on the board, measured in fractions of the screen: on a wide
// screen the pyramid's right end belongs to the right edge, not to the bottom.
Seat BoardScreen::side_of_finger(float x, float y) const {
    const float fx = x / std::max(1, app_.width()), fy = y / std::max(1, app_.height());
    const float nearest = std::min({1 - fy, fy, fx, 1 - fx});
    if (nearest == 1 - fy) return Seat::bottom;
    if (nearest == fy) return Seat::top;
    return nearest == fx ? Seat::left : Seat::right;
}

Seat BoardScreen::sheet_seat_of_ui_pointer() const { return sheet_seat_for_panel(app_, ImGui::GetIO().MousePos); }

// ---- drawing -----------------------------------------------------------------------

void BoardScreen::draw() {
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    // The top edge always has its own strip with the question (board_screen_sides.cpp).
    layout_ = layout_board(state(), content(), w, h, app_.metrics().px_per_mm, kSideDepthMm, card_lines(app_));
    ImDrawList* canvas = ImGui::GetBackgroundDrawList();
    // The actions of a selected card lie on top (they draw on the foreground) but take no
    // targets from the layers and cards under them: a finger can still drop a card there.
    draw_card_actions();
    draw_board_layers(app_, canvas, layout_, state(), content());
    draw_top_bar(layout_);
    draw_tray_panel(layout_);
    draw_side_panel(layout_);

    // Cards in the tray and the layers; lifted cards are drawn last, on top of everything.
    for (const TilePlace& place : layout_.tiles) {
        const Tile* tile = state().find_tile(place.tile);
        bool lifted =
            std::any_of(drags_.begin(), drags_.end(), [&](const auto& d) { return d.second.tile == place.tile; });
        if (!tile || lifted) continue;
        draw_board_tile(app_, canvas, *tile, place.box, place.scale, false, tile->id == selected_);
        app_.targets().add("card:" + tile->text, {place.box.x, place.box.y, place.box.right(), place.box.bottom()});
    }
    draw_action_openers(layout_);
    draw_sides();
    ImDrawList* top = ImGui::GetForegroundDrawList();
    for (const auto& [pointer, drag] : drags_) {
        const Tile* tile = state().find_tile(drag.tile);
        if (!tile) continue;
        // Held at full size, as tall as its name needs.
        const TilePlace* place = layout_.find(tile->id);
        const float full_h = place ? place->box.h / place->scale : layout_.tile_h;
        Box box{drag.x - drag.grab_dx, drag.y - drag.grab_dy, layout_.tile_w, full_h};
        draw_board_tile(app_, top, *tile, box, 1.0f, true, tile->id == selected_, drag.twist_degrees());
        app_.targets().add("card:" + tile->text,
                           {box.x, box.y, box.right(), box.bottom()});  // a held card can be touched too
    }
    draw_editors();
    if (details_) {
        details_->draw();
        if (details_->closed()) details_.reset();
    }
}

void BoardScreen::draw_top_bar(const BoardLayout& layout) {
    const Metrics& m = app_.metrics();
    begin_panel("##topbar", ImVec2(layout.top_bar.x, layout.top_bar.y), ImVec2(layout.top_bar.w, layout.top_bar.h));
    // The title, school and date: tap to change them on a sheet.
    session_details_button(app_, details_, layout.top_bar.w - m.mm(235));
    ImGui::SameLine(layout.top_bar.w - m.mm(225));
    if (touch_button(app_, "Grootte", 0, "button:Grootte instellen")) app_.open_size_setting();
    ImGui::SameLine();
    ImGui::BeginDisabled(app_.store()->session().may_undo().refused());
    if (touch_button(app_, "Ongedaan maken")) record(Undo{}, seat_of_ui_pointer());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(app_.store()->session().may_redo().refused());
    if (touch_button(app_, "Opnieuw")) record(Redo{}, seat_of_ui_pointer());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (touch_button(app_, "Naar beginscherm")) app_.close_session();
    end_panel();
}

void BoardScreen::draw_tray_panel(const BoardLayout& layout) {
    const Metrics& m = app_.metrics();
    begin_panel("##trayfooter", ImVec2(layout.tray_footer.x, layout.tray_footer.y),
                ImVec2(layout.tray_footer.w, layout.tray_footer.h));
    const float half = (layout.tray_footer.w - m.mm(11)) * 0.5f;
    if (touch_button(app_, "Lege kaart", half)) open_blank_card_editor(sheet_seat_of_ui_pointer());
    // Each optional deck (extra parties the sources name without a printed card), two a row.
    int in_row = 1;
    for (const Deck& deck : content().decks) {
        if (!deck.optional) continue;
        if (in_row++ % 2 == 1) ImGui::SameLine();
        const bool shown = state().shown_decks.count(deck.id) > 0;
        const std::string label = deck.name + (shown ? " verbergen" : " tonen") + "##deck" + deck.id;
        if (touch_button(app_, label, half, "button:" + deck.name))
            record(DeckShown{deck.id, !shown}, seat_of_ui_pointer());
    }
    end_panel();
}

bool BoardScreen::claims(float x, float y) const {
    if (details_ && details_->claims(x, y)) return true;
    return sheets_.claims(x, y) || own_panels_claim(x, y);
}

TileId BoardScreen::tile_at(float x, float y) const {
    // The last drawn lies on top.
    for (auto it = layout_.tiles.rbegin(); it != layout_.tiles.rend(); ++it) {
        if (it->box.contains(x, y)) return it->tile;
    }
    return 0;
}

void BoardScreen::canvas_pointer(const InputEvent& ev) {
    if (ev.type == InputEvent::Type::pointer_down) {
        finger_down(ev);
        return;
    }
    if (twist_moved(ev)) return;
    auto it = drags_.find(ev.pointer);
    if (it == drags_.end()) return;
    Drag& drag = it->second;
    drag.x = ev.x;
    drag.y = ev.y;
    if (std::hypot(ev.x - drag.start_x, ev.y - drag.start_y) > kTapSlopMm * app_.metrics().px_per_mm) drag.moved = true;
    if (ev.type != InputEvent::Type::pointer_up) return;
    finger_lifted(ev, drag);
    if (drag.twist_pointer >= 0) twist_owner_.erase(drag.twist_pointer);
    drags_.erase(it);
}

void BoardScreen::finger_down(const InputEvent& ev) {
    if (details_ && details_->claims(ev.x, ev.y)) {  // drawn last: it lies on top
        details_->pointer(ev);
        return;
    }
    if (sheets_.pointer(app_, ev)) return;
    if (press_own_panels(ev.x, ev.y)) return;
    // The "Nieuwe actiekaart" openers on the canvas.
    if (const ScreenRect* r = app_.targets().find("button:Nieuwe actiekaart"); r && r->contains(ev.x, ev.y)) {
        open_action_card(Seat::bottom);
        return;
    }
    if (const ScreenRect* r = app_.targets().find("button:Nieuwe actiekaart#2"); r && r->contains(ev.x, ev.y)) {
        open_action_card(Seat::top);
        return;
    }
    TileId tile = tile_at(ev.x, ev.y);
    if (tile == 0) return;
    for (auto& [holder, held] : drags_) {
        if (held.tile != tile) continue;
        // A second finger on a held card turns it, like turning a paper card with two fingers.
        if (held.twist_pointer < 0) {
            held.twist_pointer = ev.pointer;
            held.twist_x = ev.x;
            held.twist_y = ev.y;
            held.twist_start_degrees = std::atan2(-(ev.y - held.y), ev.x - held.x) * 180.0f / 3.14159265f;
            held.moved = true;  // lifting the first finger after a turn is no tap
            twist_owner_[ev.pointer] = holder;
        }
        return;
    }
    const TilePlace* place = layout_.find(tile);
    Drag drag;
    drag.tile = tile;
    // Hold the card where it was touched, at full size, so it is readable while carried.
    drag.grab_dx = (ev.x - place->box.x) / place->scale;
    drag.grab_dy = (ev.y - place->box.y) / place->scale;
    drag.x = drag.start_x = ev.x;
    drag.y = drag.start_y = ev.y;
    drags_[ev.pointer] = drag;
}

bool BoardScreen::twist_moved(const InputEvent& ev) {
    auto twist = twist_owner_.find(ev.pointer);
    if (twist == twist_owner_.end()) return false;
    auto held = drags_.find(twist->second);
    if (held != drags_.end()) {
        held->second.twist_x = ev.x;
        held->second.twist_y = ev.y;
        if (ev.type == InputEvent::Type::pointer_up) {
            // Lifting the second finger keeps the turn, to the nearest quarter.
            const Tile* tile = state().find_tile(held->second.tile);
            int quarter = static_cast<int>(std::lround(held->second.twist_degrees() / 90.0f)) * 90;
            if (tile && quarter % 360 != 0)
                record(CardRotated{tile->id, tile->degrees + quarter}, app_.seat_at(ev.x, ev.y));
            held->second.twist_pointer = -1;
        }
    }
    if (ev.type == InputEvent::Type::pointer_up) twist_owner_.erase(twist);
    return true;
}

void BoardScreen::finger_lifted(const InputEvent& ev, Drag& drag) {
    const Tile* tile = state().find_tile(drag.tile);
    if (!tile) return;
    Seat seat = side_of_finger(drag.start_x, drag.start_y);
    if (!drag.moved) {
        // A tap selects (its actions turn to the side of that finger), a second tap lets go.
        selected_ = selected_ == tile->id ? 0 : tile->id;
        selected_seat_ = seat;
        card_actions_open_ = selected_ != 0;
        return;
    }
    std::optional<std::string> destination;
    if (const LayerBand* band = layout_.band_at(ev.x, ev.y)) {
        destination = band->layer;
    } else if (layout_.tray.contains(ev.x, ev.y)) {
        destination = std::string(kTray);
    }
    if (destination && *destination != tile->layer) record(CardMoved{tile->id, *destination}, seat);
}

float BoardScreen::Drag::twist_degrees() const {
    if (twist_pointer < 0) return 0;
    float now = std::atan2(-(twist_y - y), twist_x - x) * 180.0f / 3.14159265f;
    return now - twist_start_degrees;
}

void BoardScreen::canvas_key(const InputEvent& ev) {
    if (details_) {  // the details sheet is open: a physical keyboard types there
        details_->key(ev);
        return;
    }
    sheets_.key(app_, ev);
}

double BoardScreen::next_wakeup_ms() const { return sheets_.next_wakeup_ms(); }

void BoardScreen::before_exit() {
    sheets_.for_each([this](Editor& e) { commit_editor(e); });
}

void BoardScreen::go_to_step(int delta) {
    const RondomJongState& s = state();
    const int step_count = static_cast<int>(content().steps.size());
    auto pos = std::find(s.layer_order.begin(), s.layer_order.end(), s.current_layer);
    size_t layer_index = pos == s.layer_order.end() ? 0 : static_cast<size_t>(pos - s.layer_order.begin());
    int step = s.current_step + delta;
    if (step > step_count) {
        if (layer_index + 1 >= s.layer_order.size()) return;  // the last layer is done
        ++layer_index;
        step = 1;
    } else if (step < 1) {
        if (layer_index == 0) return;
        --layer_index;
        step = step_count;
    }
    record(StepChanged{s.layer_order[layer_index], step}, seat_of_ui_pointer());
}

}  // namespace tafel
