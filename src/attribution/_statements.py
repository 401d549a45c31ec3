"""Attributed statements (placeholder until the statements issue lands)."""

from __future__ import annotations

from ._models import Statement
from ._segment import Document


def find_statements(document: Document, *, outlet: str | None = None) -> list[Statement]:
    return []
