"""Time zones for clock times: explicit abbreviations and the zone of the place a story is about.

An explicit zone ("0820 GMT", "10:20 a.m. ET") wins. "local time", or a clock
time with no zone at all, takes the zone of the place the sentence names, else
the article's place (its dateline first: "ISTANBUL - ..."), looked up in the
package's place table and turned into the UTC offset in force on that date
through :mod:`zoneinfo`, so summer time is honoured.

Ambiguous abbreviations, and the reading chosen for each (English-language news usage):

- ``IST``: India Standard Time (+05:30), not Irish Summer or Israel Standard Time.
- ``BST``: British Summer Time (+01:00), not Bangladesh Standard Time.
- ``CST``: US Central Standard Time (-06:00), not China Standard Time.
- ``AST`` (Arabia or Atlantic) and ``ADT`` are left out: no reading is safe.
- The generic US names ``ET``/``CT``/``MT``/``PT`` name a zone, so their offset
  follows daylight saving; ``EST``/``EDT`` etc. are fixed offsets as written.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import regex

from . import _lexicon
from ._lazy import lazy_compile

ZONE_NAMES: Final[dict[str, str]] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
"""Abbreviations that name a region's civil time: the offset depends on the date."""

US_REGIONS: Final = frozenset({"Eastern", "Central", "Mountain", "Pacific"})
"""Spelled-out US zones ("3 p.m. Eastern", "Pacific Daylight Time"), read through their abbreviations."""

FIXED_OFFSETS: Final[dict[str, tuple[int, int]]] = {
    "GMT": (0, 0),
    "UTC": (0, 0),
    "UT": (0, 0),
    "Z": (0, 0),
    "WET": (0, 0),
    "WEST": (1, 0),
    "BST": (1, 0),
    "CET": (1, 0),
    "CEST": (2, 0),
    "EET": (2, 0),
    "EEST": (3, 0),
    "MSK": (3, 0),
    "GST": (4, 0),
    "PKT": (5, 0),
    "IST": (5, 30),
    "ICT": (7, 0),
    "WIB": (7, 0),
    "HKT": (8, 0),
    "SGT": (8, 0),
    "AWST": (8, 0),
    "JST": (9, 0),
    "KST": (9, 0),
    "ACST": (9, 30),
    "AEST": (10, 0),
    "AEDT": (11, 0),
    "NZST": (12, 0),
    "NZDT": (13, 0),
    "EST": (-5, 0),
    "EDT": (-4, 0),
    "CST": (-6, 0),
    "CDT": (-5, 0),
    "MST": (-7, 0),
    "MDT": (-6, 0),
    "PST": (-8, 0),
    "PDT": (-7, 0),
    "AKST": (-9, 0),
    "AKDT": (-8, 0),
    "HST": (-10, 0),
}
"""Abbreviations with one fixed UTC offset (hours, minutes; minutes share the sign of hours)."""

ABBREVIATIONS: Final[tuple[str, ...]] = tuple(
    sorted({*ZONE_NAMES, *FIXED_OFFSETS} - {"Z", "UT"}, key=len, reverse=True)
)
"""Every abbreviation the time patterns accept after a clock time, longest first."""

PLACE_OVERRIDES: Final[dict[str, str]] = {"Washington": "America/New_York"}
"""Names whose news reading differs from the table's most populous entry (the capital, not the state)."""

STREET_WORDS: Final = frozenset(
    {"Ave", "Avenue", "St", "Street", "Road", "Rd", "Blvd", "Boulevard", "Drive", "Dr", "Lane", "Ln", "Way", "Court",
     "Highway", "Hwy", "Parkway", "Pkwy", "Place", "Square", "Terrace", "Trail", "Circle"}
)  # fmt: skip
DIRECTION_WORDS: Final = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper",
     "Lower", "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern",
     "Southwestern", "Inner", "Outer"}
)  # fmt: skip
CALENDAR_WORDS: Final = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)  # fmt: skip
"""Words that name towns somewhere ("March", "Friday") but in a news sentence are dates."""
OPENING_WORDS: Final = frozenset(
    {"In", "The", "On", "At", "A", "An", "From", "For", "And", "But", "Of", "To", "When", "After", "Before", "While",
     "Since", "During", "Near", "Outside", "Inside", "Across", "Throughout", "Like", "Unlike", "As", "If"}
)  # fmt: skip
"""Sentence-opening words that join a capitalized run ("In Baghdad") without being part of a name."""
INSTITUTION_WORDS: Final = frozenset(
    {"Police", "Department", "County", "City", "Airport", "Mayor", "Governor", "Gov", "Sheriff", "Fire", "Station",
     "Council", "University", "Hospital", "Court", "State", "Province", "Region", "Metropolitan", "Metro", "Area",
     "Municipality", "District", "Township", "Parish", "Officials", "Authorities", "Authority", "Public", "Schools",
     "Community", "International", "Central", "Harbor", "Harbour", "Port"}
)  # fmt: skip
"""Capitalized words that may follow a town's name without making it a person's name."""
KIND_RANK: Final[dict[str, int]] = {"city": 3, "region": 3, "country": 2, "demonym": 1}

# Capitalized runs of up to four words ("Buenos Aires", "Saudi Arabia"); names are looked up
# longest first inside each run, so one scan of a sentence finds every place it names.
CAPITALIZED_RE: Final = lazy_compile(r"\p{Lu}[\p{L}.'’-]{0,30}+(?:[ ]\p{Lu}[\p{L}.'’-]{0,30}+){0,2}+")
DATELINE_RE: Final = lazy_compile(
    r"""^(?P<place>\p{Lu}[\p{Lu}.'’-]{1,30}+(?:[ ]\p{Lu}[\p{Lu}.'’-]{0,30}+){0,3}+)
        (?:/[\p{Lu} ]{1,40}+)*+(?:,[ ][\p{L}. ]{2,40}?)?[ ]?[-—–(]""",
    regex.VERBOSE,
)
POSSESSIVE_RE: Final = lazy_compile(r"['’]s?$")


@functools.cache
def zone_info(name: str) -> tzinfo | None:
    """The IANA zone of that name, or None when this system lacks it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def abbreviation(written: str) -> str:
    """The abbreviation of a written zone: "(GMT)" -> "GMT", "Pacific Daylight Time" -> "PDT", "Eastern" -> "ET"."""
    words = written.strip("()").split()
    if words and words[0] in US_REGIONS:
        middle = {"Standard": "S", "Daylight": "D"}.get(words[1] if len(words) > 1 else "", "")
        return f"{words[0][0]}{middle}T"
    return " ".join(words).upper()


def abbreviation_zone(abbreviation: str) -> tzinfo | None:
    """The zone an explicit abbreviation ("GMT", "ET") stands for."""
    key = abbreviation.upper()
    if key in ZONE_NAMES:
        return zone_info(ZONE_NAMES[key])
    offset = FIXED_OFFSETS.get(key)
    if offset is None:
        return None
    hours, minutes = offset
    sign = -1 if hours < 0 else 1
    return timezone(timedelta(hours=hours, minutes=sign * minutes))


def localize(day: date, clock: time, zone: tzinfo | None) -> str:
    """ISO 8601 minute value of that wall-clock time, with the offset in force then if the zone is known."""
    moment = datetime.combine(day, clock)
    if zone is None:
        return moment.isoformat(timespec="minutes")
    return iso_minutes(moment.replace(tzinfo=zone))


def iso_minutes(moment: datetime) -> str:
    """``isoformat`` to the minute, with the UTC offset rounded to whole minutes.

    Before a place adopted standard time, tzdb gives its local mean time, whose
    offset has seconds ("+00:09:21" in Paris before 1911); ISO 8601 has no way to
    write them, so the nearest minute stands in.
    """
    offset = moment.utcoffset()
    if offset is not None and offset.seconds % 60:
        rounded = timezone(timedelta(minutes=round(offset.total_seconds() / 60)))
        moment = moment.replace(tzinfo=rounded)
    return moment.isoformat(timespec="minutes")


def offset_between(day: date, local: time, other: time, other_zone: tzinfo) -> tzinfo | None:
    """The fixed zone that makes ``local`` the same moment as ``other`` in ``other_zone`` (a bracketed gloss)."""
    there = datetime.combine(day, other, tzinfo=other_zone)
    base = there.utcoffset()
    if base is None:
        return None
    minutes = (local.hour * 60 + local.minute) - (other.hour * 60 + other.minute) + int(base.total_seconds() // 60)
    minutes = (minutes + 12 * 60) % (24 * 60) - 12 * 60
    if minutes % 15:
        return None
    return timezone(timedelta(minutes=minutes))


@functools.lru_cache(maxsize=8192)
def place_zone(name: str) -> tuple[str, int] | None:
    """(IANA zone, kind rank) of a place name, or None when the table does not know it."""
    override = PLACE_OVERRIDES.get(name)
    if override is not None:
        return override, KIND_RANK["region"]
    entry = _lexicon.places().get(name)
    if entry is None:
        return None
    return entry.timezone, KIND_RANK.get(entry.kind, 0)


def places_in(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """(offset, IANA zone, kind rank) for each place named in ``text[start:end]``."""
    found: list[tuple[int, str, int]] = []
    for match in CAPITALIZED_RE.finditer(text, start, end):
        places = _run_places(match.group())
        if places:
            at = match.start()
            found.extend((at + offset, zone, rank) for offset, zone, rank in places)
    return found


@functools.lru_cache(maxsize=16384)
def _run_places(run: str) -> tuple[tuple[int, str, int], ...]:
    """The places in one run of capitalized words, at offsets inside the run. It depends on the run alone,
    and the same runs ("The", "He said", "New York") come back in article after article."""
    known = _lexicon.places()
    found: list[tuple[int, str, int]] = []
    words = run.split(" ")
    offset = 0
    index = 0
    if words[-1].rstrip(".,") in STREET_WORDS:
        return ()  # "Van Buren Ave.": an address, not the town of Van
    while index < len(words):
        size = 1
        if index and words[index - 1] not in DIRECTION_WORDS and words[index - 1] not in OPENING_WORDS:
            break  # inside a longer name ("New Britain", "Prince George's County") only after "Northern" etc.
        for size in range(len(words) - index, 0, -1):
            raw = " ".join(words[index : index + size]) if size > 1 else words[index]
            name = POSSESSIVE_RE.sub("", raw).rstrip(".,") if raw.endswith(("'s", "’s", "'", "’", ".", ",")) else raw
            if (name in known or name in PLACE_OVERRIDES) and name not in CALENDAR_WORDS:
                hit = place_zone(name)
                following = words[index + size] if index + size < len(words) and name == raw else None
                if (
                    hit is not None
                    and following is not None
                    and name not in PLACE_OVERRIDES
                    and known[name].kind == "city"
                    and following.rstrip(".,'’s") not in INSTITUTION_WORDS
                ):
                    break  # "Victoria Beckham", "Florence Nightingale": a person named like a town
                if hit is not None:
                    found.append((offset, hit[0], hit[1]))
                    break
        else:
            size = 1
        offset += sum(len(word) + 1 for word in words[index : index + size])
        index += size
    return tuple(found)


def sentence_zone(text: str, start: int, end: int, near: int) -> str | None:
    """The zone of the place a sentence is about: the most specific kind, then the nearest to ``near``."""
    best: tuple[int, int] | None = None
    zone: str | None = None
    for offset, name, rank in places_in(text, start, end):
        key = (rank, -abs(offset - near))
        if best is None or key > best:
            best, zone = key, name
    return zone


def dateline_zone(text: str, start: int, end: int) -> str | None:
    """The zone of a dateline place at the start of a paragraph ("ISTANBUL - ", "KARACHI, Pakistan - ")."""
    match = DATELINE_RE.match(text, start, end)
    if match is None:
        return None
    name = " ".join(word.capitalize() if word.isalpha() else word for word in match.group("place").split(" "))
    hit = place_zone(name)
    return hit[0] if hit is not None else None
