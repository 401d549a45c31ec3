"""A paragraph that ends "X added:" introduces the next paragraph as X's words.

Transcripts and long block quotes are set off this way, often without quotation
marks. The check looks at one cue at the end of a paragraph and at the paragraph
after it, so it adds no scan of its own.
"""

from __future__ import annotations

from typing import Final

from ._cues import Cue
from ._drafts import Draft
from ._phrases import trim_span
from ._segment import Paragraph
from ._sources import source_before

OPENING_MARKS: Final = "“\"'‘«"
MIN_WORDS: Final = 4


def introduction(text: str, paragraph: Paragraph, cues: list[Cue]) -> tuple[Cue, tuple[int, int]] | None:
    """The cue and source of "He said:" closing ``paragraph``, if it ends that way."""
    if not cues or not paragraph.sentences:
        return None
    cue = cues[-1]
    if text[cue.end : paragraph.end].rstrip() != ":":
        return None
    floor = max(paragraph.start, paragraph.sentences[-1][0])
    source = source_before(text, floor, cue.start)
    if source is None or text[floor : source[0]].strip():
        return None  # only "X said:" on its own, not a longer sentence ending in a colon
    return cue, source


def introduced(text: str, paragraph: Paragraph, intro: tuple[Cue, tuple[int, int]], drafts: list[Draft]) -> list[Draft]:
    """The drafts of the paragraph after "X said:": the whole paragraph is X's statement."""
    cue, source = intro
    if drafts and not (len(drafts) == 1 and drafts[0].inherit):
        return drafts  # the paragraph names its own speakers
    start = paragraph.start
    direct = text[start : start + 1] in OPENING_MARKS
    span = trim_span(text, start + 1 if direct else start, paragraph.end)
    if span is None:
        return drafts
    end = span[1]
    if direct:  # a quote keeps its closing punctuation, not its closing mark
        end = paragraph.start + len(text[paragraph.start : paragraph.end].rstrip())
        if text[end - 1 : end] in "”\"'’»":
            end -= 1
    if len(text[span[0] : end].split()) < MIN_WORDS:
        return drafts
    return [Draft((span[0], end), (cue.start, cue.end), source, direct, cue.stance, [], cue.lemma)]
