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
    __slots__ = ("_afters", "_base", "_outlets", "_sources", "_text")

    def __init__(self, text: str, outlets: OutletIndex) -> None:
        self._text = text
        self._outlets = outlets
        # Keys are two offsets packed into one int, a * base + b: both lie in 0..len(text), so
        # the packing is one to one. (A tuple key is built, hashed and freed per lookup; most
        # lookups miss, so that was most of the memo's own cost.)
        self._base = len(text) + 1
        self._sources: dict[int, tuple[int, int] | None] = {}
        self._afters: dict[int, tuple[str, After]] = {}

    def source_before(self, floor: int, cue_start: int) -> tuple[int, int] | None:
        key = floor * self._base + cue_start
        sources = self._sources
        if key in sources:
            return sources[key]
        value = sources[key] = source_before(self._text, floor, cue_start)
        return value

    def after_cue(self, cue: Cue, end: int) -> After:
        # after_cue reads the cue's end and lemma only. The result's ``via`` list is shared
        # between callers: they copy it before changing it. The lemma is kept with the answer
        # (two cues ending at one offset with different lemmas: the later one is computed).
        key = cue.end * self._base + end
        lemma = cue.lemma
        afters = self._afters
        stored = afters.get(key)
        if stored is not None and stored[0] == lemma:
            return stored[1]
        value = after_cue(self._text, cue, end, self._outlets)
        afters[key] = (lemma, value)
        return value
