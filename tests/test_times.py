"""Time expressions: golden sentences (ANNOTATION.md §3), offsets, anchoring rules and laziness."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from attribution import analyze
from attribution._calendar import weekday_date
from attribution._models import TimeExpression
from attribution._segment import segment
from attribution._times import find_times
from attribution._zones import abbreviation_zone, dateline_zone, localize, sentence_zone

GOLDEN = json.loads((Path(__file__).parent / "golden" / "times.json").read_text(encoding="utf-8"))


def times(text: str, anchor: date | datetime | None, **options: bool) -> list[TimeExpression]:
    return find_times(segment(text), anchor, **options)


@pytest.mark.parametrize("case", GOLDEN, ids=[case["label"] for case in GOLDEN])
def test_golden(case: dict[str, Any]) -> None:
    anchor = date.fromisoformat(case["anchor"]) if case["anchor"] else None
    found = times(case["text"], anchor)
    assert [(t.text, t.value) for t in found] == [(e["text"], e["value"]) for e in case["expect"]]
    for item in found:
        assert case["text"][item.start : item.end] == item.text


def test_golden_has_negatives_and_edges() -> None:
    labels = " ".join(case["label"] for case in GOLDEN)
    assert sum(not case["expect"] for case in GOLDEN) >= 4
    for needed in ("DST", "year boundary", "equal to the anchor", "quote"):
        assert needed in labels


def test_unanchored_items_only_on_request() -> None:
    text = "Aid arrived this week and overnight, and again a few years ago."
    assert times(text, date(2020, 1, 4)) == []
    kept = times(text, date(2020, 1, 4), keep_unanchored=True)
    assert [t.text for t in kept] == ["this week", "overnight", "a few years ago"]
    assert all(t.value is None for t in kept)


def test_relative_without_anchor_kept_on_request_with_no_value() -> None:
    kept = times("The port reopened on Friday.", None, keep_unanchored=True)
    assert [(t.text, t.value) for t in kept] == [("on Friday", None)]


def test_datetime_anchor_uses_its_date() -> None:
    anchor = datetime(2020, 1, 4, 23, 30, tzinfo=UTC)
    assert [t.value for t in times("Rockets fell on Friday.", anchor)] == ["2020-01-03"]


def test_weekday_arithmetic() -> None:
    saturday = date(2020, 1, 4)
    assert weekday_date(5, "", saturday, False) == "2020-01-04"
    assert weekday_date(5, "last", saturday, False) == "2019-12-28"
    assert weekday_date(5, "next", saturday, False) == "2020-01-11"
    assert weekday_date(0, "", saturday, True) == "2020-01-06"
    assert weekday_date(0, "since", saturday, True) == "2019-12-30"


def test_explicit_zone_kept_in_timezone_field() -> None:
    (item,) = times("Voting closed at 8 p.m. ET.", date(2020, 11, 3))
    assert item.timezone == "ET"
    assert item.value == "2020-11-03T20:00-05:00"


def test_zones_helpers() -> None:
    assert abbreviation_zone("nope") is None
    assert localize(date(2020, 7, 1), datetime(2020, 1, 1, 9, 5).time(), None) == "2020-07-01T09:05"
    text = "ISTANBUL/ANKARA - Police said the bomb went off in Kabul."
    assert dateline_zone(text, 0, len(text)) == "Europe/Istanbul"
    assert sentence_zone(text, 0, len(text), 0) == "Asia/Kabul"
    assert sentence_zone("He lives on Van Buren Ave. now.", 0, 31, 0) is None
    assert sentence_zone("Police in New Britain said so.", 0, 30, 0) is None


def test_boilerplate_paragraphs_skipped() -> None:
    text = "The flood hit on Friday.\n\nSign up for our newsletter by Monday."
    assert [t.text for t in times(text, date(2020, 1, 4))] == ["on Friday"]


def test_analyze_fills_times() -> None:
    article = analyze("The strike began on Thursday, the union said.", published="2020-01-04")
    assert [t.to_dict()["value"] for t in article.times] == ["2020-01-02"]


def test_import_stays_lazy() -> None:
    code = (
        "import sys, attribution\n"
        "from attribution import _lexicon\n"
        "assert 'dateparser' not in sys.modules\n"
        "assert _lexicon.places.cache_info().currsize == 0\n"
        "attribution.analyze('It rained on Friday.', published='2020-01-04')\n"
        "assert _lexicon.places.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
