#pragma once
// The action plan in review: every action card with filters (layer, person, status, overdue)
// and sorting, and the follow-up meeting: mark an action bezig or afgerond on a date, write a
// follow-up note, add new action cards. Follow-up work is recorded as new events after a
// FollowUpStarted event; the meeting's own events are never touched.
//
// Everything typed at a follow-up (its date, notes, new action cards) is typed on sheets with
// their own on-screen keyboard (sheet.hpp): the table often has no physical keyboard.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/review/follow_up.hpp"
#include "ui/shell/app.hpp"
#include "ui/shell/sheet_editor.hpp"

namespace tafel {

class ActionListView {
public:
    // Draws into the current ImGui window, `width` wide.
    void draw(App& app, float width);
    // The open sheets, on top of everything: call after all ImGui widgets of the frame, so the
    // targets they cover are taken away.
    void draw_sheets(App& app);

    // Input for the sheets (the screen passes on what the app routes to its canvas).
    bool claims(float x, float y) const;
    void pointer(App& app, const InputEvent& event);
    void key(App& app, const InputEvent& event);
    // Records the notes and new cards that are complete but not saved yet (the app stops or
    // the session closes).
    void before_exit(App& app);

    // An open sheet: what it is for and what was typed so far.
    // Its fields by target name: datum, opvolgnotitie, naam, actie, doel, gepland.
    struct FollowUpSheet : SheetEditor {
        enum class Kind { start_date, change_date, note, new_card } kind = Kind::start_date;
        int card = 0;         // note: the card it is about (0: the plan as a whole)
        std::string layer;    // new card: the layer chosen
        std::string problem;  // why the last Opslaan did not save, shown on the sheet itself
    };

private:
    void draw_filters(App& app, const RondomJongState& rj, const RondomJongContent& c, float width);
    void draw_heading(App& app, const RondomJongState& rj);
    void draw_row(App& app, const ActionCard* card, const RondomJongContent& c, int today);
    void draw_follow_up_buttons(App& app, const RondomJongState& rj);

    FollowUpSheet& open_sheet(App& app, FollowUpSheet::Kind kind, float width_mm, float height_mm);
    FollowUpSheet* find_sheet(FollowUpSheet::Kind kind, int card = 0);
    void open_date_sheet(App& app, FollowUpSheet::Kind kind);
    void open_note_sheet(App& app, int card);
    void draw_date_sheet(App& app, FollowUpSheet& s);
    void draw_note_sheet(App& app, FollowUpSheet& s);
    void draw_new_card_sheet(App& app, FollowUpSheet& s);
    // The problem line and Opslaan / Annuleren at `y`; returns the y below them.
    float draw_save_buttons(App& app, FollowUpSheet& s, float y);
    // One Dutch sentence saying why the sheet cannot be saved yet, or "".
    std::string problem_with(const FollowUpSheet& s) const;
    // Opslaan (or Return): records what the sheet holds and closes it, or says why not and
    // keeps what was typed.
    void save(App& app, FollowUpSheet& s);
    void record_sheet(App& app, FollowUpSheet& s, int new_card_id);

    ActionFilter filter_;
    ActionSort sort_ = ActionSort::number;
    bool following_up_ = false;  // this screen is holding a follow-up meeting
    std::string date_;           // the follow-up's date, for status changes
    Sheets<FollowUpSheet> sheets_;
};

}  // namespace tafel
