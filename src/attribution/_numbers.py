"""Number phrases: digits, number words of any size, quantity words, qualifiers and ranges.

``QUANTITY_RE`` finds a whole quantity phrase ("at least 19", "between six and eight",
"dozens of", "1.5 million") and :func:`read_quantity` turns a match into bounds following
the bounds table of ANNOTATION.md §2. :func:`parse_number` reads one number alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Final

import attrs
import regex

from ._casualty_patterns import NO_MATCH, UNITS, PlainNumber, _by_first_letter, plain_end
from ._corescan import core_starts_by_codes
from ._lazy import lazy_compile

SCALES: Final[dict[str, int]] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Open-ended quantity words: (lower bound, upper bound) per the spec's table.
QUANTITY_WORDS: Final[dict[str, tuple[int, int | None]]] = {
    "several": (3, None), "dozens": (24, None), "scores": (40, None), "hundreds": (200, None),
    "thousands": (2_000, None), "millions": (2_000_000, None), "tens of thousands": (20_000, None),
    "hundreds of thousands": (200_000, None),
}  # fmt: skip


_UNIT_ALT: Final = "|".join(sorted(UNITS, key=len, reverse=True))
_SCALE_ALT: Final = "hundred|thousand|million|billion"
_WORD: Final = rf"(?:{_UNIT_ALT}|{_SCALE_ALT})"
# A run of number words: "and" only after a scale word ("one hundred and five"), so
# "two and three" stays two numbers. Bounded repeat keeps the match linear.
WORD_NUMBER: Final = (
    rf"(?:\b(?:a\s++(?:{_SCALE_ALT})|{_UNIT_ALT})(?:(?:[\s-]++|(?<=(?:{_SCALE_ALT}))\s++and\s++){_WORD}){{0,24}}\b)"
)
DIGIT_NUMBER: Final = (
    r"(?:(?<![\d.,])(?:\d{1,3}(?:,\d{3})++|\d{1,12}+)(?:\.\d{1,6}+)?+"
    rf"(?:\s++(?:{_SCALE_ALT})\b|\s*+(?:m|bn)\b)?+)"
)
DOZEN: Final = r"(?:(?:half\s++a|a|(?:\d{1,3}+|" + _UNIT_ALT + r")(?:\s++and\s++a\s++half)?+)\s++dozen)\b(?!s)"
VAGUE: Final = (
    r"(?:tens\s++of\s++thousands|hundreds\s++of\s++thousands|several|dozens|scores(?=\s++of\b)"
    r"|hundreds|thousands|millions)\b"
)
NUMBER: Final = rf"(?:{DOZEN}|{VAGUE}|{WORD_NUMBER}|{DIGIT_NUMBER})"

# Qualifiers in the spec's groups; the group name says how bounds are read.
QUALIFIERS: Final = r"""
    (?P<least>at\s++least|no\s++(?:fewer|less)\s++than|not\s++(?:fewer|less)\s++than|a\s++minimum\s++of)
   |(?P<more>(?:(?:just|well|slightly|far|much)\s++)?(?:more\s++than|over|upwards\s++of|in\s++excess\s++of|greater\s++than|above))
   |(?P<upto>up\s++to|as\s++many\s++as|as\s++high\s++as|at\s++most|no\s++more\s++than|not\s++more\s++than|a\s++maximum\s++of)
   |(?P<nearly>nearly|almost|close\s++to|just\s++(?:under|short\s++of)|approaching)
   |(?P<fewer>fewer\s++than|less\s++than)
   |(?P<about>about|around|some|roughly|approximately|an\s++estimated|estimated|circa|perhaps|a\s++total\s++of)
"""

SCALE_END_RE: Final = lazy_compile(rf"(?i)\b(?:{_SCALE_ALT})\Z")
QUALIFIER_NAMES: Final = ("least", "more", "upto", "nearly", "fewer", "about")
# QUANTITY_RE's groups, in order: ``read_quantity`` unpacks ``match.groups()`` by position.
QUANTITY_GROUPS: Final = (*QUALIFIER_NAMES, "between", "a", "sep", "b")


def _quantity_pattern(qualifier_guard: str, number: str) -> str:
    return rf"""(?xi)
    (?<![\w$£€¥#/'’]|\d[-–.:])
    (?:{qualifier_guard}(?:{QUALIFIERS})\s++)?+
    (?:(?P<between>between|from)\s++)?+
    (?P<a>{number})
    (?:(?P<sep>\s*+[-–]\s*+|\s++(?:to|or)\s++|(?(between)\s++and\s++|(?!)))(?P<b>{number}))?+
    (?![\w$%£€]|[.,:]\d|[-–/]\d|[-–]\s*+[a-z])
    """


# NUMBER and the qualifiers as QUANTITY_RE reads them, for speed: ``regex`` tries every alternative in turn,
# and at a digit about a hundred of them (qualifiers, unit words) cannot match. The qualifiers (all begin
# with a letter) are skipped at a digit; NUMBER splits on whether a digit comes next (there only DOZEN's
# digit branch and DIGIT_NUMBER can match, elsewhere DIGIT_NUMBER cannot); unit words branch on their first
# letter (``_by_first_letter``). The alternatives that can match at a position keep NUMBER's order, so every
# match is the plain pattern's (tests/property/test_prefilters_casualties7.py).
_UNIT_FIRST: Final = _by_first_letter(tuple(_UNIT_ALT.split("|")))
_WORD_FIRST: Final = _by_first_letter((*_UNIT_ALT.split("|"), *_SCALE_ALT.split("|")))
_DOZEN_DIGIT: Final = r"(?:\d{1,3}+(?:\s++and\s++a\s++half)?+\s++dozen)\b(?!s)"
_DOZEN_WORD: Final = r"(?:(?:half\s++a|a|(?:\d{1,3}+|" + _UNIT_FIRST + r")(?:\s++and\s++a\s++half)?+)\s++dozen)\b(?!s)"
_WORD_NUMBER_FIRST: Final = (
    rf"(?:\b(?:a\s++(?:{_SCALE_ALT})|{_UNIT_FIRST})"
    rf"(?:(?:[\s-]++|(?<=(?:{_SCALE_ALT}))\s++and\s++)(?:{_WORD_FIRST})){{0,24}}\b)"
)
NUMBER_BY_FIRST: Final = (
    rf"(?:(?=\d)(?:{_DOZEN_DIGIT}|{DIGIT_NUMBER})|(?!\d)(?:{_DOZEN_WORD}|{VAGUE}|{_WORD_NUMBER_FIRST}))"
)
QUANTITY_RE: Final = lazy_compile(_quantity_pattern(r"(?!\d)", NUMBER_BY_FIRST))
"""One quantity phrase; ``a`` and ``b`` are the numbers of a range."""

# Where a number can begin, on lower-cased text: scanning for these first and matching
# QUANTITY_RE only there is many times faster than running QUANTITY_RE everywhere.
_CORE_WORDS: Final = (
    rf"half\s+a\s+(?:dozen|{_SCALE_ALT})", rf"a\s+(?:dozen|{_SCALE_ALT})", "dozens?", *_UNIT_ALT.split("|"),
    "several", "scores", "hundreds", "thousands", "millions", "tens",
)  # fmt: skip


_CORE_WORD_ALT: Final = _by_first_letter(_CORE_WORDS)
CORE_RE: Final = re.compile(rf"\d[\d,.]*|\b(?:{_CORE_WORD_ALT})\b")
# CORE_RE's two branches, searched apart (``find_quantities``): each pattern starts with a character
# class, so ``re`` skips ahead with one class test per character instead of entering the alternation at
# every position (CORE_RE was a fifth of the casualty stage). A word match holds only ASCII letters and
# white space, a digit match only digits, commas and full stops, so no match of one kind can overlap or
# hide one of the other: CORE_RE's matches are the two lists merged by position.
DIGIT_CORE_RE: Final = re.compile(r"\d[\d,.]*")
# A word core with the character before it: ``\b`` before a letter is exactly a non-word character
# there. A word at the very start of the string has none and is matched apart (WORD_CORE_AT_RE).
WORD_CORE_RE: Final = re.compile(rf"\W(?:{_CORE_WORD_ALT})\b")
WORD_CORE_AT_RE: Final = re.compile(rf"(?:{_CORE_WORD_ALT})\b")
# Matched backwards from the number ((?r)): a bounded look to the left, not a scan.
QUALIFIER_LEFT_RE: Final = lazy_compile(rf"(?xri)(?:(?:{QUALIFIERS})\s++)?(?:(?:between|from)\s++)?\Z")
QUALIFIER_REACH: Final = 40
# The last word of every qualifier, and "between"/"from"; the longest has 13 letters.
QUALIFIER_ENDS: Final[tuple[str, ...]] = (
    "than", "of", "over", "above", "to", "as", "most", "nearly", "almost", "under", "approaching", "about",
    "around", "some", "roughly", "approximately", "estimated", "circa", "perhaps", "least", "between", "from",
)  # fmt: skip
QUALIFIER_LONGEST: Final = max(map(len, QUALIFIER_ENDS))
# Longest number phrase looked at (a range of two long number words fits); matching
# never reads past it, which keeps long sentences linear.
PHRASE_REACH: Final = 400

_TOKEN_RE: Final = regex.compile(r"[a-z]++|\d[\d,]*+(?:\.\d++)?+")


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    lowered: str | None = None,
    wanted: Callable[[int], bool] | None = None,
) -> Iterator[regex.Match[str] | PlainNumber]:
    """``QUANTITY_RE`` matches in ``text[start:end]``, left to right and not overlapping; a number that no
    qualifier precedes is read without the pattern where ``plain_end`` can (a ``PlainNumber``).

    ``lowered`` may pass ``text.lower()`` when the caller has it (same length only);
    ``wanted(position)`` may skip numbers beginning at ``position`` before any matching.
    """
    stop = len(text) if end is None else end
    if lowered is None or len(lowered) != len(text):
        lowered = text[start:stop].lower()
        offset = start
        if len(lowered) != stop - start:
            # A few characters change length when lower-cased; offsets must stay true.
            yield from QUANTITY_RE.finditer(text, start, stop)
            return
    else:
        offset = 0
    consumed = start
    for core in _core_starts(lowered, start - offset, stop - offset):
        position = offset + core
        if position < consumed or (wanted is not None and not wanted(position)):
            continue
        reach = max(consumed, position - QUALIFIER_REACH)
        begin = position
        before = text[reach:position]
        word = before.rstrip()
        # Most numbers follow no qualifier: test the last word first, run the pattern only when it could
        # end one (any non-ASCII tail goes to the pattern, whose case folding is wider than lower()).
        if len(word) != len(before) and (
            not (tail := word[-QUALIFIER_LONGEST:]).isascii() or tail.lower().endswith(QUALIFIER_ENDS)
        ):
            left = QUALIFIER_LEFT_RE.search(text, reach, position)
            if left is not None:
                begin = left.start()
        limit = min(stop, position + PHRASE_REACH)
        if begin == position:
            plain = plain_end(text, position, limit)
            if plain == NO_MATCH:
                continue
            if plain > position:
                consumed = plain
                yield PlainNumber(text, position, plain)
                continue
        match = QUANTITY_RE.match(text, begin, limit)
        if match is None and begin != position:
            match = QUANTITY_RE.match(text, position, limit)
        if match is not None and match.end() > position:
            consumed = match.end()
            yield match


# Every word CORE_RE's word branch can match begins with one of these (a unit word, "half a ...", "several",
# "scores", "tens"), or with "a" and white space before one of _A_NEEDLES ("a dozen", "a million"), which also
# begin "dozens", "hundreds", "thousands" and "millions". A test checks every core word against them.
_WORD_NEEDLES: Final[tuple[str, ...]] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirt", "fift", "forty", "twenty", "half", "several", "scores",
)  # fmt: skip
_A_NEEDLES: Final[tuple[str, ...]] = ("dozen", "hundred", "thousand", "million", "billion")
_DIGITS: Final[tuple[str, ...]] = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
_DIGIT_RUN: Final = "0123456789,."


# The two class-led scans of ``_core_starts_by_pattern`` cost about 300 instructions a character of a casualty
# sentence (``re`` tries the word alternation after every non-word character). Compiled, the scan by
# ``str.find`` (``_core_starts_by_find``) took the casualty stage 8% fewer instructions, and one walk over
# the character codes (``_corescan``) fewer still; interpreted, either costs more than the scans. All give
# the same starts (tests/property/test_prefilters_casualties7.py, test_prefilters_cas9.py).
CORES_BY_FIND: Final = not __file__.endswith(".py")


def _core_starts(lowered: str, low: int, high: int) -> list[int]:
    """Where ``CORE_RE.finditer(lowered, low, high)`` matches begin, in order."""
    if CORES_BY_FIND and lowered[max(low - 1, 0) : high].isascii():
        return core_starts_by_codes(lowered, low, high, WORD_CORE_AT_RE)
    return _core_starts_by_pattern(lowered, low, high)


def _core_starts_by_find(lowered: str, low: int, high: int) -> list[int]:
    """``_core_starts`` where ``lowered[low - 1 : high]`` is ASCII: there ``\\d`` is [0-9], ``\\W`` a character
    neither ``isalnum`` nor "_", and ``\\s`` is ``isspace``, so digits and the places a core word can begin
    are found with ``str.find`` and the word pattern is matched at those places only."""
    cores = _ascii_digit_starts(lowered, low, high)
    words = _ascii_word_starts(lowered, low, high)
    return _merged(cores, words)


def _merged(cores: list[int], words: list[int]) -> list[int]:
    """Two sorted lists of starts as one sorted list (reusing ``cores``)."""
    if not cores:
        return words
    if words:
        cores.extend(words)
        cores.sort()
    return cores


def _ascii_digit_starts(lowered: str, low: int, high: int) -> list[int]:
    """DIGIT_CORE_RE's match starts: the first digit at or after the end of the run of digits, commas and
    full stops that the previous start began."""
    nexts = [lowered.find(digit, low, high) for digit in _DIGITS]
    starts: list[int] = []
    while True:
        first = -1
        for position in nexts:
            if position >= 0 and (first < 0 or position < first):
                first = position
        if first < 0:
            return starts
        starts.append(first)
        end = first + 1
        while end < high and lowered[end] in _DIGIT_RUN:
            end += 1
        for index in range(10):
            if 0 <= nexts[index] < end:
                nexts[index] = lowered.find(_DIGITS[index], end, high)


def _ascii_word_starts(lowered: str, low: int, high: int) -> list[int]:
    """WORD_CORE_RE's word starts (from ``low - 1``; at 0 as WORD_CORE_AT_RE): every position where a core
    word can begin is a candidate; taken in order, a candidate counts where a non-word character before it
    lies at or after the end of the last word taken (``finditer`` resumes there) and the word pattern
    matches."""
    candidates: list[int] = []
    for needle in _WORD_NEEDLES:
        position = lowered.find(needle, low, high)
        while position >= 0:
            candidates.append(position)
            position = lowered.find(needle, position + 1, high)
    for needle in _A_NEEDLES:
        position = lowered.find(needle, low, high)
        while position >= 0:
            candidates.append(position)
            before = position - 1
            while before >= low and lowered[before].isspace():
                before -= 1
            if before < position - 1 and before >= low and lowered[before] == "a":
                candidates.append(before)
            position = lowered.find(needle, position + 1, high)
    if not candidates:
        return candidates
    candidates.sort()
    words: list[int] = []
    last = low - 1 if low > 0 else 0
    for position in candidates:
        if position > 0:
            if position - 1 < last:
                continue
            before_char = lowered[position - 1]
            if before_char.isalnum() or before_char == "_":
                continue
        match = WORD_CORE_AT_RE.match(lowered, position, high)
        if match is not None:
            words.append(position)
            last = match.end()
    return words


def _core_starts_by_pattern(lowered: str, low: int, high: int) -> list[int]:
    """Where ``CORE_RE.finditer(lowered, low, high)`` matches begin, in order (see DIGIT_CORE_RE)."""
    cores = [match.start() for match in DIGIT_CORE_RE.finditer(lowered, low, high)]
    words: list[int] = []
    begin = low - 1
    if low == 0:
        # No character before the string's first: ``\b`` holds there before any letter.
        first = WORD_CORE_AT_RE.match(lowered, 0, high)
        begin = 0
        if first is not None:
            words.append(0)
            begin = first.end()  # the next word begins after a non-word character at or after here
    # WORD_CORE_RE takes the character before the word, so it searches from one before ``low``; it resumes
    # at a match's end as CORE_RE would, as the character before a word's end is a letter.
    words.extend([match.start() + 1 for match in WORD_CORE_RE.finditer(lowered, begin, high)])
    return _merged(cores, words)


@attrs.frozen
class Number:
    value: int
    approximate: bool = False
    open_high: bool = False


class Quantity:
    """Bounds read from one quantity phrase (``None`` is an open bound); compares and hashes by its fields.

    Not an attrs class: one is built per number read, and attrs' ``__init__`` (interpreted in the compiled
    build, each field set through ``object.__setattr__``) took about 6,000 instructions, this one 200."""

    def __init__(self, low: int | None, high: int | None, approximate: bool, start: int, end: int) -> None:
        self.low = low
        self.high = high
        self.approximate = approximate
        self.start = start
        self.end = end

    def fields(self) -> tuple[int | None, int | None, bool, int, int]:
        return (self.low, self.high, self.approximate, self.start, self.end)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Quantity) and self.fields() == other.fields()

    def __hash__(self) -> int:
        return hash(self.fields())

    def __repr__(self) -> str:
        return f"Quantity{self.fields()!r}"


@functools.lru_cache(maxsize=4096)
def parse_number(phrase: str) -> Number | None:
    """Read one number: digits ("2,500", "1.5 million"), words, "a dozen", "dozens"."""
    text = " ".join(phrase.lower().replace("-", " ").replace("–", " ").split())
    if not text:
        return None
    vague = QUANTITY_WORDS.get(text)
    if vague is not None:
        return Number(vague[0], approximate=True, open_high=True)
    if text.endswith("dozen"):
        head = text[: -len("dozen")].strip()
        half = head.endswith("and a half")
        if half:
            head = head[: -len("and a half")].strip()
        if head in ("a", "half a"):
            base = 12 if head == "a" else 6
        else:
            inner = parse_number(head)
            if inner is None:
                return None
            base = inner.value * 12
        return Number(base + (6 if half else 0), approximate=True)
    tokens = _TOKEN_RE.findall(text)
    if not tokens:
        return None
    if tokens[0][0].isdigit():
        return _digits(tokens)
    return _words(tokens)


def _digits(tokens: list[str]) -> Number | None:
    try:
        value = float(tokens[0].replace(",", ""))
    except ValueError:
        return None
    scale = 1
    if len(tokens) > 1:
        scale = SCALES.get(tokens[1], {"m": 1_000_000, "bn": 1_000_000_000}.get(tokens[1], 0))
        if not scale or len(tokens) > 2:
            return None
    total = value * scale
    if total != int(total):
        return None
    return Number(int(total))


def _words(tokens: list[str]) -> Number | None:
    total = 0
    current = 0
    seen = False
    for token in tokens:
        if token == "and":
            continue
        if token == "a" and not seen:
            current = 1
            continue
        unit = UNITS.get(token)
        if unit is not None:
            current += unit
            seen = True
            continue
        scale = SCALES.get(token)
        if scale is None:
            return None
        seen = True
        if scale == 100:
            current = (current or 1) * 100
        else:
            total += (current or 1) * scale
            current = 0
    if not seen:
        return None
    return Number(total + current)


def read_quantity(match: regex.Match[str] | PlainNumber) -> Quantity | None:
    """Bounds of one ``QUANTITY_RE`` match per the spec's table; ``None`` if unreadable."""
    # ``groups()`` in QUANTITY_RE's group order (QUANTITY_GROUPS, pinned by a test): one C call, where
    # ``groupdict()`` costs about twenty times as much in ``regex`` (5 µs a match).
    least, more, upto, nearly, fewer, about, between, a, _sep, b = match.groups()
    first = parse_number(a)
    if b and (scale := SCALE_END_RE.search(b)) is not None and not SCALE_END_RE.search(a):
        # "between 1.1 and 1.5 million": the scale word serves both numbers.
        first = parse_number(f"{a} {scale.group()}")
    if first is None:
        return None
    second = parse_number(b) if b else None
    if b and second is None:
        return None
    # The first qualifier group that took part, in QUALIFIER_NAMES order (at most one can).
    qualifier = (
        "least" if least else "more" if more else "upto" if upto else "nearly" if nearly
        else "fewer" if fewer else "about" if about else None
    )  # fmt: skip
    total = qualifier == "about" and about.lower().startswith("a total")
    approximate = first.approximate or (second is not None and second.approximate)
    start, end = match.span()
    if second is not None:
        if (between or "").lower() == "from":
            # "rose from 10 to 14": the later figure is the claim.
            return Quantity(second.value, second.value, second.approximate, *match.span("b"))
        if second.value < first.value:
            return None
        low: int | None = None if qualifier in ("upto", "nearly", "fewer") else first.value
        high: int | None = None if qualifier in ("least", "more") else second.value
        approximate = approximate or (qualifier == "about" and not total) or qualifier == "nearly"
        return Quantity(low, high, approximate, start, end)
    if between:
        return None
    value = first.value
    if first.open_high:
        if qualifier in ("upto", "nearly", "fewer"):
            return Quantity(None, value, True, start, end)
        return Quantity(value, None, True, start, end)
    if qualifier == "least":
        return Quantity(value, None, approximate, start, end)
    if qualifier == "more":
        return Quantity(value + 1, None, approximate, start, end)
    if qualifier == "upto":
        return Quantity(None, value, approximate, start, end)
    if qualifier == "nearly":
        return Quantity(None, value, True, start, end)
    if qualifier == "fewer":
        return Quantity(None, value - 1, approximate, start, end) if value > 0 else None
    if qualifier == "about":
        return Quantity(value, value, approximate or not total, start, end)
    return Quantity(value, value, approximate, start, end)
