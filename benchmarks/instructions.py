"""Instructions for one first pass of ``analyze`` over N articles, counted by valgrind.

Usage, from the repository root::

    /work/venv/bin/python benchmarks/instructions.py               # first 200 wild articles
    PYTHONPATH=<other tree>/src /work/venv/bin/python benchmarks/instructions.py

CPU time on a shared or virtual machine drifts by ±10% from run to run; an
instruction count does not move with the load, so it is the figure to compare
two trees by (it is not a time: cache misses and branch mispredictions cost
cycles it does not show). The script runs a child under ``valgrind --tool=cachegrind
--cache-sim=no`` twice. Both runs load the corpus, trigger every lazy load
(``_common.warm_up``) and analyze the last ``--warm`` articles of the corpus;
the second run then analyzes the N measured articles once. The difference is
that one pass, as a process streaming a corpus meets it: lexicons and patterns
loaded, but every source phrase, name and outlet of those articles seen for the
first time. (An earlier version subtracted a repeated pass over the same
articles, which let per-phrase caches answer everything and hid the cost of a
new phrase.) Both runs use one hash seed (0 unless ``PYTHONHASHSEED`` is set):
with a random seed, set and dict order vary and the count moved by several
percent. Slow (valgrind runs Python about 50 times slower): about a minute
per run for 200 articles.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from collections import deque
from pathlib import Path

from _common import DEFAULT_CORPUS, MB, package_line, warm_up

IREFS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def sample(corpus: Path, limit: int, every: int) -> list[dict[str, str]]:
    with corpus.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in itertools.islice(lines, 0, limit * every, every)]


def tail(corpus: Path, count: int) -> list[dict[str, str]]:
    with corpus.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in deque(lines, maxlen=count)]


def child(corpus: Path, limit: int, every: int, warm: int, measure: bool) -> None:
    import attribution

    records = sample(corpus, limit, every)
    warm_up(attribution.analyze)
    for record in tail(corpus, warm):
        attribution.analyze(record["text"], published=record.get("published"), outlet=record.get("outlet"))
    gc.collect()
    gc.freeze()  # the collector's walks over the loaded corpus would differ between the runs
    if measure:
        for record in records:
            attribution.analyze(record["text"], published=record.get("published"), outlet=record.get("outlet"))


def count(args: argparse.Namespace, measure: bool) -> int:
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        "1" if measure else "0",
        "--corpus",
        str(args.corpus),
        "--limit",
        str(args.limit),
        "--every",
        str(args.every),
        "--warm",
        str(args.warm),
    ]
    # One hash seed for both runs and for every invocation: string hashing decides the order of
    # set walks and dict probes, and with a random seed the same tree measured up to 10% apart
    # on one stage.
    env = {**os.environ, "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
    proc = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    found = IREFS_RE.search(proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON-lines corpus")
    parser.add_argument("--limit", type=int, default=200, help="N articles measured (default 200)")
    parser.add_argument("--every", type=int, default=1, metavar="K", help="every K-th article (default 1: the first N)")
    parser.add_argument("--warm", type=int, default=30, help="articles from the end analyzed first (default 30)")
    parser.add_argument("--child", type=int, choices=[0, 1], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.limit < 1 or args.every < 1 or args.warm < 0:
        parser.error("--limit and --every must be 1 or more, --warm 0 or more")
    if args.child is not None:
        child(args.corpus, args.limit, args.every, args.warm, bool(args.child))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing measured (Debian: apt-get install valgrind)")
        return 2

    size = sum(len(record["text"].encode("utf-8")) for record in sample(args.corpus, args.limit, args.every))
    per_pass = count(args, measure=True) - count(args, measure=False)
    which = "first" if args.every == 1 else f"every {args.every}th of the first {args.limit * args.every}:"
    print(f"package       {package_line()}")
    print(f"corpus        {args.corpus}: {which} {args.limit} articles, {size / MB:.4f} MB of text")
    print(f"warm-up       every lazy load, then the last {args.warm} articles of the corpus")
    print(f"instructions  {per_pass:,} for one first pass  ({per_pass / (size / MB) / 1e9:.3f} G per MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
