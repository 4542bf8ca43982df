#include "ui/shell/details_sheet.hpp"

#include "core/session/dates.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
Seat seat_of_panel_tap(const App& app) { return sheet_seat_for_panel(app, ImGui::GetIO().MousePos); }

DetailsSheet::DetailsSheet(App& app, Seat seat, std::string heading, std::string save_label,
                           const DetailsInput& initial, SaveAction on_save)
    : app_(app), heading_(std::move(heading)), save_label_(std::move(save_label)), on_save_(std::move(on_save)) {
    Editor& e = sheets_.open(app, std::make_unique<Editor>(), seat, style::kDetailsSheetMm, style::kDetailsSheetMm,
                             {0.5f, 0.25f, 0.75f});
    e.fields["titel"] = {initial.title, 120};
    e.fields["school"] = {initial.school, 120};
    e.fields["datum"] = {initial.date, 10};
    e.fields["gespreksleider"] = {initial.facilitator, 120};
    e.focus = "titel";
}

void DetailsSheet::next_field(Editor& e) {
    // Enter walks the fields in the order they stand; after the last it saves.
    if (e.focus == "titel") {
        e.focus = "school";
    } else if (e.focus == "school") {
        e.focus = "gespreksleider";
    } else if (e.focus == "gespreksleider") {
        e.focus = "datum";
    } else {
        save(e);
    }
}

void DetailsSheet::save(Editor& e) {
    DetailsInput typed{e.trimmed("titel"), e.trimmed("school"), e.trimmed("datum"), e.trimmed("gespreksleider")};
    if (!typed.date.empty() && !is_valid_date(typed.date)) {
        e.problem = "Typ de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2027, of kies vandaag.";
        e.focus = "datum";
        return;
    }
    e.problem = on_save_(typed, e.sheet->seat());
    if (e.problem.empty()) e.close_requested = true;
}

void DetailsSheet::draw() {
    sheets_.draw(app_, [this](Editor& e) { draw(e); });
}

void DetailsSheet::draw(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = style::kSheetPadMm * mm, w = sheet.width() - 2 * pad;
    const float gap = style::kSheetColumnGapMm * mm, half = (w - gap) * 0.5f;
    const float field_h = style::kSheetFieldMm * mm, row = style::kSheetRowMm * mm;
    const Fonts& f = app_.fonts();
    sheet.text(f.bold, f.bold->FontSize, ImVec2(pad, pad), style::u32(style::kSheetInk), heading_);
    float y = pad + style::kSheetHeadingMm * mm;
    auto field = [&](const std::string& id, const std::string& label, Box box) {
        sheet.field(id, label, box, e.fields[id], e.focus == id, sheets_.focus_on(e, id));
    };
    field("titel", "Titel", {pad, y, w, field_h});
    y += row;
    field("school", "School", {pad, y, half, field_h});
    field("gespreksleider", "Gespreksleider", {pad + half + gap, y, half, field_h});
    y += row;
    // The date buttons beside the date field, centred on its box.
    const float date_w = style::kDetailsDateFieldMm * mm, buttons_h = style::kDateButtonsMm * mm;
    field("datum", "Datum (dd-mm-jjjj)", {pad, y, date_w, field_h});
    sheet.date_buttons({pad + date_w + gap, y + (field_h - buttons_h) * 0.5f, w - date_w - gap, buttons_h},
                       e.fields["datum"], [&e] { e.focus = "datum"; });
    y += row;
    if (!e.problem.empty())
        sheet.text(f.body, f.body->FontSize, ImVec2(pad, y), style::u32(style::kProblemInk),
                   ellipsize(f.body, f.body->FontSize, e.problem, w));
    y += style::kSheetProblemMm * mm;
    sheet.save_close_row(
        {pad, y, w, style::kSheetButtonMm * mm}, [this, &e] { save(e); }, [&e] { e.close_requested = true; },
        "Annuleren", save_label_);
    y += style::kSheetButtonRowMm * mm;
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, e.focused(), [this, &e] { next_field(e); });
}

std::unique_ptr<DetailsSheet> open_session_details(App& app) {
    if (!app.store()) return nullptr;
    const SessionMeta& meta = app.store()->session().meta();
    DetailsInput now{meta.title, meta.school, meta.date, meta.facilitator};
    return std::make_unique<DetailsSheet>(
        app, seat_of_panel_tap(app), "Gegevens van de sessie", "Opslaan", now,
        [&app, now](const DetailsInput& typed, Seat seat) -> std::string {
            if (typed.title == now.title && typed.school == now.school && typed.date == now.date &&
                typed.facilitator == now.facilitator)
                return {};
            app.record(SessionDetailsSet{typed.title, typed.school, typed.date, typed.facilitator}, seat);
            return {};
        });
}

void session_details_button(App& app, std::unique_ptr<DetailsSheet>& sheet, float width) {
    const SessionMeta& meta = app.store()->session().meta();
    std::string label =
        meta.title + "  ·  " + (meta.school.empty() ? "school nog niet ingevuld" : meta.school) + "  ·  " + meta.date;
    label = fit_label(label, width - 2 * ImGui::GetStyle().FramePadding.x);
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    if (touch_button(app, label + "##gegevens", width, "button:Gegevens van de sessie") && !sheet)
        sheet = open_session_details(app);
    ImGui::PopStyleVar();
}

void DetailsSheet::pointer(const InputEvent& ev) { sheets_.pointer(app_, ev); }

void DetailsSheet::key(const InputEvent& ev) {
    const bool enter = ev.type == InputEvent::Type::key_down && (ev.key == SDLK_RETURN || ev.key == SDLK_KP_ENTER);
    Editor* e = static_cast<Editor*>(sheets_.keyboard_owner());
    if (enter && e) {
        save(*e);  // a physical keyboard's Return saves at once; the on-screen one walks the fields
        sheets_.remove_closed();
        app_.request_frames();
        return;
    }
    sheets_.key(app_, ev);  // typing, Backspace, arrows; Escape is Annuleren
}

}  // namespace tafel
