// The sheets of the effectenarena: an answer card, a group's goal, a need (second break-out),
// and what they share with the preparation's sheets (arena_preparation_view.cpp,
// arena_persona_editor.cpp). Each lies at the edge of the person who opened it, with its own
// keyboard, so several people write at once (see sheet.hpp).
#include <imgui.h>

#include <algorithm>

#include "core/effectenarena/step_kind.hpp"
#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {

void ArenaScreen::save_close_row(Editor& e, Box row) {
    e.sheet->save_close_row(
        row,
        [this, &e] {
            if (commit(e, true)) e.close_requested = true;
        },
        [&e] { e.close_requested = true; });
}

ArenaScreen::Editor& ArenaScreen::show_editor(std::unique_ptr<Editor> e, Seat seat, float width_mm, float height_mm) {
    const bool for_group =
        e->kind == Editor::Kind::answer || e->kind == Editor::Kind::goal || e->kind == Editor::Kind::need;
    const int groups = static_cast<int>(state().groups.size());
    if (for_group && step_kind(state().current()) == StepKind::breakout && groups > 1 &&
        (seat == Seat::bottom || seat == Seat::top)) {
        // In a break-out a group's sheet opens in front of its own zone, wherever the finger was.
        // Along the top edge the sheet is counted from the right (place_sheet turns it round).
        const float front = (static_cast<float>(std::clamp(e->group, 1, groups)) - 0.5f) / static_cast<float>(groups);
        const float along = seat == Seat::top ? 1.0f - front : front;
        return sheets_.open(app_, std::move(e), seat, width_mm, height_mm, {along, 0.25f, 0.75f, 0.5f, 0.0f, 1.0f});
    }
    return sheets_.open(app_, std::move(e), seat, width_mm, height_mm);
}

void ArenaScreen::open_answer(Seat seat, int group, int existing_card) {
    if (in_review()) return;  // nothing is written while looking back
    if (existing_card && sheets_.find([existing_card](const Editor& e) {
            return e.kind == Editor::Kind::answer && e.card == existing_card;
        }))
        return;  // already open
    auto e = std::make_unique<Editor>();
    e->kind = Editor::Kind::answer;
    e->group = group;
    e->leefdomein = state().leefdomeinen.empty() ? std::string() : state().leefdomeinen.front();
    if (!content().questions.empty()) e->question = content().questions.front().id;
    if (const AnswerCard* a = state().find_answer(existing_card)) {
        e->card = a->id;
        e->group = a->group;
        e->question = a->question;
        e->leefdomein = a->leefdomein;
        e->party = a->party;
        e->fields["antwoord"].text = a->text;
    }
    e->fields["antwoord"].max_bytes = 300;
    e->focus = "antwoord";
    show_editor(std::move(e), seat, 200, 222);
}

void ArenaScreen::open_goal(Seat seat, int group) {
    if (in_review()) return;  // nothing is written while looking back
    auto e = std::make_unique<Editor>();
    e->kind = Editor::Kind::goal;
    e->group = group;
    if (const ArenaGroup* g = state().group(group)) e->fields["doel"].text = g->goal;
    e->fields["doel"].max_bytes = 300;
    e->focus = "doel";
    show_editor(std::move(e), seat, 190, 130);
}

void ArenaScreen::open_need(Seat seat, int group, int existing_need) {
    if (in_review()) return;  // nothing is written while looking back
    auto e = std::make_unique<Editor>();
    e->kind = Editor::Kind::need;
    e->group = group;
    e->need = existing_need;
    for (const ArenaNeed* n : state().needs_of_group(group)) {
        if (n->id != existing_need) continue;
        e->fields["nodig"].text = n->nodig;
        e->fields["gebeuren"].text = n->gebeuren;
        e->fields["beleggen"].text = n->beleggen;
    }
    e->focus = "nodig";
    show_editor(std::move(e), seat, 190, 175);
}

bool ArenaScreen::commit(Editor& e, bool from_save_button) {
    switch (e.kind) {
        case Editor::Kind::step:
            return commit_step(e, from_save_button);
        case Editor::Kind::leefdomein:
            return commit_leefdomein(e, from_save_button);
        case Editor::Kind::persona:
            return commit_persona(e, from_save_button);
        case Editor::Kind::party:
            return commit_party(e, from_save_button);
        default:
            break;
    }
    const Seat seat = e.sheet->seat();
    if (e.kind == Editor::Kind::answer) {
        const std::string text = e.trimmed("antwoord");
        if (text.empty()) {
            if (from_save_button) app_.set_message("Schrijf eerst het antwoord, of kies Sluiten.");
            return e.card != 0 ? false : !from_save_button;
        }
        if (e.card == 0) {
            const EffectenarenaState& s = state();
            const int id = s.next_answer_id();
            record(ArenaAnswerCreated{id, e.group, s.current_step, s.current().breakout_round, e.question, e.leefdomein,
                                      e.party, text},
                   seat);
            if (state().find_answer(id)) e.card = id;
            return e.card != 0;
        }
        const AnswerCard* found = state().find_answer(e.card);
        if (!found) return true;      // undone meanwhile: nothing left to change
        const AnswerCard a = *found;  // every record replaces the state
        if (a.text != text) record(ArenaAnswerEdited{e.card, kAnswerFieldText, text}, seat);
        if (a.party != e.party) record(ArenaAnswerEdited{e.card, kAnswerFieldParty, e.party}, seat);
        if (a.question != e.question) record(ArenaAnswerEdited{e.card, kAnswerFieldQuestion, e.question}, seat);
        if (a.group != e.group || a.leefdomein != e.leefdomein)
            record(ArenaAnswerMoved{e.card, e.group, e.leefdomein}, seat);
        return true;
    }
    if (e.kind == Editor::Kind::goal) {
        const std::string text = e.trimmed("doel");
        const ArenaGroup* g = state().group(e.group);
        if (g && g->goal != text) record(ArenaGoalSet{e.group, text}, seat);
        return true;
    }
    const std::string nodig = e.trimmed("nodig"), gebeuren = e.trimmed("gebeuren"), beleggen = e.trimmed("beleggen");
    if (e.need == 0) {
        if (nodig.empty() && gebeuren.empty() && beleggen.empty()) return true;
        const int id = state().next_need_id(e.group);
        record(ArenaNeedSet{e.group, id, nodig, gebeuren, beleggen}, seat);
        e.need = id;
        return true;
    }
    for (const ArenaNeed* n : state().needs_of_group(e.group)) {
        if (n->id == e.need && (n->nodig != nodig || n->gebeuren != gebeuren || n->beleggen != beleggen)) {
            record(ArenaNeedSet{e.group, e.need, nodig, gebeuren, beleggen}, seat);
            break;
        }
    }
    return true;
}

void ArenaScreen::draw_editors() {
    sheets_.draw(app_, [this](Editor& e) {
        switch (e.kind) {
            case Editor::Kind::answer:
                draw_answer_editor(e);
                break;
            case Editor::Kind::goal:
                draw_goal_editor(e);
                break;
            case Editor::Kind::need:
                draw_need_editor(e);
                break;
            case Editor::Kind::step:
                draw_step_editor(e);
                break;
            case Editor::Kind::leefdomein:
                draw_leefdomein_editor(e);
                break;
            case Editor::Kind::persona:
                draw_persona_editor(e);
                break;
            case Editor::Kind::party:
                draw_party_editor(e);
                break;
        }
    });
}

void ArenaScreen::draw_answer_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    ImFont* body = app_.fonts().body;
    const Persona* persona = state().persona_of_group(e.group);
    const std::string name = persona ? persona->name : "de persona";
    std::string title = (e.card ? "Antwoord " + std::to_string(e.card) : std::string("Nieuw antwoord")) + " · " +
                        persona_label(e.group);
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), u32(style::kTitleInk), title);
    float y = pad + 8 * mm;
    auto focus = [this, &e](const std::string& id) { return sheets_.focus_on(e, id); };
    sheet.field("antwoord", "Antwoord: wie doet wat?", {pad, y, w, 24 * mm}, e.fields["antwoord"],
                e.focus == "antwoord", focus("antwoord"));
    y += 26 * mm;
    // The question it answers: short options, the whole question written out beneath.
    const auto& questions = content().questions;
    const float qw = (w - 2 * 3 * mm) / 3;
    for (size_t i = 0; i < questions.size() && i < 3; ++i) {
        sheet.choice(questions[i].id, "Vraag " + std::to_string(i + 1), {pad + i * (qw + 3 * mm), y, qw, 11 * mm},
                     e.question == questions[i].id, [&e, id = questions[i].id] { e.question = id; });
    }
    y += 12.5f * mm;
    for (const ArenaQuestion& q : questions) {
        if (q.id == e.question)
            sheet.text(body, body->FontSize * 0.9f, ImVec2(pad, y), u32(style::kHint), with_persona(q.text, name), w);
    }
    y += 10.5f * mm;
    const auto& domains = state().leefdomeinen;
    const float dw = (w - (domains.size() - 1) * 3 * mm) / std::max<size_t>(1, domains.size());
    for (size_t i = 0; i < domains.size(); ++i) {
        sheet.choice(domains[i], domains[i], {pad + i * (dw + 3 * mm), y, dw, 11 * mm}, e.leefdomein == domains[i],
                     [&e, d = domains[i]] { e.leefdomein = d; });
    }
    y += 12.5f * mm;
    const int groups = static_cast<int>(state().groups.size());
    const float gw = (w - (groups - 1) * 3 * mm) / std::max(1, groups);
    for (int g = 1; g <= groups; ++g) {
        sheet.choice(group_option(g), persona_label(g), {pad + (g - 1) * (gw + 3 * mm), y, gw, 11 * mm}, e.group == g,
                     [&e, g] { e.group = g; });
    }
    y += 12.5f * mm;
    sheet.text(body, body->FontSize, ImVec2(pad, y), u32(style::kHint),
               "Partij: wie doet het? (tik nog eens om weg te halen)");
    y += 6 * mm;
    // The printed party cards of Rondom Jong: the same roles sit around this table.
    const RondomJongContent& rj = app_.store()->session().content().rondomjong;
    std::vector<std::string> parties;
    if (!rj.decks.empty()) parties = rj.decks.front().cards;
    if (!e.party.empty() && std::find(parties.begin(), parties.end(), e.party) == parties.end())
        parties.push_back(e.party);
    const int columns = 5;
    const float cw = (w - (columns - 1) * 1.5f * mm) / columns, ch = 10.5f * mm;
    for (size_t i = 0; i < parties.size(); ++i) {
        const size_t column = i % columns, row = i / columns;
        const float x = pad + static_cast<float>(column) * (cw + 1.5f * mm),
                    py = y + static_cast<float>(row) * (ch + 1.5f * mm);
        const std::string party = parties[i];
        const bool chosen = e.party == party;
        // Drawn like a choice, named as the party card it stands for.
        sheet.choice(
            party, party, {x, py, cw, ch}, chosen, [&e, party] { e.party = e.party == party ? std::string() : party; },
            "card:");
    }
    const size_t rows = (parties.size() + columns - 1) / columns;
    y += static_cast<float>(rows) * (ch + 1.5f * mm) + 1.5f * mm;
    save_close_row(e, {pad, y, w, 12 * mm});
    y += 14 * mm;
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, &e.fields["antwoord"], [this, &e] {
        if (commit(e, true)) e.close_requested = true;
    });
}

void ArenaScreen::draw_goal_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), u32(style::kTitleInk),
               "Doel · " + persona_label(e.group));
    sheet.text(app_.fonts().body, app_.fonts().body->FontSize, ImVec2(pad, pad + 7 * mm), u32(style::kHint),
               breakout_prompts(state()).goal, w);
    sheet.field("doel", "Ons doel", {pad, pad + 14 * mm, w, 24 * mm}, e.fields["doel"], true,
                sheets_.focus_on(e, "doel"));
    auto save = [this, &e] {
        if (commit(e, true)) e.close_requested = true;
    };
    save_close_row(e, {pad, pad + 40 * mm, w, 12 * mm});
    sheet.keyboard({pad, pad + 55 * mm, w, sheet.height() - 55 * mm - 2 * pad}, &e.fields["doel"], save);
}

void ArenaScreen::draw_need_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), u32(style::kTitleInk),
               "Wat is er nog nodig? · " + persona_label(e.group));
    auto focus = [this, &e](const std::string& id) { return sheets_.focus_on(e, id); };
    float y = pad + 8 * mm;
    const BreakoutPrompts prompts = breakout_prompts(state());  // the questions of programme.json
    sheet.field("nodig", prompts.nodig, {pad, y, w, 18 * mm}, e.fields["nodig"], e.focus == "nodig", focus("nodig"));
    y += 20 * mm;
    sheet.field("gebeuren", prompts.gebeuren, {pad, y, w, 18 * mm}, e.fields["gebeuren"], e.focus == "gebeuren",
                focus("gebeuren"));
    y += 20 * mm;
    sheet.field("beleggen", prompts.beleggen, {pad, y, w, 18 * mm}, e.fields["beleggen"], e.focus == "beleggen",
                focus("beleggen"));
    y += 21 * mm;
    save_close_row(e, {pad, y, w, 12 * mm});
    y += 15 * mm;
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, e.focused(), [&e] {
        // Return moves on to the next question, as on paper from top to bottom.
        e.focus = e.focus == "nodig" ? "gebeuren" : e.focus == "gebeuren" ? "beleggen" : "nodig";
    });
}

// A leefdomein sheet of the preparation: a new name, or a new name for one.
bool ArenaScreen::commit_leefdomein(Editor& e, bool from_save_button) {
    const std::string name = e.trimmed("leefdomein");
    if (name.empty()) {
        if (from_save_button) app_.set_message("Schrijf eerst de naam van het leefdomein, of kies Sluiten.");
        return !from_save_button;
    }
    std::vector<std::string> domains = state().leefdomeinen;
    if (name == e.original) return true;
    if (std::find(domains.begin(), domains.end(), name) != domains.end()) {
        if (from_save_button) app_.set_message("Het leefdomein ‘" + name + "’ bestaat al.");
        return !from_save_button;
    }
    auto it = std::find(domains.begin(), domains.end(), e.original);
    if (e.original.empty()) {
        domains.push_back(name);
    } else if (it != domains.end()) {
        *it = name;
    } else {
        return true;  // taken away meanwhile
    }
    e.original = name;
    record(ArenaLeefdomeinenSet{domains}, e.sheet->seat());
    return true;
}

}  // namespace tafel
