#!/usr/bin/env bash
# Windows harness tests: the real Tafelgesprek.exe, unzipped from dist/Tafelgesprek-windows-x64.zip
# into a folder whose path has a space and "ë", run under Wine the way a school would use it
# (assets and fonts found beside the exe). Run by ctest in the Windows build (scripts/windows/test.sh).
# Usage: harness.sh CASE ZIP SOURCE_DIR [SCREENSHOT_DIR]
# CASE: board | arena | report | hostile | console
set -euo pipefail
case_name="$1" zip="$2" src="$3" shots="${4:-}"
export WINEDEBUG=-all
[ -n "${WINEPREFIX:-}" ] || { echo "WINEPREFIX is not set (scripts/windows/test.sh sets it)" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/tafel-win-$case_name-XXXXXX")"
trap 'rm -rf "$work"' EXIT
dir="$work/Map met ë"
mkdir -p "$dir"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$zip" "$dir"
app="$dir/Tafelgesprek/Tafelgesprek.exe"
data="$dir/Sessies van Zoë"
mkdir -p "$data"

failures=0
fail() { echo "FOUT ($case_name): $*" >&2; failures=$((failures + 1)); }
win() { local p="${1//\//\\}"; printf 'Z:%s' "$p"; }  # Wine's Z: drive is /

# run EXE ARGS...: runs under Wine with the sessions folder set; stdout, stderr and the exit code
# end up in $out, $err and $code.
run() {
  local exe="$1"; shift
  set +e
  timeout 300 wine "$exe" --sessions "$(win "$data/sessies")" "$@" >"$work/out" 2>"$work/err" </dev/null
  code=$?
  set -e
  out="$(cat "$work/out")"; err="$(cat "$work/err")"
}
must() {  # must ARGS...: run the exe, exit code 0 expected
  run "$app" "$@"
  [ "$code" -eq 0 ] || fail "exit $code for: $* :: $err"
}
expect_file() {  # expect_file ACTUAL EXPECTED
  cmp -s "$1" "$2" || { fail "$(basename "$1") differs from $(basename "$2")"; diff <(cat -A "$2") <(cat -A "$1") >&2 || true; }
}
contains() {  # contains TEXT WANTED WHAT
  grep -qF -- "$2" <<<"$1" || fail "$3: '$2' not found"
}
keep_screenshot() { [ -z "$shots" ] || { mkdir -p "$shots"; cp "$1" "$shots/$2"; }; }
png_size() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"; }

case "$case_name" in
board)
  # Several people at once on the board: the same board and action CSVs as on Linux.
  s="$data/tafel van Zoë.tafel"
  must new rondomjong --out "$(win "$s")" --title "Rondom Jong" --school "Het Baken"
  must play "$(win "$s")" --input "$(win "$src/tests/scripts/board_many_people.jsonl")" --screenshot "$(win "$data/bord.png")"
  must export "$(win "$s")" --format board-csv --out "$(win "$data/bord.csv")"
  must export "$(win "$s")" --format actions-csv --out "$(win "$data/acties.csv")"
  expect_file "$data/bord.csv" "$src/tests/windows/expected/board_many_people.board.csv"
  expect_file "$data/acties.csv" "$src/tests/windows/expected/board_many_people.actions.csv"
  [ "$(png_size "$data/bord.png")" = 1920x1080 ] || fail "screenshot size $(png_size "$data/bord.png")"
  keep_screenshot "$data/bord.png" board.png
  must check "$(win "$s")"
  contains "$out" "gebeurtenissen" "check"
  ;;
arena)
  # The whole effectenarena programme walked with fingers: the same arena CSV as on Linux.
  s="$data/arena.tafel"
  must new effectenarena --out "$(win "$s")" --title "Effectenarena test"
  must play "$(win "$s")" --input "$(win "$src/tests/scripts/arena_programme.jsonl")" --screenshot "$(win "$data/plenair.png")"
  must export "$(win "$s")" --format arena-csv --out "$(win "$data/arena.csv")"
  expect_file "$data/arena.csv" "$src/tests/windows/expected/arena_programme.arena.csv"
  must export "$(win "$s")" --format md --out "$(win "$data/arena.md")"
  contains "$(cat "$data/arena.md")" "**Doel:** Mohammed voelt zich op school gezien en gehoord" "arena md"
  keep_screenshot "$data/plenair.png" arena-plenary.png
  s2="$data/stap.tafel"
  must new effectenarena --out "$(win "$s2")"
  must play "$(win "$s2")" --input "$(win "$src/tests/scripts/arena_step_view.jsonl")" --screenshot "$(win "$data/stap.png")"
  [ "$(png_size "$data/stap.png")" = 1920x1080 ] || fail "step view screenshot size"
  keep_screenshot "$data/stap.png" arena-step.png
  ;;
report)
  # The pdf report, read back as text (Wine substitutes fonts, so the text is what is compared).
  s="$data/verslag van Zoë.tafel"
  must new rondomjong --out "$(win "$s")" --title "Rondom Jong" --school "Scholengemeenschap Het Baken"
  must play "$(win "$s")" --input "$(win "$src/tests/scripts/board_many_people.jsonl")"
  must export "$(win "$s")" --format pdf --out "$(win "$data/verslag.pdf")"
  text="$(pdftotext -enc UTF-8 "$data/verslag.pdf" - | tr -s ' \n' '  ')"
  contains "$text" "Scholengemeenschap Het Baken" "pdf"
  contains "$text" "Sanne de Vries" "pdf"
  contains "$text" "Mentoruur over stress" "pdf"
  contains "$text" "Joost" "pdf"
  pdfinfo "$data/verslag.pdf" | grep -q "595.28 x 841.89" || fail "pdf is not A4"
  must export "$(win "$dir/Tafelgesprek/assets/demo/demo-effectenarena.tafel")" --format pdf --out "$(win "$data/arena.pdf")"
  text="$(pdftotext -enc UTF-8 "$data/arena.pdf" - | tr -s ' \n' '  ')"
  contains "$text" "Mohammed" "arena pdf"
  grep -qa "/Subtype /Image" "$data/arena.pdf" || fail "the persona picture is missing from the arena pdf"
  ;;
hostile)
  # Broken and hostile session files: check refuses each with one Dutch sentence and exit 1,
  # and leaves the file byte for byte as it was.
  h="$data/vijandig"
  mkdir -p "$h"
  printf '' > "$h/leeg.tafel"
  printf '{"format":"tafelgesprek-sessie","version":1,' > "$h/afgebroken.tafel"
  python3 -c 'import sys; open(sys.argv[1],"w").write("["*200000)' "$h/diep genest.tafel"
  printf '\xff\xfe\x00garbage\x00' > "$h/binair.tafel"
  printf '{"format":"iets anders","version":1}' > "$h/ander formaat.tafel"
  printf '{"format":"tafelgesprek-sessie","version":999}' > "$h/te nieuw.tafel"
  printf '[1,2,3]' > "$h/geen object.tafel"
  printf '{"format":"tafelgesprek-sessie","version":1,"meta":{"kind":"rondomjong"},"content":{},"events":[{"kind":"bestaat-niet"}]}' > "$h/Zoë kapot.tafel"
  for f in "$h"/*.tafel; do
    cp "$f" "$work/before"
    run "$app" check "$(win "$f")"
    [ "$code" -eq 1 ] || fail "check $(basename "$f"): exit $code"
    [ "$(grep -c . <<<"$err")" -eq 1 ] || fail "check $(basename "$f"): not one line: $err"
    contains "$err" "tafelgesprek: " "check $(basename "$f")"
    cmp -s "$f" "$work/before" || fail "check $(basename "$f") changed the file"
  done
  run "$app" check "$(win "$h/bestaat niet.tafel")"
  [ "$code" -eq 1 ] && contains "$err" "bestaat niet" "missing file" || fail "missing file: exit $code $err"
  # new never overwrites an existing file.
  printf 'van iemand anders\n' > "$h/bezet.tafel"
  run "$app" new rondomjong --out "$(win "$h/bezet.tafel")"
  [ "$code" -eq 1 ] || fail "new over an existing file: exit $code"
  contains "$err" "bestaat al" "new over an existing file"
  [ "$(cat "$h/bezet.tafel")" = "van iemand anders" ] || fail "new overwrote a file"
  ;;
console)
  # Tafelgesprek.com (console) for cmd: the same sentences and exit codes; --help works.
  com="$dir/Tafelgesprek/Tafelgesprek.com"
  s="$data/één.tafel"
  run "$com" new rondomjong --out "$(win "$s")"
  [ "$code" -eq 0 ] || fail "new through the .com: exit $code $err"
  run "$com" check "$(win "$s")"
  [ "$code" -eq 0 ] || fail "check through the .com: exit $code $err"
  contains "$out" "0 gebeurtenissen" "check through the .com"
  run "$com" check "$(win "$data/bestaat niet.tafel")"
  [ "$code" -eq 1 ] || fail "check of a missing file through the .com: exit $code"
  run "$app" --help
  [ "$code" -eq 0 ] && contains "$out" "export" "--help" || fail "--help: exit $code"
  # Portable folder: with portable.txt beside the exe, sessions go to "sessies" beside it.
  : > "$dir/Tafelgesprek/portable.txt"
  set +e; timeout 300 wine "$app" --quit-after 0.5 demo >"$work/out" 2>"$work/err" </dev/null; code=$?; set -e
  [ "$code" -eq 0 ] || fail "demo in a portable folder: exit $code $(cat "$work/err")"
  ls "$dir/Tafelgesprek/sessies/"*.tafel >/dev/null 2>&1 || fail "the demo was not copied into the portable sessies folder"
  ;;
*) echo "unknown case $case_name" >&2; exit 2 ;;
esac

if [ "$failures" -ne 0 ]; then
  echo "$case_name: $failures failures" >&2
  exit 1
fi
echo "$case_name: all checks passed"
