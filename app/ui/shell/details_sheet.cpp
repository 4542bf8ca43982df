#include "ui/shell/details_sheet.hpp"

#include "core/session/dates.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

constexpr ImU32 kInk = IM_COL32(40, 40, 40, 255);
constexpr ImU32 kProblem = IM_COL32(170, 40, 20, 255);

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
    size_t first = s.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : s.substr(first);
}

}  // namespace

Seat seat_of_panel_tap(const App& app) { return sheet_seat_for_panel(app, ImGui::GetIO().MousePos); }

DetailsSheet::DetailsSheet(App& app, Seat seat, std::string heading, std::string save_label, DetailsInput initial,
                           SaveAction on_save)
    : app_(app),
      sheet_(place_sheet(app, seat, 190, 190, {}, {0.5f, 0.25f, 0.75f})),
      heading_(std::move(heading)),
      save_label_(std::move(save_label)),
      on_save_(std::move(on_save)) {
    title_.text = initial.title;
    title_.max_bytes = 120;
    school_.text = initial.school;
    school_.max_bytes = 120;
    date_.text = initial.date;
    date_.max_bytes = 10;
    facilitator_.text = initial.facilitator;
    facilitator_.max_bytes = 120;
}

TextField& DetailsSheet::focused() {
    if (focus_ == "school") return school_;
    if (focus_ == "datum") return date_;
    if (focus_ == "gespreksleider") return facilitator_;
    return title_;
}

void DetailsSheet::next_field() {
    // Enter walks the fields in the order they stand; after the last it saves.
    if (focus_ == "titel") {
        focus_ = "school";
    } else if (focus_ == "school") {
        focus_ = "gespreksleider";
    } else if (focus_ == "gespreksleider") {
        focus_ = "datum";
    } else {
        save();
    }
}

void DetailsSheet::save() {
    DetailsInput typed{trimmed(title_.text), trimmed(school_.text), trimmed(date_.text), trimmed(facilitator_.text)};
    if (!typed.date.empty() && !is_valid_date(typed.date)) {
        problem_ = "Typ de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2027, of kies vandaag.";
        focus_ = "datum";
        return;
    }
    problem_ = on_save_(typed, sheet_->seat());
    if (problem_.empty()) closed_ = true;
}

void DetailsSheet::draw() {
    Sheet& sheet = *sheet_;
    sheet.begin(app_);
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad, half = (w - 3 * mm) * 0.5f;
    const Fonts& f = app_.fonts();
    sheet.text(f.bold, f.bold->FontSize, ImVec2(pad, pad), kInk, heading_);
    float y = pad + 8 * mm;
    auto focus_on = [this](const char* id) { return [this, id] { focus_ = id; }; };
    sheet.field("titel", "Titel", {pad, y, w, 14 * mm}, title_, focus_ == "titel", focus_on("titel"));
    y += 16 * mm;
    sheet.field("school", "School", {pad, y, half, 14 * mm}, school_, focus_ == "school", focus_on("school"));
    sheet.field("gespreksleider", "Gespreksleider", {pad + half + 3 * mm, y, half, 14 * mm}, facilitator_,
                focus_ == "gespreksleider", focus_on("gespreksleider"));
    y += 16 * mm;
    sheet.field("datum", "Datum (dd-mm-jjjj)", {pad, y, 48 * mm, 14 * mm}, date_, focus_ == "datum", focus_on("datum"));
    sheet.date_buttons({pad + 51 * mm, y + 1.5f * mm, w - 51 * mm, 11 * mm}, date_, [this] { focus_ = "datum"; });
    y += 16 * mm;
    if (!problem_.empty())
        sheet.text(f.body, f.body->FontSize, ImVec2(pad, y), kProblem,
                   ellipsize(f.body, f.body->FontSize, problem_, w));
    y += 7 * mm;
    sheet.button(
        save_label_, {pad, y, half, 12 * mm}, [this] { save(); }, true);
    sheet.button("Annuleren", {pad + half + 3 * mm, y, half, 12 * mm}, [this] { closed_ = true; });
    y += 15 * mm;
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, &focused(), [this] { next_field(); });
    sheet.end();
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

void DetailsSheet::pointer(const InputEvent& ev) {
    if (ev.type == InputEvent::Type::pointer_down && sheet_->contains(ev.x, ev.y)) sheet_->press(ev.x, ev.y);
}

void DetailsSheet::key(const InputEvent& ev) {
    if (ev.type == InputEvent::Type::text) {
        focused().type(ev.text);
    } else if (ev.type == InputEvent::Type::key_down) {
        if (ev.key == SDLK_BACKSPACE) focused().backspace();
        if (ev.key == SDLK_RETURN || ev.key == SDLK_KP_ENTER) save();
        if (ev.key == SDLK_ESCAPE) closed_ = true;  // as Annuleren
    }
}

}  // namespace tafel
