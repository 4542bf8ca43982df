#pragma once
// Two Rondom Jong sessions of one school, say a year apart: choose them from the saved
// sessions, then see per layer which parties were added, removed or changed their mark, and
// how the actions of the earlier session fared (core/review/overview.hpp). Read-only: both files are
// only read, never saved.
#include <optional>
#include <string>
#include <vector>

#include "core/review/overview.hpp"
#include "core/rondomjong/board_layout.hpp"
#include "core/session/session_paths.hpp"
#include "ui/shell/app.hpp"

namespace tafel {

class CompareScreen : public Screen {
public:
    explicit CompareScreen(App& app);
    void draw() override;

private:
    void choose(size_t index);
    void compare();
    // The chosen sessions as {earlier, later}, by their date.
    std::pair<const SessionListing*, const SessionListing*> in_order() const;
    void draw_choice(float w, float h);
    void draw_comparison(float w, float h);
    bool draw_header(float w, float height);  // true: back to choosing the sessions
    void draw_list_panel(const std::string& name, const char* title, Box area, void (CompareScreen::*draw_list)());
    void draw_layers();
    void draw_actions();

    App& app_;
    std::vector<SessionListing> sessions_;  // the saved Rondom Jong sessions
    std::vector<size_t> chosen_;            // at most two, the last tapped last
    std::optional<Comparison> comparison_;  // shown once the chosen sessions are compared
    Content later_content_;                 // the layer names, as the later session knows them
    SessionMeta earlier_, later_;
};

}  // namespace tafel
