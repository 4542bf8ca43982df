#pragma once
// Our own input feed: SDL mouse, fingers, keys and text become app input events.
// (imgui_impl_sdl polls the global mouse state and never sees fingers or pushed events.)
#include <SDL.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace tafel {

using PointerId = int;
inline constexpr PointerId kMousePointer = 0;  // fingers get 1, 2, 3… in the order they touch

struct InputEvent {
    enum class Type { pointer_down, pointer_move, pointer_up, key_down, key_up, text, wheel };
    Type type = Type::pointer_move;
    PointerId pointer = kMousePointer;
    float x = 0, y = 0;  // window pixels
    int key = 0;         // SDL_Keycode, for key events
    int modifiers = 0;   // SDL_Keymod
    std::string text;    // UTF-8, for text events
    float wheel = 0;
};

class InputFeed {
public:
    void set_window_size(int width, int height) {
        width_ = width;
        height_ = height;
    }
    // Appends the app input events that one SDL event stands for (none for most).
    void translate(const SDL_Event& event, std::vector<InputEvent>& out);
    int fingers_down() const { return static_cast<int>(fingers_.size()); }

private:
    std::map<std::pair<SDL_TouchID, SDL_FingerID>, PointerId> fingers_;
    PointerId next_finger_ = 1;
    int width_ = 1, height_ = 1;
    bool mouse_down_ = false;
};

}  // namespace tafel
