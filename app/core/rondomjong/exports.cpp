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
    for (const char* id : {action_field::kName, action_field::kAction, action_field::kGoal, action_field::kTogetherWith,
                           action_field::kPlanned, action_field::kCompleted}) {
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
        std::string layer = card.field(action_field::kLayer);
        out += csv_row({card.field(action_field::kName), layer.empty() ? "" : layer_name(c, layer),
                        card.field(action_field::kAction), card.field(action_field::kGoal),
                        card.field(action_field::kTogetherWith), card.field(action_field::kPlanned),
                        card.field(action_field::kCompleted), card.field(action_field::kStatus)});
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
        std::string s = "- " +
                        (card.field(action_field::kName).empty() ? std::string()
                                                                 : "**" + card.field(action_field::kName) + "**: ") +
                        card.field(action_field::kAction);
        if (!card.field(action_field::kGoal).empty()) s += " — doel: " + card.field(action_field::kGoal);
        if (!card.field(action_field::kTogetherWith).empty())
            s += " — samen met: " + card.field(action_field::kTogetherWith);
        if (!card.field(action_field::kPlanned).empty()) s += " — gepland klaar: " + card.field(action_field::kPlanned);
        if (!card.field(action_field::kCompleted).empty())
            s += " — afgerond op: " + card.field(action_field::kCompleted);
        return s + " (" + card.field(action_field::kStatus) + ")\n";
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
            if (card.field(action_field::kLayer) != layer.id || is_blank_action(card)) continue;
            if (!any_action) out += "### Actiekaarten\n\n";
            any_action = true;
            out += action_lines(card);
        }
        if (any_action) out += "\n";
    }
    bool header = false;
    for (const ActionCard& card : rj.actions) {
        if (c.find_layer(card.field(action_field::kLayer)) || is_blank_action(card)) continue;
        if (!header) out += "## Actiekaarten zonder laag\n\n";
        header = true;
        out += action_lines(card);
    }
    return out;
}

}  // namespace tafel
