"""according_matches finds exactly what ACCORDING_RE.finditer finds."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from attribution._cues import ACCORDING_RE, according_matches

PIECES = [
    "according to", "According to", "ACCORDING TO", "as reported by", "As reported by", "as cited by", "As cited by",
    "Per", "per", "paper", "Super", "per the", "the", "The", "Reuters", "X", "é", "É", "Ж", " ", "  ", ",", "“", "’",
    "a", "A", "s", "ccording to", "reported by", "cited by", "\n", "1", "_", "-",
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=14), st.integers(0, 6), st.integers(0, 6))
@example(["according to", " ", "according to", " ", "X"], 1, 0)
@example(["Xaccording to", " ", "Per", " ", "The"], 1, 0)
def test_candidates_find_what_finditer_finds(pieces: list[str], lead: int, trail: int) -> None:
    text = "".join(pieces)
    start = min(lead, len(text))
    end = max(start, len(text) - trail)
    plain = [match.span() for match in ACCORDING_RE.finditer(text, start, end)]
    assert according_matches(text, start, end) == plain
