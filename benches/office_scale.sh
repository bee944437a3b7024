#!/usr/bin/env bash
# Report-scale office documents: a generated ~100-page report (about 2,000 paragraphs and
# 60,000 words, headings, bold and italic runs, footnotes, tables) as DOCX and ODT goes
# through `relais extract`, `relais pretranslate` against the 581k-unit Tatoeba TMX and
# `relais build`, each step timed with /usr/bin/time -v (wall time, peak RSS); Translate
# Toolkit's odf2xliff and xliff2odf (it has no DOCX converter) run on the same ODT.
#
# Usage: benches/office_scale.sh [RUNS]   (default 3; medians are printed)
# Needs: python3, /usr/bin/time, ../shared/corpus/big/ (read only). Translate Toolkit is
# installed in a venv under /tmp when absent (TTK_VENV to use another one).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
CORPUS=${RELAIS_CORPUS:-../shared/corpus}
TMX=$CORPUS/big/tatoeba-test-v2021-08-07_eng-centric_581k.tmx.gz
if [ ! -f "$TMX" ]; then
  echo "notice: $TMX is absent; nothing measured"
  exit 0
fi
TMX=$(cd "$(dirname "$TMX")" && pwd)/$(basename "$TMX")
TTK_VENV=${TTK_VENV:-/tmp/ttk-venv}
if [ ! -x "$TTK_VENV/bin/odf2xliff" ]; then
  python3 -m venv "$TTK_VENV" && "$TTK_VENV/bin/pip" install -q translate-toolkit
fi
cargo build --release --quiet
REL=$PWD/target/release/relais
WORK=$(mktemp -d /tmp/relais-office-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
python3 benches/office_doc.py "$TMX" "$WORK/rapport"
export RELAIS_TM=$WORK/tm
RESULTS=$WORK/results.tsv
: > "$RESULTS"

# measure TOOL FORMAT STEP DIR CMD...: runs CMD in DIR, appends seconds and peak KiB.
measure() {
  local tool=$1 fmt=$2 step=$3 dir=$4
  shift 4
  if ! (cd "$dir" && /usr/bin/time -v "$@" > "$WORK/out.log" 2> "$WORK/time.log"); then
    cat "$WORK/out.log" "$WORK/time.log" >&2
    exit 1
  fi
  local wall rss
  wall=$(grep 'Elapsed (wall' "$WORK/time.log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$WORK/time.log" | awk '{print $NF}')
  echo "$wall" | awk -F: -v t="$tool" -v f="$fmt" -v s="$step" -v r="$rss" \
    '{ secs = (NF == 3) ? $1 * 3600 + $2 * 60 + $3 : $1 * 60 + $2; printf "%s\t%s\t%s\t%.2f\t%d\n", t, f, s, secs, r }' \
    >> "$RESULTS"
}

for fmt in docx odt; do
  P=$WORK/$fmt
  mkdir -p "$P"
  cp "$WORK/rapport.$fmt" "$P/"
  printf 'source_locale = "en"\nlocales = ["fr"]\n\n[build]\nmin_translated = 0\n' > "$P/relais.toml"
done
# The TM, once (setup, not measured in the totals).
measure relais - tm-import "$WORK/docx" "$REL" tm import "$TMX"
grep -h 'units read' "$WORK/out.log" "$WORK/time.log" || true

for run in $(seq "$RUNS"); do
  for fmt in docx odt; do
    P=$WORK/$fmt
    rm -rf "$P/locales" "$P/dist"
    measure relais "$fmt" extract "$P" "$REL" extract "rapport.$fmt" --document rapport
    measure relais "$fmt" pretranslate "$P" "$REL" pretranslate --locale fr
    [ "$run" = 1 ] && grep -h 'exact' "$WORK/out.log" "$WORK/time.log" || true
    measure relais "$fmt" build "$P" "$REL" build
  done
  T=$WORK/ttk
  rm -rf "$T" && mkdir -p "$T"
  measure ttk odt odf2xliff "$T" "$TTK_VENV/bin/odf2xliff" "$WORK/rapport.odt" rapport.xlf
  measure ttk odt xliff2odf "$T" "$TTK_VENV/bin/xliff2odf" -t "$WORK/rapport.odt" rapport.xlf out.odt
done

echo
echo "medians over $RUNS runs (seconds, peak RSS in MiB):"
python3 - "$RESULTS" <<'PY'
import statistics, sys
from collections import defaultdict
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
by = defaultdict(list)
for tool, fmt, step, secs, rss in rows:
    by[(tool, fmt, step)].append((float(secs), int(rss)))
total = defaultdict(lambda: [0.0, 0])
print(f"{'tool':7} {'format':6} {'step':13} {'wall s':>7} {'peak MiB':>9}")
for (tool, fmt, step), v in by.items():
    s = statistics.median(x for x, _ in v)
    r = statistics.median(y for _, y in v) / 1024
    print(f"{tool:7} {fmt:6} {step:13} {s:7.2f} {r:9.1f}")
    if step != "tm-import":
        total[(tool, fmt)][0] += s
        total[(tool, fmt)][1] = max(total[(tool, fmt)][1], r)
for (tool, fmt), (s, r) in total.items():
    print(f"{tool:7} {fmt:6} {'total':13} {s:7.2f} {r:9.1f}")
PY
