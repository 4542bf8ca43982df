#pragma once
#include <vector>

#include "core/session/session_paths.hpp"
#include "ui/shell/app.hpp"

namespace tafel {

// "title  ·  school  ·  date": how a saved session is named in lists.
std::string session_label(const SessionMeta& meta);

// The first screen: start a new Rondom Jong or Effectenarena session, open a saved one,
// open the bundled demo, or compare two saved Rondom Jong sessions. Where sessions live in the
// browser, a session file can also be opened from the device, and each saved session and its
// report downloaded.
class StartScreen : public Screen {
public:
    explicit StartScreen(App& app);
    void draw() override;

private:
    void start_new(const std::string& kind);
    void open_demo();
    void open_picked_file();  // a session file picked on the device (in the browser)
    void download(const SessionListing& s);
    void download_report(const SessionListing& s);
    App& app_;
    std::vector<SessionListing> sessions_;
};

}  // namespace tafel
