#include "platform/window.hpp"

#include <imgui.h>
#include <stb_image_write.h>

#include <cstdlib>
#include <vector>

#include "platform/os/utf8_path.hpp"
#include "platform/system_window.hpp"
#include "platform/frame_driver.hpp"
#include "platform/gl.hpp"

namespace tafel {

void choose_video_driver_for_headless() { prepare_system_for_window(); }

Window::~Window() {
    renderer_.reset();  // GL objects go before their context
    if (context_) SDL_GL_DeleteContext(context_);
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
}

std::string Window::open(const WindowOptions& options) {
    // Fingers are handled as fingers: no synthetic mouse events for the first finger, and no
    // mouse capture (on X11 it can swallow touch events).
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_AUTO_CAPTURE, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    prepare_system_for_window();
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
        return std::string("Het scherm kan niet worden geopend (SDL: ") + SDL_GetError() +
               "). Start Tafelgesprek op een computer met beeldscherm, of zet SDL_VIDEODRIVER=offscreen.";
    }
#ifdef __EMSCRIPTEN__
    // In the browser: OpenGL ES 3.0, which is WebGL2.
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
    flags |= options.hidden ? SDL_WINDOW_HIDDEN : SDL_WINDOW_SHOWN;
    int width = options.width, height = options.height;
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED;
    if (options.fullscreen && !options.hidden) {
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        // Without a window manager (a kiosk) nobody grows the window to full screen: make it the
        // display's size from the start. The size it really gets is read back every frame.
        SDL_DisplayMode mode;
        if (SDL_GetDesktopDisplayMode(0, &mode) == 0 && mode.w > 0 && mode.h > 0) {
            width = mode.w;
            height = mode.h;
            x = y = 0;
        }
    }
#ifdef __EMSCRIPTEN__
    flags |= SDL_WINDOW_RESIZABLE;  // the canvas follows the size of the browser window
#endif
    window_ = SDL_CreateWindow("Tafelgesprek", x, y, width, height, flags);
    if (!window_) return std::string("Het venster kan niet worden gemaakt (SDL: ") + SDL_GetError() + ").";
    adapt_system_window(window_);
    context_ = SDL_GL_CreateContext(window_);
    if (!context_) {
        return std::string("OpenGL 3.3 is niet beschikbaar (SDL: ") + SDL_GetError() +
               "). Installeer de Mesa-stuurprogramma's (libgl1-mesa-dri).";
    }
    SDL_GL_MakeCurrent(window_, context_);
#ifndef __EMSCRIPTEN__  // the browser paces frames itself and needs no loader
    SDL_GL_SetSwapInterval(options.hidden ? 0 : 1);
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(SDL_GL_GetProcAddress))) {
        return "De OpenGL-functies kunnen niet worden geladen. Installeer de Mesa-stuurprogramma's (libgl1-mesa-dri).";
    }
#endif
    float ddpi = 0, hdpi = 0, vdpi = 0;
    int display = SDL_GetWindowDisplayIndex(window_);
    if (display >= 0 && SDL_GetDisplayDPI(display, &ddpi, &hdpi, &vdpi) == 0 && hdpi > 1) dpi_ = hdpi;
    refresh_size();
    renderer_ = std::make_unique<GlRenderer>();
    if (!renderer_->init()) return "De tekenmodule van de interface kan niet starten (OpenGL 3.3).";
    return {};
}

void Window::refresh_size() {
    // The drawable the window really has (a window manager may give less than was asked for),
    // not the display mode.
    SDL_GL_GetDrawableSize(window_, &width_, &height_);
    if (width_ <= 0 || height_ <= 0) SDL_GetWindowSize(window_, &width_, &height_);
}

void Window::reload_font_texture() { renderer_->upload_font_atlas(); }

void Window::render_imgui() {
    glViewport(0, 0, width_, height_);
    glClearColor(0.95f, 0.94f, 0.91f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    renderer_->render(ImGui::GetDrawData(), width_, height_);
}

void Window::swap() {
    // The offscreen driver draws into an EGL pbuffer, whose swap does nothing: without a flush,
    // llvmpipe keeps every frame's drawing queued (about 1 MB a frame, 2.5 GB for a demo).
    glFlush();
    SDL_GL_SwapWindow(window_);
    frame_presented();
}

std::string Window::screenshot(const std::filesystem::path& path) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width_) * height_ * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    for (size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;  // the window is opaque
    // GL rows run bottom-up, PNG rows top-down: write the last row first.
    stbi_flip_vertically_on_write(1);
    int ok = stbi_write_png(os::utf8_string(path).c_str(), width_, height_, 4, pixels.data(), width_ * 4);
    stbi_flip_vertically_on_write(0);
    if (!ok)
        return "De schermafdruk " + path.string() +
               " kan niet worden geschreven. Controleer de map en de vrije ruimte.";
    return {};
}

}  // namespace tafel
