#pragma once
// *Verslag maken* and the other exports of the open session, as buttons in the current ImGui
// panel: every screen where a meeting ends offers the same ones (review of both methods, the end
// of the Rondom Jong loop, the effectenarena's Afsluiting). The files go to Verslagen/ beside the
// sessions, in the browser they are downloads (App::make_report), and the message says where. In
// the browser the panel also offers the session file itself and says where the session is kept.
#include "ui/shell/app.hpp"

namespace tafel {

// `columns` buttons a row within `width`: first *Verslag maken* (the pdf) across the width, then
// actieplan CSV, kaarten CSV, tekst (md), antwoorden CSV (effectenarena) and a picture (png).
// In the browser *Verslag maken* shares its row with *Sessie als bestand* (the .tafel file).
void draw_report_buttons(App& app, float width, int columns = 2);

// The height the browser's sentence below the buttons needs (0 on the desktop), for a panel
// of fixed height.
float report_buttons_note_height();

}  // namespace tafel
