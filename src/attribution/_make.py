"""Result objects built without running their attrs ``__init__``, for the pipeline's hot paths.

Why: a frozen attrs class sets each field through ``object.__setattr__`` inside a generated
``__init__`` that stays interpreted even in the compiled build; building the few objects of a
statement that way was about 5% of the compiled pipeline's instructions. These functions make
the same objects by writing each slot through its descriptor: equal, hashed, printed, pickled
and frozen exactly like ``Span(...)`` (tests/property/test_make.py compares them field by field).
The models have no validators, converters or post-init hooks that this would skip; the test
also fails if a model gains or reorders a field these functions do not set. One function per
model, spelled out rather than a loop over a table of setters, so that mypy checks each
argument against its field's type.

Compiled, each slot is written by ``object.__setattr__(made, "name", value)``, which mypyc
turns into one ``PyObject_GenericSetAttr`` call: the type's cached look-up finds the same
member descriptor and runs the same setter, skipping the frozen class's own ``__setattr__``
exactly as the descriptor does, at about a third of the cost of calling the descriptor's
bound ``__set__`` (a tuple of arguments per call). Interpreted, that spelling costs more than
the bound setter, so the pure build keeps the setters (``BY_SETATTR`` picks; the test runs both).
"""

from __future__ import annotations

from typing import Any, Final

from ._models import CasualtyCount, Outlet, Span, Speaker, Statement, TimeExpression

# Each class is passed to ``_NEW`` as a prebuilt one-tuple, ``_NEW(*_SPAN_NEW)``: the call then
# hands that tuple to object.__new__ as its arguments (no tuple built per call, and a static
# rather than a module-dict probe when compiled), about 200 instructions less a call either way.
_NEW: Final[Any] = object.__new__
# True when compiled (the module is an extension, not a .py file): see the module docstring.
BY_SETATTR: Final = not __file__.endswith(".py")


def _slot_setter(cls: type, name: str) -> Any:
    return cls.__dict__[name].__set__  # a member descriptor: KeyError at import if ``name`` is no slot


# The fields each function sets, in the model's order (the test holds them to attrs.fields).
SPAN_FIELDS: Final[tuple[str, ...]] = ("text", "start", "end")
_SPAN_NEW: Final[tuple[Any, ...]] = (Span,)
_SPAN_TEXT: Final = _slot_setter(Span, "text")
_SPAN_START: Final = _slot_setter(Span, "start")
_SPAN_END: Final = _slot_setter(Span, "end")


def span(text: str, start: int, end: int) -> Span:
    made: Span = _NEW(*_SPAN_NEW)
    if BY_SETATTR:
        object.__setattr__(made, "text", text)
        object.__setattr__(made, "start", start)
        object.__setattr__(made, "end", end)
    else:
        _SPAN_TEXT(made, text)
        _SPAN_START(made, start)
        _SPAN_END(made, end)
    return made


SPEAKER_FIELDS: Final[tuple[str, ...]] = ("text", "name", "kind", "start", "end", "role")
_SPEAKER_NEW: Final[tuple[Any, ...]] = (Speaker,)
_SPEAKER_TEXT: Final = _slot_setter(Speaker, "text")
_SPEAKER_NAME: Final = _slot_setter(Speaker, "name")
_SPEAKER_KIND: Final = _slot_setter(Speaker, "kind")
_SPEAKER_START: Final = _slot_setter(Speaker, "start")
_SPEAKER_END: Final = _slot_setter(Speaker, "end")
_SPEAKER_ROLE: Final = _slot_setter(Speaker, "role")


def speaker(text: str, name: str, kind: str, start: int, end: int, role: str | None = None) -> Speaker:
    made: Speaker = _NEW(*_SPEAKER_NEW)
    if BY_SETATTR:
        object.__setattr__(made, "text", text)
        object.__setattr__(made, "name", name)
        object.__setattr__(made, "kind", kind)
        object.__setattr__(made, "start", start)
        object.__setattr__(made, "end", end)
        object.__setattr__(made, "role", role)
    else:
        _SPEAKER_TEXT(made, text)
        _SPEAKER_NAME(made, name)
        _SPEAKER_KIND(made, kind)
        _SPEAKER_START(made, start)
        _SPEAKER_END(made, end)
        _SPEAKER_ROLE(made, role)
    return made


STATEMENT_FIELDS: Final[tuple[str, ...]] = ("content", "speaker", "cue", "via", "direct", "stance", "hedged")
_STATEMENT_NEW: Final[tuple[Any, ...]] = (Statement,)
_STATEMENT_CONTENT: Final = _slot_setter(Statement, "content")
_STATEMENT_SPEAKER: Final = _slot_setter(Statement, "speaker")
_STATEMENT_CUE: Final = _slot_setter(Statement, "cue")
_STATEMENT_VIA: Final = _slot_setter(Statement, "via")
_STATEMENT_DIRECT: Final = _slot_setter(Statement, "direct")
_STATEMENT_STANCE: Final = _slot_setter(Statement, "stance")
_STATEMENT_HEDGED: Final = _slot_setter(Statement, "hedged")


def statement(
    content: Span,
    speaker: Speaker | None,
    cue: Span | None,
    via: tuple[Outlet, ...],
    direct: bool,
    stance: str,
    hedged: bool,
) -> Statement:
    made: Statement = _NEW(*_STATEMENT_NEW)
    if BY_SETATTR:
        object.__setattr__(made, "content", content)
        object.__setattr__(made, "speaker", speaker)
        object.__setattr__(made, "cue", cue)
        object.__setattr__(made, "via", via)
        object.__setattr__(made, "direct", direct)
        object.__setattr__(made, "stance", stance)
        object.__setattr__(made, "hedged", hedged)
    else:
        _STATEMENT_CONTENT(made, content)
        _STATEMENT_SPEAKER(made, speaker)
        _STATEMENT_CUE(made, cue)
        _STATEMENT_VIA(made, via)
        _STATEMENT_DIRECT(made, direct)
        _STATEMENT_STANCE(made, stance)
        _STATEMENT_HEDGED(made, hedged)
    return made


OUTLET_FIELDS: Final[tuple[str, ...]] = ("name", "text", "start", "end", "kind")
_OUTLET_NEW: Final[tuple[Any, ...]] = (Outlet,)
_OUTLET_NAME: Final = _slot_setter(Outlet, "name")
_OUTLET_TEXT: Final = _slot_setter(Outlet, "text")
_OUTLET_START: Final = _slot_setter(Outlet, "start")
_OUTLET_END: Final = _slot_setter(Outlet, "end")
_OUTLET_KIND: Final = _slot_setter(Outlet, "kind")


def outlet(name: str, text: str, start: int, end: int, kind: str | None) -> Outlet:
    made: Outlet = _NEW(*_OUTLET_NEW)
    if BY_SETATTR:
        object.__setattr__(made, "name", name)
        object.__setattr__(made, "text", text)
        object.__setattr__(made, "start", start)
        object.__setattr__(made, "end", end)
        object.__setattr__(made, "kind", kind)
    else:
        _OUTLET_NAME(made, name)
        _OUTLET_TEXT(made, text)
        _OUTLET_START(made, start)
        _OUTLET_END(made, end)
        _OUTLET_KIND(made, kind)
    return made


TIME_FIELDS: Final[tuple[str, ...]] = ("text", "start", "end", "value", "timezone")
_TIME_NEW: Final[tuple[Any, ...]] = (TimeExpression,)
_TIME_TEXT: Final = _slot_setter(TimeExpression, "text")
_TIME_START: Final = _slot_setter(TimeExpression, "start")
_TIME_END: Final = _slot_setter(TimeExpression, "end")
_TIME_VALUE: Final = _slot_setter(TimeExpression, "value")
_TIME_TIMEZONE: Final = _slot_setter(TimeExpression, "timezone")


def time_expression(text: str, start: int, end: int, value: str | None, timezone: str | None) -> TimeExpression:
    made: TimeExpression = _NEW(*_TIME_NEW)
    if BY_SETATTR:
        object.__setattr__(made, "text", text)
        object.__setattr__(made, "start", start)
        object.__setattr__(made, "end", end)
        object.__setattr__(made, "value", value)
        object.__setattr__(made, "timezone", timezone)
    else:
        _TIME_TEXT(made, text)
        _TIME_START(made, start)
        _TIME_END(made, end)
        _TIME_VALUE(made, value)
        _TIME_TIMEZONE(made, timezone)
    return made


CASUALTY_FIELDS: Final[tuple[str, ...]] = (
    "kind", "low", "high", "text", "start", "end", "approximate", "hedged", "who", "statement",
)  # fmt: skip
_CASUALTY_NEW: Final[tuple[Any, ...]] = (CasualtyCount,)
_CASUALTY_KIND: Final = _slot_setter(CasualtyCount, "kind")
_CASUALTY_LOW: Final = _slot_setter(CasualtyCount, "low")
_CASUALTY_HIGH: Final = _slot_setter(CasualtyCount, "high")
_CASUALTY_TEXT: Final = _slot_setter(CasualtyCount, "text")
_CASUALTY_START: Final = _slot_setter(CasualtyCount, "start")
_CASUALTY_END: Final = _slot_setter(CasualtyCount, "end")
_CASUALTY_APPROXIMATE: Final = _slot_setter(CasualtyCount, "approximate")
_CASUALTY_HEDGED: Final = _slot_setter(CasualtyCount, "hedged")
_CASUALTY_WHO: Final = _slot_setter(CasualtyCount, "who")
_CASUALTY_STATEMENT: Final = _slot_setter(CasualtyCount, "statement")


def casualty_count(
    kind: str,
    low: int | None,
    high: int | None,
    text: str,
    start: int,
    end: int,
    approximate: bool,
    hedged: bool,
    who: str | None,
    statement: int | None,
) -> CasualtyCount:
    made: CasualtyCount = _NEW(*_CASUALTY_NEW)
    if BY_SETATTR:
        object.__setattr__(made, "kind", kind)
        object.__setattr__(made, "low", low)
        object.__setattr__(made, "high", high)
        object.__setattr__(made, "text", text)
        object.__setattr__(made, "start", start)
        object.__setattr__(made, "end", end)
        object.__setattr__(made, "approximate", approximate)
        object.__setattr__(made, "hedged", hedged)
        object.__setattr__(made, "who", who)
        object.__setattr__(made, "statement", statement)
    else:
        _CASUALTY_KIND(made, kind)
        _CASUALTY_LOW(made, low)
        _CASUALTY_HIGH(made, high)
        _CASUALTY_TEXT(made, text)
        _CASUALTY_START(made, start)
        _CASUALTY_END(made, end)
        _CASUALTY_APPROXIMATE(made, approximate)
        _CASUALTY_HEDGED(made, hedged)
        _CASUALTY_WHO(made, who)
        _CASUALTY_STATEMENT(made, statement)
    return made
