"""Phrase lookups shared by the two passes over one paragraph, each computed once.

The reported-speech pass and the quote pass often ask the same question about one
cue: its source from the same floor, or the clause after it up to the same end.
Both answers depend only on the text and those offsets (and the outlet index), so
a paragraph keeps them in two dictionaries.
"""

from __future__ import annotations

from ._cues import Cue
from ._outlets import OutletIndex
from ._phrases import After, after_cue
from ._sources import source_before


class PhraseMemo:
    __slots__ = ("_afters", "_outlets", "_sources", "_text")

    def __init__(self, text: str, outlets: OutletIndex) -> None:
        self._text = text
        self._outlets = outlets
        self._sources: dict[tuple[int, int], tuple[int, int] | None] = {}
        self._afters: dict[tuple[int, str, int], After] = {}

    def source_before(self, floor: int, cue_start: int) -> tuple[int, int] | None:
        key = (floor, cue_start)
        sources = self._sources
        if key in sources:
            return sources[key]
        value = sources[key] = source_before(self._text, floor, cue_start)
        return value

    def after_cue(self, cue: Cue, end: int) -> After:
        # after_cue reads the cue's end and lemma only. The result's ``via`` list is shared
        # between callers: they copy it before changing it.
        key = (cue.end, cue.lemma, end)
        afters = self._afters
        value = afters.get(key)
        if value is None:
            value = afters[key] = after_cue(self._text, cue, end, self._outlets)
        return value
