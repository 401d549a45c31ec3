"""Result classes: frozen, slotted, and every one keeps its offsets into the input."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Literal

import attrs

SpeakerKind = Literal["person", "anonymous", "organization", "outlet", "report", "unknown"]
Stance = Literal["assert", "deny", "confirm"]
CasualtyKind = Literal["killed", "injured", "missing"]

SPEAKER_KINDS: tuple[str, ...] = ("person", "anonymous", "organization", "outlet", "report", "unknown")
STANCES: tuple[str, ...] = ("assert", "deny", "confirm")
CASUALTY_KINDS: tuple[str, ...] = ("killed", "injured", "missing")


@attrs.frozen
class Span:
    """A piece of the input: ``article.text[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@attrs.frozen
class Speaker:
    """Who a statement comes from.

    ``text`` is the mention at the statement ("he", "Mr Ravanchi"); ``name`` is the
    most informative form found in the article ("Majid Takht Ravanchi").
    """

    text: str
    name: str
    kind: SpeakerKind
    start: int
    end: int
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "name": self.name,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
        }
        if self.role is not None:
            out["role"] = self.role
        return out


@attrs.frozen
class Outlet:
    """A news outlet or platform a statement passed through, with its canonical name."""

    name: str
    text: str
    start: int
    end: int
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "text": self.text, "start": self.start, "end": self.end}
        if self.kind is not None:
            out["kind"] = self.kind
        return out


@attrs.frozen
class Statement:
    """A proposition the article attributes to a source through a reporting cue."""

    content: Span
    speaker: Speaker | None
    cue: Span | None
    via: tuple[Outlet, ...] = ()
    direct: bool = False
    stance: Stance = "assert"
    hedged: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "via": [outlet.to_dict() for outlet in self.via],
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "direct": self.direct,
            "stance": self.stance,
            "hedged": self.hedged,
        }


@attrs.frozen
class CasualtyCount:
    """A number of people killed, injured or missing; ``None`` bounds are open."""

    kind: CasualtyKind
    low: int | None
    high: int | None
    text: str
    start: int
    end: int
    approximate: bool = False
    hedged: bool = False
    who: str | None = None
    statement: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "low": self.low,
            "high": self.high,
            "approximate": self.approximate,
            "hedged": self.hedged,
            "who": self.who,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "statement": self.statement,
        }


@attrs.frozen
class TimeExpression:
    """A calendar or clock expression and its ISO 8601 value (``None`` when unanchored)."""

    text: str
    start: int
    end: int
    value: str | None
    timezone: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end, "value": self.value}
        if self.timezone is not None:
            out["timezone"] = self.timezone
        return out


@attrs.frozen
class ClaimedFigure:
    """One end of a casualty range and who claims it (``None`` for the narrator)."""

    value: int
    source: str | None
    count: int


@attrs.frozen
class CasualtySummary:
    """The lowest and highest figure claimed for one casualty kind, as UCDP's low/high."""

    kind: CasualtyKind
    lowest: ClaimedFigure
    highest: ClaimedFigure


@attrs.frozen
class Article:
    """Everything found in one article."""

    text: str
    published: date | datetime | None = None
    outlet: str | None = None
    statements: tuple[Statement, ...] = ()
    casualties: tuple[CasualtyCount, ...] = ()
    times: tuple[TimeExpression, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``spec/OUTPUT.md`` (plus a few extra fields)."""
        return {
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "statements": [s.to_dict() for s in self.statements],
            "casualties": [c.to_dict() for c in self.casualties],
            "times": [t.to_dict() for t in self.times],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def casualty_summary(self) -> dict[str, CasualtySummary]:
        """Per kind, the conservative and the largest figure claimed, and who claims each.

        For the lowest claim a count offers its lower bound (else its upper bound); for
        the highest, its upper bound (else its lower bound): "between 6 and 8" claims
        at least 6 and as many as 8. Ties go to the earliest count.
        """
        lows: dict[str, list[tuple[int, int]]] = {}
        highs: dict[str, list[tuple[int, int]]] = {}
        for index, count in enumerate(self.casualties):
            low = count.low if count.low is not None else count.high
            high = count.high if count.high is not None else count.low
            if low is not None and high is not None:
                lows.setdefault(count.kind, []).append((low, index))
                highs.setdefault(count.kind, []).append((high, index))
        summary: dict[str, CasualtySummary] = {}
        for kind, figures in lows.items():
            lowest = min(figures, key=lambda pair: (pair[0], pair[1]))
            highest = max(highs[kind], key=lambda pair: (pair[0], -pair[1]))
            summary[kind] = CasualtySummary(
                kind=self.casualties[lowest[1]].kind,
                lowest=self._claimed(*lowest),
                highest=self._claimed(*highest),
            )
        return summary

    def _claimed(self, value: int, index: int) -> ClaimedFigure:
        statement_index = self.casualties[index].statement
        source: str | None = None
        if statement_index is not None and 0 <= statement_index < len(self.statements):
            speaker = self.statements[statement_index].speaker
            source = speaker.name if speaker else None
        return ClaimedFigure(value=value, source=source, count=index)
