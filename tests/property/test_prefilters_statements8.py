"""The eighth round's shortcuts in the statements stage find exactly what the code they replace finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._cues import _code_spans, _word_spans, code_table, cue_set

# Forms, their neighbours inside longer words and runs the word filter lets through that are no
# form, and every kind of character either side: ASCII and non-ASCII letters and digits, marks
# the look-behind refuses ("'", "’", "-", "_"), a literal "?" and characters the ASCII window of
# _word_spans turns into one ("—", a combining accent, a lone surrogate).
PIECES = [
    "said", "Said", "SAID", "says", "told", "tell", "unsaid", "foretold", "report", "reports", "Reported",
    "asks", "tasks", "ask", "add", "address", "call", "recall", "claim", "proclaim", "opined", "b2b", "x", "é",
    "ж", "1", "²", "_", "'", "’", "-", "?", " ", "  ", ".", ",", "\n", "“", "—", "\u00a0", "\u0301", "\ud800",
    "sard", "sa1d", "SaId", "ad", "sayings", "P0", "p0",
]  # fmt: skip


@settings(max_examples=1000)
@example(["said"], 0, 0)
@example(["unsaid"], 2, 0)
@example(["é", "said", "?", "said"], 0, 1)
@example(["said", "-"], 0, 1)
@given(st.lists(st.sampled_from(PIECES), max_size=16), st.integers(0, 12), st.integers(0, 12))
def test_code_spans_are_the_word_spans(pieces: list[str], lead: int, trail: int) -> None:
    text = "".join(pieces)
    low = min(lead, len(text))
    high = max(low, len(text) - trail)
    for cues in (cue_set(), cue_set((("opined", "assert"), ("b2b", "assert")))):
        assert cues.words is not None
        assert cues.table is not None
        expected = _word_spans(text, low, high, cues.words)
        assert _code_spans(text, low, high, cues.surfaces, cues.table) == expected
        assert expected == [match.span() for match in cues.verb_re.finditer(text, low, high)]


def test_code_table_keeps_every_form() -> None:
    cues = cue_set((("opined", "assert"), ("b2b", "assert")))
    assert cues.table is not None
    for surface in cues.surfaces:
        assert _code_spans(surface, 0, len(surface), cues.surfaces, cues.table) == [(0, len(surface))]
    assert code_table({"a", "said"}) is None  # a one-letter form has no second letter
