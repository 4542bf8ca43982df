// The browser: FreeType opens DejaVu Sans from /fonts, where the page embeds it
// (platform/web/web.cmake), and cairo embeds subsets of it in the PDF as on the desktop.
#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include "report/pdf_fonts.hpp"

namespace tafel::pdf {
namespace {

cairo_font_face_t* open_face(const char* file) {
    static FT_Library library = nullptr;
    if (!library && FT_Init_FreeType(&library) != 0) return nullptr;
    FT_Face face = nullptr;
    if (FT_New_Face(library, file, 0, &face) != 0) return nullptr;
    cairo_font_face_t* cairo_face = cairo_ft_font_face_create_for_ft_face(face, 0);
    if (cairo_font_face_status(cairo_face) != CAIRO_STATUS_SUCCESS) return nullptr;
    return cairo_face;  // the FT face and the cairo face live as long as the page
}

}  // namespace

cairo_font_face_t* own_font_face(bool bold) {
    // Opened once; a missing file leaves cairo's built-in font (readable, plainer).
    static cairo_font_face_t* regular = open_face("/fonts/DejaVuSans.ttf");
    static cairo_font_face_t* heavy = open_face("/fonts/DejaVuSans-Bold.ttf");
    return bold ? heavy : regular;
}

}  // namespace tafel::pdf
