"""Package data, loaded once on first use (never at import, never per call)."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib import resources

import attrs


@attrs.frozen
class OutletEntry:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None


@attrs.frozen
class PlaceEntry:
    place: str
    kind: str
    timezone: str
    country: str
    population: int
    canonical: str


@attrs.frozen
class TitleEntry:
    title: str
    abbreviations: tuple[str, ...]
    category: str


@attrs.frozen
class RoleEntry:
    role: str
    plural: str
    root: str


def read_rows(filename: str) -> Iterator[list[str]]:
    """Rows of a package TSV file, header skipped."""
    data = resources.files("attribution").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    lines = data.splitlines()
    for line in lines[1:]:
        if line and not line.startswith("#"):
            yield line.split("\t")


def _split(field: str) -> tuple[str, ...]:
    return tuple(part for part in field.split("|") if part)


@functools.cache
def outlets() -> tuple[OutletEntry, ...]:
    return tuple(
        OutletEntry(name=row[0], aliases=_split(row[1]), kind=row[2], country=row[3] or None)
        for row in read_rows("outlets.tsv")
    )


@functools.cache
def places() -> dict[str, PlaceEntry]:
    """Place name -> the most likely place of that name (canonical first, then population)."""
    best: dict[str, PlaceEntry] = {}
    for row in read_rows("places_tz.tsv"):
        entry = PlaceEntry(
            place=row[0],
            kind=row[1],
            timezone=row[2],
            country=row[3],
            population=int(row[4] or 0),
            canonical=row[5],
        )
        current = best.get(entry.place)
        if current is None or _place_rank(entry) > _place_rank(current):
            best[entry.place] = entry
    return best


def _place_rank(entry: PlaceEntry) -> tuple[bool, int]:
    return (entry.place == entry.canonical, entry.population)


@functools.cache
def country_zones() -> dict[str, tuple[str, ...]]:
    """Country code -> its zones, the default zone first."""
    zones: dict[str, list[str]] = {}
    for code, _country, zone, default in read_rows("country_zones.tsv"):
        bucket = zones.setdefault(code, [])
        if default == "yes":
            bucket.insert(0, zone)
        else:
            bucket.append(zone)
    return {code: tuple(found) for code, found in zones.items()}


@functools.cache
def titles() -> tuple[TitleEntry, ...]:
    return tuple(
        TitleEntry(title=row[0], abbreviations=_split(row[1]), category=row[2]) for row in read_rows("titles.tsv")
    )


@functools.cache
def roles() -> tuple[RoleEntry, ...]:
    return tuple(RoleEntry(role=row[0], plural=row[1], root=row[2]) for row in read_rows("roles.tsv"))


@attrs.frozen
class VerbEntry:
    lemma: str
    forms: tuple[str, ...]
    stance: str
    frame: str  # "clause": takes a reported clause; "np": an object; "quote": only beside a quote


@functools.cache
def reporting_verbs() -> tuple[VerbEntry, ...]:
    return tuple(
        VerbEntry(lemma=row[0], forms=_split(row[1]), stance=row[2], frame=row[3])
        for row in read_rows("reporting_verbs.tsv")
    )
