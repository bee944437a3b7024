#!/usr/bin/env python3
"""Fuzzy lookup, side by side: relais against Translate Toolkit 3.20.4.

Run with a Python that has translate-toolkit 3.20.4 and rapidfuzz:

    python3 -m venv /tmp/ttvenv
    /tmp/ttvenv/bin/pip install translate-toolkit==3.20.4 rapidfuzz
    /tmp/ttvenv/bin/python benches/compare_tt_fuzzy.py \\
        --relais target/release/relais --tm TM --tmx tatoeba581k.tmx --queries queries.jsonl

TM is a relais TM made from the same TMX (`relais --tm TM tm import
tatoeba581k.tmx`); queries come from make_queries.py. Translate Toolkit
loads the TMX with `translate.storage.tmx.tmxfile` and builds
`translate.search.match.matcher` with its defaults (min_similarity 75,
max_length 70) except max_candidates=1: with more, 3.20.4 raises a
TypeError whenever two candidates tie. relais runs as one
`tm lookup --stdin --min-score 75 --limit 1` process.

The queries are interleaved: for each one, relais answers (one JSON line
written, its answer line read back, see lookup_latency.py), then
Translate Toolkit's matcher. Both are timed per query from this script,
so noise from other processes hits both alike. Printed: median, p95 and
mean per tool, their ratios, how often each put the original sentence
first, and peak memory.
"""

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import time
import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lookup_latency import Relais, percentile  # noqa: E402


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--relais", required=True)
    ap.add_argument("--tm", required=True)
    ap.add_argument("--tmx", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--min-similarity", type=int, default=75)
    args = ap.parse_args()

    from translate.search import match
    from translate.storage import tmx

    with open(args.queries, encoding="utf-8") as f:
        queries = [json.loads(line) for line in f if line.strip()][: args.count]

    start = time.perf_counter()
    store = tmx.tmxfile.parsefile(args.tmx)
    matcher = match.matcher(store, max_candidates=1, min_similarity=args.min_similarity)
    tt_build = time.perf_counter() - start
    tt_candidates = len(matcher.candidates.units)

    relais = Relais(args.relais, args.tm, min_score=args.min_similarity, limit=1)
    relais.ask(queries[0])  # opening the TM is not counted

    r_times, t_times = [], []
    r_first = t_first = 0
    r_scores = []
    for q in queries:
        answer, elapsed = relais.ask(q)
        r_times.append(elapsed * 1000)
        m = answer["matches"]
        if m and m[0]["source"] == q["expect"]:
            r_first += 1
            r_scores.append(m[0]["score"])

        t0 = time.perf_counter()
        units = matcher.matches(q["text"])
        t_times.append((time.perf_counter() - t0) * 1000)
        if units and units[0].source == q["expect"]:
            t_first += 1
    relais_rss = peak_rss_mb(relais.proc.pid)
    relais.close()
    tt_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n = len(queries)
    print(f"{datetime.date.today()}  {platform.node()}  {os.cpu_count()} cores; {n} queries, min score {args.min_similarity}")
    print(f"TM: {args.tmx}; Translate Toolkit: {tt_candidates} candidates, loaded and indexed in {tt_build:.1f} s\n")
    print("| tool | median ms | p95 ms | mean ms | original first | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for label, times, first, rss in [
        ("relais tm lookup --stdin", r_times, r_first, relais_rss),
        ("Translate Toolkit matcher (rapidfuzz)", t_times, t_first, tt_rss),
    ]:
        print(
            f"| {label} | {statistics.median(times):.2f} | {percentile(times, 95):.2f} | "
            f"{statistics.fmean(times):.2f} | {first}/{n} | {rss:.0f} |"
        )
    print(
        f"\nTranslate Toolkit / relais: {statistics.median(t_times) / statistics.median(r_times):.0f}x (medians), "
        f"{statistics.fmean(t_times) / statistics.fmean(r_times):.0f}x (means)"
    )
    if r_scores:
        print(
            f"relais: original sentence first in {r_first}/{n}, "
            f"{sum(1 for s in r_scores if 70 <= s <= 99)} of them scored 70-99 (range {min(r_scores)}-{max(r_scores)})"
        )


if __name__ == "__main__":
    main()
