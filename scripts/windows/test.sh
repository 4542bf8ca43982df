#!/usr/bin/env bash
# Tafelgesprek for 64-bit Windows: installs what is missing, builds the dependencies from Debian
# source packages (once; then from the cache folder, see build-deps.sh), cross-builds the app and
# its tests with mingw-w64 into build-win/, makes dist/Tafelgesprek-windows-x64.zip, and runs the
# Windows tests under Wine (a fresh Wine prefix, Xvfb for the display) through ctest.
# Safe to run again. TAFEL_JOBS sets the parallel jobs (2).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
jobs="${TAFEL_JOBS:-2}"

packages=(wine xvfb xauth poppler-utils fonts-dejavu-core python3 python3-glad cmake ninja-build)
scripts/install-missing.sh "${packages[@]}"

t0=$(date +%s)
deps="$(scripts/windows/build-deps.sh | tail -n 1)"
t1=$(date +%s)
echo "Windows-bibliotheken klaar in $deps ($((t1 - t0)) s)."

# Dependencies built with another key: configure afresh, so that no cached path points to the old ones.
if [ -f build-win/CMakeCache.txt ] && ! grep -qx "TAFEL_WINDOWS_DEPS:UNINITIALIZED=$deps" build-win/CMakeCache.txt \
   && ! grep -qx "TAFEL_WINDOWS_DEPS:PATH=$deps" build-win/CMakeCache.txt; then
  rm -f build-win/CMakeCache.txt
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-win -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$root/scripts/windows/toolchain-mingw64.cmake" -DTAFEL_WINDOWS_DEPS="$deps" \
  -DCMAKE_GTEST_DISCOVER_TESTS_DISCOVERY_MODE=PRE_TEST -DTAFEL_WARNINGS_AS_ERRORS=OFF \
  "${launcher[@]}" >/dev/null
nice -n 10 cmake --build build-win -j"$jobs"
t2=$(date +%s)
echo "Windows-versie gebouwd in $((t2 - t1)) s: dist/Tafelgesprek-windows-x64.zip ($(stat -c %s dist/Tafelgesprek-windows-x64.zip) bytes)."

# A fresh Wine prefix for every run, removed afterwards.
export WINEPREFIX
WINEPREFIX="$(mktemp -d "${TMPDIR:-/tmp}/tafel-wine-XXXXXX")"
export WINEDEBUG=-all
cleanup() { wineserver -k >/dev/null 2>&1 || true; rm -rf "$WINEPREFIX"; }
trap cleanup EXIT
wineboot -i >/dev/null 2>&1 || { echo "Wine kan geen nieuwe omgeving maken in $WINEPREFIX." >&2; exit 1; }
wineserver -w  # the next Wine server must start inside Xvfb, with its display

# One X server for all tests; the Wine server stays up between them (-p), so each run is quick.
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
  wineserver -p
  # Start Wine'"'"'s services now, so that none of them inherits the output pipe of a test.
  wine cmd /c exit >/dev/null 2>&1 </dev/null
  cd build-win && ctest -j'"$jobs"' --output-on-failure --timeout 600
  rc=$?
  wineserver -k
  exit $rc'
t3=$(date +%s)
echo "Windows-tests onder Wine: $((t3 - t2)) s."
