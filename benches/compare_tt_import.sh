#!/usr/bin/env bash
# Side-by-side TMX import: relais store only (--no-index), relais store +
# index, and Translate Toolkit 3.20.4 loading the same file
# (translate.storage.tmx.tmxfile). Each is run ROUNDS times, interleaved,
# and the medians are printed: wall time, units per second, peak memory
# (maximum resident set size, as /usr/bin/time -v reports it) and, for
# relais, the TM's size on disk (every file of the store).
#
# Usage:
#   cargo build --release
#   python3 -m venv /tmp/ttvenv && /tmp/ttvenv/bin/pip install translate-toolkit==3.20.4 rapidfuzz
#   benches/compare_tt_import.sh [TMX or TMX.gz] [ROUNDS]
#
# Defaults: the 581 k-unit Tatoeba TMX of ../shared/corpus/big, 3 rounds.
# Environment: TT_PYTHON (default /tmp/ttvenv/bin/python), RELAIS (default
# target/release/relais), WORK (default target/bench-tm).
set -euo pipefail
cd "$(dirname "$0")/.."
INPUT=${1:-../shared/corpus/big/tatoeba-test-v2021-08-07_eng-centric_581k.tmx.gz}
ROUNDS=${2:-3}
TT_PYTHON=${TT_PYTHON:-/tmp/ttvenv/bin/python}
RELAIS=${RELAIS:-target/release/relais}
WORK=${WORK:-target/bench-tm}
mkdir -p "$WORK"

[ -x "$RELAIS" ] || { echo "build first: cargo build --release" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
"$TT_PYTHON" -c 'import translate.storage.tmx' 2>/dev/null || {
  echo "Translate Toolkit not found for $TT_PYTHON (see the header of this script)" >&2; exit 2; }

# Both tools read the same uncompressed file.
TMX="$WORK/$(basename "${INPUT%.gz}")"
if [ ! -s "$TMX" ]; then
  case "$INPUT" in *.gz) gzip -dc "$INPUT" > "$TMX" ;; *) cp "$INPUT" "$TMX" ;; esac
fi
SIZE=$(stat -c %s "$TMX")

# run NAME CMD...: appends "seconds peak_kb" to $WORK/NAME.times
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.out" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" || {
    cat "$WORK/$name.err" >&2; exit 1; }
  cat "$WORK/time.out" >> "$WORK/$name.times"
}

rm -f "$WORK"/{store,index,tt}.times "$WORK"/{store,index}.disk
for round in $(seq "$ROUNDS"); do
  echo "round $round/$ROUNDS" >&2
  rm -rf "$WORK/tm-store"
  run store "$RELAIS" --tm "$WORK/tm-store" --json tm import --no-index "$TMX"
  du -sb "$WORK/tm-store" | cut -f1 >> "$WORK/store.disk"
  rm -rf "$WORK/tm-index"
  run index "$RELAIS" --tm "$WORK/tm-index" --json tm import "$TMX"
  du -sb "$WORK/tm-index" | cut -f1 >> "$WORK/index.disk"
  run tt "$TT_PYTHON" -c '
import sys, time
from translate.storage import tmx
start = time.perf_counter()
store = tmx.tmxfile.parsefile(sys.argv[1])
print(len(store.units), time.perf_counter() - start)
' "$TMX"
done
UNITS=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["units_read"])' "$WORK/index.out")
TT_UNITS=$(cut -d' ' -f1 "$WORK/tt.out")

python3 - "$WORK" "$UNITS" "$TT_UNITS" "$SIZE" "$TMX" <<'EOF'
import statistics, sys, platform, datetime, os
work, units, tt_units, size, tmx = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
def rows(name):
    return [tuple(map(float, l.split())) for l in open(f"{work}/{name}.times") if l.strip()]
def disk(name):
    p = f"{work}/{name}.disk"
    return statistics.median(int(l) for l in open(p)) if os.path.exists(p) else None
print(f"{datetime.date.today()}  {platform.node()}  {os.cpu_count()} cores  input {tmx} ({size/1e6:.1f} MB, {units} units read by relais, {tt_units} by Translate Toolkit)")
print(f"medians of {len(rows('tt'))} interleaved rounds\n")
print("| tool | wall (s) | units/s | peak RSS (MB) | on disk (MB) | disk / TMX |")
print("|---|---|---|---|---|---|")
base = statistics.median(r[0] for r in rows("tt"))
for name, label in [("store", "relais tm import --no-index"), ("index", "relais tm import (store + index)"), ("tt", "Translate Toolkit 3.20.4 tmxfile")]:
    r = rows(name)
    wall = statistics.median(x[0] for x in r)
    rss = statistics.median(x[1] for x in r) / 1024
    d = disk(name)
    n = tt_units if name == "tt" else units
    print(f"| {label} | {wall:.2f} | {n/wall:,.0f} | {rss:.0f} | {'' if d is None else f'{d/1e6:.0f}'} | {'' if d is None else f'{d/size:.2f}x'} |")
print(f"\nstore only vs Translate Toolkit: {base / statistics.median(x[0] for x in rows('store')):.2f}x faster (wall, medians)")
EOF
