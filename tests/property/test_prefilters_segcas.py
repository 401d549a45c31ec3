"""The segmenter's and casualty stage's shortcuts must find exactly what the patterns they replace find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from attribution._casualties import SENTENCE_HEDGE_HINTS
from attribution._casualty_patterns import SENTENCE_HEDGE_RE
from attribution._segment import (
    BOILERPLATE_PHRASES,
    BOILERPLATE_RE,
    DOUBLE_MARKS,
    INVISIBLE,
    SENTENCE_CANDIDATE_RE,
    SENTENCE_MARKS,
    SINGLE_OPENER_RE,
    SINGLE_OPENERS,
    _has_hint,
    _may_open_single,
    _positions,
    _within,
    segment,
)

# The patterns segment() used before it found marks with str.find.
PARAGRAPH_RE = re.compile(r"[^\n\r\u2028\u2029]+")
DOUBLE_MARK_RE = re.compile(r"[“”„«»\"‟]")

PIECES = [
    "He", "said", "U.S.", "Gen.", "it's", "'", "‘", "’", '"', "“", "”", "„", "«", "»", "‟", ".", "!", "?", ".”",
    "A", "9", "É", "(", ")", "[", ":", "—", "-", " ", "  ", "\n", "\r\n", "\u2028", "\u2029", "\t", "\x1c",
    "\u200b", "\ufeff", "\u00a0", "x", "é",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@given(texts)
def test_paragraphs_are_the_runs_between_line_breaks(text: str) -> None:
    expected = []
    for match in PARAGRAPH_RE.finditer(text):
        start, end = match.span()
        while start < end and (text[start].isspace() or text[start] in INVISIBLE):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in INVISIBLE):
            end -= 1
        if start < end:
            expected.append((start, end))
    assert [(p.start, p.end) for p in segment(text).paragraphs] == expected


@given(texts)
def test_marks_found_with_find_are_the_patterns_matches(text: str) -> None:
    assert _positions(text, DOUBLE_MARKS) == [m.start() for m in DOUBLE_MARK_RE.finditer(text)]
    stops = _positions(text, SENTENCE_MARKS)
    openers = _positions(text, SINGLE_OPENERS)
    for paragraph in segment(text).paragraphs:
        start, end = paragraph.start, paragraph.end
        candidates = [SENTENCE_CANDIDATE_RE.match(text, mark, end) for mark in _within(stops, start, end - 2)]
        found = [m.span() for m in candidates if m is not None]
        assert found == [m.span() for m in SENTENCE_CANDIDATE_RE.finditer(text, start, end)]
        expected_opener = SINGLE_OPENER_RE.search(text, start, end) is not None
        assert _may_open_single(text, end, _within(openers, start, end)) == expected_opener


BOILERPLATE_WORDS = [
    *BOILERPLATE_PHRASES, "follow", "jane", "doe", "on", "twitter", "©", "2024", "(ap", "(afp", "(reuters", "photo",
    "the", "reporting", "editing", "writing", "by", ".", '"', "“", " ", "-",
]  # fmt: skip


@given(st.lists(st.sampled_from(BOILERPLATE_WORDS), max_size=12), st.sampled_from(["", " ", "x"]))
def test_boilerplate_hints_are_in_every_match(words: list[str], edge: str) -> None:
    lower = edge + " ".join(words) + edge
    if BOILERPLATE_RE.search(lower):
        assert _has_hint(lower)


def test_every_boilerplate_phrase_holds_a_hint() -> None:
    assert all(_has_hint(phrase) for phrase in BOILERPLATE_PHRASES)


HEDGE_WORDS = [
    "reportedly", "REPORTEDLY", "Allegedly", "unconfirmed", "UNCONFIRMED", "initial", "initially", "preliminary",
    "early", "first", "FIRST", "report", "Reports", "reported", "repor", "ſ", "K", "the", "police", " ", "\n",
]  # fmt: skip


@given(st.lists(st.sampled_from(HEDGE_WORDS), max_size=10))
def test_sentence_hedge_hints_are_in_every_match(words: list[str]) -> None:
    text = " ".join(words)
    lowered = text.lower()
    if len(lowered) == len(text) and SENTENCE_HEDGE_RE.search(text):
        assert any(hint in lowered for hint in SENTENCE_HEDGE_HINTS)
