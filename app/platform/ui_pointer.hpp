#pragma once
// Feeds Dear ImGui 1.86 (which has one mouse and polls its state once per frame) from our
// input events: one UI pointer, keys and text. ImGui sees at most one button or key change
// per frame, so a press and release that arrive within one frame still make a click.
#include <deque>

#include "platform/input_feed.hpp"

struct ImGuiIO;

namespace tafel {

class UiPointerFeed {
public:
    // Fills io.KeyMap; call once after ImGui::CreateContext().
    static void setup_key_map(ImGuiIO& io);

    bool active() const { return owner_ >= 0; }
    PointerId owner() const { return owner_; }

    void press(PointerId pointer, float x, float y);
    void move(float x, float y);
    void release(float x, float y);
    void key(const InputEvent& event);  // key_down / key_up
    void text(const InputEvent& event);
    void wheel(float amount) { wheel_ += amount; }

    // Applies the pointer position and at most one button or key change to `io`, before
    // ImGui::NewFrame(). Returns true while changes are still queued (draw another frame).
    bool apply(ImGuiIO& io);
    bool pending() const { return !steps_.empty() || hover_to_clear_; }

private:
    struct Step {
        enum class Kind { button, key } kind = Kind::button;
        bool down = false;
        float x = 0, y = 0;
        int key_index = 0;
        int modifiers = 0;
    };
    std::deque<Step> steps_;
    PointerId owner_ = -1;
    float x_ = -1, y_ = -1;
    bool finger_ = false;  // a finger leaves no hover behind when lifted
    bool hover_to_clear_ = false;
    float wheel_ = 0;
};

// The ImGui key index for an SDL keycode, 0 when ImGui does not need that key.
int imgui_key_index(int sdl_keycode);

}  // namespace tafel
