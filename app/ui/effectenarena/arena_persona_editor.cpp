// The persona editor: a sheet with its own keyboard (a physical keyboard types into it too) on
// which the host writes a persona: name, age, a one-line title, its parts (a heading and a
// text each) and a picture from the personas folder. Saving records ArenaPersonaSet; the
// persona view, the break-out zones and the exports all read the personas from the session's
// state, so the edit shows everywhere at once.
#include <imgui.h>

#include <algorithm>
#include <cstdint>

#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

using namespace style;

constexpr int kMaxSections = 8;  // the list of parts on the sheet has room for eight at finger size
constexpr float kPartRowMm = 12.5f;
constexpr float kKeyboardMm = 60.0f;
constexpr const char* kNewPersonaNote =
    "Een samengesteld personage: het staat voor een groep leerlingen en niet voor één bestaande leerling.";

}  // namespace

void ArenaScreen::open_persona(Seat seat, const std::string& id) {
    auto e = std::make_unique<Editor>();
    e->kind = Editor::Kind::persona;
    if (const Persona* p = state().find_persona(id)) {
        e->persona = *p;
    } else {
        e->new_persona = true;
        e->persona.age = 14;
        e->persona.composite_note = kNewPersonaNote;
    }
    e->fields["naam"] = {e->persona.name, 60};
    e->fields["titel"] = {e->persona.title, 160};
    e->fields["kop"].max_bytes = 100;
    e->fields["tekst"].max_bytes = 4000;
    e->focus = "naam";
    show_section(*e, e->persona.sections.empty() ? -1 : 0);
    show_editor(std::move(e), seat, 330, 250);
}

void ArenaScreen::show_section(Editor& e, int section) {
    std::vector<PersonaSection>& sections = e.persona.sections;
    const int count = static_cast<int>(sections.size());
    if (e.section >= 0 && e.section < count)
        sections[static_cast<size_t>(e.section)] = {e.fields["kop"].text, e.fields["tekst"].text};
    e.section = section >= 0 && section < count ? section : -1;
    e.fields["kop"].text = e.section >= 0 ? sections[static_cast<size_t>(e.section)].heading : std::string();
    e.fields["tekst"].text = e.section >= 0 ? sections[static_cast<size_t>(e.section)].text : std::string();
    if (e.section < 0 && (e.focus == "kop" || e.focus == "tekst")) e.focus = "naam";
}

void ArenaScreen::draw_persona_editor(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    const float photo = 30 * mm, left_w = w - photo - 4 * mm;
    auto focus = [this, &e](const std::string& id) { return sheets_.focus_on(e, id); };
    draw_persona_head(e);
    float y = pad + 14 * mm;
    draw_persona_photo(e, ImVec2(pad + w - photo, y), photo);
    y += 20 * mm;
    sheet.field("titel", "Titel in één regel, bijvoorbeeld ‘wil zijn positie in zijn peer-group niet verliezen’",
                {pad, y, left_w, 18 * mm}, e.fields["titel"], e.focus == "titel", focus("titel"));
    y += 20 * mm;

    y = draw_persona_pictures(e, y, left_w);

    // The parts take what the keyboard leaves, so a sheet made smaller on a small screen keeps its
    // keyboard whole.
    const float keyboard_h = kKeyboardMm * mm, parts_h = sheet.height() - y - keyboard_h - 3 * mm - pad;
    draw_persona_parts(e, y, parts_h);
    y += parts_h + 3 * mm;

    // Return moves on to the next field, as on paper from top to bottom.
    TextField* typing = &e.fields[e.focus];
    sheet.keyboard({pad, y, w, keyboard_h}, typing, [this, &e] {
        const std::vector<std::string> order = e.section >= 0
                                                   ? std::vector<std::string>{"naam", "titel", "kop", "tekst"}
                                                   : std::vector<std::string>{"naam", "titel"};
        auto at = std::find(order.begin(), order.end(), e.focus);
        e.focus = (at == order.end() || at + 1 == order.end()) ? order.front() : *(at + 1);
        sheets_.give_keyboard(e);
    });
}

// The title, with Opslaan and Sluiten beside it (the parts and the keyboard need the height);
// below it name and age.
void ArenaScreen::draw_persona_head(Editor& e) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    ImFont* body = app_.fonts().body;
    const ImU32 ink = u32(kHint);
    ImFont* bold = app_.fonts().bold;
    auto focus = [this, &e](const std::string& id) { return sheets_.focus_on(e, id); };
    auto save = [this, &e] {
        if (commit(e, true)) e.close_requested = true;
    };
    sheet.text(bold, bold->FontSize, ImVec2(pad, pad + 3 * mm), u32(kTitleInk),
               e.new_persona ? std::string("Nieuwe persona") : "Persona bewerken · " + e.persona.name);
    const float bw = 40 * mm;
    sheet.button("Opslaan", {pad + w - 2 * bw - 3 * mm, pad, bw, 11 * mm}, save, true);
    sheet.close_button("Sluiten", {pad + w - bw, pad, bw, 11 * mm}, [&e] { e.close_requested = true; });

    float y = pad + 14 * mm;
    sheet.field("naam", "Naam", {pad, y, 110 * mm, 18 * mm}, e.fields["naam"], e.focus == "naam", focus("naam"));
    const float ax = pad + 114 * mm;
    sheet.text(body, body->FontSize, ImVec2(ax, y), ink, "Leeftijd");
    sheet.button("-1 jaar", {ax, y + 5.5f * mm, 24 * mm, 12 * mm},
                 [&e] { e.persona.age = std::max(0, e.persona.age - 1); });
    sheet.text(bold, bold->FontSize, ImVec2(ax + 27 * mm, y + 9 * mm), ink,
               e.persona.age > 0 ? std::to_string(e.persona.age) + " jaar" : std::string("onbekend"));
    sheet.button("+1 jaar", {ax + 50 * mm, y + 5.5f * mm, 24 * mm, 12 * mm},
                 [&e] { e.persona.age = std::min(kMaxPersonaAge, e.persona.age + 1); });
}

// The picture at the right of name and age, drawn upright like everything on the sheet
// (Sheet::end() turns it with the rest).
void ArenaScreen::draw_persona_photo(Editor& e, ImVec2 at, float photo) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    ImFont* body = app_.fonts().body;
    const ImU32 ink = u32(kHint);
    const ImVec2 centre = sheet.to_screen(ImVec2(sheet.width() * 0.5f, sheet.height() * 0.5f));
    const ImVec2 p0(centre.x - sheet.width() * 0.5f + at.x, centre.y - sheet.height() * 0.5f + at.y);
    ImDrawList* list = sheet.draw_list();
    // A broken, missing or huge file: picture_of shows the Dutch message once, the box says so.
    if (const PictureCache::Entry* picture = picture_of(e.persona)) {
        const float f = std::min(photo / picture->width, photo / picture->height);
        const float pw = picture->width * f, ph = picture->height * f;
        const ImVec2 a(p0.x + (photo - pw) * 0.5f, p0.y + (photo - ph) * 0.5f);
        list->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(picture->texture)), a,
                       ImVec2(a.x + pw, a.y + ph));
    } else {
        list->AddRectFilled(p0, ImVec2(p0.x + photo, p0.y + photo), u32(kPersonaPlaceholder), 2 * mm);
        draw_text_in_box(list, body, body->FontSize, p0, ImVec2(p0.x + photo, p0.y + photo), ink, "geen foto");
    }
}

// The picture: one of the PNG and JPEG files beside the persona files, or none. Returns the y
// below the row.
float ArenaScreen::draw_persona_pictures(Editor& e, float y, float left_w) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm;
    ImFont* body = app_.fonts().body;
    const ImU32 ink = u32(kHint);
    sheet.text(body, body->FontSize, ImVec2(pad, y + 3 * mm), ink, "Foto");
    // The folder is read when the sheet first shows, not in every frame it stays open.
    if (!e.picture_files)
        e.picture_files = persona_picture_files(app_.options().assets_dir / "effectenarena" / "personas");
    std::vector<std::string> files = {""};
    files.insert(files.end(), e.picture_files->begin(), e.picture_files->end());
    if (!e.persona.picture.empty() && std::find(files.begin(), files.end(), e.persona.picture) == files.end()) {
        files.push_back(e.persona.picture);  // named in a data file but not (or no longer) there
    }
    const float fx = pad + 14 * mm, fgap = 1.5f * mm;
    const size_t shown = std::min(files.size(), static_cast<size_t>((left_w - 14 * mm + fgap) / (28 * mm + fgap)));
    const float fw = std::min(60 * mm, (left_w - 14 * mm - (shown - 1) * fgap) / shown);
    for (size_t i = 0; i < shown; ++i) {
        const std::string file = files[i];
        sheet.choice("foto-" + (file.empty() ? std::string("geen") : file), file.empty() ? "geen foto" : file,
                     {fx + i * (fw + fgap), y, fw, 11 * mm}, e.persona.picture == file,
                     [&e, file] { e.persona.picture = file; });
    }
    return y + 14 * mm;
}

// The parts: the list at the left, the chosen part at the right, in `parts_h` from `y`.
void ArenaScreen::draw_persona_parts(Editor& e, float y, float parts_h) {
    Sheet& sheet = *e.sheet;
    const float mm = app_.metrics().px_per_mm;
    const float pad = 4 * mm, w = sheet.width() - 2 * pad;
    ImFont* body = app_.fonts().body;
    const ImU32 ink = u32(kHint);
    auto focus = [this, &e](const std::string& id) { return sheets_.focus_on(e, id); };
    std::vector<PersonaSection>& sections = e.persona.sections;
    const int count = static_cast<int>(sections.size());
    const float list_w = 100 * mm;
    const float row = std::min(kPartRowMm * mm, (parts_h - 12 * mm) / std::max(1, count));
    for (int k = 0; k < count; ++k) {
        const std::string& head = k == e.section ? e.fields["kop"].text : sections[static_cast<size_t>(k)].heading;
        const std::string label = ellipsize(body, body->FontSize, std::to_string(k + 1) + "  " + head, list_w - 3 * mm);
        sheet.choice("deel-" + std::to_string(k + 1), label, {pad, y + k * row, list_w, row - 1.5f * mm},
                     k == e.section, [this, &e, k] { show_section(e, k); });
    }
    if (count < kMaxSections) {
        sheet.button("Deel toevoegen", {pad, y + count * row, list_w, 11 * mm}, [this, &e] {
            e.persona.sections.push_back({});
            show_section(e, static_cast<int>(e.persona.sections.size()) - 1);
            e.focus = "kop";
            sheets_.give_keyboard(e);
        });
    }
    const float rx = pad + list_w + 4 * mm, rw = w - list_w - 4 * mm;
    if (e.section >= 0) {
        const std::string n = std::to_string(e.section + 1);
        sheet.field("kop-" + n, "Kop van deel " + n, {rx, y, rw, 18 * mm}, e.fields["kop"], e.focus == "kop",
                    focus("kop"));
        const float text_h = parts_h - 20 * mm - 14 * mm;
        sheet.field("tekst-" + n, "Tekst van deel " + n, {rx, y + 20 * mm, rw, text_h}, e.fields["tekst"],
                    e.focus == "tekst", focus("tekst"));
        const float third = (rw - 2 * 3 * mm) / 3, by = y + 20 * mm + text_h + 3 * mm;
        sheet.button("Deel eerder", {rx, by, third, 11 * mm}, [this, &e] {
            if (e.section <= 0) return;
            show_section(e, e.section);  // what is typed goes with the part
            std::swap(e.persona.sections[static_cast<size_t>(e.section)],
                      e.persona.sections[static_cast<size_t>(e.section - 1)]);
            --e.section;
        });
        sheet.button("Deel later", {rx + third + 3 * mm, by, third, 11 * mm}, [this, &e] {
            if (e.section + 1 >= static_cast<int>(e.persona.sections.size())) return;
            show_section(e, e.section);
            std::swap(e.persona.sections[static_cast<size_t>(e.section)],
                      e.persona.sections[static_cast<size_t>(e.section) + 1]);
            ++e.section;
        });
        sheet.button("Deel weghalen", {rx + 2 * (third + 3 * mm), by, third, 11 * mm}, [this, &e] {
            const int gone = e.section;
            e.persona.sections.erase(e.persona.sections.begin() + gone);
            e.section = -1;  // nothing to keep from the part that went
            show_section(e, std::min(gone, static_cast<int>(e.persona.sections.size()) - 1));
        });
    } else {
        sheet.text(body, body->FontSize, ImVec2(rx, y + 3 * mm), ink, "Nog geen delen: kies ‘Deel toevoegen’.", rw);
    }
}

bool ArenaScreen::commit_persona(Editor& e, bool from_save_button) {
    show_section(e, e.section);  // the part on show holds its latest text in the fields
    Persona p = e.persona;
    p.name = e.trimmed("naam");
    p.title = e.trimmed("titel");
    for (PersonaSection& section : p.sections) {
        section.heading = trimmed_text(section.heading);
        section.text = trimmed_text(section.text);
    }
    // A part left wholly empty was added and never written: it goes.
    p.sections.erase(std::remove_if(p.sections.begin(), p.sections.end(),
                                    [](const PersonaSection& s) { return s.heading.empty() && s.text.empty(); }),
                     p.sections.end());
    auto refuse = [&](const std::string& sentence) {
        if (from_save_button) app_.set_message(sentence);
        return !from_save_button;
    };
    if (p.name.empty()) return refuse("Schrijf eerst de naam van de persona, of kies Sluiten.");
    if (e.new_persona) p.id = new_persona_id(p.name, state().personas);
    if (Outcome fits = check_persona(p); fits.refused()) return refuse("Dat kan niet: " + fits.why() + ".");
    const Persona* before = state().find_persona(p.id);
    if (before && *before == p) return true;
    record(ArenaPersonaSet{p}, e.sheet->seat());
    e.new_persona = false;  // saved once: a second save edits this persona
    e.persona.id = p.id;
    return true;
}

}  // namespace tafel
