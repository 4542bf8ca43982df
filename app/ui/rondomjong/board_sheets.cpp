// The sheets of the Rondom Jong board: a blank card, a note for the step, an action card.
// Typed text is recorded when the typist pauses, leaves the field, saves or closes the sheet.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/session/dates.hpp"
#include "core/rondomjong/exports.hpp"
#include "ui/rondomjong/board_screen.hpp"
#include "ui/shell/style.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
BoardScreen::Editor& BoardScreen::open_editor(std::unique_ptr<Editor> editor, Seat seat, float width_mm,
                                              float height_mm) {
    // One person at a side gets the middle of it; the next ones go beside.
    return sheets_.open(app_, std::move(editor), seat, width_mm, height_mm, {0.5f, 0.25f, 0.75f, 0.0f, 1.0f});
}

void BoardScreen::open_blank_card_editor(Seat seat) {
    auto editor = std::make_unique<Editor>();
    editor->kind = Editor::Kind::blank_card;
    editor->fields["kaarttekst"].max_bytes = 80;
    editor->focus = "kaarttekst";
    open_editor(std::move(editor), seat, 170, 120);
}

void BoardScreen::open_note_editor(Seat seat) {
    const RondomJongState& s = state();
    auto editor = std::make_unique<Editor>();
    editor->kind = Editor::Kind::note;
    editor->note_layer = s.current_layer;
    editor->note_step = s.current_step;
    std::string note = s.note(s.current_layer, s.current_step);
    editor->fields["notitie"].text = note;
    editor->fields["notitie"].max_bytes = 2000;
    editor->saved["notitie"] = note;
    editor->focus = "notitie";
    open_editor(std::move(editor), seat, 190, 140);
}

void BoardScreen::open_action_card(Seat seat, int existing_card) {
    int id = existing_card;
    if (id == 0) {
        id = state().next_action_id();
        record(ActionCardOpened{id, state().current_layer}, seat);
    }
    if (sheets_.find([id](const Editor& e) { return e.kind == Editor::Kind::action_card && e.action_card == id; }))
        return;  // already open
    const ActionCard* card = state().find_action(id);
    if (!card) return;
    auto editor = std::make_unique<Editor>();
    editor->kind = Editor::Kind::action_card;
    editor->action_card = id;
    for (const ActionField& f : content().action_fields) {
        editor->fields[f.id].text = card->field(f.id);
        editor->saved[f.id] = card->field(f.id);
    }
    editor->focus = action_field::kName;
    open_editor(std::move(editor), seat, 164, 228);
}

void BoardScreen::commit_editor(Editor& editor) {
    if (editor.kind == Editor::Kind::note) {
        std::string text = editor.fields["notitie"].text;
        if (text != editor.saved["notitie"]) {
            record(NoteSet{editor.note_layer, editor.note_step, text}, editor.sheet->seat());
            editor.saved["notitie"] = text;
        }
    } else if (editor.kind == Editor::Kind::action_card) {
        if (!state().find_action(editor.action_card)) return;  // undone meanwhile
        for (auto& [id, field] : editor.fields) {
            if (field.text == editor.saved[id]) continue;
            const bool date = id == action_field::kPlanned || id == action_field::kCompleted;
            if (date && !field.text.empty() && !is_valid_date(field.text)) continue;
            record(ActionFieldSet{editor.action_card, id, field.text}, editor.sheet->seat());
            editor.saved[id] = field.text;
        }
    }
}

void BoardScreen::close_action_card(Editor& e) {
    sheets_.commit(e);
    const ActionCard* card = state().find_action(e.action_card);
    if (card && is_blank_action(*card)) {
        // Closed before anything was written on it: it is no card, so it leaves the plan.
        record(ActionCardRemoved{e.action_card}, e.sheet->seat());
    } else if (card && trimmed_text(card->field(action_field::kAction)).empty() && !e.asked_to_close) {
        e.asked_to_close = true;  // asked once, on the sheet; closing again closes
        e.focus = action_field::kAction;
        return;
    }
    e.close_requested = true;
}

void BoardScreen::draw_blank_card_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), style::u32(style::kSheetInk),
               "Lege kaart: wie is deze partij?");
    sheet.field("kaarttekst", "Tekst op de kaart", {pad, pad + 8 * mm, w, 22 * mm}, e.fields["kaarttekst"], true,
                sheets_.focus_on(e, "kaarttekst"));
    auto save = [this, &e] {
        const std::string text = e.trimmed("kaarttekst");
        if (text.empty()) {
            app_.set_message("Typ eerst wie er op de lege kaart komt, of kies Sluiten.");
            return;
        }
        record(BlankCardCreated{state().next_tile_id(), text, 0}, e.sheet->seat());
        e.close_requested = true;
    };
    sheet.save_close_row({pad, pad + 32 * mm, w, 12 * mm}, save, [&e] { e.close_requested = true; });
    sheet.keyboard({pad, pad + 48 * mm, w, sheet.height() - 48 * mm - 2 * pad}, &e.fields["kaarttekst"], save);
}

void BoardScreen::draw_note_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    const Layer* layer = content().find_layer(e.note_layer);
    std::string title = "Notitie · " + (layer ? layer->name : e.note_layer) + " · stap " + std::to_string(e.note_step);
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), style::u32(style::kSheetInk), title);
    const std::string& question = content().steps[static_cast<size_t>(e.note_step - 1)].question;
    sheet.text(app_.fonts().body, app_.fonts().body->FontSize, ImVec2(pad, pad + 7 * mm),
               style::u32(style::kSheetLabel), question, w);
    sheet.field("notitie", "Notitie", {pad, pad + 20 * mm, w, 38 * mm}, e.fields["notitie"], true,
                sheets_.focus_on(e, "notitie"));
    auto close = [this, &e] {
        sheets_.commit(e);
        e.close_requested = true;
    };
    sheet.save_close_row({pad, pad + 61 * mm, w, 12 * mm}, close, close);
    sheet.keyboard({pad, pad + 77 * mm, w, sheet.height() - 77 * mm - 2 * pad}, &e.fields["notitie"],
                   [&e] { e.fields["notitie"].type("\n"); });
}

namespace af = action_field;

// The action card as printed, top to bottom (labels from action_card.json): Naam, Bij laag …
// kom ik in actie!, Mijn actie is, Daarmee wil ik bereiken dat, Eventueel … samen met, and Ik heb
// deze actie afgerond op on a row of its own. Returns where the app's own fields begin.
float BoardScreen::draw_printed_action_fields(Editor& e, float y) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad, row = 15 * mm;
    auto field = [&](const char* id, float height, float width) {
        sheet.field(id, action_field_label(content(), id), {pad, y, width, height}, e.fields[id], e.focus == id,
                    sheets_.focus_on(e, id));
        y += height + 2 * mm;
    };
    field(af::kName, row, w);
    sheet.text(app_.fonts().body, app_.fonts().body->FontSize, ImVec2(pad, y), style::u32(style::kFieldLabel),
               action_field_label(content(), af::kLayer));
    y += 6 * mm;
    const float ow = (w - 9 * mm) / 4;
    for (size_t i = 0; i < content().layers.size(); ++i) {
        const Layer& l = content().layers[i];
        const bool selected = e.fields[af::kLayer].text == l.id;
        sheet.choice(l.id, l.name, {pad + i * (ow + 3 * mm), y, ow, 10 * mm}, selected, [this, &e, id = l.id] {
            e.fields[af::kLayer].text = id;
            sheets_.commit(e);
        });
    }
    y += 12 * mm;
    const float two_lines = row + app_.fonts().body->FontSize;  // actions and goals often take a sentence
    field(af::kAction, two_lines, w);
    field(af::kGoal, two_lines, w);
    field(af::kTogetherWith, row, w);
    field(af::kCompleted, row, w * 0.62f);
    return y;
}

// The app's own fields after the printed ones: the planned date and the status.
float BoardScreen::draw_own_action_fields(Editor& e, float y) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad, row = 15 * mm;
    const float date_w = w * 0.38f;
    sheet.field(af::kPlanned, action_field_label(content(), af::kPlanned), {pad, y, date_w, row},
                e.fields[af::kPlanned], e.focus == af::kPlanned, sheets_.focus_on(e, af::kPlanned));
    const float x = pad + date_w + 3 * mm, sw = (w - date_w - 3 * mm - 2 * mm) / 3;
    sheet.text(app_.fonts().body, app_.fonts().body->FontSize, ImVec2(x, y), style::u32(style::kFieldLabel),
               action_field_label(content(), af::kStatus));
    for (size_t i = 0; i < content().statuses.size() && i < 3; ++i) {
        const std::string& st = content().statuses[i];
        sheet.choice(st, st, {x + i * (sw + mm), y + 5 * mm, sw, row - 5 * mm}, e.fields[af::kStatus].text == st,
                     [this, &e, st] {
                         e.fields[af::kStatus].text = st;
                         sheets_.commit(e);
                     });
    }
    y += row + 2 * mm;
    if (e.focus == af::kPlanned || e.focus == af::kCompleted) {
        // Dates picked with fingers: step the focused date from today or from what is there.
        sheet.date_buttons({pad, y, w, 11 * mm}, e.fields[e.focus], [this, &e] { sheets_.commit(e); });
        y += 13 * mm;
    }
    for (const char* date_field : {af::kPlanned, af::kCompleted}) {
        const std::string& t = e.fields[date_field].text;
        if (!t.empty() && !is_valid_date(t) && t.size() >= 10) {
            sheet.text(app_.fonts().body, app_.fonts().body->FontSize, ImVec2(pad, y), style::u32(style::kProblemInk),
                       "Schrijf de datum bij '" + action_field_label(content(), date_field) +
                           "' als dd-mm-jjjj, bijvoorbeeld 15-03-2027.");
            y += 6 * mm;
        }
    }
    return y;
}

void BoardScreen::draw_action_card_buttons(Editor& e, float y) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    if (e.asked_to_close) {
        sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, y), style::u32(style::kProblemInk),
                   "Deze actiekaart heeft nog geen actie. Toch sluiten?");
        y += 7 * mm;
    }
    auto close = [this, &e] { close_action_card(e); };
    const float button_w = (w - 6 * mm) / 3;
    sheet.button("Opslaan", {pad, y, button_w, 12 * mm}, close, true);
    sheet.close_button(e.asked_to_close ? "Toch sluiten" : "Sluiten", {pad + button_w + 3 * mm, y, button_w, 12 * mm},
                       close);
    sheet.button("Uit het plan", {pad + 2 * (button_w + 3 * mm), y, button_w, 12 * mm}, [this, &e] {
        // Taken out by finger: an event, so review still shows the card and when it went.
        if (state().find_action(e.action_card)) record(ActionCardRemoved{e.action_card}, e.sheet->seat());
        e.close_requested = true;
    });
    y += 14 * mm;
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, e.focused(), [this, &e] {
        // Return moves to the next text field, top to bottom as on the sheet.
        static const char* order[] = {af::kName,         af::kAction,    af::kGoal,
                                      af::kTogetherWith, af::kCompleted, af::kPlanned};
        sheets_.commit(e);
        for (size_t i = 0; i + 1 < sizeof order / sizeof order[0]; ++i) {
            if (e.focus == order[i]) {
                e.focus = order[i + 1];
                return;
            }
        }
    });
}

void BoardScreen::draw_action_card_editor(Editor& e) {
    if (!state().find_action(e.action_card)) {
        e.close_requested = true;
        return;
    }
    const float mm = app_.metrics().px_per_mm;
    e.sheet->text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(4 * mm, 4 * mm),
                  style::u32(style::kNewCardInk), content().action_card_title + " " + std::to_string(e.action_card));
    float y = draw_printed_action_fields(e, 12 * mm);
    y = draw_own_action_fields(e, y);
    draw_action_card_buttons(e, y);
}

void BoardScreen::draw_editors() {
    sheets_.draw(app_, [this](Editor& e) {
        switch (e.kind) {
            case Editor::Kind::blank_card:
                draw_blank_card_editor(e);
                break;
            case Editor::Kind::note:
                draw_note_editor(e);
                break;
            case Editor::Kind::action_card:
                draw_action_card_editor(e);
                break;
        }
    });
}

// ---- input ---------------------------------------------------------------------------

}  // namespace tafel
