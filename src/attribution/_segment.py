"""Paragraphs, sentences, quotation spans and boilerplate marks over the original string.

Nothing here rewrites the text: every later stage works with offsets into it, so
``text[start:end]`` is true by construction. Quote pairing is a small state
machine per paragraph that follows news conventions (curly and straight marks,
an opening mark on each paragraph of a long quote, stray marks) and never lets
one bad pair spoil the rest of the article.
"""

from __future__ import annotations

import re
from typing import Final

import attrs
import regex

from ._boilerplate import BOILERPLATE_MAX_CHARS as BOILERPLATE_MAX_CHARS
from ._boilerplate import BOILERPLATE_PHRASES as BOILERPLATE_PHRASES
from ._boilerplate import BOILERPLATE_RE as BOILERPLATE_RE
from ._boilerplate import BYLINE_RE as BYLINE_RE
from ._boilerplate import _has_hint as _has_hint
from ._boilerplate import hinted_boilerplate, is_byline
from ._boilerplate import is_boilerplate as is_boilerplate
from ._lazy import lazy_compile
from ._values import FieldValue
from ._words import wordset

SINGLE_MARK_RE: Final = re.compile(r"[‘’']")
# Where _single_quotes could open a quote: ' or ‘ after a space or one of ([—–-: and before
# a letter, digit or double mark (the mark comes first so the engine skips ahead to it).
# Paragraphs with none (most apostrophes sit inside words) skip the walk over every mark;
# the paragraph's first character is tested apart.
SINGLE_OPENER_RE: Final = re.compile(r"""['‘](?<=[\s(\[—–\-:].)(?=[^\W_]|[“"])""")

# A sentence ends at . ! ? (with closing quotes or brackets) before a space and
# something that can start a sentence. The gap is the break; the pattern starts
# with the punctuation (not a look-behind) so the engine can skip ahead to it.
SENTENCE_END_RE: Final = lazy_compile(
    r"""[.!?][”"’')\]]{0,3}+(?P<gap>\s++)(?=[“"‘'(\[]?+[\p{Lu}\p{N}])""",
)
# SENTENCE_END_RE's candidates, found by the standard engine (several times faster here).
# Its whitespace class is ``regex``'s \s (``re`` also counts \x1c-\x1f); after the gap it
# takes any non-ASCII character (group 2, so ``lastindex`` is 2 just then), which
# SENTENCE_END_RE then confirms or rejects. A rejected candidate hides no match: none starts
# inside its marks and spaces.
SENTENCE_CANDIDATE_RE: Final = re.compile(
    r"""[.!?][”"’')\]]{0,3}+([^\S\x1c-\x1f]++)(?=[“"‘'(\[]?+(?:[A-Z0-9]|([^\x00-\x7f])))""",
)
ABBREVIATION_RE: Final = lazy_compile(
    r"""(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Cpl|Sgt|Adm|Cmdr|Brig|Pvt|Rev|St|Sr|Jr
        |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Fig|Inc|Corp|Co|Ltd|Bros|Ft|Mt|vs|etc
        |approx|Gens|Sens|Reps|Supt|Insp|Det|Cpt|Lt\.Col|Atty|Hon|Pres|Dept|Univ|Ave|Blvd|Rd)\.
        |\b\p{Lu}\.(?:\p{Lu}\.)*+   # initials and U.S., U.N.
        )[”"’')\]]{0,3}+$""",
    regex.VERBOSE,
)


class Quote(FieldValue):
    """The inside of one pair of quotation marks (marks excluded).

    ``closed`` is false when the paragraph ended before a closing mark: the
    news convention for a quote that goes on in the next paragraph, or a stray
    mark.

    Quote and Paragraph are plain classes, not attrs (see ``_values``); nothing
    assigns to them after ``__init__``.
    """

    __slots__ = ("close_at", "end", "open_at", "paragraph", "start")
    FIELDS = ("start", "end", "open_at", "close_at", "paragraph")

    def __init__(self, start: int, end: int, open_at: int, close_at: int | None, paragraph: int) -> None:
        self.start = start
        self.end = end
        self.open_at = open_at
        self.close_at = close_at
        self.paragraph = paragraph

    @property
    def closed(self) -> bool:
        return self.close_at is not None


class Paragraph(FieldValue):
    """One line of the input with its sentences and quotes (a plain class: see Quote)."""

    __slots__ = ("boilerplate", "end", "index", "quotes", "sentences", "start")
    FIELDS = ("index", "start", "end", "sentences", "quotes", "boilerplate")

    def __init__(
        self,
        index: int,
        start: int,
        end: int,
        sentences: tuple[tuple[int, int], ...],
        quotes: tuple[Quote, ...],
        boilerplate: bool,
    ) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.sentences = sentences
        self.quotes = quotes
        self.boilerplate = boilerplate


@attrs.frozen
class Document:
    text: str
    paragraphs: tuple[Paragraph, ...]

    def content_paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if not p.boilerplate)


def segment(text: str) -> Document:
    # Line breaks, sentence marks and quotation marks are found once for the whole text with
    # str.find, one character at a time (a C scan, several times faster than a character-class
    # pattern run over each paragraph, which cost a third of this stage); each paragraph then
    # takes its share of the sorted positions.
    stops = char_positions(text, SENTENCE_MARKS)
    doubles = char_positions(text, DOUBLE_MARKS)
    singles = char_positions(text, SINGLE_OPENERS)
    # A last position past every paragraph ends each walk below without a length test.
    beyond = len(text) + 2
    stops.append(beyond)
    doubles.append(beyond)
    singles.append(beyond)
    stop_at = double_at = single_at = 0
    paragraphs: list[Paragraph] = []
    # is_boilerplate in two parts: the byline test here, the hint test after the loop for every
    # short paragraph at once (hinted_boilerplate: its substring scans are made once per article).
    lowers: list[str] = []
    short: list[Paragraph] = []
    begin = 0
    for line_end in [*char_positions(text, LINE_BREAKS), len(text)]:
        # A paragraph is a line: the non-empty runs between line breaks; blank lines only separate.
        start, end = begin, line_end
        begin = line_end + 1
        if start >= end:
            continue
        # Most lines have nothing to strip: test both ends before calling _strip. A printable
        # ASCII character (most ends: a letter, a full stop, a closing mark) is neither a space
        # nor INVISIBLE, told by its code (compiled, no one-character string and no calls).
        first, last = ord(text[start]), ord(text[end - 1])
        if not (32 < first < 127 and 32 < last < 127) and _strippable(text[start], text[end - 1]):
            start, end = _strip(text, start, end)
            if start >= end:
                continue
        index = len(paragraphs)
        # Half the paragraphs have no mark that can end a sentence before their last two
        # characters (one sentence) or no quotation mark at all (no quote): skip the calls.
        # Paragraphs come in text order, so each list is walked once with a forward pointer
        # (six bisect calls per paragraph were a tenth of this stage compiled: a call into C
        # and boxed comparisons each, where the walk is native integer tests).
        while stops[stop_at] < start:
            stop_at += 1
        low = stop_at
        while stops[stop_at] < end - 2:
            stop_at += 1
        sentences = split_sentences(text, start, end, stops[low:stop_at]) if stop_at > low else ((start, end),)
        while doubles[double_at] < start:
            double_at += 1
        low = double_at
        while doubles[double_at] < end:
            double_at += 1
        while singles[single_at] < start:
            single_at += 1
        low_single = single_at
        while singles[single_at] < end:
            single_at += 1
        # The marks are sliced out only for a paragraph that has some: most paragraphs have no
        # quotation mark and many no sentence mark, and each empty list was built and freed.
        quotes = (
            find_quotes(text, start, end, index, doubles[low:double_at], singles[low_single:single_at])
            if double_at > low or single_at > low_single
            else ()
        )
        # is_byline needs a first letter B, P or U (BYLINE_FIRSTS, the first letters of
        # BYLINE_OPENINGS): other paragraphs skip the call, and a long one the slice too.
        byline = ord(text[start]) in (66, 80, 85) and is_byline(text[start:end])
        paragraph = Paragraph(index, start, end, sentences, quotes, byline)
        paragraphs.append(paragraph)
        if not byline and end - start <= BOILERPLATE_MAX_CHARS:
            lowers.append(text[start:end].lower())
            short.append(paragraph)
    for k in hinted_boilerplate(lowers):
        short[k].boilerplate = True
    return Document(text=text, paragraphs=tuple(paragraphs))


LINE_BREAKS: Final = "\n\r\u2028\u2029"
SENTENCE_MARKS: Final = ".!?"  # where SENTENCE_CANDIDATE_RE's matches begin
DOUBLE_MARKS: Final = '“”„«»"‟'
SINGLE_OPENERS: Final = "'‘"  # the marks that can open a single-mark quote


def char_positions(text: str, chars: str) -> list[int]:
    """Every offset of any of ``chars`` in ``text``, sorted."""
    found: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


# Zero-width and direction marks: stripped from paragraph ends like spaces.
INVISIBLE: Final = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
# is_byline's possible first letters (those of BYLINE_OPENINGS), written out as codes in segment.
BYLINE_FIRSTS: Final = "BPU"


def _strippable(first: str, last: str) -> bool:
    """Whether a paragraph's first or last character is one _strip removes."""
    return first.isspace() or first in INVISIBLE or last.isspace() or last in INVISIBLE


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in INVISIBLE):
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int, marks: list[int]) -> tuple[tuple[int, int], ...]:
    """Sentences of ``text[start:end]``; ``marks`` are the offsets of its . ! ? in order, those
    before ``end - 2`` only (a match needs a space and one more character after its mark).

    SENTENCE_CANDIDATE_RE matched at each mark finds what its ``finditer`` over the paragraph
    finds: every match begins at a mark, and none holds another mark (only closing marks and
    spaces follow the first), so no mark is skipped for lying inside an earlier match.
    """
    sentences: list[tuple[int, int]] = []
    begin = start
    for mark in marks:
        # What SENTENCE_CANDIDATE_RE would match at the mark, read by character codes where
        # the characters are ASCII (compiled, a code is a native integer; a one-character
        # string comparison was a generic rich comparison, 140 instructions): up to three
        # closing marks, then one space before a non-space (so the gap is that space), then an
        # optional opening mark and an ASCII capital or digit is a match (group 2 unset, so no
        # SENTENCE_END_RE confirmation); any other printable ASCII character where the space or
        # the capital must be is no match. Whatever else (other spaces, control characters,
        # characters beyond ASCII where the pattern may decide otherwise) goes to the pattern.
        # The closing marks are possessive in the pattern: it takes them all, up to three.
        at = mark + 1
        code = ord(text[at])
        if code == 32:
            # The usual break, one space and an ASCII capital or digit (mark + 2 < end, see
            # above), and a single space before a lower-case ASCII letter (a gap nothing
            # sentence-like follows), told here without a call.
            after = ord(text[at + 1])
            if 65 <= after <= 90 or 48 <= after <= 57:
                verdict = GAP_AT
            elif 97 <= after <= 122:
                continue
            else:
                verdict = _candidate_gap(text, at, end)
        elif 33 <= code <= 126 and not _is_closing(code):
            continue  # "3.5", "U.S.", "e.g.": no space or closing mark after the mark
        else:
            while at < end and at - mark <= 3 and _is_closing(ord(text[at])):
                at += 1
            verdict = _candidate_gap(text, at, end)
        if verdict == NO_MATCH:
            continue
        if verdict == GAP_AT:
            gap_start, gap_end = at, at + 1
        else:
            match = SENTENCE_CANDIDATE_RE.match(text, mark, end)
            if match is None:
                continue
            if match.lastindex == 2 and SENTENCE_END_RE.match(text, mark, end) is None:
                continue
            gap_start, gap_end = match.span(1)
        # Look back a bounded distance for an abbreviation such as "Gen." or "U.S.".
        # ABBREVIATION_RE ends in a capital (initials) or a listed word right before the full
        # stop, so a lower-case letter there after two characters no listed word ends in rules
        # it out: the usual case ("said.", "killed.") skips the look-back.
        if (
            text[mark] == "."
            and mark > begin
            and not ((lower := 97 <= ord(text[mark - 1]) <= 122) and text[mark - 2 : mark] not in ABBREVIATION_ENDINGS)
        ):
            floor = gap_start - 12 if gap_start - 12 > begin else begin
            # The usual case, a lower-case ASCII word after a space, is _may_abbreviate's first
            # test written out here (a call per full stop was a fifth of this loop). There the
            # word is ABBREVIATION_RE's answer too: the space is a word boundary, and a listed
            # word before the full stop is a match (the stop is followed by closing marks only).
            if (
                lower
                and (space := text.rfind(" ", floor, mark)) >= 0
                and (word := text[space + 1 : mark]).isascii()
                and word.isalnum()
            ):
                abbreviated = word in ABBREVIATION_WORDS
            else:
                abbreviated = _ends_abbreviation(text, mark, floor, gap_start)
            if abbreviated:
                continue
        if gap_start > begin:
            sentences.append((begin, gap_start))
        begin = gap_end
    if begin < end:
        sentences.append((begin, end))
    return tuple(sentences)


# _candidate_gap's answers: no match at the mark, a one-space gap at the given offset, or ask the pattern.
NO_MATCH: Final = 0
GAP_AT: Final = 1
ASK: Final = 2


def _is_closing(code: int) -> bool:
    """One of SENTENCE_CANDIDATE_RE's closing marks ”"’')]."""
    return code == 34 or code == 39 or code == 41 or code == 93 or code == 0x201D or code == 0x2019


def _candidate_gap(text: str, at: int, end: int) -> int:
    """SENTENCE_CANDIDATE_RE's verdict after a mark and its closing marks, which end at ``at``
    (see split_sentences): NO_MATCH, GAP_AT (the gap is the space at ``at``) or ASK."""
    if at >= end:
        return NO_MATCH  # the gap needs a character
    code = ord(text[at])
    if code != 32:
        # A printable ASCII character is neither a space nor a closing mark that the possessive
        # repeat could still take (after three of them, or one it did not take: not a closer).
        return NO_MATCH if 33 <= code <= 126 else ASK
    if at + 1 >= end:
        return NO_MATCH  # the look-ahead needs a character
    code = ord(text[at + 1])
    if code == 34 or code == 39 or code == 40 or code == 91:  # " ' ( [, an optional opening mark
        if at + 2 >= end:
            return NO_MATCH
        code = ord(text[at + 2])
        if 65 <= code <= 90 or 48 <= code <= 57:
            return GAP_AT
        # Beyond ASCII the pattern decides (its group 2); an ASCII character fails both branches.
        return ASK if code >= 128 else NO_MATCH
    if 65 <= code <= 90 or 48 <= code <= 57:
        return GAP_AT
    # A printable ASCII character other than the openers, a capital or a digit: no space (the
    # gap would go on) and nothing the look-ahead takes. Others (“ ‘, spaces) go to the pattern.
    return NO_MATCH if 33 <= code <= 126 else ASK


# The words of the abbreviations ABBREVIATION_RE knows ("Lt.Col" ends in "Col").
ABBREVIATION_WORDS: Final = wordset(
    """Mr Mrs Ms Mx Dr Prof Sen Rep Gov Gen Lt Col Maj Capt Cpl Sgt Adm Cmdr Brig Pvt Rev St Sr Jr
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Vol Fig Inc Corp Co Ltd Bros Ft Mt vs etc
    approx Gens Sens Reps Supt Insp Det Cpt Atty Hon Pres Dept Univ Ave Blvd Rd"""
)
ABBREVIATION_ENDINGS: Final = frozenset(word[-2:] for word in ABBREVIATION_WORDS)


def _ends_abbreviation(text: str, mark: int, floor: int, gap_start: int) -> bool:
    """``ABBREVIATION_RE.search(text[floor:gap_start])``, for a full stop at ``mark`` (after
    ``floor``) followed by closing marks only up to ``gap_start``; told by character tests
    when the characters around are ASCII (a ``regex`` search of the tail cost some 15,000
    instructions, and "U.S." or "Nov." ends a sentence candidate in most articles).

    A match must end with that stop and its closing marks (``$``; none of them is a stop),
    so it is one of the pattern's branches ending right at ``mark``: a capital at a word
    boundary before it (initials: an earlier start reaches the same capital through "X."
    pairs, and a "." before it is a boundary too), or a listed word (each ends in a
    lower-case letter; "Lt.Col" ends in the listed "Col") that starts at a word boundary,
    i.e. the whole run of word characters before the stop, cut at ``floor`` where the tail
    starts. ASCII word characters are those of the ``regex`` word class: letters, digits and "_".
    """
    before = text[mark - 1]
    if "A" <= before <= "Z":
        if mark - 1 == floor:
            return True
        previous = text[mark - 2]
        if previous.isascii():
            return not (previous.isalnum() or previous == "_")
    elif before.isascii():
        start = mark
        while start > floor and (char := text[start - 1]).isascii() and (char.isalnum() or char == "_"):
            start -= 1
        if start == floor or text[start - 1].isascii():
            return text[start:mark] in ABBREVIATION_WORDS
    return _may_abbreviate(text, mark, floor) and ABBREVIATION_RE.search(text[floor:gap_start]) is not None


def _may_abbreviate(text: str, mark: int, floor: int) -> bool:
    """Could ABBREVIATION_RE match a tail whose sentence mark is at ``mark``? A cheap pre-test.

    The pattern needs a full stop there, after either a capital (initials) or a word
    of its list; a lower-case ASCII word outside the list rules it out.
    """
    if text[mark] != "." or mark <= floor:
        return False
    before = text[mark - 1]
    if not ("a" <= before <= "z"):
        return True  # capitals, digits, other scripts: let the pattern decide
    space = text.rfind(" ", floor, mark)
    if space >= 0:
        # The usual case, a plain word after a space, without the walk below.
        word = text[space + 1 : mark]
        if word.isascii() and word.isalnum():
            return word in ABBREVIATION_WORDS
    start = mark - 1
    while start > floor and text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    if start > floor and not text[start - 1].isascii():
        return True  # a word that may go on in another script
    return text[start:mark] in ABBREVIATION_WORDS


def find_quotes(
    text: str, start: int, end: int, paragraph: int, marks: list[int], openers: list[int]
) -> tuple[Quote, ...]:
    """Pair double quotation marks in one paragraph; single marks only outside them.

    ``marks`` are the offsets of the paragraph's double marks (DOUBLE_MARKS) in order,
    ``openers`` those of its ' and ‘ marks (SINGLE_OPENERS).
    """
    quotes: list[Quote] = []
    open_at: int | None = None
    for position in marks:
        mark = text[position]
        # The role of each mark, told here rather than by a helper called per mark (the
        # helper's call was a third of this loop): curly marks by their shape, straight
        # marks by their neighbours.
        if mark == '"':
            after = text[position + 1] if position + 1 < end else " "
            if open_at is None:
                if after.isspace() and position > start and not text[position - 1].isspace():
                    continue  # a stray closing mark: glued to the word before, space after
                open_at = position
                continue
            # While a quote is open a straight mark closes it, unless it is glued to the next
            # word with a space before it: then it opens anew.
            before = text[position - 1] if position > start else " "
            role = "open" if before.isspace() and not after.isspace() and after not in ".,;:!?)" else "close"
        elif mark == "”" or mark == "»":
            role = "close"
        elif mark == "“":
            role = "close" if open_at is not None and text[open_at] == "„" else "open"
        else:  # „ « ‟
            role = "open"
        if role == "open":
            if open_at is not None and position - open_at > 1:
                # A second opening mark after a finished sentence: the news convention of a
                # quote that goes on in a new paragraph, run into one line. The first quote
                # ends at the sentence; otherwise the first mark was stray.
                inner_start, inner_end = _strip(text, open_at + 1, position)
                if inner_end > inner_start and text[inner_end - 1] in ".!?":
                    quotes.append(Quote(inner_start, inner_end, open_at, None, paragraph))
            open_at = position
        elif role == "close" and open_at is not None:
            if position > open_at + 1:
                quotes.append(Quote(open_at + 1, position, open_at, position, paragraph))
            open_at = None
    if open_at is not None:
        inner_start, inner_end = _strip(text, open_at + 1, end)
        if inner_end > inner_start:
            quotes.append(Quote(inner_start, inner_end, open_at, None, paragraph))
    # Only ’ marks (apostrophes, or closers with no opener) cannot make a single-mark quote.
    if openers:
        singles = _single_quotes(text, start, end, paragraph, quotes, openers)
        if singles:
            quotes = sorted([*quotes, *singles], key=lambda q: q.open_at)
    return tuple(quotes)


def _may_open_single(text: str, end: int, openers: list[int]) -> bool:
    # SINGLE_OPENER_RE.search over the paragraph, tried only where it can begin: at a ' or ‘.
    # Most marks are apostrophes inside a word ("don't"): a letter or digit before the mark is
    # in no class of the look-behind (spaces and "([—–-:"), so the pattern call is skipped.
    for position in openers:
        if position > 0 and text[position - 1].isalnum():
            continue
        if SINGLE_OPENER_RE.match(text, position, end):
            return True
    return False


def _single_quotes(
    text: str, start: int, end: int, paragraph: int, doubles: list[Quote], openers: list[int]
) -> list[Quote]:
    """Single-mark quotes (headline style ``X says 'Q'``), told apart from apostrophes.

    ``openers`` are the offsets of the paragraph's ' and ‘ marks (at least one).
    """
    found: list[Quote] = []
    open_at: int | None = None
    if text[start] not in "'‘" and not _may_open_single(text, end, openers):
        return found  # no mark that could open
    # ``doubles`` are in text order, so one forward pointer replaces a scan of them per mark.
    spans = [(q.open_at, q.close_at or q.end) for q in doubles]
    inside = 0
    for match in SINGLE_MARK_RE.finditer(text, start, end):
        position = match.start()
        mark = text[position]
        while inside < len(spans) and spans[inside][1] < position:
            inside += 1
        if inside < len(spans) and spans[inside][0] <= position:
            continue
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        opens = (before.isspace() or before in "([—–-:") and (after.isalnum() or after in '“"')
        closes = not before.isspace() and not after.isalnum()
        if open_at is None:
            if opens and mark != "’":
                open_at = position
        elif closes and mark != "‘":
            if position - open_at > 2:
                found.append(Quote(open_at + 1, position, open_at, position, paragraph))
            open_at = None
    return found
