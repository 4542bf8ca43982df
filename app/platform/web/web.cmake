# The web page: main_web.cpp instead of main.cpp, linked twice by emscripten:
#   web/index.html + index.js + index.wasm   and   single/tafelgesprek.html (everything inside).
# The content (assets/) and DejaVu Sans are embedded; sessions live in the browser (IDBFS).
# EMULATE_FUNCTION_POINTER_CASTS: cairo calls functions through pointers cast to another type,
# which WebAssembly traps on ("function signature mismatch" as soon as a report has text).
set(TAFEL_WEB_DIR "${CMAKE_CURRENT_SOURCE_DIR}/platform/web")
set(TAFEL_WEB_LINK
  -Os
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1
  -sFORCE_FILESYSTEM=1 -lidbfs.js
  -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString
  -sMINIFY_HTML=0
  "--shell-file=${TAFEL_WEB_DIR}/shell.html"
  "--pre-js=${TAFEL_WEB_DIR}/tafel_hook.js"
  "--embed-file=${TAFEL_ASSETS_DIR}@/assets"
  "--embed-file=${DEJAVU_FONT_DIR}/DejaVuSans.ttf@/fonts/DejaVuSans.ttf"
  "--embed-file=${DEJAVU_FONT_DIR}/DejaVuSans-Bold.ttf@/fonts/DejaVuSans-Bold.ttf")

set(TAFEL_WEB_LIBS tafel_ui)
if(TAFEL_WEB_HAS_PDF)
  tafel_sources(report_sources report)
  add_library(tafel_report STATIC ${report_sources})
  target_include_directories(tafel_report PUBLIC "${TAFEL_ROOT_report}")
  target_link_libraries(tafel_report PUBLIC tafel_core PRIVATE tafel_cairo)
  tafel_warnings(tafel_report)
  list(APPEND TAFEL_WEB_LIBS tafel_report)
  list(APPEND TAFEL_WEB_LINK -sEMULATE_FUNCTION_POINTER_CASTS=1)
endif()

foreach(variant web single)
  add_executable(tafelgesprek-${variant} main_web.cpp)
  target_include_directories(tafelgesprek-${variant} PRIVATE "${TAFEL_ROOT_all}")
  target_link_libraries(tafelgesprek-${variant} PRIVATE ${TAFEL_WEB_LIBS})
  if(TAFEL_WEB_HAS_PDF)
    target_compile_definitions(tafelgesprek-${variant} PRIVATE TAFEL_WEB_PDF=1)
  endif()
  target_link_options(tafelgesprek-${variant} PRIVATE ${TAFEL_WEB_LINK})
  set_target_properties(tafelgesprek-${variant} PROPERTIES SUFFIX ".html"
    RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/${variant}"
    LINK_DEPENDS "${TAFEL_WEB_DIR}/shell.html;${TAFEL_WEB_DIR}/tafel_hook.js")
  tafel_warnings(tafelgesprek-${variant})
endforeach()
set_target_properties(tafelgesprek-web PROPERTIES OUTPUT_NAME index)
set_target_properties(tafelgesprek-single PROPERTIES OUTPUT_NAME tafelgesprek)
target_link_options(tafelgesprek-single PRIVATE -sSINGLE_FILE=1)
