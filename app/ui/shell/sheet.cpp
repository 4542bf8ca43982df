#include "ui/shell/sheet.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/session/dates.hpp"
#include "core/session/session.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {
namespace {
constexpr double kDoubleTapMs = 500;  // two taps on Shift within this time: caps lock
}  // namespace

namespace {
bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

void TextField::type(const std::string& utf8) {
    if (text.size() + utf8.size() > max_bytes) return;
    if (cursor >= text.size()) {
        text += utf8;
        cursor = std::string::npos;
        return;
    }
    text.insert(cursor, utf8);
    cursor += utf8.size();
}

void TextField::backspace() {
    const size_t at = caret();
    if (at == 0) return;
    size_t cut = at - 1;
    while (cut > 0 && continuation(text[cut])) --cut;
    text.erase(cut, at - cut);
    if (cursor != std::string::npos) cursor = cut;
}

void TextField::move_cursor(int characters) {
    size_t at = caret();
    for (; characters < 0 && at > 0; ++characters) {
        --at;
        while (at > 0 && continuation(text[at])) --at;
    }
    for (; characters > 0 && at < text.size(); --characters) {
        ++at;
        while (at < text.size() && continuation(text[at])) ++at;
    }
    place_cursor(at);
}

void TextField::place_cursor(size_t offset) {
    if (offset >= text.size()) {
        cursor = std::string::npos;  // at the end: it stays there while typing
        return;
    }
    while (offset > 0 && continuation(text[offset])) --offset;
    cursor = offset;
}

bool TextField::at_sentence_start() const {
    size_t at = caret();
    if (at == 0) return true;
    if (text[at - 1] == '\n') return true;
    if (text[at - 1] != ' ') return false;
    while (at > 0 && text[at - 1] == ' ') --at;
    return at == 0 || text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?' || text[at - 1] == '\n';
}

Sheet::Sheet(ImVec2 center, float width, float height, Seat seat)
    : center_(center), width_(width), height_(height), seat_(seat) {}

float degrees_facing(Seat side) {
    switch (side) {
        case Seat::top:
            return 180.0f;
        case Seat::left:
            return 270.0f;
        case Seat::right:
            return 90.0f;
        default:
            return 0.0f;
    }
}

float Sheet::degrees() const { return degrees_facing(seat_); }

ImVec2 Sheet::to_screen(ImVec2 local) const {
    const float r = degrees() * 3.14159265f / 180.0f, c = std::cos(r), s = std::sin(r);
    const float dx = local.x - width_ * 0.5f, dy = local.y - height_ * 0.5f;
    return ImVec2(center_.x + dx * c + dy * s, center_.y - dx * s + dy * c);
}

ImVec2 Sheet::to_local(ImVec2 screen) const {
    const float r = degrees() * 3.14159265f / 180.0f, c = std::cos(r), s = std::sin(r);
    const float dx = screen.x - center_.x, dy = screen.y - center_.y;
    return ImVec2(width_ * 0.5f + dx * c - dy * s, height_ * 0.5f + dx * s + dy * c);
}

bool Sheet::contains(float x, float y) const {
    ImVec2 p = to_local(ImVec2(x, y));
    return p.x >= 0 && p.y >= 0 && p.x < width_ && p.y < height_;
}

void Sheet::begin(App& app) {
    app_ = &app;
    app.targets().remove_covered([this](float x, float y) { return contains(x, y); });
    list_ = ImGui::GetForegroundDrawList();
    // Drawn upright first, a sheet at a side edge reaches past the screen: no culling until
    // it is turned (end() pops this).
    list_->PushClipRect(ImVec2(-1e5f, -1e5f), ImVec2(1e5f, 1e5f), false);
    first_vertex_ = list_->VtxBuffer.Size;
    regions_.clear();
    on_close_ = nullptr;
    const float mm = app.metrics().px_per_mm;
    const float shadow = style::kSheetShadowMm * mm, rounding = style::kSheetRoundingMm * mm;
    const ImVec2 a(center_.x - width_ * 0.5f, center_.y - height_ * 0.5f);
    const ImVec2 b(center_.x + width_ * 0.5f, center_.y + height_ * 0.5f);
    list_->AddRectFilled(ImVec2(a.x + shadow, a.y + shadow), ImVec2(b.x + shadow, b.y + shadow),
                         style::u32(style::kBlack, style::kSheetShadowAlpha), rounding);
    list_->AddRectFilled(a, b, style::u32(style::kSheetPaper), rounding);
    list_->AddRect(a, b, style::u32(style::kSheetBorder), rounding, 0, style::kSheetBorderMm * mm);
}

void Sheet::end() {
    // Everything was drawn upright around the centre; now turn it towards its user.
    rotate_vertices(list_, first_vertex_, center_, degrees());
    list_->PopClipRect();
}

// Local coordinates are drawn as screen coordinates of the upright sheet (offset by its
// top-left corner), then end() turns them.
namespace {
ImVec2 upright(const Sheet& s, ImVec2 center, ImVec2 local) {
    return ImVec2(center.x - s.width() * 0.5f + local.x, center.y - s.height() * 0.5f + local.y);
}

// One wrapped line of a field's text: bytes [begin, end) of it.
struct TextLine {
    size_t begin, end;
};

// Wrapped the way ImGui wraps; spaces and line breaks between lines belong to neither.
std::vector<TextLine> wrap_lines(ImFont* font, float size, const std::string& text, float wrap) {
    std::vector<TextLine> lines;
    const char* start = text.c_str();
    const char* p = start;
    const char* end = p + text.size();
    while (p < end) {
        const char* line_end = font->CalcWordWrapPositionA(1.0f, p, end, wrap * font->FontSize / size);
        if (line_end == p) line_end = p + 1;
        const char* newline = static_cast<const char*>(memchr(p, '\n', static_cast<size_t>(line_end - p)));
        if (newline) line_end = newline;
        lines.push_back({static_cast<size_t>(p - start), static_cast<size_t>(line_end - start)});
        p = line_end;
        while (p < end && (*p == ' ' || *p == '\n')) ++p;
    }
    if (lines.empty() || text.back() == '\n') lines.push_back({text.size(), text.size()});
    return lines;
}

// The line the caret at `at` is drawn on: the last that begins at or before it.
size_t line_of(const std::vector<TextLine>& lines, size_t at) {
    size_t found = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].begin <= at) found = i;
    }
    return found;
}
}  // namespace

void Sheet::text(ImFont* font, float size, ImVec2 pos, ImU32 color, const std::string& s, float wrap_width) {
    list_->AddText(font, size, upright(*this, center_, pos), color, s.c_str(), nullptr, wrap_width);
}

void Sheet::add_target(const std::string& name, const Box& local) {
    // The target is the axis-aligned box around the turned region; each sheet is a layer of its own.
    const ImVec2 a = to_screen(ImVec2(local.x, local.y)), b = to_screen(ImVec2(local.right(), local.bottom()));
    app_->targets().add(name, ScreenRect::spanning(a.x, a.y, b.x, b.y), reinterpret_cast<std::uintptr_t>(this));
}

bool Sheet::button(const std::string& label, Box box, std::function<void()> on_tap, bool highlighted) {
    const float mm = app_->metrics().px_per_mm;
    ImVec2 a = upright(*this, center_, ImVec2(box.x, box.y)),
           b = upright(*this, center_, ImVec2(box.right(), box.bottom()));
    list_->AddRectFilled(a, b, style::u32(highlighted ? style::kSheetButtonLit : style::kSheetButton),
                         style::kRoundingMm * mm);
    list_->AddRect(a, b, style::u32(style::kSheetButtonEdge), style::kRoundingMm * mm, 0, style::kSheetLineMm * mm);
    draw_text_in_box(list_, app_->fonts().body, app_->fonts().body->FontSize, ImVec2(a.x + mm, a.y),
                     ImVec2(b.x - mm, b.y), style::u32(highlighted ? style::kWhite : style::kSheetButtonInk), label);
    regions_.push_back({box, std::move(on_tap)});
    add_target("button:" + label, box);
    return false;
}

void Sheet::close_button(const std::string& label, Box box, std::function<void()> on_tap) {
    on_close_ = on_tap;
    button(label, box, std::move(on_tap));
}

void Sheet::save_close_row(Box row, std::function<void()> on_save, std::function<void()> on_close,
                           const std::string& close_label, const std::string& save_label) {
    const float gap = style::kSheetColumnGapMm * app_->metrics().px_per_mm, half = (row.w - gap) * 0.5f;
    button(save_label, {row.x, row.y, half, row.h}, std::move(on_save), true);
    close_button(close_label, {row.x + half + gap, row.y, half, row.h}, std::move(on_close));
}

void Sheet::field(const std::string& target, const std::string& label, Box box, TextField& field, bool focused,
                  const std::function<void()>& on_focus) {
    const float mm = app_->metrics().px_per_mm;
    ImFont* font = app_->fonts().body;
    const float size = font->FontSize;
    const float label_h = size * 1.1f;
    Box input{box.x, box.y + label_h, box.w, box.h - label_h};
    // No clip rectangles on a sheet: ImGui culls glyphs against them before the sheet is
    // turned. Labels are shortened and text is wrapped to the field instead.
    text(font, size, ImVec2(box.x, box.y), style::u32(style::kFieldLabel), ellipsize(font, size, label, box.w));
    ImVec2 a = upright(*this, center_, ImVec2(input.x, input.y));
    ImVec2 b = upright(*this, center_, ImVec2(input.right(), input.bottom()));
    list_->AddRectFilled(a, b, IM_COL32_WHITE, mm);
    list_->AddRect(a, b, style::u32(focused ? style::kFieldFocus : style::kFieldEdge), mm, 0,
                   (focused ? style::kSheetFocusLineMm : style::kSheetLineMm) * mm);
    const std::vector<TextLine> lines = wrap_lines(font, size, field.text, input.w - 3 * mm);
    const size_t max_lines = static_cast<size_t>(std::max(1, static_cast<int>((input.h - 2 * mm) / size)));
    const size_t caret_line = line_of(lines, field.caret());
    // The last lines are shown (the end is where people type), or those with the caret in them.
    size_t first = lines.size() > max_lines ? lines.size() - max_lines : 0;
    if (focused) first = std::min(first, caret_line);
    const ImVec2 origin(a.x + style::kFieldInsetXMm * mm, a.y + style::kFieldInsetYMm * mm);
    for (size_t i = first; i < lines.size() && i < first + max_lines; ++i) {
        const std::string shown = field.text.substr(lines[i].begin, lines[i].end - lines[i].begin);
        list_->AddText(font, size, ImVec2(origin.x, origin.y + (i - first) * size), style::u32(style::kFieldInk),
                       (i == first && first > 0 ? "…" + shown : shown).c_str());
    }
    if (focused) {
        const TextLine& l = lines[caret_line];
        const size_t to = std::clamp(field.caret(), l.begin, l.end);
        const float x =
            origin.x + font->CalcTextSizeA(size, 1e9f, 0, field.text.c_str() + l.begin, field.text.c_str() + to).x;
        const float y = origin.y + (caret_line - first) * size;
        list_->AddLine(ImVec2(x + 0.2f * mm, y + 0.1f * size), ImVec2(x + 0.2f * mm, y + 0.95f * size),
                       style::u32(style::kFieldFocus), style::kCaretMm * mm);
    }
    // A tap in the field focuses it; a tap in the text of the focused field puts the caret there.
    auto tap_at = [on_focus, &field, focused, lines, first, font, size, input, mm](ImVec2 p) {
        if (!focused) {
            if (on_focus) on_focus();
            field.cursor = std::string::npos;
            return;
        }
        if (on_focus) on_focus();
        const size_t i =
            first + static_cast<size_t>(std::max(0.0f, (p.y - input.y - style::kFieldInsetYMm * mm) / size));
        if (i >= lines.size()) {
            field.cursor = std::string::npos;
            return;
        }
        const float x = p.x - input.x - style::kFieldInsetXMm * mm;
        size_t best = lines[i].begin;
        const char* s = field.text.c_str();
        for (size_t at = lines[i].begin; at <= lines[i].end; ++at) {
            if (at < lines[i].end && continuation(s[at])) continue;
            if (font->CalcTextSizeA(size, 1e9f, 0, s + lines[i].begin, s + at).x <= x + size * 0.25f) best = at;
        }
        // Beyond the end of the last line: typing goes on at the end, as before.
        field.place_cursor(i + 1 == lines.size() && best == lines[i].end ? field.text.size() : best);
    };
    regions_.push_back({input, nullptr, tap_at});
    add_target("field:" + target, input);
}

void Sheet::choice(const std::string& target, const std::string& label, Box box, bool selected,
                   std::function<void()> on_tap, const std::string& prefix) {
    const float mm = app_->metrics().px_per_mm;
    ImVec2 a = upright(*this, center_, ImVec2(box.x, box.y)),
           b = upright(*this, center_, ImVec2(box.right(), box.bottom()));
    list_->AddRectFilled(a, b, style::u32(selected ? style::kActionButton : style::kChoice), mm);
    list_->AddRect(a, b, style::u32(style::kChoiceEdge), mm, 0, style::kSheetLineMm * mm);
    draw_text_in_box(list_, app_->fonts().body, app_->fonts().body->FontSize, ImVec2(a.x + mm, a.y),
                     ImVec2(b.x - mm, b.y), style::u32(selected ? style::kWhite : style::kKeyInk), label);
    regions_.push_back({box, std::move(on_tap)});
    add_target(prefix + target, box);
}

namespace {
const std::vector<std::vector<std::string>> kLetters = {{"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-"},
                                                        {"q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "'"},
                                                        {"a", "s", "d", "f", "g", "h", "j", "k", "l", ":", "/"},
                                                        {"z", "x", "c", "v", "b", "n", "m", ",", ".", "?", "!"}};
const std::vector<std::vector<std::string>> kAccents = {{"ë", "é", "è", "ê", "ï", "í", "ö", "ó", "ü", "ú", "€"},
                                                        {"ä", "á", "à", "â", "ô", "û", "ç", "ñ", "ĳ", "&", "@"},
                                                        {"(", ")", "\"", "“", "”", "‘", "’", "–", "+", "=", "%"},
                                                        {"#", "*", ";", "_", "<", ">", "…", "·", "[", "]", "°"}};

std::string to_upper(const std::string& s) {
    if (s.size() == 1 && s[0] >= 'a' && s[0] <= 'z') return std::string(1, static_cast<char>(s[0] - 32));
    static const char* lower[] = {"ë", "é", "è", "ê", "ï", "í", "ö", "ó", "ü", "ú",
                                  "ä", "á", "à", "â", "ô", "û", "ç", "ñ", "ĳ"};
    static const char* upper[] = {"Ë", "É", "È", "Ê", "Ï", "Í", "Ö", "Ó", "Ü", "Ú",
                                  "Ä", "Á", "À", "Â", "Ô", "Û", "Ç", "Ñ", "Ĳ"};
    for (size_t i = 0; i < sizeof lower / sizeof lower[0]; ++i) {
        if (s == lower[i]) return std::string(upper[i]);
    }
    return s;
}
}  // namespace

void Sheet::key(const std::string& name, const std::string& shown, Box k, std::function<void()> action, bool lit) {
    const float mm = app_->metrics().px_per_mm;
    ImVec2 a = upright(*this, center_, ImVec2(k.x, k.y)), b = upright(*this, center_, ImVec2(k.right(), k.bottom()));
    list_->AddRectFilled(a, b, style::u32(lit ? style::kSheetButtonLit : style::kKey), mm);
    list_->AddRect(a, b, style::u32(style::kKeyEdge), mm, 0, style::kKeyLineMm * mm);
    draw_text_in_box(list_, app_->fonts().body, app_->fonts().body->FontSize, a, b,
                     style::u32(lit ? style::kWhite : style::kKeyInk), shown);
    regions_.push_back({k, std::move(action)});
    add_target("key:" + name, k);
}

void Sheet::type_key(TextField* field, const std::string& key) {
    if (!field) return;
    field->type(capitals(field) ? to_upper(key) : key);
    shift_ = false;  // one capital, as on a phone
    no_auto_capital_ = false;
    last_shift_ms_ = -1e9;  // Shift, a letter, Shift is no double tap
}

void Sheet::key_rows(Box box, TextField* field, float key_w, float key_h, float gap) {
    const auto& rows = accents_ ? kAccents : kLetters;
    const bool capital = capitals(field);
    for (size_t r = 0; r < rows.size(); ++r) {
        for (size_t c = 0; c < rows[r].size(); ++c) {
            const std::string& letter = rows[r][c];
            Box k{box.x + c * (key_w + gap), box.y + r * (key_h + gap), key_w, key_h};
            key(
                to_upper(letter), capital ? to_upper(letter) : letter, k,
                [this, field, letter] { type_key(field, letter); }, false);
        }
    }
}

bool Sheet::capitals(const TextField* field) const {
    if (shift_ || caps_lock_) return true;
    return field && !no_auto_capital_ && field->at_sentence_start();
}

void Sheet::tap_shift() {
    const double now = app_->now_ms();
    if (caps_lock_) {
        caps_lock_ = shift_ = false;  // a tap ends caps lock
    } else if (shift_ && now - last_shift_ms_ < kDoubleTapMs) {
        caps_lock_ = true;  // tapped twice: capitals until Shift is tapped again
        shift_ = false;
    } else if (shift_) {
        shift_ = false;
        no_auto_capital_ = true;  // a small letter, even at the start of a sentence
    } else {
        shift_ = true;  // at the start of a sentence it stays a capital: Shift means "a capital"
        no_auto_capital_ = false;
    }
    last_shift_ms_ = now;
}

void Sheet::keyboard(Box box, TextField* field, const std::function<void()>& on_enter) {
    const float mm = app_->metrics().px_per_mm;
    const float gap = style::kKeyGapMm * mm;
    const int columns = 11;
    const float key_w = (box.w - gap * (columns - 1)) / columns;
    const float key_h = (box.h - gap * 4) / 5;
    key_rows(box, field, key_w, key_h, gap);
    const float y = box.y + 4 * (key_h + gap);
    auto at = [&](int column, int wide) {
        return Box{box.x + column * (key_w + gap), y, wide * key_w + (wide - 1) * gap, key_h};
    };
    const bool capital = capitals(field);
    key(
        "Shift", caps_lock_ ? "⇪ Vast" : "⇧ Hoofdletter", at(0, 2), [this] { tap_shift(); }, capital);
    key(
        "Accenten", accents_ ? "abc" : "é ë € …", at(2, 2),
        [this] {
            accents_ = !accents_;
            last_shift_ms_ = -1e9;
        },
        accents_);
    key(
        "@", "@", at(4, 1), [this, field] { type_key(field, "@"); }, false);
    key(
        "Spatie", "spatie", at(5, 2),
        [this, field] {
            if (field) field->type(" ");
            last_shift_ms_ = -1e9;
        },
        false);
    key(
        "Wissen", "⌫ wissen", at(7, 2),
        [this, field] {
            if (field) field->backspace();
            last_shift_ms_ = -1e9;
        },
        false);
    on_enter_ = on_enter;
    key(
        "Enter", "↵ klaar", at(9, 2),
        [on_enter] {
            if (on_enter) on_enter();
        },
        false);
}

void Sheet::date_buttons(Box row, TextField& field, const std::function<void()>& on_change) {
    struct Step {
        const char* label;
        int days, months;
    };
    static const Step steps[] = {{"vandaag", 0, 0}, {"-1 dag", -1, 0},  {"+1 dag", 1, 0},
                                 {"+1 week", 7, 0}, {"+1 maand", 0, 1}, {"+3 maanden", 0, 3}};
    const float gap = 2 * app_->metrics().px_per_mm;
    const float bw = (row.w - 5 * gap) / 6;
    for (size_t i = 0; i < 6; ++i) {
        const Step st = steps[i];
        button(st.label, {row.x + i * (bw + gap), row.y, bw, row.h}, [&field, st, on_change] {
            std::string base = is_valid_date(field.text) && (st.days || st.months) ? field.text : today_dd_mm_yyyy();
            field.text = add_months(add_days(base, st.days), st.months);
            field.cursor = std::string::npos;
            if (on_change) on_change();
        });
    }
}

bool Sheet::press(float x, float y) {
    if (!contains(x, y)) return false;
    ImVec2 p = to_local(ImVec2(x, y));
    // Later regions lie on top of earlier ones.
    for (auto it = regions_.rbegin(); it != regions_.rend(); ++it) {
        if (it->box.contains(p.x, p.y)) {
            // The action may rebuild the regions: it runs from a copy.
            if (auto at = it->action_at) {
                at(p);
            } else if (auto action = it->action) {
                action();
            }
            break;
        }
    }
    return true;
}

Seat sheet_seat_for_panel(const App& app, ImVec2 finger) {
    return finger.y < app.height() * 0.5f ? Seat::top : Seat::bottom;
}

std::unique_ptr<Sheet> place_sheet(const App& app, Seat seat, float width_mm, float height_mm,
                                   const std::vector<const Sheet*>& others, std::initializer_list<float> positions) {
    const float mm = app.metrics().px_per_mm;
    const float w = static_cast<float>(app.width()), h = static_cast<float>(app.height());
    const bool sideways = seat == Seat::left || seat == Seat::right;
    const float sw = std::min(width_mm * mm, sideways ? h * 0.95f : w * 0.95f);
    const float sh = std::min(height_mm * mm, sideways ? w * 0.45f : h * 0.95f);
    const float along = sideways ? h : w;
    const float edge = style::kSheetEdgeGapMm * mm;
    float best_overlap = -1;
    ImVec2 center;
    for (float f : positions) {
        const float pos = std::clamp(along * f, sw * 0.5f, along - sw * 0.5f);
        ImVec2 c;
        switch (seat) {
            case Seat::top:
                c = ImVec2(w - pos, sh * 0.5f + edge);
                break;
            case Seat::left:
                c = ImVec2(sh * 0.5f + edge, pos);
                break;
            case Seat::right:
                c = ImVec2(w - sh * 0.5f - edge, h - pos);
                break;
            default:
                c = ImVec2(pos, h - sh * 0.5f - edge);
                break;
        }
        const float half_w = (sideways ? sh : sw) * 0.5f, half_h = (sideways ? sw : sh) * 0.5f;
        float overlap = 0;
        for (const Sheet* o : others) {
            const bool o_sideways = o->seat() == Seat::left || o->seat() == Seat::right;
            const float ow = (o_sideways ? o->height() : o->width()) * 0.5f,
                        oh = (o_sideways ? o->width() : o->height()) * 0.5f;
            const ImVec2 oc = o->to_screen(ImVec2(o->width() * 0.5f, o->height() * 0.5f));
            const float dx = std::max(0.0f, std::min(c.x + half_w, oc.x + ow) - std::max(c.x - half_w, oc.x - ow));
            const float dy = std::max(0.0f, std::min(c.y + half_h, oc.y + oh) - std::max(c.y - half_h, oc.y - oh));
            overlap += dx * dy;
        }
        if (best_overlap < 0 || overlap < best_overlap) {
            best_overlap = overlap;
            center = c;
        }
        if (overlap == 0) break;
    }
    return std::make_unique<Sheet>(center, sw, sh, seat);
}

}  // namespace tafel
