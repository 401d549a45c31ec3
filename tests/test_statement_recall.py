"""Targeted recall checks for reported speech: phrase boundaries around the cue (sentences of our own)."""

from __future__ import annotations

from attribution import analyze
from attribution._clauses import appositive_to_end, fragment_runs_on, medial_cue
from attribution._mentions import refine_source
from attribution._sources import leading_subject, source_before


def _contents(text: str) -> list[str]:
    return [s.content.text for s in analyze(text).statements]


def test_aside_between_speaker_and_cue_is_skipped() -> None:
    text = "The warden, writing in a local paper, said the prison was full."
    span = source_before(text, 0, text.index(" said") + 1)
    assert span is not None
    assert text[span[0] : span[1]] == "The warden"


def test_aside_needs_a_lower_case_opener() -> None:
    # ", Berlin Hall," is a second noun phrase, not an aside: the appositive rule decides.
    text = "The warden, Berlin Hall, said the prison was full."
    span = source_before(text, 0, text.index(" said") + 1)
    assert span is not None
    assert text[span[0] : span[1]] != "The warden, Berlin Hall"


def test_appositive_to_end_accepts_descriptions_only() -> None:
    text = "X, said Ada Lind, a nurse at the clinic."
    at = text.index("Lind") + len("Lind")
    assert appositive_to_end(text, at, len(text))
    text = "X, said Ada Lind, but nobody listened."
    at = text.index("Lind") + len("Lind")
    assert not appositive_to_end(text, at, len(text))
    text = "X, said Ada Lind, a nurse: “We are tired.”"
    at = text.index("Lind") + len("Lind")
    assert not appositive_to_end(text, at, len(text))


def test_second_cue_starts_its_own_statement() -> None:
    text = "The envoy told reporters the talks had stalled and added that a new round was planned."
    assert _contents(text) == ["the talks had stalled", "a new round was planned"]


def test_fragment_runs_on_only_without_own_punctuation() -> None:
    text = "He said “a storm” was coming. He said “it is over,” and left."
    first = text.index("”")
    assert fragment_runs_on(text, first, first, len(text))
    second = text.index("”", first + 1)
    assert not fragment_runs_on(text, second, second, len(text))


def test_medial_cue_needs_a_finished_head() -> None:
    text = "The old pier, the mayor said, is unsafe."
    source = text.index("the mayor")
    cue_end = text.index(" is")
    assert medial_cue(text, 0, source, cue_end - 1, cue_end + 1)
    text = "It rained when, the mayor said, the pier fell."
    source = text.index("the mayor")
    cue_end = text.index(" the pier")
    assert not medial_cue(text, 0, source, cue_end - 1, cue_end + 1)


def test_leading_subject_stops_at_the_verb() -> None:
    text = "Ana Lind met the envoy, saying the talks went well."
    span = leading_subject(text, 0, text.index("saying"))
    assert span is not None
    assert text[span[0] : span[1]] == "Ana Lind"
    text = "The farm groups sought more time, saying the order was unfair."
    span = leading_subject(text, 0, text.index("saying"))
    assert span is not None
    assert text[span[0] : span[1]] == "The farm groups"


def test_source_drops_a_trailing_possessive() -> None:
    text = "The mayor’s claim that taxes would fall proved wrong."
    span = source_before(text, 0, text.index("claim"))
    assert span is not None
    assert text[span[0] : span[1]] == "The mayor"


def test_refine_source_never_takes_a_document_adverbial_after_the_cue() -> None:
    text = "“We are ready,” the crews, Ana and Ben, said in a statement."
    cue = text.index("said")
    phrase = (text.index("in a"), len(text) - 1)
    refined = refine_source(text, phrase, cue)
    assert refined.span is None or text[refined.span[0] : refined.span[1]] != "in a statement"
