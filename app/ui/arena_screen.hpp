#pragma once
// The effectenarena: the host walks the programme step by step with a clock, shows the
// persona section by section, and everyone writes answer cards in the break-outs; the plenary
// adds them up; the arena canvas links them. One file per view:
//   arena_screen.cpp         header with the clock, bottom bar, routing, sheets (answer, goal, need)
//   arena_step_view.cpp      the step view for the whole room and the programme overview
//   arena_breakout_view.cpp  one zone per group with leefdomein columns
//   arena_plenary_view.cpp   both groups side by side, the optelsom and the tags
//   arena_canvas_view.cpp    the classic arena: four zones, cards and the lines between them
//   arena_persona_view.cpp   the persona, section by section
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/arena_state.hpp"
#include "core/board_layout.hpp"
#include "platform/picture.hpp"
#include "ui/app.hpp"
#include "ui/sheet.hpp"

namespace tafel {

class ArenaScreen : public Screen {
public:
    explicit ArenaScreen(App& app);
    void draw() override;
    void canvas_pointer(const InputEvent& event) override;
    void canvas_key(const InputEvent& event) override;
    bool claims(float x, float y) const override;
    double next_wakeup_ms() const override;
    void before_exit() override;

private:
    enum class Overlay { none, programme, persona, arena };

    // An open sheet: a new or existing answer card, a group's goal, or a need.
    struct Editor {
        enum class Kind { answer, goal, need } kind = Kind::answer;
        std::unique_ptr<Sheet> sheet;
        int card = 0;  // answer: 0 while new
        int group = 1;
        int need = 0;
        std::string question = "vraag1";
        std::string leefdomein;
        std::string party;
        std::map<std::string, TextField> fields;
        std::string focus;
        bool close_requested = false;
    };

    // A finger on the arena canvas: carrying a card to a zone, or drawing a line to another card.
    struct CanvasDrag {
        int card = 0;
        float x = 0, y = 0, start_x = 0, start_y = 0;
        bool from_canvas = false;  // started on a card lying in a zone (draws a line)
        bool moved = false;
    };

    const EffectenarenaState& state() const;
    const EffectenarenaContent& content() const;
    void record(Payload payload, Seat seat = Seat::unknown);
    Seat seat_of_ui_pointer() const;
    std::string persona_label(int group) const;
    std::string question_short(const std::string& id) const;  // "V1"

    // Views.
    void draw_header(Box area);
    void draw_bottom_bar(Box area);
    void draw_step_view(Box area);
    void draw_programme(Box area);
    void draw_breakout(Box area);
    void draw_zone(int group, Box area);
    void draw_plenary(Box area);
    void draw_tally(Box area);
    void draw_persona_view(Box area);
    // The persona's picture, resolved in the assets' personas folder; nullptr when there is
    // none or it cannot be read (then the problem is shown once and the placeholder stays).
    const PictureCache::Entry* picture_of(const Persona& persona);
    void draw_arena_canvas(Box area);
    void draw_answer_tile(ImDrawList* list, const AnswerCard& card, Box box, bool lifted);
    bool plenary_step() const;  // a plenary step after a break-out: answers are added up

    // Sheets.
    void open_answer(Seat seat, int group, int existing_card = 0);
    void open_goal(Seat seat, int group);
    void open_need(Seat seat, int group, int existing_need = 0);
    void draw_editors();
    void draw_answer_editor(Editor& e);
    void draw_goal_editor(Editor& e);
    void draw_need_editor(Editor& e);
    bool commit(Editor& e, bool from_save_button);  // false when something is missing
    void drop_closed_editors();

    // The clock.
    void clock_button_row(float width);
    std::int64_t remaining_ms() const;

    App& app_;
    Overlay overlay_ = Overlay::none;
    int selected_card_ = 0;  // plenary: the card being tagged
    std::vector<std::unique_ptr<Editor>> editors_;
    Editor* keyboard_owner_ = nullptr;
    Box middle_;  // the area between header and bottom bar in the frame just drawn

    // Arena canvas geometry of the frame just drawn.
    struct PlacedTile {
        int card;
        Box box;
    };
    std::vector<PlacedTile> canvas_tiles_;
    std::map<std::string, Box> zone_boxes_;
    Box tray_box_;
    std::map<PointerId, CanvasDrag> drags_;
    PictureCache pictures_;  // persona pictures, freed with the screen
};

}  // namespace tafel
