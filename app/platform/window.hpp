#pragma once
// The SDL window with its OpenGL 3.3 core context (loaded through glad) and Dear ImGui's
// OpenGL3 renderer. Headless runs use SDL's offscreen driver, which still gives real GL.
#include <SDL.h>

#include <filesystem>
#include <memory>
#include <string>

#include "platform/gl_renderer.hpp"

namespace tafel {

struct WindowOptions {
    bool fullscreen = true;
    int width = 1280, height = 800;  // used when not full screen
    bool hidden = false;             // play and bench: never show a window
};

class Window {
public:
    Window() = default;
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;
    ~Window();

    // Returns an empty string on success, otherwise a Dutch sentence saying what failed.
    std::string open(const WindowOptions& options);

    int width() const { return width_; }
    int height() const { return height_; }
    float dpi() const { return dpi_; }  // as reported, 0 when the display does not say
    void refresh_size();

    void render_imgui();  // clears and draws ImGui's draw data into the back buffer
    void swap();
    // Writes the back buffer (the frame just rendered) as PNG. Returns "" or a Dutch sentence.
    std::string screenshot(const std::filesystem::path& path);
    void reload_font_texture();

private:
    SDL_Window* window_ = nullptr;
    SDL_GLContext context_ = nullptr;
    std::unique_ptr<GlRenderer> renderer_;
    int width_ = 0, height_ = 0;
    float dpi_ = 0;
};

// When there is no display (no DISPLAY or WAYLAND_DISPLAY) and no driver was chosen, use the
// offscreen driver, so the app runs headless on a server or in CI.
void choose_video_driver_for_headless();

}  // namespace tafel
