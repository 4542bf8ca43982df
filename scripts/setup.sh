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

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Ontbrekende pakketten installeren: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Voor de installatie zijn beheerdersrechten nodig: start dit script met sudo." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ccache keeps compiled files between builds (paths relative to this folder, so a fresh clone
# in another folder reuses them too).
export CCACHE_BASEDIR="$PWD"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build build -j"$(nproc)"
