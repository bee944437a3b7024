#!/usr/bin/env python3
"""Kill relais at random moments and check that nothing is lost.

Each round starts one command that changes the project (`xliff import`,
`pretranslate`, `sync`, `build`, `tm import`), kills it with SIGKILL after
a random delay within its measured run time, then runs the same command
again to completion and checks the invariants:

* every Fluent file of the project still parses (`relais check` reports no
  syntax error) and no `.relais-*.tmp` file is left in `locales/` or
  `dist/` after the second run;
* the TM reads back whole (`relais tm verify` exits 0);
* no message is lost: after `xliff import`, the German file holds every
  translation of the XLIFF; after `pretranslate`, every sentence the TM
  has an exact match for; after `sync`, a second `sync` adds nothing; after
  `tm import`, every unit of the memory can be looked up;
* the TM is in step with the files: every translation the German file
  holds without a review mark is found in the TM at 100 % after `sync`.

Usage: tests/crash/crash_test.py [ROUNDS [COMMANDS]]: ROUNDS defaults to
100; COMMANDS is a comma-separated subset of the command names below (for
example "xliff import,pretranslate,sync"). Environment:
RELAIS_BIN (default target/release/relais, built when missing), SEED.
Prints one line per round and a summary; exits 1 on any broken invariant.
"""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = 120  # enough work for kills to land in the middle of writes


def relais_bin():
    binary = Path(os.environ.get("RELAIS_BIN", ROOT / "target/release/relais"))
    if not binary.exists():
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    return str(binary)


BIN = relais_bin()
ENV = dict(os.environ, RELAIS_LANG="en", NO_COLOR="1")
ENV.pop("RELAIS_TM", None)
ENV.pop("RELAIS_PROJECT", None)


def run(project, *args, check=True):
    out = subprocess.run([BIN, "--wait", "60", *args], cwd=project, env=ENV,
                         capture_output=True, text=True)
    if check and out.returncode not in (0, 1):
        raise RuntimeError(f"relais {' '.join(args)} exited {out.returncode}: {out.stderr}")
    return out


def german(i):
    return f"Satz Nummer {i} des Jahresberichts über den Schutz von Kindern."


def french(i):
    return f"Phrase numéro {i} du rapport annuel sur la protection des enfants."


def make_project():
    d = Path(tempfile.mkdtemp(prefix="relais-crash-"))
    (d / "source").mkdir()
    (d / "source/doc.md").write_text("".join(f"{french(i)}\n\n" for i in range(1, SENTENCES + 1)))
    run(d, "init", "--source-locale", "fr", "--locale", "de", "--document", "doc=source/doc.md")
    run(d, "extract", "source/doc.md")
    run(d, "xliff", "export", "--locale", "de", "--version", "1.2", "-o", "de.xlf")
    xml = (d / "de.xlf").read_text()
    half = SENTENCES // 2
    for i in range(1, half + 1):
        tail = french(i) + "</source>"
        at = xml.index(tail) + len(tail)
        xml = xml[:at] + f'<target xml:lang="de" state="translated">{german(i)}</target>' + xml[at:]
    (d / "de.xlf").write_text(xml)
    (d / "memories").mkdir()
    rows = "".join(f"{french(i)}\t{german(i)}\n" for i in range(half + 1, SENTENCES + 1))
    (d / "memories/partner.tsv").write_text(rows)
    run(d, "tm", "import", "memories/partner.tsv", "--columns", "source,target",
        "--source", "fr", "--target", "de")
    return d


COMMANDS = {
    "xliff import": ["xliff", "import", "de.xlf"],
    "pretranslate": ["pretranslate", "--locale", "de"],
    "sync": ["sync"],
    "build": ["build"],
    "tm import": ["tm", "import", "memories/partner.tsv", "--columns", "source,target",
                  "--source", "fr", "--target", "de"],
}


def measure(project):
    """Median wall time of each command on a fresh German file."""
    times = {}
    for name, args in COMMANDS.items():
        samples = []
        for _ in range(3):
            reset(project)
            start = time.monotonic()
            run(project, *args)
            samples.append(time.monotonic() - start)
        times[name] = sorted(samples)[1]
    return times


def reset(project):
    """A German file with nothing translated yet (the TM keeps its units)."""
    de = project / "locales/de/doc.ftl"
    if de.exists():
        de.unlink()


def invariants(project, name):
    problems = []
    check = run(project, "check", "--json")
    report = json.loads(check.stdout)
    syntax = [f for f in report["findings"] if f["check"] == "syntax-error"]
    if syntax:
        problems.append(f"syntax errors after rerun: {syntax[:2]}")
    for folder in ("locales", "dist"):
        left = list((project / folder).rglob(".relais-*.tmp")) if (project / folder).exists() else []
        if left:
            problems.append(f"temporary files left: {left}")
    if run(project, "tm", "verify").returncode != 0:
        problems.append("tm verify failed")
    de = project / "locales/de/doc.ftl"
    text = de.read_text() if de.exists() else ""
    half = SENTENCES // 2
    if name == "xliff import":
        missing = [i for i in range(1, half + 1) if german(i) not in text]
        if missing:
            problems.append(f"XLIFF translations lost: {missing[:5]}")
    if name == "pretranslate":
        missing = [i for i in range(half + 1, SENTENCES + 1) if german(i) not in text]
        if missing:
            problems.append(f"TM matches not filled: {missing[:5]}")
    if name in ("sync", "build"):
        # Both store every reviewed translation: a second sync adds nothing.
        again = json.loads(run(project, "sync", "--json").stdout)
        if again.get("added", 0) != 0:
            problems.append(f"TM out of step: a second sync added {again['added']}")
    if name == "xliff import" and not in_tm(project, range(1, half + 1, 7)):
        problems.append("a translation applied from the XLIFF is not in the TM")
    if name == "tm import" and not in_tm(project, range(half + 1, SENTENCES + 1, 7)):
        problems.append("an imported unit cannot be looked up")
    return problems


def in_tm(project, numbers):
    """Whether the TM gives the German sentence at 100 % for each number."""
    numbers = list(numbers)
    queries = "".join(french(i) + "\n" for i in numbers)
    out = subprocess.run([BIN, "tm", "lookup", "--stdin", "--source", "fr", "--target", "de"],
                         cwd=project, env=ENV, input=queries, capture_output=True, text=True)
    answers = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    if len(answers) != len(numbers):
        return False
    return all(any(m["score"] >= 100 and german(i) in json.dumps(m, ensure_ascii=False)
                   for m in a["matches"]) for i, a in zip(numbers, answers))


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    names = sys.argv[2].split(",") if len(sys.argv) > 2 else list(COMMANDS)
    unknown = [n for n in names if n not in COMMANDS]
    if unknown:
        sys.exit(f"unknown commands {unknown}; known: {list(COMMANDS)}")
    rng = random.Random(int(os.environ.get("SEED", "2024")))
    project = make_project()
    times = measure(project)
    print("median run times:", {k: f"{v * 1000:.0f} ms" for k, v in times.items()})
    killed = {name: 0 for name in COMMANDS}
    finished = {name: 0 for name in COMMANDS}
    failures = 0
    for n in range(1, rounds + 1):
        name = rng.choice(names)
        if rng.random() < 0.7:
            reset(project)
        proc = subprocess.Popen([BIN, *COMMANDS[name]], cwd=project, env=ENV,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, times[name] * 1.1))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed[name] += 1
            outcome = "killed"
        else:
            finished[name] += 1
            outcome = "finished"
        proc.wait()
        rerun = run(project, *COMMANDS[name], check=False)
        problems = []
        if rerun.returncode not in (0, 1):
            problems.append(f"rerun exited {rerun.returncode}: {rerun.stderr.strip()}")
        problems += invariants(project, name)
        status = "ok" if not problems else "BROKEN: " + "; ".join(problems)
        print(f"round {n:3}: {name:<13} {outcome:<8} {status}")
        failures += bool(problems)
    print(f"\n{rounds} rounds: killed {sum(killed.values())} ({killed}), "
          f"finished before the kill {sum(finished.values())}; broken invariants: {failures}")
    shutil.rmtree(project, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
