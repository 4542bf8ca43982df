#!/usr/bin/env bash
# Builds what the web (WebAssembly) build of Tafelgesprek links, from Debian packages and
# Debian *source* packages only, into a cache folder outside the repository:
#   /var/cache/tafelgesprek/web-<key>   (key = emscripten + source versions + flags + this script)
# SDL2 (compiled straight from its sources with SDL_config_emscripten.h), Dear ImGui 1.86,
# stb (image, image_write), the headers of cereal and RapidJSON (the PDF's cairo and FreeType:
# build-deps-pdf.sh, from the sources fetched here). Never uses emscripten ports (-sUSE_*): they download and fail here.
# Prints the cache folder on its last line. Safe to run again: a finished cache is reused.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
CACHE_ROOT="${TAFEL_WEB_CACHE:-/var/cache/tafelgesprek}"
JOBS="${TAFEL_WEB_JOBS:-2}"

# --- Debian packages -------------------------------------------------------------------------
packages=(emscripten chromium nodejs npm dpkg-dev autotools-dev meson ninja-build pkg-config python3
          libcereal-dev rapidjson-dev libstb-dev fonts-dejavu-core xz-utils ca-certificates)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may come from another repository (NodeSource): then node and npm are there already.
if command -v node >/dev/null && command -v npm >/dev/null; then
  tmp=(); for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || tmp+=("$p"); done; missing=("${tmp[@]}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Ontbrekende pakketten installeren: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

export NODE_PATH=/usr/share/nodejs EMSDK_PYTHON=/usr/bin/python3

# --- Debian source packages --------------------------------------------------------------------
SRC="$CACHE_ROOT/web-src"
mkdir -p "$SRC/lists/partial"
have_sources() { ls "$SRC"/libsdl2_*.dsc "$SRC"/imgui_*.dsc "$SRC"/cairo_*.dsc "$SRC"/pixman_*.orig.tar.* "$SRC"/zlib_*.dsc "$SRC"/libpng1.6_*.dsc "$SRC"/freetype_*.dsc >/dev/null 2>&1; }
if ! have_sources; then
  echo 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main' > "$SRC/src.list"
  A=(-o Dir::Etc::SourceList="$SRC/src.list" -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists="$SRC/lists")
  apt-get "${A[@]}" update -qq >&2
  # pixman's .diff.gz may answer 404: its orig tarball is enough, so fetch it on its own.
  (cd "$SRC" && apt-get "${A[@]}" source --download-only libsdl2 imgui cairo zlib libpng1.6 freetype >&2)
  (cd "$SRC" && { apt-get "${A[@]}" source --download-only pixman >&2 || ls pixman_*.orig.tar.* >/dev/null; })
fi

emver="$(dpkg-query -W -f='${Version}' emscripten)"
srcs="$(cd "$SRC" && ls libsdl2_* imgui_* | sort | tr '\n' ' ')"
key="$( { echo "$emver"; echo "$srcs"; cat "$0"; } | sha256sum | cut -c1-16)"
OUT="$CACHE_ROOT/web-$key"
if [ -f "$OUT/.done" ]; then echo "$OUT"; exit 0; fi
rm -rf "$OUT"
mkdir -p "$OUT/lib" "$OUT/include" "$OUT/build"
B="$OUT/build"
RUN="nice -n 10"
CFLAGS_COMMON="-O2"

unpack() {  # unpack NAME into $B/NAME (orig tarball, plus the Debian patches when there are)
  local name="$1" dsc
  dsc="$(ls "$SRC/${name}"_*.dsc 2>/dev/null | head -1 || true)"
  if [ -n "$dsc" ] && [ -f "$(ls "$SRC/${name}"_*.debian.tar.* 2>/dev/null | head -1)" ]; then
    dpkg-source --skip-debianization -x "$dsc" "$B/$name" >&2 2>/dev/null || dpkg-source -x "$dsc" "$B/$name" >&2
  else
    mkdir -p "$B/$name"
    tar -xf "$(ls "$SRC/${name}"_*.orig.tar.* | head -1)" -C "$B/$name" --strip-components=1
  fi
}

# Compiles a list of sources in parallel into one static library.
compile_lib() {  # compile_lib LIB.a "FLAGS" FILES...
  local lib="$1" flags="$2"; shift 2
  local objdir="$B/obj-$(basename "$lib" .a)"
  mkdir -p "$objdir"
  printf '%s\n' "$@" | $RUN xargs -P "$JOBS" -I{} sh -c \
    'f="{}"; o="'"$objdir"'/$(echo "$f" | tr / _).o"; case "$f" in *.cpp) c=em++;; *) c=emcc;; esac; $c '"$flags"' -c "$f" -o "$o" || { echo "kan $f niet bouwen" >&2; exit 255; }'
  emar rcs "$lib" "$objdir"/*.o
}

# --- SDL2 ---------------------------------------------------------------------------------------
echo "SDL2 bouwen (WebAssembly)..." >&2
unpack libsdl2
S="$B/libsdl2"
cp "$S/include/SDL_config_emscripten.h" "$S/include/SDL_config.h"
sdl_dirs=(src src/atomic src/audio src/audio/emscripten src/audio/disk src/audio/dummy src/cpuinfo src/dynapi
  src/events src/file src/filesystem/emscripten src/haptic src/haptic/dummy src/joystick src/joystick/emscripten
  src/joystick/virtual src/loadso/dlopen src/locale src/locale/emscripten src/misc src/misc/emscripten src/power
  src/power/emscripten src/render src/render/software src/render/opengles2 src/sensor src/sensor/dummy src/stdlib
  src/thread src/thread/generic src/timer src/timer/unix src/video src/video/emscripten src/video/yuv2rgb)
sdl_files=()
for d in "${sdl_dirs[@]}"; do for f in "$S/$d"/*.c; do [ -f "$f" ] && sdl_files+=("$f"); done; done
compile_lib "$OUT/lib/libSDL2.a" "$CFLAGS_COMMON -I$S/include -DUSING_GENERATED_CONFIG_H" "${sdl_files[@]}"
mkdir -p "$OUT/include/SDL2"
cp "$S"/include/*.h "$OUT/include/SDL2/"

# --- Dear ImGui 1.86 (the app draws with its own GL renderer: only the core files) --------------
echo "Dear ImGui bouwen..." >&2
unpack imgui
I="$B/imgui"
compile_lib "$OUT/lib/libimgui.a" "$CFLAGS_COMMON -I$I" "$I/imgui.cpp" "$I/imgui_draw.cpp" "$I/imgui_tables.cpp" "$I/imgui_widgets.cpp" "$I/imgui_demo.cpp"
mkdir -p "$OUT/include/imgui"
cp "$I"/imgui.h "$I"/imconfig.h "$I"/imgui_internal.h "$I"/imstb_*.h "$OUT/include/imgui/"

# --- stb (from libstb-dev's headers), cereal, RapidJSON ----------------------------------------
echo "stb bouwen..." >&2
mkdir -p "$B/stb"
printf '#define STB_IMAGE_IMPLEMENTATION\n#include <stb_image.h>\n' > "$B/stb/stb_image.c"
printf '#define STB_IMAGE_WRITE_IMPLEMENTATION\n#include <stb_image_write.h>\n' > "$B/stb/stb_image_write.c"
mkdir -p "$OUT/include/stb"
cp /usr/include/stb/stb_image.h /usr/include/stb/stb_image_write.h "$OUT/include/stb/"
compile_lib "$OUT/lib/libstb.a" "$CFLAGS_COMMON -I$OUT/include/stb" "$B/stb/stb_image.c" "$B/stb/stb_image_write.c"
cp -r /usr/include/cereal /usr/include/rapidjson "$OUT/include/"

rm -rf "$B"
touch "$OUT/.done"
echo "$OUT"
