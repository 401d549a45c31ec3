"""Where casualty text is: the lower-cased copy the stage searches (``lowered_ascii``), the sentences that
hold a casualty stem and the stems' offsets (``casualty_sentences``), a gate before the month look-back, and
where a casualty number can begin, read in one pass over character codes (the compiled build's path).

``_numbers._core_starts`` must return where ``CORE_RE`` matches begin: a digit that starts a run of
digits, commas and full stops, or a core word ("two", "dozens", "a million", "half a dozen") at a word
boundary. ``_numbers._core_starts_by_find`` finds them with 35 ``str.find`` scans of each casualty
sentence (10 digits, 25 word needles), about 20,000 instructions a sentence compiled; one walk over the
sentence's codes costs a fraction of that, and the word pattern is still tried at exactly the same places.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from ._casualty_patterns import REACH_AFTER, REACH_BEFORE, TRIGGER_STEMS
from ._segment import Document

# Every needle of ``_numbers._WORD_NEEDLES`` and ``_numbers._A_NEEDLES`` under its first letter (a test checks
# the table against both lists).
_NEEDLES_BY_LETTER: Final[dict[str, tuple[str, ...]]] = {
    "z": ("zero",),
    "o": ("one",),
    "t": ("two", "three", "ten", "twelve", "thirt", "twenty", "thousand"),
    "f": ("four", "five", "fift", "forty"),
    "s": ("six", "seven", "several", "scores"),
    "e": ("eight", "eleven"),
    "n": ("nine",),
    "h": ("half", "hundred"),
    "d": ("dozen",),
    "m": ("million",),
    "b": ("billion",),
}
_A_NEEDLES: Final[tuple[str, ...]] = ("dozen", "hundred", "thousand", "million", "billion")
_NEEDLES: Final[tuple[str, ...]] = tuple(needle for needles in _NEEDLES_BY_LETTER.values() for needle in needles)


def _prefix_key(first: int, second: int, third: int) -> int:
    """The index of three ASCII codes in ``_PREFIX_TABLE`` (written out again in ``core_starts_by_codes``)."""
    return (first & 31) << 10 | (second & 31) << 5 | (third & 31)


def _prefix_table() -> bytes:
    table = bytearray(1 << 15)
    for needle in _NEEDLES:
        table[_prefix_key(ord(needle[0]), ord(needle[1]), ord(needle[2]))] = 1
    return bytes(table)


# 1 at the key of the first three letters of every needle (every needle has at least three): most words
# that begin with a needle's first letter ("the", "for", "said") fail this one byte test before any
# ``startswith`` call. Other three-byte runs may share a key; ``startswith`` decides those.
_PREFIX_TABLE: Final[bytes] = _prefix_table()
# 1 at the code of each needle's first letter.
_FIRST_TABLE: Final[bytes] = bytes(1 if chr(code) in _NEEDLES_BY_LETTER else 0 for code in range(128))


def core_starts_by_codes(lowered: str, low: int, high: int, word_core: re.Pattern[str]) -> list[int]:
    """``_core_starts`` where ``lowered[low - 1 : high]`` is ASCII, in one walk over its bytes (``word_core``
    is ``_numbers.WORD_CORE_AT_RE``).

    The same starts as ``_core_starts_by_find`` (tests/property/test_prefilters_cas9.py): a digit starts a
    run unless a run already took it; a word start (the string's first character, or one after a character
    that is neither a letter, a digit nor "_": ``\\b`` before a letter, as ``isalnum`` reads ASCII) is tried
    with ``word_core`` where ``_core_starts_by_find`` would have a candidate there (a needle begins there
    and ends by ``high``, or "a", white space and an ``_A_NEEDLES`` word do) and where it lies past the end
    of the last word taken, as ``finditer`` resumes. Taken in order, the digit and word starts come out
    merged: a digit run or a word never holds what the other needs.
    """
    starts: list[int] = []
    window = lowered[low:high].encode("ascii")
    size = len(window)
    # Offsets into ``window``; ``last`` is where the last word taken ends (a word start must lie past it).
    last = -1
    after_word = False
    if 0 < low <= len(lowered):  # past the end the window is empty: no start, nothing before it to read
        before = ord(lowered[low - 1])
        after_word = 48 <= before <= 57 or 97 <= before <= 122 or 65 <= before <= 90 or before == 95
    at = 0
    while at < size:
        code = window[at]
        if 48 <= code <= 57:
            starts.append(low + at)
            at += 1
            while at < size:
                code = window[at]
                if 48 <= code <= 57 or code == 44 or code == 46:
                    at += 1
                else:
                    break
            # The run ends on a digit (a word character) or on a comma or full stop (none).
            after_word = 48 <= window[at - 1] <= 57
            continue
        if 97 <= code <= 122:
            if not after_word and at > last:
                candidate = False
                if (
                    _FIRST_TABLE[code]
                    and at + 3 <= size
                    and _PREFIX_TABLE[(code & 31) << 10 | (window[at + 1] & 31) << 5 | (window[at + 2] & 31)]
                ):
                    candidate = lowered.startswith(_NEEDLES, low + at, high)
                if not candidate and code == 97:
                    # "a dozen", "a million": "a", white space, then a needle that ends by ``high``.
                    ahead = at + 1
                    while ahead < size and _is_space(window[ahead]):
                        ahead += 1
                    if ahead > at + 1 and ahead + 3 <= size:
                        key = (window[ahead] & 31) << 10 | (window[ahead + 1] & 31) << 5 | (window[ahead + 2] & 31)
                        candidate = bool(_PREFIX_TABLE[key]) and lowered.startswith(_A_NEEDLES, low + ahead, high)
                if candidate:
                    match = word_core.match(lowered, low + at, high)
                    if match is not None:
                        starts.append(low + at)
                        last = match.end() - low
            # The rest of the word holds no word start.
            at += 1
            while at < size:
                code = window[at]
                if 97 <= code <= 122 or 65 <= code <= 90:
                    at += 1
                else:
                    break
            after_word = True
            continue
        after_word = 65 <= code <= 90 or code == 95
        at += 1
    return starts


def _is_space(code: int) -> bool:
    """``str.isspace`` of an ASCII character: tab to carriage return, the four separators and the space."""
    return 9 <= code <= 13 or 28 <= code <= 32


def lowered_ascii(text: str) -> str:
    """A lower-cased copy of ``text`` for finding stems, number words and hedge hints.

    Those are ASCII, and ``str.lower`` walks the full Unicode case tables as soon as one
    character is not ASCII (a tenth of this stage). For Latin-1 text ``bytes.lower`` (ASCII
    letters only) does: it differs from ``str.lower`` only at non-ASCII letters, which both
    leave non-ASCII letters, so every ASCII word, word boundary and digit falls at the same offsets.
    Punctuation beyond Latin-1 (curly quotes, dashes) is stood in for by "?" (``_stand_ins_are_punctuation``);
    a letter, digit or space beyond Latin-1 takes ``str.lower``.
    """
    if not text.isascii():
        # The built-in "replace" handler writes one "?" a character in C; a handler of our own was called
        # from Python once per run of such characters, building an exception object each time.
        lowered = text.encode("latin-1", "replace").lower().decode("latin-1")
        if _stand_ins_are_punctuation(text, lowered):
            return lowered
    return text.lower()


def _stand_ins_are_punctuation(text: str, lowered: str) -> bool:
    """Whether every character that ``lowered`` (``text`` through Latin-1, "?" for each character beyond
    it, lower-cased) stands in for is neither alphanumeric nor white space.

    Where ``str.lower`` keeps the length, it maps such a character to one that is neither ASCII, alphanumeric
    nor white space (only letters lower to ASCII or to two characters), and "?" is neither alphanumeric nor
    white space and in no stem, hint or number word: every reader of the copy (ASCII stems and hints,
    ``\\d``, ``\\W``, ``\\b`` and ``\\s`` in ``_numbers._core_starts``) finds the same offsets.
    """
    position = lowered.find("?")
    while position >= 0:
        character = text[position]
        if character != "?" and (character.isalnum() or character.isspace()):
            return False
        position = lowered.find("?", position + 1)
    return True


# What MONTH_LEFT_RE's month names begin with ("sept" with "sep"), and what ``regex`` takes for \s in ASCII.
_MONTH_HEADS: Final = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
_ASCII_WHITE: Final = " \t\n\x0b\x0c\r"
_ASCII_LETTERS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def month_possible(text: str, position: int) -> bool:
    """False where ``MONTH_LEFT_RE.search(text, max(0, position - 12), position)`` surely finds nothing (it
    asks before every small number, ~8 µs a call, and rarely matches).

    A match ends with white space right before ``position``, before it an optional full stop, and before
    that letters that begin with a month name at a word boundary: in an ASCII window those letters are the
    whole run of ASCII letters there, so that run must begin with a month (tests/property/
    test_prefilters_cas10.py). A window beyond ASCII is left to the pattern.
    """
    window = text[max(0, position - 12) : position]
    if not window.isascii():
        return True
    end = len(window)
    while end > 0 and window[end - 1] in _ASCII_WHITE:
        end -= 1
    if end == len(window):
        return False
    if end > 0 and window[end - 1] == ".":
        end -= 1
    begin = end
    while begin > 0 and window[begin - 1] in _ASCII_LETTERS:
        begin -= 1
    return end - begin >= 3 and window[begin : begin + 3].lower() in _MONTH_HEADS


def casualty_sentences(document: Document, lowered: str) -> tuple[list[tuple[int, int]], list[int] | None]:
    """Sentences of content paragraphs that hold a casualty stem, in text order.

    Each stem is looked for with ``str.find`` over the whole lower-cased text (fast C
    scans), then the hits are walked together with the sentences. The sorted hits are
    returned too (``None`` when offsets of the lower-cased text would not be true).
    """
    text = document.text
    if len(lowered) != len(text):
        sentences = [sentence for paragraph in document.content_paragraphs() for sentence in paragraph.sentences]
        return [(start, end) for start, end in sentences if mentions_casualty(text[start:end])], None
    hits: list[int] = []
    for stem in TRIGGER_STEMS:
        position = lowered.find(stem)
        while position != -1:
            hits.append(position)
            position = lowered.find(stem, position + 1)
    if not hits:
        return [], hits
    hits.sort()
    chosen: list[tuple[int, int]] = []
    index = 0
    last = len(hits)
    # Bisect to the first hit of each paragraph, then of each sentence in a paragraph that has one:
    # most paragraphs and sentences hold no stem and cost one bisection.
    for paragraph in document.content_paragraphs():
        index = bisect.bisect_left(hits, paragraph.start, index)
        if index == last:
            break
        if hits[index] >= paragraph.end:
            continue
        for start, end in paragraph.sentences:
            index = bisect.bisect_left(hits, start, index)
            if index == last:
                break
            if hits[index] < end:
                chosen.append((start, end))
    return chosen, hits


def near_stem(hits: list[int], position: int) -> bool:
    index = bisect.bisect_left(hits, position - REACH_BEFORE)
    return index < len(hits) and hits[index] < position + REACH_AFTER


def stem_between(hits: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(hits, start)
    return index < len(hits) and hits[index] < end


def mentions_casualty(piece: str) -> bool:
    lowered = piece.lower()
    # A plain loop: any() over a generator costs a third of this stage's time.
    for stem in TRIGGER_STEMS:  # noqa: SIM110
        if stem in lowered:
            return True
    return False
