"""Properties of ``analyze`` on any text: no crash, no false offset, no impossible value.

Every property runs at the active hypothesis profile (``ci``: 2,000 examples).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from attribution import Article, TextTooLongError, analyze
from invariants import check_article
from strategies import (
    articles,
    extreme_published,
    messy_text,
    news_sentences,
    paragraph_lists,
    published_values,
    surrogate_text,
    unicode_text,
)


@given(text=articles, published=published_values)
@example(text="", published=None)
@example(text="\n\n\n", published=None)
@example(text="“" * 50, published=None)
@example(text='"' * 51 + "said", published="2020-01-04")
@example(text="“It was a mistake,” he said at 1:12 a.m. local time in Baghdad.", published="2020-01-04")
def test_analyze_never_raises_and_tells_the_truth(text: str, published: date | datetime | str | None) -> None:
    check_article(text, analyze(text, published=published))


@given(text=st.lists(news_sentences(), max_size=4).map(" ".join), published=extreme_published)
@example(text="Two people were killed on Thursday, police said.", published="0001-01-01")
@example(text="Two people were killed last year, police said.", published="9999-12-31")
@example(text="The talks resume next Tuesday at 10:20 a.m. ET.", published="9999-12-31T23:59:59+14:00")
def test_calendar_edges_never_raise(text: str, published: date | datetime | str) -> None:
    """Anchors at year 1 or 9999 must give valid values or none, never an OverflowError."""
    check_article(text, analyze(text, published=published))


@given(text=messy_text(), published=published_values, outlet=st.one_of(st.none(), st.sampled_from(("Reuters", "CNN"))))
def test_analyze_is_deterministic(text: str, published: date | datetime | str | None, outlet: str | None) -> None:
    first = analyze(text, published=published, outlet=outlet).to_dict()
    second = analyze(text, published=published, outlet=outlet).to_dict()
    assert first == second


UNRELATED = (
    "The museum reopened its east wing after a long renovation.",
    "“The garden will open in spring,” the city parks office told the Daily Ledger.",
    "“The garden will open in spring,” the curator, Ilse Brandt, told the Daily Ledger.",
    "Rain is expected across the valley on Sunday, forecasters said.",
    "“We expect delays on the northern line,” the rail operator said in a statement.",
)
# Several paragraphs of plain narration put the added paragraph "far away".
FAR = "\n\n".join(["The river was calm and the market stayed open late."] * 6)


def content_spans(article: Article, shift: int) -> list[tuple[int, int, str]]:
    """Statement contents that start at or after ``shift``, moved back by it."""
    return sorted(
        (s.content.start - shift, s.content.end - shift, s.content.text)
        for s in article.statements
        if s.content.start >= shift
    )


def check_locality(body: str, unrelated: str, gap: str) -> None:
    base = content_spans(analyze(body), 0)
    before = unrelated + gap + FAR + gap
    assert content_spans(analyze(before + body), len(before)) == base
    after = content_spans(analyze(body + gap + FAR + gap + unrelated), 0)
    assert [span for span in after if span[0] < len(body)] == base


@given(paragraphs=paragraph_lists, unrelated=st.sampled_from(UNRELATED), gap=st.sampled_from(("\n\n", "\n", "\n\n\n")))
def test_unrelated_paragraph_far_away_changes_no_other_statement(
    paragraphs: list[str], unrelated: str, gap: str
) -> None:
    check_locality("\n\n".join(paragraphs), unrelated, gap)


def test_continuation_quote_does_not_join_a_speaker_far_back() -> None:
    check_locality(
        "“We are leaving,” he said.\n\n“The roads are closed for now.",
        "“The garden will open in spring,” the city parks office said.",
        "\n\n",
    )


@given(
    text=st.lists(news_sentences(), min_size=1, max_size=4).map(" ".join),
    published=st.dates(min_value=date(1700, 1, 1), max_value=date(1972, 12, 31)),
)
@example(text="It was 8 p.m. in Paris.", published=date(1900, 1, 1))
@example(text="Two people were killed at 1:12 a.m. local time in Baghdad.", published=date(1906, 1, 15))
def test_historic_anchors_give_iso_offsets(text: str, published: date) -> None:
    """Before standard time, offsets had seconds (local mean time); values must still be ISO 8601."""
    check_article(text, analyze(text, published=published))


@given(text=st.one_of(unicode_text, surrogate_text, messy_text(max_tokens=6)))
def test_size_limit_is_exact(text: str) -> None:
    assert analyze(text, max_length=len(text)).text == text
    if text:
        with pytest.raises(TextTooLongError):
            analyze(text, max_length=len(text) - 1)
