#pragma once
// The sheets open on a screen, one component for every sheet of the app (blank card, note,
// action card, answer, goal, need, persona, programme step, leefdomein, follow-up): where a new
// sheet lies (at the edge of the person who opened it, turned to them), which sheet a physical
// keyboard types into, fingers and keys, recording typed text after a pause, trimming, closing.
// A screen says only what its sheets show and what saving records.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "platform/input_feed.hpp"
#include "ui/shell/sheet.hpp"

namespace tafel {

// What every sheet holds: the turned panel, its text fields and the one being typed in.
struct SheetEditor {
    virtual ~SheetEditor() = default;
    std::unique_ptr<Sheet> sheet;
    std::map<std::string, TextField> fields;  // by field id
    std::string focus;                        // the field the keyboards type into ("" none)
    double last_typed_ms = -1;                // set while typed text waits to be recorded
    bool close_requested = false;             // taken away after the action that asked for it
    TextField* focused() { return focus.empty() ? nullptr : &fields[focus]; }
    // The text of a field without the spaces and Returns an on-screen keyboard easily leaves.
    std::string trimmed(const std::string& field) const;
};

// `s` without spaces and line breaks at either end.
std::string trimmed_text(std::string s);

class SheetStack {
public:
    using Action = std::function<void(SheetEditor&)>;
    // `commit` records what a sheet holds and is not recorded yet. With `idle_ms` > 0 it runs
    // when the typist pauses that long, so a killed app loses at most a few letters; with
    // `on_leaving_field` it also runs when another field of the sheet is tapped.
    void set_commit(Action commit, double idle_ms, bool on_leaving_field);

    // Lays `editor` against the edge of `seat` where it covers the open sheets least (`positions`
    // along that edge, see place_sheet) and gives it the keyboard.
    SheetEditor& open(const App& app, std::unique_ptr<SheetEditor> editor, Seat seat, float width_mm, float height_mm,
                      std::initializer_list<float> positions = {0.25f, 0.75f, 0.5f, 0.0f, 1.0f});
    // Records what waited long enough, then draws every sheet with `draw_one` between the
    // sheet's begin() and end().
    void draw(App& app, const Action& draw_one);

    bool claims(float x, float y) const;
    // A finger down on a sheet (the newest on top) runs what lies under it and gives that sheet
    // the keyboards. True when a sheet took the finger.
    bool pointer(App& app, const InputEvent& event);
    // Text and keys of a physical keyboard go to the sheet used last: Return is the sheet's
    // Return key, Escape its close button.
    void key(App& app, const InputEvent& event);
    double next_wakeup_ms() const;  // when typed text is due to be recorded, or -1

    // What tapping a field does: it gets the focus and its sheet the keyboards.
    std::function<void()> focus_on(SheetEditor& editor, const std::string& field);
    void give_keyboard(SheetEditor& editor) { keyboard_owner_ = &editor; }
    SheetEditor* keyboard_owner() const { return keyboard_owner_; }
    void commit(SheetEditor& editor);  // records now what waits, if this stack records anything
    void remove_closed();

    const std::vector<std::unique_ptr<SheetEditor>>& all() const { return editors_; }
    bool empty() const { return editors_.empty(); }

private:
    std::vector<std::unique_ptr<SheetEditor>> editors_;
    SheetEditor* keyboard_owner_ = nullptr;
    Action commit_;
    double idle_ms_ = 0;
    bool commit_on_leaving_field_ = false;
};

// The same, for sheets of one type `T` (derived from SheetEditor) that a screen defines.
template <class T> class Sheets : public SheetStack {
public:
    T& open(const App& app, std::unique_ptr<T> editor, Seat seat, float width_mm, float height_mm,
            std::initializer_list<float> positions = {0.25f, 0.75f, 0.5f, 0.0f, 1.0f}) {
        return static_cast<T&>(SheetStack::open(app, std::move(editor), seat, width_mm, height_mm, positions));
    }
    void set_commit(std::function<void(T&)> commit, double idle_ms, bool on_leaving_field) {
        SheetStack::set_commit([commit](SheetEditor& e) { commit(static_cast<T&>(e)); }, idle_ms, on_leaving_field);
    }
    void draw(App& app, const std::function<void(T&)>& draw_one) {
        SheetStack::draw(app, [&draw_one](SheetEditor& e) { draw_one(static_cast<T&>(e)); });
    }
    // Each open sheet, oldest first.
    template <class F> void for_each(F f) const {
        for (const auto& e : all()) f(static_cast<T&>(*e));
    }
    T* find(const std::function<bool(const T&)>& matches) const {
        for (const auto& e : all()) {
            if (matches(static_cast<const T&>(*e))) return static_cast<T*>(e.get());
        }
        return nullptr;
    }
};

}  // namespace tafel
