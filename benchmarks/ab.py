"""Two copies of ``attribution`` timed against each other in alternating fresh processes.

Usage, from the repository root::

    /work/venv/bin/python benchmarks/ab.py src /tmp/attribution-compiled          # pure against compiled
    /work/venv/bin/python benchmarks/ab.py /tmp/before/src src --rounds 7 --every 2

``A`` and ``B`` are directories put first on ``PYTHONPATH``: a tree's ``src/``, or a
wheel installed with ``pip install --target DIR``. CPU time on a shared virtual
machine drifts by ±15% between runs of the same code, so two numbers taken minutes
apart cannot tell a 10% change from noise. Here each round times A and B back to back
(the order swapped every round, so a drift favours neither), and the figure to quote
is the median of the per-round ratios B/A. Each process triggers every lazy load and
analyzes 30 corpus articles outside the sample before its one timed pass over the
sample (every K-th article), as a process streaming a corpus meets it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import DEFAULT_CORPUS, MB, package_line, spread_sample, warm_articles, warm_up

WARM_ARTICLES = 30


def child(corpus: Path, every: int) -> None:
    import attribution

    sample = spread_sample(corpus, every)
    warm_up(attribution.analyze)
    for item in warm_articles(corpus, every, count=WARM_ARTICLES):
        attribution.analyze(item.text, published=item.published, outlet=item.outlet)
    started = time.process_time()
    for item in sample:
        attribution.analyze(item.text, published=item.published, outlet=item.outlet)
    seconds = time.process_time() - started
    megabytes = sum(item.nbytes for item in sample) / MB
    print(json.dumps({"package": package_line(), "mb": megabytes, "cpu_s": seconds}))


def run(path: str, corpus: Path, every: int) -> dict[str, float | str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [path, os.environ.get("PYTHONPATH")])))
    command = [sys.executable, __file__, "--child", "--corpus", str(corpus), "--every", str(every)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"the run with PYTHONPATH={path} failed:\n{done.stderr}")
    result: dict[str, float | str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", nargs="?", help="directory first on PYTHONPATH for copy A")
    parser.add_argument("b", nargs="?", help="directory first on PYTHONPATH for copy B")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON-lines corpus (default: %(default)s)")
    parser.add_argument("--every", type=int, default=4, help="time every K-th article (default 4: 2.25 MB of wild)")
    parser.add_argument("--rounds", type=int, default=5, help="A/B pairs (default 5)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.every < 1 or args.rounds < 1:
        parser.error("--every and --rounds must be at least 1")
    if args.child:
        child(args.corpus, args.every)
        return 0
    if not (args.a and args.b):
        parser.error("give the two directories A and B")
    for directory in (args.a, args.b):
        if not (Path(directory) / "attribution" / "__init__.py").is_file():
            parser.error(f"{directory!r} holds no attribution package (want DIR/attribution/__init__.py)")
    ratios = []
    for round_number in range(args.rounds):
        order = ("a", "b") if round_number % 2 == 0 else ("b", "a")
        speeds: dict[str, float] = {}
        for which in order:
            result = run(getattr(args, which), args.corpus, args.every)
            if round_number == 0:
                print(f"{which.upper()}  {result['package']}")
            speeds[which] = float(result["mb"]) / float(result["cpu_s"])
        ratios.append(speeds["b"] / speeds["a"])
        print(
            f"round {round_number + 1}  A {speeds['a']:.3f}  B {speeds['b']:.3f} MB/CPU-s  B/A {ratios[-1]:.3f}",
            flush=True,
        )
    spread = f"range {min(ratios):.3f}-{max(ratios):.3f}, {len(ratios)} rounds"
    print(f"B/A median {statistics.median(ratios):.3f} ({spread})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
