#!/usr/bin/env bash
# Installs the Debian packages Tafelgesprek needs (when missing), then configures and
# builds a Release build into build/. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config python3
  libsdl2-dev libimgui-dev python3-glad libstb-dev
  libcereal-dev rapidjson-dev libgtest-dev libcli11-dev libcairo2-dev
  fonts-dejavu-core libgl1-mesa-dri libgl-dev xvfb xauth
  poppler-utils ccache
)

scripts/install-missing.sh "${packages[@]}"

# ccache keeps compiled files between builds (paths relative to this folder, so a fresh clone
# in another folder reuses them too).
export CCACHE_BASEDIR="$PWD"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build build -j"$(nproc)"
