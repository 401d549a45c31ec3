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

from ._timepatterns import (
    DEICTIC_TIME_RE,
    DIGIT_TIME_RE,
    HEAD_DIGIT_RE,
    HEAD_LOOKBACK_CHARS,
    HEAD_WORD_RE,
    LOOKBACK_WORDS,
    MONTH_PREFIXES,
    MONTH_TIME_RE,
    OPENING_MARKS,
    PREFIX_WORDS,
    WEEKDAY_DATE_RE,
    WEEKDAY_LENGTHS,
    WEEKDAY_TIME_RE,
    WORD_HEADS_BY_FIND,
    MatchAt,
    lower_heads,
    start_matcher,
    word_heads,
)


def find_heads(text: str) -> list[int]:
    """Sorted offsets of the words a time expression can be built around."""
    heads = lower_heads(text)
    if WORD_HEADS_BY_FIND:
        heads += word_heads(text)
    else:
        heads += [m.start() for m in HEAD_WORD_RE.finditer(text)]
    heads += [m.start() for m in HEAD_DIGIT_RE.finditer(text)]
    heads.sort()
    return heads


def find_matches(text: str, heads: list[int], start: int, end: int) -> list[re.Match[str]]:
    """What ``TIME_RE.finditer`` would find in ``text[start:end]``, trying the pattern only near head words."""
    found: list[re.Match[str]] = []
    covered = start
    matchers = _START_MATCHERS
    for head in heads:
        if head < covered:
            continue
        candidates = _lookback(text, head, covered) if head > covered and text[head - 1] in LOOKBACK_AFTER else None
        if candidates is None:
            match = _head_pattern(text, head).match(text, head, end)
            if match is not None:
                found.append(match)
                covered = match.end()
            continue
        for candidate in candidates:
            while candidate < head and text[candidate] in OPENING_MARKS:
                candidate += 1
            # ``TIME_RE.match`` cut down to the kinds that can begin with the character there (``candidate``
            # is at most ``head``, inside the paragraph, so before ``end``).
            char = text[candidate]
            try:
                matcher = matchers[char]
            except KeyError:
                matcher = matchers[char] = start_matcher(char)
            match = matcher(text, candidate, end) if matcher is not None else None
            if match is not None and match.end() > head:
                found.append(match)
                covered = match.end()
                break
    return found


def _head_pattern(text: str, head: int) -> re.Pattern[str]:
    """The narrowest pattern that can match at a head word with nothing joinable before it."""
    prefix = text[head : head + 3]
    length = WEEKDAY_LENGTHS.get(prefix)
    if length is not None:
        after = text[head + length : head + length + 3].lstrip(", ")
        return WEEKDAY_DATE_RE if after[:1].isupper() else WEEKDAY_TIME_RE
    if prefix in MONTH_PREFIXES:
        return MONTH_TIME_RE
    if prefix[:1].isdigit():
        return DIGIT_TIME_RE
    return DEICTIC_TIME_RE


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


_START_MATCHERS: Final[dict[str, MatchAt | None]] = {}
# Only after these characters can a word before the head belong to the expression ("on Friday", "mid-2014", "’90s").
LOOKBACK_AFTER: Final = " '’-"
