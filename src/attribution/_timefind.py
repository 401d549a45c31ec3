"""Where time expressions are: the head-word scans and the pattern tried only near each head.

Three cheap scans mark head words (weekdays, months, "today", "ago", year- and
clock-like digits); the full pattern (``_timepatterns.TIME_RE``) is tried only
at each head and at the few words just before it that can join it ("early on
Friday", "just over a year ago"), which keeps the stage linear and fast. What
the matches mean is worked out in ``_times``.
"""

from __future__ import annotations

import re
from typing import Final

from ._segment import char_positions
from ._timepatterns import (
    AGO_KINDS,
    CLOCK_KINDS,
    DECADE_KINDS,
    DEICTIC_TIME_RE,
    DIGIT_TIME_RE,
    HEAD_DIGIT_RE,
    HEAD_LOOKBACK_CHARS,
    HEAD_WORD_RE,
    ISO_KINDS,
    LOOKBACK_WORDS,
    MONTH_PREFIXES,
    MONTH_TIME_RE,
    OPENING_MARKS,
    ORDINAL_KINDS,
    PREFIX_WORDS,
    SLASH_KINDS,
    SPACE_KINDS,
    WEEKDAY_DATE_RE,
    WEEKDAY_LENGTHS,
    WEEKDAY_TIME_RE,
    WORD_HEADS_BY_FIND,
    WORD_KINDS,
    YEAR_KINDS,
    MatchAt,
    kinds_pattern,
    lower_heads,
    start_matcher,
    word_heads,
)


def find_heads(text: str) -> list[int]:
    """Sorted offsets of the words a time expression can be built around."""
    heads = lower_heads(text)
    # By ``str.find`` only when compiled: interpreted, the loops over the finds cost more than the ``re``
    # and ``regex`` scans they replace (valgrind, digits: +4% for the times stage; compiled: -7%).
    if WORD_HEADS_BY_FIND:
        heads += word_heads(text)
        heads += digit_heads(text)
    else:
        heads += [m.start() for m in HEAD_WORD_RE.finditer(text)]
        heads += [m.start() for m in HEAD_DIGIT_RE.finditer(text)]
    heads.sort()
    return heads


def digit_heads(text: str) -> list[int]:
    """The starts of ``HEAD_DIGIT_RE``'s ``finditer`` matches, found from the runs of ASCII digits.

    The pattern's scan tests its leading class at every character (about 23 instructions each in
    valgrind), yet a text holds about one digit in two hundred characters: ``str.find`` of each digit is
    a ``memchr``, and only the end of each run is looked at. Every branch is a digit, at most three more
    digits and then a character that is not a digit (or the text's end), so a match starts in the last
    four digits of a run (``start``, ``end``): four digits exactly for the year branch; one or two before
    ``[:./][0-9]`` or before ``[ ]?(?:[ap]\\.?m|[AP]\\.?M)\\b``, two or three before ``0s\\b``. Those tails
    are told apart by the character after the run, so ``_digit_tail`` reads the one that can follow and
    where the match ends, without a call to the pattern (a call costs about 3.5 microseconds in the
    pipeline, and more than half the calls failed: "5 people", "2."). Going on from each match's end, left
    to right, is what ``finditer`` does (tests/property/test_prefilters_times7.py, _tim10.py)."""
    digits = char_positions(text, _DIGITS)
    if not digits:
        return digits
    found: list[int] = []
    covered = 0
    start = -1
    previous = -2
    last = len(digits) - 1
    for index, at in enumerate(digits):
        if at != previous + 1:
            start = at
        previous = at
        if index < last and digits[index + 1] == at + 1:
            continue  # not the run's last digit
        end = at + 1
        first = max(start, end - 4, covered)
        if first == end - 4:
            # Four digits to the run's end: the first branch takes exactly them.
            found.append(first)
            covered = end
            continue
        # Every position left has one to three digits to the run's end.
        stop = _digit_tail(text, end)
        if stop == _UNSURE:
            # A letter beyond ASCII after "am" or "0s": whether ``\\b`` holds is the pattern's to say.
            for position in range(first, end):
                if position >= covered:
                    match = HEAD_DIGIT_RE.match(text, position)
                    if match is not None:
                        found.append(position)
                        covered = match.end()
        elif stop >= 0:
            # The decade tail fits two or three digits before it, the others one or two.
            fewest = 2 if text[end] == "s" else 1
            position = max(first, end - fewest - 1)
            if position <= end - fewest:
                found.append(position)
                covered = stop
    return found


def _digit_tail(text: str, end: int) -> int:
    """Where ``HEAD_DIGIT_RE`` ends when it takes the digit run ending at ``end`` through one of its short
    branches' tails: ``[:./][0-9]``, ``[ ]?(?:[ap]\\.?m|[AP]\\.?M)\\b`` or (after a "0") ``s\\b``; -1 when
    none fits, ``_UNSURE`` when ``\\b`` meets a character beyond ASCII. The tails begin with different
    characters, so at most one can fit; ``[ ]?`` and ``\\.?`` have one way each to go on (no digit, space
    or "." begins the next part), so reading them greedily is the pattern's only path."""
    size = len(text)
    if end >= size:
        return -1
    after = text[end]
    if after == ":" or after == "." or after == "/":
        return end + 2 if end + 1 < size and "0" <= text[end + 1] <= "9" else -1
    if after == "s":
        return _word_end(text, end + 1) if text[end - 1] == "0" else -1
    letter_at = end + 1 if after == " " else end
    if letter_at >= size:
        return -1
    letter = text[letter_at]
    if letter == "a" or letter == "p":
        closing = "m"
    elif letter == "A" or letter == "P":
        closing = "M"
    else:
        return -1
    at = letter_at + 1
    if at < size and text[at] == ".":
        at += 1
    if at < size and text[at] == closing:
        return _word_end(text, at + 1)
    return -1


def _word_end(text: str, at: int) -> int:
    """``at`` when ``\\b`` holds there after a word character (the text ends or a character that is not
    ``\\w`` follows), -1 when it does not, ``_UNSURE`` beyond ASCII (``\\w`` is ``regex``'s there)."""
    if at >= len(text):
        return at
    char = text[at]
    if not char.isascii():
        return _UNSURE
    return -1 if char.isalnum() or char == "_" else at


def find_matches(text: str, heads: list[int], start: int, end: int) -> list[re.Match[str]]:
    """What ``TIME_RE.finditer`` would find in ``text[start:end]``, trying the pattern only near head words."""
    found: list[re.Match[str]] = []
    covered = start
    for head in heads:
        if head < covered:
            continue
        candidates = _lookback(text, head, covered) if head > covered and text[head - 1] in LOOKBACK_AFTER else None
        if candidates is None:
            if "0" <= text[head] <= "9":
                matcher = digit_matcher(text, head, end)
                match = matcher(text, head, end) if matcher is not None else None
            else:
                match = _head_pattern(text, head).match(text, head, end)
            if match is not None:
                found.append(match)
                covered = match.end()
            continue
        for candidate in candidates:
            while candidate < head and text[candidate] in OPENING_MARKS:
                candidate += 1
            # ``candidate`` is at most ``head``, inside the paragraph, so before ``end``.
            matcher = matcher_at(text, candidate, end)
            match = matcher(text, candidate, end) if matcher is not None else None
            if match is not None and match.end() > head:
                found.append(match)
                covered = match.end()
                break
    return found


def time_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What ``TIME_RE.finditer(text, start, end)`` finds, for a short window without its head words.

    ``finditer`` tries the whole pattern at every position (about a thousand instructions each even where
    its look-behind fails); here a position after a character of the look-behind is passed over without a
    call, and the rest get ``matcher_at``'s pattern, which matches what ``TIME_RE`` matches there
    (tests/property/test_prefilters_times7.py). No match is empty, so going on from each match's end is
    what ``finditer`` does (tests/property/test_prefilters_times8.py)."""
    found: list[re.Match[str]] = []
    at = start
    while at < end:
        if at > 0:
            before = text[at - 1]
            if before in _NO_START_AFTER or (before.isascii() and before.isalnum()):
                at += 1
                continue
        matcher = matcher_at(text, at, end)
        match = matcher(text, at, end) if matcher is not None else None
        if match is None:
            at += 1
        else:
            found.append(match)
            at = match.end()
    return found


def matcher_at(text: str, at: int, end: int) -> MatchAt | None:
    """``TIME_RE.match`` cut down to the kinds that can begin at ``at`` (None: no kind can), for ``at < end``.

    By the word there when it is one of ``WORD_KINDS`` (most look-back words: "on" begins only a weekday,
    "of" nothing, where the first letter leaves three and eight kinds for "o" and "t"); each branch left
    out costs a failed try of about a microsecond. Otherwise by the first character (``START_KINDS``).
    Both drop only kinds that cannot match there and keep ``TIME_RE``'s order, so the match is the same
    (tests/property/test_prefilters_times7.py)."""
    word = _word_at(text, at, end)
    if word == "in" or word == "on":
        return _in_on_matcher(text, at + 2, end, word == "on")
    kinds = WORD_KINDS.get(word)
    if kinds is not None:
        try:
            return _WORD_MATCHERS[word]
        except KeyError:
            found: MatchAt | None = kinds_pattern(kinds).match if kinds else None
            _WORD_MATCHERS[word] = found
            return found
    char = text[at]
    if "0" <= char <= "9":
        return digit_matcher(text, at, end)
    try:
        return _START_MATCHERS[char]
    except KeyError:
        matcher = _START_MATCHERS[char] = start_matcher(char)
        return matcher


def _in_on_matcher(text: str, after: int, end: int, on: bool) -> MatchAt | None:
    """``matcher_at`` for "in" or "on" (closed at ``after``), cut down further by the character after it.

    The two commonest look-back words, and the dearest to try in vain ("in the 1930s", "on 16 March": a
    failed call costs 1.3 to 2.5 microseconds, and "in" followed by a year tried two month kinds first).
    "on" begins only a weekday, as its prefix "on " (``wd_pre``), so a space and a weekday's capital must
    follow. "in" begins a month and year, a month or a year, each as the prefix ``in[ ]?`` and then a
    month name (an ASCII capital, written case-sensitively) or a year ("1" or "2", ASCII): the character
    after the optional space tells which kinds can match, and the others fail there whatever follows.
    The kinds kept are in ``TIME_RE``'s order (tests/property/test_prefilters_tim10.py)."""
    if after < end and text[after] == " ":
        after += 1
    elif on:
        return None
    if after >= end:
        return None
    char = text[after]
    if on:
        return _kinds_matcher(_ON_KINDS) if char in _WEEKDAY_INITIALS else None
    if char == "1" or char == "2":
        return _kinds_matcher(_IN_YEAR_KINDS)
    return _kinds_matcher(_IN_MONTH_KINDS) if char in _MONTH_INITIALS else None


def _kinds_matcher(kinds: tuple[str, ...]) -> MatchAt:
    """``kinds_pattern(kinds).match``, kept in a dictionary (the patterns are compiled on first use)."""
    try:
        return _KINDS_MATCHERS[kinds]
    except KeyError:
        matcher = _KINDS_MATCHERS[kinds] = kinds_pattern(kinds).match
        return matcher


def _word_at(text: str, at: int, end: int) -> str:
    """The run of ASCII letters at ``at``, lower-cased, when an ASCII character that is not a letter or
    ``end`` closes it; else "" (a character beyond ASCII can match a letter without case: "ſ" an "s")."""
    stop = at
    while stop < end:
        code = ord(text[stop])
        if 97 <= code <= 122 or 65 <= code <= 90:
            stop += 1
        elif code < 128:
            break
        else:
            return ""
    return text[at:stop].lower()


def _head_pattern(text: str, head: int) -> re.Pattern[str]:
    """The narrowest pattern that can match at a head word with nothing joinable before it."""
    prefix = text[head : head + 3]
    length = WEEKDAY_LENGTHS.get(prefix)
    if length is not None:
        after = text[head + length : head + length + 3].lstrip(", ")
        return WEEKDAY_DATE_RE if after[:1].isupper() else WEEKDAY_TIME_RE
    if prefix in MONTH_PREFIXES:
        return MONTH_TIME_RE
    return DEICTIC_TIME_RE


def digit_matcher(text: str, at: int, end: int) -> MatchAt | None:
    """``TIME_RE.match`` cut down to the kinds that can begin at the ASCII digit at ``at`` (None: no kind can).

    Each digit branch takes a fixed number of digits and then a fixed kind of character, so the run of
    ASCII digits from ``at`` (its length, up to five, and the character after it) rules most of them out
    before the call: a year-like run ("2003 at") was tried against all seven digit kinds, each failed
    branch costing about a microsecond, where only the clock ("0315 GMT") and the year can fit. No kind
    matches after a character of the pattern's look-behind (a digit, a letter, "$", "."): the middle of a
    number ("£102.80"). A character beyond ASCII at the end of the run (a digit ``\\d`` also takes) keeps
    all seven kinds. The kinds kept are in ``TIME_RE``'s order, so the match is the same
    (tests/property/test_prefilters_times8.py)."""
    if at > 0:
        before = text[at - 1]
        if before in _NO_START_AFTER or (before.isascii() and before.isalnum()):
            return None
    stop = at
    limit = min(end, at + 5)
    while stop < limit and "0" <= text[stop] <= "9":
        stop += 1
    after = text[stop] if stop < end else ""
    if not after.isascii():
        return DIGIT_TIME_RE.match
    length = stop - at
    kinds: tuple[str, ...]
    if length == 4:
        if after == "-":
            kinds = ISO_KINDS
        elif after == "s" and text[stop - 1] == "0":
            kinds = DECADE_KINDS
        else:
            kinds = YEAR_KINDS
    elif length == 3:
        kinds = AGO_KINDS if after == " " else ()
    elif length == 5:
        return None
    elif after == "/":
        kinds = SLASH_KINDS
    elif after == " ":
        kinds = SPACE_KINDS
    elif after in _ORDINAL_STARTS:
        kinds = ORDINAL_KINDS
    elif after in _CLOCK_AFTER:
        kinds = CLOCK_KINDS
    else:
        return None
    return kinds_pattern(kinds).match if kinds else None


def _lookback(text: str, head: int, covered: int) -> list[int] | None:
    """The word starts to try for the expression around ``head`` (which follows one of ``LOOKBACK_AFTER``),
    farthest first and ending with ``head``; None when the word just before it cannot belong to the
    expression, so that only ``head`` is tried, with the narrowest pattern (``_head_pattern``)."""
    floor = max(covered, head - HEAD_LOOKBACK_CHARS)
    before = text[head - 1]
    starts = [head]
    position = head
    if before in "'’":
        starts.append(head - 1)  # "the ’90s"
        position = head - 1
    for step in range(LOOKBACK_WORDS):
        if position - 1 <= floor:
            break
        space = text.rfind(" ", floor, position - 1)
        word_start = space + 1 if space >= 0 else floor
        word = text[word_start : position - 1]
        if (
            not step
            and before == " "
            and word.lower() not in PREFIX_WORDS
            and not word[:1].isdigit()
            and word.isalpha()
        ):
            return None  # a plain word that joins nothing: the common case, settled in one test
        if "—" in word or "–" in word:  # "CAIRO—Five years ago"
            starts.append(word_start + max(word.rfind("—"), word.rfind("–")) + 1)
            break
        word = word.lstrip("\"“‘'([").rstrip(",").lower()
        if word not in PREFIX_WORDS and not word[:1].isdigit():
            break
        starts.append(word_start)
        position = word_start
        if space < 0:
            break
    starts.reverse()
    return starts


# WORD_KINDS["on"] and WORD_KINDS["in"] cut down by the character after the word (``_in_on_matcher``).
_ON_KINDS: Final[tuple[str, ...]] = ("wd",)
_IN_YEAR_KINDS: Final[tuple[str, ...]] = ("year",)
_IN_MONTH_KINDS: Final[tuple[str, ...]] = ("my", "mo")
_KINDS_MATCHERS: Final[dict[tuple[str, ...], MatchAt]] = {}
_WEEKDAY_INITIALS: Final = frozenset("MTWFS")
_MONTH_INITIALS: Final = frozenset("JFMASOND")
_START_MATCHERS: Final[dict[str, MatchAt | None]] = {}
_WORD_MATCHERS: Final[dict[str, MatchAt | None]] = {}
# Only after these characters can a word before the head belong to the expression ("on Friday", "mid-2014", "’90s").
LOOKBACK_AFTER: Final = " '’-"
_DIGITS: Final = "0123456789"
# The pattern's look-behind beyond ``\\w``; ASCII letters and digits are tested apart.
_NO_START_AFTER: Final = frozenset("_$£€#/.,:-")
# After one or two digits: the ordinal suffixes ("3rd") and what a clock time continues with ("7:30", "5pm").
_ORDINAL_STARTS: Final = frozenset("snrt")
_CLOCK_AFTER: Final = frozenset(":.apAP")
# ``_digit_tail``: the pattern's own answer is needed.
_UNSURE: Final = -2
