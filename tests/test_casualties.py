"""Casualty counts: golden sentences, offsets, dedupe, and ``Article.casualty_summary``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from attribution._casualties import find_casualties
from attribution._models import Article, CasualtyCount, Span, Speaker, Statement
from attribution._segment import segment

GOLDEN = json.loads((Path(__file__).parent / "golden" / "casualties.json").read_text(encoding="utf-8"))


def counts(text: str) -> list[CasualtyCount]:
    return find_casualties(segment(text))


@pytest.mark.parametrize("case", GOLDEN, ids=[case["label"] for case in GOLDEN])
def test_golden(case: dict[str, Any]) -> None:
    found = counts(case["text"])
    assert {(c.kind, c.low, c.high) for c in found} == {(e["kind"], e["low"], e["high"]) for e in case["expect"]}
    for expected in case["expect"]:
        match = next(
            c for c in found if (c.kind, c.low, c.high) == (expected["kind"], expected["low"], expected["high"])
        )
        for field in ("text", "approximate", "hedged", "who"):
            if field in expected:
                assert getattr(match, field) == expected[field], field


def test_golden_has_positives_and_negatives() -> None:
    assert sum(1 for case in GOLDEN if case["expect"]) >= 20
    assert sum(1 for case in GOLDEN if not case["expect"]) >= 10
    assert len({case["label"] for case in GOLDEN}) == len(GOLDEN)


@pytest.mark.parametrize("case", GOLDEN, ids=[case["label"] for case in GOLDEN])
def test_offsets_are_true_and_bounds_ordered(case: dict[str, Any]) -> None:
    text = case["text"]
    for count in counts(text):
        assert text[count.start : count.end] == count.text
        assert count.statement is None
        assert count.low is None or count.low >= 0
        assert count.high is None or count.high >= 0
        assert count.low is None or count.high is None or count.low <= count.high
        assert count.low is not None or count.high is not None
        assert isinstance(count.who, str)
        assert count.who.strip()


def test_first_mention_is_kept() -> None:
    text = "Rebels killed 4 guards on Monday.\n\nOn Tuesday 4 guards were killed again, the army said."
    found = counts(text)
    assert len(found) == 1
    assert found[0].start == text.index("killed 4")


def test_who_is_the_victims_as_written() -> None:
    (count,) = counts("The explosion killed eleven construction workers in the tunnel.")
    assert count.who == "construction workers"
    (subject,) = counts("Three police officers were wounded on Friday.")
    assert subject.who == "police officers"


def test_boilerplate_paragraphs_are_skipped() -> None:
    text = "Three people were killed in the attack.\n\nRelated: 5 dead in a crash last week"
    document = segment(text)
    found = find_casualties(document)
    boiler = [p for p in document.paragraphs if p.boilerplate]
    spans = [(c.start, c.end) for c in found]
    assert all(not (p.start <= start < p.end) for p in boiler for start, _ in spans)
    assert (found[0].kind, found[0].low) == ("killed", 3)


def test_unicode_that_changes_length_when_lowered_keeps_offsets() -> None:
    text = "İİİ İstanbul: at least 12 people were killed and 30 wounded."
    found = counts(text)
    assert {(c.kind, c.low, c.high) for c in found} == {("killed", 12, None), ("injured", 30, 30)}
    for count in found:
        assert text[count.start : count.end] == count.text


def _count(kind: str, low: int | None, high: int | None, statement: int | None) -> CasualtyCount:
    return CasualtyCount(kind=kind, low=low, high=high, text="x", start=0, end=1, statement=statement)  # type: ignore[arg-type]


def _statement(name: str) -> Statement:
    return Statement(
        content=Span("c", 0, 1),
        speaker=Speaker(text=name, name=name, kind="organization", start=0, end=1),
        cue=None,
    )


def test_summary_lowest_and_highest_with_sources() -> None:
    article = Article(
        text="x",
        statements=(_statement("Health Ministry"), _statement("Rebel spokesman")),
        casualties=(
            _count("killed", 12, None, 0),
            _count("killed", None, 40, 1),
            _count("killed", 20, 25, None),
            _count("injured", 30, 30, None),
        ),
    )
    summary = article.casualty_summary()
    killed = summary["killed"]
    assert (killed.lowest.value, killed.lowest.source, killed.lowest.count) == (12, "Health Ministry", 0)
    assert (killed.highest.value, killed.highest.source, killed.highest.count) == (40, "Rebel spokesman", 1)
    injured = summary["injured"]
    assert injured.lowest.value == injured.highest.value == 30
    assert injured.lowest.source is None
    assert "missing" not in summary


def test_summary_range_offers_both_ends() -> None:
    article = Article(text="x", casualties=(_count("killed", 6, 8, None), _count("killed", 7, 7, None)))
    summary = article.casualty_summary()["killed"]
    assert (summary.lowest.value, summary.lowest.count) == (6, 0)
    assert (summary.highest.value, summary.highest.count) == (8, 0)


def test_summary_ties_go_to_the_first_count() -> None:
    article = Article(text="x", casualties=(_count("injured", 5, 5, None), _count("injured", 5, None, None)))
    summary = article.casualty_summary()["injured"]
    assert summary.lowest.count == 0
    assert summary.highest.count == 0


def test_summary_empty() -> None:
    assert Article(text="nothing happened").casualty_summary() == {}
