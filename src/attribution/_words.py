"""Small word lists written inline: one string, split on whitespace."""

from __future__ import annotations

from typing import Final


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The short prepositions that end a name or a source phrase ("the mayor of", "a source in").
PREPOSITIONS: Final = wordset("for of at from in with to on by near about")
