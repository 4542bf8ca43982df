#include "core/harness/bench_session.hpp"

#include <random>
#include <stdexcept>

namespace tafel {

Session build_bench_session(const Content& content, int blank_cards, int action_cards, int event_count) {
    SessionMeta meta;
    meta.kind = kKindRondomJong;
    meta.title = "Meting";
    meta.school = "Meetschool";
    meta.date = "01-02-2026";
    Session s(meta, content, {});
    std::mt19937 random(7);
    std::int64_t clock = 1767225600000;
    // Every event is made to fit; a refusal means this builder is wrong, not the meeting.
    auto add = [&](const Payload& p) {
        Outcome recorded = s.record(Event{clock += 1500, static_cast<Seat>(random() % 4), p});
        if (recorded.refused()) throw std::logic_error("bench meeting: " + recorded.why());
    };
    const auto& layers = content.rondomjong.layers;
    auto some_layer = [&] { return layers[random() % layers.size()].id; };
    for (const Tile& t : std::vector<Tile>(s.state().rondomjong.tiles)) {
        if (t.deck == content.rondomjong.decks.front().id) add(CardMoved{t.id, some_layer()});
    }
    for (int i = 0; i < blank_cards; ++i) {
        TileId id = s.state().rondomjong.next_tile_id();
        add(BlankCardCreated{id, "Partij " + std::to_string(i + 1), 0});
        add(CardMoved{id, some_layer()});
    }
    for (int i = 0; i < action_cards; ++i) {
        int id = s.state().rondomjong.next_action_id();
        add(ActionCardOpened{id, some_layer()});
        add(ActionFieldSet{id, action_field::kName, "Persoon " + std::to_string(i + 1)});
        add(ActionFieldSet{id, action_field::kAction, "Een concrete actie met een zin of wat uitleg erbij"});
        add(ActionFieldSet{id, action_field::kGoal, "Wat deze actie voor de leerlingen moet opleveren"});
        add(ActionFieldSet{id, action_field::kPlanned, "15-03-2027"});
    }
    // The rest of the meeting: cards moved around, marks, notes and the question loop.
    const auto& tiles = s.state().rondomjong.tiles;
    while (static_cast<int>(s.events().size()) < event_count) {
        switch (random() % 5) {
            case 0: {
                const Tile& t = tiles[random() % tiles.size()];
                if (!t.layer.empty() || s.state().rondomjong.tile_visible_in_tray(t))
                    add(CardMoved{t.id, some_layer()});
                break;
            }
            case 1:
                add(CardMarked{tiles[random() % tiles.size()].id, random() % 2 ? kMarkNotYet : kMarkAbsent,
                               random() % 2 == 0});
                break;
            case 2:
                add(NoteSet{some_layer(), 2 + static_cast<int>(random() % 7),
                            "Notitie " + std::to_string(s.events().size())});
                break;
            default:
                add(StepChanged{some_layer(), 1 + static_cast<int>(random() % content.rondomjong.steps.size())});
                break;
        }
    }
    return s;
}

}  // namespace tafel
