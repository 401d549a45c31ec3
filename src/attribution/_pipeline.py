"""``analyze()``: validates its arguments and wires the stages together, nothing else."""

from __future__ import annotations

import re
from datetime import date, datetime

import attrs

from ._casualties import find_casualties
from ._custom import Lexicon
from ._errors import InputTypeError, InvalidDateError, TextTooLongError
from ._models import Article, CasualtyCount, Statement
from ._segment import segment
from ._statements import find_statements
from ._times import find_times

DEFAULT_MAX_LENGTH = 10_000_000
"""Longest text ``analyze`` accepts by default, in characters (about 10 MB)."""

ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def analyze(
    text: str,
    *,
    published: date | datetime | str | None = None,
    outlet: str | None = None,
    max_length: int = DEFAULT_MAX_LENGTH,
    lexicon: Lexicon | None = None,
) -> Article:
    """Find who said what, via which outlet, casualty counts and times in one article.

    ``published`` anchors relative times ("on Thursday"); without it they get no
    value. ``outlet`` is the publishing outlet, if known. Texts longer than
    ``max_length`` characters are refused with :class:`TextTooLongError`. ``lexicon``
    adds outlets and reporting verbs to the built-in lists (see :class:`Lexicon`).
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            raise InputTypeError(
                f"analyze() takes text as str, not {type(text).__name__}: decode it first, "
                "for example data.decode('utf-8')"
            )
        raise InputTypeError(f"analyze() takes text as str, not {type(text).__name__}")
    if outlet is not None and not isinstance(outlet, str):
        raise InputTypeError(f"outlet must be a str or None, not {type(outlet).__name__}")
    if len(text) > max_length:
        raise TextTooLongError(
            f"text has {len(text):,} characters, more than max_length={max_length:,}; "
            "pass a larger max_length to analyze() it anyway"
        )
    anchor = parse_published(published)
    document = segment(text)
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise InputTypeError(f"lexicon must be an attribution.Lexicon or None, not {type(lexicon).__name__}")
    statements = find_statements(document, outlet=outlet, lexicon=lexicon)
    casualties = link_casualties(find_casualties(document), statements)
    times = find_times(document, anchor)
    return Article(
        text=text,
        published=anchor,
        outlet=outlet,
        statements=tuple(statements),
        casualties=tuple(casualties),
        times=tuple(times),
    )


def parse_published(published: date | datetime | str | None) -> date | datetime | None:
    """Read ``published`` as a date or datetime; strings must be ISO 8601."""
    if published is None or isinstance(published, (date, datetime)):
        return published
    if not isinstance(published, str):
        raise InputTypeError(f"published must be a date, datetime, ISO string or None, not {type(published).__name__}")
    value = published.strip()
    try:
        if len(value) == 10 and ISO_DATE_RE.fullmatch(value):
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidDateError(
            f"cannot read published={published!r} as a date: use ISO 8601 such as '2020-01-04' "
            "or '2020-01-04T09:30:00+00:00'"
        ) from None


def link_casualties(counts: list[CasualtyCount], statements: list[Statement]) -> list[CasualtyCount]:
    """Point each count at the statement whose content holds it (None for the narrator's own).

    When contents overlap, the first such statement in output order wins. One sweep
    over both lists sorted by start keeps this linear for an article with thousands
    of statements and counts (a pair-by-pair test was quadratic).
    """
    if not counts:
        return counts  # two articles in three: sorting the statements would be the whole cost
    order = sorted(range(len(statements)), key=lambda index: statements[index].content.start)
    holders: list[int | None] = [None] * len(counts)
    active: list[int] = []  # statements begun before the count that have not ended before it
    upcoming = 0
    for number in sorted(range(len(counts)), key=lambda index: counts[index].start):
        count = counts[number]
        while upcoming < len(order) and statements[order[upcoming]].content.start <= count.start:
            active.append(order[upcoming])
            upcoming += 1
        active = [index for index in active if statements[index].content.end >= count.start]
        holders[number] = min((index for index in active if count.end <= statements[index].content.end), default=None)
    return [
        count if holder == count.statement else _with_statement(count, holder)
        for count, holder in zip(counts, holders, strict=True)
    ]


def _with_statement(count: CasualtyCount, statement: int | None) -> CasualtyCount:
    return attrs.evolve(count, statement=statement)
