#include "ui/shell/start_screen.hpp"

#include <imgui.h>

#include <fstream>
#include <sstream>

#include "core/session/session.hpp"
#include "core/session/session_file.hpp"
#include "core/session/session_paths.hpp"
#include "core/session/user_error.hpp"
#include "platform/file_exchange.hpp"
#include "platform/os/session_lock.hpp"
#include "ui/review/compare_screen.hpp"
#include "ui/shell/widgets.hpp"

namespace tafel {

std::string session_label(const SessionMeta& meta) {
    // The date once: a title made from the method already holds it.
    const bool dated = meta.title.find(meta.date) != std::string::npos;
    return meta.title + "  ·  " + (meta.school.empty() ? "school onbekend" : meta.school) +
           (dated ? "" : "  ·  " + meta.date);
}

StartScreen::StartScreen(App& app) : app_(app) { refresh(); }

// The start screen reads from the bottom edge, so its sheets face that edge too.
void StartScreen::open_new_sheet(const std::string& kind) {
    DetailsInput defaults{kind_name_nl(kind), "", today_dd_mm_yyyy(), ""};
    sheet_ = std::make_unique<DetailsSheet>(
        app_, Seat::bottom, "Nieuwe sessie " + kind_name_nl(kind) + ": alles mag leeg blijven", "Beginnen", defaults,
        [this, kind](const DetailsInput& typed, Seat) {
            SessionMeta meta;
            meta.kind = kind;
            meta.title = typed.title.empty() ? kind_name_nl(kind) : typed.title;
            meta.school = typed.school;
            meta.date = typed.date.empty() ? today_dd_mm_yyyy() : typed.date;
            meta.facilitator = typed.facilitator;
            return app_.create_session(new_session_path(app_.options().sessions_dir, kind), meta);
        });
}

void StartScreen::open_rename_sheet(const SessionRow& row) {
    DetailsInput now{row.meta.title, row.meta.school, row.meta.date, row.meta.facilitator};
    const std::filesystem::path path = row.path;
    sheet_ = std::make_unique<DetailsSheet>(
        app_, Seat::bottom, "Sessie wijzigen: " + session_label(row.meta), "Opslaan", now,
        [this, path](const DetailsInput& typed, Seat seat) { return rename(path, typed, seat); });
}

namespace {

// A session open in another window belongs to that window: a new name written here would be lost
// at its next save, and moving the file would pull it from under it. Empty when it is free.
std::string open_elsewhere(const std::filesystem::path& path, os::SessionLock& hold) {
    hold = os::SessionLock::try_hold(path);
    if (!hold.held_elsewhere()) return {};
    return "De sessie " + path.filename().string() +
           " is geopend in een ander venster; sluit dat venster en probeer het dan opnieuw.";
}

}  // namespace

// A new name is a change of the session like any other: an event at the end of its log.
std::string StartScreen::rename(const std::filesystem::path& path, const DetailsInput& typed, Seat seat) {
    os::SessionLock hold;  // held until the new name is saved
    if (std::string busy = open_elsewhere(path, hold); !busy.empty()) {
        app_.set_message(busy);  // for everyone; the sheet stays open with what was typed
        return busy;
    }
    try {
        Session session = load_session(path);
        const SessionMeta& meta = session.meta();
        if (typed.title == meta.title && typed.school == meta.school && typed.date == meta.date &&
            typed.facilitator == meta.facilitator)
            return {};
        Event event{now_ms(), seat, SessionDetailsSet{typed.title, typed.school, typed.date, typed.facilitator}};
        if (Outcome recorded = session.record(event); recorded.refused())
            return "Dat kan niet: " + recorded.why() + ".";
        save_session(session, path);
        refresh();
        return {};
    } catch (const UserError& e) {
        return e.what();
    }
}

void StartScreen::move_to_prullenbak(const std::filesystem::path& path) {
    asking_delete_.clear();
    os::SessionLock hold;  // held until the file is moved; letting go removes the lock file
    if (std::string busy = open_elsewhere(path, hold); !busy.empty()) {
        app_.set_message(busy);
        return;
    }
    try {
        move_to_trash(path);
        app_.set_message(
            "De sessie staat nu in de map Prullenbak bij de sessies; terugzetten kan door het bestand terug te "
            "verplaatsen.");
    } catch (const UserError& e) {
        app_.set_message(e.what());
    }
    refresh();
}

void StartScreen::open_demo() {
    try {
        std::filesystem::path path =
            prepare_demo(app_.options().assets_dir, app_.options().sessions_dir, kKindRondomJong);
        if (Outcome opened = app_.open_session(path); opened.refused()) app_.set_message(opened.why());
    } catch (const UserError& e) {
        app_.set_message(e.what());
    }
}

void StartScreen::open_picked_file() {
    std::filesystem::path picked;
    if (!take_picked_file(picked)) return;
    try {
        load_session(picked);  // a file that does not open never enters the list
        const std::filesystem::path dir = app_.options().sessions_dir;
        std::filesystem::path target = dir / picked.filename();
        if (target.extension() != ".tafel") target += ".tafel";
        for (int n = 2; std::filesystem::exists(target); ++n) {
            target = dir / (picked.stem().string() + "-" + std::to_string(n) + ".tafel");
        }
        std::filesystem::copy_file(picked, target);
        std::filesystem::remove(picked);
        if (Outcome opened = app_.open_session(target); opened.refused()) app_.set_message(opened.why());
    } catch (const UserError& e) {
        app_.set_message(e.what());
    } catch (const std::filesystem::filesystem_error&) {
        app_.set_message("Het gekozen bestand kan niet bij de sessies worden bewaard; er is niets veranderd.");
    }
}

void StartScreen::download(const SessionRow& s) {
    std::ifstream in(s.path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
        app_.set_message("Deze sessie kan niet worden gelezen; er is niets gedownload.");
        return;
    }
    offer_download(s.path.filename().string(), bytes.str(), "application/json");
}

void StartScreen::download_report(const SessionRow& s) {
    if (!app_.options().render_export) return;
    try {
        // The same download, with the same clear name, as Verslag maken on the review screen.
        Session session = load_session(s.path);
        const std::string format = app_.options().pdf_report ? "pdf" : "md";
        const std::string bytes = app_.options().render_export(session, session.state(), format);
        app_.set_message(hand_over_report(app_.options().sessions_dir, session.meta(), format, bytes).sentence);
    } catch (const UserError& e) {
        app_.set_message(e.what());
    }
}

void StartScreen::draw() {
    open_picked_file();
    const Metrics& m = app_.metrics();
    const float w = static_cast<float>(app_.width()), h = static_cast<float>(app_.height());
    const float column = std::min(w - m.mm(style::kColumnMarginMm), m.mm(style::kColumnMm));
    begin_panel("##start", ImVec2(0, 0), ImVec2(w, h));
    ImGui::SetCursorPosX((w - column) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushFont(app_.fonts().large);
    ImGui::TextUnformatted("Tafelgesprek");
    ImGui::PopFont();
    ImGui::TextWrapped("Samen in kaart brengen wie wat doet voor het welbevinden van jongeren op school.");
    ImGui::Dummy(ImVec2(0, m.mm(style::kSectionGapMm)));
    const float half = (column - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (touch_button(app_, "Nieuwe sessie Rondom Jong", half)) open_new_sheet(kKindRondomJong);
    ImGui::SameLine();
    if (touch_button(app_, "Nieuwe sessie Effectenarena", half)) open_new_sheet(kKindEffectenarena);
    if (touch_button(app_, "Demo openen", half)) open_demo();
    ImGui::SameLine();
    if (touch_button(app_, "Twee sessies vergelijken", half)) app_.switch_screen(std::make_unique<CompareScreen>(app_));
    const bool downloads = files_are_downloads();
    if (downloads && touch_button(app_, "Sessiebestand openen", column)) pick_session_file();
    ImGui::Dummy(ImVec2(0, m.mm(style::kSectionGapMm)));
    ImGui::PushFont(app_.fonts().bold);
    ImGui::TextUnformatted("Opgeslagen sessies");
    ImGui::PopFont();
    if (sessions_.empty() && downloads) ImGui::TextWrapped("Nog geen opgeslagen sessies in deze browser.");
    if (sessions_.empty() && !downloads) ImGui::TextWrapped("Nog geen opgeslagen sessies in de map met sessies.");
    if (!sessions_.empty() && downloads)
        ImGui::TextWrapped("De sessies staan in de opslag van deze browser; bewaar ze met Opslaan als bestand.");
    draw_list(column, std::max(m.touch() * 2, h - ImGui::GetCursorPosY() - m.touch() - m.mm(style::kStartFooterMm)));
    // The size is set once per panel (reported DPI is often wrong): see size_setting.cpp.
    if (touch_button(app_, "Grootte instellen", column)) app_.open_size_setting();
    ImGui::EndGroup();
    end_panel();
    if (sheet_) {
        sheet_->draw();
        if (sheet_->closed()) sheet_.reset();
    }
}

void StartScreen::draw_list(float column, float height) {
    ImGui::BeginChild("##sessies", ImVec2(column, height), false);
    drag_to_scroll(app_.metrics());
    const float row = column - ImGui::GetStyle().ScrollbarSize;
    for (const SessionRow& s : sessions_) {
        if (!s.problem.empty()) {
            draw_unreadable_row(s, row);
        } else if (s.path == asking_delete_) {
            draw_delete_question(s, row);
        } else {
            draw_row(s, row);
        }
    }
    ImGui::EndChild();
    if (!trash_now_.empty()) {
        move_to_prullenbak(trash_now_);
        trash_now_.clear();
    }
}

// A file that cannot be opened: its reason, greyed, and no button (the file is left as it is).
void StartScreen::draw_unreadable_row(const SessionRow& s, float width) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(s.problem.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    app_.add_item_target("text:" + s.path.filename().string());
    ImGui::Dummy(ImVec2(0, app_.metrics().mm(style::kRowGapMm)));
}

// In the browser: the session as a file to keep, and its report, as downloads.
void StartScreen::draw_downloads(const SessionRow& s, float width) {
    const float half = (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    const std::string file = s.path.filename().string();
    if (touch_button(app_, "Opslaan als bestand##" + s.path.string(), half, "download:" + file)) download(s);
    ImGui::SameLine();
    const std::string report = app_.options().pdf_report ? "Verslag (pdf)" : "Verslag (md)";
    if (touch_button(app_, report + "##" + s.path.string(), half, "verslag:" + file)) download_report(s);
}

// Two lines per session: what it is, then its kind, how far it got and when it last changed.
void StartScreen::draw_row(const SessionRow& s, float width) {
    const Metrics& m = app_.metrics();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float side = m.mm(style::kStartRowButtonMm);
    const float main = width - 2 * side - 2 * style.ItemSpacing.x;
    const float text_w = main - 2 * style.FramePadding.x;
    std::string first = fit_label(session_label(s.meta), text_w);
    std::string second = kind_name_nl(s.meta.kind) + (s.progress.empty() ? "" : "  ·  " + s.progress) +
                         (s.last_change.empty() ? "" : "  ·  gewijzigd " + s.last_change);
    second = fit_label(second, text_w);
    const std::string file = s.path.filename().string();
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    const float row_h =
        std::max(m.touch(), 2 * ImGui::GetTextLineHeightWithSpacing() + m.mm(style::kStartRowPaddingMm));
    if (ImGui::Button((first + "\n" + second + "##" + file).c_str(), ImVec2(main, row_h))) {
        if (Outcome opened = app_.open_session(s.path); opened.refused()) app_.set_message(opened.why());
    }
    ImGui::PopStyleVar();
    app_.add_item_target("option:" + file);
    // As tall as the row, so each belongs to its session at a glance.
    ImGui::SameLine();
    if (ImGui::Button(("Wijzigen##w" + file).c_str(), ImVec2(side, row_h))) open_rename_sheet(s);
    app_.add_item_target("button:Wijzigen:" + file);
    ImGui::SameLine();
    if (ImGui::Button(("Verwijderen##v" + file).c_str(), ImVec2(side, row_h))) asking_delete_ = s.path;
    app_.add_item_target("button:Verwijderen:" + file);
    if (files_are_downloads()) draw_downloads(s, width);
}

void StartScreen::draw_delete_question(const SessionRow& s, float width) {
    const Metrics& m = app_.metrics();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, vec4(style::kBanner));
    ImGui::TextWrapped("%s naar de prullenbak? Het bestand blijft bewaard in de map Prullenbak.",
                       fit_label(session_label(s.meta), width * 0.6f).c_str());
    ImGui::PopStyleColor();
    const float half = (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (touch_button(app_, "Ja, naar de prullenbak", half)) trash_now_ = s.path;  // after the list is drawn
    ImGui::SameLine();
    if (touch_button(app_, "Nee, bewaren", half)) asking_delete_.clear();
    ImGui::Dummy(ImVec2(0, m.mm(style::kRowGapMm)));
}

bool StartScreen::claims(float x, float y) const { return sheet_ && sheet_->claims(x, y); }

void StartScreen::canvas_pointer(const InputEvent& event) {
    if (sheet_) sheet_->pointer(event);
}

void StartScreen::canvas_key(const InputEvent& event) {
    if (sheet_) sheet_->key(event);
}

}  // namespace tafel
