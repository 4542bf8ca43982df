#pragma once
#include "ui/app.hpp"

namespace tafel {

// The effectenarena: for now the programme and the persona, read-only (issue 4 builds the
// step machine, break-outs and the arena canvas on this screen).
class ArenaScreen : public Screen {
public:
    explicit ArenaScreen(App& app) : app_(app) {}
    void draw() override;

private:
    App& app_;
};

}  // namespace tafel
