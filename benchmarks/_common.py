"""Helpers shared by the benchmark scripts: streaming the corpus, sizes, percentiles.

The corpus is read line by line at run time and never copied into the repository.
"""

from __future__ import annotations

import json
import resource
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wild.jsonl"
MB = 1_000_000


@dataclass(frozen=True)
class Item:
    """One corpus article: only what ``analyze`` takes."""

    id: str
    text: str
    published: str | None
    outlet: str | None

    @property
    def nbytes(self) -> int:
        return len(self.text.encode("utf-8"))


def stream(path: Path, limit: int | None = None) -> Iterator[Item]:
    """Articles of a JSON-lines corpus one at a time, so memory stays flat however big it is."""
    if not path.is_file():
        sys.exit(f"corpus not found: {path} (pass --corpus PATH)")
    with path.open(encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            record = json.loads(line)
            yield Item(
                id=str(record.get("id", count)),
                text=record["text"],
                published=record.get("published"),
                outlet=record.get("outlet"),
            )


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted list (0.0 when empty)."""
    if not sorted_values:
        return 0.0
    rank = max(0, min(len(sorted_values) - 1, round(fraction * len(sorted_values) + 0.5) - 1))
    return sorted_values[rank]


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak * 1024 / MB
