#!/usr/bin/env bash
# Builds cairo (PDF surface, PNG for persona pictures, FreeType fonts) with FreeType, pixman, libpng
# and zlib for WebAssembly, from Debian source packages, into /var/cache/tafelgesprek/web-pdf-<key>.
# Needs build-deps.sh to have fetched the sources (it does so on its own run). No fontconfig: the
# report opens DejaVu Sans from the page's embedded files itself (report/pdf_fonts_web.cpp), and
# cairo embeds subsets of it in the PDF, as on the desktop.
# Prints the cache folder on its last line. Safe to run again.
set -euo pipefail
CACHE_ROOT="${TAFEL_WEB_CACHE:-/var/cache/tafelgesprek}"
JOBS="${TAFEL_WEB_JOBS:-2}"
SRC="$CACHE_ROOT/web-src"
export NODE_PATH=/usr/share/nodejs EMSDK_PYTHON=/usr/bin/python3
emver="$(dpkg-query -W -f='${Version}' emscripten)"
srcs="$(cd "$SRC" && ls cairo_* pixman_* zlib_* libpng1.6_* freetype_* | sort | tr '\n' ' ')"
key="$( { echo "$emver"; echo "$srcs"; cat "$0"; } | sha256sum | cut -c1-16)"
OUT="$CACHE_ROOT/web-pdf-$key"
if [ -f "$OUT/.done" ]; then echo "$OUT"; exit 0; fi
rm -rf "$OUT"; mkdir -p "$OUT/lib/pkgconfig" "$OUT/include" "$OUT/build"
B="$OUT/build"
RUN="nice -n 10"
export EM_PKG_CONFIG_PATH="$OUT/lib/pkgconfig" PKG_CONFIG_PATH="$OUT/lib/pkgconfig" PKG_CONFIG_LIBDIR="$OUT/lib/pkgconfig"

# --- zlib: compiled straight from its sources ------------------------------------------------
echo "zlib bouwen..." >&2
mkdir -p "$B/zlib"; tar -xf "$SRC"/zlib_*.orig.tar.* -C "$B/zlib" --strip-components=1
mkdir -p "$B/zlib-obj"
for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback inffast inflate inftrees trees uncompr zutil; do
  $RUN emcc -O2 -DHAVE_UNISTD_H -DHAVE_STDARG_H -c "$B/zlib/$f.c" -o "$B/zlib-obj/$f.o"
done
emar rcs "$OUT/lib/libz.a" "$B"/zlib-obj/*.o
cp "$B/zlib/zlib.h" "$B/zlib/zconf.h" "$OUT/include/"
zver="$(sed -n 's/#define ZLIB_VERSION "\(.*\)"/\1/p' "$B/zlib/zlib.h")"
printf 'prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include\nName: zlib\nDescription: zlib\nVersion: %s\nLibs: -L${libdir} -lz\nCflags: -I${includedir}\n' "$OUT" "$zver" > "$OUT/lib/pkgconfig/zlib.pc"

# --- libpng: compiled straight from its sources with its prebuilt configuration ---------------
echo "libpng bouwen..." >&2
mkdir -p "$B/libpng" "$B/libpng-obj"; tar -xf "$SRC"/libpng1.6_*.orig.tar.* -C "$B/libpng" --strip-components=1
cp "$B/libpng/scripts/pnglibconf.h.prebuilt" "$B/libpng/pnglibconf.h"
for f in png pngerror pngget pngmem pngpread pngread pngrio pngrtran pngrutil pngset pngtrans pngwio pngwrite pngwtran pngwutil; do
  $RUN emcc -O2 -DPNG_ARM_NEON_OPT=0 -I"$B/libpng" -I"$OUT/include" -c "$B/libpng/$f.c" -o "$B/libpng-obj/$f.o"
done
emar rcs "$OUT/lib/libpng16.a" "$B"/libpng-obj/*.o
mkdir -p "$OUT/include/libpng16"
cp "$B/libpng/png.h" "$B/libpng/pngconf.h" "$B/libpng/pnglibconf.h" "$OUT/include/libpng16/"
pver="$(sed -n 's/^#define PNG_LIBPNG_VER_STRING "\(.*\)"/\1/p' "$B/libpng/png.h")"
printf 'prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include/libpng16\nName: libpng\nDescription: libpng\nVersion: %s\nRequires: zlib\nLibs: -L${libdir} -lpng16\nCflags: -I${includedir}\n' "$OUT" "$pver" > "$OUT/lib/pkgconfig/libpng.pc"
cp "$OUT/lib/pkgconfig/libpng.pc" "$OUT/lib/pkgconfig/libpng16.pc"

# --- pixman: meson with a cross file; no threads (wasm without pthreads) ------------------------
echo "pixman bouwen..." >&2
mkdir -p "$B/pixman"; tar -xf "$SRC"/pixman_*.orig.tar.* -C "$B/pixman" --strip-components=1
sed -i "s/dependency('threads')/dependency('', required : false)/" "$B/pixman/meson.build"
cat > "$B/cross.txt" <<CROSS
[binaries]
c = 'emcc'
cpp = 'em++'
ar = 'emar'
ranlib = 'emranlib'
pkgconfig = 'pkg-config'
[host_machine]
system = 'emscripten'
cpu_family = 'wasm32'
cpu = 'wasm32'
endian = 'little'
CROSS
off=""; for o in loongson-mmi mmx sse2 ssse3 vmx arm-simd neon a64-neon iwmmxt mips-dspr2 gnu-inline-asm openmp gtk libpng tests; do off="$off -D$o=disabled"; done
(cd "$B/pixman" && $RUN meson setup build --cross-file "$B/cross.txt" --prefix "$OUT" --libdir lib \
   --default-library=static --buildtype=release -Dtls=disabled -Dc_args=-DPIXMAN_NO_TLS -Dtimers=false $off >&2 \
 && $RUN ninja -C build -j"$JOBS" >&2 && ninja -C build install >&2)

# --- FreeType: meson with the same cross file; only the modules a TrueType file needs ----------
# (truetype, sfnt, psnames, smooth): the other font formats, hinters and rasterizers would only
# make the page larger.
echo "FreeType bouwen..." >&2
mkdir -p "$B/freetype"; tar -xf "$(ls "$SRC"/freetype_*.orig.tar.* | grep -v -- '-ft2' | head -1)" -C "$B/freetype" --strip-components=1
sed -i -E 's/^(FONT|HINTING|RASTER|AUX)_MODULES \+= (type1|cff|cid|pfr|type42|winfonts|pcf|bdf|autofit|pshinter|raster|svg|sdf|cache|gzip|lzw|bzip2|psaux)$/# &/' "$B/freetype/modules.cfg"
# ftinit.c reads the ftmodule.h under include/, not the one meson makes from modules.cfg.
(cd "$B/freetype" && python3 builds/meson/parse_modules_cfg.py --format=ftmodule.h modules.cfg --output include/freetype/config/ftmodule.h)
(cd "$B/freetype" && $RUN meson setup build --cross-file "$B/cross.txt" --prefix "$OUT" --libdir lib \
   --default-library=static --buildtype=release -Dzlib=disabled -Dbzip2=disabled -Dpng=disabled \
   -Dharfbuzz=disabled -Dbrotli=disabled -Dmmap=disabled -Dtests=disabled >&2 \
 && $RUN ninja -C build -j"$JOBS" >&2 && ninja -C build install >&2)

# --- cairo: autotools, PDF surface, FreeType fonts (no fontconfig), no X11/GL/threads ---------
echo "cairo bouwen..." >&2
mkdir -p "$B/cairo"; tar -xf "$SRC"/cairo_*.orig.tar.* -C "$B/cairo" --strip-components=1
cp /usr/share/misc/config.sub /usr/share/misc/config.guess "$B/cairo/build/"
(cd "$B/cairo" && ax_cv_c_float_words_bigendian=no CFLAGS="-O2 -DCAIRO_NO_MUTEX=1" CPPFLAGS="-I$OUT/include" LDFLAGS="-L$OUT/lib" \
   $RUN emconfigure ./configure --host=wasm32-unknown-emscripten --prefix="$OUT" --enable-static --disable-shared \
   --enable-pdf=yes --enable-ps=no --enable-svg=no --enable-png=yes --enable-script=no --enable-ft=yes --enable-fc=no \
   --enable-xlib=no --enable-xlib-xrender=no --enable-xcb=no --enable-xcb-shm=no --enable-gl=no --enable-glesv2=no \
   --enable-egl=no --enable-glx=no --enable-gobject=no --enable-trace=no --enable-interpreter=no \
   --enable-symbol-lookup=no --enable-pthread=no --disable-valgrind --enable-full-testing=no >&2 \
 && $RUN emmake make -C src -j"$JOBS" >&2 && emmake make -C src install >&2)
cp "$B/cairo/cairo-version.h" "$OUT/include/cairo/" 2>/dev/null || true
rm -rf "$B"
touch "$OUT/.done"
echo "$OUT"
