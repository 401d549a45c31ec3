"""Value semantics for the plain slotted classes made by the dozen per article.

Cues, quotes and paragraphs were attrs classes or named tuples; they became plain
classes because those are cheaper to build (and native classes in the compiled
build). They keep what they had: equality, hash and repr over their fields, in
field order.
"""

from __future__ import annotations

from typing import ClassVar


class FieldValue:
    """Equal, hashed and printed by the attributes ``FIELDS`` names, in that order."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.FIELDS)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldValue) and type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__name__}({fields})"
