"""Property tests for time expressions: weekday anchoring, true offsets, well-formed values."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from attribution._calendar import weekday_date
from attribution._segment import segment
from attribution._timepatterns import WEEKDAYS
from attribution._times import find_times
from strategies import messy_text, paragraphs

ANCHORS = st.dates(min_value=date(1901, 1, 8), max_value=date(2098, 12, 24))
MODIFIERS = st.sampled_from(["", "on ", "early ", "late ", "since ", "earlier "])
PARTS = st.sampled_from(["", " morning", " night", " evening", "'s"])
ISO_VALUE_RE = re.compile(r"\d{3}|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}")


def valid_value(value: str | None) -> bool:
    if value is None:
        return True
    if "T" in value:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return False
        return True
    if not ISO_VALUE_RE.fullmatch(value):
        return False
    if len(value) == 10:
        date.fromisoformat(value)
    elif "-W" in value:
        assert 1 <= int(value[-2:]) <= 53
    elif len(value) == 7:
        assert 1 <= int(value[5:]) <= 12
    return True


@given(ANCHORS, st.integers(0, 6))
def test_weekday_resolves_into_the_six_days_before(anchor: date, weekday: int) -> None:
    value = date.fromisoformat(weekday_date(weekday, "", anchor, False))
    assert anchor - timedelta(days=6) <= value <= anchor
    assert value.weekday() == weekday


@given(ANCHORS, st.integers(0, 6))
def test_next_weekday_resolves_into_the_week_after(anchor: date, weekday: int) -> None:
    value = date.fromisoformat(weekday_date(weekday, "next", anchor, False))
    assert anchor + timedelta(days=1) <= value <= anchor + timedelta(days=7)
    assert value.weekday() == weekday


@given(ANCHORS, st.integers(0, 6), MODIFIERS, PARTS)
def test_weekday_in_a_sentence(anchor: date, weekday: int, modifier: str, part: str) -> None:
    text = f"The convoy was attacked {modifier}{WEEKDAYS[weekday]}{part}, officials said."
    (item,) = find_times(segment(text), anchor)
    assert text[item.start : item.end] == item.text
    assert item.value is not None
    value = date.fromisoformat(item.value)
    assert anchor - timedelta(days=6) <= value <= anchor
    assert value.weekday() == weekday


@given(ANCHORS, st.integers(1, 30), st.sampled_from(["day", "week", "month", "year"]))
def test_units_ago_lie_before_the_anchor(anchor: date, count: int, unit: str) -> None:
    text = f"The dam burst {count} {unit}s ago."
    (item,) = find_times(segment(text), anchor)
    assert item.value is not None
    assert valid_value(item.value)
    if unit == "day":
        assert item.value == (anchor - timedelta(days=count)).isoformat()
    elif unit == "year":
        assert item.value == str(anchor.year - count)
    elif unit == "week":
        year, week, _ = (anchor - timedelta(weeks=count)).isocalendar()
        assert item.value == f"{year}-W{week:02d}"
    else:
        months = anchor.year * 12 + anchor.month - 1 - count
        assert item.value == f"{months // 12:04d}-{months % 12 + 1:02d}"


@given(paragraphs(), st.one_of(st.none(), st.dates()))
def test_offsets_true_and_values_valid_in_news_like_text(text: str, anchor: date | None) -> None:
    for item in find_times(segment(text), anchor, keep_unanchored=True):
        assert text[item.start : item.end] == item.text
        assert item.start < item.end
        assert valid_value(item.value)


@given(messy_text(), st.one_of(st.none(), st.dates()))
def test_offsets_true_and_values_valid_in_messy_text(text: str, anchor: date | None) -> None:
    found = find_times(segment(text), anchor)
    for item in found:
        assert text[item.start : item.end] == item.text
        assert item.value is not None
        assert valid_value(item.value)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@given(st.dates())
def test_any_anchor_gives_valid_values(anchor: date) -> None:
    text = "On Friday, two days ago, last week, next year, in March, Jan. 3, at 3 p.m. (1200 GMT), a decade ago."
    for item in find_times(segment(text), anchor):
        assert valid_value(item.value)


@given(ANCHORS)
def test_no_anchor_no_relative_values(anchor: date) -> None:
    text = "The strike came on Friday, two days ago, last week and in March, after a 2014 ruling."
    assert [t.value for t in find_times(segment(text), None)] == ["2014"]
    assert len(find_times(segment(text), anchor)) == 5
