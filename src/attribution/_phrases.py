"""Phrase boundaries around a cue: what follows it (object, adverbials, outlets), clause ends.

Every function looks at a bounded window of one sentence, so the whole stage
stays linear in the text. Nothing here rewrites the text; all results are offsets.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

import regex

from ._cues import Cue
from ._exclusions import ADVERBIAL_FIRST as ADVERBIAL_FIRST
from ._exclusions import adverbial_after, finite_at
from ._lazy import lazy_compile
from ._outlets import OutletIndex, OutletMatch
from ._sources import CLAUSE_WORDS, VERBISH, WINDOW
from ._tokens import BY_CODES, first_token
from ._words import wordset

# The first word of every ADVERBIAL_RE and VIA_PREP_RE match: a set lookup rules most positions out.
# The standard engine runs this once per cue at a third of the cost of a `regex` call; the two
# engines agree on ASCII literals and an ASCII class without flags, and the plain "?" and "+"
# match what the possessive ones would: "," is kept only before the space that must follow it,
# and nothing after the letters could make the engine give one back.
FIRST_WORD_RE: Final = re.compile(r",? ([A-Za-z]+)")
VIA_PREP_FIRST: Final = wordset("to with on via in told")
# The preposition before an outlet; after_cue reads it by tests (_via_prep_end), the properties by this.
VIA_PREP_RE: Final = lazy_compile(r",?\ (?:to|with|on|via|in\ an\ interview\ with|in\ an\ interview\ on|told)\ ")
# What follows "in" in the two longer alternatives of the preposition before an outlet (see _via_prep_end).
INTERVIEW_RESTS: Final = (" an interview with ", " an interview on ")


def _via_prep_end(text: str, word: str, word_end: int, limit: int) -> int:
    """Where ``,?\\ (?:to|with|on|via|in\\ an\\ interview\\ with|in\\ an\\ interview\\ on|told)\\ ``
    matches at the place whose first word (one of VIA_PREP_FIRST) ends at ``word_end``, or -1.

    The comma and space before the word are read as the pattern reads them (first_word_end), and
    a literal word of the pattern is the whole run of letters there, as a space follows it: so
    each word matches with its space right after it, and "in" with one of INTERVIEW_RESTS, all
    before ``limit``. (A `regex` call per cue, about 4,000 cycles, where this is a few tests.)
    """
    if word == "in":
        for rest in INTERVIEW_RESTS:
            if text.startswith(rest, word_end, limit):
                return word_end + len(rest)
        return -1
    return word_end + 1 if word_end < limit and text[word_end] == " " else -1


AUDIENCE_RE: Final = lazy_compile(
    r"""(?x)\ (?:reporters|journalists|the\ press|the\ media|lawmakers|parliament|supporters|a\ crowd|an\ audience
    |a\ news\ conference|a\ press\ conference|a\ briefing|the\ (?:newspaper|agency|broadcaster|channel|station|outlet
    |website|magazine|paper)|him|her|them|me|us|you|viewers|listeners|readers|delegates
    |investigators|detectives|deputies|officers|police(?:\ officers)?+|dispatchers|authorities|officials
    |jurors|the\ jury|a\ jury
    |(?:the|a|an)\ (?:officer|court|judge|deputy|detective|investigator|dispatcher|reporter|interviewer|hearing)
    |the\ [\w-]++\ (?:council|assembly
    |committee|parliament|house))(?=[\s,.;:]|$)"""
)
OBJECT_THAT_RE: Final = lazy_compile(r"\ (?:[\w.'’-]++\ ){1,6}?(?=that\ )")
NAME_OBJECT_RE: Final = lazy_compile(r"\ \p{Lu}[\w.'’-]*+(?:\ \p{Lu}[\w.'’-]*+){0,3}+(?=[\s,.;:]|$)")
THAT_RE: Final = lazy_compile(r"\s*+[,:]?\s*+(?:that\b[\s,]*+)?")
REST_EMPTY_RE: Final = lazy_compile(r"[\s.,;:!?”\"’'»)\]—–-]*+")
# ", citing X", "quoting X": the words after the cue name a source, not a reported clause.
CITING_AT: Final[tuple[str, ...]] = (", citing ", " citing ", ", quoting ", " quoting ")
CLAUSE_END_PATTERN = r"""(?x)(?:,\ (?:adding|saying|noting|explaining|warning|insisting|claiming|stressing|arguing)\b
    |[,;]\ (?:and\ |but\ |which\ |who\ )?(?:he|she|they|it)\ (?:added|said|says|noted|warned)\b
    |,\ according\ to\b
    |,?+\ (?:and|but)\ (?:also\ |later\ |then\ )?+(?:said|told|added|warned|urged|insisted|noted|stressed|argued|vowed
       |pledged|promised|suggested|called|accused|denied|acknowledged|conceded|announced|asserted|claimed|stated
       |explained|admitted|maintained|declared|complained|predicted|recalled|replied|responded)\b
    |\ —\ )"""
CLAUSE_END_RE: Final = lazy_compile(CLAUSE_END_PATTERN)
# Every CLAUSE_END_RE match starts with one of these (see its alternatives).
CLAUSE_END_ANCHORS: Final[tuple[str, ...]] = (", ", "; ", " and ", " but ", " —")
# CLAUSE_END_RE without its word-boundary tests and with plain "?" for "?+": dropping a test or
# letting an optional group give its text back only adds matches, so every CLAUSE_END_RE match
# is a match of this one at the same place; and the standard engine reads these ASCII literals
# as `regex` does. A `regex` search with no literal to skip to tried every space (several hundred
# machine instructions a character); this finds the few places worth asking it about.
CLAUSE_END_HINT_RE: Final = re.compile(CLAUSE_END_PATTERN.replace(r"\b", "").replace("?+", "?"))


def hinted_search(
    pattern: regex.Pattern[str], hint: re.Pattern[str], text: str, pos: int, end: int
) -> regex.Match[str] | None:
    """``pattern.search(text, pos, end)``, asked only where ``hint`` matches.

    ``hint`` must match wherever ``pattern`` does (a looser copy in the standard engine). A
    search returns the match at the first place the pattern matches; no place before a hint's
    match can hold one, and ``pattern.match`` at a place sees the same text (look-behinds
    included) as the search did there.
    """
    found = hint.search(text, pos, end)
    while found is not None:
        match = pattern.match(text, found.start(), end)
        if match is not None:
            return match
        found = hint.search(text, found.start() + 1, end)
    return None


CORE_LEMMAS: Final = wordset("say tell add write post tweet report explain claim warn insist argue")
SAY_LEMMAS: Final = wordset("say tell claim warn insist argue")
BAD_CONTENT_START: Final = wordset(
    """to of about for with by as at from into on in so goodbye nothing something anything yes
    hello thanks thank sorry if whether how what why when where who which during after
    before over against"""
)


class After(NamedTuple):
    """What follows a cue; a named tuple because one is made per cue (a frozen attrs class
    cost twice as much to build)."""

    content_start: int | None
    that: bool
    at_end: bool
    via: list[OutletMatch]


# ``_new(After, (...))`` builds the same tuple as ``After(...)`` without the named tuple's
# Python-level __new__ (a frame per call, most of the cost of building one).
_new = tuple.__new__


def first_word_end(text: str, pos: int, limit: int) -> int:
    """Where ``FIRST_WORD_RE.match(text, pos, limit)`` ends, or -1; for ``pos < limit`` only.

    The pattern is ``,? ([A-Za-z]+)``: a comma (kept only if a space follows it, as ``?`` gives
    it back otherwise), a space and a run of ASCII letters. Compiled (BY_CODES), read by
    character codes, which cost no call there; a match call and its group cost about ten times
    that, and after_cue asks this for most cues.
    """
    if not BY_CODES:
        found = FIRST_WORD_RE.match(text, pos, limit)
        return found.end() if found is not None else -1
    return _first_word_end_by_codes(text, pos, limit)


def _first_word_end_by_codes(text: str, pos: int, limit: int) -> int:
    start = pos + 2 if text[pos] == "," else pos + 1
    if start >= limit or text[start - 1] != " ":
        return -1  # no room for a letter, or no space (a comma without one: the space must be at pos)
    stop = start
    while stop < limit:
        code = ord(text[stop]) | 32  # A-Z onto a-z; no other code lands in a-z (bit 5 is all it sets)
        if code < 97 or code > 122:
            break
        stop += 1
    return stop if stop > start else -1


def after_cue(text: str, cue: Cue, end: int, outlets: OutletIndex) -> After:
    """Skip the cue's object, adverbials and outlets; say where the reported clause starts."""
    pos = cue.end
    lemma = cue.lemma
    via: list[OutletMatch] = []
    limit = pos + WINDOW if pos + WINDOW < end else end
    if lemma in OBJECT_LEMMAS and pos < limit:
        pos = _object(text, pos, limit, outlets, via)
    first = False  # FIRST_WORD_RE matches at pos, when the loop ends on its last break
    word = ""  # its word
    for _ in range(6):
        if pos >= limit or text[pos] not in ", ":
            first = False
            break  # both patterns below start with ",? "
        word_end = first_word_end(text, pos, limit)
        first = word_end >= 0
        if not first:
            break  # neither pattern can match without a word after ",? "
        word = text[pos + 2 if text[pos] == "," else pos + 1 : word_end]
        if word in ADVERBIAL_FIRST:
            match = adverbial_after(text, pos, word, word_end, limit)
            if match is not None and match.end() > pos:
                _outlets_in(text, match.start(), match.end(), outlets, via)
                pos = match.end()
                continue
        if word in VIA_PREP_FIRST:
            prep_end = _via_prep_end(text, word, word_end, limit)
            if prep_end >= 0:
                found = outlets.at(text, prep_end, limit)
                if found is not None:
                    via.append(found)
                    pos = found.end
                    continue
        break
    else:  # six adverbials in a row: the word after the last one is not known yet
        found_word = FIRST_WORD_RE.match(text, pos, limit) if pos < limit else None
        first = found_word is not None
        word = found_word.group(1) if found_word is not None else ""
    if first and lemma in PP_THAT_LEMMAS and (word in PP_OPENERS or (text[pos] == "," and word[0].isupper())):
        # _phrase_before_that needs ", " or " " and a word at pos: every other exit of the loop
        # leaves no word (or no such mark) there. The last line is its own first test.
        opener = FIRST_WORD_RE.match(text, pos, limit)  # (rare: the match object only here)
        assert opener is not None
        pos = _phrase_before_that(text, pos, limit, outlets, via, opener)
    if pos >= end:
        that_end, has_that = _that(text, pos, end)  # pos past end: the patterns decide
        return (
            _new(After, (None, has_that, True, via))
            if _at_end(text, pos, that_end, end)
            else _new(After, (that_end, has_that, False, via))
        )
    # _that and _at_end, with their usual cases inline: most cues are followed by ". " or a word.
    char = text[pos]
    if char in '."“”!?':
        that_end, has_that = pos, False
    elif char == " " and pos + 1 < end and _is_alpha(text, pos + 1) and text.find("that", pos + 1, pos + 5) < 0:
        # (str.find with bounds is a native call when compiled, startswith with a start is not.)
        # " word": a letter is alphanumeric, so nothing is left for REST_EMPTY_RE; a clause end or
        # a citation can only start " and", " but", " citing" or " quoting" here.
        if text[pos + 1] not in "abcq":
            return _new(After, (pos + 1, False, False, via))
        that_end, has_that = pos + 1, False
    else:
        that_end, has_that = _that(text, pos, end)
    if that_end >= end or not text[that_end].isalnum():
        at = that_end
        # REST_EMPTY_RE's own characters first: a letter or digit (in neither set), or a character
        # in neither the set nor \s (all of whose characters are str.isspace), stops the pattern too.
        while at < end and text[at] in REST_CHARS:
            at += 1
        if at >= end:
            return _new(After, (None, has_that, True, via))
        if text[at].isspace():
            rest = REST_EMPTY_RE.match(text, that_end, end)
            assert rest is not None
            if rest.end() >= end:
                return _new(After, (None, has_that, True, via))
    # Every clause-end anchor and citation starts with ",", ";" or " " (pos < end here): one
    # character rules out the two tuple tests after a closing mark or a colon.
    if char in ",; ":
        if (
            text.startswith(CLAUSE_END_ANCHORS, pos)
            and _may_end_clause(text, pos, end)
            and CLAUSE_END_RE.match(text, pos, end)
        ):
            return _new(After, (None, has_that, True, via))
        if text.startswith(CITING_AT, pos, end):
            return _new(After, (None, has_that, True, via))
    return _new(After, (that_end, has_that, False, via))


# The words right after ", " in every CLAUSE_END_RE alternative that can match at a comma.
CLAUSE_END_WORDS: Final = wordset(
    "adding saying noting explaining warning insisting claiming stressing arguing and but which who he she they it"
    " according"
)


def _may_end_clause(text: str, pos: int, end: int) -> bool:
    """False where ``CLAUSE_END_RE.match(text, pos, end)`` cannot match at a ", ".

    Every alternative that can match at a comma reads ", " and then a literal lower-case word of
    CLAUSE_END_WORDS followed by a space or a word boundary: that word is the whole run of ASCII
    letters after ", " (first_word_end, bounded by ``end`` as the match is). Most cues that
    reach here stand before ", " and a name or a clause ("said, Mr Lee", "said, pointing"): a
    `regex` call each, about 10 us in the pipeline, now a set lookup.
    """
    if not text.startswith(", ", pos):
        return True
    word_end = first_word_end(text, pos, end)
    return word_end >= 0 and text[pos + 2 : word_end] in CLAUSE_END_WORDS


def _is_alpha(text: str, at: int) -> bool:
    """``text[at].isalpha()``, by the code where it is ASCII (a method call when compiled)."""
    code = ord(text[at])
    return 97 <= (code | 32) <= 122 if code < 128 else text[at].isalpha()


OBJECT_LEMMAS: Final = frozenset(("tell", "assure", "warn"))
# The characters of REST_EMPTY_RE other than \s, and the ASCII spaces (all in \s).
REST_CHARS: Final = frozenset(" \t\n\r\f\v.,;:!?”\"’'»)]—–-")


def _that(text: str, pos: int, end: int) -> tuple[int, bool]:
    """Where THAT_RE's match at pos ends and whether it holds "that", without matching in the usual cases."""
    if pos < end:
        if text[pos] in '."“”!?':  # no space, comma, colon or "that": THAT_RE matches nothing
            return pos, False
        skip = 1 if text[pos] == " " else 2 if text.startswith(", ", pos) else 0
        if skip and pos + skip >= end:
            # The window holds only " ", "," or ", " from pos: \s*+ and [,:]? take all of it.
            return end, False
        # Before a letter (which is no space) the match is " " or ", ", or that and " that ".
        if skip and text[pos + skip].isalpha():
            if not text.startswith("that", pos + skip):
                return pos + skip, False
            if pos + skip + 5 < end and text.startswith("that ", pos + skip) and text[pos + skip + 5].isalpha():
                return pos + skip + 5, True
        elif skip and text[pos + skip] not in ",:" and not text[pos + skip].isspace():
            # ' "Q', ", 140": after " " or ", " a character that is no \s (each of which is
            # str.isspace), no comma or colon, and no "t" (a letter) stops the pattern there.
            return pos + skip, False
        elif text[pos] == ":":
            # 'said: "C' and a quote opening right after 'said: ': the colon, at most one space, and
            # then the end or a mark that is no \s and starts no "that" (a third of the calls that got this far).
            after = pos + 2 if pos + 1 < end and text[pos + 1] == " " else pos + 1
            if after >= end or text[after] in '"“':
                return after, False
    that = THAT_RE.match(text, pos, end)
    assert that is not None
    return that.end(), "that" in text[that.start() : that.end()]


def _at_end(text: str, pos: int, that_end: int, end: int) -> bool:
    """Nothing but punctuation follows the cue, or a clause end or a citation starts right there."""
    if that_end >= end or not text[that_end].isalnum():  # a letter or digit stops REST_EMPTY_RE at once
        rest = REST_EMPTY_RE.match(text, that_end, end)
        assert rest is not None
        if rest.end() >= end:
            return True
    if text.startswith(CLAUSE_END_ANCHORS, pos) and CLAUSE_END_RE.match(text, pos, end):
        return True
    return text.startswith(CITING_AT, pos, end)


# A prepositional phrase between the cue and "that" ("said at a stop in Y, Z, that C").
PP_OPENERS: Final = wordset("at in on during after before from via through to with outside inside near while")
PP_REACH: Final = 120
PLACE_REACH: Final = 40
PP_THAT_LEMMAS: Final = wordset(
    "say tell add write report explain claim warn insist argue announce state note confirm deny"
)
PP_THAT_RE: Final = lazy_compile(r",?+\ that\ (?!(?:is|was|were|are|has|had|have|will|would|can|could)\b)")


def _phrase_before_that(
    text: str, pos: int, limit: int, outlets: OutletIndex, via: list[OutletMatch], first: re.Match[str]
) -> int:
    """``first``: FIRST_WORD_RE's match at ``pos``."""
    # ", Vermont, that C": the rest of a place name the adverbial before ended on.
    place = text[pos] == "," and first.group(1)[0].isupper()
    if first.group(1) not in PP_OPENERS and not place:
        return pos
    reach = min(limit, pos + (PLACE_REACH if place else PP_REACH))
    found = text.find(" that ", first.end(), reach)
    if found < 0:
        return pos
    between = text[first.end() : found]
    if place and not all(w[0].isupper() for w in between.replace(",", " ").split()):
        return pos
    if any(w.endswith("ed") or w in VERBISH or w in CLAUSE_WORDS for w in between.split()):
        return pos  # another verb or clause before "that": the phrase is not a plain adverbial
    if any(mark in between for mark in '.;:“”"!?') or not PP_THAT_RE.match(
        text, found - 1 if between.endswith(",") else found
    ):
        return pos
    _outlets_in(text, pos, found, outlets, via)
    return found - 1 if between.endswith(",") else found


def _object(text: str, pos: int, limit: int, outlets: OutletIndex, via: list[OutletMatch]) -> int:
    """``pos < limit``. Each pattern is asked only where it can match (a `regex` call each before):
    all three open with a space; every AUDIENCE_RE alternative then has a lower-case ASCII letter
    (no flags), which is no \\p{Lu} for NAME_OBJECT_RE; OBJECT_THAT_RE looks ahead for "that "
    before ``limit`` (the end of the text for the engine)."""
    if text[pos] != " ":
        return pos
    if pos + 1 < limit:
        found = outlets.at(text, pos + 1, limit)
        if found is not None:
            via.append(found)
            return _show_title(text, found.end, limit)
    code = ord(text[pos + 1]) if pos + 1 < limit else 0
    if 97 <= code <= 122:
        audience = AUDIENCE_RE.match(text, pos, limit)
        if audience is not None:
            return audience.end()
    else:
        name = NAME_OBJECT_RE.match(text, pos, limit)
        if name is not None:
            return _show_title(text, name.end(), limit)
    if text.find("that ", pos, limit) >= 0:
        that = OBJECT_THAT_RE.match(text, pos, limit)
        if that is not None and "," not in text[pos : that.end()]:
            return that.end() - 1
    return pos


SHOW_OPENERS: Final = (" “", ' "')
# "told CNN's “Morning Hour” that C": the show named after the outlet belongs to the object.
SHOW_TITLE_RE: Final = lazy_compile(
    r"(?:['’]s)?+\ [“\"][^“”\"\n]{1,60}+[”\"],?+(?=\ that\ |\ (?:on|last|this|early|late)\ [^\n]{0,30}?\ that\ )"
)


def _show_title(text: str, pos: int, limit: int) -> int:
    # The pattern opens with a possessive or with a space and a quotation mark; most objects have neither.
    if pos >= limit or (text[pos] not in "'’" and not text.startswith(SHOW_OPENERS, pos, limit)):
        return pos
    match = SHOW_TITLE_RE.match(text, pos, limit)
    return match.end() if match is not None else pos


VIA_ADVERBIAL_WORDS: Final = ("in ", "on ", "to ", "with ", "via ", "through ")


def _outlets_in(text: str, start: int, end: int, outlets: OutletIndex, via: list[OutletMatch]) -> None:
    if opens_with_via(text, start):
        via.extend(outlets.scan(text, start, end))


def opens_with_via(text: str, start: int) -> bool:
    """Whether ``,?\\ (?:in|on|to|with|via|through)\\ `` matches text[start : start + 8].

    By tests (a `regex` call and a slice per adverbial before): the comma only before its space
    (",x" fails both ways), then one of the words and its space within those eight characters
    (" through " never fits).
    """
    at = start + 2 if text.startswith(", ", start) else start + 1 if text.startswith(" ", start) else -1
    return at >= 0 and text.startswith(VIA_ADVERBIAL_WORDS, at, start + 8)


def clause_like(text: str, start: int, end: int, lemma: str) -> bool:
    first = first_token(text, start, end)
    if first is None:
        return False
    if first.lower() in BAD_CONTENT_START:
        return False
    if lemma in SAY_LEMMAS:
        return True
    limit = min(end, start + 90)
    if lemma in CORE_LEMMAS:
        # "added the extra week, known as ...", "posted a video of the rally": these verbs also take
        # a plain object, so their clause needs its own verb before the first comma.
        comma = text.find(",", start, limit)
        limit = comma if comma >= 0 else limit
    return finite_at(text, start, limit) >= 0


def content_end(text: str, start: int, end: int) -> int:
    """Where ``CLAUSE_END_RE.search(text, start, end)`` matches, else ``end``."""
    # Every match starts where an anchor does (see CLAUSE_END_ANCHORS), so the pattern is asked
    # only at anchors, by str.find: a hint search would try the engine at each character between
    # them, and almost no clause has an end to find. The leftmost match is the least of each
    # anchor's first match. The pattern has no look-behind, and match() at a place sees the same
    # text as the search did there.
    best = end
    for anchor in CLAUSE_END_ANCHORS:
        found = text.find(anchor, start, end)
        while 0 <= found < best:
            if CLAUSE_END_HINT_RE.match(text, found, end) is not None and CLAUSE_END_RE.match(text, found, end):
                best = found
                break
            found = text.find(anchor, found + 1, end)
    return best


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    if text.startswith("that ", start):
        start += 5
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–-"):
        end -= 1
    if end - start < 2 or not (text[start].isalnum() or any(ch.isalnum() for ch in text[start:end])):
        return None  # (most spans start with a word: no scan)
    return start, end
