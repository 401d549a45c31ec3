"""Cost per MB of ``attribution.analyze`` as one article is repeated 1x, 10x, 100x and 1000x.

Usage, from the repository root::

    /work/venv/bin/python benchmarks/scaling.py                       # synthetic article
    /work/venv/bin/python benchmarks/scaling.py --article wio-1056    # one wild-corpus article, read at run time
    /work/venv/bin/python benchmarks/scaling.py --one-paragraph --sizes 1,10,100,300

The copies are joined by blank lines into one text and analyzed in one call.
With ``--one-paragraph`` the article's lines and the copies are joined by spaces
instead, so the whole text is a single paragraph (text that lost its line
breaks): this exposes work that grows with the square of a paragraph's size.
Each row processes about the same amount of text (``--copies`` article copies in
total: the small sizes are analyzed repeatedly) and reports CPU seconds per MB
(``time.process_time``) and the peak Python heap allocated during one call per MB
of input (``tracemalloc``, in a separate untimed pass). Both must stay flat:
a rising column means a cost that grows faster than the text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from _common import DEFAULT_CORPUS, MB, SYNTHETIC, package_line, peak_rss_mb, stream, warm_up


def scaled(article: str, copies: int, joiner: str) -> str:
    return joiner.join([article] * copies)


def measure_row(
    analyze: Any, article: str, copies: int, budget: int, published: str | None, joiner: str
) -> dict[str, Any]:
    text = scaled(article, copies, joiner)
    megabytes = len(text.encode("utf-8")) / MB
    calls = max(1, budget // copies)
    found = 0
    cpu0 = time.process_time()
    for _ in range(calls):
        result = analyze(text, published=published)
        found = len(result.statements) + len(result.casualties) + len(result.times)
    cpu = time.process_time() - cpu0

    tracemalloc.start()
    analyze(text, published=published)
    _, heap_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "copies": copies,
        "megabytes": round(megabytes, 4),
        "calls": calls,
        "cpu_s": round(cpu, 3),
        "cpu_s_per_mb": round(cpu / (calls * megabytes), 4),
        "heap_peak_mb": round(heap_peak / MB, 3),
        "heap_mb_per_mb": round(heap_peak / MB / megabytes, 2),
        "found_per_copy": round(found / copies, 2),
    }


def pick_article(args: argparse.Namespace) -> tuple[str, str, str | None]:
    if args.article is None:
        return "synthetic (benchmarks/scaling.py)", SYNTHETIC, "2020-03-11"
    for item in stream(args.corpus):
        if item.id == args.article:
            return f"{item.id} from {args.corpus}", item.text, item.published
    sys.exit(f"article {args.article!r} not found in {args.corpus}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", help="id of a corpus article to use instead of the synthetic one")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON-lines corpus (default: %(default)s)")
    parser.add_argument("--copies", type=int, default=1000, help="article copies per row (default %(default)s)")
    parser.add_argument("--sizes", default="1,10,100,1000", help="comma-separated repetition counts")
    parser.add_argument("--one-paragraph", action="store_true", help="join lines and copies by spaces: one paragraph")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args(argv)

    import attribution

    source, article, published = pick_article(args)
    joiner = "\n\n"
    if args.one_paragraph:
        article = " ".join(line.strip() for line in article.splitlines() if line.strip())
        joiner, source = " ", f"{source}, as one paragraph"
    warm_up(attribution.analyze)  # lazy loading, outside every measurement
    attribution.analyze(article, published=published)
    sizes = [int(n) for n in args.sizes.split(",")]
    rows = [measure_row(attribution.analyze, article, n, args.copies, published, joiner) for n in sizes]
    base_time, base_heap = rows[0]["cpu_s_per_mb"], rows[0]["heap_mb_per_mb"]
    for row in rows:
        row["time_vs_first"] = round(row["cpu_s_per_mb"] / base_time, 2) if base_time else None
        row["heap_vs_first"] = round(row["heap_mb_per_mb"] / base_heap, 2) if base_heap else None
    worst_time = max(row["time_vs_first"] or 0 for row in rows)
    worst_heap = max(row["heap_vs_first"] or 0 for row in rows)
    result = {
        "package": package_line(),
        "article": source,
        "article_bytes": len(article.encode("utf-8")),
        "rows": rows,
        "worst_time_vs_first": worst_time,
        "worst_heap_vs_first": worst_heap,
        "flat": worst_time <= 1.5 and worst_heap <= 1.5,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"package  {result['package']}")
    print(f"article  {source}, {result['article_bytes']} bytes; {args.copies} copies analyzed per row")
    header = ("copies", "MB", "calls", "CPU s", "CPU s/MB", "x 1st", "heap MB/MB", "x 1st")
    print(" ".join(f"{name:>{width}}" for name, width in zip(header, (7, 8, 6, 7, 9, 6, 11, 6), strict=True)))
    for row in rows:
        print(
            f"{row['copies']:7} {row['megabytes']:8.3f} {row['calls']:6} {row['cpu_s']:7.3f} "
            f"{row['cpu_s_per_mb']:9.3f} {row['time_vs_first']:6.2f} {row['heap_mb_per_mb']:11.2f} "
            f"{row['heap_vs_first']:6.2f}"
        )
    verdict = "flat" if result["flat"] else "NOT flat"
    print(f"{verdict}: worst time/MB {worst_time}x the 1x row, worst heap/MB {worst_heap}x (limit 1.5x)")
    print(f"peak RSS {result['peak_rss_mb']} MB")
    return 0 if result["flat"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
