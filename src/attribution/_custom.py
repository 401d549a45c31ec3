"""User additions to the built-in lexicons, without editing the package."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from ._errors import InputTypeError

STANCES = ("assert", "deny", "confirm")


def _outlet_rows(value: object) -> tuple[tuple[str, ...], ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if isinstance(value, Mapping):
        rows = [(str(name), *(str(alias) for alias in aliases)) for name, aliases in value.items()]
    elif isinstance(value, Iterable):
        rows = []
        for item in value:
            if isinstance(item, str):
                rows.append((item,))
            elif isinstance(item, Iterable):
                rows.append(tuple(str(part) for part in item))
            else:
                raise InputTypeError(f"an outlet is a name or a sequence of names, not {type(item).__name__}")
    else:
        raise InputTypeError(f"outlets must be names or a mapping of name to aliases, not {type(value).__name__}")
    return tuple(row for row in rows if row and all(part.strip() for part in row))


def _verb_rows(value: object) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    pairs: list[tuple[str, str]] = []
    if isinstance(value, Mapping):
        pairs = [(str(form), str(stance)) for form, stance in value.items()]
    elif isinstance(value, Iterable):
        pairs = [(str(form), "assert") for form in value]
    else:
        raise InputTypeError(
            f"reporting_verbs must be forms or a mapping of form to stance, not {type(value).__name__}"
        )
    for form, stance in pairs:
        if stance not in STANCES:
            raise InputTypeError(f"stance of {form!r} must be one of {', '.join(STANCES)}, not {stance!r}")
        if not form.strip() or " " in form.strip():
            raise InputTypeError(f"a reporting verb is one word form, not {form!r}")
    return tuple(sorted((form.strip(), stance) for form, stance in pairs))


@attrs.frozen
class Lexicon:
    """Outlets and reporting verbs to recognise on top of the built-in lists.

    >>> from attribution import Lexicon, analyze
    >>> extra = Lexicon(outlets={"Harbour Gazette": ["the Gazette"]}, reporting_verbs={"opined": "assert"})
    >>> article = analyze("The mayor told the Harbour Gazette that the pier would reopen.", lexicon=extra)
    >>> [v.name for v in article.statements[0].via]
    ['Harbour Gazette']

    ``outlets``: names, or a mapping of canonical name to aliases (every alias gives
    the canonical name). ``reporting_verbs``: word forms ("opined", "opines"), or a
    mapping of form to stance (``assert``, ``deny`` or ``confirm``).
    """

    outlets: tuple[tuple[str, ...], ...] = attrs.field(default=(), converter=_outlet_rows)
    reporting_verbs: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_verb_rows)
