# The Windows build (cross-compiled with scripts/windows/toolchain-mingw64.cmake), included
# from app/CMakeLists.txt: icon, version and manifest; Tafelgesprek.exe without a console
# window and Tafelgesprek.com for cmd; the static cairo; the portable zip.
set(_win "${CMAKE_CURRENT_LIST_DIR}")

# main() is the app's own: it reads the wide command line itself (platform/os/process_win32.cpp).
add_compile_definitions(SDL_MAIN_HANDLED)
# localtime_r and gmtime_r, as on Linux (mingw-w64 declares them with this).
add_compile_definitions(_POSIX_THREAD_SAFE_FUNCTIONS=200112L)
# M_PI and friends, as on Linux.
add_compile_definitions(_USE_MATH_DEFINES)

# cairo is linked statically: its private dependencies (pixman, libpng, zlib) and system libraries too.
target_link_libraries(tafel_report PRIVATE ${CAIRO_STATIC_LDFLAGS})
target_compile_definitions(tafel_report PRIVATE CAIRO_WIN32_STATIC_BUILD)

# Icon (drawn by a script at build time), version and manifest (per-monitor DPI awareness).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(TAFEL_ICON "${CMAKE_CURRENT_BINARY_DIR}/tafelgesprek.ico")
set(TAFEL_MANIFEST "${_win}/tafelgesprek.manifest")
add_custom_command(OUTPUT "${TAFEL_ICON}"
  COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/scripts/windows/make_icon.py" "${TAFEL_ICON}"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/windows/make_icon.py" COMMENT "Drawing the Windows icon")
configure_file("${_win}/tafelgesprek.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/tafelgesprek.rc" @ONLY)
set(_rc "${CMAKE_CURRENT_BINARY_DIR}/tafelgesprek.rc")
set_source_files_properties("${_rc}" PROPERTIES OBJECT_DEPENDS "${TAFEL_ICON};${TAFEL_MANIFEST}")

# Tafelgesprek.exe: a window program (no console window on a double-click).
target_sources(tafelgesprek PRIVATE "${_rc}")
set_target_properties(tafelgesprek PROPERTIES OUTPUT_NAME Tafelgesprek WIN32_EXECUTABLE ON)
target_link_options(tafelgesprek PRIVATE -s)

# Tafelgesprek.com: the same program as a console program. cmd and PowerShell pick the .com for
# "Tafelgesprek ..." and wait for it, so scripts see its output and exit code.
get_target_property(_sources tafelgesprek SOURCES)
get_target_property(_libraries tafelgesprek LINK_LIBRARIES)
get_target_property(_definitions tafelgesprek COMPILE_DEFINITIONS)
get_target_property(_includes tafelgesprek INCLUDE_DIRECTORIES)  # app/cli/ is found through these
add_executable(tafelgesprek_console ${_sources})
target_include_directories(tafelgesprek_console PRIVATE ${_includes})
target_link_libraries(tafelgesprek_console PRIVATE ${_libraries})
if(_definitions)
  target_compile_definitions(tafelgesprek_console PRIVATE ${_definitions})
endif()
target_link_options(tafelgesprek_console PRIVATE -s)
set_target_properties(tafelgesprek_console PROPERTIES OUTPUT_NAME Tafelgesprek SUFFIX .com
  RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}")

# The portable folder and its zip: dist/Tafelgesprek-windows-x64.zip.
set(TAFEL_WINDOWS_ZIP "${CMAKE_SOURCE_DIR}/dist/Tafelgesprek-windows-x64.zip")
set(TAFEL_WINDOWS_ZIP "${TAFEL_WINDOWS_ZIP}" PARENT_SCOPE)
file(GLOB_RECURSE _assets CONFIGURE_DEPENDS "${TAFEL_ASSETS_DIR}/*")
find_file(TAFEL_DEJAVU_LICENCE copyright PATHS /usr/share/doc/fonts-dejavu-core NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)
add_custom_command(OUTPUT "${TAFEL_WINDOWS_ZIP}"
  COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/scripts/windows/make_zip.py" "${TAFEL_WINDOWS_ZIP}"
          "${CMAKE_BINARY_DIR}/dist" "$<TARGET_FILE:tafelgesprek>" "$<TARGET_FILE:tafelgesprek_console>"
          "${TAFEL_ASSETS_DIR}" "${DEJAVU_FONT_DIR}" "${TAFEL_DEJAVU_LICENCE}" "${_win}/LEESMIJ.txt"
  DEPENDS tafelgesprek tafelgesprek_console ${_assets} "${_win}/LEESMIJ.txt" "${CMAKE_SOURCE_DIR}/scripts/windows/make_zip.py"
  COMMENT "Making dist/Tafelgesprek-windows-x64.zip")
add_custom_target(windows_zip ALL DEPENDS "${TAFEL_WINDOWS_ZIP}")
