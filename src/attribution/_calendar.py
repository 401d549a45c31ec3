"""Calendar arithmetic: the ISO 8601 value of one matched time expression against an anchor date.

Pure functions of (fields, anchor), cached, so a fragment is worked out once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, time, timedelta
from typing import Any, Final

from ._timepatterns import MONTHS, NUMBER_WORDS, SCHEDULE_AHEAD, WEEKDAYS, kind_of


def clock_of(match: re.Match[str]) -> time | None:
    """The wall-clock time of a clock match; None for a bare "13:12" or "noon" with nothing to make it a time."""
    group = match.group
    bare = kind_of(match) == "clock" and not (match.group("cl_pre") or group("zone"))
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


def month_number(name: str) -> int:
    return [month[:3] for month in MONTHS].index(name[:3]) + 1


def count_of(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def value_of(match: re.Match[str], anchor: date | None, future: bool, kind: str | None = None) -> str | None:
    """The ISO 8601 value of one match, or None when it cannot be anchored (``kind``: the match's, if known)."""
    reader = _READERS.get(kind or kind_of(match))
    if reader is None:
        return None
    try:
        return reader(match.group, anchor, future)
    except OverflowError:
        return None  # an anchor at the very edge of the calendar (year 1 or 9999)


# One reader per kind of match: (its ``group`` method, anchor, future cue) -> value. A dictionary read
# instead of a chain of kind tests (the commonest kind, weekdays, came twelfth).
_Group = Callable[..., Any]


def _iso(group: _Group, anchor: date | None, future: bool) -> str | None:
    return day_iso(int(group("iy")), int(group("im")), int(group("id")))


def _slash(group: _Group, anchor: date | None, future: bool) -> str | None:
    return slash_date(int(group("s1")), int(group("s2")), group("s3"))


def _md(group: _Group, anchor: date | None, future: bool) -> str | None:
    return month_day(month_number(group("md_m")), int(group("md_d")), group("md_y"), anchor, future)


def _dm(group: _Group, anchor: date | None, future: bool) -> str | None:
    return month_day(month_number(group("dm_m")), int(group("dm_d")), group("dm_y"), anchor, future)


def _my(group: _Group, anchor: date | None, future: bool) -> str | None:
    return f"{int(group('my_y')):04d}-{month_number(group('my_m')):02d}"


def _year(group: _Group, anchor: date | None, future: bool) -> str | None:
    value: str = group("y")
    return value


def _dec(group: _Group, anchor: date | None, future: bool) -> str | None:
    digits: str | None = group("dec4")
    if digits is None:
        tens = int(group("dec2"))
        digits = f"{19 if tens >= 3 else 20}{tens}"
    return digits


# The kinds below need an anchor: without one they have no value.


def _mo(group: _Group, anchor: date | None, future: bool) -> str | None:
    if anchor is None:
        return None
    modifier = " ".join((group("mo_pre") or "").lower().split())
    return month_only(month_number(group("mo_m")), modifier, anchor, future)


def _ago(group: _Group, anchor: date | None, future: bool) -> str | None:
    if anchor is None:
        return None
    count = count_of(" ".join(group("ago_n").split()))
    return None if count is None else ago(count, group("ago_u").lower(), anchor)


def _rel(group: _Group, anchor: date | None, future: bool) -> str | None:
    if anchor is None:
        return None
    return relative(" ".join(group("rel_w").lower().split()), group("rel_u").lower(), anchor)


def _deic(group: _Group, anchor: date | None, future: bool) -> str | None:
    if anchor is None:
        return None
    return deictic(group(0).lower(), anchor)


def _wd(group: _Group, anchor: date | None, future: bool) -> str | None:
    if anchor is None:
        return None
    modifier = " ".join((group("wd_pre") or "").lower().split())
    return weekday_date(WEEKDAYS.index(group("wd_d")), modifier, anchor, future)


_READERS: Final[dict[str, Callable[[_Group, date | None, bool], str | None]]] = {
    "iso": _iso, "slash": _slash, "md": _md, "dm": _dm, "my": _my, "year": _year, "dec": _dec,
    "mo": _mo, "ago": _ago, "rel": _rel, "deic": _deic, "wd": _wd,
}  # fmt: skip


def day_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def slash_date(first: int, second: int, year_text: str) -> str | None:
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    month, day = (first, second) if first <= 12 else (second, first)
    return day_iso(year, month, day)


@functools.lru_cache(maxsize=4096)
def month_day(month: int, day: int, year_text: str | None, anchor: date | None, future: bool) -> str | None:
    """A date; without a year, the latest one on or before the anchor, allowing for dates a few weeks ahead
    (schedules) or, after a future cue, the first one on or after it."""
    if year_text is not None:
        return day_iso(int(year_text), month, day)
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if future and candidate < anchor:
            continue
        if not future and candidate > anchor + SCHEDULE_AHEAD:
            continue
        return candidate.isoformat()
    return None


@functools.lru_cache(maxsize=4096)
def month_only(month: int, modifier: str, anchor: date, future: bool) -> str | None:
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
    return in_calendar(f"{year:04d}-{month:02d}", year)


def in_calendar(value: str, year: int) -> str | None:
    """``value`` when its year is one ISO 8601 can write in four digits (1 to 9999), else None."""
    return value if 1 <= year <= 9999 else None


def iso_week(day: date) -> str:
    year, week, _weekday = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_month(anchor: date, months: int) -> str | None:
    index = anchor.year * 12 + anchor.month - 1 - months
    return in_calendar(f"{index // 12:04d}-{index % 12 + 1:02d}", index // 12)


@functools.lru_cache(maxsize=4096)
def ago(count: int, unit: str, anchor: date) -> str | None:
    if unit == "day":
        return (anchor - timedelta(days=count)).isoformat()
    if unit == "week":
        return iso_week(anchor - timedelta(weeks=count))
    if unit == "month":
        return shift_month(anchor, count)
    if unit == "year":
        return in_calendar(f"{anchor.year - count:04d}", anchor.year - count)
    if unit == "decade":
        return in_calendar(f"{anchor.year - 10 * count:04d}", anchor.year - 10 * count)
    return None


@functools.lru_cache(maxsize=4096)
def relative(which: str, unit: str, anchor: date) -> str | None:
    step = {"last": -1, "next": 1}.get(which.split(" ")[-1], 0)
    if unit == "weekend" or (unit == "week" and step == 0):
        return None  # "this week", "the weekend": vague recency
    if unit == "week":
        return iso_week(anchor + timedelta(weeks=step))
    if unit == "month":
        return shift_month(anchor, -step)
    return in_calendar(f"{anchor.year + step:04d}", anchor.year + step)


@functools.lru_cache(maxsize=1024)
def deictic(phrase: str, anchor: date) -> str | None:
    if phrase.startswith("overnight"):
        return None
    if phrase.startswith(("yesterday", "last night", "last evening")):
        return (anchor - timedelta(days=1)).isoformat()
    if phrase.startswith("tomorrow"):
        return (anchor + timedelta(days=1)).isoformat()
    return anchor.isoformat()


@functools.lru_cache(maxsize=4096)
def weekday_date(weekday: int, modifier: str, anchor: date, future: bool) -> str:
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
