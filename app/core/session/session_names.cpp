// How undo names the change it takes back: a few Dutch words a person at the table recognises,
// party cards by their name and action cards by their number ("naam op actiekaart 2").
#include "core/session/session.hpp"

namespace tafel {
namespace {

// The short word for a field of the action card (the printed labels are whole sentences).
std::string field_word(const std::string& id) {
    if (id == "samen_met") return "samen met";
    if (id == "gepland") return "geplande datum";
    if (id == "afgerond") return "datum afgerond";
    std::string word = id;
    for (char& c : word) c = c == '_' ? ' ' : c;
    return word;
}

struct Namer {
    const Content& content;
    const RondomJongState& rj;

    std::string card(TileId id) const {
        const Tile* t = rj.find_tile(id);
        return t && !t->text.empty() ? t->text : "kaart " + std::to_string(id);
    }
    std::string layer(const std::string& id) const {
        if (id.empty()) return "de bak";
        const Layer* l = content.rondomjong.find_layer(id);
        return l ? l->name : id;
    }
    static std::string action(int card) { return "actiekaart " + std::to_string(card); }

    std::string operator()(const CardMoved& e) const {
        return e.layer.empty() ? card(e.tile) + " terug naar de bak" : card(e.tile) + " naar " + layer(e.layer);
    }
    std::string operator()(const CardRotated& e) const { return card(e.tile) + " gedraaid"; }
    std::string operator()(const BlankCardCreated& e) const {
        return e.copy_of ? "kopie van " + card(e.copy_of) : "lege kaart " + e.text;
    }
    std::string operator()(const CardTextChanged& e) const { return "tekst op " + card(e.tile); }
    std::string operator()(const CardMarked& e) const {
        const std::string mark = e.mark == kMarkAbsent ? "afwezig" : "nog niet betrokken";
        return card(e.tile) + (e.on ? " " : " niet meer ") + mark;
    }
    std::string operator()(const DeckShown& e) const {
        std::string name = e.deck;
        for (const Deck& d : content.rondomjong.decks) name = d.id == e.deck ? d.name : name;
        return name + (e.on ? " getoond" : " weggelegd");
    }
    std::string operator()(const StepChanged& e) const { return layer(e.layer) + ", vraag " + std::to_string(e.step); }
    std::string operator()(const LayerOrderSet&) const { return "volgorde van de lagen"; }
    std::string operator()(const NoteSet& e) const {
        return "notitie bij " + layer(e.layer) + ", vraag " + std::to_string(e.step);
    }
    std::string operator()(const ActionCardOpened& e) const { return "nieuwe " + action(e.card); }
    std::string operator()(const ActionFieldSet& e) const { return field_word(e.field) + " op " + action(e.card); }
    std::string operator()(const ActionCardRemoved& e) const { return action(e.card) + " uit het plan"; }
    std::string operator()(const SessionDetailsSet&) const { return "gegevens van de sessie"; }
    std::string operator()(const FollowUpStarted& e) const { return "opvolging van " + e.date; }
    std::string operator()(const ActionProgressed& e) const { return "status van " + action(e.card); }
    std::string operator()(const FollowUpNoteAdded& e) const {
        return e.card ? "opvolgnotitie bij " + action(e.card) : "opvolgnotitie bij het plan";
    }
    std::string operator()(const Undo&) const { return "ongedaan maken"; }
    std::string operator()(const Redo&) const { return "opnieuw doen"; }
    std::string operator()(const SideUndo&) const { return "ongedaan maken"; }
    std::string operator()(const SideRedo&) const { return "opnieuw doen"; }
    template <ArenaEvent T> std::string operator()(const T& e) const { return describe_arena_nl(e); }
};

}  // namespace

std::string Session::name_change_nl(size_t index) const {
    if (index >= events_.size()) return {};
    return std::visit(Namer{content_, state_.rondomjong}, events_[index].payload);
}

}  // namespace tafel
