#!/usr/bin/env python3
"""Lookup latency of one `relais tm lookup --stdin` process.

The harness starts one process, sends one query line at a time and waits
for its answer line before sending the next, so each figure is the time
from writing a query to reading its JSON answer (lookup, JSON encoding and
two pipe hops, which cost some tens of microseconds). The first query is
sent twice and its first answer left out of the figures, so that opening
the TM is not counted.

Usage:
    lookup_latency.py --relais target/release/relais --tm TM --queries queries.jsonl

Queries come from make_queries.py (JSON lines with text, source, target,
expect). Prints median, p95, mean, how often the expected sentence came
first and with which scores; `--json` prints the same as one JSON object.
"""

import argparse
import json
import statistics
import subprocess
import sys
import time


def percentile(values, p):
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


class Relais:
    """One `relais tm lookup --stdin` process."""

    def __init__(self, relais, tm, min_score=75, limit=5, extra=()):
        self.proc = subprocess.Popen(
            [relais, "--tm", tm, "--quiet", "tm", "lookup", "--stdin",
             "--min-score", str(min_score), "--limit", str(limit), *extra],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1,
        )

    def ask(self, query):
        line = json.dumps({k: query[k] for k in ("text", "source", "target") if k in query}, ensure_ascii=False)
        start = time.perf_counter()
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        elapsed = time.perf_counter() - start
        if not answer:
            raise RuntimeError("relais exited early")
        return json.loads(answer), elapsed

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def run(relais, tm, queries, min_score=75, limit=5):
    proc = Relais(relais, tm, min_score, limit)
    proc.ask(queries[0])  # warm-up: opening the TM
    times, first_ok, scores = [], 0, []
    for q in queries:
        answer, elapsed = proc.ask(q)
        times.append(elapsed * 1000)
        matches = answer["matches"]
        if matches and matches[0]["source"] == q["expect"]:
            first_ok += 1
            scores.append(matches[0]["score"])
    proc.close()
    return {
        "queries": len(queries),
        "median_ms": statistics.median(times),
        "p95_ms": percentile(times, 95),
        "mean_ms": statistics.fmean(times),
        "max_ms": max(times),
        "found_first": first_ok,
        "found_first_in_70_99": sum(1 for s in scores if 70 <= s <= 99),
        "min_score": min(scores) if scores else None,
        "max_score": max(scores) if scores else None,
        "times_ms": times,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--relais", required=True)
    ap.add_argument("--tm", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--min-score", type=int, default=75)
    ap.add_argument("--limit", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with open(args.queries, encoding="utf-8") as f:
        queries = [json.loads(line) for line in f if line.strip()]
    r = run(args.relais, args.tm, queries, args.min_score, args.limit)
    r.pop("times_ms")
    if args.json:
        print(json.dumps(r))
    else:
        print(
            f"{r['queries']} queries: median {r['median_ms']:.2f} ms, p95 {r['p95_ms']:.2f} ms, "
            f"mean {r['mean_ms']:.2f} ms, max {r['max_ms']:.1f} ms; expected sentence first in "
            f"{r['found_first']}/{r['queries']} ({r['found_first_in_70_99']} with a score in 70-99; "
            f"scores {r['min_score']}-{r['max_score']})"
        )


if __name__ == "__main__":
    sys.exit(main())
