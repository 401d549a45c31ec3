"""The casualty number scan by ``str.find`` (``_numbers._core_starts_by_find``, the compiled build's path)
must find exactly the starts the two core patterns find, and every core word must begin with a needle; the
quantity pattern with alternatives split by next character, and the subject pattern with a look-ahead before
the predicate, must match as the plain ones."""

from __future__ import annotations

import re

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._casualty_patterns import PREDICATE, PREDICATE_STARTS, SUBJECT_RE, subject_pattern
from attribution._numbers import (
    _A_NEEDLES,
    _CORE_WORDS,
    _WORD_NEEDLES,
    CORE_RE,
    NUMBER,
    QUANTITY_RE,
    UNITS,
    _core_starts,
    _core_starts_by_find,
    _core_starts_by_pattern,
    _quantity_pattern,
)

WORDS = [*UNITS, *_A_NEEDLES, "half", "dozens", "hundreds", "thousands", "millions", "several", "scores", "tens"]
PIECES = [
    *WORDS, "a", "an", "someone", "often", "behalf", "tend", "weight", "forty-two", "a\tdozen", "a \n million",
    "half  a hundred", "12", "1,5.0", "5,", "3.", ",.", "2015", "x", "_", "-", ".", ",", " ", "  ", "\n", "\x1c",
    "\x0b", "(", "?", "$", "a", "A",
]  # fmt: skip


def test_every_core_word_begins_with_a_needle() -> None:
    # The literal core words; "half a ..." starts with "half", "a <dozen|scale>" is found from its second word.
    literal = [word for word in _CORE_WORDS if word.isalpha()] + ["dozen", "dozens", *UNITS]
    assert [w for w in literal if not w.startswith(_WORD_NEEDLES + _A_NEEDLES)] == []
    assert {w for w in _CORE_WORDS if not w.isalpha()} == {
        r"half\s+a\s+(?:dozen|hundred|thousand|million|billion)",
        r"a\s+(?:dozen|hundred|thousand|million|billion)",
        "dozens?",
    }
    assert set(_A_NEEDLES) == {"dozen", "hundred", "thousand", "million", "billion"}


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=80),
)
@example("a dozen", 0, 7)
@example("xa dozen", 1, 8)
@example("half a dozen", 0, 12)
@example("half a dozen", 4, 12)
@example("ten  tens", 1, 9)
@example("12,3.4 5", 2, 8)
@example("one", 1, 3)
@example("a\x1cmillion two", 0, 13)
def test_find_scan_is_the_pattern_scan(text: str, low: int, span: int) -> None:
    low = min(low, len(text))
    high = min(len(text), low + span)
    expected = [match.start() for match in CORE_RE.finditer(text, low, high)]
    assert _core_starts(text, low, high) == expected
    if text[max(low - 1, 0) : high].isascii():
        assert _core_starts_by_find(text, low, high) == expected
    assert _core_starts_by_pattern(text, low, high) == expected


# The quantity pattern with its alternatives split on the next character and by first letter
# (``NUMBER_BY_FIRST``, the digit guard on the qualifiers) against the plain pattern built from NUMBER.
PLAIN_QUANTITY_RE = regex.compile(_quantity_pattern("", NUMBER))
NUMBER_PIECES = [
    *UNITS, "hundred", "thousand", "million", "billion", "dozen", "dozens", "half a dozen", "a dozen", "a",
    "and", "and a half", "Several", "scores of", "tens of thousands", "hundreds", "Thousands", "millions", "at least",
    "more than", "up to", "nearly", "fewer than", "about", "an estimated", "some", "between", "from", "to", "or",
    "12", "1,500", "2.5", "3m", "4bn", "٣", "²", "-", "–", " ", "  ", "\n", ",", ".", ":", "/", "$", "%", "’", "x",
    "K", "\u212a", "ſ", "İ", "ONE", "Twenty", "people",
]  # fmt: skip


@settings(max_examples=600)
@given(st.lists(st.sampled_from(NUMBER_PIECES), max_size=14).map(" ".join), st.integers(0, 40))
@example("between 5 and seven", 0)
@example("12 dozen people", 0)
@example("one hundred and five", 0)
@example("at least 3 to 4", 0)
@example("twenty-one thousand", 0)
@example("a  dozen", 0)
def test_quantity_pattern_by_first_is_the_plain_pattern(text: str, position: int) -> None:
    position = min(position, len(text))
    fast = [(m.span(), m.groups()) for m in QUANTITY_RE.finditer(text)]
    assert fast == [(m.span(), m.groups()) for m in PLAIN_QUANTITY_RE.finditer(text)]
    fast_match = QUANTITY_RE.match(text, position)
    plain_match = PLAIN_QUANTITY_RE.match(text, position)
    assert (fast_match and (fast_match.span(), fast_match.groups())) == (
        plain_match and (plain_match.span(), plain_match.groups())
    )


# The subject pattern's look-ahead before the predicate (PREDICATE_STARTS) may only fail where no predicate
# branch can begin: pieces are every word of PREDICATE's source, cut and joined at random.
PLAIN_SUBJECT_RE = regex.compile(subject_pattern(""))
PREDICATE_GUARD_RE = regex.compile("(?i)(?:" + "|".join(PREDICATE_STARTS) + ")")
PLAIN_PREDICATE_RE = regex.compile(rf"(?xi){PREDICATE}")
PREDICATE_WORDS = sorted(set(re.findall(r"[a-z]{2,}", PREDICATE)))
SUBJECT_PIECES = [
    *PREDICATE_WORDS, "the", "a", "local", "were", "was", "later", "who", "of them", "people", "Hospital",
    "CRITICAL", "Shot", "non-life", "life-threatening", "12", ",", " ", "  ", "-", "(", ")", "ſ", "\u212a",
]  # fmt: skip


@settings(max_examples=600)
@given(st.lists(st.sampled_from(SUBJECT_PIECES), max_size=16).map(" ".join), st.integers(0, 12))
@example("12 were taken to a local hospital", 2)
@example("12 people were in critical condition", 2)
@example("12 non-life threatening injuries", 2)
@example("12 suffering from gunshot wounds", 2)
def test_subject_pattern_guard_changes_no_match(text: str, position: int) -> None:
    position = min(position, len(text))
    for start in range(len(text) + 1):
        if PLAIN_PREDICATE_RE.match(text, start):
            assert PREDICATE_GUARD_RE.match(text, start)
    fast, plain = SUBJECT_RE.match(text, position), PLAIN_SUBJECT_RE.match(text, position)
    assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))


def test_every_predicate_word_is_guarded() -> None:
    # Each word a predicate branch can begin with, as the branches list them.
    firsts = [
        "fatally", "mortally", "stabbed", "beaten", "burned", "burnt", "shot", "hacked", "crushed", "trampled",
        "bludgeoned", "lost", "among", "killed", "dead", "died", "dies", "die", "slain", "murdered", "perished",
        "massacred", "taken", "rushed", "transported", "airlifted", "hospitalized", "hospitalised", "in",
        "non-life", "nonlife", "life", "minor", "serious", "critical", "severe", "multiple", "gunshot", "suffering",
        "with", "brought", "flown", "admitted", "sent", "treated", "suffered", "sustained", "sustaining", "wounded",
        "injured", "hurt", "missing", "unaccounted", "deaths", "fatalities", "bodies", "casualties", "injuries",
    ]  # fmt: skip
    assert [word for word in firsts if not PREDICATE_GUARD_RE.match(word)] == []
