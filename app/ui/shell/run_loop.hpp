#pragma once
// The frame loop. Event-driven: it sleeps in SDL_WaitEventTimeout until input, a timer or an
// animation needs a frame, so a table that stands untouched draws nothing.
// In play mode it feeds a script through SDL's own event queue, on a clock that advances one
// frame (1/60 s) per loop, so a script gives the same result on a slow or a fast machine.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/harness/play_script.hpp"

namespace tafel {

class App;
class Window;

struct RunOptions {
    std::optional<std::vector<ScriptLine>> script;  // play mode when set
    std::string script_name;
    std::filesystem::path screenshot;  // written after the last frame, in play mode
    double quit_after_ms = -1;         // stop after this long (measurements)
    std::string report_target;         // print this target's rectangle whenever a frame moves it
};

struct RunResult {
    int exit_code = 0;
    std::string error;  // a Dutch sentence when exit_code != 0
    long frames_drawn = 0;
};

RunResult run_app(App& app, Window& window, const RunOptions& options);

}  // namespace tafel
