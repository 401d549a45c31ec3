"""Small word lists written inline: one string, split on whitespace."""

from __future__ import annotations


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())
