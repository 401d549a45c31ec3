"""The character tests in front of the phrase patterns give the answers of the patterns alone."""

from __future__ import annotations

import sys
from bisect import bisect_right

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution._cues import Cue
from attribution._exclusions import (
    ADVERBIAL_RE,
    AFTER_CLAUSE_HINT_RE,
    AFTER_CLAUSE_RE,
    idiom,
    infinitive,
    not_a_cue,
    noun_use,
)
from attribution._outlets import outlet_index
from attribution._phrases import (
    ADVERBIAL_FIRST,
    CLAUSE_END_ANCHORS,
    CLAUSE_END_HINT_RE,
    CLAUSE_END_RE,
    PP_THAT_LEMMAS,
    VIA_PREP_FIRST,
    VIA_PREP_RE,
    WINDOW,
    After,
    _at_end,
    _object,
    _outlets_in,
    _phrase_before_that,
    _that,
    after_cue,
    content_end,
    hinted_search,
)
from attribution._quotecues import (
    DASH_SOURCE_RE,
    LEAD_PUNCT_RE,
    SENTENCE_STOP_HINT_RE,
    SENTENCE_STOP_RE,
    _lead_end,
    _signature,
)
from attribution._spans import inside_any
from strategies import pieces_and_range, word_in_context

# The first-word pattern as the `regex` engine ran it before the standard engine took over.
REGEX_FIRST_WORD_RE = regex.compile(r",?+\ ([A-Za-z]++)")
OUTLETS = outlet_index(())


def _after_cue_reference(text: str, cue: Cue, end: int) -> After:
    """after_cue as it was before its inline cases: every step through its helper or pattern."""
    pos = cue.end
    via: list = []  # type: ignore[type-arg]
    limit = min(end, pos + WINDOW)
    if cue.lemma in {"tell", "assure", "warn"} and pos < limit:
        pos = _object(text, pos, limit, OUTLETS, via)
    first = None
    for _ in range(6):
        first = None
        if pos >= limit or text[pos] not in ", ":
            break
        first = REGEX_FIRST_WORD_RE.match(text, pos, limit)
        word = first.group(1) if first is not None else ""
        match = ADVERBIAL_RE.match(text, pos, limit) if word in ADVERBIAL_FIRST else None
        if match is not None and match.end() > pos:
            _outlets_in(text, match.start(), match.end(), OUTLETS, via)
            pos = match.end()
            continue
        prep = VIA_PREP_RE.match(text, pos, limit) if word in VIA_PREP_FIRST else None
        if prep is not None:
            found = OUTLETS.at(text, prep.end(), limit)
            if found is not None:
                via.append(found)
                pos = found.end
                continue
        break
    else:
        first = None
    if cue.lemma in PP_THAT_LEMMAS and pos + 1 < limit and text[pos] in ", ":
        if first is None:
            first = REGEX_FIRST_WORD_RE.match(text, pos, limit)
        if first is not None:
            pos = _phrase_before_that(text, pos, limit, OUTLETS, via, first)  # type: ignore[arg-type]
    that_end, has_that = _that(text, pos, end)
    if _at_end(text, pos, that_end, end):
        return After(None, has_that, True, via)
    return After(that_end, has_that, False, via)


PIECES = [
    " ", " ", ",", ", ", ".", ":", ";", "!", "?", '"', "“", "”", "’", "'", ")", "]", "»", "-", "—", " — ", "–",
    "―", "\xa0", "\n", "\t", "\u2003", "\x1c", "that", "that ", " that ", "on Monday", " Monday", "in a statement",
    " to reporters", " Reuters", " CNN", "the", "plan", "and", " and ", "but", " but ", "adding", " citing ", "he",
    "added", "said", "é", "1", "Vermont", " in ", " at a rally", " him", "also", " later", "according to", "e", "x",
    "A", "_", "$",
]  # fmt: skip
LEMMAS = ["say", "tell", "warn", "add", "announce", "accuse", "describe"]


@settings(max_examples=600)
@given(
    st.sampled_from(["said", "told", "warned", "added", "announced"]),
    st.sampled_from(LEMMAS),
    st.lists(st.sampled_from(PIECES), max_size=8),
    st.data(),
)
def test_after_cue_matches_the_helper_path(word: str, lemma: str, pieces: list[str], data: st.DataObject) -> None:
    text = "He " + word + "".join(pieces)
    cue = Cue(3, 3 + len(word), lemma, "assert", "clause")
    # The sentence's end is most often the text's end: draw it there half of the time.
    end = data.draw(st.integers(min_value=max(0, cue.end - 3), max_value=len(text)) | st.just(len(text)))
    assert after_cue(text, cue, end, OUTLETS) == _after_cue_reference(text, cue, end)


@given(pieces_and_range(PIECES, 16))
def test_content_end_matches_a_plain_search(case: tuple[str, int, int]) -> None:
    text, start, end = case
    match = CLAUSE_END_RE.search(text, start, end)
    assert content_end(text, start, end) == (match.start() if match is not None else end)


@given(st.lists(st.sampled_from(PIECES), max_size=16))
def test_clause_patterns_start_where_their_searches_start(pieces: list[str]) -> None:
    # content_end and clause_stop start their searches at the first of these sequences.
    text = "".join(pieces)
    for at in range(len(text)):
        if CLAUSE_END_RE.match(text, at) is not None:
            assert text.startswith(CLAUSE_END_ANCHORS, at)
        if AFTER_CLAUSE_RE.match(text, at) is not None:
            assert text.startswith((",", " and "), at)


@given(st.lists(st.sampled_from([*PIECES, "Ann Lee", "\u2029", "\x85"]), max_size=8))
def test_runs_after_a_closing_mark_match_their_patterns(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pos in range(len(text) + 1):
        dash = DASH_SOURCE_RE.match(text, pos, len(text))
        found = _signature(text, pos, len(text))
        assert (found.span() if found else None) == (dash.span() if dash else None)
        lead = LEAD_PUNCT_RE.match(text, pos, len(text))
        assert lead is not None
        assert _lead_end(text, pos, len(text)) == lead.end()


def test_every_pattern_space_is_a_python_space() -> None:
    # The character tests stop at a character that is not str.isspace and leave the rest to the
    # pattern only at one that is: sound only while every \s of `regex` is a str.isspace.
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert all(ch.isspace() for ch in regex.findall(r"\s", everything))


def _inside_any_reference(position: int, spans: list[tuple[int, int]]) -> bool:
    index = bisect_right(spans, position, key=lambda span: span[0]) - 1
    return index >= 0 and (
        position < spans[index][1]
        or any(spans[k][0] <= position < spans[k][1] for k in range(max(0, index - 2), index))
    )


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)), max_size=8), st.integers(0, 60))
def test_inside_any_matches_the_generic_neighbour_test(raw: list[tuple[int, int]], position: int) -> None:
    spans = sorted((start, start + length) for start, length in raw)
    assert inside_any(position, spans) == _inside_any_reference(position, spans)


# Word characters on which the two engines' \b may disagree (a combining mark, a joiner, a
# connector), for the hints that drop \b.
HINT_PIECES = [
    ",", ", ", " ", " and ", ", but ", "”", "—", " — ", ";", "he", "said", "adding", "according to", "also ",
    "although ", "walked", "quickly ", "e", " says", "\u0301", "\u200d", "\u203f", "_", "é",
]  # fmt: skip


@settings(max_examples=1000)
@given(pieces_and_range(HINT_PIECES, 10))
def test_hinted_searches_match_plain_searches(case: tuple[str, int, int]) -> None:
    text, start, end = case
    for pattern, hint in ((CLAUSE_END_RE, CLAUSE_END_HINT_RE), (AFTER_CLAUSE_RE, AFTER_CLAUSE_HINT_RE)):
        plain = pattern.search(text, start, end)
        hinted = hinted_search(pattern, hint, text, start, end)
        assert (hinted.span() if hinted else None) == (plain.span() if plain else None)


@settings(max_examples=500)
@given(st.lists(st.sampled_from(HINT_PIECES), max_size=8))
def test_hints_match_wherever_their_patterns_do(pieces: list[str]) -> None:
    text = "".join(pieces)
    for at in range(len(text)):
        for end in (len(text), *range(at, len(text), 3)):
            if CLAUSE_END_RE.match(text, at, end) is not None:
                assert CLAUSE_END_HINT_RE.match(text, at, end) is not None
            if AFTER_CLAUSE_RE.match(text, at, end) is not None:
                assert AFTER_CLAUSE_HINT_RE.match(text, at, end) is not None


NOT_A_CUE_LEADS = [
    "the", "The", "a", "an", "his", "their", "every", "mayor's", "who's", "to", "To", "TO", "having", "HAVING",
    "that", "being", "be", "BE", "without", "worth", "WORTH", "as", "was", "been", "many", "made", "of", "he",
    "İ", "\u212a", "Σ", "ΑΣ", "x", "-", ",", "",
]  # fmt: skip
NOT_A_CUE_WORDS = ["said", "Said", "say", "saying", "claims", "Reports", "noted", "expected", "told", "warned", "x"]
# The word right before the cue: the leads of the three tests, and words that fold to them.
NOT_A_CUE_LAST = [
    "having", "without", "to", "be", "worth", "been", "being", "as", "the", "his", "mayor's", "that", "many", "made",
    "HAVİNG", "WORTH", "\u212aeep", "",
]  # fmt: skip


@settings(max_examples=1000)
@given(
    word_in_context(
        leads=NOT_A_CUE_LEADS,
        max_leads=3,
        lasts=NOT_A_CUE_LAST,
        joints=[" ", " ", "", "\n"],
        words=NOT_A_CUE_WORDS,
        tails=["", " that", " that C", " by", ",", " things"],
        max_floor=40,
    )
)
def test_not_a_cue_matches_its_three_tests(case: tuple[str, int, int, int]) -> None:
    text, start, end, floor = case
    cue = Cue(start, end, text[start:end].lower(), "assert", "clause")
    spaced = cue.start > floor and text[cue.start - 1] == " "
    expected = (spaced and (infinitive(text, cue.start, floor) or noun_use(text, cue, floor))) or idiom(
        text, cue, floor
    )
    assert not_a_cue(text, cue, floor) == expected


STOP_PIECES = ["Mr", "Gen", "U", "S", "x", "ab", " ", ".", "!", "?", "\n", "\x1c", "\xa0", "\u2029", "é", "É", "_"]


@settings(max_examples=600)
@given(pieces_and_range(STOP_PIECES, 12))
def test_hinted_sentence_stop_matches_a_plain_search(case: tuple[str, int, int]) -> None:
    text, start, end = case
    plain = SENTENCE_STOP_RE.search(text, start, end)
    hinted = hinted_search(SENTENCE_STOP_RE, SENTENCE_STOP_HINT_RE, text, start, end)
    assert (hinted.span() if hinted else None) == (plain.span() if plain else None)
