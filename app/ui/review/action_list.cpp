#include "ui/review/action_list.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/session/dates.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

using Kind = ActionListView::FollowUpSheet::Kind;

// A toggle-like button: highlighted when chosen.
bool choice_button(App& app, const std::string& label, bool chosen, const std::string& target, float width = 0) {
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    bool pressed = touch_button(app, label, width, target);
    if (chosen) ImGui::PopStyleColor();
    return pressed;
}

std::string text_of(const ActionListView::FollowUpSheet& s, const std::string& field) { return s.trimmed(field); }

const ImU32 kInk = style::u32(style::kSheetInk), kLabel = style::u32(style::kSheetLabel),
            kProblem = style::u32(style::kProblemInk);

}  // namespace

void ActionListView::draw(App& app, float width) {
    const Session& session = app.store()->session();
    const RondomJongState& rj = session.state().rondomjong;  // the plan as it stands now
    const RondomJongContent& c = session.content().rondomjong;
    const Metrics& m = app.metrics();
    if (date_.empty()) date_ = today_dd_mm_yyyy();
    draw_heading(app, rj);
    ImGui::Separator();
    draw_filters(app, rj, c, width);
    ImGui::Separator();

    const int today = today_key();
    auto cards = list_actions(rj, c, filter_, sort_, today);
    const float footer_h = m.touch() + 2 * ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("##kaarten", ImVec2(width, -footer_h), false);
    drag_to_scroll(app.metrics());
    const int columns = following_up_ ? 8 : 7;
    if (ImGui::BeginTable("##actietabel", columns,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Nr.", ImGuiTableColumnFlags_WidthFixed, m.mm(style::kPlanNumberColumnMm));
        ImGui::TableSetupColumn("Naam", 0, 1.2f);
        ImGui::TableSetupColumn("Laag", 0, 1.0f);
        ImGui::TableSetupColumn("Actie en doel", 0, 3.5f);
        // A date is never cut: the column is as wide as one (the heading may shorten instead).
        ImGui::TableSetupColumn("Gepland klaar", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::CalcTextSize("00-00-0000").x + ImGui::GetStyle().CellPadding.x);
        ImGui::TableSetupColumn("Status", 0, 0.9f);
        ImGui::TableSetupColumn("Opvolging", 0, 2.2f);
        if (following_up_)
            ImGui::TableSetupColumn("Bijwerken", ImGuiTableColumnFlags_WidthFixed, m.mm(style::kPlanUpdateColumnMm));
        ImGui::TableHeadersRow();
        for (const ActionCard* card : cards) draw_row(app, card, c, today);
        ImGui::EndTable();
    }
    if (cards.empty()) ImGui::TextDisabled("Geen actiekaarten die bij deze keuze passen.");
    // Notes about the plan as a whole, per follow-up.
    for (size_t i = 0; i < rj.follow_ups.size(); ++i) {
        for (const std::string& note : rj.follow_ups[i].notes) {
            ImGui::TextWrapped("Opvolging %zu (%s): %s", i + 1, rj.follow_ups[i].date.c_str(), note.c_str());
        }
    }
    ImGui::EndChild();
    ImGui::Separator();
    draw_follow_up_buttons(app, rj);
}

// One row of the table: the card, its status and follow-up, and while following up its buttons.
void ActionListView::draw_row(App& app, const ActionCard* card, const RondomJongContent& c, int today) {
    const Metrics& m = app.metrics();
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%d", card->id);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", card->field("naam").empty() ? "(geen naam)" : card->field("naam").c_str());
    ImGui::TableNextColumn();
    const Layer* layer = c.find_layer(card->field("laag"));
    ImGui::TextWrapped("%s", layer ? layer->name.c_str() : "(geen laag)");
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", card->field("actie").c_str());
    if (!card->field("doel").empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("Doel: %s", card->field("doel").c_str());
        ImGui::PopStyleColor();
    }
    if (card->follow_up > 0) ImGui::TextDisabled("(nieuw bij opvolging %d)", card->follow_up);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(card->field("gepland").c_str());
    if (is_overdue(*card, today)) ImGui::TextColored(vec4(style::kOverdueInk), "over tijd");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(card->field("status").c_str());
    if (!card->field("afgerond").empty()) ImGui::TextDisabled("op %s", card->field("afgerond").c_str());
    ImGui::TableNextColumn();
    for (const ActionUpdate& u : card->updates) {
        if (u.status.empty()) {
            ImGui::TextWrapped("%s: %s", u.date.c_str(), u.note.c_str());
        } else {
            ImGui::TextWrapped("%s: %s", u.date.c_str(), u.status.c_str());
        }
    }
    if (following_up_) {
        ImGui::TableNextColumn();
        const std::string n = std::to_string(card->id);
        const float bw = m.mm(style::kPlanUpdateButtonMm);
        if (touch_button(app, "bezig##b" + n, bw, "button:Bezig " + n)) {
            app.record(ActionProgressed{card->id, "bezig", date_}, Seat::bottom);
        }
        ImGui::SameLine();
        if (touch_button(app, "afgerond##a" + n, bw, "button:Afgerond " + n)) {
            app.record(ActionProgressed{card->id, "afgerond", date_}, Seat::bottom);
        }
        ImGui::SameLine();
        // Lit while a note sheet about this card is open.
        if (choice_button(app, "notitie##n" + n, find_sheet(Kind::note, card->id) != nullptr, "button:Notitie " + n,
                          bw)) {
            open_note_sheet(app, card->id);
        }
    }
}

void ActionListView::draw_heading(App& app, const RondomJongState& rj) {
    ImGui::PushFont(app.fonts().bold);
    ImGui::TextUnformatted("Actieplan");
    ImGui::PopFont();
    ImGui::SameLine();
    if (rj.follow_ups.empty()) {
        ImGui::TextDisabled("nog niet opgevolgd");
    } else {
        ImGui::TextDisabled("%zu keer opgevolgd, laatst op %s", rj.follow_ups.size(),
                            rj.follow_ups.back().date.c_str());
    }
    if (!following_up_) {
        ImGui::TextWrapped(
            "Bij een opvolgbijeenkomst worden acties bijgewerkt als nieuwe gebeurtenissen met een datum; "
            "wat in de bijeenkomst zelf is vastgelegd blijft zoals het was. Begin onderaan met Opvolging starten.");
    } else {
        ImGui::TextWrapped("Opvolging bezig op %s: tik in een rij op bezig, afgerond of notitie.", date_.c_str());
    }
}

void ActionListView::draw_follow_up_buttons(App& app, const RondomJongState& rj) {
    // At the bottom, near the people this screen faces: a sheet opens at the edge nearest the finger.
    const Metrics& m = app.metrics();
    if (!following_up_) {
        // The date is typed or picked on the sheet that opens.
        if (touch_button(app, "Opvolging starten", m.mm(style::kPlanStartButtonMm)))
            open_date_sheet(app, Kind::start_date);
        if (!rj.follow_ups.empty()) {
            ImGui::SameLine();
            // Pick up the latest follow-up again (on its own date) without starting a new one.
            if (touch_button(app, "Opvolging voortzetten", m.mm(style::kPlanContinueButtonMm))) {
                following_up_ = true;
                date_ = rj.follow_ups.back().date;
            }
        }
        return;
    }
    if (touch_button(app, "Datum " + date_ + " wijzigen##datum", m.mm(style::kPlanDateButtonMm),
                     "button:Datum wijzigen")) {
        open_date_sheet(app, Kind::change_date);
    }
    ImGui::SameLine();
    if (touch_button(app, "Opvolgnotitie bij het hele plan", m.mm(style::kPlanNoteButtonMm), "button:Opvolgnotitie"))
        open_note_sheet(app, 0);
    ImGui::SameLine();
    if (touch_button(app, "Nieuwe actiekaart", m.mm(style::kPlanNewCardButtonMm))) {
        FollowUpSheet& s = open_sheet(app, Kind::new_card, style::kNewCardSheetWidthMm, style::kNewCardSheetHeightMm);
        s.fields["naam"].max_bytes = 120;
        s.fields["gepland"].max_bytes = 10;
        s.focus = "naam";
    }
    ImGui::SameLine();
    if (touch_button(app, "Opvolging klaar", m.mm(style::kPlanDoneButtonMm))) {
        // What is written on an open sheet belongs to this follow-up: save or cancel it first.
        const bool writing = sheets_.find([](const FollowUpSheet& s) { return s.kind != Kind::start_date; });
        if (writing) {
            app.set_message("Sla eerst de open bladen op, of kies daar Annuleren.");
        } else {
            following_up_ = false;
        }
    }
}

void ActionListView::draw_filters(App& app, const RondomJongState& rj, const RondomJongContent& c, float width) {
    const Metrics& m = app.metrics();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Laag:");
    ImGui::SameLine();
    if (choice_button(app, "Alle lagen", filter_.layer.empty(), "option:filter-laag-alle")) filter_.layer.clear();
    for (const Layer& l : c.layers) {
        ImGui::SameLine();
        if (choice_button(app, l.name + "##f", filter_.layer == l.id, "option:filter-laag-" + l.id))
            filter_.layer = l.id;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Status:");
    ImGui::SameLine();
    if (choice_button(app, "Alle##status", filter_.status.empty(), "option:filter-status-alle")) filter_.status.clear();
    for (const std::string& st : c.statuses) {
        ImGui::SameLine();
        if (choice_button(app, st + "##f", filter_.status == st, "option:filter-status-" + st)) filter_.status = st;
    }
    ImGui::SameLine();
    if (choice_button(app, "Alleen over tijd", filter_.only_overdue, "button:Alleen over tijd"))
        filter_.only_overdue = !filter_.only_overdue;
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("  Persoon:");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(m.mm(style::kPlanPersonFilterMm));
    if (ImGui::BeginCombo("##persoon", filter_.person.empty() ? "iedereen" : filter_.person.c_str())) {
        if (ImGui::Selectable("iedereen", filter_.person.empty())) filter_.person.clear();
        app.add_item_target("option:persoon-iedereen");
        for (const std::string& p : action_people(rj)) {
            if (ImGui::Selectable(p.c_str(), filter_.person == p)) filter_.person = p;
            app.add_item_target("option:persoon-" + p);
        }
        ImGui::EndCombo();
    }
    app.add_item_target("field:persoon");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Sorteren op:");
    const std::pair<ActionSort, const char*> sorts[] = {{ActionSort::number, "nummer"},
                                                        {ActionSort::layer, "laag"},
                                                        {ActionSort::person, "persoon"},
                                                        {ActionSort::status, "status"},
                                                        {ActionSort::planned, "gepland"}};
    for (const auto& [sort, name] : sorts) {
        ImGui::SameLine();
        if (choice_button(app, std::string(name) + "##sort", sort_ == sort, std::string("option:sorteer-") + name))
            sort_ = sort;
    }
    (void)width;
}

// ---- sheets ------------------------------------------------------------------------

ActionListView::FollowUpSheet& ActionListView::open_sheet(App& app, Kind kind, float width_mm, float height_mm) {
    auto s = std::make_unique<FollowUpSheet>();
    s->kind = kind;
    // Turned to the person reading the plan (its rows read from the bottom edge, wherever the row
    // lies), in front of the finger that tapped, then beside it.
    const float along = ImGui::GetIO().MousePos.x / std::max(1.0f, static_cast<float>(app.width()));
    return sheets_.open(app, std::move(s), Seat::bottom, width_mm, height_mm, {along, 0.5f, 0.25f, 0.75f, 0.0f, 1.0f});
}

ActionListView::FollowUpSheet* ActionListView::find_sheet(Kind kind, int card) {
    return sheets_.find([kind, card](const FollowUpSheet& s) { return s.kind == kind && s.card == card; });
}

void ActionListView::open_date_sheet(App& app, Kind kind) {
    if (FollowUpSheet* open = find_sheet(kind)) {  // one date sheet is enough
        sheets_.give_keyboard(*open);
        return;
    }
    FollowUpSheet& s = open_sheet(app, kind, style::kDateSheetWidthMm, style::kDateSheetHeightMm);
    s.fields["datum"].text = kind == Kind::start_date ? today_dd_mm_yyyy() : date_;
    s.fields["datum"].max_bytes = 10;
    s.focus = "datum";
}

void ActionListView::open_note_sheet(App& app, int card) {
    if (FollowUpSheet* open = find_sheet(Kind::note, card)) {
        sheets_.give_keyboard(*open);
        return;
    }
    FollowUpSheet& s = open_sheet(app, Kind::note, style::kNoteSheetWidthMm, style::kNoteSheetHeightMm);
    s.card = card;
    s.fields["opvolgnotitie"].max_bytes = 1000;
    s.focus = "opvolgnotitie";
}

void ActionListView::draw_sheets(App& app) {
    sheets_.draw(app, [this, &app](FollowUpSheet& s) {
        switch (s.kind) {
            case Kind::start_date:
            case Kind::change_date:
                draw_date_sheet(app, s);
                break;
            case Kind::note:
                draw_note_sheet(app, s);
                break;
            case Kind::new_card:
                draw_new_card_sheet(app, s);
                break;
        }
    });
}

float ActionListView::draw_save_buttons(App& app, FollowUpSheet& s, float y) {
    Sheet& sheet = *s.sheet;
    const float mm = app.metrics().px_per_mm;
    const float pad = style::kSheetPadMm * mm, w = sheet.width() - 2 * pad;
    ImFont* font = app.fonts().body;
    // Said here too, upright for the person at this sheet: the message banner may lie under it.
    // It goes once what was missing has been typed.
    if (!s.problem.empty()) s.problem = problem_with(s);
    if (!s.problem.empty())
        sheet.text(font, font->FontSize, ImVec2(pad, y), kProblem, ellipsize(font, font->FontSize, s.problem, w));
    y += style::kSheetProblemMm * mm;
    sheet.save_close_row(
        {pad, y, w, style::kSheetButtonMm * mm}, [this, &app, &s] { save(app, s); }, [&s] { s.close_requested = true; },
        "Annuleren");
    return y + style::kSheetButtonRowMm * mm;
}

void ActionListView::draw_date_sheet(App& app, FollowUpSheet& s) {
    Sheet& sheet = *s.sheet;
    const float mm = app.metrics().px_per_mm;
    const float pad = style::kSheetPadMm * mm, w = sheet.width() - 2 * pad;
    const Fonts& f = app.fonts();
    sheet.text(f.bold, f.bold->FontSize, ImVec2(pad, pad), kInk,
               s.kind == Kind::start_date ? "Opvolging starten: op welke datum?" : "Datum van de opvolging wijzigen");
    float y = pad + style::kSheetHeadingMm * mm;
    TextField& datum = s.fields["datum"];
    sheet.field("datum", "Datum (dd-mm-jjjj)", {pad, y, style::kPlanDateFieldMm * mm, style::kPlanFieldMm * mm}, datum,
                true, nullptr);
    sheet.text(f.body, f.body->FontSize,
               ImVec2(pad + (style::kPlanDateFieldMm + style::kSheetPadMm) * mm, y + style::kSheetProblemMm * mm),
               kLabel, "Typ de datum of kies hieronder.");
    y += (style::kPlanFieldMm + style::kPlanRowGapMm) * mm;
    sheet.date_buttons({pad, y, w, style::kDateButtonsMm * mm}, datum, nullptr);
    y = draw_save_buttons(app, s, y + (style::kDateButtonsMm + style::kPlanRowGapMm) * mm);
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, &datum, [this, &app, &s] { save(app, s); });
}

void ActionListView::draw_note_sheet(App& app, FollowUpSheet& s) {
    Sheet& sheet = *s.sheet;
    const float mm = app.metrics().px_per_mm;
    const float pad = style::kSheetPadMm * mm, w = sheet.width() - 2 * pad;
    const Fonts& f = app.fonts();
    const ActionCard* card = app.store()->session().state().rondomjong.find_action(s.card);
    sheet.text(f.bold, f.bold->FontSize, ImVec2(pad, pad), kInk,
               card ? "Opvolgnotitie bij actiekaart " + std::to_string(card->id)
                    : std::string("Opvolgnotitie bij het hele plan"));
    const std::string about =
        card ? (card->field("naam").empty() ? "(geen naam)" : card->field("naam")) + ": " + card->field("actie")
             : "Opvolging van " + date_;
    sheet.text(f.body, f.body->FontSize, ImVec2(pad, pad + style::kSheetHeadingMm * mm), kLabel,
               ellipsize(f.body, f.body->FontSize, about, w));
    float y = pad + (style::kSheetHeadingMm + style::kSheetProblemMm) * mm;  // below the heading and the card
    TextField& note = s.fields["opvolgnotitie"];
    sheet.field("opvolgnotitie", "Opvolgnotitie", {pad, y, w, style::kPlanNoteFieldMm * mm}, note, true, nullptr);
    y = draw_save_buttons(app, s, y + (style::kPlanNoteFieldMm + style::kPlanRowGapMm) * mm);
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, &note, [this, &app, &s] { save(app, s); });
}

void ActionListView::draw_new_card_sheet(App& app, FollowUpSheet& s) {
    Sheet& sheet = *s.sheet;
    const RondomJongContent& c = app.store()->session().content().rondomjong;
    const float mm = app.metrics().px_per_mm;
    const float pad = style::kSheetPadMm * mm, w = sheet.width() - 2 * pad;
    const float gap = style::kSheetColumnGapMm * mm, half = (w - gap) * 0.5f, row_gap = style::kPlanRowGapMm * mm;
    const Fonts& f = app.fonts();
    sheet.text(f.bold, f.bold->FontSize, ImVec2(pad, pad), style::u32(style::kNewCardInk),
               "Nieuwe actiekaart bij de opvolging van " + date_);
    auto focus_on = [this, &s](const std::string& id) { return sheets_.focus_on(s, id); };
    auto field = [&](const std::string& id, Box box) {
        sheet.field(id, action_field_label(c, id), box, s.fields[id], s.focus == id, focus_on(id));
    };
    const float row = style::kPlanFieldMm * mm,
                two_lines = row + f.body->FontSize;  // actions and goals often take a sentence
    float y = pad + style::kSheetHeadingMm * mm;
    field("naam", {pad, y, half, row});
    field("gepland", {pad + half + gap, y, half, row});
    y += row + row_gap;
    // The only date on this sheet: the buttons set it whichever field has focus.
    sheet.date_buttons({pad, y, w, style::kDateButtonsMm * mm}, s.fields["gepland"], [&s] { s.focus = "gepland"; });
    y += (style::kDateButtonsMm + style::kPlanRowGapMm) * mm;
    sheet.text(f.body, f.body->FontSize, ImVec2(pad, y), kLabel, action_field_label(c, "laag"));
    y += style::kSheetLabelLineMm * mm;
    const float ow = (w - 3 * gap) / 4;
    for (size_t i = 0; i < c.layers.size() && i < 4; ++i) {
        const Layer& l = c.layers[i];
        sheet.choice(l.id, l.name, {pad + i * (ow + gap), y, ow, style::kPlanLayerOptionMm * mm}, s.layer == l.id,
                     [&s, id = l.id] { s.layer = id; });
    }
    y += (style::kPlanLayerOptionMm + style::kPlanRowGapMm) * mm;
    field("actie", {pad, y, w, two_lines});
    y += two_lines + row_gap;
    field("doel", {pad, y, w, two_lines});
    y = draw_save_buttons(app, s, y + two_lines + row_gap);
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, s.focused(), [this, &app, &s] {
        // Return walks the fields in reading order; on the last one it saves.
        static const char* order[] = {"naam", "gepland", "actie", "doel"};
        for (size_t i = 0; i + 1 < sizeof order / sizeof order[0]; ++i) {
            if (s.focus == order[i]) {
                s.focus = order[i + 1];
                return;
            }
        }
        save(app, s);
    });
}

std::string ActionListView::problem_with(const FollowUpSheet& s) const {
    switch (s.kind) {
        case Kind::start_date:
        case Kind::change_date:
            if (!is_valid_date(text_of(s, "datum")))
                return "Schrijf de datum van de opvolging als dd-mm-jjjj, bijvoorbeeld 15-03-2027.";
            break;
        case Kind::note:
            if (text_of(s, "opvolgnotitie").empty()) return "Typ eerst de notitie en kies dan Opslaan.";
            break;
        case Kind::new_card:
            if (text_of(s, "naam").empty() || text_of(s, "actie").empty())
                return "Vul minstens de naam en de actie in.";
            if (!text_of(s, "gepland").empty() && !is_valid_date(text_of(s, "gepland"))) {
                return "Schrijf de geplande datum als dd-mm-jjjj, bijvoorbeeld 15-03-2027.";
            }
            break;
    }
    return {};
}

void ActionListView::save(App& app, FollowUpSheet& s) {
    if (s.close_requested) return;  // recorded already
    s.problem = problem_with(s);
    if (!s.problem.empty()) {
        app.set_message(s.problem);  // what was typed stays on the sheet
        return;
    }
    record_sheet(app, s, app.store()->session().state().rondomjong.next_action_id());
    s.close_requested = true;
}

void ActionListView::record_sheet(App& app, FollowUpSheet& s, int new_card_id) {
    const Seat seat = s.sheet->seat();
    switch (s.kind) {
        case Kind::start_date: {
            // Recorded at once (sheets act between frames): the follow-up only starts once it is on disk.
            Outcome started = app.store()->record(FollowUpStarted{text_of(s, "datum")}, seat);
            if (started.refused()) {
                app.set_message("Dat kan niet: " + started.why() + ".");
                return;
            }
            following_up_ = true;
            date_ = text_of(s, "datum");
            break;
        }
        case Kind::change_date:
            date_ = text_of(s, "datum");
            break;
        case Kind::note:
            app.record(FollowUpNoteAdded{s.card, text_of(s, "opvolgnotitie")}, seat);
            break;
        case Kind::new_card:
            app.record(ActionCardOpened{new_card_id, s.layer}, seat);
            app.record(ActionFieldSet{new_card_id, "naam", text_of(s, "naam")}, seat);
            app.record(ActionFieldSet{new_card_id, "actie", text_of(s, "actie")}, seat);
            if (!text_of(s, "doel").empty()) app.record(ActionFieldSet{new_card_id, "doel", text_of(s, "doel")}, seat);
            if (!text_of(s, "gepland").empty())
                app.record(ActionFieldSet{new_card_id, "gepland", text_of(s, "gepland")}, seat);
            break;
    }
}

void ActionListView::before_exit(App& app) {
    // Records may wait for the end of the frame, so the new cards are numbered here, one after another.
    int next_card = app.store()->session().state().rondomjong.next_action_id();
    sheets_.for_each([&](FollowUpSheet& s) {
        if ((s.kind != Kind::note && s.kind != Kind::new_card) || !problem_with(s).empty()) return;
        record_sheet(app, s, next_card);
        if (s.kind == Kind::new_card) ++next_card;
        s.close_requested = true;  // never twice; it stays drawn for the last frame
    });
}

// ---- input ---------------------------------------------------------------------------

bool ActionListView::claims(float x, float y) const { return sheets_.claims(x, y); }

void ActionListView::pointer(App& app, const InputEvent& ev) { sheets_.pointer(app, ev); }

void ActionListView::key(App& app, const InputEvent& ev) { sheets_.key(app, ev); }

}  // namespace tafel
