"""Who said what, via which outlet, about how many casualties, and when.

>>> from attribution import analyze
>>> article = analyze("Two people were killed, police said.", published="2020-01-04")
>>> isinstance(article.to_dict()["statements"], list)
True
"""

from __future__ import annotations

from ._custom import Lexicon
from ._errors import AttributionError, InputTypeError, InvalidDateError, TextTooLongError
from ._models import (
    Article,
    CasualtyCount,
    CasualtySummary,
    ClaimedFigure,
    Outlet,
    Span,
    Speaker,
    Statement,
    TimeExpression,
)
from ._pipeline import DEFAULT_MAX_LENGTH, analyze

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_LENGTH",
    "Article",
    "AttributionError",
    "CasualtyCount",
    "CasualtySummary",
    "ClaimedFigure",
    "InputTypeError",
    "InvalidDateError",
    "Lexicon",
    "Outlet",
    "Span",
    "Speaker",
    "Statement",
    "TextTooLongError",
    "TimeExpression",
    "__version__",
    "analyze",
]
