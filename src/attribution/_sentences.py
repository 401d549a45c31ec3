"""Sentence breaks inside a paragraph: a mark (. ! ?), closing marks, a space and a capital,
unless the mark ends an abbreviation ("Gen.", "U.S.").

Split from ``_segment`` (which finds the marks and calls ``split_sentences`` per paragraph) to keep
each module to one job. Most breaks are told by character codes; the patterns are asked only where
characters beyond ASCII may change their answer.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from ._lazy import lazy_compile
from ._words import wordset

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
