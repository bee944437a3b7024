#!/usr/bin/env bash
# relais check against compare-locales 9.0.5 on the Thunderbird Fluent tree
# of the shared corpus (en-US reference + 24 locales, 3,878 files):
#
#  1. per locale, compares compare-locales' `missing`, `obsolete` and syntax
#     errors (its "Unparsed content" errors) with relais's `missing`,
#     `obsolete` and `syntax-error` counts (relais's `missing` is
#     missing-message findings plus the entries of missing files, which is
#     how compare-locales counts);
#  2. times both on the same tree, side by side (hyperfine when installed,
#     else a loop with `time`), and checks relais is at least 10x faster.
#
# Usage: benches/compare_locales_thunderbird.sh [RUNS]
# Environment: CORPUS (default ../shared/corpus), CLVENV (a Python venv for
# compare-locales, created when missing, default /tmp/clvenv), RELAIS_BIN
# (default: target/release/relais, built when missing), WORK (scratch
# directory, default a new temporary one).
# Exit status: 0 when the counts agree and the speed-up is >= 10, 1 otherwise.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
corpus="${CORPUS:-$here/../shared/corpus}"
archive="$corpus/big/thunderbird-ftl.tar.gz"
clvenv="${CLVENV:-/tmp/clvenv}"
work="${WORK:-$(mktemp -d)}"

if [ ! -f "$archive" ]; then
    echo "notice: $archive is absent; benchmark skipped" >&2
    exit 0
fi

relais="${RELAIS_BIN:-$here/target/release/relais}"
if [ ! -x "$relais" ]; then
    (cd "$here" && cargo build --release --quiet)
fi

if [ ! -x "$clvenv/bin/compare-locales" ]; then
    python3 -m venv "$clvenv"
    "$clvenv/bin/pip" install --quiet compare-locales==9.0.5
fi
cl="$clvenv/bin/compare-locales"
echo "compare-locales $("$cl" --version | awk '{print $2}'), relais $("$relais" --version | awk '{print $2}')"

mkdir -p "$work"
tar -xzf "$archive" -C "$work"
tree="$work/thunderbird"
cd "$tree"
locales=$(find . -mindepth 1 -maxdepth 1 -type d ! -name en-US -printf '%f\n' | sort)
echo "locales ($(echo "$locales" | wc -l)): $(echo $locales)"

# compare-locales silently drops locales its configuration does not list:
# list every one.
{
    echo 'basepath = "."'
    printf 'locales = [%s]\n' "$(printf '"%s",' $locales | sed 's/,$//')"
    cat <<'EOF'

[env]
    l = "{l10n_base}/{locale}/"

[[paths]]
    reference = "en-US/**"
    l10n = "{l}**"
EOF
} > l10n.toml

cl_cmd="$cl --json $work/cl.json l10n.toml . $(echo $locales)"
relais_cmd="$relais check --quiet --source-locale en-US --files '{locale}/**/*.ftl' --json -o $work/relais.json"

# Reports (both exit 1: the tree has errors).
eval "$cl_cmd" > "$work/cl.txt" || true
eval "$relais_cmd" || true

counts_ok=0
python3 - "$work/cl.json" "$work/relais.json" <<'EOF' || counts_ok=1
import json, sys
cl = json.load(open(sys.argv[1]))[0]
relais = json.load(open(sys.argv[2]))["summary"]["by_locale"]

def junk(node):
    """compare-locales' syntax errors ("Unparsed content …") in a details tree."""
    if isinstance(node, dict):
        return sum(junk(v) for v in node.values())
    return sum(1 for item in node for k, v in item.items()
               if k == "error" and v.startswith("Unparsed content"))

rows, differ = [], 0
for locale in sorted(cl["summary"]):
    s = cl["summary"][locale]
    r = relais.get(locale, {})
    a = (s.get("missing", 0), s.get("obsolete", 0), junk(cl["details"].get(locale, {})))
    b = (r.get("missing", 0), r.get("obsolete", 0), r.get("checks", {}).get("syntax-error", 0))
    same = a == b
    differ += not same
    rows.append((locale, *a, *b, "" if same else "DIFFERENT"))
print(f"{'locale':8} {'cl miss':>8} {'cl obs':>7} {'cl junk':>8} | {'relais miss':>11} {'obs':>5} {'syntax':>6}")
for row in rows:
    print(f"{row[0]:8} {row[1]:8} {row[2]:7} {row[3]:8} | {row[4]:11} {row[5]:5} {row[6]:6} {row[7]}")
print(f"{len(rows) - differ}/{len(rows)} locales agree")
sys.exit(1 if differ else 0)
EOF

if command -v hyperfine >/dev/null; then
    hyperfine --ignore-failure --warmup 1 --runs "$runs" \
        --export-json "$work/timing.json" \
        -n compare-locales "$cl_cmd" -n relais "$relais_cmd"
    read -r cl_mean relais_mean < <(python3 -c "
import json
r = {x['command']: x['mean'] for x in json.load(open('$work/timing.json'))['results']}
print(r['compare-locales'], r['relais'])")
else
    secs() {
        local start end
        start=$(date +%s.%N)
        for _ in $(seq "$runs"); do eval "$1" >/dev/null 2>&1 || true; done
        end=$(date +%s.%N)
        echo "($end - $start) / $runs" | bc -l
    }
    cl_mean=$(secs "$cl_cmd")
    relais_mean=$(secs "$relais_cmd")
fi
speedup=$(python3 -c "print(f'{$cl_mean / $relais_mean:.1f}')")
printf 'compare-locales %.2f s, relais %.2f s: relais is %sx faster\n' "$cl_mean" "$relais_mean" "$speedup"
fast_ok=$(python3 -c "print(0 if $cl_mean / $relais_mean >= 10 else 1)")
exit $(( counts_ok || fast_ok ))
