#!/usr/bin/env bash
# Wall time of the command on 10,000 sentences a side, end to end (reading,
# both alignment passes, JSON output): NTREX-128 French and German news
# (../shared/corpus/parallel/ntrex128, 1,997 sentences each) repeated five
# times, aligned with `relais align --presplit --json` in an empty
# directory (no project TM or glossary). Prints each run and the median.
# The library alone is timed by `cargo bench --bench align`.
#
# Usage: cargo build --release && benches/align_cli_time.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${RELAIS_BIN:-$root/target/release/relais}
corpus=${CORPUS:-$root/../shared/corpus/parallel/ntrex128}
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for _ in 1 2 3 4 5; do cat "$corpus/newstest2019-ref.fra.txt"; done >"$work/fr.txt"
for _ in 1 2 3 4 5; do cat "$corpus/newstest2019-ref.deu.txt"; done >"$work/de.txt"
echo "$(wc -l <"$work/fr.txt") French, $(wc -l <"$work/de.txt") German sentences"
mkdir "$work/run"
times=()
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  (cd "$work/run" && "$bin" align ../fr.txt ../de.txt --source fr --target de --presplit --json >/dev/null)
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  echo "run $i: $t s"
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median: %.2f s\n", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
