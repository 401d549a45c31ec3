"""The patterns and word lists that find time expressions (compiled once, at import).

``TIME_RE`` is one alternation, one named group per kind of expression; it is
only ever tried at the few word starts just before a head word that the cheap
``HEAD_*_RE`` scans find (see ``_timefind.find_matches``), which keeps the stage fast.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Final

from . import _zones
from ._lazy import lazy_compile
from ._trie import literal_alternation

WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
NUMBER_WORDS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2,
}  # fmt: skip
# Month names that are also common words ("may", "march"): only with a day, a year or a modifier.
AMBIGUOUS_MONTHS: Final = frozenset({"May", "March"})

_WD: Final = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_YEAR: Final = r"(?:1[89]|20)\d\d"
_ZONES: Final = "|".join(_zones.ABBREVIATIONS)


# A clock time with an optional zone.
_CLOCK: Final = rf"""
    (?:(?P<h>\d{{1,2}})[:.](?P<mi>\d\d)[ ]?(?P<ap>[ap]\.?[ ]?m\b\.?|[AP]M\b)
      |(?P<h24>\d{{1,2}}):(?P<mi24>\d\d)(?![\d:])
      |(?P<h1>\d{{1,2}})[ ]?(?P<ap1>[ap]\.?[ ]?m\b\.?|[AP]\.?M\b\.?)
      |(?P<hm4>[012]\d[0-5]\d)(?:[ ]?(?:hrs|h)\b)?(?=[ ]?\(?(?:{_ZONES}|(?i:local[ ]time))\b)
      |(?P<noon>noon|midnight))
    (?:[ ]?(?P<zone>(?i:local[ ]time)|\((?:{_ZONES})\)|(?:{_ZONES})\b
      |(?:Eastern|Central|Mountain|Pacific)(?:[ ](?:Standard|Daylight))?[ ][Tt]ime|(?:Eastern
        |Pacific)\b(?![ ][A-Z])))?
"""


# One branch per kind of expression, in the order they are tried at a position.
_BRANCHES: Final[dict[str, str]] = {
    "iso": rf"""(?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\d-])""",
    "slash": r"""(?P<slash>(?P<s1>\d{1,2})/(?P<s2>\d{1,2})/(?P<s3>\d{4}|\d\d))(?![\d/])""",
    "md": rf"""(?P<md>(?:(?:{_WD}),?[ ])?(?P<md_m>{_MONTH})[ ](?P<md_d>[0-3]?\d)(?:st|nd|rd|th)?\b
        (?:,?[ ](?P<md_y>{_YEAR})\b)?)""",
    "dm": rf"""(?P<dm>(?P<dm_d>[0-3]?\d)(?:st|nd|rd|th)?[ ](?:of[ ])?(?P<dm_m>{_MONTH})
        (?:,?[ ](?P<dm_y>{_YEAR}))?\b)""",
    "my": rf"""(?P<my>(?P<my_pre>(?i:in|since|by|until|during|from|early|late|mid-?|the[ ]end[ ]of)[ ]?)?
        (?P<my_m>{_MONTH}),?[ ](?P<my_y>{_YEAR})\b)""",
    "mo": r"""(?P<mo>(?P<mo_pre>(?i:last|next|this|in|since|by|until|through|during|from|early|late|mid-?
        |earlier[ ]in|later[ ]in|(?:the[ ])?end[ ]of|(?:the[ ])?beginning[ ]of)[ ]?)?
        (?P<mo_m>January|February|March|April|May|June|July|August|September|October|November|December)\b)""",
    "dec": r"""(?P<dec>(?i:the[ ])?(?:(?P<dec4>(?:1[89]|20)\d)0s|['’](?P<dec2>\d)0s)\b)""",
    "ago": r"""(?P<ago>(?P<ago_q>(?i:just[ ]over|just|nearly|almost|about|some|more[ ]than|over|less[ ]than
        |around)[ ])?
        (?P<ago_n>(?i:a[ ]couple[ ]of|a[ ]few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten
        |eleven|twelve)|\d{1,3})[ ](?P<ago_u>(?i:day|week|month|year|decade))s?[ ](?i:ago)\b)""",
    "rel": r"""(?P<rel>(?P<rel_w>(?i:last|next|this|earlier[ ]this|later[ ]this|early[ ]this|late[ ]this|late[ ]last
        |earlier[ ]last|early[ ]next|later[ ]next))[ ](?P<rel_u>(?i:week|month|year|weekend))\b)""",
    "deic": r"""(?P<deic>(?:(?i:today|tonight|yesterday|tomorrow|overnight)
        |(?i:this|last)[ ](?:morning|afternoon|evening|night))\b
        (?:['’]s)?(?:[ ](?:morning|afternoon|evening|night)\b)?)""",
    "wd": rf"""(?P<wd>(?P<wd_pre>(?i:(?:early|late|earlier|later)[ ](?:on[ ])?|on[ ]|last[ ]|next[ ]
        |this[ ](?:coming[ ])?
        |coming[ ]|since[ ](?:late[ ]|early[ ])?|by[ ]|until[ ]|before[ ]|after[ ]))?
        (?P<wd_d>{_WD})(?:['’]s)?\b(?:[ ](?P<wd_part>morning|afternoon|evening|night)\b)?)""",
    "clock": rf"""(?P<clock>(?P<cl_pre>(?i:at[ ](?:about[ ]|around[ ]|approximately[ ]|roughly[ ]
        |exactly[ ])?|around[ ]
        |about[ ]|(?:shortly|just)[ ](?:before|after)[ ]|after[ ]|before[ ]|by[ ]|until[ ]|since[ ]|from[ ]))?
        {_CLOCK})""",
    "year": rf"""(?P<year>(?P<y_pre>(?i:in|since|by|until|during|from|before|after|early|late|mid-?
        |(?:the[ ])?end[ ]of)[ ]?)?
        (?P<y>{_YEAR})\b(?![.,]\d|['’]?s\b|[ ]?%|-year|[ ](?i:percent|per[ ]cent|people|persons|troops|soldiers
        |residents|civilians|fighters|militants|members|families|refugees|migrants|votes|kilomet|km|miles
        |metres|meters|feet|tons|tonnes|dollars|euros|pounds|hours|minutes|times|block|blocks)))""",
}


# Each letter of ``(?i:...)`` that begins an alternative, as a case-sensitive class ("at" -> "(?-i:[Aa])t"):
# ``re`` skips an alternative whose first operation is a literal or a class that the next character fails
# with a cheap test, but enters every alternative that begins with a case-free literal (about a hundred
# instructions each, dozens per failed branch). The class holds every character ``(?i:x)`` matches (three
# letters also match one beyond ASCII), so each alternative matches the same strings in the same order
# (tests/property/test_prefilters_times8.py): a tenth to a fifth fewer instructions per call.
_CASE_FOLDS: Final = {"i": "Ii\u0130\u0131", "k": "Kk\u212a", "s": "Ss\u017f"}


def first_letter_classes(pattern: str) -> str:
    """``pattern`` (verbose syntax) with every ``(?i:...)`` alternative's first letter as an explicit class."""
    out: list[str] = []
    scopes: list[bool] = []  # for each open group: was the scope outside it case-free?
    ignore = False
    initial = False  # the next significant character begins an alternative
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            stop = index + 2
        elif char == "[":
            stop = pattern.index("]", index + 2) + 1
        elif char == "(":
            scopes.append(ignore)
            if pattern.startswith("(?i:", index):
                ignore, stop = True, index + 4
            elif pattern.startswith("(?P<", index):
                stop = pattern.index(">", index) + 1
            elif pattern.startswith(("(?<=", "(?<!"), index):
                stop = index + 4
            else:
                stop = index + (3 if pattern.startswith("(?", index) else 1)
            out.append(pattern[index:stop])
            index, initial = stop, True
            continue
        elif char == ")":
            ignore = scopes.pop()
            stop = index + 1
        elif char == "|" or char.isspace():
            out.append(char)
            index += 1
            initial = initial or char == "|"
            continue
        elif initial and ignore and char.isascii() and char.isalpha():
            lower = char.lower()
            out.append("(?-i:[" + _CASE_FOLDS.get(lower, lower.upper() + lower) + "])")
            index, initial = index + 1, False
            continue
        else:
            stop = index + 1
        out.append(pattern[index:stop])
        index, initial = stop, False
    return "".join(out)


_FAST_BRANCHES: Final = {kind: first_letter_classes(branch) for kind, branch in _BRANCHES.items()}


def _alternation(kinds: tuple[str, ...], branches: dict[str, str] = _FAST_BRANCHES) -> str:
    return r"(?<![\w$£€#/.,:-])(?:" + "|".join(branches[kind] for kind in kinds) + ")"


# Stdlib ``re``: anchored matches of this large alternation run about a quarter faster than with ``regex``.
TIME_RE: Final = re.compile(_alternation(tuple(_BRANCHES)), re.VERBOSE)
# At a head word with nothing joinable before it (most heads), only the kinds that can start with that
# word are tried: each failed branch of ``TIME_RE`` costs about a microsecond.
WEEKDAY_TIME_RE: Final = re.compile(_alternation(("wd",)), re.VERBOSE)
WEEKDAY_DATE_RE: Final = re.compile(_alternation(("md", "wd")), re.VERBOSE)
MONTH_TIME_RE: Final = re.compile(_alternation(("md", "my", "mo")), re.VERBOSE)
DEICTIC_TIME_RE: Final = re.compile(_alternation(("rel", "deic")), re.VERBOSE)
# A digit head: the branches that can start with a digit, in ``TIME_RE``'s order (six fewer failed branches).
DIGIT_TIME_RE: Final = re.compile(_alternation(("iso", "slash", "dm", "dec", "ago", "clock", "year")), re.VERBOSE)
# The kinds that can begin with each character at a word start, for the look-back before a head word, where
# ``TIME_RE`` is tried at word starts ("on", "early", "the"): lower-case keys list the prefix words of every
# branch (matched without case) and "noon"/"midnight"; upper-case keys add the capitalized month and weekday
# names. Branches that cannot start there are left out, which never changes the match (``TIME_RE``'s order
# is kept). An ASCII character missing here starts no kind; any other character gets the full ``TIME_RE``.
_PREFIX_KINDS: Final = {
    "a": "ago wd clock year", "b": "my mo wd clock year", "c": "wd", "d": "my mo year",
    "e": "my mo ago rel wd year", "f": "my mo ago clock year", "i": "my mo year", "j": "ago clock",
    "l": "my mo ago rel deic wd year", "m": "my mo ago clock year", "n": "mo ago rel wd clock",
    "o": "ago deic wd", "s": "my mo ago wd clock year", "t": "my mo dec ago rel deic wd year",
    "u": "my mo wd clock year", "y": "deic",
}  # fmt: skip
_NAME_KINDS: Final = {
    "J": "md my mo", "F": "md my mo wd", "M": "md my mo wd", "A": "md my mo", "S": "md my mo wd",
    "O": "md my mo", "N": "md my mo", "D": "md my mo", "T": "md wd", "W": "md wd",
}  # fmt: skip
_DIGIT_KINDS: Final = ("iso", "slash", "dm", "dec", "ago", "clock", "year")
# The digit kinds that can fit a run of ASCII digits, by its length and the character after it
# (``_timefind.digit_matcher``), in ``TIME_RE``'s order.
ISO_KINDS: Final[tuple[str, ...]] = ("iso", "clock", "year")  # four digits and "-"
DECADE_KINDS: Final[tuple[str, ...]] = ("dec", "clock", "year")  # four digits, the last "0", and "s"
YEAR_KINDS: Final[tuple[str, ...]] = ("clock", "year")  # four digits ("0315 GMT", "2003")
AGO_KINDS: Final[tuple[str, ...]] = ("ago",)  # three digits and a space
SLASH_KINDS: Final[tuple[str, ...]] = ("slash",)  # one or two digits, then as below
SPACE_KINDS: Final[tuple[str, ...]] = ("dm", "ago", "clock")
ORDINAL_KINDS: Final[tuple[str, ...]] = ("dm",)
CLOCK_KINDS: Final[tuple[str, ...]] = ("clock",)
DIGIT_KIND_SETS: Final = (
    ISO_KINDS, DECADE_KINDS, YEAR_KINDS, AGO_KINDS, SLASH_KINDS, SPACE_KINDS, ORDINAL_KINDS, CLOCK_KINDS
)  # fmt: skip


def _start_kinds() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, set[str]] = {digit: set(_DIGIT_KINDS) for digit in "0123456789"}
    kinds["'"] = {"dec"}
    kinds["’"] = {"dec"}
    for letter, names in _PREFIX_KINDS.items():
        kinds[letter] = set(names.split())
        kinds[letter.upper()] = set(names.split())
    for letter, names in _NAME_KINDS.items():
        kinds.setdefault(letter, set()).update(names.split())
    return {char: tuple(kind for kind in _BRANCHES if kind in chosen) for char, chosen in kinds.items()}


START_KINDS: Final = _start_kinds()

# The first words each kind can begin with, without case: its prefix words and, for the names, every
# spelling of a weekday or month its pattern takes ("Sept", "Jan"). A word begins no kind that does not
# list it, so at a word start (a run of ASCII letters closed by an ASCII character that is not a letter, or
# by the end) ``TIME_RE`` cut down to the kinds listing the word finds what the whole pattern finds
# (``_timefind.matcher_at``; tests/property/test_prefilters_times7.py).
_ABBREVIATIONS: Final = "jan feb mar apr jun jul aug sept sep oct nov dec"
_WEEKDAY_WORDS: Final = " ".join(WEEKDAYS).lower()
_MONTH_WORDS: Final = " ".join(MONTHS).lower()
_FIRST_WORDS: Final = {
    "md": f"{_WEEKDAY_WORDS} {_MONTH_WORDS} {_ABBREVIATIONS}",
    "my": f"in since by until during from early late mid the {_MONTH_WORDS} {_ABBREVIATIONS}",
    "mo": f"last next this in since by until through during from early late mid earlier later the end beginning"
    f" {_MONTH_WORDS}",
    "dec": "the",
    "ago": "just nearly almost about some more over less around a an several one two three four five six seven"
    " eight nine ten eleven twelve",
    "rel": "last next this earlier later early late",
    "deic": "today tonight yesterday tomorrow overnight this last",
    "wd": f"early late earlier later on last next this coming since by until before after {_WEEKDAY_WORDS}",
    "clock": "at around about shortly just after before by until since from noon midnight",
    "year": "in since by until during from before after early late mid the end",
}


def _word_kinds() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, set[str]] = {}
    for kind, words in _FIRST_WORDS.items():
        for word in words.split():
            kinds.setdefault(word, set()).add(kind)
    # The look-back's other words ("of", "than", "few", the units) begin no kind at all.
    for word in PREFIX_WORDS:
        kinds.setdefault(word, set())
    return {word: tuple(kind for kind in _BRANCHES if kind in chosen) for word, chosen in kinds.items()}


@functools.cache
def kinds_pattern(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """``TIME_RE`` cut down to ``kinds``; compiled on first use, as about thirty sets are ever needed and
    compiling them all would slow ``import attribution``."""
    return re.compile(_alternation(kinds), re.VERBOSE)


MatchAt = Callable[[str, int, int], "re.Match[str] | None"]


def start_matcher(char: str) -> MatchAt | None:
    """The ``match`` of the narrowest pattern for a word starting with ``char`` (None: no kind starts there).
    Also compiles the patterns of the ``WORD_KINDS`` words beginning with ``char``, so that readying every
    start character (as the benchmarks' warm-up does) readies every time pattern."""
    for word, word_kinds in WORD_KINDS.items():
        if word_kinds and word[0] == char:
            kinds_pattern(word_kinds)
    if char in "0123456789":
        for digit_kinds in DIGIT_KIND_SETS:
            kinds_pattern(digit_kinds)
    kinds = START_KINDS.get(char)
    if kinds is None:
        return None if char.isascii() else TIME_RE.match
    return kinds_pattern(kinds).match if kinds else None


WEEKDAY_LENGTHS: Final = {"Mon": 6, "Tue": 7, "Wed": 9, "Thu": 8, "Fri": 6, "Sat": 8, "Sun": 6}
MONTH_PREFIXES: Final = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"})

# Cheap first pass: where a time expression can have its head word. The big pattern is then tried only
# at the few word starts just before each head. Stdlib ``re`` with a leading character class is several
# times faster here than one alternation tried at every position (which ran at under 1 MB/s).
# The word lists are factored as tries (``_trie``): at each capital letter and each space the engine then
# follows one branch per character instead of trying every word, about a quarter faster. A flat alternation
# of the same words matches the same spans: with the closing ``\b`` at most one word can match at a position,
# as every word that extends another continues it with a letter ("Sep", "Sept"; "week", "weekend").
_SPAN_WORDS: Final = ("week", "month", "year", "weekend", "night", "morning", "afternoon", "evening")
_HEAD_TAILS: Final = (
    *(name[1:] for name in (*WEEKDAYS, *MONTHS)),
    "an", "eb", "ar", "pr", "un", "ul", "ug", "ep", "ept", "ct", "ov", "ec",
    "oday", "onight", "omorrow", "esterday", "vernight",
    *(f"{word} {span}" for word in ("ast", "his", "ext") for span in _SPAN_WORDS),
)  # fmt: skip
_HEAD_CAPITALS: Final = "MTWFSJAONDYL"
HEAD_WORD_RE: Final = re.compile("[" + _HEAD_CAPITALS + "]" + literal_alternation(_HEAD_TAILS) + r"\b")
# The first two letters of every tail: a match needs one of them right after its capital.
_HEAD_TAIL_STARTS: Final = frozenset(tail[:2] for tail in _HEAD_TAILS)


# The same as a table of the 128 x 128 pairs of ASCII characters (every tail begins with two ASCII letters).
def _tail_table() -> bytes:
    table = bytearray(128 * 128)
    for start in _HEAD_TAIL_STARTS:
        table[ord(start[0]) << 7 | ord(start[1])] = 1
    return bytes(table)


_TAIL_TABLE: Final = _tail_table()


# The second and third letters of every tail, and for a two-letter tail ("Jan", "Dec") its second letter
# before each ASCII character that ends a word (the pattern's ``\b``): a match needs one of these pairs
# after its first letter. The first table alone let "London", "Washington" and "Department" through to
# the pattern ("on" of "Monday", "as" of "Last week", "ep" of "Sept"): about two calls in three failed.
def _tail_second_table() -> bytes:
    table = bytearray(128 * 128)
    for tail in _HEAD_TAILS:
        if len(tail) > 2:
            table[ord(tail[1]) << 7 | ord(tail[2])] = 1
            continue
        for code in range(128):
            if not (chr(code).isalnum() or code == 95):
                table[ord(tail[1]) << 7 | code] = 1
    return bytes(table)


_TAIL_SECOND_TABLE: Final = _tail_second_table()


# ``word_heads`` when this module is compiled (mypyc): there its loop costs a few hundred instructions a
# capital letter, and the times stage takes a fifth fewer instructions than with ``finditer``. Interpreted,
# each turn of the loop costs thousands and ``finditer`` stays cheaper (the loop: +15% for the scan). Both
# give the same offsets (tests/property/test_prefilters_times.py).
WORD_HEADS_BY_FIND: Final = not __file__.endswith(".py")


def word_heads(text: str) -> list[int]:
    """The starts of ``HEAD_WORD_RE``'s ``finditer`` matches, by capital letter (unsorted).

    ``finditer`` pays the ``re`` engine's test of the leading class at every character (about 60
    instructions each); ``str.find`` of one letter is a ``memchr``, and only a capital followed by the
    start of a tail is handed to the pattern. The same positions: a match is a capital, lower-case letters
    and spaces, so no match can begin inside another, and every position where ``match`` succeeds is one
    ``finditer`` finds."""
    found: list[int] = []
    last = len(text) - 3  # a match holds a capital and at least two letters
    for capital in _HEAD_CAPITALS:
        at = text.find(capital)
        while at >= 0:
            if at <= last:
                # The two letters after the capital as an index into ``_TAIL_TABLE``: no slice is built.
                first, second = ord(text[at + 1]), ord(text[at + 2])
                if first < 128 and second < 128 and _TAIL_TABLE[first << 7 | second]:
                    # The next character ends the text, is beyond ASCII (a letter ``\b`` may or may not
                    # see as one) or makes a pair with ``second`` that some tail holds.
                    third = ord(text[at + 3]) if at < last else 0
                    if (third >= 128 or _TAIL_SECOND_TABLE[second << 7 | third] or at == last) and HEAD_WORD_RE.match(
                        text, at
                    ) is not None:
                        found.append(at)
            at = text.find(capital, at + 1)
    return found


_LOWER_HEADS: Final = (
    "today", "tonight", "tomorrow", "yesterday", "overnight", "ago", "noon", "midnight",
    *(f"this {span}" for span in _SPAN_WORDS if span != "night"),
    *(f"{word} {span}" for word in ("last", "next") for span in ("week", "month", "year", "weekend", "night")),
    "last evening", "next evening",
)  # fmt: skip
HEAD_LOWER_RE: Final = re.compile(r"[ ]" + literal_alternation(_LOWER_HEADS) + r"\b")
# Every match of ``HEAD_LOWER_RE`` begins with one of these (the first word, with the space after it when the
# head has a second word). ``str.find`` skips through the text for them faster than the pattern's scan, which
# enters its matcher at every space (valgrind: about a sixth fewer instructions, 3% of the times stage).
# The three heads that end in "night" are found by one scan for "night" instead of one each ("tonight",
# "midnight", "overnight" are rare, so the scan mostly finds "night" alone and tests three short prefixes):
# each scan of the text costs about 0.2 steps of the search loop a character, and "night" costs no more
# than one of the needles it replaces.
_NIGHT_PREFIXES: Final[tuple[str, ...]] = (" to", " mid", " over")
_LOWER_NEEDLES: Final = tuple(
    sorted(
        {" " + head.split(" ")[0] + (" " if " " in head else "") for head in _LOWER_HEADS}
        - {prefix + "night" for prefix in _NIGHT_PREFIXES}
    )
)


def lower_heads(text: str) -> list[int]:
    """The offsets just after the space of each ``HEAD_LOWER_RE`` match, by needle (unsorted). The same as
    ``finditer``: its matches never overlap (the inner space of "last week" is followed by a unit, which
    begins no head), so every position where ``match`` succeeds is one ``finditer`` finds."""
    found: list[int] = []
    match = HEAD_LOWER_RE.match
    for needle in _LOWER_NEEDLES:
        # ``text.find`` itself, not a bound method held in a variable: compiled, that is a direct call.
        at = text.find(needle)
        while at >= 0:
            if match(text, at) is not None:
                found.append(at + 1)
            at = text.find(needle, at + 1)
    # A head found here starts with one of the prefixes, which no needle above begins with: none twice.
    at = text.find("night")
    while at >= 0:
        for prefix in _NIGHT_PREFIXES:
            start = at - len(prefix)
            if start >= 0 and text.startswith(prefix, start) and match(text, start) is not None:
                found.append(start + 1)
        at = text.find("night", at + 1)
    return found


# ``regex`` scans for the leading digit about three times faster than ``re`` here.
HEAD_DIGIT_RE: Final = lazy_compile(
    r"[0-9](?:[0-9]{3}(?![0-9])|[0-9]?[:./][0-9]|[0-9]?[ ]?(?:[ap]\.?m|[AP]\.?M)\b|[0-9]?0s\b)"
)
LOOKBACK_WORDS: Final = 6
# Words that can come before a head word inside one expression ("just over a year ago", "early on Friday").
PREFIX_WORDS: Final = frozenset({
    "on", "early", "late", "earlier", "later", "last", "next", "this", "coming", "since", "by", "until", "till",
    "before", "after", "in", "during", "from", "mid", "the", "end", "beginning", "of", "at", "about", "around",
    "approximately", "roughly", "exactly", "shortly", "just", "over", "nearly", "almost", "some", "more", "than",
    "less", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "few", "several", "couple", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "decade", "decades", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
HEAD_LOOKBACK_CHARS: Final = 45
WORD_KINDS: Final = _word_kinds()
OPENING_MARKS: Final = frozenset("\"“‘'([")

# Words before a weekday that make it a name ("Good Friday", "the Mail on Sunday") or a frequency ("every Friday").
WEEKDAY_NAME_BEFORE: Final = frozenset(
    {"good", "black", "super", "ash", "bloody", "holy", "maundy", "palm", "easter", "cyber", "every", "each"}
)
WEEKDAY_NAME_AFTER_RE: Final = re.compile(
    r"[ ](?:Times|Telegraph|Express|Mirror|Mail|Post|People|Herald|Independent|Star|Tribune|Sport|Politics"
    r"|Night[ ]Live|Morning|Edition)\b"
)
# After a bare weekday these nouns make it a title ("the BBC's Sunday programme"); "on Sunday's show" stays a date.
WEEKDAY_TITLE_AFTER_RE: Final = re.compile(
    r"[ ](?:programme|program|show|supplement|magazine|newspaper|paper|edition)\b"
)
# A bare year is a name or a model year, not a time, after or before these words ("the Human Rights Act 1998",
# "Resolution 2046", "a 2005 Honda").
YEAR_NAME_BEFORE: Final = frozenset(
    {"Act", "Resolution", "Vision", "Agenda", "Euro", "Expo", "Windows", "Flight", "Route", "Highway", "Interstate",
     "Bill", "Article", "Section", "Chapter", "Rule", "Order", "No.", "Number", "Model", "Class", "Transport"}
)  # fmt: skip
YEAR_NAME_AFTER: Final = frozenset(
    {"Acura", "Audi", "BMW", "Buick", "Cadillac", "Chevrolet", "Chevy", "Chrysler", "Dodge", "Ford", "GMC", "Honda",
     "Hyundai", "Infiniti", "Jeep", "Kia", "Lexus", "Lincoln", "Mazda", "Mercedes", "Mercedes-Benz", "Mercury",
     "Mitsubishi", "Nissan", "Oldsmobile", "Pontiac", "Saturn", "Subaru", "Toyota", "Volkswagen", "Volvo", "VW"}
)  # fmt: skip

# Cues that an undated weekday or month lies ahead of the anchor, searched in a short window before it.
FUTURE_RE: Final = re.compile(
    r"""\b(?:will|won['’]t|shall|['’]ll|upcoming|scheduled|slated|planned[ ](?:for|to)|(?:is|are)[ ]planning
    |planning[ ]to|plans?[ ]to|due[ ](?:to|on|in)|set[ ]to|expected[ ]to|to[ ]be[ ]held|(?:is|are)[ ]to
    |going[ ]to|next|later[ ]this)\b""",
    re.VERBOSE,
)
# Every cue above holds one of these (the "planned", "planning" and "plans" cues hold "plan"): a window
# without any of them holds no cue. Whole cues where they are short ("set to", "is to") rather than "to" or
# "ll", which most windows hold: the pattern then runs for about one window in seventeen instead of two in five.
FUTURE_KEYWORDS: Final = (
    "will", "shall", "'ll", "’ll", "won", "upcoming", "scheduled", "slated", "plan", "due", "set to", "next",
    "later this", "expected to", "to be held", "is to", "are to", "going to",
)  # fmt: skip
FUTURE_WINDOW: Final = 90
# A past reporting verb after the last future cue dates the expression to the report ("..., Kerr said on Friday").
REPORTED_RE: Final = re.compile(
    r"\b(?:said|told|added|announced|reported|confirmed|stated|wrote|tweeted|insisted|warned)\b"
)
# How far past the anchor a date with no year and no future cue may lie ("the March 9 talks").
SCHEDULE_AHEAD: Final = timedelta(days=31)
# A clock time without a.m./p.m. followed by one of these is in the afternoon or evening.
EVENING_RE: Final = re.compile(r"[ ,]{1,2}(?:\w+[ ]){0,2}(?:evening|night|afternoon|tonight)\b")
# The sentence says when the quoted words were spoken: a reporting verb beside the quote.
SAID_RE: Final = re.compile(
    r"(?i)\b(?:said|says|told|added|wrote|tweeted|posted|stated|declared|announced|insisted|warned|explained)\b"
)
SAID_WINDOW: Final = 60


def kind_of(match: re.Match[str]) -> str:
    return match.lastgroup or ""
