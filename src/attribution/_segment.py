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

from ._boilerplate import BOILERPLATE_MAX_CHARS as BOILERPLATE_MAX_CHARS
from ._boilerplate import BOILERPLATE_PHRASES as BOILERPLATE_PHRASES
from ._boilerplate import BOILERPLATE_RE as BOILERPLATE_RE
from ._boilerplate import BYLINE_RE as BYLINE_RE
from ._boilerplate import _has_hint as _has_hint
from ._boilerplate import hinted_boilerplate, is_byline
from ._boilerplate import is_boilerplate as is_boilerplate
from ._sentences import split_sentences
from ._values import FieldValue

SINGLE_MARK_RE: Final = re.compile(r"[‘’']")
# Where _single_quotes could open a quote: ' or ‘ after a space or one of ([—–-: and before
# a letter, digit or double mark (the mark comes first so the engine skips ahead to it).
# Paragraphs with none (most apostrophes sit inside words) skip the walk over every mark;
# the paragraph's first character is tested apart.
SINGLE_OPENER_RE: Final = re.compile(r"""['‘](?<=[\s(\[—–\-:].)(?=[^\W_]|[“"])""")


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
