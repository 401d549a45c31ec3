"""The eighth round's shortcuts in the statements stage find exactly what the code they replace finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._cues import _code_spans, _word_spans, code_table, cue_set
from attribution._phrases import hinted_search
from attribution._quotecues import SENTENCE_STOP_HINT_RE, SENTENCE_STOP_RE, stop_in

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


# Marks, the look-behind's words and letters, and every kind of character around them: ASCII and
# non-ASCII upper- and lower-case letters (a title-case and a letter-number one), digits, "_",
# and whitespace both engines agree on or not ("\x1c" is str.isspace but not `regex`'s \s).
STOP_PIECES = [
    ".", "!", "?", " ", "  ", "\n", "\t", "\x1c", "\u00a0", "\u2028", "U", "S", "x", "Mr", "Mrs", "Ms", "Gen",
    "Dr", "Jr", "St", "Capt", "Sgt", "Rep", "mr", "MR", "É", "é", "ǅ", "Ⅷ", "ſ", "1", "_", "-", ",", "’", "”",
    "word", "Word", "aMr", "1Mr", "_Dr", "éMr", "ÉS",
]  # fmt: skip


def reference_stop_in(window: str) -> int:
    """The code stop_in replaces: the hint in the standard engine, then the pattern."""
    match = hinted_search(SENTENCE_STOP_RE, SENTENCE_STOP_HINT_RE, window, 0, len(window))
    return match.end() if match is not None else -1


@settings(max_examples=1000)
@example(["U", ".", "S", ".", " "])
@example(["Mr", ".", " ", "x", "."])
@example(["é", "S", ".", " "])
@example(["x", ".", "\x1c"])
@example(["x", ".", "\u00a0"])
@given(st.lists(st.sampled_from(STOP_PIECES), max_size=14))
def test_stop_in_is_the_hinted_search(pieces: list[str]) -> None:
    window = "".join(pieces)
    assert stop_in(window) == reference_stop_in(window)
