"""Time expressions: find them with one compiled pattern per paragraph and anchor them ourselves.

Readings (ANNOTATION.md §3 is the specification):

- The anchor is the publication date. A weekday is the latest such day on or
  before it (the anchor itself when the weekdays agree) unless "next", "coming"
  or a future cue ("will", "is expected to", "scheduled") before it in its
  sentence points forward. Months without a year work the same way; a month
  and day without a year take the year that puts them nearest the anchor.
- Numeric dates: ``2020-01-03`` is ISO; ``1/3/2020`` is read month first (US
  wire style) unless the first number cannot be a month.
- Values keep the expression's granularity: ``2018``, ``2020-01``,
  ``2020-01-04``, ``2019-W52`` (weeks), ``199`` (decades), and
  ``2020-01-04T01:12+03:00`` for clock times, which take the date of the
  nearest day expression before them in the paragraph, else the anchor.
- Relative expressions get no value without an anchor, and none inside a
  direct quote (their anchor is the moment of speaking) unless the sentence
  dates the statement ("..., he said on Friday").
- Unanchored items (value None: "this week", "overnight", "a few years ago",
  relative expressions with no anchor) are dropped unless ``keep_unanchored``
  is set: the scorer ignores them when gold marks them optional but counts
  them as false positives otherwise, and a reader gains little from them.

Parsing is done by the pattern's named groups, not by ``dateparser``: every
fragment the pattern accepts is already split into its fields, so a general
parser would add cost and no accuracy. Resolutions are pure functions of
(fields, anchor) and are cached, so a fragment is worked out once per process.
"""

from __future__ import annotations

import bisect
import functools
import re
from datetime import date, datetime, time, timedelta, tzinfo

from . import _zones
from ._models import TimeExpression
from ._segment import Document, Paragraph, Quote

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2,
}  # fmt: skip
# Month names that are also common words ("may", "march"): only with a day, a year or a modifier.
AMBIGUOUS_MONTHS = frozenset({"May", "March"})

_WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_YEAR = r"(?:1[89]|20)\d\d"
_ZONES = "|".join(_zones.ABBREVIATIONS)


def _clock_pattern(suffix: str) -> str:
    """A clock time with an optional zone; ``suffix`` keeps group names unique where it is reused."""
    return rf"""
    (?:(?P<h{suffix}>\d{{1,2}})[:.](?P<mi{suffix}>\d\d)[ ]?(?P<ap{suffix}>[ap]\.?[ ]?m\b\.?)
      |(?P<h24{suffix}>\d{{1,2}}):(?P<mi24{suffix}>\d\d)(?![\d:])
      |(?P<h1{suffix}>\d{{1,2}})[ ]?(?P<ap1{suffix}>[ap]\.?[ ]?m\b\.?)
      |(?P<hm4{suffix}>[012]\d[0-5]\d)(?:[ ]?(?:hrs|h)\b)?(?=[ ]?\(?(?:{_ZONES})\b)
      |(?P<noon{suffix}>noon|midnight))
    (?:[ ]?(?P<zone{suffix}>(?i:local[ ]time)|\((?:{_ZONES})\)|(?:{_ZONES})\b))?
    """


# Stdlib ``re``: anchored matches of this large alternation run about a quarter faster than with ``regex``.
TIME_RE = re.compile(
    rf"""
    (?<![\w$£€#/.,:-])
    (?:
      (?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\d-])
    | (?P<slash>(?P<s1>\d{{1,2}})/(?P<s2>\d{{1,2}})/(?P<s3>\d{{4}}|\d\d))(?![\d/])
    | (?P<md>(?:(?:{_WD}),?[ ])?(?P<md_m>{_MONTH})[ ](?P<md_d>[0-3]?\d)(?:st|nd|rd|th)?\b
        (?:,?[ ](?P<md_y>{_YEAR})\b)?(?P<md_clock>,?[ ](?:at[ ])?{_clock_pattern("_d")})?)
    | (?P<dm>(?P<dm_d>[0-3]?\d)(?:st|nd|rd|th)?[ ](?:of[ ])?(?P<dm_m>{_MONTH})(?:,?[ ](?P<dm_y>{_YEAR}))?\b)
    | (?P<my>(?P<my_pre>(?i:in|since|by|until|during|from|early|late|mid-?|the[ ]end[ ]of)[ ]?)?
        (?P<my_m>{_MONTH}),?[ ](?P<my_y>{_YEAR})\b)
    | (?P<mo>(?P<mo_pre>(?i:last|next|this|in|since|by|until|through|during|from|early|late|mid-?
        |earlier[ ]in|later[ ]in|(?:the[ ])?end[ ]of|(?:the[ ])?beginning[ ]of)[ ]?)?
        (?P<mo_m>January|February|March|April|May|June|July|August|September|October|November|December)\b)
    | (?P<dec>(?i:the[ ])?(?:(?P<dec4>(?:1[89]|20)\d)0s|['’](?P<dec2>\d)0s)\b)
    | (?P<ago>(?P<ago_q>(?i:just[ ]over|just|nearly|almost|about|some|more[ ]than|over|less[ ]than|around)[ ])?
        (?P<ago_n>(?i:a[ ]couple[ ]of|a[ ]few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten
        |eleven|twelve)|\d{{1,3}})[ ](?P<ago_u>(?i:day|week|month|year|decade))s?[ ](?i:ago)\b)
    | (?P<rel>(?P<rel_w>(?i:last|next|this|earlier[ ]this|later[ ]this|early[ ]this|late[ ]this|late[ ]last
        |earlier[ ]last|early[ ]next|later[ ]next))[ ](?P<rel_u>(?i:week|month|year|weekend))\b)
    | (?P<deic>(?:(?i:today|tonight|yesterday|tomorrow|overnight)
        |(?i:this|last)[ ](?:morning|afternoon|evening|night))\b
        (?:['’]s)?(?:[ ](?:morning|afternoon|evening|night)\b)?)
    | (?P<wd>(?P<wd_pre>(?i:(?:early|late|earlier|later)[ ](?:on[ ])?|on[ ]|last[ ]|next[ ]|this[ ](?:coming[ ])?
        |coming[ ]|since[ ](?:late[ ]|early[ ])?|by[ ]|until[ ]|before[ ]|after[ ]))?
        (?P<wd_d>{_WD})(?:['’]s)?\b(?:[ ](?P<wd_part>morning|afternoon|evening|night)\b)?)
    | (?P<year>(?P<y_pre>(?i:in|since|by|until|during|from|before|after|early|late|mid-?|(?:the[ ])?end[ ]of)[ ]?)?
        (?P<y>{_YEAR})\b(?![.,]\d|['’]?s\b|[ ]?%|-year|[ ](?i:percent|per[ ]cent|people|persons|troops|soldiers
        |residents|civilians|fighters|militants|members|families|refugees|migrants|votes|kilomet|km|miles
        |metres|meters|feet|tons|tonnes|dollars|euros|pounds|hours|minutes|times)))
    | (?P<clock>(?P<cl_pre>(?i:at[ ](?:about[ ]|around[ ]|approximately[ ]|roughly[ ]|exactly[ ])?|around[ ]
        |about[ ]|(?:shortly|just)[ ](?:before|after)[ ]|after[ ]|before[ ]|by[ ]|until[ ]|since[ ]|from[ ]))?
        {_clock_pattern("")})
    )
    """,
    re.VERBOSE,
)

# Cheap first pass: where a time expression can have its head word. The big pattern is then tried only
# at the few word starts just before each head. Stdlib ``re`` with a leading character class is several
# times faster here than one alternation tried at every position (which ran at under 1 MB/s).
HEAD_WORD_RE = re.compile(
    r"[MTWFSJAONDYL](?:onday|uesday|ednesday|hursday|riday|aturday|unday|anuary|ebruary|arch|pril|ay|une|uly"
    r"|ugust|eptember|ctober|ovember|ecember|an|eb|ar|pr|un|ul|ug|ept?|ct|ov|ec|oday|onight|omorrow|esterday"
    r"|vernight|(?:ast|his|ext)[ ](?:week|month|year|weekend|night|morning|afternoon|evening))\b"
)
HEAD_LOWER_RE = re.compile(
    r"[ ](?:t(?:oday|onight|omorrow|his[ ](?:week|month|year|weekend|morning|afternoon|evening))|yesterday"
    r"|overnight|ago|noon|midnight|(?:last|next)[ ](?:week|month|year|weekend|night|evening))\b"
)
HEAD_DIGIT_RE = re.compile(r"[0-9](?:[0-9]{3}(?![0-9])|[0-9]?[:./][0-9]|[0-9]?[ ]?[ap]\.?m\b|[0-9]?0s\b)")
LOOKBACK_WORDS = 6
# Words that can come before a head word inside one expression ("just over a year ago", "early on Friday").
PREFIX_WORDS = frozenset({
    "on", "early", "late", "earlier", "later", "last", "next", "this", "coming", "since", "by", "until", "till",
    "before", "after", "in", "during", "from", "mid", "the", "end", "beginning", "of", "at", "about", "around",
    "approximately", "roughly", "exactly", "shortly", "just", "over", "nearly", "almost", "some", "more", "than",
    "less", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "few", "several", "couple", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "decade", "decades", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
HEAD_LOOKBACK_CHARS = 45
OPENING_MARKS = frozenset("\"“‘'([")

# Words before a weekday that make it a name ("Good Friday", "the Mail on Sunday") or a frequency ("every Friday").
WEEKDAY_NAME_BEFORE = frozenset(
    {"good", "black", "super", "ash", "bloody", "holy", "maundy", "palm", "easter", "cyber", "every", "each"}
)
WEEKDAY_NAME_AFTER_RE = re.compile(
    r"[ ](?:Times|Telegraph|Express|Mirror|Mail|Post|People|Herald|Independent|Star|Tribune|Sport|Politics"
    r"|Night[ ]Live|Morning|Edition)\b"
)
# After a bare weekday these nouns make it a title ("the BBC's Sunday programme"); "on Sunday's show" stays a date.
WEEKDAY_TITLE_AFTER_RE = re.compile(r"[ ](?:programme|program|show|supplement|magazine|newspaper|paper|edition)\b")
# Cues that an undated weekday or month lies ahead of the anchor, searched in a short window before it.
FUTURE_RE = re.compile(
    r"""(?i)\b(?:will|won['’]t|shall|['’]ll|upcoming|scheduled|slated|planned|planning|plans?[ ]to|due[ ](?:to|on|in)
    |set[ ]to|expected[ ]to|to[ ]be[ ]held|(?:is|are)[ ]to|going[ ]to|next|later[ ]this)\b""",
    re.VERBOSE,
)
FUTURE_WINDOW = 90
# Substrings one of which every FUTURE_RE match holds: a cheap test before the pattern.
FUTURE_CUES = (
    "will",
    "won",
    "shall",
    "ll",
    "upcoming",
    "sched",
    "slated",
    "plan",
    "due",
    "set to",
    "expected",
    "held",
    " to ",
    "next",
    "later",
)
# The sentence says when the quoted words were spoken: a reporting verb beside the quote.
SAID_RE = re.compile(
    r"(?i)\b(?:said|says|told|added|wrote|tweeted|posted|stated|declared|announced|insisted|warned|explained)\b"
)
SAID_WINDOW = 60


def _kind(match: re.Match[str]) -> str:
    return match.lastgroup or ""


def find_times(
    document: Document, published: date | datetime | None, *, keep_unanchored: bool = False
) -> list[TimeExpression]:
    """Every time expression in the article's paragraphs, anchored to ``published``."""
    anchor = published.date() if isinstance(published, datetime) else published
    text = document.text
    heads = _heads(text)
    if not heads:
        return []
    scanner = _Scanner(document, anchor)
    found: list[TimeExpression] = []
    low = 0
    for paragraph in document.paragraphs:
        while low < len(heads) and heads[low] < paragraph.start:
            low += 1
        if low == len(heads):
            break
        if heads[low] >= paragraph.end or paragraph.boilerplate:
            continue
        high = bisect.bisect_left(heads, paragraph.end, low)
        matches = _matches(text, heads[low:high], paragraph.start, paragraph.end)
        for item in scanner.paragraph(paragraph, matches):
            if item.value is not None or keep_unanchored:
                found.append(item)
    return found


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

    def paragraph(self, paragraph: Paragraph, matches: list[re.Match[str]]) -> list[TimeExpression]:
        text = self.text
        items: list[TimeExpression] = []
        last_day: date | None = None
        last_end = paragraph.start
        previous_clock: tuple[int, datetime] | None = None
        sentence_starts = [start for start, _end in paragraph.sentences]
        for match in matches:
            start, end = match.span()
            window_floor, last_end = last_end, end
            sentence = max(0, bisect.bisect_right(sentence_starts, start) - 1)
            sent_start, sent_end = paragraph.sentences[sentence] if paragraph.sentences else (paragraph.start, end)
            quote = _quote_at(paragraph, start)
            anchor = self.anchor
            if quote is not None:
                anchor = self._statement_date(paragraph, quote, sent_start, sent_end)
            kind = match.lastgroup
            value: str | None
            zone_name: str | None = None
            suffix = "_d" if kind == "md" else ""
            if kind == "clock" or (kind == "md" and match.group("md_clock")):
                clock = _clock(match, suffix)
                if clock is None:
                    continue
                day = _explicit_day(match, anchor) if kind == "md" else None
                if day is None and kind == "md":
                    continue
                if day is None:
                    day = last_day if last_day is not None else anchor
                zone, zone_name = self._zone(match.group("zone" + suffix), sent_start, sent_end, start)
                if previous_clock is not None and zone is not None and _glossed(text, previous_clock[0], start):
                    # "3:30 a.m. (0130 GMT)": the gloss is the same moment, so its date follows the first reading.
                    day = previous_clock[1].astimezone(zone).date() if previous_clock[1].tzinfo else day
                if day is None:
                    value = None
                else:
                    value = _zones.localize(day, clock, zone)
                    previous_clock = (end, datetime.fromisoformat(value))
            else:
                if kind == "wd" and _weekday_is_name(text, end, match):
                    continue
                if kind == "mo" and not _month_alone_ok(text, match):
                    continue
                if kind == "deic" and text[start] == "T" and start > sent_start and match.group().startswith("Tod"):
                    continue  # "Today" mid-sentence is a programme or paper name
                future = False
                if kind in ("wd", "mo"):
                    window = text[max(sent_start, window_floor, start - FUTURE_WINDOW) : start]
                    future = _future(window)
                value = _value(match, anchor, future)
                if value is not None and len(value) == 10:
                    last_day = date.fromisoformat(value)
            items.append(TimeExpression(text[start:end], start, end, value, zone_name))
        return items

    def _zone(self, written: str | None, sent_start: int, sent_end: int, at: int) -> tuple[tzinfo | None, str | None]:
        if written and not written.lower().startswith("local"):
            abbreviation = written.strip("()")
            return _zones.abbreviation_zone(abbreviation), abbreviation.upper()
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
        spots = [(open_at - SAID_WINDOW, open_at)] if open_at > sent_start else []
        if close is not None:
            spots.append((close + 1, close + 1 + SAID_WINDOW))
        for lo, hi in spots:
            lo, hi = max(lo, sent_start, paragraph.start), min(hi, sent_end, paragraph.end)
            piece = self.text[lo:hi]
            if lo >= hi or SAID_RE.search(piece) is None:
                continue
            for match in TIME_RE.finditer(self.text, lo, hi):
                if _kind(match) in ("wd", "deic", "md", "iso", "slash", "dm"):
                    value = _value(match, self.anchor, False)
                    if value is not None and len(value) == 10:
                        return date.fromisoformat(value)
        return None


def _heads(text: str) -> list[int]:
    """Sorted offsets of the words a time expression can be built around."""
    return sorted(
        [m.start() for m in HEAD_WORD_RE.finditer(text)]
        + [m.start() + 1 for m in HEAD_LOWER_RE.finditer(text)]
        + [m.start() for m in HEAD_DIGIT_RE.finditer(text)]
    )


def _matches(text: str, heads: list[int], start: int, end: int) -> list[re.Match[str]]:
    """What ``TIME_RE.finditer`` would find in ``text[start:end]``, trying the pattern only near head words."""
    found: list[re.Match[str]] = []
    covered = start
    for head in heads:
        if head < covered:
            continue
        for candidate in reversed(_word_starts_before(text, head, max(covered, head - HEAD_LOOKBACK_CHARS))):
            while candidate < head and text[candidate] in OPENING_MARKS:
                candidate += 1
            match = TIME_RE.match(text, candidate, end)
            if match is not None and match.end() > head:
                found.append(match)
                covered = match.end()
                break
    return found


def _word_starts_before(text: str, head: int, floor: int) -> list[int]:
    """``head`` and the starts of the words before it that can open a time expression, nearest first."""
    starts = [head]
    position = head
    if head > floor and text[head - 1] in "'’":
        starts.append(head - 1)  # "the ’90s"
        position = head - 1
    for _ in range(LOOKBACK_WORDS):
        if position - 1 <= floor:
            break
        space = text.rfind(" ", floor, position - 1)
        word_start = space + 1 if space >= 0 else floor
        word = text[word_start : position - 1]
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
    return starts


def _future(window: str) -> bool:
    lowered = window.lower()
    return any(cue in lowered for cue in FUTURE_CUES) and FUTURE_RE.search(window) is not None


def _quote_at(paragraph: Paragraph, position: int) -> Quote | None:
    for quote in paragraph.quotes:
        if quote.start <= position < quote.end:
            return quote
    return None


def _glossed(text: str, previous_end: int, start: int) -> bool:
    between = text[previous_end:start]
    return len(between) <= 3 and "(" in between


def _weekday_is_name(text: str, end: int, match: re.Match[str]) -> bool:
    day_start = match.start("wd_d")
    if day_start >= 2 and text[day_start - 1] == " ":
        floor = max(0, day_start - 12)
        space = text.rfind(" ", floor, day_start - 1)
        before = text[space + 1 if space >= 0 else floor : day_start - 1].rsplit("\n", 1)[-1].lower()
        if before in WEEKDAY_NAME_BEFORE or (before == "on" and text.endswith("Mail", 0, space)):
            return True
    if WEEKDAY_NAME_AFTER_RE.match(text, end, min(len(text), end + 30)) is not None:
        return True
    bare = not match.group("wd_pre") and match.end("wd_d") == end
    return bare and WEEKDAY_TITLE_AFTER_RE.match(text, end, min(len(text), end + 30)) is not None


def _month_alone_ok(text: str, match: re.Match[str]) -> bool:
    """A month with no day or year needs a modifier when it is also a word or starts a name ("April Ryan")."""
    if match.group("mo_pre"):
        return True
    following = text[match.end() : match.end() + 2]
    return match.group("mo_m") not in AMBIGUOUS_MONTHS and not (
        len(following) == 2 and following[0] == " " and (following[1].isupper() or following[1].isdigit())
    )


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


def _clock(match: re.Match[str], suffix: str) -> time | None:
    def group(name: str) -> str | None:
        return match.group(name + suffix)

    bare = _kind(match) == "clock" and not (match.group("cl_pre") or group("zone"))
    noon = group("noon")
    if noon:
        return None if bare else time(12, 0) if noon.lower() == "noon" else time(0, 0)
    hm4, h24 = group("hm4"), group("h24")
    if hm4:
        hour, minute = int(hm4[:2]), int(hm4[2:])
    elif h24:
        if bare:
            return None  # a bare "13:12" is as likely a score or a verse as a time
        hour, minute = int(h24), int(group("mi24") or 0)
    else:
        digits = group("h") or group("h1") or "0"
        meridiem = (group("ap") or group("ap1") or "").lower()
        hour, minute = int(digits), int(group("mi") or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _explicit_day(match: re.Match[str], anchor: date | None) -> date | None:
    value = _value(match, anchor, False)
    return date.fromisoformat(value) if value is not None and len(value) == 10 else None


def _month_number(name: str) -> int:
    return [month[:3] for month in MONTHS].index(name[:3]) + 1


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _value(match: re.Match[str], anchor: date | None, future: bool) -> str | None:
    """The ISO 8601 value of one match, or None when it cannot be anchored."""
    kind = _kind(match)
    group = match.group
    if kind == "iso":
        return _day(int(group("iy")), int(group("im")), int(group("id")))
    if kind == "slash":
        return _slash(int(group("s1")), int(group("s2")), group("s3"))
    if kind == "md":
        return _month_day(_month_number(group("md_m")), int(group("md_d")), group("md_y"), anchor)
    if kind == "dm":
        return _month_day(_month_number(group("dm_m")), int(group("dm_d")), group("dm_y"), anchor)
    if kind == "my":
        return f"{int(group('my_y')):04d}-{_month_number(group('my_m')):02d}"
    if kind == "year":
        return group("y")
    if kind == "dec":
        digits = group("dec4")
        if digits is None:
            tens = int(group("dec2"))
            digits = f"{19 if tens >= 3 else 20}{tens}"
        return digits
    if anchor is None:
        return None
    if kind == "mo":
        modifier = " ".join((group("mo_pre") or "").lower().split())
        return _month_only(_month_number(group("mo_m")), modifier, anchor, future)
    if kind == "ago":
        count = _count(" ".join(group("ago_n").split()))
        return None if count is None else _ago(count, group("ago_u").lower(), anchor)
    if kind == "rel":
        return _relative(" ".join(group("rel_w").lower().split()), group("rel_u").lower(), anchor)
    if kind == "deic":
        return _deictic(group().lower(), anchor)
    if kind == "wd":
        modifier = " ".join((group("wd_pre") or "").lower().split())
        return _weekday(WEEKDAYS.index(group("wd_d")), modifier, anchor, future)
    return None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _slash(first: int, second: int, year_text: str) -> str | None:
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    month, day = (first, second) if first <= 12 else (second, first)
    return _day(year, month, day)


@functools.lru_cache(maxsize=4096)
def _month_day(month: int, day: int, year_text: str | None, anchor: date | None) -> str | None:
    if year_text is not None:
        return _day(int(year_text), month, day)
    if anchor is None:
        return None
    best: date | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - anchor) < abs(best - anchor):
            best = candidate
    return best.isoformat() if best is not None else None


@functools.lru_cache(maxsize=4096)
def _month_only(month: int, modifier: str, anchor: date, future: bool) -> str:
    year = anchor.year
    if modifier == "last":
        year = year if month < anchor.month else year - 1
    elif modifier == "next":
        year = year if month > anchor.month else year + 1
    elif modifier == "this":
        pass
    elif future and month < anchor.month:
        year += 1
    elif not future and month > anchor.month:
        year -= 1
    return f"{year:04d}-{month:02d}"


def _iso_week(day: date) -> str:
    year, week, _weekday = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _shift_month(anchor: date, months: int) -> str:
    index = anchor.year * 12 + anchor.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@functools.lru_cache(maxsize=4096)
def _ago(count: int, unit: str, anchor: date) -> str | None:
    if unit == "day":
        return (anchor - timedelta(days=count)).isoformat()
    if unit == "week":
        return _iso_week(anchor - timedelta(weeks=count))
    if unit == "month":
        return _shift_month(anchor, count)
    if unit == "year":
        return f"{anchor.year - count:04d}"
    if unit == "decade":
        return f"{anchor.year - 10 * count:04d}"
    return None


@functools.lru_cache(maxsize=4096)
def _relative(which: str, unit: str, anchor: date) -> str | None:
    step = {"last": -1, "next": 1}.get(which.split(" ")[-1], 0)
    if unit == "weekend" or (unit == "week" and step == 0):
        return None  # "this week", "the weekend": vague recency
    if unit == "week":
        return _iso_week(anchor + timedelta(weeks=step))
    if unit == "month":
        return _shift_month(anchor, -step)
    return f"{anchor.year + step:04d}"


@functools.lru_cache(maxsize=1024)
def _deictic(phrase: str, anchor: date) -> str | None:
    if phrase.startswith("overnight"):
        return None
    if phrase.startswith(("yesterday", "last night", "last evening")):
        return (anchor - timedelta(days=1)).isoformat()
    if phrase.startswith("tomorrow"):
        return (anchor + timedelta(days=1)).isoformat()
    return anchor.isoformat()


@functools.lru_cache(maxsize=4096)
def _weekday(weekday: int, modifier: str, anchor: date, future: bool) -> str:
    """Latest such day on or before the anchor; forward for "next", "coming" or a future cue."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if modifier == "last":
        return (anchor - timedelta(days=back or 7)).isoformat()
    if modifier == "next":
        return (anchor + timedelta(days=ahead or 7)).isoformat()
    if "coming" in modifier or (future and modifier not in ("since", "since late", "since early")):
        return (anchor + timedelta(days=ahead)).isoformat()
    return (anchor - timedelta(days=back)).isoformat()
