// The persona, section by section: the host reveals the next part while the room listens.
// The newest part is shown large; earlier parts stay as headings.
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>

#include "ui/effectenarena/arena_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {

using namespace style;

const PictureCache::Entry* ArenaScreen::picture_of(const Persona& persona) {
    if (persona.picture.empty()) return nullptr;
    // The session carries a copy of the content, but not the picture: it is looked up beside
    // the persona files of the assets this app runs with.
    const std::filesystem::path path = app_.options().assets_dir / "effectenarena" / "personas" / persona.picture;
    PictureCache::Entry& e = pictures_.get(path);
    if (!e.error.empty()) {
        if (!e.reported) app_.set_message(picture_problem_sentence(persona.name, path, e.error));
        e.reported = true;
        return nullptr;
    }
    return &e;
}

void ArenaScreen::draw_persona_view(Box area) {
    const Metrics& m = app_.metrics();
    const EffectenarenaState& s = state();
    std::vector<const Persona*> shown;
    for (size_t g = 1; g <= s.groups.size(); ++g) {
        const Persona* p = s.persona_of_group(static_cast<int>(g));
        if (p && std::find(shown.begin(), shown.end(), p) == shown.end()) shown.push_back(p);
    }
    if (shown.empty() && !s.personas.empty()) shown.push_back(&s.personas.front());
    const float gap = m.mm(kMarginMm);
    const float columns = static_cast<float>(std::max<size_t>(1, shown.size()));
    const float col_w = (area.w - gap * (columns - 1)) / columns;
    std::vector<Persona> copies;  // a tap records an event, which replaces the state drawn from
    copies.reserve(shown.size());
    for (const Persona* p : shown) copies.push_back(*p);
    for (size_t i = 0; i < copies.size(); ++i) {
        const Box col{area.x + static_cast<float>(i) * (col_w + gap), area.y, col_w, area.h};
        begin_panel(("##persona" + std::to_string(i)).c_str(), ImVec2(col.x, col.y), ImVec2(col.w, col.h));
        draw_persona_column(copies[i], col.w - 2 * ImGui::GetStyle().WindowPadding.x);
        end_panel();
    }
}

// One persona: picture, name, age and title, the buttons that reveal its parts, the parts.
void ArenaScreen::draw_persona_column(const Persona& p, float inner) {
    const Metrics& m = app_.metrics();
    const float face = m.mm(26);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    draw_persona_face(p, at, face);
    ImGui::SetCursorScreenPos(ImVec2(at.x + face + m.mm(4), at.y));
    ImGui::BeginGroup();
    ImGui::PushFont(app_.fonts().display);
    ImGui::TextUnformatted(p.name.c_str());
    ImGui::PopFont();
    ImGui::PushFont(app_.fonts().large);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner - face - m.mm(4));
    ImGui::TextUnformatted(((p.age > 0 ? std::to_string(p.age) + " jaar, " : std::string()) + p.title).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(at.x, std::max(at.y + face, ImGui::GetItemRectMax().y) + m.mm(2)));
    const EffectenarenaState& s = state();
    auto found = s.revealed.find(p.id);
    const int total = static_cast<int>(p.sections.size());
    // Review shows the whole persona, to read; the meeting shows what the host has revealed.
    const int revealed = in_review() ? total : found == s.revealed.end() ? 0 : found->second;
    const float half = (inner - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (!in_review()) {
        ImGui::BeginDisabled(revealed >= total);
        if (touch_button(app_, "Volgend deel##" + p.id, half, "button:Volgend deel")) {
            record(ArenaPersonaRevealed{p.id, revealed + 1}, seat_of_ui_pointer());
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(revealed <= 0);
        if (touch_button(app_, "Vorig deel##" + p.id, half, "button:Vorig deel")) {
            record(ArenaPersonaRevealed{p.id, revealed - 1}, seat_of_ui_pointer());
        }
        ImGui::EndDisabled();
    }
    draw_persona_sections(p, revealed, inner);
}

// The picture, scaled to fit its square with the aspect ratio kept; without one (or when it
// cannot be read) a neutral drawn placeholder.
void ArenaScreen::draw_persona_face(const Persona& p, ImVec2 at, float face) {
    const Metrics& m = app_.metrics();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const PictureCache::Entry* picture = picture_of(p);
    if (picture) {
        const float f = std::min(face / picture->width, face / picture->height);
        const float pw = picture->width * f, ph = picture->height * f;
        const ImVec2 p0(at.x + (face - pw) * 0.5f, at.y + (face - ph) * 0.5f), p1(p0.x + pw, p0.y + ph);
        list->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(picture->texture)), p0, p1);
        list->AddRect(p0, p1, u32(kPersonaFrame));
    } else {
        list->AddRectFilled(at, ImVec2(at.x + face, at.y + face), u32(kPersonaPlaceholder), m.mm(kMarginMm));
        list->PushClipRect(at, ImVec2(at.x + face, at.y + face), true);  // the shoulders stay inside
        list->AddCircleFilled(ImVec2(at.x + face * 0.5f, at.y + face * 0.38f), face * 0.2f, u32(kPersonaSilhouette));
        list->AddCircleFilled(ImVec2(at.x + face * 0.5f, at.y + face * 1.02f), face * 0.4f, u32(kPersonaSilhouette),
                              32);
        list->PopClipRect();
        list->AddRect(at, ImVec2(at.x + face, at.y + face), u32(kPersonaFrame), m.mm(kMarginMm));
    }
    ImGui::Dummy(ImVec2(face, face));
    app_.add_item_target((picture ? "foto:" : "geen-foto:") + p.id);
}

// The parts shown so far: each heading, and the newest part's text in the cards' font, which
// scrolls by finger when it is longer than the column (in review all texts).
void ArenaScreen::draw_persona_sections(const Persona& p, int revealed, float inner) {
    const int total = static_cast<int>(p.sections.size());
    ImGui::BeginChild(("##delen" + p.id).c_str(), ImVec2(inner, 0), false);
    drag_to_scroll(app_.metrics());
    ImGui::PushTextWrapPos(inner - ImGui::GetStyle().ScrollbarSize);
    ImGui::PushFont(app_.fonts().large);  // what the room sees before and between the parts
    if (revealed == 0) ImGui::TextDisabled("%s", p.composite_note.c_str());
    ImGui::PopFont();
    for (int k = 0; k < revealed && k < total; ++k) {
        const PersonaSection& section = p.sections[static_cast<size_t>(k)];
        ImGui::PushFont(app_.fonts().large);
        ImGui::Text("%d/%d  %s", k + 1, total, section.heading.c_str());
        ImGui::PopFont();
        if (k + 1 == revealed || in_review()) {
            ImGui::PushFont(app_.fonts().card);  // read aloud and read along by the room: the cards' font
            ImGui::TextUnformatted(section.text.c_str());
            ImGui::PopFont();
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace tafel
