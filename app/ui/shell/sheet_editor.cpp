#include "ui/shell/sheet_editor.hpp"

#include <algorithm>

namespace tafel {

std::string trimmed_text(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
    s.erase(0, std::min(s.size(), s.find_first_not_of(" \n")));
    return s;
}

std::string SheetEditor::trimmed(const std::string& field) const {
    auto it = fields.find(field);
    return it == fields.end() ? std::string() : trimmed_text(it->second.text);
}

std::string action_field_label(const RondomJongContent& content, const std::string& id) {
    for (const ActionField& f : content.action_fields) {
        if (f.id == id) return f.label;
    }
    return id;
}

void SheetStack::set_commit(Action commit, double idle_ms, bool on_leaving_field) {
    commit_ = std::move(commit);
    idle_ms_ = idle_ms;
    commit_on_leaving_field_ = on_leaving_field;
}

SheetEditor& SheetStack::open(const App& app, std::unique_ptr<SheetEditor> editor, Seat seat, float width_mm,
                              float height_mm, std::initializer_list<float> positions) {
    std::vector<const Sheet*> others;
    for (const auto& e : editors_) others.push_back(e->sheet.get());
    editor->sheet = place_sheet(app, seat, width_mm, height_mm, others, positions);
    keyboard_owner_ = editor.get();
    editors_.push_back(std::move(editor));
    return *editors_.back();
}

void SheetStack::commit(SheetEditor& editor) {
    if (commit_) commit_(editor);
    editor.last_typed_ms = -1;
}

void SheetStack::draw(App& app, const Action& draw_one) {
    if (idle_ms_ > 0) {
        for (auto& e : editors_) {
            if (e->last_typed_ms >= 0 && app.now_ms() - e->last_typed_ms >= idle_ms_) commit(*e);
        }
    }
    for (auto& e : editors_) {
        e->sheet->begin(app);
        draw_one(*e);
        e->sheet->end();
    }
}

bool SheetStack::claims(float x, float y) const {
    return std::any_of(editors_.begin(), editors_.end(), [&](const auto& e) { return e->sheet->contains(x, y); });
}

bool SheetStack::pointer(App& app, const InputEvent& ev) {
    if (ev.type != InputEvent::Type::pointer_down) return false;
    // Sheets lie on top of each other: the newest first.
    for (auto it = editors_.rbegin(); it != editors_.rend(); ++it) {
        SheetEditor& e = **it;
        if (!e.sheet->contains(ev.x, ev.y)) continue;
        keyboard_owner_ = &e;
        e.last_typed_ms = app.now_ms();
        e.sheet->press(ev.x, ev.y);
        remove_closed();  // now that the action has run
        app.request_frames();
        return true;
    }
    return false;
}

void SheetStack::key(App& app, const InputEvent& ev) {
    SheetEditor* e = keyboard_owner_;
    if (!e) return;
    if (ev.type == InputEvent::Type::text) {
        if (e->focused()) e->focused()->type(ev.text);
    } else if (ev.type == InputEvent::Type::key_down) {
        if (ev.key == SDLK_BACKSPACE && e->focused()) e->focused()->backspace();
        if (ev.key == SDLK_LEFT && e->focused()) e->focused()->move_cursor(-1);
        if (ev.key == SDLK_RIGHT && e->focused()) e->focused()->move_cursor(1);
        if (ev.key == SDLK_RETURN || ev.key == SDLK_KP_ENTER) e->sheet->press_enter();
        if (ev.key == SDLK_ESCAPE) e->sheet->press_escape();
        remove_closed();
    } else {
        return;
    }
    if (keyboard_owner_) keyboard_owner_->last_typed_ms = app.now_ms();
    app.request_frames();
}

double SheetStack::next_wakeup_ms() const {
    if (idle_ms_ <= 0) return -1;
    double next = -1;
    for (const auto& e : editors_) {
        if (e->last_typed_ms < 0) continue;
        const double at = e->last_typed_ms + idle_ms_;
        if (next < 0 || at < next) next = at;
    }
    return next;
}

std::function<void()> SheetStack::focus_on(SheetEditor& editor, const std::string& field) {
    return [this, &editor, field] {
        if (commit_on_leaving_field_) commit(editor);  // leaving a field records it
        editor.focus = field;
        keyboard_owner_ = &editor;
    };
}

void SheetStack::remove_closed() {
    editors_.erase(std::remove_if(editors_.begin(), editors_.end(),
                                  [this](const auto& e) {
                                      if (!e->close_requested) return false;
                                      if (keyboard_owner_ == e.get()) keyboard_owner_ = nullptr;
                                      return true;
                                  }),
                   editors_.end());
}

}  // namespace tafel
