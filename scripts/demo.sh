#!/usr/bin/env bash
# Installs what is missing, builds, and starts Tafelgesprek on the bundled demo session.
# Extra arguments go to the app, e.g. scripts/demo.sh --windowed 1600x900
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/tafelgesprek "$@" demo
