#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless (offscreen OpenGL).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cd build
SDL_VIDEODRIVER=offscreen ctest -j"$(nproc)" --output-on-failure --timeout 600
