"""The verb scan's word path finds exactly what the verb pattern finds."""

from __future__ import annotations

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._cues import HEDGE_RE, _word_spans, cue_set, is_hedged

# Forms, their neighbours inside longer words, and every kind of character either side: ASCII
# and non-ASCII letters and digits ("é", "ж", "²"), marks the look-behind refuses ("'", "’",
# "-", "_"), a literal "?" and characters that become one in the ASCII window ("—", a combining
# accent, a lone surrogate).
PIECES = [
    "said", "Said", "SAID", "says", "told", "tell", "unsaid", "foretold", "report", "reports", "Reported",
    "asks", "tasks", "ask", "add", "address", "call", "recall", "claim", "proclaim", "opined", "b2b", "x", "é",
    "ж", "1", "²", "_", "'", "’", "-", "?", " ", "  ", ".", ",", "\n", "“", "—", "\u00a0", "\u0301", "\ud800",
]  # fmt: skip


@settings(max_examples=1000)
@example(["said"], 0, 0)
@example(["unsaid"], 2, 0)
@example(["é", "said", "?", "said"], 0, 1)
@given(st.lists(st.sampled_from(PIECES), max_size=16), st.integers(0, 12), st.integers(0, 12))
def test_word_spans_are_the_pattern_matches(pieces: list[str], lead: int, trail: int) -> None:
    text = "".join(pieces)
    low = min(lead, len(text))
    high = max(low, len(text) - trail)
    for cues in (cue_set(), cue_set((("opined", "assert"), ("b2b", "assert")))):
        assert cues.words is not None
        expected = [match.span() for match in cues.verb_re.finditer(text, low, high)]
        assert _word_spans(text, low, high, cues.words) == expected


@given(st.lists(st.sampled_from(PIECES), max_size=16), st.integers(0, 8), st.integers(0, 8))
def test_scan_finds_what_the_patterns_find(pieces: list[str], lead: int, trail: int) -> None:
    text = "".join(pieces)
    start = min(lead, len(text))
    end = max(start, len(text) - trail)
    cues = cue_set()
    found = cues.scan(text, start, end)
    assert found == attrs.evolve(cues, words=None).scan(text, start, end)  # the lead-character pattern
    assert found == attrs.evolve(cues, lead_re=None).scan(text, start, end)  # the look-behind pattern


def test_forms_outside_ascii_letters_and_digits_keep_the_pattern() -> None:
    cues = cue_set((("’splained", "assert"),))
    assert cues.words is None
    assert cues.lead_re is None


# Every hedge in several cases, the common strings the gate's second tests tell from a hedge,
# near misses for the pattern's \b, and the characters that case-fold onto ASCII letters.
HEDGE_PIECES = [
    "reportedly", "Reportedly", "REPORTEDLY", "purportedly", "allegedly", "supposedly", "SupPosedly", "repeatedly",
    "edly", "portedly", "may have", "May Have", "might have", "could have", "would have", "have", "dismay have",
    "may  have", "unconfirmed", "Unverified", "unverifiedx", "ſupposedly", "K", "\u212a", "İ", "ı", "é", "x",
    " ", ",", "\n",
]  # fmt: skip


@settings(max_examples=1000)
@example(["supposedly"], 0, 0)
@example(["repeatedly", " ", "would have", " ", "may have"], 0, 0)
@given(st.lists(st.sampled_from(HEDGE_PIECES), max_size=8), st.integers(0, 6), st.integers(0, 6))
def test_hedge_gate_finds_what_the_pattern_finds(pieces: list[str], lead: int, trail: int) -> None:
    text = "".join(pieces)
    start = min(lead, len(text))
    end = max(start, len(text) - trail)
    assert is_hedged(text, start, end) == (HEDGE_RE.search(text, start, end) is not None)


def test_hedge_gate_on_each_piece_alone() -> None:
    for piece in HEDGE_PIECES:
        for text in (piece, f"x {piece}, y", f"{piece}{piece}"):
            assert is_hedged(text, 0, len(text)) == (HEDGE_RE.search(text) is not None), text
