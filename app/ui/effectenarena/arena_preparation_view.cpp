// Before the start the host sets up the meeting: the programme, the leefdomeinen, the groups
// and their personas. Every change records the whole new list at once (ArenaProgrammeSet,
// ArenaLeefdomeinenSet, ArenaGroupsSet), so undo takes back one change and the file is saved
// after each. Once the meeting has begun the core refuses these changes: the view then shows
// them read-only and says why. Personas stay editable (corrections), see arena_persona_editor.cpp.
#include <imgui.h>

#include <algorithm>

#include "core/effectenarena/step_kind.hpp"
#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

constexpr int kMaxGroups = 4;  // more zones than four do not fit side by side on one screen
constexpr int kMinutesStep = 5;
constexpr float kMinTitleMm = 30.0f;  // a step's title button narrower than this goes on a line of its own
constexpr float kRowGapMm = 1.5f;     // between the buttons of one row: more fit, still apart for a finger

// One of several options, filled in when chosen (the colours of the sheets' choices).
bool option_button(App& app, const std::string& label, const std::string& target, bool chosen, float width) {
    if (chosen) {
        ImGui::PushStyleColor(ImGuiCol_Button, style::u32(style::kActionButton));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, style::u32(style::kActionButton));
        ImGui::PushStyleColor(ImGuiCol_Text, style::u32(style::kWhite));
    }
    const bool pressed = touch_button(app, label + "##" + target, width, target);
    if (chosen) ImGui::PopStyleColor(3);
    return pressed;
}

float button_width(const std::string& label) {
    return ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
}

// Text in a touch-high row, centred on the buttons beside it.
void row_text(App& app, const std::string& text, float width, bool centred = false) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = app.metrics().touch();
    ImGui::Dummy(ImVec2(width, h));
    const float tw = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::GetWindowDrawList()->AddText(
        ImVec2(at.x + (centred ? (width - tw) * 0.5f : 0.0f), at.y + (h - ImGui::GetFontSize()) * 0.5f),
        ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
}

// The next button of a flowing row: beside the last one, or on a new line when it would not fit.
void flow(float width, float right_edge) {
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right_edge) ImGui::NewLine();
}

void heading(App& app, const char* text) {
    ImGui::PushFont(app.fonts().bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

}  // namespace

void ArenaScreen::record_programme(std::vector<ProgrammeStep> steps, Seat seat) {
    record(ArenaProgrammeSet{timed_programme(std::move(steps))}, seat);
}

void ArenaScreen::draw_preparation(Box area) {
    const Metrics& m = app_.metrics();
    const bool fixed = state().started;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = m.mm(2);

    // What this is and, once the meeting runs, why it is fixed.
    const float top_h = m.touch() + 2 * style.WindowPadding.y;
    begin_panel("##voorbereiding", ImVec2(area.x, area.y), ImVec2(area.w, top_h));
    const float inner = area.w - 2 * style.WindowPadding.x;
    const float done_w = m.mm(40);
    ImGui::PushFont(app_.fonts().bold);
    row_text(app_, "Voorbereiding", ImGui::CalcTextSize("Voorbereiding").x);
    ImGui::PopFont();
    ImGui::SameLine(0, m.mm(6));
    const ImVec2 text_at = ImGui::GetCursorScreenPos();
    const float text_w = area.x + style.WindowPadding.x + inner - done_w - m.mm(6) - text_at.x;
    const char* why = fixed ? "De bijeenkomst is begonnen: programma, leefdomeinen en groepen liggen nu vast, omdat de "
                              "antwoorden daarbij horen. Persona’s kun je nog verbeteren."
                            : "Stel vóór de start het programma, de leefdomeinen, de groepen en de persona’s in. Elke "
                              "wijziging wordt meteen bewaard.";
    const float why_h = ImGui::CalcTextSize(why, nullptr, false, text_w).y;
    ImGui::SetCursorScreenPos(ImVec2(text_at.x, text_at.y + std::max(0.0f, (m.touch() - why_h) * 0.5f)));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    ImGui::TextUnformatted(why);
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(ImVec2(area.x + style.WindowPadding.x + inner - done_w, text_at.y));
    if (touch_button(app_, "Klaar", done_w)) overlay_ = Overlay::none;
    end_panel();

    // Three columns: the programme, then leefdomeinen and groups, then the personas.
    const float y = area.y + top_h + gap, h = area.bottom() - y;
    const float programme_w = (area.w - 2 * gap) * 0.56f, side_w = (area.w - 2 * gap - programme_w) * 0.5f;
    begin_panel("##prep-programma", ImVec2(area.x, y), ImVec2(programme_w, h));
    draw_programme_editor(fixed);
    end_panel();
    // Leefdomeinen and groups scroll with a finger when they do not fit (as do the personas).
    begin_panel("##prep-indeling", ImVec2(area.x + programme_w + gap, y), ImVec2(side_w, h));
    ImGui::BeginChild("##prep-indeling-rol", ImVec2(0, 0), false);
    drag_to_scroll(m);
    draw_leefdomeinen_editor(fixed);
    ImGui::Dummy(ImVec2(0, m.mm(3)));
    draw_groups_editor(fixed);
    ImGui::EndChild();
    end_panel();
    begin_panel("##prep-personas", ImVec2(area.x + programme_w + side_w + 2 * gap, y), ImVec2(side_w, h));
    draw_personas_list(fixed);
    end_panel();
}

void ArenaScreen::draw_programme_editor(bool fixed) {
    const Metrics& m = app_.metrics();
    const ImGuiStyle& style = ImGui::GetStyle();
    const std::vector<ProgrammeStep> steps = state().steps;  // each change is built from this list
    const Seat seat = seat_of_ui_pointer();
    const float inner = ImGui::GetContentRegionAvail().x;
    heading(app_, "Programma");
    draw_programme_start(fixed, steps, seat);
    // Said plainly: the first change also evens out start times that did not add up.
    ImGui::TextDisabled(fixed ? "De bijeenkomst loopt: de huidige en latere stappen kunnen nog korter of langer; "
                                "de stappen erna schuiven mee."
                              : "Bij elke wijziging begint iedere stap waar de vorige ophoudt, vanaf de begintijd "
                                "hierboven.");

    // The steps, scrolling when there are many; "Stap toevoegen" stays below them.
    ImGui::BeginChild("##prep-stappen", ImVec2(inner, -(m.touch() + style.ItemSpacing.y)), false);
    drag_to_scroll(m);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(m.mm(kRowGapMm), m.mm(2)));
    ProgrammeRow row;
    row.arrow = row.minus = m.mm(12);
    row.minutes = m.mm(17);
    row.time = m.mm(14);
    for (StepKind k : kStepKinds) row.kind = std::max(row.kind, button_width(step_kind_label(k)));
    const float row_w = ImGui::GetContentRegionAvail().x;  // less the scrollbar, once there is one
    row.title = row_w - row.time - 2 * row.minus - row.minutes - 3 * row.kind - 3 * row.arrow -
                10 * m.mm(kRowGapMm);  // eleven in a row
    // Too narrow for a readable title (a large size on a small screen): the title and its arrows
    // take a second line, so none of them falls off the panel.
    row.two_lines = row.title < m.mm(kMinTitleMm);
    if (row.two_lines) row.title = row_w - 3 * row.arrow - 3 * m.mm(kRowGapMm);
    for (size_t i = 0; i < steps.size(); ++i) draw_programme_row(steps, i, fixed, row, seat);
    ImGui::PopStyleVar();
    ImGui::EndChild();
    ImGui::BeginDisabled(fixed);
    if (touch_button(app_, "Stap toevoegen", inner)) open_step(seat, "");
    ImGui::EndDisabled();
}

// The first start; every later start follows from the durations (timed_programme).
void ArenaScreen::draw_programme_start(bool fixed, const std::vector<ProgrammeStep>& steps, Seat seat) {
    const Metrics& m = app_.metrics();
    ImGui::BeginDisabled(fixed);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(m.mm(kRowGapMm), ImGui::GetStyle().ItemSpacing.y));
    const std::string first = steps.front().start;
    auto shift_start = [&](int minutes) {
        std::vector<ProgrammeStep> next = steps;
        const std::string moved = clock_plus(first, minutes);
        next.front().start = moved.empty() ? "09:00" : moved;  // not a time yet: start from a morning
        record_programme(std::move(next), seat);
    };
    row_text(app_, "Begintijd", button_width("Begintijd"));
    const float small = m.mm(20);
    const std::pair<const char*, int> shifts[] = {{"-1 uur", -60}, {"-5 min", -kMinutesStep}};
    for (const auto& [label, minutes] : shifts) {
        ImGui::SameLine();
        if (touch_button(app_, std::string(label) + "##begin", small, std::string("button:Begintijd ") + label))
            shift_start(minutes);
    }
    ImGui::SameLine();
    ImGui::PushFont(app_.fonts().bold);
    row_text(app_, first.empty() ? "–" : first, m.mm(18), true);
    ImGui::PopFont();
    const std::pair<const char*, int> later[] = {{"+5 min", kMinutesStep}, {"+1 uur", 60}};
    for (const auto& [label, minutes] : later) {
        ImGui::SameLine();
        if (touch_button(app_, std::string(label) + "##begin", small, std::string("button:Begintijd ") + label))
            shift_start(minutes);
    }
    ImGui::EndDisabled();
    const std::string end = programme_end(steps);
    if (!end.empty()) {
        ImGui::SameLine(0, m.mm(6));
        row_text(app_, "einde " + end, button_width("einde 00:00"));
    }
    ImGui::PopStyleVar();
}

// One step: its start, -5 / duration / +5, its kind, its title (tap to edit), up, down, away.
// Before the start every change records the whole programme; once the meeting runs only the
// duration of the current or a later step changes (ArenaStepRetimed, the core's rule).
void ArenaScreen::draw_programme_row(const std::vector<ProgrammeStep>& steps, size_t i, bool fixed,
                                     const ProgrammeRow& w, Seat seat) {
    const ProgrammeStep& st = steps[i];
    const std::string n = std::to_string(i + 1);
    const int index = static_cast<int>(i);
    auto changed = [&](auto change) {
        std::vector<ProgrammeStep> next = steps;
        change(next);
        record_programme(std::move(next), seat);
    };
    auto minutes_button = [&](const char* label, const std::string& target, int minutes) {
        const bool allowed =
            fixed ? may_retime(state(), index, minutes).done() : minutes >= kMinutesStep && minutes <= kMaxStepMinutes;
        ImGui::BeginDisabled(!allowed || minutes < kMinutesStep);
        if (touch_button(app_, std::string(label) + "##" + target, w.minus, "button:" + target)) {
            if (fixed) {
                record(ArenaStepRetimed{index, minutes}, seat);
            } else {
                changed([&](auto& s) { s[i].minutes = minutes; });
            }
        }
        ImGui::EndDisabled();
    };
    row_text(app_, st.start, w.time);
    ImGui::SameLine();
    minutes_button("-5", "korter-" + n, st.minutes - kMinutesStep);
    ImGui::SameLine();
    row_text(app_, std::to_string(st.minutes) + " min", w.minutes, true);
    ImGui::SameLine();
    minutes_button("+5", "langer-" + n, st.minutes + kMinutesStep);
    ImGui::BeginDisabled(fixed);
    for (StepKind kind : kStepKinds) {
        ImGui::SameLine();
        const std::string word = step_kind_word(kind);
        std::string target = "option:soort-";
        target.append(n).append("-").append(word);
        if (option_button(app_, step_kind_label(kind), target, step_kind(st) == kind, w.kind) &&
            step_kind(st) != kind) {
            changed([&](auto& s) { s[i].kind = word; });
        }
    }
    if (!w.two_lines) ImGui::SameLine();
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    if (touch_button(app_, fit_label(st.title, w.title - 2 * ImGui::GetStyle().FramePadding.x) + "##titel" + n, w.title,
                     "button:titel-" + n)) {
        open_step(seat, st.id);
    }
    ImGui::PopStyleVar();
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (touch_button(app_, "↑##omhoog" + n, w.arrow, "button:omhoog-" + n))
        changed([&](auto& s) { std::swap(s[i], s[i - 1]); });
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 == steps.size());
    if (touch_button(app_, "↓##omlaag" + n, w.arrow, "button:omlaag-" + n))
        changed([&](auto& s) { std::swap(s[i], s[i + 1]); });
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(steps.size() == 1);  // a programme keeps at least one step
    if (touch_button(app_, "✕##weg" + n, w.arrow, "button:weg-" + n))
        changed([&](auto& s) { s.erase(s.begin() + static_cast<long>(i)); });
    ImGui::EndDisabled();
    ImGui::EndDisabled();
}

void ArenaScreen::draw_leefdomeinen_editor(bool fixed) {
    const Metrics& m = app_.metrics();
    const std::vector<std::string> domains = state().leefdomeinen;
    const Seat seat = seat_of_ui_pointer();
    const float inner = ImGui::GetContentRegionAvail().x, cross = m.mm(12);
    heading(app_, "Leefdomeinen");
    ImGui::BeginDisabled(fixed);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(m.mm(kRowGapMm), m.mm(2)));
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    for (size_t i = 0; i < domains.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        const float name_w = inner - cross - m.mm(kRowGapMm);
        if (touch_button(app_,
                         fit_label(domains[i], name_w - 2 * ImGui::GetStyle().FramePadding.x) + "##leefdomein" + n,
                         name_w, "button:leefdomein-" + n)) {
            open_leefdomein(seat, domains[i]);
        }
        ImGui::SameLine();
        ImGui::BeginDisabled(fixed || domains.size() == 1);  // answers need a leefdomein to go in
        if (touch_button(app_, "✕##leefdomein-weg" + n, cross, "button:leefdomein-weg-" + n)) {
            std::vector<std::string> next = domains;
            next.erase(next.begin() + static_cast<long>(i));
            record(ArenaLeefdomeinenSet{next}, seat);
        }
        ImGui::EndDisabled();
    }
    ImGui::PopStyleVar(2);
    if (touch_button(app_, "Leefdomein toevoegen", inner)) open_leefdomein(seat, "");
    ImGui::EndDisabled();
}

void ArenaScreen::draw_groups_editor(bool fixed) {
    const Metrics& m = app_.metrics();
    const EffectenarenaState& s = state();
    std::vector<std::string> personas;  // the group's persona ids: the list a change records
    for (const ArenaGroup& g : s.groups) personas.push_back(g.persona);
    const std::vector<Persona> all = s.personas;
    const Seat seat = seat_of_ui_pointer();
    const float inner = ImGui::GetContentRegionAvail().x;
    const float right_edge = ImGui::GetCursorScreenPos().x + inner;
    heading(app_, "Groepen");
    ImGui::BeginDisabled(fixed);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(m.mm(kRowGapMm), m.mm(2)));
    row_text(app_, "Aantal", button_width("Aantal"));
    const float count_w = (inner - button_width("Aantal") - kMaxGroups * m.mm(kRowGapMm)) / kMaxGroups;
    for (int n = 1; n <= kMaxGroups; ++n) {
        ImGui::SameLine();
        if (option_button(app_, std::to_string(n), "option:groepen-" + std::to_string(n),
                          n == static_cast<int>(personas.size()), count_w) &&
            n != static_cast<int>(personas.size()) && !all.empty()) {
            // A new group gets the next persona in turn, as the groups of a new session do.
            std::vector<std::string> next = personas;
            next.resize(static_cast<size_t>(n));
            for (size_t g = personas.size(); g < next.size(); ++g) next[g] = all[g % all.size()].id;
            record(ArenaGroupsSet{next}, seat);
        }
    }
    for (size_t g = 0; g < personas.size(); ++g) {
        const std::string group = "groep" + std::to_string(g + 1);
        ImGui::PushFont(app_.fonts().bold);
        row_text(app_, "Groep " + std::to_string(g + 1), button_width("Groep 8"));
        ImGui::PopFont();
        for (const Persona& p : all) {
            const float w = std::max(m.mm(20), button_width(p.name));
            flow(w, right_edge);
            if (option_button(app_, p.name, "option:persona-" + group + "-" + p.id, personas[g] == p.id, w) &&
                personas[g] != p.id) {
                std::vector<std::string> next = personas;
                next[g] = p.id;
                record(ArenaGroupsSet{next}, seat);
            }
        }
    }
    ImGui::PopStyleVar();
    ImGui::EndDisabled();
}

void ArenaScreen::draw_personas_list(bool fixed) {
    const Metrics& m = app_.metrics();
    const EffectenarenaState& s = state();
    const Seat seat = seat_of_ui_pointer();
    const float inner = ImGui::GetContentRegionAvail().x;
    heading(app_, "Persona’s");
    ImGui::BeginChild("##prep-personalijst", ImVec2(inner, -(m.touch() + ImGui::GetStyle().ItemSpacing.y)), false);
    drag_to_scroll(m);
    const float row_w = ImGui::GetContentRegionAvail().x;
    const float edit_w = m.mm(30);
    for (const Persona& p : s.personas) {
        std::string groups;
        for (size_t g = 0; g < s.groups.size(); ++g) {
            if (s.groups[g].persona == p.id) groups += (groups.empty() ? "groep " : ", ") + std::to_string(g + 1);
        }
        const float name_w = row_w - edit_w - ImGui::GetStyle().ItemSpacing.x;
        ImGui::PushFont(app_.fonts().bold);
        row_text(app_, fit_label(p.name + (p.age > 0 ? ", " + std::to_string(p.age) + " jaar" : std::string()), name_w),
                 name_w);
        ImGui::PopFont();
        ImGui::SameLine();
        if (touch_button(app_, "Bewerken##" + p.id, edit_w, "button:Persona bewerken-" + p.id))
            open_persona(seat, p.id);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + row_w);
        if (!p.title.empty()) ImGui::TextUnformatted(p.title.c_str());
        const std::string about = (groups.empty() ? std::string("geen groep") : groups) + " · " +
                                  std::to_string(p.sections.size()) +
                                  (p.sections.size() == 1 ? " deel · " : " delen · ") +
                                  (p.picture.empty() ? "geen foto" : "foto " + p.picture);
        ImGui::TextDisabled("%s", about.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Dummy(ImVec2(0, m.mm(1)));
    }
    ImGui::EndChild();
    // A new persona can only still join a group before the start.
    ImGui::BeginDisabled(fixed);
    if (touch_button(app_, "Nieuwe persona", inner)) open_persona(seat, "");
    ImGui::EndDisabled();
}

// ---- the sheets of a step and a leefdomein -----------------------------------------------

void ArenaScreen::open_step(Seat seat, const std::string& id) {
    auto e = std::make_unique<Editor>();
    e->kind = Editor::Kind::step;
    e->original = id;
    for (const ProgrammeStep& st : state().steps) {
        if (st.id != id) continue;
        e->fields["staptitel"].text = st.title;
        e->fields["uitleg"].text = st.explanation;
    }
    e->fields["staptitel"].max_bytes = 120;
    e->fields["uitleg"].max_bytes = 600;
    e->focus = "staptitel";
    show_editor(std::move(e), seat, 200, 150);
}

void ArenaScreen::open_leefdomein(Seat seat, const std::string& name) {
    auto e = std::make_unique<Editor>();
    e->kind = Editor::Kind::leefdomein;
    e->original = name;
    e->fields["leefdomein"].text = name;
    e->fields["leefdomein"].max_bytes = 60;
    e->focus = "leefdomein";
    show_editor(std::move(e), seat, 190, 110);
}

void ArenaScreen::draw_step_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    std::string title = "Nieuwe stap (komt achteraan; schuif hem daarna op zijn plek)";
    const std::vector<ProgrammeStep>& steps = state().steps;
    for (size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].id == e.original)
            title = "Stap " + std::to_string(i + 1) + " · " + steps[i].start + " · " +
                    std::to_string(steps[i].minutes) + " min";
    }
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), style::u32(style::kTitleInk), title);
    auto focus = [this, &e](const std::string& id) { return sheets_.focus_on(e, id); };
    float y = pad + 8 * mm;
    sheet.field("staptitel", "Titel van de stap", {pad, y, w, 18 * mm}, e.fields["staptitel"], e.focus == "staptitel",
                focus("staptitel"));
    y += 20 * mm;
    sheet.field("uitleg", "Uitleg voor de zaal (mag leeg blijven)", {pad, y, w, 30 * mm}, e.fields["uitleg"],
                e.focus == "uitleg", focus("uitleg"));
    y += 33 * mm;
    auto save = [this, &e] {
        if (commit(e, true)) e.close_requested = true;
    };
    save_close_row(e, {pad, y, w, 12 * mm});
    y += 15 * mm;
    // Return: from the title to the explanation, and from there it saves.
    sheet.keyboard({pad, y, w, sheet.height() - y - pad}, &e.fields[e.focus], [&e, save] {
        if (e.focus == "staptitel") {
            e.focus = "uitleg";
        } else {
            save();
        }
    });
}

void ArenaScreen::draw_leefdomein_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    sheet.text(app_.fonts().bold, app_.fonts().bold->FontSize, ImVec2(pad, pad), style::u32(style::kTitleInk),
               e.original.empty() ? std::string("Nieuw leefdomein") : "Leefdomein · " + e.original);
    sheet.field("leefdomein", "Naam van het leefdomein, bijvoorbeeld Zorg of Online", {pad, pad + 8 * mm, w, 18 * mm},
                e.fields["leefdomein"], true, sheets_.focus_on(e, "leefdomein"));
    auto save = [this, &e] {
        if (commit(e, true)) e.close_requested = true;
    };
    const float y = pad + 29 * mm;
    save_close_row(e, {pad, y, w, 12 * mm});
    sheet.keyboard({pad, y + 15 * mm, w, sheet.height() - y - 15 * mm - pad}, &e.fields["leefdomein"], save);
}

bool ArenaScreen::commit_step(Editor& e, bool from_save_button) {
    const std::string title = e.trimmed("staptitel"), explanation = e.trimmed("uitleg");
    if (title.empty()) {
        if (from_save_button) app_.set_message("Schrijf eerst de titel van de stap, of kies Sluiten.");
        return !from_save_button;
    }
    std::vector<ProgrammeStep> steps = state().steps;
    if (e.original.empty()) {
        ProgrammeStep st;
        st.id = new_step_id(steps);
        st.minutes = 10;
        st.kind = step_kind_word(StepKind::plenair);
        st.title = title;
        st.explanation = explanation;
        steps.push_back(st);
        e.original = st.id;  // saved once: a second save edits it
    } else {
        auto it =
            std::find_if(steps.begin(), steps.end(), [&](const ProgrammeStep& st) { return st.id == e.original; });
        if (it == steps.end() || (it->title == title && it->explanation == explanation))
            return true;  // gone meanwhile, or unchanged
        it->title = title;
        it->explanation = explanation;
    }
    record_programme(std::move(steps), e.sheet->seat());
    return true;
}

}  // namespace tafel
