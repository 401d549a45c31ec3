"""Time expressions: find them in each paragraph with compiled patterns and anchor them ourselves.

Finding (``_timefind``): three cheap scans mark head words (weekdays, months,
"today", "ago", year- and clock-like digits); the full pattern
(``_timepatterns``) is tried only at each head and at the few words just
before it that can join it ("early on Friday", "just over a year ago"), which
keeps the stage linear and fast. Readings (ANNOTATION.md §3 is the
specification):

- The anchor is the publication date. A weekday is the latest such day on or
  before it (the anchor itself when the weekdays agree) unless "next", "coming"
  or a future cue ("will", "is expected to", "scheduled") before it in its
  sentence points forward and no past reporting verb ("said") follows the
  cue. Months without a year work the same way. A month and day without a
  year is the latest such date on or before the anchor, or up to 31 days after
  it (schedules: "talks planned for March 9"), or forward after a future cue.
- Numeric dates: ``2020-01-03`` is ISO; ``1/3/2020`` is read month first (US
  wire style) unless the first number cannot be a month.
- Values keep the expression's granularity: ``2018``, ``2020-01``,
  ``2020-01-04``, ``2019-W52`` (weeks), ``199`` (decades), and
  ``2020-01-04T01:12+03:00`` for clock times. A clock time takes the day named
  right after it ("7:30 Saturday evening"), else the nearest day before it in
  the paragraph, else the anchor; its zone is the one written ("GMT", "ET"),
  else the one a bracketed gloss implies ("4:15 a.m. (0315 GMT)"), else the
  place's (``_zones``). A date followed by its clock time is one expression.
- Relative expressions get no value without an anchor, and none inside a
  direct quote (their anchor is the moment of speaking) unless the sentence
  dates the statement ("..., he said on Friday").
- Unanchored items (value None: "this week", "overnight", "a few years ago",
  relative expressions with no anchor) are dropped unless ``keep_unanchored``
  is set: the scorer ignores them when gold marks them optional but counts
  them as false positives otherwise, and a reader gains little from them.

Parsing is done by the patterns' named groups, not by ``dateparser``: every
fragment the patterns accept is already split into its fields, so a general
parser would add cost and no accuracy. Resolutions (``_calendar``) are pure
functions of (fields, anchor) and are cached, so a fragment is worked out once
per process.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, datetime, time, tzinfo
from typing import Final

from . import _make as make
from . import _zones
from ._calendar import clock_of, value_of
from ._models import TimeExpression
from ._segment import Document, Paragraph, Quote
from ._timefind import find_heads, find_matches, time_matches
from ._timepatterns import (
    AMBIGUOUS_MONTHS,
    EVENING_RE,
    FUTURE_KEYWORDS,
    FUTURE_RE,
    FUTURE_WINDOW,
    REPORTED_RE,
    SAID_RE,
    SAID_WINDOW,
    WEEKDAY_NAME_AFTER_RE,
    WEEKDAY_NAME_BEFORE,
    WEEKDAY_TITLE_AFTER_RE,
    YEAR_NAME_AFTER,
    YEAR_NAME_BEFORE,
)


def find_times(
    document: Document, published: date | datetime | None, *, keep_unanchored: bool = False
) -> list[TimeExpression]:
    """Every time expression in the article's paragraphs, anchored to ``published``."""
    anchor = published.date() if isinstance(published, datetime) else published
    text = document.text
    heads = find_heads(text)
    if not heads:
        return []
    scanner = _Scanner(document, anchor)
    found: list[TimeExpression] = []
    paragraphs = document.paragraphs
    starts = [paragraph.start for paragraph in paragraphs]
    low = 0
    while low < len(heads):
        # Visit only the paragraphs that hold a head word.
        index = bisect.bisect_right(starts, heads[low]) - 1
        paragraph = paragraphs[index] if index >= 0 else None
        if paragraph is None or heads[low] >= paragraph.end:
            low += 1
            continue
        high = bisect.bisect_left(heads, paragraph.end, low)
        if paragraph.boilerplate:
            low = high
            continue
        matches = find_matches(text, heads[low:high], paragraph.start, paragraph.end)
        low = high
        if matches:
            found.extend(scanner.paragraph(paragraph, matches, keep_unanchored))
    return found


class _Found:
    """One accepted match while its paragraph is worked out (a plain class: a native one when compiled)."""

    __slots__ = ("anchor", "clock", "kind", "match", "sentence", "value", "zone")

    def __init__(
        self,
        match: re.Match[str],
        kind: str,
        value: str | None,
        anchor: date | None,
        sentence: tuple[int, int],
        clock: time | None,
    ) -> None:
        self.match = match
        self.kind = kind
        self.value = value
        self.anchor = anchor
        self.sentence = sentence
        self.clock = clock
        self.zone: str | None = None


class _Scanner:
    """Per-article state: the text, the anchor and, only when a clock time needs it, the article's zone."""

    def __init__(self, document: Document, anchor: date | None) -> None:
        self.text = document.text
        self.document = document
        self.anchor = anchor
        self._article_zone: str | bool | None = False
        self._sentence_zones: dict[int, str | bool | None] = {}

    def article_zone(self) -> str | None:
        if self._article_zone is False:
            self._article_zone = _article_zone(self.document)
        return self._article_zone if isinstance(self._article_zone, str) else None

    def paragraph(
        self, paragraph: Paragraph, matches: list[re.Match[str]], keep_unanchored: bool = False
    ) -> list[TimeExpression]:
        """Values for one paragraph's matches: days first, then clock times, which lean on the days.
        Expressions without a value are dropped unless ``keep_unanchored``."""
        text = self.text
        found: list[_Found] = []
        clocks = False
        last_end = paragraph.start
        sentences = paragraph.sentences or ((paragraph.start, paragraph.end),)
        quote_starts = [quote.start for quote in paragraph.quotes]
        sentence = 0
        span = sentences[0]
        for match in matches:
            start, end = match.span()
            window_floor, last_end = last_end, end
            # Matches come in order, so the sentence index only moves forward.
            while sentence + 1 < len(sentences) and sentences[sentence + 1][0] <= start:
                sentence += 1
                span = sentences[sentence]
            sent_start = span[0]
            quote = _quote_at(paragraph, quote_starts, start) if quote_starts else None
            anchor = self.anchor if quote is None else self._statement_date(paragraph, quote, sent_start, span[1])
            kind = match.lastgroup or ""
            if kind == "clock":
                clock = clock_of(match)
                if (
                    clock is not None
                    and clock.hour < 12
                    and match.group("h24")
                    and EVENING_RE.match(text, end, min(paragraph.end, end + 30))
                ):
                    clock = clock.replace(hour=clock.hour + 12)
                if clock is not None:
                    found.append(_Found(match, kind, None, anchor, span, clock))
                    clocks = True
                continue
            if kind == "wd":
                if _weekday_is_name(text, end, match):
                    continue
            elif kind == "year":
                if not match.group("y_pre") and _year_is_name(text, start, end):
                    continue
            elif kind == "mo":
                if not _month_alone_ok(text, match):
                    continue
            elif kind == "deic" and text[start] == "T" and start > sent_start and match.group().startswith("Tod"):
                continue  # "Today" mid-sentence is a programme or paper name
            future = False
            # Without an anchor these kinds get no value or one that ignores the cue.
            if anchor is not None and kind in FUTURE_KINDS:
                future = _future(text[max(sent_start, window_floor, start - FUTURE_WINDOW) : start])
            found.append(_Found(match, kind, value_of(match, anchor, future, kind), anchor, span, None))
        if clocks:
            # The day a clock time belongs to: only clock times need the paragraph's days as dates.
            last_day: date | None = None
            for index, item in enumerate(found):
                if item.clock is not None:
                    self._clock_value(found, index, last_day)
                elif item.kind in DAY_KINDS and item.value is not None and len(item.value) == 10:
                    last_day = date.fromisoformat(item.value)
        return _expressions(text, found, keep_unanchored)

    def _clock_value(self, found: list[_Found], index: int, last_day: date | None) -> None:
        """A clock time's value: its own date, else the day beside it or the paragraph's last, else the anchor."""
        item = found[index]
        match, clock = item.match, item.clock
        assert clock is not None
        day = _day_beside(found, index, last_day) or item.anchor
        if day is None:
            return
        written = match.group("zone")
        zone, item.zone = self._zone(written, item.sentence[0], item.sentence[1], match.start())
        previous = found[index - 1] if index else None
        glossing = previous is not None and previous.clock is not None and _glossed(self.text, previous, match)
        if glossing and previous is not None and previous.value and zone is not None:
            # "4:15 a.m. (0315 GMT)": the gloss is the same moment as the reading it follows.
            moment = datetime.fromisoformat(previous.value)
            if moment.tzinfo is not None:
                item.value = _zones.iso_minutes(moment.astimezone(zone))
                return
        following = found[index + 1] if index + 1 < len(found) else None
        explicit = written is not None and not written.lower().startswith("local")
        if not explicit and following is not None and following.clock is not None:
            gloss_zone = following.match.group("zone")
            if gloss_zone and _glossed(self.text, item, following.match) and not gloss_zone.lower().startswith("l"):
                # The gloss gives the exact offset of this local time: no need to guess the place.
                other = _zones.abbreviation_zone(_zones.abbreviation(gloss_zone))
                if other is not None:
                    zone = _zones.offset_between(day, clock, following.clock, other)
                    item.zone = None
        item.value = _zones.localize(day, clock, zone)

    def _zone(self, written: str | None, sent_start: int, sent_end: int, at: int) -> tuple[tzinfo | None, str | None]:
        if written and not written.lower().startswith("local"):
            abbreviation = _zones.abbreviation(written)
            return _zones.abbreviation_zone(abbreviation), abbreviation
        name = self._sentence_zones.get(sent_start, False)
        if name is False:
            name = _zones.sentence_zone(self.text, sent_start, sent_end, at)
            self._sentence_zones[sent_start] = name
        if not isinstance(name, str):
            name = self.article_zone()
        if name is None:
            return None, None
        return _zones.zone_info(name), name

    def _statement_date(self, paragraph: Paragraph, quote: Quote, sent_start: int, sent_end: int) -> date | None:
        """The day the sentence gives for the quoted words ("..., he said on Friday"), else None."""
        if self.anchor is None:
            return None
        close = quote.close_at
        open_at = quote.open_at
        spots = [(open_at - SAID_WINDOW, open_at, True)] if open_at > sent_start else []
        if close is not None:
            spots.append((close + 1, close + 1 + SAID_WINDOW, False))
        for lo, hi, before in spots:
            lo, hi = max(lo, sent_start, paragraph.start), min(hi, sent_end, paragraph.end)
            piece = self.text[lo:hi]
            if lo >= hi or SAID_RE.search(piece) is None:
                continue
            days = [
                value
                for match in time_matches(self.text, lo, hi)
                if match.lastgroup in DAY_KINDS
                and (value := value_of(match, self.anchor, False, match.lastgroup)) is not None
                and len(value) == 10
            ]
            if days:
                # The day nearest the quote: the last one before it, the first one after it.
                return date.fromisoformat(days[-1] if before else days[0])
        return None


def _future(window: str) -> bool:
    # Every cue of FUTURE_RE holds one of these (case as written: the pattern is case-sensitive).
    for keyword in FUTURE_KEYWORDS:
        if keyword in window:
            break
    else:
        return False
    last_cue = -1
    for cue in FUTURE_RE.finditer(window):
        last_cue = cue.end()
    return last_cue >= 0 and REPORTED_RE.search(window, last_cue) is None


def _quote_at(paragraph: Paragraph, quote_starts: list[int], position: int) -> Quote | None:
    """The quote holding ``position``; quotes do not overlap, so the last one opened before it is the only candidate."""
    index = bisect.bisect_right(quote_starts, position) - 1
    if index < 0:
        return None
    quote = paragraph.quotes[index]
    return quote if quote.start <= position < quote.end else None


def _expressions(text: str, found: list[_Found], keep_unanchored: bool = True) -> list[TimeExpression]:
    """The paragraph's results; a calendar date followed by its clock time ("Mar 2, 2018 at 9:05pm PST") is
    one expression with the clock's value."""
    out: list[TimeExpression] = []
    index = 0
    while index < len(found):
        item = found[index]
        (start, end), value, zone = item.match.span(), item.value, item.zone
        if item.kind in DATE_KINDS and index + 1 < len(found):
            following = found[index + 1]
            joint = text[end : following.match.start()]
            if (
                following.clock is not None
                and following.value
                and joint in DATE_CLOCK_JOINS
                and (following.match.group("cl_pre") or "at").strip().lower() == "at"
            ):
                end, value, zone = following.match.end(), following.value, following.zone
                index += 1
        if value is not None or keep_unanchored:
            out.append(make.time_expression(text[start:end], start, end, value, zone))
        index += 1
    return out


def _glossed(text: str, first: _Found, second: re.Match[str]) -> bool:
    """Is ``second`` a bracketed restatement of ``first`` ("4:15 a.m. (0315 GMT)")?"""
    between = text[first.match.end() : second.start()]
    return len(between) <= 3 and "(" in between


DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})
DATE_KINDS: Final = frozenset({"md", "dm", "iso", "slash"})
DATE_CLOCK_JOINS: Final = frozenset({" ", ", ", ",", " at ", ", at "})
DAY_KINDS: Final = frozenset({"wd", "deic", "md", "dm", "iso", "slash"})
# The kinds whose value can move forward after a future cue ("will meet on Friday").
FUTURE_KINDS: Final = frozenset({"wd", "mo", "md", "dm"})


def _day_beside(found: list[_Found], index: int, last_day: date | None) -> date | None:
    """The day a clock time belongs to: a day named right after it ("7:30 Saturday evening",
    "4 a.m. (0800 GMT) on Saturday"), else the nearest day named before it in the paragraph."""
    end = found[index].match.end()
    for later in found[index + 1 : index + 3]:
        gap = later.match.start() - end
        if later.clock is not None and gap <= 3:
            end = later.match.end()
            continue
        if later.kind in DAY_KINDS and gap <= 4 and later.value is not None and len(later.value) == 10:
            return date.fromisoformat(later.value)
        break
    return last_day


def _weekday_is_name(text: str, end: int, match: re.Match[str]) -> bool:
    day_start = match.start("wd_d")
    if day_start >= 2 and text[day_start - 1] == " ":
        floor = max(0, day_start - 12)
        space = text.rfind(" ", floor, day_start - 1)
        before = text[space + 1 if space >= 0 else floor : day_start - 1].rsplit("\n", 1)[-1].lower()
        if before in WEEKDAY_NAME_BEFORE or (before == "on" and text.endswith("Mail", 0, space)):
            return True
    if text[end : end + 1] != " ":
        return False  # both patterns below begin with a space
    if WEEKDAY_NAME_AFTER_RE.match(text, end, end + 30) is not None:
        return True
    bare = not match.group("wd_pre") and match.end("wd_d") == end
    return bare and WEEKDAY_TITLE_AFTER_RE.match(text, end, end + 30) is not None


def _year_is_name(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 16) : start].rsplit(None, 1)
    after = text[end : end + 16].split(None, 1)
    return bool(
        (before and text[start - 1 : start] == " " and before[-1] in YEAR_NAME_BEFORE)
        or (after and text[end : end + 1] == " " and after[0].rstrip(",.") in YEAR_NAME_AFTER)
    )


def _month_alone_ok(text: str, match: re.Match[str]) -> bool:
    """A month with no day or year needs a modifier when it is also a word ("may", "march"), and a
    determiner when a capitalized word follows: "the August primary" yes, "April Ryan" no."""
    if match.group("mo_pre"):
        return True
    if match.group("mo_m") in AMBIGUOUS_MONTHS:
        return False
    following = text[match.end() : match.end() + 2]
    if len(following) < 2 or following[0] != " " or not (following[1].isupper() or following[1].isdigit()):
        return True
    start = match.start()
    before = text[max(0, start - 12) : start].rsplit(" ", 2)
    return len(before) >= 2 and before[-1] == "" and before[-2].lower() in DETERMINERS


def _article_zone(document: Document) -> str | None:
    """The article's place: its dateline, else the first place named in its opening paragraphs."""
    paragraphs = document.content_paragraphs()[:3]
    for paragraph in paragraphs:
        zone = _zones.dateline_zone(document.text, paragraph.start, paragraph.end)
        if zone is not None:
            return zone
    for paragraph in paragraphs:
        zone = _zones.sentence_zone(document.text, paragraph.start, paragraph.end, paragraph.start)
        if zone is not None:
            return zone
    return None
