#pragma once
// A play script: JSON Lines that drive the real app as fingers, a mouse and a keyboard would.
// See docs/targets.md for the named targets that gestures (drag, tap) aim at.
#include <string>
#include <vector>

namespace tafel {

struct ScriptLine {
    int line_number = 0;
    double t = 0;  // ms from the start of the script
    std::string
        type;    // finger_down|finger_move|finger_up|mouse_down|mouse_move|mouse_up|text|key|wait|drag|tap|expect|
                 // expect_fits
    int id = 1;  // finger id
    float x = 0, y = 0;            // 0..1 of the window
    float dx = 0, dy = 0;          // with a target instead of x and y: offset from its centre, in window fractions
    std::string text;              // for text
    std::string key;               // an SDL key name, for key
    std::string from, to, target;  // named targets, for drag and tap (and finger_*/mouse_* instead of x, y)
    double ms = 400;               // how long a drag takes
};

// Throws UserError naming the line when a line is not valid.
std::vector<ScriptLine> parse_script(const std::string& text, const std::string& shown_name);

}  // namespace tafel
