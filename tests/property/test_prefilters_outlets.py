"""OutletIndex.at's gates (a name's first token, a medium word ahead) change none of its answers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from attribution._outlets import (
    AFFILIATE_RE,
    GENERIC_OUTLET_RE,
    MAX_TOKENS,
    MEDIUM_AFTER,
    TOKEN_RE,
    OutletIndex,
    OutletMatch,
    outlet_index,
)

PIECES = [
    "The Associated Press", "Associated Press", "AP", "AP.", "Reuters", "Reuters'", "the Guardian", "The Guardian",
    "Guardian", "Hill", "the Hill", "The Hill", "Al Jazeera", "Ma'an News Agency", "People's Daily", "Scroll.in",
    "O Estado de S. Paulo", "CNN", "CNN’s", "NPR's Morning Edition", "Fox News", "Spectator", "interview", "state TV",
    "state-run media", "local media", "Turkish media", "the Dogan news agency", "a Kurdish news agency", "Example Wire",
    "EW", " affiliate ", " station ", "the ", "The ", "THE ", "said", "told", "reporters", "in", " ", " ", ", ", ". ",
    "’", "'", "-", "é", "Éric", "2", "\n", "(", ")", "“", "”",
]  # fmt: skip


def _old_at(index: OutletIndex, text: str, pos: int, limit: int) -> OutletMatch | None:
    """``OutletIndex.at`` before its gates, verbatim but for the recursion and the generic tail's helper."""
    generic = GENERIC_OUTLET_RE.match(text, pos, limit)
    best: OutletMatch | None = None
    tokens_end: list[int] = []
    cursor = pos
    for _ in range(MAX_TOKENS):
        token = TOKEN_RE.match(text, cursor, limit)
        if token is None:
            break
        end = token.end()
        while end > token.start() and text[end - 1] in ".'’":
            end -= 1
        tokens_end.append(end)
        if end >= limit or text[end] != " ":
            break
        cursor = end + 1
    article = text.startswith(("the ", "The "), pos)
    for end in reversed(tokens_end):
        found = index.names.get(text[pos:end])
        if found is None and article and end > pos + 4:
            found = index.after_the.get(text[pos + 4 : end]) or index.names.get(text[pos + 4 : end])
        if found is None and end < limit and text[end] == " " and text[pos:end] in index.after_the:
            space = text.find(" ", end + 1, end + 14)
            if text[end + 1 : space if space > 0 else min(limit, end + 14)].rstrip(".,;:") in MEDIUM_AFTER:
                found = index.after_the[text[pos:end]]
        if found is not None:
            affiliate = AFFILIATE_RE.match(text, end, limit)
            if affiliate is not None:
                local = _old_at(index, text, affiliate.end(), limit)
                if local is not None:
                    return local
            best = index._with_programme(text, pos, end, limit, found)
            break
    if generic is not None and (best is None or generic.end() > best.end):
        best = index._generic(text, generic)
    return best


INDEXES = (outlet_index(), outlet_index((("Example Wire", "EW", "the Wire"),)))


@given(st.lists(st.sampled_from(PIECES), max_size=8), st.integers(0, 1), st.integers(0, 6))
def test_gated_at_finds_what_the_ungated_lookup_found(pieces: list[str], which: int, trim: int) -> None:
    text = "".join(pieces)
    index = INDEXES[which]
    limit = max(0, len(text) - trim)
    for pos in range(limit + 1):
        assert index.at(text, pos, limit) == _old_at(index, text, pos, limit), (text, pos, limit)
