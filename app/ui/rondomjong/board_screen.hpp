#pragma once
// The Rondom Jong board: the pyramid, the tray of party cards, the question loop per layer,
// and the sheets in which people type (blank cards, notes, action cards).
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "core/rondomjong/board_layout.hpp"
#include "ui/shell/app.hpp"
#include "ui/shell/details_sheet.hpp"
#include "ui/shell/sheet.hpp"
#include "ui/shell/sheet_editor.hpp"

namespace tafel {

class BoardScreen : public Screen {
public:
    static constexpr double kCommitAfterIdleMs = 1500;  // typed text is recorded after this pause
    static constexpr float kSideDepthMm = 27.0f;        // a side's own box: two rows of 11 mm buttons
    explicit BoardScreen(App& app);
    void draw() override;
    void canvas_pointer(const InputEvent& event) override;
    void canvas_key(const InputEvent& event) override;
    bool claims(float x, float y) const override;
    double next_wakeup_ms() const override;
    void before_exit() override;

private:
    // A card held by one finger (or the mouse) while it is dragged.
    struct Drag {
        TileId tile = 0;
        float grab_dx = 0, grab_dy = 0;  // finger position relative to the tile's top-left
        float x = 0, y = 0, start_x = 0, start_y = 0;
        bool moved = false;
        // A second finger on the held card turns it: where that finger is, and the angle it started at.
        PointerId twist_pointer = -1;
        float twist_x = 0, twist_y = 0, twist_start_degrees = 0;
        float twist_degrees() const;  // the turn so far, counter-clockwise
    };
    // An open sheet: what it edits and what of it is recorded already.
    struct Editor : SheetEditor {
        enum class Kind { blank_card, note, action_card } kind = Kind::blank_card;
        int action_card = 0;
        std::string note_layer;
        int note_step = 0;
        std::map<std::string, std::string> saved;  // what is already recorded, per field
        bool asked_to_close = false;               // action card: closing without an action was asked once
    };

    const RondomJongState& state() const;
    const RondomJongContent& content() const;
    void record(Payload payload, Seat seat = Seat::unknown);

    void draw_top_bar(const BoardLayout& layout);
    void draw_tray_panel(const BoardLayout& layout);
    void draw_side_panel(const BoardLayout& layout);
    void draw_layer_list(float width);
    void draw_step_text(float width);
    float selected_card_height(float width) const;
    void draw_selected_card(float width);
    void draw_action_list(float width);
    void draw_editors();
    void draw_blank_card_editor(Editor& editor);
    void draw_note_editor(Editor& editor);
    void draw_action_card_editor(Editor& editor);
    float draw_printed_action_fields(Editor& editor, float y);
    float draw_own_action_fields(Editor& editor, float y);
    void draw_action_card_buttons(Editor& editor, float y);
    void draw_action_openers(const BoardLayout& layout);
    // Each side's own box (board_screen_sides.cpp): where it lies, turned towards that side.
    struct SidePlace {
        ImVec2 center;
        float w = 0, h = 0;  // as the side sees it
        bool shown = false;  // the screen has room for it
    };
    SidePlace side_place(Seat seat) const;
    void draw_sides();
    void draw_side(Seat seat, Sheet& box);
    void draw_side_note(Seat seat, const Sheet& box);
    void draw_card_actions();
    void card_action(Payload payload, Seat seat);  // records it; the actions beside the card close
    ImVec2 card_actions_center(const Box& card, float w, float h) const;
    bool press_own_panels(float x, float y);  // a finger on a side's box or the card's actions
    bool own_panels_claim(float x, float y) const;
    void finger_down(const InputEvent& event);
    bool twist_moved(const InputEvent& event);  // a second finger turning a held card
    void finger_lifted(const InputEvent& event, Drag& drag);
    bool is_very_last_step() const;
    std::string current_question_text() const;

    void open_blank_card_editor(Seat seat);
    void open_note_editor(Seat seat);
    void open_action_card(Seat seat, int existing_card = 0);
    void commit_editor(Editor& editor);  // records what was typed and not yet recorded
    // Closes an action card sheet: a card with nothing on it leaves the plan; one without an
    // action asks once whether to close anyway.
    void close_action_card(Editor& editor);
    Editor& open_editor(std::unique_ptr<Editor> editor, Seat seat, float width_mm, float height_mm);
    void go_to_step(int delta);
    Seat seat_of_ui_pointer() const;
    Seat sheet_seat_of_ui_pointer() const;
    Seat side_of_finger(float x, float y) const;
    TileId tile_at(float x, float y) const;

    App& app_;
    BoardLayout layout_;
    std::map<PointerId, Drag> drags_;
    TileId selected_ = 0;
    Seat selected_seat_ = Seat::bottom;     // the side of the finger that selected it
    bool card_actions_open_ = false;        // its actions beside it, until one of them is taken
    std::unique_ptr<Sheet> side_boxes_[4];  // by Seat
    std::unique_ptr<Sheet> card_actions_;
    Sheets<Editor> sheets_;
    bool show_explanation_ = false;
    std::map<PointerId, PointerId> twist_owner_;  // second finger -> the finger holding the card
    std::unique_ptr<DetailsSheet> details_;       // title, school, date, facilitator (from the top bar)
};

}  // namespace tafel
