#!/usr/bin/env bash
# Builds the web page of Tafelgesprek with Debian's emscripten:
#   dist/tafelgesprek-web/index.html (+ index.js, index.wasm)   for a web server or a folder
#   dist/tafelgesprek.html                                      one self-contained file (file:// too)
# Installs what is missing and builds the dependencies first (cached, see build-deps.sh).
# The build folder is build-web/ (TAFEL_WEB_BUILD overrides).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
deps="$(scripts/web/build-deps.sh | tail -1)"
pdf_deps=""
if [ "${TAFEL_WEB_PDF:-1}" = 1 ]; then
  pdf_deps="$(scripts/web/build-deps-pdf.sh | tail -1)" || pdf_deps=""
fi
export NODE_PATH=/usr/share/nodejs EMSDK_PYTHON=/usr/bin/python3
build="${TAFEL_WEB_BUILD:-$root/build-web}"
emcmake cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=MinSizeRel -DTAFEL_WARNINGS_AS_ERRORS=OFF -DTAFEL_WEB_DEPS="$deps" -DTAFEL_WEB_PDF_DEPS="$pdf_deps" >/dev/null
nice -n 10 cmake --build "$build" -j"${TAFEL_WEB_JOBS:-2}" --target tafelgesprek-web tafelgesprek-single
rm -rf dist/tafelgesprek-web dist/tafelgesprek.html
mkdir -p dist/tafelgesprek-web
cp "$build"/web/index.html "$build"/web/index.js "$build"/web/index.wasm dist/tafelgesprek-web/
cp "$build"/single/tafelgesprek.html dist/tafelgesprek.html
echo "Webversie gebouwd: dist/tafelgesprek-web/ en dist/tafelgesprek.html"
