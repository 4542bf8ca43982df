# The web build (emscripten): the same targets as for the desktop, from the WebAssembly cache
# that scripts/web/build-deps.sh fills (TAFEL_WEB_DEPS), never from the build machine's /usr.
# OpenGL ES 3.0 (WebGL2) comes with emscripten: no glad. No GoogleTest or CLI11 in the page.
if(NOT TAFEL_WEB_DEPS OR NOT EXISTS "${TAFEL_WEB_DEPS}/.done")
  message(FATAL_ERROR "TAFEL_WEB_DEPS must name the folder scripts/web/build-deps.sh printed")
endif()
set(W "${TAFEL_WEB_DEPS}")

add_library(SDL2::SDL2 STATIC IMPORTED GLOBAL)
set_target_properties(SDL2::SDL2 PROPERTIES IMPORTED_LOCATION "${W}/lib/libSDL2.a"
  INTERFACE_INCLUDE_DIRECTORIES "${W}/include/SDL2")

add_library(tafel_imgui_lib STATIC IMPORTED GLOBAL)
set_target_properties(tafel_imgui_lib PROPERTIES IMPORTED_LOCATION "${W}/lib/libimgui.a")
add_library(tafel_imgui INTERFACE)
target_include_directories(tafel_imgui INTERFACE "${W}/include/imgui")
target_link_libraries(tafel_imgui INTERFACE tafel_imgui_lib)

add_library(tafel_stb_lib STATIC IMPORTED GLOBAL)
set_target_properties(tafel_stb_lib PROPERTIES IMPORTED_LOCATION "${W}/lib/libstb.a")
add_library(tafel_stb INTERFACE)
target_include_directories(tafel_stb INTERFACE "${W}/include/stb")
target_link_libraries(tafel_stb INTERFACE tafel_stb_lib)

add_library(cereal::cereal INTERFACE IMPORTED GLOBAL)
set_target_properties(cereal::cereal PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${W}/include")

add_library(tafel_glad INTERFACE)  # GLES 3.0 headers come with emscripten

# The PDF report: cairo + FreeType + pixman + libpng + zlib from TAFEL_WEB_PDF_DEPS (scripts/web/build-deps-pdf.sh).
if(TAFEL_WEB_PDF_DEPS AND EXISTS "${TAFEL_WEB_PDF_DEPS}/.done")
  set(P "${TAFEL_WEB_PDF_DEPS}")
  add_library(tafel_cairo INTERFACE)
  target_include_directories(tafel_cairo INTERFACE "${P}/include/cairo" "${P}/include/pixman-1" "${P}/include/freetype2" "${P}/include")
  target_link_libraries(tafel_cairo INTERFACE "${P}/lib/libcairo.a" "${P}/lib/libfreetype.a" "${P}/lib/libpixman-1.a" "${P}/lib/libpng16.a" "${P}/lib/libz.a")
  set(TAFEL_WEB_HAS_PDF ON PARENT_SCOPE)
else()
  set(TAFEL_WEB_HAS_PDF OFF PARENT_SCOPE)
endif()

set(DEJAVU_FONT_DIR "/usr/share/fonts/truetype/dejavu" PARENT_SCOPE)  # embedded into the page at /fonts
