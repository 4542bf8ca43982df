#pragma once
// The details of a session (title, school, date, facilitator) typed on a sheet with its own
// keyboard: when a session is created on the start screen, when one is renamed there, and from
// the header of the board and the arena. The host draws it, hands it fingers and keys, and says
// what saving does (create the file, or record a session_details_set event). It is one sheet of
// the shared component (sheet_editor.hpp): placing, fingers, keys and trimming are its.
#include <functional>
#include <memory>
#include <string>

#include "ui/shell/app.hpp"
#include "ui/shell/sheet_editor.hpp"

namespace tafel {

struct DetailsInput {
    std::string title, school, date, facilitator;
};

class DetailsSheet {
public:
    // `on_save` gets what was typed (spaces trimmed) and returns "" when done (the sheet closes)
    // or one Dutch sentence saying what to change (the sheet stays, with the sentence on it).
    using SaveAction = std::function<std::string(const DetailsInput&, Seat)>;
    DetailsSheet(App& app, Seat seat, std::string heading, std::string save_label, const DetailsInput& initial,
                 SaveAction on_save);

    void draw();  // on top of the screen; call last in the frame
    bool claims(float x, float y) const { return sheets_.claims(x, y); }
    void pointer(const InputEvent& event);
    void key(const InputEvent& event);
    bool closed() const { return sheets_.empty(); }

private:
    // Its fields: titel, school, gespreksleider, datum.
    struct Editor : SheetEditor {
        std::string problem;  // why the last save did not close the sheet
    };
    void draw(Editor& e);
    void save(Editor& e);
    void next_field(Editor& e);

    App& app_;
    Sheets<Editor> sheets_;  // just this one sheet; empty once it is closed
    std::string heading_, save_label_;
    SaveAction on_save_;
};

// The sheet for the open session's details, from the header of the board or the arena: saving
// records one session_details_set event (nothing when nothing changed).
std::unique_ptr<DetailsSheet> open_session_details(App& app);

// A button in a header that shows the session's title, school and date and opens its details
// sheet in `sheet` (target button:Gegevens van de sessie).
void session_details_button(App& app, std::unique_ptr<DetailsSheet>& sheet, float width);

// Where a sheet goes when it is opened with the ImGui pointer (a panel button).
Seat seat_of_panel_tap(const App& app);

}  // namespace tafel
