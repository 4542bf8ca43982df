#pragma once
// Where the report's font comes from. On the desktop and on Windows cairo finds DejaVu Sans by
// name (fontconfig, the win32 font backend). In the browser cairo has FreeType but no
// fontconfig, so the report opens DejaVu Sans from the page's embedded files itself
// (pdf_fonts_web.cpp); CMake picks the file by its suffix.
#include <cairo.h>

namespace tafel::pdf {

// DejaVu Sans (Bold) as a cairo face opened from its file, or nullptr where cairo finds it by
// name. Owned here: it lives as long as the program.
cairo_font_face_t* own_font_face(bool bold);

}  // namespace tafel::pdf
