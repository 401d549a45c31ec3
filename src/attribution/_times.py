"""Time expressions (placeholder until the times issue lands)."""

from __future__ import annotations

from datetime import date, datetime

from ._models import TimeExpression
from ._segment import Document


def find_times(document: Document, published: date | datetime | None) -> list[TimeExpression]:
    return []
