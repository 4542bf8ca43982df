#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless (offscreen OpenGL):
#   1. the core tests under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/);
#   2. the whole suite on the Release build (build/): core, input feed, layers, and the
#      harness tests that drive the real app through its touch path;
#   3. the Windows build under Wine (scripts/windows/test.sh: the zip, the core tests, and the
#      real exe driven from a folder whose path has a space and "ë");
#   4. the web page in headless Chromium with real CDP touch events (scripts/web/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export CCACHE_BASEDIR="$PWD"

echo "== Kerntests met AddressSanitizer en UndefinedBehaviorSanitizer (build-asan/)"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DTAFEL_SANITIZE=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build build-asan -j"$(nproc)" --target core_tests
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 build-asan/tests/core_tests --gtest_brief=1

echo "== Alle tests op de Release-build (build/)"
cd build
SDL_VIDEODRIVER=offscreen ctest -j"$(nproc)" --output-on-failure --timeout 900

echo "== De Windows-versie onder Wine (build-win/, dist/Tafelgesprek-windows-x64.zip)"
cd ..
scripts/windows/test.sh

echo "== De webversie in headless Chromium (build-web/, dist/tafelgesprek.html)"
scripts/web/test.sh
