"""Reporting cues: verbs with their stance, prepositional and citation cues.

Each lexicon is built once (per set of user-added verbs) and read once per
paragraph: the verbs by their words (see ``_word_spans``), the rest as one
compiled alternation.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs
import regex

from . import _lexicon
from ._lazy import lazy_compile
from ._tokens import BY_CODES
from ._trie import literal_alternation
from ._values import FieldValue
from ._words import wordset

if TYPE_CHECKING:
    # mypyc's native 64-bit integer: compiled, a local annotated i64 is a C int64_t; interpreted,
    # the annotation is never evaluated (postponed annotations) and the value is a plain int.
    from mypy_extensions import i64


class Cue(FieldValue):
    """A reporting cue. Thousands are made per megabyte of text: a plain slotted class is
    cheaper to build and to read than the named tuple it replaced (see ``_values``)."""

    __slots__ = ("end", "frame", "lemma", "stance", "start")
    FIELDS = ("start", "end", "lemma", "stance", "frame")

    def __init__(self, start: int, end: int, lemma: str, stance: str, frame: str) -> None:
        self.start = start
        self.end = end
        self.lemma = lemma
        self.stance = stance
        self.frame = frame


@attrs.frozen
class CueSet:
    """The compiled verb alternation and the stance and frame of every form.

    ``surfaces`` maps each spelling the alternation matches (lower-case and capitalized)
    straight to its entry in ``forms``, so a match needs no ``lower()``.
    """

    verb_re: re.Pattern[str]
    forms: dict[str, tuple[str, str, str]]
    surfaces: dict[str, tuple[str, str, str]]
    # verb_re with the character before the form matched instead of looked behind (see cue_set).
    lead_re: re.Pattern[str] | None = None
    # Every surface as ASCII bytes, for _word_spans; set with lead_re (the same condition), and
    # ``lead_re=None`` turns both off: the plain look-behind scan the property tests compare with.
    words: frozenset[bytes] | None = None
    # The run filter of _code_spans (see code_table); set with words.
    table: bytes | None = None

    def scan(self, text: str, start: int, end: int) -> list[Cue]:
        return _scan(self, text, [start, end], start, end)

    def scan_outside(self, text: str, start: int, end: int, skips: list[tuple[int, int]]) -> list[Cue]:
        """``scan`` without the cues that start in one of ``skips`` (sorted, disjoint stretches).

        The same cues as ``scan`` less those: a form is ASCII letters with a character outside
        [A-Za-z0-9_'-] before it, so none crosses a stretch's first character when that is not a
        word character or "-" (the caller's condition), and where the search starts changes no match
        found after it; the words either side are still read within the paragraph.
        """
        bounds: list[int] = []
        low = start
        for skip_start, skip_end in skips:
            if skip_start > low:
                bounds.append(low)
                bounds.append(skip_start)
            low = skip_end
        if end > low:
            bounds.append(low)
            bounds.append(end)
        return _scan(self, text, bounds, start, end)

    def _pattern_spans(self, text: str, low: int, high: int) -> list[tuple[int, int]]:
        """The spans of verb_re's matches that start in [low, high), by a pattern (user forms)."""
        spans: list[tuple[int, int]] = []
        if low and self.lead_re is not None:
            for match in self.lead_re.finditer(text, low - 1, high):
                at, stop = match.span()
                before = text[at]
                if before > "\x7f" and (before.isalnum() or before == "’"):
                    continue  # LEAD_CLASS leaves these two to this test (see cue_set)
                spans.append((at + 1, stop))
        else:
            for match in self.verb_re.finditer(text, low, high):
                spans.append(match.span())
        return spans


def _scan(cues: CueSet, text: str, bounds: list[int], start: int, end: int) -> list[Cue]:
    """The cues that start in the windows [bounds[0], bounds[1]), [bounds[2], bounds[3]), ...
    (sorted, disjoint), in order; ``start`` and ``end`` bound the paragraph.

    A function, not a method: CueSet is an attrs class, whose fields a compiled method reads by
    attribute lookups; each is read here once per paragraph rather than once per window.
    """
    found: list[Cue] = []
    surfaces = cues.surfaces
    words = cues.words
    table = cues.table
    by_words = words is not None and cues.lead_re is not None
    for k in range(0, len(bounds), 2):
        low, high = bounds[k], bounds[k + 1]
        if not by_words or words is None:
            spans = cues._pattern_spans(text, low, high)
        elif BY_CODES and table is not None:
            spans = _code_spans(text, low, high, surfaces, table)
        else:
            spans = _word_spans(text, low, high, words)
        # The words either side are read inline: this loop runs for every verb form in the text.
        # A word of NOUN_BEFORE right before (same space-delimited word, up to 12 characters back)
        # or of NOUN_AFTER right after (up to 14 characters on, trailing punctuation dropped).
        for at, stop in spans:
            if at > start and text[at - 1] == " ":
                floor = at - 12 if at - 12 > start else start
                space = text.rfind(" ", floor, at - 1)
                if text[space + 1 if space >= 0 else floor : at - 1].lower() in NOUN_BEFORE:
                    continue
            # The word after is sliced only when its first character starts a word of NOUN_AFTER:
            # ``rstrip`` keeps a word's first character, so no other word is one of them.
            if stop + 1 < end and text[stop] == " " and text[stop + 1] in NOUN_AFTER_FIRSTS:
                limit = stop + 14 if stop + 14 < end else end
                space = text.find(" ", stop + 1, limit)
                if text[stop + 1 : space if space >= 0 else limit].rstrip(".,;:") in NOUN_AFTER:
                    continue
            # The two noun tests below read the form's letters in ``text`` rather than slices of
            # it (``surface[:4] == "repo"``, ``surface[1:5] == "laim"``): the same characters,
            # compared one at a time, the first comparison ruling out almost every form.
            size = stop - at
            if (
                size >= 4
                and text[at] == "r"
                and text[at + 1] == "e"
                and text[at + 2] == "p"
                and text[at + 3] == "o"
                and text[stop - 1] != "d"
                and "ing to " in text[at - 48 if at > 48 else 0 : at]
                and ACCORDING_NOUN_RE.search(text, at - 48 if at > 48 else 0, at) is not None
            ):
                continue  # "according to a union report": the noun closes the source phrase
            if (
                size >= 5
                and text[at + 1] == "l"
                and text[at + 2] == "a"
                and text[at + 3] == "i"
                and text[at + 4] == "m"
                and "li" in text[stop : stop + 32]
                and LIVES_RE.match(text, stop, end)
            ):
                continue  # "the storm claimed three lives", "claimed the life of": a toll, not a claim
            surface = text[at:stop]
            lemma, stance, frame = surfaces.get(surface) or cues.forms[surface.lower()]
            # ``found.append``, not a bound ``append`` local: compiled, the method is a native list
            # call, where the local was a Python-level call per cue.
            found.append(Cue(at, stop, lemma, stance, frame))
    return found


# Bytes kept by _word_spans (ASCII letters and digits); every other byte becomes a space.
WORD_BYTES: Final = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))
# For the byte before and after a form: 1 where the pattern's look-behind (before) or look-ahead
# (after) fails on that ASCII character, 2 for "?", which stands for any non-ASCII character.
JOINS_BEFORE: Final = bytes(
    2 if c == 63 else int(chr(c).isascii() and (chr(c).isalnum() or chr(c) in "_'-")) for c in range(256)
)
JOINS_AFTER: Final = bytes(
    2 if c == 63 else int(chr(c).isascii() and (chr(c).isalnum() or chr(c) in "_-")) for c in range(256)
)


def _word_spans(text: str, low: int, high: int, words: frozenset[bytes]) -> list[tuple[int, int]]:
    """The spans of verb_re's matches that start in [low, high), without running the pattern.

    The pattern engine tries the alternation at each space, and a failed try walks all 38 first
    letters (about 800 instructions a word); splitting the window into words in C and looking
    them up in a set costs about half, and only the forms found are then searched for.

    Same spans: every form is ASCII letters and digits, and a match has no word character on
    either side, so each match is a whole run of ASCII letters and digits of the window, one of
    the words ``split`` returns after WORD_BYTES blanks every other byte (a non-ASCII character
    is one "?" byte, so offsets are those of ``text``). Only the forms found among those runs
    are looked for, and each place one is found is kept where the pattern's look-behind and
    look-ahead would hold (checked on ``text`` where the byte is a "?"). The look-ahead sees the
    window's end as the end of the text, as the pattern does at ``high``. Checked against
    verb_re in tests/property/test_prefilters_cues.py.
    """
    window = text[low:high].encode("ascii", "replace")
    present = words.intersection(window.translate(WORD_BYTES).split())
    spans: list[tuple[int, int]] = []
    if not present:
        return spans
    size = len(window)
    for word in present:
        at = window.find(word)
        while at >= 0:
            stop = at + len(word)
            if stop < size:
                after = JOINS_AFTER[window[stop]]
                free = not after or (after == 2 and not _word_char(text[low + stop]))
            else:
                free = True
            if free and at:
                before = JOINS_BEFORE[window[at - 1]]
                free = not before or (before == 2 and not _joins_before(text[low + at - 1]))
            elif free and low:
                free = not _joins_before(text[low - 1])
            if free:
                spans.append((low + at, low + stop))
            # A later place inside this one has a letter before it: no match can start there.
            at = window.find(word, stop)
    if len(present) > 1:
        spans.sort()
    return spans


def _code_spans(
    text: str, low: int, high: int, surfaces: dict[str, tuple[str, str, str]], table: bytes
) -> list[tuple[int, int]]:
    """``_word_spans``, read by byte codes: where compiled (BY_CODES) a code costs a few
    instructions, while ``_word_spans`` makes, hashes and frees a bytes object for every word
    (about 800 instructions a word). Interpreted, this loop is several times slower and is
    not used.

    Same spans: as ``_word_spans`` argues, a match is a whole run of ASCII letters and digits of
    the same ASCII window (non-ASCII characters are "?" bytes, so offsets are those of ``text``)
    that is one of the forms, with the pattern's look-behind holding on the character before
    the run (none at 0) and its look-ahead on the one after (none at the window's end). This
    loop walks those runs in order; ``table`` (see code_table) rules out most runs that are no
    form, by their length and three letters, and a run it lets through is looked up among the
    forms (``surfaces``: the same strings as CueSet.words). The characters either side are
    tested as in ``_word_spans``: after the run, "_" and "-" or, at a "?" byte, ``_word_char``
    on ``text``; before it, on ``text``: an ASCII letter, digit or one of "_'-" (a letter or digit
    can be there only at ``low``), else ``_joins_before``. Checked against _word_spans and
    verb_re in tests/property/test_prefilters_statements8.py.
    """
    spans: list[tuple[int, int]] = []
    window = text[low:high].encode("ascii", "replace")
    # Native 64-bit integers where compiled (i64, imported for type checking only): a tagged
    # ``int`` costs a tag test around every index and comparison, about a third of this loop's
    # instructions (compiled analyze -2.6%). Every value is an offset or a byte: no overflow.
    size: i64 = len(window)
    at: i64 = 0
    while at < size:
        code: i64 = window[at]
        if not (97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57):
            at += 1
            continue
        stop: i64 = at + 1
        last: i64 = code
        while stop < size:
            char: i64 = window[stop]
            if not (97 <= char <= 122 or 65 <= char <= 90 or 48 <= char <= 57):
                break
            last = char
            stop += 1
        if stop > at + 1:
            bits: i64 = table[(code & 31) << 10 | (window[at + 1] & 31) << 5 | (last & 31)]
            length: i64 = stop - at - 2
            if bits and (bits >> (length if length < 7 else 7)) & 1 and text[low + at : low + stop] in surfaces:
                free = True
                if stop < size:
                    char = window[stop]
                    free = (char != 95 and char != 45) if char != 63 else not _word_char(text[low + stop])
                if free and low + at > 0:
                    before: i64 = ord(text[low + at - 1])
                    if before < 128:
                        free = not (
                            97 <= before <= 122
                            or 65 <= before <= 90
                            or 48 <= before <= 57
                            or before == 95
                            or before == 39
                            or before == 45
                        )
                    else:
                        free = not _joins_before(text[low + at - 1])
                if free:
                    spans.append((low + at, low + stop))
        at = stop + 1  # the byte at stop is no letter or digit (or stop is the end)
    return spans


def code_table(surfaces: set[str]) -> bytes | None:
    """The run filter of ``_code_spans``: at ``first << 10 | second << 5 | last`` (each a form's
    letter's code & 31, which keeps a letter's two cases together and a digit apart from the
    other digits), bit ``min(length - 2, 7)`` is set for every form. A run whose bit is clear is
    no form; about half the runs with a set bit are. None when a form is shorter than two
    characters (it has no second letter): then ``_word_spans`` serves.
    """
    if any(len(surface) < 2 for surface in surfaces):
        return None
    table = bytearray(1 << 15)
    for surface in surfaces:
        index = (ord(surface[0]) & 31) << 10 | (ord(surface[1]) & 31) << 5 | (ord(surface[-1]) & 31)
        table[index] |= 1 << min(len(surface) - 2, 7)
    return bytes(table)


def _word_char(char: str) -> bool:
    """``\\w`` of the ``re`` engine on one character: ``str.isalnum`` or "_"."""
    return char.isalnum() or char == "_"


def _joins_before(char: str) -> bool:
    """Where verb_re's look-behind ``(?<![\\w'’-])`` fails."""
    return char.isalnum() or char in "_'’-"


# A determiner or adjective right before the form makes it a noun ("the claims", "his warning").
NOUN_BEFORE: Final = wordset(
    "the a an his her their its our my your these those this such new false earlier recent any no of"
    " conference phone telephone video emergency distress 911"  # "a conference call", "a 911 call"
)
# "according to" and up to five words, with no clause break, right before a "report(s)" form.
ACCORDING_NOUN_RE: Final = lazy_compile(r"(?i:according)\ to\ (?:[^\s,.;:]++\ ){0,5}+$")
LIVES_RE: Final = lazy_compile(r"\ (?:the\ )?(?:[\w,.-]++\ ){0,3}?li(?:ves|fe)\b")


# A form followed by a finite verb is a noun subject ("reports said", "claims were").
NOUN_AFTER: Final = wordset(
    "said say says were are was is have has had suggest suggested indicate indicated show showed emerged"
    " circulated surfaced"
)
NOUN_AFTER_FIRSTS: Final = frozenset(word[0] for word in NOUN_AFTER)


LEAD_CLASS: Final = r"[^'\-0-9A-Z_a-z]"


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
    alternation = literal_alternation(surfaces)
    verb_re = re.compile(rf"(?<![\w'’-]){alternation}(?![\w-])")
    # The same matches with the character before each form matched rather than looked behind
    # (scan starts it one character before the paragraph; at 0 it uses verb_re). A pattern that
    # starts with a 256-bit class lets ``re`` skip in C to the next candidate instead of trying
    # the look-behind (a Unicode category test) at every position. LEAD_CLASS is [^\w'’-] on
    # ASCII; it lets every non-ASCII character through and scan drops the letters and "’".
    # Same matches: after its first character a match holds only ASCII word characters, so a
    # dropped match cannot hide the start of the next one. Checked against verb_re in
    # tests/property/test_prefilters_orch.py. Only when every form is ASCII letters and digits
    # (the built-in lexicon; a user's form might start with an apostrophe).
    simple = all(surface.isascii() and surface.isalnum() for surface in surfaces)
    lead_re = re.compile(rf"{LEAD_CLASS}{alternation}(?![\w-])") if simple else None
    words = frozenset(surface.encode("ascii") for surface in surfaces) if simple else None
    table = code_table(surfaces) if simple else None
    by_surface = {surface: forms[surface.lower()] for surface in surfaces if surface.lower() in forms}
    return CueSet(verb_re=verb_re, forms=forms, surfaces=by_surface, lead_re=lead_re, words=words, table=table)


# "according to X", "per X", "as reported by X": the source follows the cue.
ACCORDING_RE: Final = lazy_compile(
    r"(?<![\p{L}])(?:[Aa]ccording\ to|[Aa]s\ reported\ by|[Aa]s\ cited\ by|Per|per(?=\ (?:the\ )?\p{Lu}))\ ",
)
# A string each branch of ACCORDING_RE holds, and how far before it that branch's match begins.
ACCORDING_NEEDLES: Final[tuple[tuple[str, int], ...]] = (
    ("ccording to ", 1), ("s reported by ", 1), ("s cited by ", 1), ("Per ", 0), ("per ", 0),
)  # fmt: skip


def according_matches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``ACCORDING_RE.finditer(text, start, end)``, the pattern tried only where a
    match can begin.

    finditer tries the look-behind at every position of the span (about 200 instructions a
    character, most of the cost of a paragraph that says "according to" or "per"). Same spans:
    every match holds its branch's string of ACCORDING_NEEDLES inside the span at a fixed offset
    from its start, so every match start is among the candidates; they are tried in text order,
    skipping those inside the last match as finditer does (it resumes at a match's end), and
    ``match`` at a position reads the same text around it (the look-behind before it, ``end``
    after) as the search does there. Checked in tests/property/test_prefilters_statements7.py.
    """
    starts: list[int] = []
    for needle, back in ACCORDING_NEEDLES:
        at = text.find(needle, start + back, end)
        while at >= 0:
            starts.append(at - back)
            at = text.find(needle, at + 1, end)
    if len(starts) > 1:
        starts.sort()
    spans: list[tuple[int, int]] = []
    floor = start
    for at in starts:
        if at >= floor:
            match = ACCORDING_RE.match(text, at, end)
            if match is not None:
                spans.append(match.span())
                floor = match.end()
    return spans


# ", citing X" / ", quoting X": the source of a report that is itself reported.
CITING_RE: Final = lazy_compile(r",?\ (?:citing|quoting|who\ cited|who\ quoted)\ ")
# Every match of CITING_RE holds one of these (" who " for "who cited" and "who quoted").
CITING_WORDS: Final = (" citing ", " quoting ", " who ")


def citing_in(text: str, start: int, end: int) -> regex.Match[str] | None:
    """CITING_RE.search in the span, run only where ``str.find`` sees a word every match holds.

    Most reported clauses hold none of them, and a bounded ``str.find`` is several times
    cheaper than the pattern's search over the clause.
    """
    for word in CITING_WORDS:
        if text.find(word, start, end) >= 0:
            return CITING_RE.search(text, start, end)
    return None


HEDGE_RE: Final = lazy_compile(
    r"(?i)\b(?:reportedly|allegedly|purportedly|may\ have|might\ have|could\ have|unconfirmed|unverified|supposedly)\b"
)


HEDGE_WORDS: Final = (
    "reportedly", "allegedly", "purportedly", "may have", "might have", "could have", "unconfirmed",
    "unverified", "supposedly",
)  # fmt: skip
# Non-ASCII letters that case-fold onto the ASCII letters of HEDGE_WORDS (long s, Kelvin sign,
# dotted and dotless i) are tested one by one in _has_lookalike.


def is_hedged(text: str, start: int, end: int) -> bool:
    """HEDGE_RE in the span, after a substring test that rules most spans out cheaply."""
    if _hedge_free(text[start:end]):
        return False
    return HEDGE_RE.search(text, start, end) is not None


def _hedge_free(window: str) -> bool:
    """True when HEDGE_RE cannot match inside ``window``: a substring test on it lowered.

    A match's letters lowered are one of HEDGE_WORDS, and each character lowers on its own (only
    a Greek capital sigma looks at its neighbours), so the lowered window holds that word, unless
    a non-ASCII letter that folds onto an ASCII one stands in the match (then this says False).
    """
    if window.isascii() or not _has_lookalike(window):
        lower = window.lower()
        # Each of HEDGE_WORDS holds one of these six strings; each first test ("edly", " have")
        # rules most spans out, and the second tells a hedge from "repeatedly" or "would have",
        # which are common, so that the pattern (a search of the whole span) runs almost only
        # where it matches.
        return not (
            ("edly" in lower and ("portedly" in lower or "allegedly" in lower or "supposedly" in lower))
            or (" have" in lower and ("may have" in lower or "might have" in lower or "could have" in lower))
            or "unconfirmed" in lower
            or "unverified" in lower
        )
    return False


# How far apart two spans may be for is_hedged_either to test them as one window.
HEDGE_JOIN_GAP: Final = 64


def is_hedged_either(text: str, start: int, end: int, low: int, high: int) -> bool:
    """``is_hedged(text, start, end) or is_hedged(text, low, high)``, with one substring test
    where the two spans overlap or nearly meet (a statement's content and the 40 characters
    before its cue, which mostly touch): one slice, lowering and set of scans instead of two.

    Same answer: a match inside either span lies inside the window that covers both, whose
    lowered text then holds the hedge word (see ``_hedge_free``); when the window rules both
    out, both calls say False, and otherwise the two calls decide as before.
    """
    first = start if start < low else low
    last = end if end > high else high
    if last - first <= (end - start) + (high - low) + HEDGE_JOIN_GAP and _hedge_free(text[first:last]):
        return False
    return is_hedged(text, start, end) or is_hedged(text, low, high)


def _has_lookalike(window: str) -> bool:
    return "ſ" in window or "\u212a" in window or "İ" in window or "ı" in window  # \u212a: Kelvin sign
