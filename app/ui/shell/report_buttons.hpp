#pragma once
// *Verslag maken* and the other exports of the open session, as buttons in the current ImGui
// panel: every screen where a meeting ends offers the same ones (review of both methods, the end
// of the Rondom Jong loop, the effectenarena's Afsluiting). The files go to Verslagen/ beside the
// sessions (App::make_report), and the message says where.
#include "ui/shell/app.hpp"

namespace tafel {

// `columns` buttons a row within `width`: first *Verslag maken* (the pdf) across the width, then
// actieplan CSV, kaarten CSV, tekst (md), antwoorden CSV (effectenarena) and a picture (png).
void draw_report_buttons(App& app, float width, int columns = 2);

}  // namespace tafel
