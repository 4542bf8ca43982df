#include "ui/shell/fatal_screen.hpp"

#include <SDL.h>
#include <imgui.h>

#include "platform/stop_signals.hpp"

namespace tafel {
namespace {

bool ends_the_screen(const SDL_Event& e) {
    return e.type == SDL_QUIT || e.type == SDL_KEYDOWN || e.type == SDL_FINGERUP || e.type == SDL_MOUSEBUTTONUP;
}

void draw(Window& window, const std::string& sentence) {
    window.refresh_size();
    const float w = static_cast<float>(window.width()), h = static_cast<float>(window.height());
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(w, h);
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(w, h));
    ImGui::Begin("##startfout", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::SetWindowFontScale(1.6f);
    ImGui::SetCursorPos(ImVec2(w * 0.1f, h * 0.3f));
    ImGui::PushTextWrapPos(w * 0.9f);
    ImGui::TextUnformatted(sentence.c_str());
    ImGui::Dummy(ImVec2(0, h * 0.05f));
    ImGui::SetCursorPosX(w * 0.1f);
    ImGui::TextUnformatted("Tik op het scherm of druk op een toets om Tafelgesprek te sluiten.");
    ImGui::PopTextWrapPos();
    ImGui::End();
    ImGui::Render();
    window.render_imgui();
    window.swap();
}

}  // namespace

void show_fatal_sentence(Window& window, const std::string& sentence) {
    if (!ImGui::GetIO().Fonts->TexID) return;  // no font to write with
    for (;;) {
        draw(window, sentence);
        SDL_Event e;
        if (stop_signal_received()) return;
        if (SDL_WaitEventTimeout(&e, 500) == 1 && ends_the_screen(e)) return;
    }
}

}  // namespace tafel
