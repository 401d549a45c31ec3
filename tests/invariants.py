"""Invariants of every ``analyze`` result, shared by the property tests and the fuzz target.

``check_article(text, article)`` raises ``AssertionError`` naming the field that broke.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from attribution import Article
from attribution._models import CASUALTY_KINDS, SPEAKER_KINDS, STANCES

YEAR_RE = re.compile(r"\d{4}")
DECADE_RE = re.compile(r"\d{3}")
MONTH_RE = re.compile(r"(\d{4})-(\d{2})")
WEEK_RE = re.compile(r"(\d{4})-W(\d{2})")
DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?")


def is_iso_value(value: str) -> bool:
    """True for the ISO 8601 forms OUTPUT.md allows, with real calendar values."""
    try:
        if YEAR_RE.fullmatch(value) or DECADE_RE.fullmatch(value):
            return True
        if match := MONTH_RE.fullmatch(value):
            return 1 <= int(match[2]) <= 12
        if match := WEEK_RE.fullmatch(value):
            date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return True
        if DAY_RE.fullmatch(value):
            date.fromisoformat(value)
            return True
        if DATETIME_RE.fullmatch(value):
            datetime.fromisoformat(value.replace("Z", "+00:00"))
            return True
    except ValueError:
        return False
    return False


def check_span(text: str, what: str, span: Any) -> None:
    start, end, piece = span.start, span.end, span.text
    assert isinstance(start, int), (what, span)
    assert isinstance(end, int), (what, span)
    assert 0 <= start <= end <= len(text), (what, span, len(text))
    assert text[start:end] == piece, (what, span, text[start:end])


def check_article(text: str, article: Article) -> None:
    """Every invariant of one result; the message names the field that broke."""
    assert article.text is text or article.text == text
    for number, statement in enumerate(article.statements):
        where = f"statements[{number}]"
        check_span(text, f"{where}.content", statement.content)
        if statement.speaker is not None:
            check_span(text, f"{where}.speaker", statement.speaker)
            assert statement.speaker.kind in SPEAKER_KINDS, statement.speaker
            assert isinstance(statement.speaker.name, str), statement.speaker
        if statement.cue is not None:
            check_span(text, f"{where}.cue", statement.cue)
        for hop, outlet in enumerate(statement.via):
            check_span(text, f"{where}.via[{hop}]", outlet)
            assert isinstance(outlet.name, str), outlet
        assert statement.stance in STANCES, statement
    for number, count in enumerate(article.casualties):
        check_span(text, f"casualties[{number}]", count)
        assert count.kind in CASUALTY_KINDS, count
        assert count.low is None or count.low >= 0, count
        assert count.high is None or count.high >= 0, count
        if count.low is not None and count.high is not None:
            assert count.low <= count.high, count
        if count.statement is not None:
            assert 0 <= count.statement < len(article.statements), count
    for number, time in enumerate(article.times):
        check_span(text, f"times[{number}]", time)
        assert time.value is None or is_iso_value(time.value), time
    # The whole result must serialise: a value JSON cannot hold is a crash for the caller.
    json.dumps(article.to_dict(), ensure_ascii=False)
    article.casualty_summary()
