"""The number scan's shortcuts must find exactly what the patterns they replace find."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from attribution._numbers import CORE_RE, _core_starts

CORE_PIECES = [
    "half", "a", "dozen", "dozens", "hundred", "thousand", "million", "hundreds", "seven", "seventeen", "seventy",
    "six", "sixty", "several", "scores", "ten", "tens", "two", "one", "someone", "often", "eight", "zero", "a\ndozen",
    "12", "1,5.0", "5,", "٣", "x", "_", "é", "-", ".", ",", " ", "  ", "\n", "“", "’", "(",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(CORE_PIECES), max_size=25).map("".join),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60),
)
@example("5,five", 0, 6)
@example("a dozen", 0, 7)
@example("xa dozen", 1, 8)
@example("half a dozen", 4, 12)
@example("often ten", 2, 9)
@example(" ten", 1, 4)
def test_core_starts_are_the_core_patterns_matches(text: str, low: int, span: int) -> None:
    low = min(low, len(text))
    high = min(len(text), low + span)
    assert _core_starts(text, low, high) == [match.start() for match in CORE_RE.finditer(text, low, high)]
