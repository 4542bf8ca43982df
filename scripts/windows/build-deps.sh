#!/usr/bin/env bash
# Builds the libraries the Windows version of Tafelgesprek links, from Debian *source* packages
# (apt-get source, nothing else is downloaded), cross-compiled with mingw-w64 into static libraries:
# SDL2, zlib, libpng, pixman, cairo (PDF + win32 fonts), Dear ImGui 1.86, stb_image(_write) and
# GoogleTest; the header-only CLI11, cereal and RapidJSON come from Debian's -dev packages.
#
# They go into a cache folder outside the repository, /var/cache/tafelgesprek/windows-<key>,
# where <key> is a hash of the source package versions, the compiler version, this script and
# the toolchain file. A finished folder is reused as it is (its .pc files hold its absolute
# path, so it must stay where it is). The last line printed on stdout is the folder.
#
# Safe to run again and by several builds at once (a lock file guards the build).
# TAFEL_CACHE overrides /var/cache/tafelgesprek; TAFEL_JOBS the parallel jobs (2).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
toolchain="$here/toolchain-mingw64.cmake"
cache="${TAFEL_CACHE:-/var/cache/tafelgesprek}"
jobs="${TAFEL_JOBS:-2}"
triple=x86_64-w64-mingw32

log() { echo "[windows-deps] $*" >&2; }

# --- Debian packages for the cross build (installed once, only the missing ones) -------------
packages=(
  g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 mingw-w64-tools
  cmake ninja-build meson pkg-config make python3 dpkg-dev xz-utils
  libcereal-dev rapidjson-dev libcli11-dev libstb-dev googletest
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Voor de installatie zijn beheerdersrechten nodig: start dit script met sudo." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# --- Source package index (a private deb-src list; the system's sources stay as they are) ----
sources=(libsdl2 zlib libpng1.6 pixman cairo imgui)
apt_dir="$cache/apt-src"
mkdir -p "$apt_dir/lists/partial" "$cache/sources"
echo 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main' \
  > "$apt_dir/src.list"
A=(-o Dir::Etc::SourceList="$apt_dir/src.list" -o Dir::Etc::SourceParts=/dev/null
   -o Dir::State::Lists="$apt_dir/lists" -o Dir::Cache="$apt_dir/cache")
mkdir -p "$apt_dir/cache/archives/partial"
update_index() { log "updating the source package index"; apt-get "${A[@]}" update -qq >&2; }
ls "$apt_dir"/lists/*Sources* >/dev/null 2>&1 || update_index

# The .dsc names carry the exact versions apt-get source will fetch.
source_uris() {
  local p
  for p in "${sources[@]}"; do apt-get "${A[@]}" source --print-uris --only-source "$p" 2>/dev/null | grep "^'" ; done
}
uris="$(source_uris)" || true
if [ "$(grep -c '\.dsc' <<<"$uris")" -ne ${#sources[@]} ]; then update_index; uris="$(source_uris)"; fi
dscs="$(awk '$2 ~ /\.dsc$/ {print $2}' <<<"$uris" | sort)"

# --- The cache key ---------------------------------------------------------------------------
key="$( {
  echo "$dscs"
  dpkg-query -W -f='${Package} ${Version}\n' gcc-mingw-w64-x86-64-posix g++-mingw-w64-x86-64-posix \
    mingw-w64-x86-64-dev libcereal-dev rapidjson-dev libcli11-dev libstb-dev googletest
  sha256sum < "$0"
  sha256sum < "$toolchain"
} | sha256sum | cut -c1-16)"
prefix="$cache/windows-$key"

exec 9>"$cache/windows-$key.lock"
flock 9
if [ -f "$prefix/.complete" ]; then
  log "cached: $prefix"
  echo "$prefix"
  exit 0
fi

log "building into $prefix (sources: $(tr '\n' ' ' <<<"$dscs"))"
start=$(date +%s)
rm -rf "$prefix" "$prefix.build"
mkdir -p "$prefix"/{include,lib/pkgconfig,lib/cmake} "$prefix.build/logs"
work="$prefix.build"

step() {  # step NAME COMMAND...: runs a build step (in a subshell, errexit on) with its output in a log
  local name="$1" rc; shift
  log "$name"
  set +e
  ( set -e; "$@" ) >"$work/logs/$name.log" 2>&1
  rc=$?
  set -e
  if [ $rc -ne 0 ]; then
    tail -n 40 "$work/logs/$name.log" >&2
    log "failed: $name (log: $work/logs/$name.log)"
    exit 1
  fi
}

# --- Fetch and unpack the source packages ----------------------------------------------------
fetch() {
  cd "$cache/sources"
  local p
  for p in "${sources[@]}"; do
    # pixman's .diff.gz may be missing on the mirror: the orig tarball is enough then.
    apt-get "${A[@]}" source --download-only --only-source "$p" || true
  done
}
step fetch fetch
unpack() {  # unpack PKG DIR: dpkg-source with Debian's patches, or the orig tarball alone
  local p="$1" dir="$2" dsc orig
  dsc="$(grep "^${p}_" <<<"$dscs" | head -1)"
  rm -rf "$dir"; mkdir -p "$(dirname "$dir")"
  if dpkg-source --no-check -x "$cache/sources/$dsc" "$dir" >/dev/null 2>&1; then return 0; fi
  orig="$(ls "$cache/sources/${p}_"*.orig.tar.* | grep -v '\.asc$' | sort -V | tail -1)"
  mkdir -p "$dir" && tar -xf "$orig" -C "$dir" --strip-components=1
}
for p in "${sources[@]}"; do step "unpack-$p" unpack "$p" "$work/src/$p"; done

export PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig" PKG_CONFIG_PATH="" PKG_CONFIG_SYSROOT_DIR=""
export TAFEL_WINDOWS_DEPS="$prefix"
cmake_cross=(-G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release
             -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib -DTAFEL_WINDOWS_DEPS="$prefix")
N=(nice -n 10)

# --- zlib: the dfsg tarball lacks win32/, so only the static target; installed by hand -------
zlib() {
  cmake -S "$work/src/zlib" -B "$work/b/zlib" "${cmake_cross[@]}"
  "${N[@]}" cmake --build "$work/b/zlib" -j"$jobs" --target zlibstatic
  cp "$work/b/zlib/libzlibstatic.a" "$prefix/lib/libz.a"
  cp "$work/src/zlib/zlib.h" "$work/b/zlib/zconf.h" "$prefix/include/"
  local v; v="$(sed -n 's/^#define ZLIB_VERSION "\(.*\)"/\1/p' "$work/src/zlib/zlib.h")"
  printf 'prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include\n\nName: zlib\nDescription: zlib compression library\nVersion: %s\nLibs: -L${libdir} -lz\nCflags: -I${includedir}\n' \
    "$prefix" "$v" > "$prefix/lib/pkgconfig/zlib.pc"
}
step zlib zlib

# --- libpng ----------------------------------------------------------------------------------
libpng() {
  cmake -S "$work/src/libpng1.6" -B "$work/b/libpng" "${cmake_cross[@]}" \
    -DPNG_SHARED=OFF -DPNG_STATIC=ON -DPNG_TESTS=OFF -DPNG_EXECUTABLES=OFF -DSKIP_INSTALL_PROGRAMS=ON \
    -DZLIB_ROOT="$prefix" -DZLIB_LIBRARY="$prefix/lib/libz.a" -DZLIB_INCLUDE_DIR="$prefix/include"
  "${N[@]}" cmake --build "$work/b/libpng" -j"$jobs"
  cmake --install "$work/b/libpng"
  # libpng's .pc names -lpng16; the static library may be called libpng16_static.a or libpng16.a.
  [ -f "$prefix/lib/libpng16.a" ] || cp "$prefix"/lib/libpng16_static.a "$prefix/lib/libpng16.a"
}
step libpng libpng

# --- pixman (meson) --------------------------------------------------------------------------
pixman() {
  cat > "$work/meson-cross.txt" <<EOF
[binaries]
c = '$triple-gcc-posix'
cpp = '$triple-g++-posix'
ar = '$triple-gcc-ar-posix'
strip = '$triple-strip'
windres = '$triple-windres'
pkgconfig = 'pkg-config'
[host_machine]
system = 'windows'
cpu_family = 'x86_64'
cpu = 'x86_64'
endian = 'little'
EOF
  meson setup "$work/b/pixman" "$work/src/pixman" --cross-file "$work/meson-cross.txt" \
    --prefix "$prefix" --libdir lib --buildtype release --default-library=static \
    -Dtests=disabled -Dgtk=disabled -Dlibpng=disabled -Dopenmp=disabled
  "${N[@]}" ninja -C "$work/b/pixman" -j"$jobs"
  ninja -C "$work/b/pixman" install
}
step pixman pixman

# --- cairo (autotools; the library in src/ only): PDF surface, win32 fonts, no FreeType --------
cairo() {
  cd "$work/src/cairo"
  # Debian's build-system patches leave configure.ac newer than configure: keep the shipped
  # configure and Makefile.in (those patches only matter for Debian's shared library).
  touch aclocal.m4 && sleep 1 && touch configure config.h.in && find . -name Makefile.in -exec touch {} +
  CC=$triple-gcc-posix AR=$triple-ar RANLIB=$triple-ranlib \
  CFLAGS="-O2" CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib" \
  png_REQUIRES=libpng16 \
  ./configure --host=$triple --prefix="$prefix" --enable-static --disable-shared \
    --enable-win32 --enable-win32-font --enable-pdf --enable-png --enable-ps --enable-svg \
    --enable-ft=no --enable-fc=no --disable-xlib --disable-xlib-xrender --disable-xcb \
    --disable-gobject --disable-script --disable-trace --disable-interpreter --disable-gl \
    --disable-egl --disable-glx --disable-wgl --disable-quartz --disable-full-testing \
    --disable-gtk-doc
  "${N[@]}" make -C src -j"$jobs"
  make -C src install
  # cairo.pc names the system libraries a static link needs.
  sed -i 's/^Libs: \(.*\)$/Libs: \1 -lmsimg32 -lgdi32 -lssp/' "$prefix/lib/pkgconfig/cairo.pc"
  sed -i 's/^Cflags: \(.*\)$/Cflags: \1 -DCAIRO_WIN32_STATIC_BUILD/' "$prefix/lib/pkgconfig/cairo.pc"
}
step cairo cairo

# --- SDL2 ------------------------------------------------------------------------------------
sdl2() {
  cmake -S "$work/src/libsdl2" -B "$work/b/sdl2" "${cmake_cross[@]}" \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL2_DISABLE_INSTALL=OFF
  "${N[@]}" cmake --build "$work/b/sdl2" -j"$jobs"
  cmake --install "$work/b/sdl2"
}
step sdl2 sdl2

# --- GoogleTest (with gmock) from Debian's googletest package --------------------------------
gtest() {
  cmake -S /usr/src/googletest -B "$work/b/gtest" "${cmake_cross[@]}" -DBUILD_GMOCK=ON -DINSTALL_GTEST=ON
  "${N[@]}" cmake --build "$work/b/gtest" -j"$jobs"
  cmake --install "$work/b/gtest"
}
step gtest gtest

# --- Dear ImGui 1.86 (core only: the app has its own SDL input feed and GL renderer) ----------
imgui() {
  local s="$work/src/imgui" o="$work/b/imgui" f
  mkdir -p "$o" "$prefix/include/imgui/backends"
  for f in imgui imgui_draw imgui_tables imgui_widgets imgui_demo; do  # demo: ImGui::ShowDemoWindow links
    "${N[@]}" $triple-g++-posix -O2 -std=c++17 -I"$s" -c "$s/$f.cpp" -o "$o/$f.o"
  done
  rm -f "$prefix/lib/libimgui.a"
  $triple-ar rcs "$prefix/lib/libimgui.a" "$o"/*.o
  cp "$s"/imgui.h "$s"/imgui_internal.h "$s"/imconfig.h "$s"/imstb_*.h "$prefix/include/imgui/"
  cp "$s"/backends/imgui_impl_opengl3*.h "$s"/backends/imgui_impl_sdl.h "$prefix/include/imgui/backends/"
  printf 'prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include/imgui\n\nName: imgui\nDescription: Dear ImGui\nVersion: 1.86\nRequires: stb\nLibs: -L${libdir} -limgui\nCflags: -I${includedir}\n' \
    "$prefix" > "$prefix/lib/pkgconfig/imgui.pc"
}
step imgui imgui

# --- stb: Debian's headers only; the app's CMake compiles the implementation it needs ----------
stb() {
  mkdir -p "$prefix/include/stb"
  cp /usr/include/stb/stb_image.h /usr/include/stb/stb_image_write.h "$prefix/include/stb/"
  printf 'prefix=%s\nincludedir=${prefix}/include/stb\n\nName: stb\nDescription: stb single-file libraries (headers)\nVersion: 0\nCflags: -I${includedir}\n' \
    "$prefix" > "$prefix/lib/pkgconfig/stb.pc"
}
step stb stb

# --- Header-only: cereal, RapidJSON, CLI11 (headers from Debian's -dev packages) ---------------
headers() {
  cp -r /usr/include/cereal /usr/include/rapidjson /usr/include/CLI "$prefix/include/"
  local n
  for n in cereal CLI11; do
    mkdir -p "$prefix/lib/cmake/$n"
  done
  cat > "$prefix/lib/cmake/cereal/cereal-config.cmake" <<'EOF'
if(NOT TARGET cereal::cereal)
  add_library(cereal::cereal INTERFACE IMPORTED)
  set_target_properties(cereal::cereal PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${CMAKE_CURRENT_LIST_DIR}/../../../include")
endif()
set(cereal_FOUND TRUE)
EOF
  cat > "$prefix/lib/cmake/CLI11/CLI11Config.cmake" <<'EOF'
if(NOT TARGET CLI11::CLI11)
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  set_target_properties(CLI11::CLI11 PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${CMAKE_CURRENT_LIST_DIR}/../../../include")
endif()
set(CLI11_FOUND TRUE)
EOF
}
step headers headers

mv "$work/logs" "$prefix/.logs"
rm -rf "$work"
end=$(date +%s)
echo "built in $((end - start)) s wall from: $dscs" > "$prefix/.complete"
log "done in $((end - start)) s: $prefix"
echo "$prefix"
