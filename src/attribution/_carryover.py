"""Edits to a finished statement that read its neighbours: a wire dateline dropped, an outlet carried on."""

from __future__ import annotations

from typing import Final

import attrs

from ._lazy import lazy_compile
from ._models import Outlet, Span, Statement
from ._speakers import Entity

# A wire dateline opening the first paragraph ("MOSUL, Iraq - ", "BEIRUT/PARIS (Reuters) — ")
# places the story; it is not part of what a source said.
DATELINE_RE: Final = lazy_compile(
    r"""(?x)\p{Lu}[\p{Lu}'’.]++(?:[ /-]\p{Lu}[\p{Lu}'’.]++){0,4}+
    (?:,\ \p{Lu}[\p{L}.'’]*+(?:\ \p{Lu}[\p{L}.'’]*+){0,3}+)?+
    (?:\ \([^()\n]{1,30}+\))?+\ ?[-–—]{1,2}+\ ++"""
)

# How many paragraphs a person's outlet carries over to their later statements: none, since
# people speak to several outlets in one story; organizations and outlets keep theirs.
STICKY_PARAGRAPHS: Final = 0


def without_dateline(text: str, statement: Statement) -> Statement:
    content = statement.content
    match = DATELINE_RE.match(text, content.start, content.end)
    if match is None or match.end() >= content.end:
        return statement
    start = match.end()
    return attrs.evolve(statement, content=Span(text[start : content.end], start, content.end))


def sticky_via(
    statement: Statement,
    entity: Entity | None,
    paragraph: int,
    sticky: dict[int, tuple[int, tuple[Outlet, ...], Entity]],
) -> Statement:
    """A source who spoke to an outlet goes on speaking to it: "X told Reuters ... X said ...".

    Keyed by ``id(entity)``; the entity is kept in the value so that its id cannot be
    reused by a later entity while the entry lives (a freed id once passed one
    speaker's outlet on to another).
    """
    if entity is None or statement.speaker is None:
        return statement
    key = id(entity)
    if statement.via:
        if statement.speaker.kind != "outlet":
            sticky[key] = (paragraph, statement.via, entity)
        return statement
    previous = sticky.get(key)
    reach = STICKY_PARAGRAPHS if statement.speaker.kind == "person" else 1_000_000
    if previous is not None and paragraph - previous[0] <= reach:
        sticky[key] = (paragraph, previous[1], entity)
        return attrs.evolve(statement, via=previous[1])
    return statement
