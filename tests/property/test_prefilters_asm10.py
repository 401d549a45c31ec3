"""Tenth speed round, assembly and cues: each shortcut against the code it replaced."""

from __future__ import annotations

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._cues import (
    ACCORDING_NOUN_RE,
    BY_CODES,
    HEDGE_RE,
    LIVES_RE,
    NOUN_AFTER,
    NOUN_BEFORE,
    Cue,
    CueSet,
    _code_spans,
    _scan,
    _word_spans,
    cue_set,
    is_hedged,
    is_hedged_either,
)


def _scan_reference(cues: CueSet, text: str, bounds: list[int], start: int, end: int) -> list[Cue]:
    """_scan as it was before round 10 (the word after sliced for every form, the noun tests on
    slices of the form)."""
    found: list[Cue] = []
    append = found.append
    surfaces = cues.surfaces
    words = cues.words
    table = cues.table
    by_words = words is not None and cues.lead_re is not None
    for k in range(0, len(bounds), 2):
        low, high = bounds[k], bounds[k + 1]
        if not by_words or words is None:
            spans = cues._pattern_spans(text, low, high)
        elif BY_CODES and table is not None:
            spans = _code_spans(text, low, high, surfaces, table)
        else:
            spans = _word_spans(text, low, high, words)
        for at, stop in spans:
            if at > start and text[at - 1] == " ":
                floor = at - 12 if at - 12 > start else start
                space = text.rfind(" ", floor, at - 1)
                if text[space + 1 if space >= 0 else floor : at - 1].lower() in NOUN_BEFORE:
                    continue
            if stop < end and text[stop] == " ":
                limit = stop + 14 if stop + 14 < end else end
                space = text.find(" ", stop + 1, limit)
                if text[stop + 1 : space if space >= 0 else limit].rstrip(".,;:") in NOUN_AFTER:
                    continue
            surface = text[at:stop]
            if (
                surface[:4] == "repo"
                and surface[-1:] != "d"
                and "ing to " in text[at - 48 if at > 48 else 0 : at]
                and ACCORDING_NOUN_RE.search(text, at - 48 if at > 48 else 0, at) is not None
            ):
                continue
            if surface[1:5] == "laim" and "li" in text[stop : stop + 32] and LIVES_RE.match(text, stop, end):
                continue
            lemma, stance, frame = surfaces.get(surface) or cues.forms[surface.lower()]
            append(Cue(at, stop, lemma, stance, frame))
    return found


# Forms the noun tests look at ("report" but not "reported", "claim"), forms of four letters or
# fewer, user forms that start like them, the words NOUN_AFTER holds with and without trailing
# marks, their neighbours ("sad", "ware", "issue"), the context "according to" and "lives" need,
# and non-ASCII characters.
SCAN_PIECES = [
    "report", "reports", "Reports", "reported", "reporting", "repo", "repose", "claim", "claimed", "Claims",
    "proclaim", "said", "says", "told", "ask", "add", "say", "opined", "clai", "according to ", "According to the ",
    "union ", "lives", "life", "the life of", " ", " ", " ", "  ", ",", ".", ";", ":", "said.", "were,", "is;",
    "have:", "has", "had", "sad", "ware", "issue", "circulated", "surfaced", "emerged", "show", "The", "the", "his",
    "x", "é", "ж", "’", "-", "\n",
]  # fmt: skip
USER_FORMS = (("repost", "assert"), ("reclaim", "assert"), ("opined", "assert"), ("claimx", "assert"))


@settings(max_examples=400)
@example(["the", " ", "report", " ", "said"], 0, 0, [])
@example(["according to ", "union ", "report"], 0, 0, [])
@example(["according to ", "union ", "reported"], 0, 0, [])
@example(["claimed", " ", "three ", "lives"], 0, 0, [])
@example(["said", " ", "were,"], 0, 0, [])
@example(["said", " "], 0, 0, [])
@given(
    st.lists(st.sampled_from(SCAN_PIECES), max_size=20),
    st.integers(0, 6),
    st.integers(0, 6),
    st.lists(st.integers(0, 200), max_size=4),
)
def test_scan_finds_what_it_found_before(pieces: list[str], lead: int, trail: int, cuts: list[int]) -> None:
    text = "".join(pieces)
    start = min(lead, len(text))
    end = max(start, len(text) - trail)
    bounds = sorted({start, end, *(start + cut % (end - start + 1) for cut in cuts)})
    if len(bounds) % 2:
        bounds = bounds[:-1]
    for cues in (cue_set(), cue_set(USER_FORMS)):
        for scanner in (cues, attrs.evolve(cues, lead_re=None), attrs.evolve(cues, words=None)):
            assert _scan(scanner, text, bounds, start, end) == _scan_reference(scanner, text, bounds, start, end)


HEDGE_PIECES = [
    "reportedly", "Reportedly", "REPORTEDLY", "repeatedly", "allegedly", "purportedly", "supposedly", "may have",
    "May Have", "might have", "could have", "would have", "have", "unconfirmed", "UNVERIFIED", "unverified", "edly",
    "ſupposedly", "unconfİrmed", "unverıfied", "\u212a", "Σ", "x", " ", "  ", ",", ".", "\n", "é",
]  # fmt: skip


@settings(max_examples=500)
@example(["reportedly"], 0, 10, 0, 0)
@example(["x", " ", "allegedly", " ", "x"], 0, 3, 5, 20)
@example(["ſupposedly"], 0, 10, 0, 10)
@given(
    st.lists(st.sampled_from(HEDGE_PIECES), max_size=14),
    st.integers(0, 200),
    st.integers(0, 200),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_hedged_either_is_either_hedged(pieces: list[str], a: int, b: int, c: int, d: int) -> None:
    text = "".join(pieces)
    size = len(text) + 1
    start, end = sorted((a % size, b % size))
    low, high = sorted((c % size, d % size))
    # The pattern itself is the reference: is_hedged shares the substring test with is_hedged_either.
    expected = HEDGE_RE.search(text, start, end) is not None or HEDGE_RE.search(text, low, high) is not None
    assert (is_hedged(text, start, end) or is_hedged(text, low, high)) == expected
    assert is_hedged_either(text, start, end, low, high) == expected
