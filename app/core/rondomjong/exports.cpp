#include "core/rondomjong/exports.hpp"

#include <vector>

namespace tafel {
namespace {

std::string layer_name(const RondomJongContent& c, const std::string& id) {
    const Layer* layer = c.find_layer(id);
    return layer ? layer->name : id;
}

}  // namespace

bool is_blank_action(const ActionCard& card) {
    for (const char* id : {"naam", "actie", "doel", "samen_met", "gepland", "afgerond"}) {
        if (card.field(id).find_first_not_of(" \n") != std::string::npos) return false;
    }
    return true;
}

std::string export_board_csv(const Session& session, const SessionState& state) {
    const RondomJongContent& c = session.content().rondomjong;
    std::string out = std::string(kCsvBom) + csv_row({"Laag", "Kaart", "Status", "Afwezig"});
    for (const Layer& layer : c.layers) {  // bottom-up
        for (const Tile* tile : state.rondomjong.tiles_in_layer(layer.id)) {
            out += csv_row({layer.name, tile->text, tile->not_yet_involved ? "nog niet betrokken" : "betrokken",
                            tile->absent ? "ja" : "nee"});
        }
    }
    return out;
}

std::string export_actions_csv(const Session& session, const SessionState& state) {
    const RondomJongContent& c = session.content().rondomjong;
    std::string out = std::string(kCsvBom) +
                      csv_row({"Naam", "Laag", "Actie", "Doel", "Samen met", "Gepland klaar", "Afgerond op", "Status"});
    for (const ActionCard& card : state.rondomjong.actions) {
        if (is_blank_action(card)) continue;  // nothing written on it: no row in the plan
        std::string layer = card.field("laag");
        out += csv_row({card.field("naam"), layer.empty() ? "" : layer_name(c, layer), card.field("actie"),
                        card.field("doel"), card.field("samen_met"), card.field("gepland"), card.field("afgerond"),
                        card.field("status")});
    }
    return out;
}

std::string export_markdown(const Session& session, const SessionState& state) {
    const SessionMeta& meta = session.meta();
    const RondomJongContent& c = session.content().rondomjong;
    const RondomJongState& rj = state.rondomjong;
    std::string out = "# " + meta.title + "\n\n";
    out += "- Soort: " + kind_name_nl(meta.kind) + "\n";
    out += "- School: " + (meta.school.empty() ? std::string("(niet ingevuld)") : meta.school) + "\n";
    out += "- Datum: " + meta.date + "\n";
    if (!meta.facilitator.empty()) out += "- Gespreksleider: " + meta.facilitator + "\n";
    out += "- Gebeurtenissen: " + std::to_string(session.events().size()) + "\n\n";
    if (meta.kind != kKindRondomJong) return out;

    auto action_lines = [&](const ActionCard& card) {
        if (is_blank_action(card)) return std::string();  // nothing written on it: no line in the plan
        std::string s = "- " + (card.field("naam").empty() ? std::string() : "**" + card.field("naam") + "**: ") +
                        card.field("actie");
        if (!card.field("doel").empty()) s += " — doel: " + card.field("doel");
        if (!card.field("samen_met").empty()) s += " — samen met: " + card.field("samen_met");
        if (!card.field("gepland").empty()) s += " — gepland klaar: " + card.field("gepland");
        if (!card.field("afgerond").empty()) s += " — afgerond op: " + card.field("afgerond");
        return s + " (" + card.field("status") + ")\n";
    };
    for (auto it = c.layers.rbegin(); it != c.layers.rend(); ++it) {  // top of the pyramid first, as it is read
        const Layer& layer = *it;
        out += "## " + layer.name + (layer.share.empty() ? "" : " (" + layer.share + ")") + "\n\n";
        auto tiles = rj.tiles_in_layer(layer.id);
        out += "### Partijen\n\n";
        if (tiles.empty()) out += "(geen kaarten gelegd)\n";
        for (const Tile* t : tiles) {
            out += "- " + t->text;
            if (t->not_yet_involved) out += " — *nog niet betrokken*";
            if (t->absent) out += " — afwezig";
            out += "\n";
        }
        out += "\n";
        bool any_note = false;
        for (const ProcedureStep& step : c.steps) {
            std::string note = rj.note(layer.id, step.number);
            if (note.empty()) continue;
            if (!any_note) out += "### Notities\n\n";
            any_note = true;
            out += "**" + std::to_string(step.number) + ". " + step.question + "**\n\n" + note + "\n\n";
        }
        bool any_action = false;
        for (const ActionCard& card : rj.actions) {
            if (card.field("laag") != layer.id || is_blank_action(card)) continue;
            if (!any_action) out += "### Actiekaarten\n\n";
            any_action = true;
            out += action_lines(card);
        }
        if (any_action) out += "\n";
    }
    bool header = false;
    for (const ActionCard& card : rj.actions) {
        if (c.find_layer(card.field("laag")) || is_blank_action(card)) continue;
        if (!header) out += "## Actiekaarten zonder laag\n\n";
        header = true;
        out += action_lines(card);
    }
    return out;
}

}  // namespace tafel
