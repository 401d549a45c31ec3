"""Instructions for one warm pass of ``analyze`` over the first N articles, counted by valgrind.

Usage, from the repository root::

    /work/venv/bin/python benchmarks/instructions.py               # first 200 wild articles
    PYTHONPATH=<other tree>/src /work/venv/bin/python benchmarks/instructions.py

CPU time on a shared or virtual machine drifts by ±10% from run to run; an
instruction count does not move with the load, so it is the figure to compare
two trees by (it is not a time: cache misses and branch mispredictions cost
cycles it does not show). The script runs a child under ``valgrind --tool=cachegrind
--cache-sim=no`` twice, with one and with three passes over the articles, and
reports half the difference: one pass with every lazy load and cache warm, with
the interpreter's start, the imports and the reading of the corpus cancelled
out. Slow (valgrind runs Python about 50 times slower): about a minute per
run for 200 articles.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from _common import DEFAULT_CORPUS, MB

IREFS_RE = re.compile(r"I\s+refs:\s+([\d,]+)")


def child(corpus: Path, limit: int, passes: int) -> None:
    import attribution

    with corpus.open(encoding="utf-8") as lines:
        records = [json.loads(line) for _, line in zip(range(limit), lines, strict=False)]
    gc.collect()
    gc.freeze()  # the collector's walks over the loaded corpus would differ between the runs
    for _ in range(passes):
        for record in records:
            attribution.analyze(record["text"], published=record.get("published"), outlet=record.get("outlet"))


def count(corpus: Path, limit: int, passes: int) -> int:
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        str(passes),
        "--corpus",
        str(corpus),
        "--limit",
        str(limit),
    ]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    found = IREFS_RE.search(proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON-lines corpus")
    parser.add_argument("--limit", type=int, default=200, help="first N articles (default 200)")
    parser.add_argument("--child", type=int, metavar="PASSES", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.corpus, args.limit, args.child)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing measured (Debian: apt-get install valgrind)")
        return 2
    import attribution

    with args.corpus.open(encoding="utf-8") as lines:
        size = sum(
            len(json.loads(line)["text"].encode("utf-8")) for _, line in zip(range(args.limit), lines, strict=False)
        )
    one, three = count(args.corpus, args.limit, 1), count(args.corpus, args.limit, 3)
    per_pass = (three - one) // 2
    print(f"package       {Path(attribution.__file__).parent}")
    print(f"corpus        {args.corpus}: first {args.limit} articles, {size / MB:.4f} MB of text")
    print(f"instructions  {per_pass:,} per warm pass  ({per_pass / (size / MB) / 1e9:.3f} G per MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
