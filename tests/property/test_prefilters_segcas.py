"""The segmenter's and casualty stage's shortcuts must find exactly what the patterns they replace find."""

from __future__ import annotations

import re
from bisect import bisect_left

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._casualties import SENTENCE_HEDGE_HINTS, _lowered
from attribution._casualty_patterns import SENTENCE_HEDGE_RE, TRIGGER_STEMS
from attribution._numbers import CORE_RE
from attribution._segment import (
    BOILERPLATE_PHRASES,
    BOILERPLATE_RE,
    DOUBLE_MARKS,
    INVISIBLE,
    SENTENCE_MARKS,
    SINGLE_OPENER_RE,
    SINGLE_OPENERS,
    Quote,
    _has_hint,
    _may_open_single,
    _single_quotes,
    _strip,
    char_positions,
    find_quotes,
    segment,
)
from attribution._sentences import (
    ABBREVIATION_ENDINGS,
    ABBREVIATION_RE,
    ABBREVIATION_WORDS,
    SENTENCE_CANDIDATE_RE,
    SENTENCE_END_RE,
    _may_abbreviate,
    split_sentences,
)

# The patterns segment() used before it found marks with str.find.
PARAGRAPH_RE = re.compile(r"[^\n\r\u2028\u2029]+")
DOUBLE_MARK_RE = re.compile(r"[“”„«»\"‟]")

PIECES = [
    "He", "said", "U.S.", "Gen.", "it's", "'", "‘", "’", '"', "“", "”", "„", "«", "»", "‟", ".", "!", "?", ".”",
    "A", "9", "É", "(", ")", "[", ":", "—", "-", " ", "  ", "\n", "\r\n", "\u2028", "\u2029", "\t", "\x1c",
    "\u200b", "\ufeff", "\u00a0", "x", "é", "etc", "vs", "Mr", "approx", "word", "Lt.Col", "\u200d", "ab1",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
# Words and marks with separators between them, for sentence ends and quotation marks.
WORDS = [
    "He", "etc.", "vs.", "Mr.", "Gen.", "U.S.", "word.", "ab1.", "é.", "A", "É", "9", '"', "“", "”", "„", "«",
    "‘", "’", "'", "!", "?", ")", "Lt.Col.", "a\u200dMr.", "approx.",
]  # fmt: skip
prose = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", " ", " ", "", "\t"])), max_size=20).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


def _within(positions: list[int], start: int, end: int) -> list[int]:
    """The positions in [start, end): what segment() bisects out for each paragraph."""
    low = bisect_left(positions, start)
    return positions[low : bisect_left(positions, end, low)]


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
    assert char_positions(text, DOUBLE_MARKS) == [m.start() for m in DOUBLE_MARK_RE.finditer(text)]
    stops = char_positions(text, SENTENCE_MARKS)
    openers = char_positions(text, SINGLE_OPENERS)
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


def _split_sentences_by_helper(text: str, start: int, end: int, marks: list[int]) -> tuple[tuple[int, int], ...]:
    """split_sentences as it was before its per-mark tests were written out: every mark
    through SENTENCE_CANDIDATE_RE, group 2's character tested for ASCII, and _may_abbreviate
    called at every full stop."""
    sentences: list[tuple[int, int]] = []
    begin = start
    for mark in marks:
        match = SENTENCE_CANDIDATE_RE.match(text, mark, end)
        if match is None:
            continue
        if text[match.start(2)] > "\x7f" and SENTENCE_END_RE.match(text, mark, end) is None:
            continue
        gap_start, gap_end = match.span(1)
        if text[mark] == ".":
            floor = gap_start - 12 if gap_start - 12 > begin else begin
            if _may_abbreviate(text, mark, floor) and ABBREVIATION_RE.search(text[floor:gap_start]):
                continue
        if gap_start > begin:
            sentences.append((begin, gap_start))
        begin = gap_end
    if begin < end:
        sentences.append((begin, end))
    return tuple(sentences)


@settings(max_examples=1000)
@given(st.one_of(texts, prose))
def test_sentence_ends_told_inline_are_the_patterns(text: str) -> None:
    stops = char_positions(text, SENTENCE_MARKS)
    for paragraph in segment(text).paragraphs:
        start, end = paragraph.start, paragraph.end
        marks = _within(stops, start, end - 2)
        assert split_sentences(text, start, end, marks) == _split_sentences_by_helper(text, start, end, marks)


def _double_role(text: str, position: int, start: int, end: int, opener: str | None) -> str:
    """The role of one double mark as a helper told it before find_quotes did it inline."""
    mark = text[position]
    if mark == "“" and opener == "„":
        return "close"
    if mark in "“„«‟":
        return "open"
    if mark in "”»":
        return "close"
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    if opener is not None:
        if before.isspace() and not after.isspace() and after not in ".,;:!?)":
            return "open"
        return "close"
    if after.isspace() and not before.isspace():
        return "stray"
    return "open"


def _quotes_by_helper(
    text: str, start: int, end: int, paragraph: int, marks: list[int], openers: list[int]
) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    open_at: int | None = None
    for position in marks:
        role = _double_role(text, position, start, end, text[open_at] if open_at is not None else None)
        if role == "open":
            if open_at is not None and position - open_at > 1:
                inner_start, inner_end = _strip(text, open_at + 1, position)
                if inner_end > inner_start and text[inner_end - 1] in ".!?":
                    quotes.append(Quote(inner_start, inner_end, open_at, None, paragraph))
            open_at = position
        elif role == "close" and open_at is not None:
            if position > open_at + 1:
                quotes.append(Quote(open_at + 1, position, open_at, position, paragraph))
            open_at = None
    if open_at is not None:
        inner_start, inner_end = _strip(text, open_at + 1, end)
        if inner_end > inner_start:
            quotes.append(Quote(inner_start, inner_end, open_at, None, paragraph))
    if openers:
        singles = _single_quotes(text, start, end, paragraph, quotes, openers)
        if singles:
            quotes = sorted([*quotes, *singles], key=lambda q: q.open_at)
    return tuple(quotes)


@settings(max_examples=1000)
@given(st.one_of(texts, prose))
@example('He "said ") so" A')  # a straight mark glued to ")" after a space closes the quote
def test_quote_roles_told_inline_are_the_helpers(text: str) -> None:
    doubles = char_positions(text, DOUBLE_MARKS)
    openers = char_positions(text, SINGLE_OPENERS)
    for paragraph in segment(text).paragraphs:
        start, end, index = paragraph.start, paragraph.end, paragraph.index
        marks, singles = _within(doubles, start, end), _within(openers, start, end)
        assert find_quotes(text, start, end, index, marks, singles) == _quotes_by_helper(
            text, start, end, index, marks, singles
        )


def test_latin1_letters_lower_to_non_ascii_letters_of_their_class() -> None:
    # Why _lowered may leave them as they are: no ASCII word can start, end or sit there.
    for code in range(0x80, 0x100):
        char = chr(code)
        lower = char.lower()
        assert len(lower) == 1
        assert not lower.isascii()
        assert lower.isalnum() == char.isalnum()
        assert lower.isdecimal() == char.isdecimal()
        assert lower.isspace() == char.isspace()
        assert bool(re.match(r"\w", lower)) == bool(re.match(r"\w", char))


LATIN1_PIECES = [
    *TRIGGER_STEMS, "KILLED", "Dead", "ÉTÉ", "été", "ß", "Ü", "ü", "ÿ", "µ", "²", "½", "× ", "One", "TWO", "a dozen",
    "Several", "12", "3,000", " ", ". ", "\n", "x", "É", "reportedly", "Reports", "İ", "“",
]  # fmt: skip


@given(st.lists(st.sampled_from(LATIN1_PIECES), max_size=25).map("".join))
def test_latin1_lowering_finds_what_lower_finds(text: str) -> None:
    lowered, reference = _lowered(text), text.lower()
    assert len(lowered) == len(text) or lowered == reference
    for word in (*TRIGGER_STEMS, *SENTENCE_HEDGE_HINTS):
        assert [m.start() for m in re.finditer(re.escape(word), lowered)] == [
            m.start() for m in re.finditer(re.escape(word), reference)
        ]
    assert [m.start() for m in CORE_RE.finditer(lowered)] == [m.start() for m in CORE_RE.finditer(reference)]


TAIL_WORDS = [*sorted(ABBREVIATION_WORDS), "Lt.Col", "U.S", "A", "said", "killed", "é", "x", "ab", "Xetc", "de"]


@given(
    st.sampled_from(["", " ", "x", "(", "é", "Dr."]),
    st.sampled_from(TAIL_WORDS),
    st.booleans(),
    st.sampled_from(["", '"', "”", "’)", "')]"]),
)
def test_abbreviation_endings_gate_every_abbreviation(lead: str, word: str, lower: bool, closers: str) -> None:
    tail = lead + (word.lower() if lower else word) + "."
    if "a" <= tail[-2] <= "z" and tail[-3:-1] not in ABBREVIATION_ENDINGS:
        assert ABBREVIATION_RE.search(tail + closers) is None
