#include "platform/ui_pointer.hpp"

#include <imgui.h>

#include <cfloat>

namespace tafel {
namespace {
struct KeyBinding {
    int sdl_keycode;
    ImGuiKey imgui_key;
};
// Index i+1 in io.KeysDown stands for kKeys[i].
const KeyBinding kKeys[] = {
    {SDLK_TAB, ImGuiKey_Tab},
    {SDLK_LEFT, ImGuiKey_LeftArrow},
    {SDLK_RIGHT, ImGuiKey_RightArrow},
    {SDLK_UP, ImGuiKey_UpArrow},
    {SDLK_DOWN, ImGuiKey_DownArrow},
    {SDLK_PAGEUP, ImGuiKey_PageUp},
    {SDLK_PAGEDOWN, ImGuiKey_PageDown},
    {SDLK_HOME, ImGuiKey_Home},
    {SDLK_END, ImGuiKey_End},
    {SDLK_INSERT, ImGuiKey_Insert},
    {SDLK_DELETE, ImGuiKey_Delete},
    {SDLK_BACKSPACE, ImGuiKey_Backspace},
    {SDLK_SPACE, ImGuiKey_Space},
    {SDLK_RETURN, ImGuiKey_Enter},
    {SDLK_ESCAPE, ImGuiKey_Escape},
    {SDLK_KP_ENTER, ImGuiKey_KeyPadEnter},
    {SDLK_a, ImGuiKey_A},
    {SDLK_c, ImGuiKey_C},
    {SDLK_v, ImGuiKey_V},
    {SDLK_x, ImGuiKey_X},
    {SDLK_y, ImGuiKey_Y},
    {SDLK_z, ImGuiKey_Z},
};
}  // namespace

int imgui_key_index(int sdl_keycode) {
    for (size_t i = 0; i < sizeof kKeys / sizeof kKeys[0]; ++i) {
        if (kKeys[i].sdl_keycode == sdl_keycode) return static_cast<int>(i) + 1;
    }
    return 0;
}

void UiPointerFeed::setup_key_map(ImGuiIO& io) {
    for (size_t i = 0; i < sizeof kKeys / sizeof kKeys[0]; ++i) io.KeyMap[kKeys[i].imgui_key] = static_cast<int>(i) + 1;
}

void UiPointerFeed::press(PointerId pointer, float x, float y) {
    owner_ = pointer;
    finger_ = pointer != kMousePointer;
    hover_to_clear_ = false;
    // A finger held still stays where it came down (not where the last one moved): scrollbars
    // and dragged lists follow it from there.
    x_ = x;
    y_ = y;
    steps_.push_back({Step::Kind::button, true, x, y, 0, 0});
}

void UiPointerFeed::move(float x, float y) {
    if (!steps_.empty()) {
        // Moves after a queued press belong to that press; keep only the latest position.
        steps_.back().x = x;
        steps_.back().y = y;
    }
    x_ = x;
    y_ = y;
}

void UiPointerFeed::release(float x, float y) {
    steps_.push_back({Step::Kind::button, false, x, y, 0, 0});
    if (finger_) hover_to_clear_ = true;
    owner_ = -1;
}

void UiPointerFeed::key(const InputEvent& event) {
    int index = imgui_key_index(event.key);
    if (index == 0) return;
    steps_.push_back({Step::Kind::key, event.type == InputEvent::Type::key_down, 0, 0, index, event.modifiers});
}

void UiPointerFeed::text(const InputEvent& event) { ImGui::GetIO().AddInputCharactersUTF8(event.text.c_str()); }

bool UiPointerFeed::apply(ImGuiIO& io) {
    io.MouseWheel += wheel_;
    wheel_ = 0;
    if (!steps_.empty()) {
        Step step = steps_.front();
        steps_.pop_front();
        if (step.kind == Step::Kind::button) {
            io.MousePos = ImVec2(step.x, step.y);
            io.MouseDown[0] = step.down;
        } else {
            io.KeysDown[step.key_index] = step.down;
            io.KeyCtrl = (step.modifiers & KMOD_CTRL) != 0;
            io.KeyShift = (step.modifiers & KMOD_SHIFT) != 0;
            io.KeyAlt = (step.modifiers & KMOD_ALT) != 0;
        }
        return true;
    }
    if (active()) {
        io.MousePos = ImVec2(x_, y_);
    } else if (hover_to_clear_) {
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // a lifted finger hovers over nothing
        hover_to_clear_ = false;
        return true;
    } else if (!finger_) {
        io.MousePos = ImVec2(x_, y_);
    }
    return false;
}

}  // namespace tafel
