"""Wall-clock throughput of ``attribution analyze --records --jobs N`` on a JSON-lines corpus.

Usage, from the repository root::

    /work/venv/bin/python benchmarks/parallel.py                  # first 600 articles, --jobs 1 and 2
    /work/venv/bin/python benchmarks/parallel.py --limit 0 --jobs 1,2,4

CPU time per MB is what one process costs (``throughput.py``); this is what a user
with several cores waits. Each run pipes the same records to a fresh
``python -m attribution`` process on standard input (nothing is written to
disk), times it by the wall clock, and checks that its output is byte for byte
the output of ``--jobs 1``. On a shared machine the wall clock depends on what
else runs: compare runs taken together, and read the load average printed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from _common import DEFAULT_CORPUS, MB


def records(path: Path, limit: int) -> bytes:
    with path.open("rb") as handle:
        lines = handle.readlines() if limit <= 0 else [line for _, line in zip(range(limit), handle, strict=False)]
    return b"".join(lines)


def run(data: bytes, jobs: int) -> tuple[float, bytes, int]:
    command = [sys.executable, "-m", "attribution", "analyze", "--records", "--format", "jsonl", "--jobs", str(jobs)]
    begin = time.perf_counter()
    proc = subprocess.run(command, input=data, capture_output=True, check=False)
    return time.perf_counter() - begin, proc.stdout, proc.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON-lines corpus")
    parser.add_argument("--limit", type=int, default=600, help="first N articles (0: all)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts (default 1,2)")
    args = parser.parse_args(argv)
    data = records(args.corpus, args.limit)
    counts = [int(part) for part in args.jobs.split(",")]
    if 1 not in counts:
        counts.insert(0, 1)
    lines = data.count(b"\n")
    print(f"corpus            {args.corpus} ({lines} records, {len(data) / MB:.3f} MB of JSON lines)")
    print(f"cores             {os.cpu_count()}   load average {os.getloadavg()[0]:.2f}")
    baseline: bytes | None = None
    single = 0.0
    for jobs in counts:
        wall, out, status = run(data, jobs)
        if jobs == 1:
            baseline, single = out, wall
        same = "same output as --jobs 1" if out == baseline else "OUTPUT DIFFERS from --jobs 1"
        print(
            f"--jobs {jobs:<3}        {wall:7.2f} s wall  {len(data) / MB / wall:6.3f} MB/s  "
            f"{single / wall:4.2f}x  exit {status}  {same}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
