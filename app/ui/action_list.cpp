#include "ui/action_list.hpp"

#include <imgui.h>

#include <cstring>

#include "core/dates.hpp"
#include "ui/widgets.hpp"

namespace tafel {
namespace {

void copy_into(char* buffer, size_t size, const std::string& text) {
    std::strncpy(buffer, text.c_str(), size - 1);
    buffer[size - 1] = '\0';
}

// A toggle-like button: highlighted when chosen.
bool choice_button(App& app, const std::string& label, bool chosen, const std::string& target, float width = 0) {
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    bool pressed = touch_button(app, label, width, target);
    if (chosen) ImGui::PopStyleColor();
    return pressed;
}

}  // namespace

void ActionListView::record(App& app, Payload payload) {
    app.record(std::move(payload), Seat::bottom);
}

void ActionListView::draw(App& app, float width) {
    const Session& session = app.store()->session();
    const RondomJongState& rj = session.state().rondomjong;  // the plan as it stands now
    const RondomJongContent& c = session.content().rondomjong;
    if (date_[0] == '\0') copy_into(date_, sizeof date_, today_dd_mm_yyyy());
    draw_follow_up_bar(app, rj, width);
    ImGui::Separator();
    draw_filters(app, rj, c, width);
    ImGui::Separator();

    const int today = today_key();
    auto cards = list_actions(rj, c, filter_, sort_, today);
    ImGui::BeginChild("##kaarten", ImVec2(width, following_up_ ? -ImGui::GetFrameHeightWithSpacing() * 5 : 0), false);
    const int columns = following_up_ ? 8 : 7;
    if (ImGui::BeginTable("##actietabel", columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Nr.", ImGuiTableColumnFlags_WidthFixed, app.metrics().mm(10));
        ImGui::TableSetupColumn("Naam", 0, 1.2f);
        ImGui::TableSetupColumn("Laag", 0, 1.0f);
        ImGui::TableSetupColumn("Actie en doel", 0, 3.5f);
        ImGui::TableSetupColumn("Gepland klaar", 0, 0.9f);
        ImGui::TableSetupColumn("Status", 0, 0.9f);
        ImGui::TableSetupColumn("Opvolging", 0, 2.2f);
        if (following_up_) ImGui::TableSetupColumn("Bijwerken", ImGuiTableColumnFlags_WidthFixed, app.metrics().mm(95));
        ImGui::TableHeadersRow();
        for (const ActionCard* card : cards) {
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
            if (is_overdue(*card, today)) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "over tijd");
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
                const float bw = app.metrics().mm(29);
                if (touch_button(app, "bezig##b" + n, bw, "button:Bezig " + n)) record(app, ActionProgressed{card->id, "bezig", date_});
                ImGui::SameLine();
                if (touch_button(app, "afgerond##a" + n, bw, "button:Afgerond " + n)) {
                    record(app, ActionProgressed{card->id, "afgerond", date_});
                }
                ImGui::SameLine();
                if (choice_button(app, "notitie##n" + n, note_card_ == card->id, "button:Notitie " + n, bw)) {
                    note_card_ = note_card_ == card->id ? 0 : card->id;
                }
            }
        }
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
    if (following_up_) {
        // The follow-up note, about the chosen card or the plan as a whole.
        ImGui::Text(note_card_ ? "Opvolgnotitie bij actiekaart %d:" : "Opvolgnotitie bij het hele plan:", note_card_);
        ImGui::SetNextItemWidth(width - app.metrics().mm(60));
        ImGui::InputText("##opvolgnotitie", note_, sizeof note_);
        app.add_item_target("field:opvolgnotitie");
        ImGui::SameLine();
        if (touch_button(app, "Notitie opslaan", app.metrics().mm(55))) {
            if (note_[0] == '\0') {
                app.set_message("Typ eerst de notitie en kies dan Notitie opslaan.");
            } else {
                record(app, FollowUpNoteAdded{note_card_, note_});
                note_[0] = '\0';
            }
        }
        draw_new_card_form(app, c, width);
    }
}

void ActionListView::draw_follow_up_bar(App& app, const RondomJongState& rj, float width) {
    const Metrics& m = app.metrics();
    ImGui::PushFont(app.fonts().bold);
    ImGui::TextUnformatted("Actieplan");
    ImGui::PopFont();
    ImGui::SameLine();
    if (rj.follow_ups.empty()) {
        ImGui::TextDisabled("nog niet opgevolgd");
    } else {
        ImGui::TextDisabled("%zu keer opgevolgd, laatst op %s", rj.follow_ups.size(), rj.follow_ups.back().date.c_str());
    }
    if (!following_up_) {
        ImGui::TextWrapped("Bij een opvolgbijeenkomst worden acties bijgewerkt als nieuwe gebeurtenissen met een datum; "
                           "wat in de vergadering zelf is vastgelegd blijft zoals het was.");
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Datum van de opvolging:");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(m.mm(40));
        ImGui::InputText("##datum", date_, sizeof date_);
        app.add_item_target("field:datum");
        ImGui::SameLine();
        if (touch_button(app, "Opvolging starten", m.mm(60))) {
            if (!is_valid_date(date_)) {
                app.set_message("Schrijf de datum van de opvolging als dd-mm-jjjj, bijvoorbeeld 15-03-2027.");
            } else if (app.store()->record(FollowUpStarted{date_}, Seat::bottom).empty()) {
                following_up_ = true;
            }
        }
        if (!rj.follow_ups.empty()) {
            ImGui::SameLine();
            // Pick up the latest follow-up again (on its own date) without starting a new one.
            if (touch_button(app, "Opvolging voortzetten", m.mm(65))) {
                following_up_ = true;
                copy_into(date_, sizeof date_, rj.follow_ups.back().date);
            }
        }
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::Text("Opvolging bezig. Datum bij bijwerken:");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(m.mm(40));
        ImGui::InputText("##datum", date_, sizeof date_);
        app.add_item_target("field:datum");
        ImGui::SameLine();
        if (touch_button(app, "Opvolging klaar", m.mm(55))) following_up_ = false;
    }
    (void)width;
}

void ActionListView::draw_filters(App& app, const RondomJongState& rj, const RondomJongContent& c, float width) {
    const Metrics& m = app.metrics();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Laag:");
    ImGui::SameLine();
    if (choice_button(app, "Alle lagen", filter_.layer.empty(), "option:filter-laag-alle")) filter_.layer.clear();
    for (const Layer& l : c.layers) {
        ImGui::SameLine();
        if (choice_button(app, l.name + "##f", filter_.layer == l.id, "option:filter-laag-" + l.id)) filter_.layer = l.id;
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
    if (choice_button(app, "Alleen over tijd", filter_.only_overdue, "button:Alleen over tijd")) filter_.only_overdue = !filter_.only_overdue;
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("  Persoon:");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(m.mm(60));
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
    const std::pair<ActionSort, const char*> sorts[] = {{ActionSort::number, "nummer"}, {ActionSort::layer, "laag"},
                                                        {ActionSort::person, "persoon"}, {ActionSort::status, "status"},
                                                        {ActionSort::planned, "gepland"}};
    for (const auto& [sort, name] : sorts) {
        ImGui::SameLine();
        if (choice_button(app, std::string(name) + "##sort", sort_ == sort, std::string("option:sorteer-") + name)) sort_ = sort;
    }
    (void)width;
}

void ActionListView::draw_new_card_form(App& app, const RondomJongContent& c, float width) {
    const Metrics& m = app.metrics();
    if (!new_card_open_) {
        if (touch_button(app, "Nieuwe actiekaart", m.mm(60))) new_card_open_ = true;
        return;
    }
    ImGui::PushFont(app.fonts().bold);
    ImGui::TextUnformatted("Nieuwe actiekaart");
    ImGui::PopFont();
    const float field_w = (width - m.mm(12)) / 4;
    auto field = [&](const char* label, const char* id, char* buffer, size_t size, const std::string& target) {
        ImGui::BeginGroup();
        ImGui::TextDisabled("%s", label);
        ImGui::SetNextItemWidth(field_w);
        ImGui::InputText(id, buffer, size);
        app.add_item_target(target);
        ImGui::EndGroup();
    };
    field("Naam:", "##nieuwnaam", new_name_, sizeof new_name_, "field:naam");
    ImGui::SameLine();
    field("Mijn actie is:", "##nieuwactie", new_action_, sizeof new_action_, "field:actie");
    ImGui::SameLine();
    field("Daarmee wil ik bereiken dat:", "##nieuwdoel", new_goal_, sizeof new_goal_, "field:doel");
    ImGui::SameLine();
    field("Gepland klaar (dd-mm-jjjj):", "##nieuwgepland", new_planned_, sizeof new_planned_, "field:gepland");
    for (const Layer& l : c.layers) {
        if (&l != &c.layers.front()) ImGui::SameLine();
        if (choice_button(app, l.name + "##nieuw", new_layer_ == l.id, "option:" + l.id)) new_layer_ = l.id;
    }
    ImGui::SameLine();
    if (touch_button(app, "Actiekaart opslaan", m.mm(60))) {
        if (new_name_[0] == '\0' || new_action_[0] == '\0') {
            app.set_message("Vul minstens de naam en de actie in.");
        } else if (new_planned_[0] != '\0' && !is_valid_date(new_planned_)) {
            app.set_message("Schrijf de geplande datum als dd-mm-jjjj, bijvoorbeeld 15-03-2027.");
        } else {
            const int id = app.store()->session().state().rondomjong.next_action_id();
            record(app, ActionCardOpened{id, new_layer_});
            record(app, ActionFieldSet{id, "naam", new_name_});
            record(app, ActionFieldSet{id, "actie", new_action_});
            if (new_goal_[0]) record(app, ActionFieldSet{id, "doel", new_goal_});
            if (new_planned_[0]) record(app, ActionFieldSet{id, "gepland", new_planned_});
            new_name_[0] = new_action_[0] = new_goal_[0] = new_planned_[0] = '\0';
            new_layer_.clear();
            new_card_open_ = false;
        }
    }
    ImGui::SameLine();
    if (touch_button(app, "Annuleren", m.mm(40))) new_card_open_ = false;
}

}  // namespace tafel
