"""Helpers shared by the benchmark scripts: streaming the corpus, sizes, percentiles.

The corpus is read line by line at run time and never copied into the repository.
"""

from __future__ import annotations

import collections
import gc
import itertools
import json
import resource
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wild.jsonl"
MB = 1_000_000

# Written for this benchmark (not taken from any corpus): a short wire story with
# direct and reported quotes, an outlet chain, casualty counts and times.
SYNTHETIC = """\
Flooding kills at least 12 in river valley, officials say

By Example Staff

RIVERTON — At least 12 people were killed and 40 others injured when the Marrow River burst its banks \
on Tuesday night, regional officials said on Wednesday.

"The water came up faster than anyone expected," said Dana Whitfield, the head of the regional \
emergency office. "We are still searching the lower districts."

Three children were among the dead, the local hospital told the Valley Courier, which first reported \
the figures. A spokesman for the fire service, who asked not to be named, said two rescuers were missing.

Governor Alan Brooks said the state would send 200 soldiers by Thursday morning. "Nobody will be left \
behind," he told reporters at a briefing at 9 a.m.

According to the weather service, more rain is expected over the weekend, and the river is not likely \
to fall before March 14.

The previous flood, in 2019, left five people dead, according to Reuters.
"""


def warm_up(analyze: Any) -> None:
    """Trigger every lazy load (lexicons, zones, dates, patterns) outside the clock: the cold cost is
    measured apart (``throughput.py``: first call, and the one-time rest)."""
    analyze(SYNTHETIC, published="2020-03-11")
    analyze(SYNTHETIC, published="2020-03-11", outlet="Example Wire")
    # The time pattern is compiled per first letter of a word, on first sight of the letter
    # (about 0.3 s in all): no short text shows every letter, so compile them here.
    from attribution._timepatterns import START_KINDS, start_matcher

    for char in START_KINDS:
        start_matcher(char)
    # Module-level patterns compile on first use (about 0.2 s for all of them). Left to the
    # measured pass, the ones only some articles reach were charged to those articles: 2% of
    # compare.py's default sample, a one-time cost that a long stream does not pay again.
    from attribution import _lazy

    compile_all = getattr(_lazy, "compile_all", None)  # absent from trees older than it (ab.py compares those)
    if compile_all is not None:
        compile_all()
    # The lazy loads leave some 40,000 long-lived objects (place and outlet entries, patterns) that
    # no full collection has walked yet. Left to the measured pass, the first full collection walks
    # them all inside whichever article triggers it (50-85 ms on one article of the wild corpus,
    # 1-1.7% of the whole pass): a cost of loading, paid once, so it is paid here. With it, no full
    # collection falls inside a whole-corpus pass; the young-generation collections still do.
    gc.collect()


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


def spread_sample(path: Path, every: int, limit: int | None = None) -> list[Item]:
    """Every ``every``-th article (the first ``limit`` of those, or all). The corpus is grouped by source,
    so its first articles are not a fair sample of it: this spreads the sample over the whole file (the
    records skipped are still decoded, which costs well under a second)."""
    stop = None if limit is None else limit * every
    return list(itertools.islice(stream(path), 0, stop, every))


def warm_articles(path: Path, every: int, limit: int | None = None, count: int = 30) -> list[Item]:
    """The last ``count`` articles outside ``spread_sample(path, every, limit)``: they warm what the sample
    text alone leaves cold (lexicons that only some articles reach, the interpreter's specialised code)
    without filling the caches with the measured articles' own phrases."""
    stop = None if limit is None else limit * every

    def in_sample(index: int) -> bool:
        return index % every == 0 and (stop is None or index < stop)

    kept = collections.deque((item for index, item in enumerate(stream(path)) if not in_sample(index)), maxlen=count)
    return list(kept)


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


def package_line() -> str:
    """Where ``attribution`` was imported from, and whether that copy is compiled (mypyc) or pure Python."""
    import attribution
    from attribution._cli import build_kind

    return f"{Path(attribution.__file__).parent} ({build_kind()})"
