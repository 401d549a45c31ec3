"""Module-level patterns compiled on first use instead of at import.

Why: ``regex`` takes tens of milliseconds to compile a large pattern (a few
thousand characters of alternations), and a module full of them made
``import attribution`` cost most of its 0.3 s budget before any text was seen.
``lazy_compile`` keeps the house style — a module-level ``*_RE`` constant,
compiled once per process — but defers that one compilation to the first call.

The stand-in compiles on the first attribute it is asked for, then stores the
compiled pattern's bound methods in its slots, so every later ``FOO_RE.search``
is a slot read (measured within a few percent of a compiled pattern on a tiny
search). It is not an instance of ``regex.Pattern``; nothing here needs that.
"""

from __future__ import annotations

import weakref
from typing import Any, cast

import regex

_COPIED = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "subf", "subfn", "split",
    "splititer", "scanner", "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


class _LazyPattern:
    __slots__ = ("__weakref__", "_source", *_COPIED)

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        _CREATED.add(self)

    def __getattr__(self, name: str) -> Any:
        # Reached only while a slot is empty, i.e. before the first compile (or for a name
        # no pattern has, which then raises AttributeError from the compiled pattern).
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = regex.compile(*self._source)
        for attribute in _COPIED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


_SEARCH_SLOT: Any = _LazyPattern.__dict__["search"]
# Every stand-in alive: compile_all walks them. Weak, so that a pattern made and dropped
# (in a test, say) is not kept, nor compiled, for ever.
_CREATED: weakref.WeakSet[_LazyPattern] = weakref.WeakSet()


def compile_all() -> int:
    """Compile every pattern still waiting for its first use; returns how many it compiled.

    For a long-running process that wants the one-time cost paid up front (a benchmark
    measuring steady throughput, a server before its first request); a test uses it to
    prove every pattern of the package compiles.
    """
    waiting = [pattern for pattern in list(_CREATED) if not _compiled(pattern)]
    for pattern in waiting:
        pattern.__getattr__("search")
    return len(waiting)


def _compiled(pattern: _LazyPattern) -> bool:
    try:
        _SEARCH_SLOT.__get__(pattern)  # the slot itself: hasattr would go through __getattr__ and compile
    except AttributeError:
        return False
    return True


def lazy_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, done on first use; a drop-in for module-level constants."""
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags))
