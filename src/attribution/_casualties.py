"""Casualty counts (placeholder until the casualties issue lands)."""

from __future__ import annotations

from ._models import CasualtyCount
from ._segment import Document


def find_casualties(document: Document) -> list[CasualtyCount]:
    return []
