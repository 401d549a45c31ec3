"""The restructured source finder gives the answers of the one it replaced (kept in sources_reference.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution import _sources

from . import sources_reference as reference

# Words that steer every branch of the look-back: auxiliaries and forms of "be", clause words,
# names and roles, asides, parentheses, appositive commas, possessives, adverbials and marks.
VOCABULARY = [
    "he", "She", "they", "it's", "Those", "close", "to", "him", "has", "had", "also", "is", "was", "being",
    "that", "who", "Who", "WHO", "as", "said", "told", "saying", "telling", "the", "a", "The", "an", "of", "and",
    "Col.", "Ana", "Lind", "Smith", "al-Assad", "de", "Minister", "press", "secretary", "officer", "director",
    "Acme's", "mayor’s", "ran", "out", "worked", "on", "On", "Monday", "in", "In", "speaking", "Speaking",
    "interview", "statement", "last", "week", "past", "years", "at", "time", "what", "whether", "not", "only",
    "(", ")", "(D-Ohio)", ",", ",", ",", ";", ":", "—", "“", "”", "\"", ".", "\n", "É", "Ünal", "İlk", "3",
]  # fmt: skip
CUES = ["said", "says", "is saying", "was telling", "told", "warned", "added"]


@st.composite
def look_backs(draw: st.DrawFn) -> tuple[str, int, int]:
    # Mostly short look-backs, where each word matters; sometimes a long one that fills the window.
    words = draw(st.lists(st.sampled_from(VOCABULARY), max_size=draw(st.sampled_from([6, 8, 10, 40]))))
    separators = draw(st.lists(st.sampled_from([" ", " ", " ", "  ", ""]), min_size=len(words), max_size=len(words)))
    head = "".join(w + s for w, s in zip(words, separators, strict=True))
    text = head + draw(st.sampled_from(CUES)) + draw(st.sampled_from(["", " that it", ", he", "."]))
    cue_start = len(head)
    floor = draw(st.integers(0, cue_start))
    return text, floor, cue_start


@settings(max_examples=600)
@given(look_backs())
def test_source_before_matches_reference(case: tuple[str, int, int]) -> None:
    text, floor, cue_start = case
    assert _sources.source_before(text, floor, cue_start) == reference.source_before(text, floor, cue_start)


@settings(max_examples=300)
@given(look_backs(), st.integers(0, 300))
def test_source_after_and_leading_subject_match_reference(case: tuple[str, int, int], end: int) -> None:
    text, floor, cue_start = case
    for start in (floor, cue_start):
        assert _sources.source_after(text, start, end) == reference.source_after(text, start, end)
        assert _sources.leading_subject(text, start, end) == reference.leading_subject(text, start, end)
