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
//   arena_preparation_view.cpp  before the start: programme, leefdomeinen, groups, personas
//   arena_persona_editor.cpp    the persona editor sheet
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/effectenarena/arena_state.hpp"
#include "core/rondomjong/board_layout.hpp"
#include "platform/picture.hpp"
#include "ui/shell/app.hpp"
#include "ui/shell/details_sheet.hpp"
#include "ui/shell/sheet_editor.hpp"

namespace tafel {

class ArenaScreen : public Screen {
public:
    explicit ArenaScreen(App& app);

    // Review (arena_review_screen.hpp): the screen shows `state` as it stood at wall-clock time
    // `at_ms`, read-only, above `bottom_reserved` pixels kept free for the review timeline.
    struct ReviewView {
        const SessionState* state = nullptr;
        std::int64_t at_ms = 0;
        float bottom_reserved = 0;
        bool picture = false;                          // the png export: the views alone, without buttons
        std::function<void(int step)> on_step_chosen;  // a step tapped in the programme overview
    };
    void show_review(ReviewView view);
    bool in_review() const { return review_.state != nullptr; }
    void draw() override;
    void canvas_pointer(const InputEvent& event) override;
    void canvas_pointer_down(const InputEvent& ev);
    void canvas_key(const InputEvent& event) override;
    bool claims(float x, float y) const override;
    double next_wakeup_ms() const override;
    void before_exit() override;

private:
    enum class Overlay { none, programme, persona, arena, preparation };

    // An open sheet: a new or existing answer card, a group's goal, a need; in the preparation
    // a programme step, a leefdomein or a persona.
    struct Editor : SheetEditor {
        enum class Kind { answer, goal, need, step, leefdomein, persona, party } kind = Kind::answer;
        int card = 0;  // answer: 0 while new
        int group = 1;
        int need = 0;
        std::string question = "vraag1";
        std::string leefdomein;
        std::string party;
        std::string zone;      // party: the arena zone it is laid in
        std::string original;  // step: its id; leefdomein: its name; "" for a new one
        Persona persona;       // persona: the draft (its sections apart from the one in `fields`)
        bool new_persona = false;
        int section = -1;  // persona: the section shown in the fields "kop" and "tekst"
        std::optional<std::vector<std::string>> picture_files;  // persona: read once, when first shown
    };

    // A finger on the arena canvas: carrying a card to a zone, or drawing a line to another card.
    struct CanvasDrag {
        int card = 0;
        float x = 0, y = 0, start_x = 0, start_y = 0;
        bool from_canvas = false;  // started on a card lying in a zone (draws a line)
        bool moved = false;
        // A line's ✕ lying over this card: a tap takes the line away, a drag carries the card.
        int line_from = 0, line_to = 0;
        std::string scroll;  // card 0: the zone (or "tray") this finger scrolls
        float scroll_start = 0;
    };

    const EffectenarenaState& state() const;
    const EffectenarenaContent& content() const;
    void record(Payload payload, Seat seat = Seat::unknown);
    Seat seat_of_ui_pointer() const;
    std::string persona_label(int group) const;
    std::string question_short(const std::string& id) const;  // "V1"

    // Views.
    void draw_header(Box area);
    // The header's height at this width: room for the questions of the step that has the most,
    // in the cards' font, so the header (and the clock's buttons at its foot) keeps one height
    // through the programme.
    float header_height(float width, float height) const;
    void draw_bottom_bar(Box area);
    void draw_step_view(Box area);
    void draw_programme(Box area);
    void retime_buttons(int step, float width);  // −5 / +5 min on the current or a later step
    void draw_breakout(Box area);
    void draw_zone(int group, Box area);
    // A break-out zone is drawn upright, then turned to its group's side (arena_breakout_view.cpp).
    struct ZoneFrame;
    float zone_head(ZoneFrame& f);
    void zone_column(ZoneFrame& f, size_t index, Box column, float head_h);
    void zone_buttons(ZoneFrame& f, Box row);
    void zone_button(ZoneFrame& f, const std::string& label, const std::string& target, Box box,
                     std::function<void()> action);
    void zone_input(ZoneFrame& f);
    void plenary_column(int group, Box area);
    void plenary_tags(Box area);
    void draw_plenary(Box area);
    void draw_tally(Box area);
    void draw_persona_view(Box area);
    void draw_persona_column(const Persona& persona, float inner);
    void draw_persona_face(const Persona& persona, ImVec2 at, float face);
    void draw_persona_sections(const Persona& persona, int revealed, float inner);
    // The persona's picture, resolved in the assets' personas folder; nullptr when there is
    // none or it cannot be read (then the problem is shown once and the placeholder stays).
    const PictureCache::Entry* picture_of(const Persona& persona);
    // The arena canvas (arena_canvas_view.cpp): layout, then zones, cards, lines above them, fingers.
    void draw_arena_canvas(Box area);
    void layout_canvas(Box area);
    void lay_cards(const std::string& key, const std::vector<const AnswerCard*>& cards, Box cards_area);
    void draw_canvas_zones(ImDrawList* list);
    void draw_canvas_links(ImDrawList* list);
    void draw_canvas_drags();
    void draw_deck_tile(ImDrawList* list, const AnswerCard& card, Box box, bool lifted);
    void draw_canvas_tile(ImDrawList* list, const AnswerCard& card, Box box, bool lifted);
    bool canvas_scroll_pointer(const InputEvent& event);  // a finger on the empty part of a zone scrolls it
    void open_party(Seat seat);  // a party card from the deck (or a blank card) laid in the arena
    void draw_party_editor(Editor& e);
    bool commit_party(Editor& e, bool from_save_button);
    float answer_height(const AnswerCard& card, float width) const;
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
    // Places a new sheet at the edge of `seat` beside the open ones and gives it the keyboard.
    Editor& show_editor(std::unique_ptr<Editor> e, Seat seat, float width_mm, float height_mm);
    // Opslaan (it closes once commit() saved) and Sluiten in `row`.
    void save_close_row(Editor& e, Box row);

    // Preparation (arena_preparation_view.cpp, arena_persona_editor.cpp). Every change records
    // the whole new list; the core refuses them once the meeting has started.
    void draw_preparation(Box area);
    void draw_programme_editor(bool fixed);
    void draw_programme_start(bool fixed, const std::vector<ProgrammeStep>& steps, Seat seat);
    struct ProgrammeRow {  // the widths of a step's row in the programme editor
        float time = 0, minus = 0, minutes = 0, kind = 0, title = 0, arrow = 0;
        bool two_lines = false;  // the title and the arrows on a line below the rest
    };
    void draw_programme_row(const std::vector<ProgrammeStep>& steps, size_t i, bool fixed, const ProgrammeRow& widths,
                            Seat seat);
    void draw_leefdomeinen_editor(bool fixed);
    void draw_groups_editor(bool fixed);
    void draw_personas_list(bool fixed);
    void record_programme(std::vector<ProgrammeStep> steps, Seat seat);  // with the start times recomputed
    void open_step(Seat seat, const std::string& id);                    // "" for a new step
    void open_leefdomein(Seat seat, const std::string& name);            // "" for a new leefdomein
    void draw_step_editor(Editor& e);
    void draw_leefdomein_editor(Editor& e);
    bool commit_step(Editor& e, bool from_save_button);
    bool commit_leefdomein(Editor& e, bool from_save_button);
    void open_persona(Seat seat, const std::string& id);  // "" for a new persona
    void draw_persona_editor(Editor& e);
    void draw_persona_head(Editor& e);
    void draw_persona_photo(Editor& e, ImVec2 at, float photo);
    float draw_persona_pictures(Editor& e, float y, float left_w);
    void draw_persona_parts(Editor& e, float y, float parts_h);
    void show_section(Editor& e, int section);  // keeps what was typed in the one shown before
    bool commit_persona(Editor& e, bool from_save_button);

    // The clock.
    void clock_button_row(float width);
    // A button that shows or hides an overlay, highlighted while it is shown.
    void overlay_toggle(const char* label, Overlay which, float width);
    void draw_review_bar(Box area);  // in review: the views and the way out, nothing that changes the meeting
    float reports_panel_height() const;
    void draw_reports_panel(Box bar);  // Verslag maken and the exports, above the bar
    std::int64_t remaining_ms() const;

    App& app_;
    ReviewView review_;
    bool show_exports_ = false;
    std::unique_ptr<DetailsSheet>
        details_;  // title, school, date, facilitator (from the header)  // review: the panel with Verslag maken and the other exports
    Overlay overlay_ = Overlay::none;
    int selected_card_ = 0;                                  // plenary: the card being tagged
    std::map<std::pair<int, size_t>, float> column_scroll_;  // break-out: (group, leefdomein) -> pixels
    bool zone_scrolled_ = false;  // the finger on a zone has moved: it scrolls, it does not tap
    Sheets<Editor> sheets_;
    Box middle_;  // the area between header and bottom bar in the frame just drawn

    // Arena canvas geometry of the frame just drawn.
    struct PlacedTile {
        int card;
        Box box;
        Box shown;  // the part in sight: a zone that scrolls cuts its cards off at its edges
    };
    std::vector<PlacedTile> canvas_tiles_;  // the cards that can be seen (and touched)
    // Every card's place, also those scrolled out of sight (lines end at the zone's edge then).
    std::map<int, Box> card_places_;
    std::map<std::string, Box> card_areas_;       // per zone id (and "tray"): where its cards lie
    std::map<std::string, float> canvas_scroll_;  // per zone id (and "tray"): how far it is scrolled
    std::map<std::string, float> scroll_max_;
    void draw_page_buttons();  // "Volgende kaarten" under a zone (or the tray) that holds more than it shows
    std::map<std::string, Box> zone_boxes_;
    Box tray_box_;
    std::map<PointerId, CanvasDrag> drags_;
    PictureCache pictures_;  // persona pictures, freed with the screen
};

}  // namespace tafel
