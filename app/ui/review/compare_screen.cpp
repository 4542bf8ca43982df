#include "ui/review/compare_screen.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/session/session_file.hpp"
#include "core/session/user_error.hpp"
#include "ui/shell/start_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {

const ImVec4 kWarning = vec4(style::kWarningInk);
const ImVec4 kDone(0.10f, 0.45f, 0.15f, 1.0f);
const ImVec4 kGone(0.60f, 0.15f, 0.10f, 1.0f);
const ImVec4 kGoing(0.10f, 0.30f, 0.60f, 1.0f);
const ImVec4 kAside = vec4(style::kAsideInk);  // secondary, but still read from across the table

// Parties as tiles that flow over the width, coloured by what changed; each a target
// partij:LAYER:KIND:NAME.
void draw_parties(App& app, const std::string& heading, const std::vector<std::string>& parties, ImU32 fill,
                  const std::string& target) {
    if (parties.empty()) return;
    const Metrics& m = app.metrics();
    ImGui::TextUnformatted(heading.c_str());
    const ImVec2 pad(m.mm(style::kComparePartyPadXMm), m.mm(style::kComparePartyPadYMm));
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.6f;
    ImGui::Indent(m.mm(style::kCompareIndentMm));
    for (size_t i = 0; i < parties.size(); ++i) {
        const std::string label = fit_label(parties[i], right - ImGui::GetCursorScreenPos().x - 2 * pad.x);
        const ImVec2 text = ImGui::CalcTextSize(label.c_str());
        const ImVec2 size(text.x + 2 * pad.x, text.y + 2 * pad.y);
        if (i > 0 && ImGui::GetItemRectMax().x + spacing + size.x <= right) ImGui::SameLine(0, spacing);
        ImGui::Dummy(size);
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImDrawList* list = ImGui::GetWindowDrawList();
        list->AddRectFilled(min, max, fill, m.mm(style::kRoundingMm));
        list->AddRect(min, max, style::u32(style::kCompareEdge, style::kCompareEdgeAlpha), m.mm(style::kRoundingMm), 0,
                      std::max(1.0f, m.mm(style::kFrameBorderMm)));
        list->AddText(ImVec2(min.x + pad.x, min.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
        app.add_item_target(target + parties[i]);
    }
    ImGui::Unindent(m.mm(style::kCompareIndentMm));
}

}  // namespace

CompareScreen::CompareScreen(App& app) : app_(app) {
    // Effectenarena sessions cannot be compared: they are not offered.
    for (SessionListing& s : list_sessions(app.options().sessions_dir)) {
        if (s.problem.empty() && s.meta.kind == kKindRondomJong) sessions_.push_back(std::move(s));
    }
}

void CompareScreen::choose(size_t index) {
    auto it = std::find(chosen_.begin(), chosen_.end(), index);
    if (it != chosen_.end()) {
        chosen_.erase(it);  // tapped again: no longer chosen
        return;
    }
    if (chosen_.size() == 2) chosen_.erase(chosen_.begin());  // a third replaces the one chosen first
    chosen_.push_back(index);
}

std::pair<const SessionListing*, const SessionListing*> CompareScreen::in_order() const {
    if (chosen_.size() != 2) return {nullptr, nullptr};
    const SessionListing* a = &sessions_[chosen_[0]];
    const SessionListing* b = &sessions_[chosen_[1]];
    if (held_before(b->meta, a->meta)) std::swap(a, b);
    return {a, b};
}

void CompareScreen::compare() {
    auto [earlier, later] = in_order();
    if (!earlier) return;
    try {
        // Loaded for reading only: nothing here can save them.
        const Session before = load_session(earlier->path), after = load_session(later->path);
        comparison_ = compare_sessions(before, after);
        later_content_ = after.content();
        earlier_ = before.meta();
        later_ = after.meta();
    } catch (const UserError& e) {
        app_.set_message(e.what());
    }
}

void CompareScreen::draw() {
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    if (comparison_) {
        draw_comparison(w, h);
    } else {
        draw_choice(w, h);
    }
}

void CompareScreen::draw_choice(float w, float h) {
    const Metrics& m = app_.metrics();
    const float column = std::min(w - m.mm(style::kColumnMarginMm), m.mm(style::kColumnMm));
    begin_panel("##vergelijken-kiezen", ImVec2(0, 0), ImVec2(w, h));
    ImGui::SetCursorPosX((w - column) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    ImGui::PushFont(app_.fonts().large);
    ImGui::TextUnformatted("Twee sessies vergelijken");
    ImGui::PopFont();
    ImGui::TextWrapped(
        "Kies twee Rondom Jong-sessies, bijvoorbeeld van dezelfde school met een jaar ertussen. De sessie met "
        "de vroegste datum is de eerdere. Effectenarena-sessies kunnen niet worden vergeleken.");
    if (sessions_.size() < 2) {
        ImGui::TextWrapped("Er zijn minder dan twee opgeslagen Rondom Jong-sessies in %s.",
                           app_.options().sessions_dir.string().c_str());
    }
    // What is chosen and the buttons stay in view under the list.
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float below = 3 * line + m.touch() + 3 * ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y;
    // As high as the sessions need, so the buttons sit right under them; scrolls when they do not fit.
    const float rows =
        static_cast<float>(std::max<size_t>(sessions_.size(), 1)) * (m.touch() + ImGui::GetStyle().ItemSpacing.y);
    const float list_height =
        std::clamp(rows, m.touch() * 2, std::max(m.touch() * 2, h - ImGui::GetCursorPosY() - below));
    ImGui::BeginChild("##sessies", ImVec2(column, list_height), false);
    drag_to_scroll(m);
    const auto [earlier, later] = in_order();
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    const float row = ImGui::GetContentRegionAvail().x;
    for (size_t i = 0; i < sessions_.size(); ++i) {
        const SessionListing& s = sessions_[i];
        const bool chosen = std::find(chosen_.begin(), chosen_.end(), i) != chosen_.end();
        const std::string mark = !chosen ? "" : &s == earlier ? "✓ Eerder:  " : &s == later ? "✓ Later:  " : "✓ ";
        if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        const std::string label = fit_label(mark + session_label(s.meta), row - 2 * ImGui::GetStyle().FramePadding.x);
        if (touch_button(app_, label + "##" + s.path.string(), row, "option:sessie-" + s.path.stem().string()))
            choose(i);
        if (chosen) ImGui::PopStyleColor();
    }
    ImGui::PopStyleVar();
    ImGui::EndChild();
    if (earlier) {
        ImGui::PushFont(app_.fonts().bold);
        ImGui::TextWrapped("Eerder: %s", session_label(earlier->meta).c_str());
        ImGui::TextWrapped("Later: %s", session_label(later->meta).c_str());
        ImGui::PopFont();
        if (earlier->meta.school != later->meta.school) {
            ImGui::TextColored(kWarning, "Let op: dit zijn sessies van verschillende scholen.");
        }
    } else {
        ImGui::TextColored(kAside, "%s", chosen_.empty() ? "Tik twee sessies aan." : "Tik nog een sessie aan.");
    }
    ImGui::BeginDisabled(!earlier);
    if (touch_button(app_, "Vergelijken", m.mm(style::kCompareButtonMm))) compare();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (touch_button(app_, "Naar beginscherm", m.mm(style::kCompareHomeButtonMm))) app_.show_start_screen();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    end_panel();
}

// A panel with a large title over a list that scrolls by dragging (target lijst:NAME).
void CompareScreen::draw_list_panel(const std::string& name, const char* title, Box area,
                                    void (CompareScreen::*draw_list)()) {
    begin_panel(("##vergelijken-" + name).c_str(), ImVec2(area.x, area.y), ImVec2(area.w, area.h));
    ImGui::PushFont(app_.fonts().large);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    ImGui::BeginChild(("##" + name).c_str(), ImVec2(0, 0), false);
    drag_to_scroll(app_.metrics());
    (this->*draw_list)();
    ImGui::EndChild();
    app_.add_item_target("lijst:" + name);
    end_panel();
}

void CompareScreen::draw_comparison(float w, float h) {
    const Metrics& m = app_.metrics();
    const float header_h = 2 * ImGui::GetStyle().WindowPadding.y + m.touch() +
                           2 * ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    const bool choose_again = draw_header(w, header_h);
    // Parties on the left, actions on the right: both readable at once across the table.
    const float split = std::round(w * 0.45f);
    draw_list_panel("partijen", "Partijen per laag", Box{0, header_h, split, h - header_h},
                    &CompareScreen::draw_layers);
    draw_list_panel("acties", "Acties", Box{split, header_h, w - split, h - header_h}, &CompareScreen::draw_actions);
    if (choose_again) comparison_.reset();  // only now: the lists above were drawn from it
}

bool CompareScreen::draw_header(float w, float height) {
    const Metrics& m = app_.metrics();
    begin_panel("##vergelijken-kop", ImVec2(0, 0), ImVec2(w, height));
    const float buttons_w =
        m.mm(style::kCompareAgainButtonMm) + m.mm(style::kCompareHeaderHomeButtonMm) + ImGui::GetStyle().ItemSpacing.x;
    ImGui::PushFont(app_.fonts().bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(
        fit_label("Eerder: " + session_label(earlier_), w - buttons_w - m.mm(style::kCompareHeaderMarginMm)).c_str());
    app_.add_item_target("text:Eerder: " + earlier_.title);
    ImGui::SameLine(w - buttons_w - ImGui::GetStyle().WindowPadding.x);
    const bool choose_again = touch_button(app_, "Andere sessies kiezen", m.mm(style::kCompareAgainButtonMm));
    ImGui::SameLine();
    if (touch_button(app_, "Naar beginscherm", m.mm(style::kCompareHeaderHomeButtonMm))) app_.show_start_screen();
    ImGui::TextUnformatted(
        fit_label("Later: " + session_label(later_), w - m.mm(style::kCompareLaterMarginMm)).c_str());
    app_.add_item_target("text:Later: " + later_.title);
    ImGui::PopFont();
    if (earlier_.school != later_.school) {
        ImGui::TextColored(kWarning, "Let op: dit zijn sessies van verschillende scholen.");
        app_.add_item_target("text:Let op: dit zijn sessies van verschillende scholen.");
    } else {
        ImGui::TextColored(kAside,
                           "De sessie met de vroegste datum is de eerdere. Beide sessies blijven zoals ze zijn.");
    }
    end_panel();
    return choose_again;
}

void CompareScreen::draw_layers() {
    const Metrics& m = app_.metrics();
    for (const LayerChange& change : comparison_->layers) {
        const Layer* layer = later_content_.rondomjong.find_layer(change.layer);
        ImGui::PushFont(app_.fonts().card);
        ImGui::PushTextWrapPos(0.0f);  // a long layer name wraps rather than running under the scroll bar
        ImGui::TextUnformatted(layer ? layer->name.c_str() : change.layer.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        if (change.added.empty() && change.removed.empty() && change.now_involved.empty() &&
            change.now_not_yet.empty()) {
            ImGui::TextColored(kAside, "Geen verschil");
        }
        const std::string target = "partij:" + change.layer + ":";
        draw_parties(app_, "Nieuw in deze laag", change.added, style::u32(style::kCompareAdded), target + "erbij:");
        draw_parties(app_, "Niet meer in deze laag", change.removed, style::u32(style::kCompareRemoved),
                     target + "weg:");
        draw_parties(app_, "Van nog niet betrokken naar betrokken", change.now_involved,
                     style::u32(style::kCompareNowInvolved), target + "nu-betrokken:");
        draw_parties(app_, "Van betrokken naar nog niet betrokken", change.now_not_yet,
                     style::u32(style::kCompareNowNotYet), target + "nu-nog-niet-betrokken:");
        ImGui::Dummy(ImVec2(0, m.mm(style::kRowGapMm)));
        ImGui::Separator();
    }
}

void CompareScreen::draw_actions() {
    const Comparison& cmp = *comparison_;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushFont(app_.fonts().card);
    ImGui::Text("Van de eerdere sessie (%zu)", cmp.actions.size());
    ImGui::PopFont();
    if (cmp.actions.empty()) ImGui::TextColored(kAside, "Geen actiekaarten.");
    for (const ActionFate& f : cmp.actions) {
        const std::string name = f.name.empty() ? "(geen naam)" : f.name;
        ImGui::PushFont(app_.fonts().bold);
        ImGui::TextUnformatted(name.c_str());
        ImGui::PopFont();
        if (!f.planned.empty()) {
            ImGui::SameLine();
            ImGui::TextColored(kAside, "·  gepland klaar %s", f.planned.c_str());
        }
        ImGui::TextWrapped("%s", f.action.c_str());
        std::string fate = fate_text(f);
        fate[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(fate[0])));
        // How it ended is what the room looks for: bold, and coloured by the outcome.
        // A card that was done before the later session need not come back: that is no loss.
        const std::string last = !f.status_later.empty()         ? f.status_later
                                 : !f.status_followed_up.empty() ? f.status_followed_up
                                                                 : f.status_at_meeting;
        const ImVec4 colour = last == "afgerond" ? kDone : f.status_later.empty() ? kGone : kGoing;
        ImGui::PushFont(app_.fonts().bold);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextWrapped("%s", fate.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        app_.add_item_target("text:" + name + ": " + fate_text(f));
        if (!f.action_later.empty()) ImGui::TextColored(kAside, "Later zo geschreven: %s", f.action_later.c_str());
        ImGui::Separator();
    }
    ImGui::Dummy(ImVec2(0, app_.metrics().mm(style::kItemSpacingMm)));
    ImGui::PushFont(app_.fonts().card);
    ImGui::Text("Nieuw in de latere sessie (%zu)", cmp.new_actions.size());
    ImGui::PopFont();
    if (cmp.new_actions.empty()) ImGui::TextColored(kAside, "Geen nieuwe actiekaarten.");
    for (const std::string& a : cmp.new_actions) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", a.c_str());
        app_.add_item_target("text:" + a);
    }
    ImGui::PopTextWrapPos();
}

}  // namespace tafel
