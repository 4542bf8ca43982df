#include "platform/input_feed.hpp"

namespace tafel {

void InputFeed::translate(const SDL_Event& e, std::vector<InputEvent>& out) {
    InputEvent ev;
    switch (e.type) {
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            // Synthetic mouse events from touch would arrive twice; fingers are handled below.
            if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) return;
            if ((e.type == SDL_MOUSEBUTTONDOWN) == mouse_down_) return;  // no double press or release
            mouse_down_ = e.type == SDL_MOUSEBUTTONDOWN;
            ev.type = mouse_down_ ? InputEvent::Type::pointer_down : InputEvent::Type::pointer_up;
            ev.pointer = kMousePointer;
            ev.x = static_cast<float>(e.button.x);
            ev.y = static_cast<float>(e.button.y);
            out.push_back(ev);
            return;
        case SDL_MOUSEMOTION:
            if (e.motion.which == SDL_TOUCH_MOUSEID) return;
            ev.type = InputEvent::Type::pointer_move;
            ev.pointer = kMousePointer;
            ev.x = static_cast<float>(e.motion.x);
            ev.y = static_cast<float>(e.motion.y);
            out.push_back(ev);
            return;
        case SDL_MOUSEWHEEL:
            if (e.wheel.which == SDL_TOUCH_MOUSEID) return;
            ev.type = InputEvent::Type::wheel;
            ev.wheel = static_cast<float>(e.wheel.y);
            out.push_back(ev);
            return;
        case SDL_FINGERDOWN:
        case SDL_FINGERMOTION:
        case SDL_FINGERUP: {
            auto key = std::make_pair(e.tfinger.touchId, e.tfinger.fingerId);
            auto it = fingers_.find(key);
            if (e.type == SDL_FINGERDOWN) {
                if (it != fingers_.end()) return;  // a second down for the same finger: ignore
                it = fingers_.emplace(key, next_finger_++).first;
                ev.type = InputEvent::Type::pointer_down;
            } else {
                if (it == fingers_.end()) return;  // a finger we never saw go down
                ev.type = e.type == SDL_FINGERUP ? InputEvent::Type::pointer_up : InputEvent::Type::pointer_move;
            }
            ev.pointer = it->second;
            ev.x = e.tfinger.x * static_cast<float>(width_);
            ev.y = e.tfinger.y * static_cast<float>(height_);
            if (e.type == SDL_FINGERUP) fingers_.erase(it);
            if (fingers_.empty()) next_finger_ = 1;
            out.push_back(ev);
            return;
        }
        case SDL_KEYDOWN:
        case SDL_KEYUP:
            ev.type = e.type == SDL_KEYDOWN ? InputEvent::Type::key_down : InputEvent::Type::key_up;
            ev.key = e.key.keysym.sym;
            ev.modifiers = e.key.keysym.mod;
            out.push_back(ev);
            return;
        case SDL_TEXTINPUT:
            ev.type = InputEvent::Type::text;
            ev.text = e.text.text;
            out.push_back(ev);
            return;
        default:
            return;
    }
}

}  // namespace tafel
