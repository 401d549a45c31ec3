"""Eighth speed round, casualty stage: plain numbers read without QUANTITY_RE (``_numbers.plain_end``) must
be read exactly as the pattern reads them, and the lower-cased copy made with the built-in "replace" handler
must be the one the earlier handler of our own made."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._casualties import _lowered
from attribution._casualty_patterns import (
    NO_MATCH,
    OBJECT_VERB_RE,
    UNDECIDED,
    UNIT_RE,
    PlainNumber,
    object_verb_possible,
    plain_end,
    unit_possible,
)
from attribution._numbers import (
    PHRASE_REACH,
    QUALIFIER_ENDS,
    QUALIFIER_LEFT_RE,
    QUALIFIER_LONGEST,
    QUALIFIER_REACH,
    QUANTITY_GROUPS,
    QUANTITY_RE,
    _core_starts,
    find_quantities,
    read_quantity,
)

NUMBER_PIECES = [
    "19", "7", "2015", "1234567890123", "1,000", "7.5", "one", "Two", "SEVEN", "seventeen", "twenty", "ten",
    "tens", "several", "Dozens", "thousands", "millions", "hundreds", "scores", "half", "a", "an", "hundred",
    "thousand", "million", "billion", "m", "bn", "to", "or", "and", "dozen", "of", "year", "old", "people",
    "hour", "km", "x", "_", " ", "  ", "\n", "\t", "\xa0", "-", "–", ":", ",", ".", ";", ")", "(", "$", "’",
    "'", "/", "#", "%", "ſ", "\u212a", "é", "٣", "²",
]  # fmt: skip


@settings(max_examples=600)
@given(
    st.lists(st.sampled_from(NUMBER_PIECES), max_size=14).map("".join),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=1, max_value=60),
)
@example("killed 19 people", 7, 16)
@example("19 to 20", 0, 8)
@example("24-year-old", 0, 11)
@example("24-a", 0, 4)
@example("24-a dozen people", 0, 30)
@example("4-half a dozen", 0, 30)
@example("10:39", 3, 5)
@example("x 12:30", 2, 7)
@example("one thouſand", 0, 12)
@example("$5 million", 1, 10)
@example("five ", 0, 5)
@example("several, 12", 0, 11)
def test_plain_numbers_are_read_as_the_pattern_reads_them(text: str, position: int, span: int) -> None:
    if position >= len(text):
        return
    limit = min(len(text), position + span)
    end = plain_end(text, position, limit)
    match = QUANTITY_RE.match(text, position, limit)
    if end == UNDECIDED:
        return
    if end == NO_MATCH:
        assert match is None
        return
    assert match is not None
    assert match.span() == (position, end)
    plain = PlainNumber(text, position, end)
    assert match.groups() == plain.groups()
    assert len(plain.groups()) == len(QUANTITY_GROUPS)
    assert (plain.group(), plain.group("a"), plain.span(), plain.span("a"), plain.end()) == (
        match.group(),
        match.group("a"),
        match.span(),
        match.span("a"),
        match.end(),
    )


def _pattern_only(text: str, start: int, stop: int, lowered: str) -> Iterator[regex.Match[str]]:
    """``find_quantities`` as it was before ``plain_end``: every number start tried with the pattern."""
    consumed = start
    for position in _core_starts(lowered, start, stop):
        if position < consumed:
            continue
        reach = max(consumed, position - QUALIFIER_REACH)
        begin = position
        before = text[reach:position]
        word = before.rstrip()
        if len(word) != len(before) and (
            not (tail := word[-QUALIFIER_LONGEST:]).isascii() or tail.lower().endswith(QUALIFIER_ENDS)
        ):
            left = QUALIFIER_LEFT_RE.search(text, reach, position)
            if left is not None:
                begin = left.start()
        limit = min(stop, position + PHRASE_REACH)
        match = QUANTITY_RE.match(text, begin, limit)
        if match is None and begin != position:
            match = QUANTITY_RE.match(text, position, limit)
        if match is not None and match.end() > position:
            consumed = match.end()
            yield match


SENTENCE_PIECES = [*NUMBER_PIECES, "at least ", "more than ", "between ", "from ", "killed ", "were hurt", "Dead"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=20).map("".join), st.integers(min_value=0, max_value=8))
@example("Two died and 19 were hurt, at least 4 of them children.", 0)
def test_find_quantities_reads_as_the_pattern_alone(text: str, start: int) -> None:
    start = min(start, len(text))
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    fast = list(find_quantities(text, start, len(text), lowered))
    slow = list(_pattern_only(text, start, len(text), lowered))
    assert [(m.span(), m.groups(), m.group("a"), m.end()) for m in fast] == [
        (m.span(), m.groups(), m.group("a"), m.end()) for m in slow
    ]
    assert [read_quantity(m) for m in fast] == [read_quantity(m) for m in slow]


def _old_stand_in(error: UnicodeError) -> tuple[str, int]:
    """The handler ``_lowered`` used before: "?" for each character neither alphanumeric nor white space."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    piece = error.object[error.start : error.end]
    for character in piece:
        if character.isalnum() or character.isspace():
            raise error
    return "?" * len(piece), error.end


codecs.register_error("attribution-test-latin1", _old_stand_in)


def _old_lowered(text: str) -> str:
    if not text.isascii():
        try:
            return text.encode("latin-1", "attribution-test-latin1").lower().decode("latin-1")
        except UnicodeEncodeError:
            pass
    return text.lower()


LOWER_PIECES = [
    "Killed", "ONE", "é", "É", "ß", "?", "’", "“", "—", "…", "€", "\u200b", "\u2009", "\u3000", "٣", "Ω", "\u212a",
    "ſ", "ⅰ", "İ", "\ud800", "😀", " ", "x", "12",
]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(LOWER_PIECES), max_size=20).map("".join))
@example("“One” killed?")
@example("a\u3000b’")
def test_lowered_is_the_old_handlers(text: str) -> None:
    assert _lowered(text) == _old_lowered(text)


# Every word and word piece of OBJECT_VERB_RE, with the endings it adds, so that joined pieces spell its branches.
VERB_PIECES = [
    *sorted(set(re.findall(r"[a-z]+", OBJECT_VERB_RE.pattern.replace("(?xri)", "")))), "ed", "ing", "s", "es",
    "Killed", "KILLING", "the toll rose", "number of dead", "an additional", "a further", "overall", "x",
    " ", "  ", "\n", "\t", "\x0b", "\x1c", "\xa0", "\u2009", ":", ",", ".", "-", "(", "'", "’", "_", "7", "é",
    "ſ", "\u212a",
]  # fmt: skip


@settings(max_examples=600)
@given(st.lists(st.sampled_from(VERB_PIECES), max_size=12).map("".join))
@example("They killed ")
@example("the toll rose to ")
@example("the toll stood at: ")
@example("fatally wounding a further ")
@example("wounded overall ")
@example("kiLLed\xa0")
@example("x-killed ")
@example("é killed ")
def test_object_verb_gate_passes_every_match(left: str) -> None:
    if not object_verb_possible(left):
        assert OBJECT_VERB_RE.search(left) is None


def test_object_verb_gate_knows_every_last_word() -> None:
    # Random joins seldom spell a whole branch: try every word of the pattern, with each ending, after
    # every context a branch needs before its last word.
    tokens = set(re.findall(r"[a-z]+", OBJECT_VERB_RE.pattern.replace("(?xri)", "")))
    words = {token + ending for token in tokens for ending in ("", "d", "ed", "ing", "s", "es")}
    contexts = [
        "", "fatally ", "shot ", "shooting ", "shoots ", "claimed the lives ", "the toll rose ", "the number of dead ",
        "the number of injured ", "the dead ", "the dead in the town ", "deaths ", "killed an ", "killed a ",
        "killed ",
    ]  # fmt: skip
    missed = [
        context + word
        for context in contexts
        for word in sorted(words)
        for left in (f"{context}{word} ", f"{context}{word.upper()}\n")
        if OBJECT_VERB_RE.search(left) is not None and not object_verb_possible(left)
    ]
    assert missed == []


@settings(max_examples=600)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=16).map("".join))
@example("xa dozen")
@example("Half a Dozen")
@example("tens of thousands")
@example("A1 x")
def test_a_phrase_without_number_cores_holds_no_quantity(text: str) -> None:
    # Why _bad_noun_phrase may skip QUANTITY_RE.finditer on an ASCII phrase without a core.
    if text.isascii() and not _core_starts(text.lower(), 0, len(text)):
        assert QUANTITY_RE.search(text) is None


UNIT_TOKENS = sorted(set(re.findall(r"[a-z]+", UNIT_RE.pattern.replace("(?xi)", ""))))
UNIT_PIECES = [
    *UNIT_TOKENS, "s", "es", "er", "re", "Years", "KM", "19", "2015", " ", "  ", "\n", "\xa0", ".", ",", "'", "%",
    "-", "_", "7", "é", "ſ", "\u212a", "x",
]  # fmt: skip


@settings(max_examples=600)
@given(st.lists(st.sampled_from(UNIT_PIECES), max_size=8).map("".join), st.integers(min_value=0, max_value=4))
@example(" years old", 0)
@example(" a.m. Monday", 0)
@example(" o'clock", 0)
@example(" per cent", 0)
@example(" gunshot wounds", 0)
@example(" kilometres", 0)
@example(" houſes", 0)
@example(" people", 0)
def test_unit_gate_passes_every_match(text: str, trim: int) -> None:
    end = max(0, len(text) - trim)
    if not unit_possible(text, 0, end):
        assert UNIT_RE.match(text, 0, end) is None


def test_unit_gate_knows_every_word() -> None:
    words = {token + ending for token in UNIT_TOKENS for ending in ("", "s", "es", "er", "re", "ers", "res")}
    missed = [
        left
        for word in sorted(words)
        for left in (f" {word} ", f" {word.upper()}.", f" {word}", f" {word}'clock", f" {word} cent")
        if UNIT_RE.match(left) is not None and not unit_possible(left, 0, len(left))
    ]
    assert missed == []
