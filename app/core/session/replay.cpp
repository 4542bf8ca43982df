#include "core/session/replay.hpp"

#include <algorithm>
#include <cctype>

#include "core/session/user_error.hpp"

namespace tafel {

std::vector<TimelineMark> structure_marks(const Session& session) {
    std::vector<TimelineMark> marks;
    const auto& events = session.events();
    for (size_t i = 0; i < events.size(); ++i) {
        if (const auto* step = std::get_if<StepChanged>(&events[i].payload))
            marks.push_back({i + 1, step->layer, step->step});
    }
    return marks;
}

size_t end_of_layer(const Session& session, const std::string& layer) {
    // The current layer only changes through StepChanged (never undone), so walk those.
    std::string current = initial_state(session.content()).rondomjong.current_layer;
    const auto& events = session.events();
    size_t end = std::string::npos;
    bool seen = false;
    for (size_t i = 0; i < events.size(); ++i) {
        const auto* step = std::get_if<StepChanged>(&events[i].payload);
        if (!step) continue;
        if (step->layer == layer) seen = true;
        if (current == layer && step->layer != layer && seen) end = i;  // the events before this one
        current = step->layer;
    }
    if (seen && current == layer) end = events.size();
    return seen ? end : std::string::npos;
}

std::vector<std::string> layers_discussed(const Session& session) {
    std::vector<std::string> out;
    for (const TimelineMark& m : structure_marks(session)) {
        if (std::find(out.begin(), out.end(), m.layer) == out.end()) out.push_back(m.layer);
    }
    return out;
}

std::vector<ProgrammeMark> programme_marks(const Session& session) {
    std::vector<ProgrammeMark> marks{{0, initial_state(session.content()).effectenarena.current_step}};
    const auto& events = session.events();
    for (size_t i = 0; i < events.size(); ++i) {
        if (const auto* step = std::get_if<ArenaStepChanged>(&events[i].payload)) marks.push_back({i + 1, step->step});
    }
    return marks;
}

size_t end_of_programme_step(const Session& session, int step) {
    const std::vector<ProgrammeMark> marks = programme_marks(session);
    size_t end = std::string::npos;
    for (size_t k = 0; k < marks.size(); ++k) {
        if (marks[k].step != step) continue;
        // The step lasts until the event that changes it, which is not folded in.
        end = k + 1 < marks.size() ? marks[k + 1].position - 1 : session.events().size();
    }
    return end;
}

namespace {

std::string layer_name(const Session& s, const std::string& id) {
    if (id.empty()) return "de bak";
    const Layer* l = s.content().rondomjong.find_layer(id);
    return l ? l->name : id;
}

std::string card_name(const RondomJongState& rj, TileId id) {
    const Tile* t = rj.find_tile(id);
    return t ? t->text : "kaart " + std::to_string(id);
}

std::string field_label(const Session& s, const std::string& id) {
    for (const ActionField& f : s.content().rondomjong.action_fields) {
        if (f.id == id) return f.label;
    }
    return id;
}

}  // namespace

std::string describe_event_nl(const Session& s, const SessionState& before, size_t index) {
    const Event& e = s.events().at(index);
    const RondomJongState& rj = before.rondomjong;
    const std::string side = std::string(" (") + seat_name_nl(e.seat) + ")";
    const Payload& p = e.payload;
    if (const auto* x = std::get_if<CardMoved>(&p)) {
        return x->layer.empty() ? card_name(rj, x->tile) + " terug naar de bak" + side
                                : card_name(rj, x->tile) + " gelegd in " + layer_name(s, x->layer) + side;
    }
    if (const auto* x = std::get_if<CardMarked>(&p)) {
        const std::string mark = x->mark == kMarkAbsent ? "afwezig" : "nog niet betrokken";
        return card_name(rj, x->tile) + (x->on ? " gemarkeerd als " : " niet meer ") + mark + side;
    }
    if (const auto* x = std::get_if<CardRotated>(&p)) return card_name(rj, x->tile) + " gedraaid" + side;
    if (const auto* x = std::get_if<BlankCardCreated>(&p)) {
        return (x->copy_of ? "kopie van " + card_name(rj, x->copy_of) + " gemaakt"
                           : "lege kaart '" + x->text + "' gemaakt") +
               side;
    }
    if (const auto* x = std::get_if<StepChanged>(&p)) {
        const auto& steps = s.content().rondomjong.steps;
        std::string question =
            x->step >= 1 && x->step <= static_cast<int>(steps.size()) ? ": " + steps[x->step - 1].question : "";
        return layer_name(s, x->layer) + ", vraag " + std::to_string(x->step) + question + side;
    }
    if (const auto* x = std::get_if<NoteSet>(&p)) {
        return (x->text.empty() ? "notitie gewist bij " : "notitie geschreven bij ") + layer_name(s, x->layer) +
               ", vraag " + std::to_string(x->step) + side;
    }
    if (const auto* x = std::get_if<ActionCardOpened>(&p))
        return "actiekaart " + std::to_string(x->card) + " geopend" + side;
    if (const auto* x = std::get_if<ActionFieldSet>(&p)) {
        std::string value = x->field == action_field::kLayer ? layer_name(s, x->value) : x->value;
        if (value.size() > 60) value = value.substr(0, 57) + "…";
        return "actiekaart " + std::to_string(x->card) + ", " + field_label(s, x->field) + " " + value + side;
    }
    if (std::holds_alternative<Undo>(p)) return "ongedaan gemaakt" + side;
    if (std::holds_alternative<Redo>(p)) return "opnieuw gedaan" + side;
    if (std::holds_alternative<SideUndo>(p) || std::holds_alternative<SideRedo>(p)) return describe_nl(e);
    return describe_nl(e);  // the kind's own description
}

void step_forward(const Session& session, size_t index, SessionState& state) {
    const Event& e = session.events()[index];
    const Payload& p = e.payload;
    if (traits_of(p).role == EventRole::history) {
        state = session.state_at(index + 1);  // undo and redo reorder what is in effect
        return;
    }
    // As Session::record: a logged event applied to the state before it always fits.
    if (apply_event(session.content(), p, state, e.at_ms).refused()) {
        state = session.state_at(index + 1);
        return;
    }
    if (is_undoable(p)) track_history(session.events(), index, state.applied, state.undone);
    if (traits_of(p).role == EventRole::seal) {
        state.applied.clear();
        state.undone.clear();
    }
}

std::vector<std::string> recent_events_nl(const Session& session, size_t position, size_t count, SessionState* state) {
    std::vector<std::string> out;
    position = std::min(position, session.events().size());
    const size_t first = position > count ? position - count : 0;
    SessionState walking = session.state_at(first);
    for (size_t i = first; i < position; ++i) {
        out.push_back(describe_event_nl(session, walking, i));
        step_forward(session, i, walking);
    }
    std::reverse(out.begin(), out.end());
    if (state) *state = std::move(walking);
    return out;
}

void ReviewCursor::go_to(const Session& session, size_t position) {
    position = std::min(position, session.events().size());
    if (position == position_) return;
    if (position_ != static_cast<size_t>(-1) && position == position_ + 1) {
        recent_.insert(recent_.begin(), describe_event_nl(session, state_, position_));
        if (recent_.size() > lines_) recent_.resize(lines_);
        step_forward(session, position_, state_);
    } else {
        recent_ = recent_events_nl(session, position, lines_, &state_);
    }
    position_ = position;
}

size_t parse_at(const std::string& text, size_t event_count) {
    const std::string range =
        "kies een getal van 0 tot en met " + std::to_string(event_count) + " (het aantal gebeurtenissen).";
    bool digits = !text.empty() && text.size() <= 12 && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
    });
    if (!digits) throw UserError("--at verwacht een geheel getal, niet '" + text + "'; " + range);
    size_t n = static_cast<size_t>(std::stoull(text));
    if (n > event_count) throw UserError("--at " + text + " valt buiten deze sessie; " + range);
    return n;
}

Session session_until(const Session& session, size_t count) {
    count = std::min(count, session.events().size());
    std::vector<Event> events(session.events().begin(), session.events().begin() + static_cast<long>(count));
    return Session(session.created_meta(), session.content(), std::move(events));
}

}  // namespace tafel
