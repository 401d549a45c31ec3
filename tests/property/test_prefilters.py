"""Prefilters must never drop what the patterns they guard would find."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

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
