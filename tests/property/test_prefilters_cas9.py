"""Speed round 9, casualties: the number-start walk over character codes (``_corescan``, the compiled
build's path) against the ``str.find`` scan it replaces and the core patterns."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution import _corescan
from attribution._numbers import (
    _A_NEEDLES,
    _WORD_NEEDLES,
    CORE_RE,
    UNITS,
    WORD_CORE_AT_RE,
    _core_starts_by_find,
)

WORDS = [*UNITS, *_A_NEEDLES, "half", "dozens", "hundreds", "thousands", "millions", "several", "scores", "tens"]
PIECES = [
    *WORDS, "a", "an", "A", "aa", "someone", "often", "behalf", "tend", "weight", "forty-two", "a\tdozen",
    "a \n million", "a\x1cdozen", "half  a hundred", "12", "1,5.0", "5,", "3.", ",.", "2015", "x", "_", "-", ".",
    ",", " ", "  ", "\n", "\x1c", "\x1f", "\x0b", "(", "?", "$", "Two", "TEN", "b2", "z", "é",
]  # fmt: skip


def test_needle_table_is_the_needles() -> None:
    listed = sorted(needle for needles in _corescan._NEEDLES_BY_LETTER.values() for needle in needles)
    assert listed == sorted((*_WORD_NEEDLES, *_A_NEEDLES))
    for letter, needles in _corescan._NEEDLES_BY_LETTER.items():
        assert all(needle.startswith(letter) for needle in needles)
    assert _corescan._A_NEEDLES == _A_NEEDLES
    assert all(_corescan._PREFIX_TABLE[_corescan._prefix_key(*map(ord, needle[:3]))] for needle in _corescan._NEEDLES)
    assert [chr(code) for code in range(128) if _corescan._is_space(code)] == [
        chr(code) for code in range(128) if chr(code).isspace()
    ]


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.integers(min_value=0, max_value=90),
    st.integers(min_value=0, max_value=90),
)
@example("a dozen", 0, 7)
@example("xa dozen", 1, 8)
@example("half a dozen", 0, 12)
@example("half a dozen", 4, 12)
@example("ten  tens", 1, 9)
@example("12,3.4 5", 2, 8)
@example("one", 1, 3)
@example("a\x1cmillion two", 0, 13)
@example("5.two 3,ten_six", 0, 15)
@example("a two", 0, 4)
def test_code_walk_is_the_find_scan(text: str, low: int, span: int) -> None:
    low = min(low, len(text))
    high = min(len(text), low + span)
    if not text[max(low - 1, 0) : high].isascii():
        return
    expected = _core_starts_by_find(text, low, high)
    assert expected == [match.start() for match in CORE_RE.finditer(text, low, high)]
    assert _corescan.core_starts_by_codes(text, low, high, WORD_CORE_AT_RE) == expected
