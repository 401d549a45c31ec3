"""Offset lookups over a paragraph's sorted spans and quotes.

The statements stage keeps what it has covered and the paragraph's quotes sorted
by start, so each lookup is a bisection and a look at one or two neighbours.
"""

from __future__ import annotations

from ._segment import Quote


def inside_any(position: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``position`` inside one of ``spans`` (sorted by start, rarely nested)?"""
    index = _right_of_starts(spans, position) - 1
    # spans[index] and the two before it (a nested span's outer one) start at or before
    # ``position`` by construction: only their ends need testing, written out (this runs per cue).
    return index >= 0 and (
        position < spans[index][1]
        or (index >= 1 and position < spans[index - 1][1])
        or (index >= 2 and position < spans[index - 2][1])
    )


def touches(span: tuple[int, int], covered: list[tuple[int, int]]) -> bool:
    """Does ``span`` overlap a covered span (sorted by start)?"""
    index = _left_of_starts(covered, span[1])
    return any(covered[k][1] > span[0] for k in range(max(0, index - 3), index))


# The bisections below are ``bisect``'s own loop (the same midpoints and comparisons, so the
# same index on any list) written out: compiled, each probe is a native read and integer test,
# where a call of ``bisect`` with a ``key`` cost some 1,200 instructions (a keyword call into C,
# then a key call and a rich comparison per probe) and these lookups run per cue and per quote.


def _right_of_starts(spans: list[tuple[int, int]], position: int) -> int:
    """``bisect_right(spans, position, key=itemgetter(0))``."""
    low, high = 0, len(spans)
    while low < high:
        middle = (low + high) // 2
        if position < spans[middle][0]:
            high = middle
        else:
            low = middle + 1
    return low


def _left_of_starts(spans: list[tuple[int, int]], position: int) -> int:
    """``bisect_left(spans, position, key=itemgetter(0))``."""
    low, high = 0, len(spans)
    while low < high:
        middle = (low + high) // 2
        if spans[middle][0] < position:
            low = middle + 1
        else:
            high = middle
    return low


def _right_of_openers(quotes: list[Quote], position: int) -> int:
    """``bisect_right(quotes, position, key=attrgetter("open_at"))``."""
    low, high = 0, len(quotes)
    while low < high:
        middle = (low + high) // 2
        if position < quotes[middle].open_at:
            high = middle
        else:
            low = middle + 1
    return low


def _left_of_openers(quotes: list[Quote], position: int) -> int:
    """``bisect_left(quotes, position, key=attrgetter("open_at"))``."""
    low, high = 0, len(quotes)
    while low < high:
        middle = (low + high) // 2
        if quotes[middle].open_at < position:
            low = middle + 1
        else:
            high = middle
    return low


def opens_quote(text: str, position: int, quotes: list[Quote]) -> Quote | None:
    """The quote whose opening mark is at ``position`` (or just before it)."""
    index = _left_of_openers(quotes, position - 1)
    for quote in quotes[index : index + 2]:
        if quote.open_at == position or (quote.open_at == position - 1 and text[position - 1] in "“\"‘'«"):
            return quote
    return None


def mostly_quote(content: tuple[int, int], quotes: list[Quote]) -> bool:
    """Is more than 60% of ``content`` one quote's words?"""
    length = content[1] - content[0]
    index = max(0, _right_of_openers(quotes, content[0]) - 1)
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
