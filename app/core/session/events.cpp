#include "core/session/events.hpp"

namespace tafel {

const char* seat_name_nl(Seat seat) {
    switch (seat) {
        case Seat::bottom:
            return "onderkant";
        case Seat::right:
            return "rechterkant";
        case Seat::top:
            return "bovenkant";
        case Seat::left:
            return "linkerkant";
        default:
            return "onbekende kant";
    }
}

const char* Event::kind() const {
    return std::visit([](const auto& p) { return std::decay_t<decltype(p)>::kind; }, payload);
}

namespace {
struct Describer {
    std::string operator()(const CardMoved& e) const {
        return e.layer.empty() ? "kaart " + std::to_string(e.tile) + " terug naar de bak"
                               : "kaart " + std::to_string(e.tile) + " in laag " + e.layer;
    }
    std::string operator()(const CardRotated& e) const {
        return "kaart " + std::to_string(e.tile) + " gedraaid naar " + std::to_string(e.degrees) + " graden";
    }
    std::string operator()(const BlankCardCreated& e) const {
        return e.copy_of ? "lege kaart als kopie van kaart " + std::to_string(e.copy_of)
                         : "lege kaart '" + e.text + "'";
    }
    std::string operator()(const CardTextChanged& e) const { return "kaarttekst wordt '" + e.text + "'"; }
    std::string operator()(const CardMarked& e) const {
        std::string mark = e.mark == "afwezig" ? "afwezig" : "nog niet betrokken";
        return "kaart " + std::to_string(e.tile) + (e.on ? " gemarkeerd als " : " niet meer ") + mark;
    }
    std::string operator()(const DeckShown& e) const { return "stapel " + e.deck + (e.on ? " getoond" : " weggelegd"); }
    std::string operator()(const StepChanged& e) const {
        return "laag " + e.layer + ", stap " + std::to_string(e.step);
    }
    std::string operator()(const LayerOrderSet&) const { return "volgorde van de lagen gekozen"; }
    std::string operator()(const NoteSet& e) const {
        return "notitie bij laag " + e.layer + ", vraag " + std::to_string(e.step);
    }
    std::string operator()(const ActionCardOpened& e) const {
        return "actiekaart " + std::to_string(e.card) + " geopend";
    }
    std::string operator()(const ActionFieldSet& e) const {
        return "actiekaart " + std::to_string(e.card) + ": " + e.field + " ingevuld";
    }
    std::string operator()(const ActionCardRemoved& e) const {
        return "actiekaart " + std::to_string(e.card) + " verwijderd";
    }
    std::string operator()(const Undo&) const { return "ongedaan gemaakt"; }
    std::string operator()(const Redo&) const { return "opnieuw gedaan"; }
    std::string operator()(const SideUndo& e) const {
        return std::string("eigen wijziging ongedaan gemaakt aan de ") + seat_name_nl(static_cast<Seat>(e.side));
    }
    std::string operator()(const SideRedo& e) const {
        return std::string("eigen wijziging opnieuw gedaan aan de ") + seat_name_nl(static_cast<Seat>(e.side));
    }
    std::string operator()(const FollowUpStarted& e) const { return "opvolging begonnen op " + e.date; }
    std::string operator()(const ActionProgressed& e) const {
        return "actiekaart " + std::to_string(e.card) + " " + e.status + (e.date.empty() ? "" : " op " + e.date);
    }
    std::string operator()(const FollowUpNoteAdded& e) const {
        return e.card ? "opvolgnotitie bij actiekaart " + std::to_string(e.card) : "opvolgnotitie bij het plan";
    }
    std::string operator()(const SessionDetailsSet& e) const {
        return "gegevens van de sessie: " + e.title + (e.school.empty() ? "" : ", " + e.school);
    }
    template <ArenaEvent T> std::string operator()(const T& e) const { return describe_arena_nl(e); }
};
}  // namespace

std::string describe_change_nl(const Event& event) {
    if (const auto* f = std::get_if<ActionFieldSet>(&event.payload))
        return f->field + " op actiekaart " + std::to_string(f->card);
    return std::visit(Describer{}, event.payload);
}

std::string describe_nl(const Event& event) {
    return std::visit(Describer{}, event.payload) + " (" + seat_name_nl(event.seat) + ")";
}

}  // namespace tafel
