"""Shortcuts in _phrases: content_end asks its pattern only at anchors, _that skips THAT_RE after a colon."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution._phrases import CLAUSE_END_RE, THAT_RE, _that, content_end
from strategies import pieces_and_range

# Clause ends of every kind, their near misses (a comma or a space short, no word boundary),
# and anchors that start no clause end, so that several candidates of each anchor meet.
END_PIECES = [
    ", adding", ", saying", ", addingly", "; he said", ", and she added", ", which they noted", "; it warned",
    ", according to", ", according toward", ", and also said", " and later told", ", but then urged", " but vowed",
    " and", " but ", " — ", " —", "—", ", and ", "; ", ", ", ",", ";", " ", "and said", " and said",
    " and saidx", "he said", " he", "it", "x", "É", "\n", "\u2003", " but\u2003said",
]  # fmt: skip


@settings(max_examples=800)
@given(pieces_and_range(END_PIECES, 12))
def test_content_end_finds_the_leftmost_match(case: tuple[str, int, int]) -> None:
    text, start, end = case
    match = CLAUSE_END_RE.search(text, start, end)
    assert content_end(text, start, end) == (match.start() if match is not None else end)


COLON_PIECES = [":", ": ", ":  ", '"', "“", "that", " that ", "x", " ", "\u2003", "\n", "”", ",", "\x1c"]


@settings(max_examples=600)
@given(st.lists(st.sampled_from(COLON_PIECES), min_size=1, max_size=6), st.integers(0, 12))
def test_that_after_a_colon_matches_its_pattern(pieces: list[str], cut: int) -> None:
    text = "He said" + "".join(pieces)
    pos = 7
    end = min(len(text), pos + cut)
    match = THAT_RE.match(text, pos, end)
    assert match is not None
    assert _that(text, pos, end) == (match.end(), "that" in text[match.start() : match.end()])
