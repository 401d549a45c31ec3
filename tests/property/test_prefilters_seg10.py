"""The tenth round's segmentation and quote-cue shortcuts must give what the code they replaced gives.

The references are the code as it was before: the sentence splitter comparing one-letter
strings and calling SENTENCE_CANDIDATE_RE after every closing mark, and the quote cue's
sentence floor running SENTENCE_BREAK_RE's ``finditer`` over the whole window; the
bisections written out are compared with ``bisect`` itself, on sorted lists and on any list.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._boilerplate import BYLINE_OPENINGS, hinted_boilerplate, is_byline
from attribution._cues import Cue
from attribution._quotecues import SENTENCE_BREAK_RE, _left_of_cues, _right_of_cues, _sentence_floor
from attribution._segment import (
    BOILERPLATE_MAX_CHARS,
    BYLINE_FIRSTS,
    DOUBLE_MARKS,
    INVISIBLE,
    LINE_BREAKS,
    SENTENCE_MARKS,
    SINGLE_OPENERS,
    Document,
    Paragraph,
    Quote,
    _strip,
    char_positions,
    find_quotes,
    segment,
)
from attribution._sentences import (
    ABBREVIATION_ENDINGS,
    ABBREVIATION_WORDS,
    SENTENCE_CANDIDATE_RE,
    SENTENCE_END_RE,
    _ends_abbreviation,
    split_sentences,
)
from attribution._spans import _left_of_openers, _left_of_starts, _right_of_openers, _right_of_starts


def _old_split_sentences(text: str, start: int, end: int, marks: list[int]) -> tuple[tuple[int, int], ...]:
    """split_sentences before this round (character tests on one-letter strings)."""
    sentences: list[tuple[int, int]] = []
    begin = start
    for mark in marks:
        # The usual break, one space and an ASCII capital or digit (mark + 2 < end, see above),
        # is what SENTENCE_CANDIDATE_RE would match there: told without a pattern call.
        following, after = text[mark + 1], text[mark + 2]
        if following == " " and ("A" <= after <= "Z" or "0" <= after <= "9"):
            gap_start, gap_end = mark + 1, mark + 2
        elif ("!" <= following <= "~" and following not in "\"')]") or (following == " " and "a" <= after <= "z"):
            # Two-thirds of the other marks ("3.5", "U.S.", "e.g. the"), told without a pattern
            # call: the pattern needs a closing mark or a space right after the mark (a printable
            # ASCII character is neither unless it closes), and a single space before a
            # lower-case ASCII letter is a gap that nothing sentence-like follows.
            continue
        else:
            match = SENTENCE_CANDIDATE_RE.match(text, mark, end)
            if match is None:
                continue
            if match.lastindex == 2 and SENTENCE_END_RE.match(text, mark, end) is None:
                continue
            gap_start, gap_end = match.span(1)
        # Look back a bounded distance for an abbreviation such as "Gen." or "U.S.".
        # ABBREVIATION_RE ends in a capital (initials) or a listed word right before the full
        # stop, so a lower-case letter there after two characters no listed word ends in rules
        # it out: the usual case ("said.", "killed.") skips the look-back.
        if (
            text[mark] == "."
            and mark > begin
            and not ("a" <= text[mark - 1] <= "z" and text[mark - 2 : mark] not in ABBREVIATION_ENDINGS)
        ):
            floor = gap_start - 12 if gap_start - 12 > begin else begin
            # The usual case, a lower-case ASCII word after a space, is _may_abbreviate's first
            # test written out here (a call per full stop was a fifth of this loop). There the
            # word is ABBREVIATION_RE's answer too: the space is a word boundary, and a listed
            # word before the full stop is a match (the stop is followed by closing marks only).
            if (
                "a" <= text[mark - 1] <= "z"
                and (space := text.rfind(" ", floor, mark)) >= 0
                and (word := text[space + 1 : mark]).isascii()
                and word.isalnum()
            ):
                abbreviated = word in ABBREVIATION_WORDS
            else:
                abbreviated = _ends_abbreviation(text, mark, floor, gap_start)
            if abbreviated:
                continue
        if gap_start > begin:
            sentences.append((begin, gap_start))
        begin = gap_end
    if begin < end:
        sentences.append((begin, end))
    return tuple(sentences)


# Marks with what may follow them: closing marks (one to four, ASCII and curly), spaces of
# several kinds, openers, capitals and digits of ASCII and beyond, lower-case letters.
PIECES = [
    *sorted(ABBREVIATION_WORDS)[::3], "U.S", "A", "b", "said", "3.5", "É", "é", "Ω", "ǅ", "_", ".", "!", "?", '"',
    "'", ")", "]", "”", "’", "“", "‘", "(", "[", " ", " ", " ", "  ", "\t", "\u00a0", "\u2009", "\x1c", "\x7f",
    "a", "The", "9", "-", ",", ". ", ".) The", '." A', ".') x", "?] B", "! a", ". “A", ".’ É", ". 9", ". (a",
    '.")] X', ".”’) Y", ". ' Z", ". (É", '. "9', ". [", ". ‘A", ".\u00a0B", ". \u2009C",
]  # fmt: skip


def _within(positions: list[int], start: int, end: int) -> list[int]:
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
@example('He left." Then')
@example(".”’) Yes")
@example('.")]) No')
@example(". ' Z. (É. \u00a0B")
def test_sentence_codes_split_where_the_pattern_splits(text: str) -> None:
    stops = char_positions(text, SENTENCE_MARKS)
    for paragraph in segment(text).paragraphs:
        start, end = paragraph.start, paragraph.end
        marks = _within(stops, start, end - 2)
        assert split_sentences(text, start, end, marks) == _old_split_sentences(text, start, end, marks)


def _old_sentence_floor(text: str, start: int, position: int) -> int:
    best = start
    for match in SENTENCE_BREAK_RE.finditer(text, start, min(len(text), position + 1)):
        if match.end() <= position:
            best = match.end()
    return best


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=200),
)
@example('He left." Then she', 0, 12)
@example("A. B", 0, 3)
@example("A. B", 0, 2)
@example("x.” É", 0, 4)
def test_sentence_floor_by_codes_is_the_last_break(text: str, start: int, position: int) -> None:
    start = min(start, len(text))
    position = max(start, min(position, len(text) + 1))
    assert _sentence_floor(text, start, position) == _old_sentence_floor(text, start, position)


@settings(max_examples=200)
@given(
    st.lists(st.integers(min_value=0, max_value=30), max_size=12),
    st.booleans(),
    st.integers(min_value=-2, max_value=32),
)
@example([], True, 0)
@example([3, 3, 3], True, 3)
def test_written_out_bisections_are_bisect(keys: list[int], ordered: bool, position: int) -> None:
    if ordered:
        keys = sorted(keys)
    spans = [(key, key + 5) for key in keys]
    quotes = [Quote(key + 1, key + 4, key, key + 4, 0) for key in keys]
    cues = [Cue(key, key + 4, "say", "assert", "x") for key in keys]
    first, opener, start = itemgetter(0), attrgetter("open_at"), attrgetter("start")
    assert _right_of_starts(spans, position) == bisect_right(spans, position, key=first)
    assert _left_of_starts(spans, position) == bisect_left(spans, position, key=first)
    assert _right_of_openers(quotes, position) == bisect_right(quotes, position, key=opener)
    assert _left_of_openers(quotes, position) == bisect_left(quotes, position, key=opener)
    assert _right_of_cues(cues, position) == bisect_right(cues, position, key=start)
    assert _left_of_cues(cues, position) == bisect_left(cues, position, key=start)


def test_byline_first_letters_are_the_openings_first_letters() -> None:
    # segment tests a paragraph's first code against B, P and U before is_byline.
    assert {opening[0] for opening in BYLINE_OPENINGS} == set(BYLINE_FIRSTS) == {chr(code) for code in (66, 80, 85)}


@settings(max_examples=200)
@given(st.lists(st.sampled_from([*PIECES, "\n", "\r", "\u200b", "\ufeff", "By Jo Roe", "Posted:", " \n"]), max_size=20))
def test_segment_is_the_old_segment(pieces: list[str]) -> None:
    # The end tests by code and the byline gate against the segmenter as it was (its paragraphs'
    # bounds, sentences, quotes and boilerplate marks).
    text = "".join(pieces)
    assert segment(text) == _old_segment(text)


def _old_segment(text: str) -> Document:
    """segment before this round: the ends tested as one-character strings, is_byline on every paragraph."""
    stops = char_positions(text, SENTENCE_MARKS)
    doubles = char_positions(text, DOUBLE_MARKS)
    singles = char_positions(text, SINGLE_OPENERS)
    beyond = len(text) + 2
    stops.append(beyond)
    doubles.append(beyond)
    singles.append(beyond)
    stop_at = double_at = single_at = 0
    paragraphs: list[Paragraph] = []
    lowers: list[str] = []
    short: list[Paragraph] = []
    begin = 0
    for line_end in [*char_positions(text, LINE_BREAKS), len(text)]:
        start, end = begin, line_end
        begin = line_end + 1
        if start >= end:
            continue
        first, last = text[start], text[end - 1]
        if first.isspace() or first in INVISIBLE or last.isspace() or last in INVISIBLE:
            start, end = _strip(text, start, end)
            if start >= end:
                continue
        index = len(paragraphs)
        while stops[stop_at] < start:
            stop_at += 1
        low = stop_at
        while stops[stop_at] < end - 2:
            stop_at += 1
        sentences = split_sentences(text, start, end, stops[low:stop_at]) if stop_at > low else ((start, end),)
        while doubles[double_at] < start:
            double_at += 1
        low = double_at
        while doubles[double_at] < end:
            double_at += 1
        while singles[single_at] < start:
            single_at += 1
        low_single = single_at
        while singles[single_at] < end:
            single_at += 1
        quotes = (
            find_quotes(text, start, end, index, doubles[low:double_at], singles[low_single:single_at])
            if double_at > low or single_at > low_single
            else ()
        )
        chunk = text[start:end]
        paragraph = Paragraph(index, start, end, sentences, quotes, is_byline(chunk))
        paragraphs.append(paragraph)
        if not paragraph.boilerplate and end - start <= BOILERPLATE_MAX_CHARS:
            lowers.append(chunk.lower())
            short.append(paragraph)
    for k in hinted_boilerplate(lowers):
        short[k].boilerplate = True
    return Document(text=text, paragraphs=tuple(paragraphs))
