# CMake toolchain file: 64-bit Windows with Debian's mingw-w64 (posix threads), tested under Wine.
# The dependencies (built by scripts/windows/build-deps.sh) live in TAFEL_WINDOWS_DEPS, a folder
# outside the repository; pass it with -DTAFEL_WINDOWS_DEPS=DIR or the environment variable.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_triple}-g++-posix)
set(CMAKE_RC_COMPILER ${_triple}-windres)
set(CMAKE_AR ${_triple}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${_triple}-gcc-ranlib-posix CACHE FILEPATH "")

if(NOT TAFEL_WINDOWS_DEPS AND DEFINED ENV{TAFEL_WINDOWS_DEPS})
  set(TAFEL_WINDOWS_DEPS "$ENV{TAFEL_WINDOWS_DEPS}")
endif()
set(CMAKE_TRY_COMPILE_PLATFORM_VARIABLES TAFEL_WINDOWS_DEPS)

set(CMAKE_FIND_ROOT_PATH /usr/${_triple} ${TAFEL_WINDOWS_DEPS})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config must only see the Windows libraries.
if(TAFEL_WINDOWS_DEPS)
  set(ENV{PKG_CONFIG_LIBDIR} "${TAFEL_WINDOWS_DEPS}/lib/pkgconfig")
  set(ENV{PKG_CONFIG_PATH} "")
  set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
endif()

# One self-contained exe: libstdc++, libgcc and winpthread linked in, only system DLLs imported.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# ctest and gtest_discover_tests run the .exe files under Wine.
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
