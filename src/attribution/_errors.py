"""Exceptions: each is a ``TypeError`` or ``ValueError`` so callers can catch the usual way."""

from __future__ import annotations


class AttributionError(Exception):
    """Base class of every error this library raises on purpose."""


class InputTypeError(AttributionError, TypeError):
    """An argument has the wrong type (``bytes`` instead of ``str``, say)."""


class InvalidDateError(AttributionError, ValueError):
    """A ``published`` value that cannot be read as a date; the message quotes it."""


class TextTooLongError(AttributionError, ValueError):
    """The text is longer than the configured maximum."""
