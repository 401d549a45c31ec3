"""The statement orchestration's fast paths find exactly what the plain patterns find."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from attribution._cues import CITING_RE, citing_in, cue_set
from attribution._exclusions import NEGATED_RE, negated

PIECES = [
    "said", "Said", "says", "told", "tell", "unsaid", "foretold", "report", "reports", "reported", "Reported",
    "asks", "tasks", "call", "recall", "claim", "proclaim", "x", "é", "1", "_", "'", "’", "-", " ", "  ",
    ".", ",", "\n", "“", "”", "—", "\u00a0", "ж", "²", "don't", "re-tell", "the", "were", "according to", "lives",
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=16), st.integers(0, 8), st.integers(0, 8))
def test_matched_lead_character_finds_what_the_look_behind_finds(pieces: list[str], lead: int, trail: int) -> None:
    text = "".join(pieces)
    start = min(lead, len(text))
    end = max(start, len(text) - trail)
    cues = cue_set()
    assert cues.lead_re is not None  # the built-in forms are ASCII letters only
    plain = attrs.evolve(cues, lead_re=None)
    assert cues.scan(text, start, end) == plain.scan(text, start, end)


def test_user_forms_with_marks_keep_the_look_behind() -> None:
    cues = cue_set((("’splained", "assert"), ("opined", "assert")))
    assert cues.lead_re is None
    text = "He ’splained it; she opined that x’splained"
    assert [(c.start, c.end) for c in cues.scan(text, 3, len(text))] == [(3, 12), (21, 27)]


CLAUSE_WORDS = [
    "citing", "quoting", "who", "cited", "quoted", "Citing", "not", "NOT", "Not", "never", "Never", "n't", "N'T",
    "n’t", "don't", "won’t", "knot", "nothing", "notable", "say", "said", "x", ",", "", "é", "K", "ſ",
]  # fmt: skip
SEPARATORS = [" ", "  ", "", ",", "\n", ", "]


@given(st.lists(st.tuples(st.sampled_from(CLAUSE_WORDS), st.sampled_from(SEPARATORS)), max_size=12))
def test_citing_gate_finds_what_the_pattern_finds(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    for start, end in ((0, len(text)), (1, max(1, len(text) - 1))):
        found, plain = citing_in(text, start, end), CITING_RE.search(text, start, end)
        assert (found and found.span()) == (plain and plain.span())


@given(st.lists(st.tuples(st.sampled_from(CLAUSE_WORDS), st.sampled_from(SEPARATORS)), max_size=8))
def test_negation_gate_finds_what_the_pattern_finds(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    for end in range(len(text) + 1):  # the pattern ends at the span's end (a cue follows it)
        for start in range(max(0, end - 24), end + 1, 2):
            assert negated(text, start, end) == (NEGATED_RE.search(text, start, end) is not None)
