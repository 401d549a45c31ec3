"""Per-stage output digests over a corpus: proof that a speed change alters no output.

Usage, from the repository root::

    /work/venv/bin/python benchmarks/snapshot.py --save /tmp/before.json      # on the old code
    /work/venv/bin/python benchmarks/snapshot.py --check /tmp/before.json     # on the new code

Each stage (``segment``, ``statements``, ``casualties``, ``times``) runs on every
article of each corpus given (default: the wild corpus, the dev articles and the
PolNeAR texts under ``../shared/corpus``), and its whole output is reduced to a
short digest. ``--check`` prints the articles whose digest changed (at most 20)
and exits with status 1 if any did. Set ``PYTHONPATH=<tree>/src`` to test another
tree. Only digests are written: no article text leaves the corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from _common import DEFAULT_CORPUS

from attribution._casualties import find_casualties
from attribution._pipeline import parse_published
from attribution._segment import Document, segment
from attribution._statements import find_statements
from attribution._times import find_times

CORPORA = DEFAULT_CORPUS.parent
STAGES: dict[str, Callable[[Document, str | None], object]] = {
    "segment": lambda document, _: document,
    "statements": lambda document, _: [s.to_dict() for s in find_statements(document)],
    "casualties": lambda document, _: [c.to_dict() for c in find_casualties(document)],
    "times": lambda document, published: [t.to_dict() for t in find_times(document, parse_published(published))],
}


def articles(wild: Path) -> Iterator[tuple[str, str, str | None]]:
    """(key, text, published) for the wild corpus, the dev articles and the PolNeAR texts."""
    with wild.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            record = json.loads(line)
            yield f"wild:{number}:{record.get('id')}", record["text"], record.get("published")
    for path in sorted((CORPORA / "dev").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        yield f"dev:{path.name}", record["text"], record.get("published")
    for path in sorted((CORPORA / "polnear-dev").glob("*.txt")):
        yield f"polnear:{path.name}", path.read_text(encoding="utf-8"), None


def digests(wild: Path, stages: list[str]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for key, text, published in articles(wild):
        document = segment(text)
        result[key] = [
            hashlib.sha1(repr(STAGES[stage](document, published)).encode()).hexdigest()[:16] for stage in stages
        ]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stages", default=",".join(STAGES), help="comma-separated (default: all four)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON-lines corpus")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the digests here")
    action.add_argument("--check", type=Path, help="compare with digests saved earlier")
    args = parser.parse_args(argv)
    stages = args.stages.split(",")
    unknown = [stage for stage in stages if stage not in STAGES]
    if unknown:
        parser.error(f"unknown stage(s) {', '.join(unknown)}: choose from {', '.join(STAGES)}")
    result = digests(args.corpus, stages)
    if args.save is not None:
        args.save.write_text(json.dumps({"stages": stages, "digests": result}), encoding="utf-8")
        print(f"saved {len(result)} articles x {stages} to {args.save}")
        return 0
    saved = json.loads(args.check.read_text(encoding="utf-8"))
    if saved["stages"] != stages:
        parser.error(f"{args.check} holds stages {saved['stages']}, not {stages}")
    changed = [key for key, value in result.items() if saved["digests"].get(key) != value]
    for key in changed[:20]:
        print(f"changed  {key}")
    print(f"{len(result) - len(changed)}/{len(result)} identical for {stages}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
