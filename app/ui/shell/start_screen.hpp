#pragma once
#include <memory>
#include <vector>

#include "core/review/listing.hpp"
#include "ui/shell/app.hpp"
#include "ui/shell/details_sheet.hpp"

namespace tafel {

// "title  ·  school  ·  date": how a saved session is named in lists.
std::string session_label(const SessionMeta& meta);

// The first screen: start a new Rondom Jong or Effectenarena session (its details on a sheet),
// open a saved one, rename it or move it to the Prullenbak, open the bundled demo, or compare
// two saved Rondom Jong sessions. Where sessions live in the browser, a session file can
// also be opened from the device, and each saved session and its report downloaded.
class StartScreen : public Screen {
public:
    explicit StartScreen(App& app);
    void draw() override;
    void canvas_pointer(const InputEvent& event) override;
    void canvas_key(const InputEvent& event) override;
    bool claims(float x, float y) const override;

private:
    void open_new_sheet(const std::string& kind);
    void open_rename_sheet(const SessionRow& row);
    std::string rename(const std::filesystem::path& path, const DetailsInput& typed, Seat seat);
    void move_to_prullenbak(const std::filesystem::path& path);
    void open_demo();
    void draw_list(float column, float height);
    void draw_unreadable_row(const SessionRow& s, float width);
    void draw_downloads(const SessionRow& s, float width);
    void draw_row(const SessionRow& row, float width);
    void draw_delete_question(const SessionRow& row, float width);
    void refresh() { sessions_ = list_session_rows(app_.options().sessions_dir); }

    void open_picked_file();  // a session file picked on the device (in the browser)
    void download(const SessionRow& s);
    void download_report(const SessionRow& s);
    App& app_;
    std::vector<SessionRow> sessions_;
    std::unique_ptr<DetailsSheet> sheet_;
    std::filesystem::path asking_delete_;  // the session whose delete waits for a yes
    std::filesystem::path trash_now_;      // yes was tapped: moved once the list is drawn
};

}  // namespace tafel
