#pragma once
// A sheet: a panel drawn on the canvas and turned towards the person who opened it, with its
// own text fields, buttons and on-screen keyboard. Sheets take fingers directly (not through
// ImGui's single pointer), so two people can each type on their own sheet at the same time.
#include <imgui.h>

#include <algorithm>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/rondomjong/board_layout.hpp"
#include "core/session/events.hpp"
#include "ui/shell/app.hpp"

namespace tafel {

struct TextField {
    std::string text;
    size_t max_bytes = 400;
    size_t cursor = std::string::npos;  // where typing goes, a byte offset; npos: at the end
    size_t caret() const { return std::min(cursor, text.size()); }
    void type(const std::string& utf8);  // at the caret
    void backspace();                    // removes the whole UTF-8 character before the caret
    void move_cursor(int characters);    // left (negative) or right, by whole characters
    void place_cursor(size_t offset);    // at a character boundary at or before `offset`
    // Where a phone writes a capital: the start of the field, a line or a sentence (". ").
    bool at_sentence_start() const;
};

// How far text turns so that it reads upright for a person at `side` (counter-clockwise degrees).
float degrees_facing(Seat side);

class Sheet {
public:
    Sheet(ImVec2 center, float width, float height, Seat seat);

    // Turned so that its text reads upright for a person at `seat`.
    float degrees() const;
    Seat seat() const { return seat_; }
    ImVec2 to_screen(ImVec2 local) const;
    ImVec2 to_local(ImVec2 screen) const;
    bool contains(float x, float y) const;
    float width() const { return width_; }
    float height() const { return height_; }

    // Drawing, in local coordinates (0,0 = top-left of the sheet as its user sees it).
    void begin(App& app);  // starts a frame: clears the hit regions, draws the background
    void end();            // turns what was drawn towards the user
    void text(ImFont* font, float size, ImVec2 pos, ImU32 color, const std::string& s, float wrap_width = 0);
    bool button(const std::string& label, Box box, std::function<void()> on_tap, bool highlighted = false);
    // Opslaan (highlighted; or `save_label`) and a close button side by side in `row`; Escape on a
    // physical keyboard is the close button.
    void save_close_row(Box row, std::function<void()> on_save, std::function<void()> on_close,
                        const std::string& close_label = "Sluiten", const std::string& save_label = "Opslaan");
    // A button that closes the sheet: Escape on a physical keyboard does the same.
    void close_button(const std::string& label, Box box, std::function<void()> on_tap);
    void field(const std::string& target, const std::string& label, Box box, TextField& field, bool focused,
               const std::function<void()>& on_focus);
    // Registered as the target prefix + target, "option:groep1" (or "card:MENTOR" for a party to pick).
    void choice(const std::string& target, const std::string& label, Box box, bool selected,
                std::function<void()> on_tap, const std::string& prefix = "option:");
    // A keyboard with Dutch diacritics typing into `field`; `on_enter` is the Return key.
    void keyboard(Box box, TextField* field, const std::function<void()>& on_enter);
    // Dates picked with fingers, one row of buttons in `row`: "vandaag", or step the date in
    // `field` (today when it holds none) by -1 dag, +1 dag, +1 week, +1 maand, +3 maanden.
    void date_buttons(Box row, TextField& field, const std::function<void()>& on_change);

    // A finger went down at a screen point: runs the action under it. True when it hit the sheet.
    bool press(float x, float y);
    // The Return key of a physical keyboard: the same as this sheet's on-screen Return key.
    void press_enter() {
        if (on_enter_) on_enter_();
    }
    // Escape: the same as this sheet's close button.
    void press_escape() {
        if (on_close_) on_close_();
    }

    ImDrawList* draw_list() const { return list_; }

private:
    struct Region {
        Box box;
        std::function<void()> action;
        std::function<void(ImVec2)> action_at = nullptr;  // told where (local) the finger came down
    };
    // What a key of the on-screen keyboard types now: capitals after Shift, in caps lock and at
    // the start of a sentence (unless Shift was tapped away there).
    bool capitals(const TextField* field) const;
    void tap_shift();
    void key_rows(Box box, TextField* field, float key_w, float key_h, float gap);
    void key(const std::string& name, const std::string& shown, Box box, std::function<void()> action, bool lit);
    void type_key(TextField* field, const std::string& key);  // with a capital where one is due
    void add_target(const std::string& name, const Box& local);

    ImVec2 center_;
    float width_, height_;
    Seat seat_;
    App* app_ = nullptr;
    ImDrawList* list_ = nullptr;
    int first_vertex_ = 0;
    std::vector<Region> regions_;
    std::function<void()> on_enter_;
    std::function<void()> on_close_;
    bool shift_ = false;            // a capital for the next letter
    bool caps_lock_ = false;        // capitals until Shift is tapped again (Shift tapped twice quickly)
    bool no_auto_capital_ = false;  // Shift tapped away the capital at the start of a sentence
    double last_shift_ms_ = -1e9;   // when Shift was tapped last, with no other key since
    bool accents_ = false;
};

// Where a sheet opened from a panel button goes: the long side of the table nearest to the
// finger (panels stand at the short sides or fill the screen; people stand along the long sides).
Seat sheet_seat_for_panel(const App& app, ImVec2 finger);

// The label of an action card field as printed on the paper card (its id when unknown).
std::string action_field_label(const RondomJongContent& content, const std::string& id);

// A new sheet of `width_mm` x `height_mm` against the edge of `seat`, where it overlaps the
// `others` least, so several people can each type at their own sheet. `positions` are the
// places along that edge to try, in order, as fractions of its length.
std::unique_ptr<Sheet> place_sheet(const App& app, Seat seat, float width_mm, float height_mm,
                                   const std::vector<const Sheet*>& others,
                                   std::initializer_list<float> positions = {0.25f, 0.75f, 0.5f, 0.0f, 1.0f});

}  // namespace tafel
