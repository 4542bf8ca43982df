#pragma once
// Where a card's name may break into lines: the screen (draw_text_in_box) and the pdf report
// wrap card names with the same function, so both break at the same Dutch places.
#include <functional>
#include <string>
#include <vector>

namespace tafel {

// The width of a text in the font and size being wrapped.
using TextWidth = std::function<float(const std::string&)>;

// The lines of a card's text at `max_width`. A line breaks after a space, "/" or "-", or at a
// soft hyphen of `text` (Dutch break places from cards.json; a "-" is drawn there). Only with
// `last_resort` is a word still wider than a line broken anywhere, with a "-". The lines hold
// no soft hyphens.
std::vector<std::string> wrap_card_text(const TextWidth& width_of, float max_width, const std::string& text,
                                        bool last_resort);

}  // namespace tafel
