"""Titled names in narration ("Gov. Ann Lee"): where a title starts, and the run it opens.

``Registry.observe`` reads narration for people named with a title so that a later
"Lee said" resolves to them. Finding the titles is a job of its own: a search for
the title alternation at every character was the costly part, so the titles are
found by their first letters (``title_starts``) and the name pattern is tried only there.
"""

from __future__ import annotations

import re
from typing import Final

from ._lazy import lazy_compile

PERSON_RUN_RE: Final = lazy_compile(
    r"(?<![\p{L}\p{N}'’.-])(?:(?:President|Gov\.|Governor|Sen\.|Senator|Rep\.|Gen\.|Col\.|Sheriff|Mayor|Chief"
    r"|Minister|Secretary|Chancellor|Judge|Dr\.|Prof\.|King|Queen|Prince|Pope)\ )"
    r"\p{Lu}[\p{Ll}'’.-]++(?:\ (?:(?:al|de|bin|van|von|da|el|la)[\ -])?\p{Lu}[\p{L}'’-]++){1,3}+"
)
# The titles PERSON_RUN_RE starts with, found by the standard engine, which skips
# ahead to them far faster than ``regex`` scans for a look-behind at every position.
PERSON_TITLE_RE: Final = re.compile(
    r"(?:President|Gov\.|Governor|Sen\.|Senator|Rep\.|Gen\.|Col\.|Sheriff|Mayor|Chief"
    r"|Minister|Secretary|Chancellor|Judge|Dr\.|Prof\.|King|Queen|Prince|Pope)\ "
)
# PERSON_TITLE_RE's titles (with their space) by their first two letters, for title_starts.
TITLES_BY_PAIR: Final[dict[str, tuple[str, ...]]] = {
    "Pr": ("President ", "Prof. ", "Prince "),
    "Po": ("Pope ",),
    "Go": ("Gov. ", "Governor "),
    "Ge": ("Gen. ",),
    "Se": ("Sen. ", "Senator ", "Secretary "),
    "Sh": ("Sheriff ",),
    "Re": ("Rep. ",),
    "Co": ("Col. ",),
    "Ch": ("Chief ", "Chancellor "),
    "Ma": ("Mayor ",),
    "Mi": ("Minister ",),
    "Ju": ("Judge ",),
    "Dr": ("Dr. ",),
    "Ki": ("King ",),
    "Qu": ("Queen ",),
}
TITLE_LEADS: Final = "PGSRCMJDKQ"  # the pairs' first letters
# The titles by first letter, then by second: "P": {"r": ("President ", ...), "o": ("Pope ",)}.
TITLES_BY_LEAD: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    lead: {pair[1]: titles for pair, titles in TITLES_BY_PAIR.items() if pair[0] == lead} for lead in TITLE_LEADS
}


def title_starts(text: str) -> list[int]:
    """Every place PERSON_TITLE_RE matches in ``text`` (each place once), in order.

    Why: the pattern's search tries its set of first letters at every character (about 60
    instructions a character); finding each first letter with ``str.find`` (``memchr``) and
    comparing the titles its two letters start costs a fraction of that. The places are the
    same: the pattern is an alternation of literals, so it matches at a place exactly where
    one of them starts there (tests/property/test_prefilters_speakers7.py compares the two).
    """
    starts: list[int] = []
    last = len(text) - 1
    for lead in TITLE_LEADS:
        by_second = TITLES_BY_LEAD[lead]
        at = text.find(lead)
        while at >= 0:
            # The second letter picks the titles in one probe: a one-character string (Latin-1
            # ones are shared, their hash kept), where a two-letter slice was made, hashed and
            # looked up for each of some 50 capitals an article. A title is then compared in
            # place (str.find with bounds, a native call).
            titles = by_second.get(text[at + 1]) if at < last else None
            if titles is not None:
                for title in titles:
                    if text.find(title, at, at + len(title)) == at:
                        starts.append(at)
                        break
            at = text.find(lead, at + 1)
    starts.sort()
    return starts
