#!/usr/bin/env bash
# The TM figures of the README on the shared corpus: import rate with
# indexing, peak memory and size on disk, lookup latency (median and 95th
# percentile over 500 queries in one `tm lookup --stdin` process) at
# 100 k, 581 k and 1.86 M units, and the index's recall against the
# brute-force scorer.
#
#   100 k   a seeded random sample of the 581 k Tatoeba TMX (make_queries.py)
#   581 k   tatoeba-test-v2021-08-07_eng-centric_581k.tmx.gz (every unit eng + 1 language)
#   1.86 M  tatoeba-test-v2021-08-07.all-pairs.tsv.gz (821 language pairs;
#           holds the 581 k pairs, with eng sometimes in the target column)
#
# Queries: 500 random English sentences of at least 5 words from the 100 k
# sample (so valid at every size), each with one word replaced by another
# English word of the corpus; target = the unit's other language. A query
# "finds its sentence" when the first match has the original sentence as
# source. See make_queries.py and lookup_latency.py.
#
# Usage: cargo build --release && benches/tm_figures.sh [CORPUS_BIG_DIR]
# Environment: WORK (default target/bench-tm), SEED (42), QUERIES (500).
set -euo pipefail
cd "$(dirname "$0")/.."
BIG=${1:-../shared/corpus/big}
WORK=${WORK:-target/bench-tm}
SEED=${SEED:-42}
COUNT=${QUERIES:-500}
RELAIS=target/release/relais
mkdir -p "$WORK"
[ -x "$RELAIS" ] || { echo "build first: cargo build --release" >&2; exit 2; }
cargo build --release --quiet --example tm_recall
RECALL=target/release/examples/tm_recall

TMX="$WORK/tatoeba-test-v2021-08-07_eng-centric_581k.tmx"
TSV="$BIG/tatoeba-test-v2021-08-07.all-pairs.tsv.gz"
[ -s "$TMX" ] || gzip -dc "$BIG/tatoeba-test-v2021-08-07_eng-centric_581k.tmx.gz" > "$TMX"
if [ ! -s "$WORK/queries.jsonl" ] || [ ! -s "$WORK/sample100k.tmx" ]; then
  python3 benches/make_queries.py "$TMX" --sample-out "$WORK/sample100k.tmx" --sample-size 100000 \
    --queries-out "$WORK/queries.jsonl" --count "$COUNT" --seed "$SEED" --min-words 5
fi

# do_import NAME ARGS...: fresh TM $WORK/tm-NAME; prints "units seconds peak_mb disk_mb"
do_import() {
  local name=$1; shift
  rm -rf "$WORK/tm-$name"
  /usr/bin/time -f "%e %M" -o "$WORK/time.out" "$RELAIS" --tm "$WORK/tm-$name" --json tm import "$@" > "$WORK/import-$name.json"
  local units wall rss disk
  units=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["units_read"])' "$WORK/import-$name.json")
  read -r wall rss < "$WORK/time.out"
  disk=$(du -sb "$WORK/tm-$name" | cut -f1)
  echo "$units $wall $((rss / 1024)) $((disk / 1000000))"
}

echo "importing (this takes a minute or two)..." >&2
declare -A IMPORT
IMPORT[store581k]=$(do_import store581k --no-index "$TMX")
IMPORT[100k]=$(do_import 100k "$WORK/sample100k.tmx")
IMPORT[581k]=$(do_import 581k "$TMX")
IMPORT[1.86M]=$(do_import 1.86M --columns src_lang,tgt_lang,source,target --header "$TSV")

echo "looking up..." >&2
declare -A LAT
for size in 100k 581k 1.86M; do
  LAT[$size]=$(python3 benches/lookup_latency.py --relais "$RELAIS" --tm "$WORK/tm-$size" --queries "$WORK/queries.jsonl" --json)
done

echo "recall against brute force (581 k)..." >&2
R75=$("$RECALL" "$WORK/tm-581k" "$WORK/queries.jsonl" 75)
R50=$("$RECALL" "$WORK/tm-581k" "$WORK/queries.jsonl" 50)

{
  echo "$(date -I)  $(uname -n)  $(nproc) cores  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo
  echo "| TM | units read | import wall (s) | units/s | peak RSS (MB) | on disk (MB) | lookup median (ms) | p95 (ms) | sentence found first (score 70-99) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for size in store581k 100k 581k 1.86M; do
    read -r units wall rss disk <<< "${IMPORT[$size]}"
    rate=$(python3 -c "print(f'{$units/$wall:,.0f}')")
    if [ "$size" = store581k ]; then
      echo "| 581k, --no-index | $units | $wall | $rate | $rss | $disk | | | |"
    else
      python3 - "$size" "$units" "$wall" "$rate" "$rss" "$disk" "${LAT[$size]}" <<'EOF'
import json, sys
size, units, wall, rate, rss, disk, lat = sys.argv[1:]
l = json.loads(lat)
print(f"| {size} | {units} | {wall} | {rate} | {rss} | {disk} | {l['median_ms']:.2f} | {l['p95_ms']:.2f} | "
      f"{l['found_first']}/{l['queries']} ({l['found_first_in_70_99']}) |")
EOF
    fi
  done
  echo
  echo "recall, 581k: $R75"
  echo "recall, 581k: $R50"
} | tee "$WORK/figures.md"
