"""Offset lookups over a paragraph's sorted spans and quotes.

The statements stage keeps what it has covered and the paragraph's quotes sorted
by start, so each lookup is a bisection and a look at one or two neighbours.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter

from ._segment import Quote


def inside_any(position: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``position`` inside one of ``spans`` (sorted by start, rarely nested)?"""
    index = bisect_right(spans, position, key=_first) - 1
    # spans[index] and the two before it (a nested span's outer one) start at or before
    # ``position`` by construction: only their ends need testing, written out (this runs per cue).
    return index >= 0 and (
        position < spans[index][1]
        or (index >= 1 and position < spans[index - 1][1])
        or (index >= 2 and position < spans[index - 2][1])
    )


def touches(span: tuple[int, int], covered: list[tuple[int, int]]) -> bool:
    """Does ``span`` overlap a covered span (sorted by start)?"""
    index = bisect_left(covered, span[1], key=_first)
    return any(covered[k][1] > span[0] for k in range(max(0, index - 3), index))


# Bisection keys in C: a Python key function cost a call per probe.
_first = itemgetter(0)
_open_at = attrgetter("open_at")


def opens_quote(text: str, position: int, quotes: list[Quote]) -> Quote | None:
    """The quote whose opening mark is at ``position`` (or just before it)."""
    index = bisect_left(quotes, position - 1, key=_open_at)
    for quote in quotes[index : index + 2]:
        if quote.open_at == position or (quote.open_at == position - 1 and text[position - 1] in "“\"‘'«"):
            return quote
    return None


def mostly_quote(content: tuple[int, int], quotes: list[Quote]) -> bool:
    """Is more than 60% of ``content`` one quote's words?"""
    length = content[1] - content[0]
    index = max(0, bisect_right(quotes, content[0], key=_open_at) - 1)
    for k in range(index, len(quotes)):
        quote = quotes[k]
        if quote.open_at >= content[1]:
            break
        inner = min(content[1], quote.end) - max(content[0], quote.start)
        if inner > 0.6 * length:
            return True
    return False


def quote_words(text: str, quote: Quote) -> tuple[int, int] | None:
    """The words between the marks, punctuation kept, outer spaces and dashes dropped."""
    start, end = quote.start, quote.end
    while start < end and (text[start].isspace() or text[start] in "—–-"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and text[start].isalnum():
        return start, end  # most quotes open with a word: no scan needed
    return (start, end) if any(ch.isalnum() for ch in text[start:end]) else None
