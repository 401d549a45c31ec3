"""News outlets and platforms: recognition by name or by shape, canonical names, ``via``.

Names come from ``data/outlets.tsv`` (plus any the caller adds); they are held in
one dict keyed by their exact surface form and looked up on capitalized n-grams,
so a scan costs a few dict probes per capitalized word. Outlets that no list
holds are recognised by their shape ("the Dogan news agency", "state TV",
"Turkish media").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

import regex

from . import _lexicon
from . import _make as make
from ._lazy import lazy_compile
from ._models import Outlet
from ._tokens import BY_CODES
from ._values import FieldValue

MAX_TOKENS: Final = 7

# One token of a name: letters, digits and the marks that live inside names (A.P., Al-Arabiya).
TOKEN_RE: Final = lazy_compile(r"[\p{L}\p{N}][\p{L}\p{N}.&'’-]*+")
# A programme or edition after an outlet: "NPR's Morning Edition", "CBS's 60 Minutes programme".
PROGRAMME_RE: Final = lazy_compile(
    r"(?:\ (?:[\p{Lu}\p{N}][\p{L}\p{N}]*+)){0,3}+"
    r"(?:['’]s(?:(?:\ \p{Lu}[\p{L}\p{N}]*+){1,3}+|\ [“\"][^”\"\n]{1,40}+[”\"])(?:\ (?:programme|program|show))?+)?+"
)

MODIFIER: Final = (
    r"(?:state|state-run|state-owned|state-controlled|state-affiliated|government-run|government-controlled"
    r"|semi-official|official|local|national|regional|pro-government|opposition-run|opposition|independent"
    r"|private|public|foreign|international|Western|Arab|Arabic-language|English-language|domestic)"
)
MEDIUM: Final = (
    r"(?:news\ agency|news\ agencies|news\ website|news\ site|news\ outlet|news\ channel|newspaper|daily"
    r"|TV(?!\ station)|television|media|broadcaster|radio|press\ agency|wire\ service|news\ portal|outlets?"
    r"|magazine|weekly|tabloid|website|paper)"
)
# Shapes of outlets no list holds. Either a modifier ("state TV", "local media") or
# a capitalized name before the medium ("the Dogan news agency", "Turkish media").
GENERIC_OUTLET_RE: Final = lazy_compile(
    rf"""(?x)
    (?:(?:the|a|an|The|A|An)\ )?+
    (?:(?:\p{{Lu}}[\p{{L}}'’-]*+\ ){{0,3}}+{MODIFIER}\ (?:\p{{Lu}}[\p{{L}}\p{{N}}'’-]*+\ ){{0,2}}{MEDIUM}
      |(?:\p{{Lu}}[\p{{L}}\p{{N}}'’-]*+\ ){{1,3}}{MEDIUM}
    )\b
    """
)
STATE_RUN_RE: Final = lazy_compile(rf"(?:the\ )?+{MODIFIER}\ ", regex.IGNORECASE)
AFFILIATE_RE: Final = lazy_compile(r"\ (?:affiliate|sister\ (?:station|channel|network|paper)|station)\ (?=\p{Lu})")
# Every MEDIUM holds one of these (case as written): a phrase with none cannot be a
# generic outlet, so most source phrases skip GENERIC_OUTLET_RE altogether.
MEDIUM_HINT_RE: Final = re.compile(
    "news|daily|TV|television|media|broadcaster|radio|press|wire|outlet|magazine|weekly|tabloid|website|paper"
)

# What every alternative of MEDIUM ends with ("news agency" with "agency", "newspaper" with
# "paper", "outlets?" with "outlet" or "outlets"): a fullmatch of GENERIC_OUTLET_RE ends so.
MEDIUM_ENDS: Final[tuple[str, ...]] = (
    "agency", "agencies", "site", "outlet", "outlets", "channel", "paper", "daily", "TV", "television", "media",
    "broadcaster", "radio", "service", "portal", "magazine", "weekly", "tabloid",
)  # fmt: skip
# MEDIUM_ENDS by last character: a phrase can end with only those ending in its own last
# character, and one probe finds them (18 suffix tests cost about 1,600 instructions compiled).
MEDIUM_ENDS_BY_LAST: Final[dict[str, tuple[str, ...]]] = {
    end[-1]: tuple(other for other in MEDIUM_ENDS if other[-1] == end[-1]) for end in MEDIUM_ENDS
}


POSSESSIVE_ENDS: Final[tuple[str, ...]] = ("'s", "’s")  # typed: mypyc builds an inline tuple per use
ARTICLES: Final[tuple[str, ...]] = ("the ", "The ")
# Characters a GENERIC_OUTLET_RE match cannot hold: ASCII other than letters, digits, the space,
# "'" and "-" (anything else it holds is a letter, a digit or "’", none of them ASCII).
NOT_IN_GENERIC_RE: Final = re.compile(r"[^A-Za-z0-9 '\-\x80-\U0010ffff]")


def _drop_the(phrase: str) -> str:
    """The phrase without a leading "the " or "The " (a slice: no pattern per lookup)."""
    return phrase[4:] if phrase.startswith(ARTICLES) else phrase


def lead_token(text: str, pos: int, limit: int) -> str | None:
    """The token ``OutletIndex.at`` reads first at ``pos``: TOKEN_RE's match, trailing ".'’" dropped."""
    if BY_CODES:
        return _lead_token_by_codes(text, pos, limit)
    return _lead_token_by_pattern(text, pos, limit)


def _lead_token_by_pattern(text: str, pos: int, limit: int) -> str | None:
    token = TOKEN_RE.match(text, pos, limit)
    if token is None:
        return None
    end = token.end()
    while end > pos and text[end - 1] in ".'’":
        end -= 1
    return text[pos:end]


def _lead_token_by_codes(text: str, pos: int, limit: int) -> str | None:
    """lead_token with TOKEN_RE's match read by character codes where it is ASCII (BY_CODES).

    On ASCII the pattern is [A-Za-z0-9][A-Za-z0-9.&'’-]*+ (its classes hold no other ASCII): a
    run that starts on an ASCII code and stops at ``limit`` or on an ASCII code outside the class
    is the whole match. Anything else (a non-ASCII start, or a stop on a non-ASCII character,
    which may be a letter) goes to the pattern. The `regex` call cost about 6,000 instructions
    when compiled; ``at`` asks this for most words it is called at, outlets or not.
    """
    bound = limit if limit < len(text) else len(text)
    if 0 <= pos < bound:
        code = ord(text[pos])
        if code < 128:
            if not (48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122):
                return None
            stop = pos + 1
            while stop < bound:
                code = ord(text[stop])
                if not (48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122 or code in (46, 38, 39, 8217, 45)):
                    break
                stop += 1
            if stop >= bound or code < 128:
                while stop > pos and text[stop - 1] in ".'’":
                    stop -= 1
                return text[pos:stop]
    return _lead_token_by_pattern(text, pos, limit)


# The lower-case words MODIFIER starts with (its other words are capitalized), as prefixes, by
# first letter.
LOWER_MODIFIERS: Final[tuple[str, ...]] = (
    "state", "government-", "semi-official", "official", "local", "national", "regional", "pro-government",
    "opposition", "independent", "private", "public", "foreign", "international", "domestic",
)  # fmt: skip
MODIFIERS_BY_LETTER: Final[dict[str, tuple[str, ...]]] = {
    letter: tuple(word for word in LOWER_MODIFIERS if word[0] == letter) for letter in {w[0] for w in LOWER_MODIFIERS}
}


def generic_may_start(text: str, pos: int, limit: int) -> bool:
    """False where ``GENERIC_OUTLET_RE.match(text, pos, limit)`` is sure to fail, by its first word.

    The pattern opens with a possessive optional article ("the ", "a ", "an " and capitalized):
    where one is there (inside ``limit``) the match goes on after it, else at ``pos``. Both of
    its branches then need a capital letter (on ASCII, A-Z) or a MODIFIER word, whose lower-case
    ones are LOWER_MODIFIERS. A lower-case ASCII word that starts none of them ("told reporters",
    "told him", "the newspaper") rules the match out; anything not ASCII is left to the pattern.
    The two searches of medium_ahead ran to the first mark, about 11,000 instructions a call.
    Characters are compared one by one (a startswith with a start is a method call when compiled).
    """
    bound = limit if limit < len(text) else len(text)
    start = pos
    if pos + 1 < bound:
        first = text[pos]
        if first == "a" or first == "A":
            if text[pos + 1] == " ":
                start = pos + 2
            elif text[pos + 1] == "n" and pos + 2 < bound and text[pos + 2] == " ":
                start = pos + 3
        elif (
            (first == "t" or first == "T")
            and pos + 3 < bound
            and text[pos + 1] == "h"
            and text[pos + 2] == "e"
            and text[pos + 3] == " "
        ):
            start = pos + 4
    if not 0 <= start < bound:
        return False
    code = ord(text[start])
    if code >= 128 or 65 <= code <= 90:
        return True
    for word in MODIFIERS_BY_LETTER.get(text[start], ()):
        stop = start + len(word)
        if stop <= bound and text.find(word, start, stop) == start:
            return True
    return False


def medium_ahead(text: str, pos: int, limit: int) -> bool:
    """Whether GENERIC_OUTLET_RE may match at ``pos``: each match holds a medium word, so a
    MEDIUM_HINT_RE hit, before the first character no match can hold."""
    stop = NOT_IN_GENERIC_RE.search(text, pos, limit)
    return MEDIUM_HINT_RE.search(text, pos, stop.start() if stop is not None else limit) is not None


class OutletMatch(FieldValue):
    """An outlet found in the text: its name, kind and offsets.

    A plain slotted value class (a native one when compiled), not a frozen attrs class, whose
    ``__init__`` stays interpreted (about 5,000 instructions a call when compiled). Equality,
    hash and repr are the fields' (``_values``); nothing assigns to a field after ``__init__``.
    """

    __slots__ = ("end", "kind", "name", "start")
    FIELDS = ("name", "kind", "start", "end")

    def __init__(self, name: str, kind: str, start: int, end: int) -> None:
        self.name = name
        self.kind = kind
        self.start = start
        self.end = end


class OutletIndex:
    """Exact surface form -> (canonical name, kind); built once per set of extra outlets."""

    def __init__(self, extra: Iterable[tuple[str, ...]] = ()) -> None:
        self.names: dict[str, tuple[str, str]] = {}
        self.after_the: dict[str, tuple[str, str]] = {}
        for entry in _lexicon.outlets():
            self._add(entry.name, entry.name, entry.kind)
        for entry in _lexicon.outlets():
            for alias in entry.aliases:
                self._add(alias, entry.name, entry.kind)
        for names in extra:
            if names:
                canonical = names[0]
                for surface in names:
                    self._add(surface, canonical, "extra", override=True)
        # What a name found by ``at`` must start with, for its gate: a surface is looked up whole
        # (it starts with the text's first token) or, after "the ", without the article.
        self.lead_tokens: frozenset[str] = frozenset()
        self.tokens_after_article: frozenset[str] = frozenset()
        leads: set[str] = set()
        after_article: set[str] = set()
        for surface in (*self.names, *self.after_the):
            first = lead_token(surface, 0, len(surface))
            if first is None:
                continue
            after_article.add(first)
            if surface.startswith(ARTICLES):
                second = lead_token(surface, 4, len(surface))
                if second is not None:
                    after_article.add(second)
            else:
                leads.add(first)
        self.lead_tokens, self.tokens_after_article = frozenset(leads), frozenset(after_article)

    def _add(self, surface: str, canonical: str, kind: str, *, override: bool = False) -> None:
        surface = surface.strip()
        if not surface or surface.islower():
            return
        if not override and surface[surface.rfind(" ") + 1 :] in BODY_HEADS:
            return  # "The White House", "Army": a list entry named like a government body speaks as that body
        if not override and surface in self.after_the:
            return  # an alias "Sun" beside "The Sun": the bare word stays a word
        bare = _drop_the(surface)
        if bare is not surface and " " not in bare and not override:
            # "The Hill", "The Day": the bare word is a surname or a common word ("Hill said");
            # it names the outlet only after "the".
            if bare not in self.after_the:
                self.after_the[bare] = (canonical, kind)
            bare = surface
        for form in {surface, bare}:
            if override or form not in self.names:
                self.names[form] = (canonical, kind)

    def lookup(self, phrase: str) -> tuple[str, str] | None:
        """The outlet a whole phrase names ("The Associated Press", "AP"), if any."""
        phrase = phrase.strip()
        names = self.names
        bare = _drop_the(phrase)
        found = names.get(phrase) or (self.after_the.get(bare) if bare is not phrase else None) or names.get(bare)
        if found:
            return found
        if phrase.endswith(POSSESSIVE_ENDS):
            return self.lookup(phrase[:-2])
        # A whole-phrase match ends with a MEDIUM word: MEDIUM_ENDS rules out most phrases in a
        # few comparisons, where the hint search cost about 5,000 instructions when compiled.
        ends = MEDIUM_ENDS_BY_LAST.get(phrase[-1:])
        if (
            ends is not None
            and phrase.endswith(ends)
            and MEDIUM_HINT_RE.search(phrase) is not None
            and GENERIC_OUTLET_RE.fullmatch(phrase)
        ):
            return (_drop_the(phrase), "generic")
        return None

    def at(self, text: str, pos: int, limit: int) -> OutletMatch | None:
        """The longest outlet starting at ``pos`` (a word start), with its programme if any."""
        generic = (
            GENERIC_OUTLET_RE.match(text, pos, limit)
            if generic_may_start(text, pos, limit) and medium_ahead(text, pos, limit)
            else None
        )
        if not self._may_name(text, pos, limit):
            # Most calls ("told reporters", "said in a statement"): no list name can start here.
            return None if generic is None else self._generic(text, generic)
        best: OutletMatch | None = None
        tokens_end: list[int] = []
        cursor = pos
        for _ in range(MAX_TOKENS):
            # TOKEN_RE's match with ".'’" dropped from its end, as lead_token reads it (by codes
            # when compiled): a `regex` call per token was most of the cost of finding an outlet.
            token = lead_token(text, cursor, limit)
            if token is None:
                break
            end = cursor + len(token)
            tokens_end.append(end)
            if end >= limit or text[end] != " ":
                break
            cursor = end + 1
        article = text.startswith(ARTICLES, pos)
        for end in reversed(tokens_end):
            found = self.names.get(text[pos:end])
            if found is None and article and end > pos + 4:
                found = self.after_the.get(text[pos + 4 : end]) or self.names.get(text[pos + 4 : end])
            if found is None and end < limit and text[end] == " " and text[pos:end] in self.after_the:
                # "his Spectator interview": a bare title before a medium noun still names the outlet
                space = text.find(" ", end + 1, end + 14)
                if text[end + 1 : space if space > 0 else min(limit, end + 14)].rstrip(".,;:") in MEDIUM_AFTER:
                    found = self.after_the[text[pos:end]]
            if found is not None:
                affiliate = AFFILIATE_RE.match(text, end, limit)
                if affiliate is not None:
                    local = self.at(text, affiliate.end(), limit)
                    if local is not None:
                        return local
                best = self._with_programme(text, pos, end, limit, found)
                break
        if generic is not None and (best is None or generic.end() > best.end):
            best = self._generic(text, generic)
        return best

    def _generic(self, text: str, generic: regex.Match[str]) -> OutletMatch:
        phrase = text[generic.start() : generic.end()]
        inner = STATE_RUN_RE.sub("", phrase, count=1)
        known = self.names.get(inner)
        name = known[0] if known else _drop_the(phrase)
        return OutletMatch(name, known[1] if known else "generic", generic.start(), generic.end())

    def _may_name(self, text: str, pos: int, limit: int) -> bool:
        """False when no surface of the index can be what ``at`` finds at ``pos``: every lookup there
        is of ``text[pos:end]`` or, after "the ", of ``text[pos + 4:end]``, at a token end."""
        first = lead_token(text, pos, limit)
        if first is None:
            return False
        if first in self.lead_tokens:
            return True
        if not text.startswith(ARTICLES, pos):
            return False
        second = lead_token(text, pos + 4, limit)
        return second is not None and second in self.tokens_after_article

    def _with_programme(self, text: str, start: int, end: int, limit: int, found: tuple[str, str]) -> OutletMatch:
        extra = PROGRAMME_RE.match(text, end, limit)
        if extra is not None and ("'s" in extra.group() or "’s" in extra.group()):
            stop = extra.end()
            return OutletMatch(text[start:stop], found[1], start, stop)
        return OutletMatch(found[0], found[1], start, end)

    def scan(self, text: str, start: int, end: int) -> list[OutletMatch]:
        """Every outlet mentioned in ``text[start:end]``, left to right, not overlapping."""
        found: list[OutletMatch] = []
        for word in WORD_START_RE.finditer(text, start, end):
            if found and word.start() < found[-1].end:
                continue
            match = self.at(text, word.start(), end)
            if match is not None:
                found.append(match)
        return found


WORD_START_RE: Final = lazy_compile(r"(?<![\p{L}\p{N}'’.-])(?:[\p{Lu}\p{N}]|(?:the|state|local)\ )")


BODY_HEADS: Final = frozenset(
    {
        "House", "Ministry", "Department", "Office", "Council", "Senate", "Parliament", "Pentagon", "Kremlin",
        "Government", "Police", "Army", "Embassy", "Commission", "Committee",
    }
)  # fmt: skip
MEDIUM_AFTER: Final = frozenset(
    {
        "interview", "interviews", "magazine", "newspaper", "article", "report", "column", "piece", "editorial",
        "op-ed", "reporter", "podcast", "website", "story",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=8)
def outlet_index(extra: tuple[tuple[str, ...], ...] = ()) -> OutletIndex:
    return OutletIndex(extra)


def to_outlet(text: str, match: OutletMatch) -> Outlet:
    surface = text[match.start : match.end]
    name = match.name
    if name.replace(" ", "").lower() == surface.replace(" ", "").lower():
        name = surface  # "France 24" keeps the article's spelling; "AP" still gets the full name
    return make.outlet(name, surface, match.start, match.end, match.kind)
