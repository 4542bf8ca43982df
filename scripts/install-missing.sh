#!/usr/bin/env bash
# Installs those of the named Debian packages that are missing (apt-get update once, only when
# something is missing). Everything it says goes to stderr, so scripts that print a path on
# stdout can call it.
set -euo pipefail
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Ontbrekende pakketten installeren: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "Voor de installatie zijn beheerdersrechten nodig: start dit script met sudo." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
