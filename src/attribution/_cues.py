"""Reporting cues: verbs with their stance, prepositional and citation cues.

Each lexicon is one compiled alternation, built once (per set of user-added
verbs) and scanned once per paragraph.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

import attrs
import regex

from . import _lexicon


@attrs.frozen
class Cue:
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
        for match in self.verb_re.finditer(text, start, end):
            lemma, stance, frame = self.forms[match.group().lower()]
            if _is_noun_use(text, match.start(), start) or NOUN_AFTER_RE.match(text, match.end(), end):
                continue
            found.append(Cue(match.start(), match.end(), lemma, stance, frame))
        return found


# A determiner or adjective right before the form makes it a noun ("the claims", "his warning").
NOUN_BEFORE_RE = regex.compile(
    r"(?i)\b(?:the|a|an|his|her|their|its|our|my|your|these|those|this|such|new|false|earlier|recent|any|no|of)\ ++$"
)


# A form followed by a finite verb is a noun subject ("reports said", "claims were").
NOUN_AFTER_RE = regex.compile(
    r"\ (?:said|say|says|were|are|was|is|have|has|had|suggest|suggested|indicate|indicated|show|showed|emerged"
    r"|circulated|surfaced)\b"
)


def _is_noun_use(text: str, position: int, floor: int) -> bool:
    return NOUN_BEFORE_RE.search(text, max(floor, position - 10), position) is not None


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
    verb_re = re.compile(rf"(?<![\w'’-])(?:{_trie(surfaces)})(?![\w-])")
    return CueSet(verb_re=verb_re, forms=forms)


def _trie(words: Iterable[str]) -> str:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# "according to X", "per X", "as reported by X": the source follows the cue.
ACCORDING_RE = regex.compile(
    r"(?<![\p{L}])(?:[Aa]ccording\ to|[Aa]s\ reported\ by|[Aa]s\ cited\ by|Per|per(?=\ (?:the\ )?\p{Lu}))\ ",
)
# ", citing X" / ", quoting X": the source of a report that is itself reported.
CITING_RE = regex.compile(r",?\ (?:citing|quoting|who\ cited|who\ quoted)\ ")
HEDGE_RE = regex.compile(
    r"(?i)\b(?:reportedly|allegedly|purportedly|may\ have|might\ have|could\ have|unconfirmed|unverified|supposedly)\b"
)
