"""The statement orchestration's fast paths find exactly what the plain patterns find."""

from __future__ import annotations

from unittest.mock import patch

import attrs
from hypothesis import given
from hypothesis import strategies as st

from attribution._cues import CITING_RE, citing_in, cue_set
from attribution._exclusions import NEGATED_RE, negated
from attribution._segment import segment
from attribution._spans import inside_any
from attribution._statements import _quoted_stretches, find_statements

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


MARKS = ["“", "”", '"', "‘", "«", "(", "—"]
QUOTED_PIECES = [*PIECES, *MARKS, "said:", "she said", "the report"]


@given(
    st.lists(st.sampled_from(QUOTED_PIECES), max_size=20),
    st.integers(0, 4),
    st.integers(0, 4),
    st.lists(st.tuples(st.integers(0, 40), st.integers(1, 30)), max_size=4),
)
def test_scan_outside_finds_what_scan_finds_outside_the_stretches(
    pieces: list[str], lead: int, trail: int, picks: list[tuple[int, int]]
) -> None:
    text = "".join(pieces)
    start = min(lead, len(text))
    end = max(start, len(text) - trail)
    # Stretches as the caller builds them: sorted, disjoint, inside the paragraph, each opening
    # on a character that is neither a word character nor "-".
    marks = [i for i in range(start, end) if not (text[i].isalnum() or text[i] in "_-")]
    skips: list[tuple[int, int]] = []
    for pick, length in sorted(picks):
        if marks and marks[pick % len(marks)] >= (skips[-1][1] if skips else start):
            at = marks[pick % len(marks)]
            skips.append((at, min(end, at + length)))
    cues = cue_set()
    for scanner in (cues, attrs.evolve(cues, lead_re=None)):
        everything = scanner.scan(text, start, end)
        kept = [c for c in everything if not any(a <= c.start < b for a, b in skips)]
        assert scanner.scan_outside(text, start, end, skips) == kept


QUOTE_TEXT = st.lists(
    st.sampled_from(["He said", " ", "“", "”", '"', "‘", "’", "x", "Yes.", "\n\n", ", ", "told", "it’s", "''", ":"]),
    max_size=24,
)


@given(QUOTE_TEXT)
def test_quoted_stretches_are_where_every_cue_is_dropped(pieces: list[str]) -> None:
    text = "".join(pieces)
    document = segment(text)
    for paragraph in document.paragraphs:
        spans = sorted(
            (q.open_at, q.close_at if q.close_at is not None else q.end) for q in paragraph.quotes if q.end > q.start
        )
        chunk = text[paragraph.start : paragraph.end]
        stretches = _quoted_stretches(text, chunk, spans)
        if chunk.rstrip().endswith(":"):
            assert stretches == []  # introduction() reads the last cue, quoted or not
        for skip_start, skip_end in stretches:
            assert paragraph.start <= skip_start < skip_end <= paragraph.end
            assert not text[skip_start].isalnum()
            assert text[skip_start] not in "_-"
            assert all(inside_any(position, spans) for position in range(skip_start, skip_end))


STORY_PIECES = st.sampled_from(
    [
        "The mayor said", " ", "“", "”", '"', "‘", "’", "We will rebuild", ", she said.", "He told reporters:",
        "\n\n", "the report", "claimed", "Officials say the road is closed", ".", ":", "“It said so,” he added",
        "according to police", "Reuters reported", "x", "''",
    ]
)  # fmt: skip


@given(st.lists(STORY_PIECES, max_size=24))
def test_statements_are_the_same_without_skipping_quotes(pieces: list[str]) -> None:
    text = "".join(pieces)
    document = segment(text)
    skipped = find_statements(document)
    with patch("attribution._statements._quoted_stretches", return_value=[]):
        plain = find_statements(document)
    assert skipped == plain
