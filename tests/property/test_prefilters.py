"""Prefilters must never drop what the patterns they guard would find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from attribution._numbers import _SCALE_ALT, _UNIT_ALT, CORE_RE
from attribution._timepatterns import FUTURE_KEYWORDS, FUTURE_RE

CUE_WORDS = [
    "will", "Will", "won't", "won’t", "shall", "we'll", "they’ll", "upcoming", "scheduled", "slated", "planned",
    "for", "to", "is", "are", "planning", "plans", "plan", "due", "on", "in", "set", "expected", "be", "held",
    "going", "next", "later", "this", "said", "the", "talks", "Friday", "T", "o", "-", "’",
]  # fmt: skip


@given(st.lists(st.sampled_from(CUE_WORDS), max_size=12), st.sampled_from(["", " ", "x"]))
def test_future_keywords_are_in_every_future_cue(words: list[str], edge: str) -> None:
    window = edge + " ".join(words) + edge
    if not any(keyword in window for keyword in FUTURE_KEYWORDS):
        assert FUTURE_RE.search(window) is None


NUMBER_WORDS = [
    "half", "a", "dozen", "dozens", "hundred", "hundreds", "seven", "seventeen", "seventy", "six", "sixty",
    "several", "scores", "ten", "tens", "thirteen", "two", "one", "someone", "often", "eight", "eighteen",
    "nine", "zero", "millions", "12", "1,5.0", "x", "-",
]  # fmt: skip
PLAIN_CORE_RE = re.compile(
    rf"\d[\d,.]*|\b(?=[adefhmnostz])(?:(?:half\s+)?a\s+(?:dozen|{_SCALE_ALT})|dozens?|{_UNIT_ALT}|several|scores"
    r"|hundreds|thousands|millions|tens)\b"
)


@given(st.lists(st.tuples(st.sampled_from(NUMBER_WORDS), st.sampled_from(["", " ", "  ", "-", "\n"])), max_size=20))
def test_core_alternation_by_first_letter_finds_what_the_plain_one_finds(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    assert [m.span() for m in CORE_RE.finditer(text)] == [m.span() for m in PLAIN_CORE_RE.finditer(text)]
