"""The statement orchestration's fast paths find exactly what the plain patterns find."""

from __future__ import annotations

import re

import attrs
from hypothesis import given
from hypothesis import strategies as st

from attribution._cues import CueSet, cue_set
from attribution._trie import literal_alternation

PIECES = [
    "said", "Said", "says", "told", "tell", "unsaid", "foretold", "report", "reports", "reported", "Reported",
    "asks", "tasks", "call", "recall", "claim", "proclaim", "x", "é", "1", "_", "'", "’", "-", " ", "  ",
    ".", ",", "\n", "“", "”", "don't", "re-tell", "the", "were",
]  # fmt: skip


def _with_look_behind(cues: CueSet) -> CueSet:
    """The same cue set scanning with the plain look-behind pattern."""
    plain = re.compile(rf"(?<![\w'’-]){literal_alternation(cues.surfaces)}(?![\w-])")
    return attrs.evolve(cues, verb_re=plain)


@given(st.lists(st.sampled_from(PIECES), max_size=16), st.integers(0, 8), st.integers(0, 8))
def test_word_boundary_scan_finds_what_the_look_behind_finds(pieces: list[str], lead: int, trail: int) -> None:
    text = "".join(pieces)
    start = min(lead, len(text))
    end = max(start, len(text) - trail)
    cues = cue_set()
    assert cues.verb_re.pattern.startswith(r"\b")  # the built-in forms are word characters only
    assert cues.scan(text, start, end) == _with_look_behind(cues).scan(text, start, end)


@given(st.lists(st.sampled_from(PIECES), max_size=16))
def test_user_forms_with_marks_keep_the_look_behind(pieces: list[str]) -> None:
    cues = cue_set((("’splained", "assert"), ("re-told", "assert"), ("opined", "assert")))
    assert cues.verb_re.pattern.startswith("(?<!")  # "’" and "-" are not word characters
    text = "".join([*pieces, " ’splained re-told x’splained opined"])
    assert cues.scan(text, 0, len(text)) == _with_look_behind(cues).scan(text, 0, len(text))
