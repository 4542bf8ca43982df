#pragma once
// Draws Dear ImGui's draw data with OpenGL 3.3 core through glad. (The OpenGL3 backend in
// Debian's libimgui loads GL through its own loader; ours keeps one loader, glad, and one
// place where GL state is set.)
struct ImDrawData;

namespace tafel {

class GlRenderer {
public:
    ~GlRenderer();
    bool init();               // after the GL context exists and glad is loaded
    void upload_font_atlas();  // after every rebuild of ImGui's font atlas
    void render(const ImDrawData* data, int framebuffer_width, int framebuffer_height);

private:
    unsigned program_ = 0, vao_ = 0, vbo_ = 0, ebo_ = 0, font_texture_ = 0;
    int loc_projection_ = -1, loc_texture_ = -1;
};

}  // namespace tafel
