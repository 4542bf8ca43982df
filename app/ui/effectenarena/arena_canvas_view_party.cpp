// The sheet that lays a party in the arena: a printed party card of the Rondom Jong deck, or a
// blank card with a name typed on it ("GEMEENTE"), in a zone of the host's choice (by default
// the investeerders). It records ArenaPartyLaid; the card can then be moved and linked as any.
#include <imgui.h>

#include <algorithm>

#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

using namespace style;

constexpr const char* kNameField = "partij";

}  // namespace

void ArenaScreen::open_party(Seat seat) {
    if (in_review()) return;  // nothing is laid while looking back
    auto e = std::make_unique<Editor>();
    e->kind = Editor::Kind::party;
    const auto& zones = content().arena_zones;
    const bool investeerders =
        std::any_of(zones.begin(), zones.end(), [](const ArenaZone& z) { return z.id == "investeerders"; });
    e->zone = investeerders ? "investeerders" : (zones.empty() ? std::string() : zones.front().id);
    e->fields[kNameField].max_bytes = 80;
    e->focus = kNameField;
    show_editor(std::move(e), seat, 200, 215);
}

void ArenaScreen::draw_party_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const Metrics& m = app_.metrics();
    const float pad = m.mm(4), w = sheet.width() - 2 * pad, gap = m.mm(1.5f);
    ImFont* body = app_.fonts().body;
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), u32(kTitleInk), "Partij in de arena");
    float y = pad + m.mm(8);
    sheet.field(kNameField, "Naam (tik een kaart of schrijf op een lege kaart)", {pad, y, w, m.mm(14)},
                e.fields[kNameField], true, sheets_.focus_on(e, kNameField));
    y += m.mm(16);
    // The printed party cards of Rondom Jong: the same roles sit around this table.
    const RondomJongContent& rj = app_.store()->session().content().rondomjong;
    const std::vector<std::string> parties = rj.decks.empty() ? std::vector<std::string>() : rj.decks.front().cards;
    const int columns = 5;
    const float cw = (w - (columns - 1) * gap) / columns, ch = m.mm(kTouchMm);
    for (size_t i = 0; i < parties.size(); ++i) {
        const float x = pad + static_cast<float>(i % columns) * (cw + gap);
        const size_t row = i / columns;
        const float py = y + static_cast<float>(row) * (ch + gap);
        const std::string& party = parties[i];
        sheet.choice(
            party, party, {x, py, cw, ch}, e.trimmed(kNameField) == party,
            [&e, party] { e.fields[kNameField].text = party; }, "card:");
    }
    const size_t rows = (parties.size() + columns - 1) / columns;
    y += static_cast<float>(rows) * (ch + gap) + gap;
    sheet.text(body, body->FontSize, ImVec2(pad, y), u32(kHint), "Leg hem bij:");
    y += m.mm(6);
    const auto& zones = content().arena_zones;
    const float zw =
        (w - static_cast<float>(zones.size() - 1) * gap) / static_cast<float>(std::max<size_t>(1, zones.size()));
    for (size_t i = 0; i < zones.size(); ++i) {
        sheet.choice(zones[i].id, zones[i].name, {pad + static_cast<float>(i) * (zw + gap), y, zw, ch},
                     e.zone == zones[i].id, [&e, id = zones[i].id] { e.zone = id; });
    }
    y += ch + gap * 2;
    save_close_row(e, {pad, y, w, m.mm(12)});
    y += m.mm(14);
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, &e.fields[kNameField], [this, &e] {
        if (commit(e, true)) e.close_requested = true;
    });
}

bool ArenaScreen::commit_party(Editor& e, bool from_save_button) {
    const std::string name = e.trimmed(kNameField);
    if (name.empty()) {
        // Closing an empty sheet lays nothing; Opslaan says what is missing.
        if (from_save_button) app_.set_message("Tik een partijkaart aan of schrijf een naam, of kies Sluiten.");
        return !from_save_button;
    }
    if (e.card != 0) return true;  // laid already: Opslaan and then Sluiten lay it once
    const int id = state().next_answer_id();
    record(ArenaPartyLaid{id, name, e.zone}, e.sheet->seat());
    if (state().find_answer(id)) e.card = id;
    return e.card != 0;
}

}  // namespace tafel
