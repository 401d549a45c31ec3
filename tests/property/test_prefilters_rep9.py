"""The ninth round's shortcuts in reported speech find exactly what the code they replace finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._floors import may_cite, quote_floor
from attribution._segment import Quote
from attribution._sources import source_before

# Words a look-back reads differently (auxiliaries, "be", "who", clause words, prepositions that
# open an adverbial or a segment, names, possessives, dotted and non-ASCII words), every mark
# token, the lead characters after a closing mark, spaces and a newline, and a long run that
# takes the mark out of the look-back window.
PIECES = [
    "he", "He", "the", "mayor", "Smith", "Ann Lee", "who", "Who", "has", "had", "was", "is", "being", "also",
    "in", "In", "a", "statement", "interview", "last", "week", "on", "Monday", "late", "early", "at", "time",
    "for", "years", "past", "I", "Acme's", "U.S.", "said", "told", "that", "what", "those", "close", "and",
    "speaking", "Zoë", "é", "”", "“", '"', "»", "«", ",", ")", "(", ";", ":", "—", "–", "[", "]", "’s", "’",
    ".", "!", "-", "'", " ", " ", " ", "  ", "\n", "\u00a0", "x" * 100 + " ", " , in ",
]  # fmt: skip
CUES = ["said", "saying that", "told", "is saying", "says"]
CLOSING = ["”", '"', "»", "“", "«", ";", ":", "—", "–", "(", "[", "]", ")", ",", "’", "'", "x"]


@settings(max_examples=600)
@example(["“", "Q", ","], "”", [" ", "he", " "], [], 0, 0)
@example(["“", "Q"], "”", [" ", "in", " ", "a", " ", "statement", " "], [], 0, 0)
@example(["“", "Q"], "”", [" ", "the", " ", "mayor", ",", " "], [], 0, 0)
@example(["Who", " ", "“", "Q"], "”", [" ", "who", " ", "was", " ", "there", " "], [], 0, 0)
@example(["x" * 100 + " ", "x" * 100 + " ", "“", "Q"], "”", [" ", "he", " "], [], 0, 0)
@given(
    st.lists(st.sampled_from(PIECES), max_size=10),
    st.sampled_from(CLOSING),
    st.lists(st.sampled_from(PIECES), max_size=8),
    st.lists(st.tuples(st.integers(0, 24), st.integers(0, 24)), max_size=3),
    st.integers(0, 40),
    st.integers(0, len(CUES) - 1),
)
def test_quote_floor_keeps_the_source(
    before: list[str], mark: str, after: list[str], others: list[tuple[int, int]], floor: int, cue: int
) -> None:
    pieces = [*before, mark, *after]
    body = "".join(pieces)
    text = body + CUES[cue] + " C."
    cue_start = len(body)
    floor = min(floor, cue_start)
    # A quote closing on ``mark`` and others over any pieces (close_at where a piece starts,
    # whatever it holds), sorted by their opening marks as a paragraph's are.
    starts = [sum(len(p) for p in pieces[:k]) for k in range(len(pieces))]
    spans = [(0, len(before))]
    spans += [(first, first + 1 + length) for first, length in others if first < len(pieces)]
    quotes: list[Quote] = []
    for open_piece, close_piece in sorted(spans):
        open_at = starts[open_piece]
        close_at = starts[close_piece] if close_piece < len(pieces) else None
        end = close_at if close_at is not None else len(body)
        quotes.append(Quote(open_at + 1, max(open_at + 1, end), open_at, close_at, 0))
    nearer = quote_floor(text, quotes, floor, cue_start)
    assert floor <= nearer <= cue_start
    assert source_before(text, nearer, cue_start) == source_before(text, floor, cue_start)


def reference_may_cite(chunk: str) -> bool:
    """The substring tests may_cite replaces."""
    return (
        "ccording to " in chunk
        or "s reported by " in chunk
        or "s cited by " in chunk
        or "Per " in chunk
        or "per " in chunk
    )


CITE_PIECES = [
    "ccording to", "According to", "s reported by", "s cited by", "d by", "Per", "per", "er", " ", "  ", "x",
    "s", "d", "by", "to", ":", "'", "é", "\n",
]  # fmt: skip


@settings(max_examples=300)
@example(["Per", " "])
@example(["s reported by", " "])
@example(["d by", " "])
@given(st.lists(st.sampled_from(CITE_PIECES), max_size=12))
def test_may_cite_is_the_substring_tests(pieces: list[str]) -> None:
    chunk = "".join(pieces)
    assert may_cite(chunk) == reference_may_cite(chunk)
