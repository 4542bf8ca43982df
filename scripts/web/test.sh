#!/usr/bin/env bash
# Builds the web page and tests it in Debian's headless Chromium with real touch input.
# Idempotent: installs missing packages, restores or builds the dependency cache
# (/var/cache/tafelgesprek/web-*), installs the pinned puppeteer-core (no browser download),
# builds dist/tafelgesprek-web/ and dist/tafelgesprek.html, then runs tests/web with node's
# test runner, whose summary ends the output. The native app (build/tafelgesprek) is needed
# for the session-file tests: scripts/setup.sh builds it when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
[ -x build/tafelgesprek ] || scripts/setup.sh
scripts/web/build.sh
(cd tests/web && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

# Sizes of what a panel downloads (gzip -9, as a web server would send it).
gz() { gzip -9 -c "$@" | wc -c; }
single=$(stat -c %s dist/tafelgesprek.html)
echo "Grootte: dist/tafelgesprek.html $single bytes, gzip $(gz dist/tafelgesprek.html) bytes"
echo "Grootte: dist/tafelgesprek-web/ $(cat dist/tafelgesprek-web/* | wc -c) bytes, gzip $(( $(gz dist/tafelgesprek-web/index.html) + $(gz dist/tafelgesprek-web/index.js) + $(gz dist/tafelgesprek-web/index.wasm) )) bytes"

export TAFEL_NATIVE="$root/build/tafelgesprek"
export TAFEL_WEB_SHOTS="${TAFEL_WEB_SHOTS:-$root/build-web/screenshots}"
cd tests/web
node --test --test-concurrency=1 --test-reporter=tap
