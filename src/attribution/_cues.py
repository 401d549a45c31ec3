"""Reporting cues: verbs with their stance, prepositional and citation cues.

Each lexicon is one compiled alternation, built once (per set of user-added
verbs) and scanned once per paragraph.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import attrs

from . import _lexicon
from ._lazy import lazy_compile
from ._trie import literal_alternation
from ._words import wordset


class Cue(NamedTuple):
    """A reporting cue; a named tuple because thousands are made per megabyte of text."""

    start: int
    end: int
    lemma: str
    stance: str
    frame: str


@attrs.frozen
class CueSet:
    """The compiled verb alternation and the stance and frame of every form."""

    verb_re: re.Pattern[str]
    forms: dict[str, tuple[str, str, str]]

    def scan(self, text: str, start: int, end: int) -> list[Cue]:
        found: list[Cue] = []
        forms = self.forms
        for match in self.verb_re.finditer(text, start, end):
            at, stop = match.span()
            if _word_before(text, at, start) in NOUN_BEFORE or _word_after(text, stop, end) in NOUN_AFTER:
                continue
            lemma, stance, frame = forms[match.group().lower()]
            found.append(Cue(at, stop, lemma, stance, frame))
        return found


# A determiner or adjective right before the form makes it a noun ("the claims", "his warning").
NOUN_BEFORE = wordset("the a an his her their its our my your these those this such new false earlier recent any no of")
# A form followed by a finite verb is a noun subject ("reports said", "claims were").
NOUN_AFTER = wordset(
    "said say says were are was is have has had suggest suggested indicate indicated show showed emerged"
    " circulated surfaced"
)


def _word_before(text: str, position: int, floor: int) -> str:
    if position - 1 < floor or text[position - 1] != " ":
        return ""
    space = text.rfind(" ", max(floor, position - 12), position - 1)
    return text[space + 1 if space >= 0 else max(floor, position - 12) : position - 1].lower()


def _word_after(text: str, position: int, limit: int) -> str:
    if position >= limit or text[position] != " ":
        return ""
    space = text.find(" ", position + 1, min(limit, position + 14))
    word = text[position + 1 : space if space >= 0 else min(limit, position + 14)]
    return word.rstrip(".,;:")


@functools.lru_cache(maxsize=8)
def cue_set(extra_verbs: tuple[tuple[str, str], ...] = ()) -> CueSet:
    forms: dict[str, tuple[str, str, str]] = {}
    for entry in _lexicon.reporting_verbs():
        for form in entry.forms:
            forms[form.lower()] = (entry.lemma, entry.stance, entry.frame)
    for form, stance in extra_verbs:
        forms[form.lower()] = (form.lower(), stance, "clause")
    # A trie-shaped, case-sensitive alternation (lower and capitalized forms) in the stdlib
    # engine: several times faster than a flat case-insensitive list of alternatives.
    surfaces = set(forms) | {form[:1].upper() + form[1:] for form in forms}
    verb_re = re.compile(rf"(?<![\w'’-]){literal_alternation(surfaces)}(?![\w-])")
    return CueSet(verb_re=verb_re, forms=forms)


# "according to X", "per X", "as reported by X": the source follows the cue.
ACCORDING_RE = lazy_compile(
    r"(?<![\p{L}])(?:[Aa]ccording\ to|[Aa]s\ reported\ by|[Aa]s\ cited\ by|Per|per(?=\ (?:the\ )?\p{Lu}))\ ",
)
# ", citing X" / ", quoting X": the source of a report that is itself reported.
CITING_RE = lazy_compile(r",?\ (?:citing|quoting|who\ cited|who\ quoted)\ ")
HEDGE_RE = lazy_compile(
    r"(?i)\b(?:reportedly|allegedly|purportedly|may\ have|might\ have|could\ have|unconfirmed|unverified|supposedly)\b"
)


HEDGE_WORDS = (
    "reportedly", "allegedly", "purportedly", "may have", "might have", "could have", "unconfirmed",
    "unverified", "supposedly",
)  # fmt: skip
# Non-ASCII letters that case-fold onto the ASCII letters of HEDGE_WORDS (long s, Kelvin sign,
# dotted and dotless i) are tested one by one in _has_lookalike.


def is_hedged(text: str, start: int, end: int) -> bool:
    """HEDGE_RE in the span, after a substring test that rules most spans out cheaply."""
    window = text[start:end]
    if window.isascii() or not _has_lookalike(window):
        lower = window.lower()
        # Each of HEDGE_WORDS holds one of these four.
        if not ("edly" in lower or " have" in lower or "unconfirmed" in lower or "unverified" in lower):
            return False
    return HEDGE_RE.search(text, start, end) is not None


def _has_lookalike(window: str) -> bool:
    return "ſ" in window or "K" in window or "İ" in window or "ı" in window
