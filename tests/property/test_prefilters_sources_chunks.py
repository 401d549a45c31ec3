"""Shortcuts in _sources: the chunked tokenizer, the trailing-adverbial gate, first_token change no answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution._sources import TRAILING_ADVERBIAL_RE, may_end_adverbial, source_before
from attribution._tokens import FOREIGN_RE, PLAIN_TOKEN_RE, TOKEN_RE, first_token, plain_tokens

from . import sources_reference as reference

# The plain alphabet (what FOREIGN_RE lets through), weighted towards words, commas and spaces.
PLAIN_CHARS = st.sampled_from([chr(c) for c in range(128)] + list("‘’“”—–«»")) | st.sampled_from(
    ["a", "Z", "7", " ", ",", ".", "'", "’", "-", "\x1c", "\x1f", "\t", "\n", "\x0b"]
)
PIECES = ["Smith", "said", "U.S.", "it's", "A&M", "al-Assad", ",", ", ", " ", "  ", "“", "”", "(D-Ohio)", "x,y"]


@settings(max_examples=500)
@given(st.lists(PLAIN_CHARS, max_size=40))
def test_plain_tokens_are_the_pattern_tokens(chars: list[str]) -> None:
    window = "".join(chars)
    assert FOREIGN_RE.search(window) is None
    assert plain_tokens(window) == PLAIN_TOKEN_RE.findall(window) == TOKEN_RE.findall(window)


@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_plain_tokens_on_words(pieces: list[str]) -> None:
    window = "".join(pieces)
    assert plain_tokens(window) == TOKEN_RE.findall(window)


# Pieces of trailing adverbials, their near misses, and the rare " , in Y," shape.
ADVERBIAL_PIECES = [
    "said", " ", ",", ", ", " , in Paris,", ", in Paris,", " , in ", " in the past", " for years", " on Sunday",
    " last week", " at the time", " in an interview", " in a new statement", " in recent days", " Paris", "\n",
    "x", "day", ",,", " , ", "in",
]  # fmt: skip


@settings(max_examples=800)
@given(st.lists(st.sampled_from(ADVERBIAL_PIECES), max_size=10), st.integers(0, 80))
def test_trailing_adverbial_gate_lets_every_match_through(pieces: list[str], floor: int) -> None:
    # source_before searches text[max(floor, cue - 60):cue] only when the look-back window (which
    # holds that range) passes this test.
    window = "".join(pieces)
    cue = len(window)
    if not may_end_adverbial(window):
        assert TRAILING_ADVERBIAL_RE.search(window, max(min(floor, cue), cue - 60), cue) is None


@settings(max_examples=400)
@given(st.lists(st.sampled_from(ADVERBIAL_PIECES), max_size=8), st.sampled_from(["Ann Lee", "the mayor", "he"]))
def test_source_before_after_a_trailing_adverbial(pieces: list[str], source: str) -> None:
    text = source + "".join(pieces) + " said it."
    cue = len(text) - len("said it.")
    assert source_before(text, 0, cue) == reference.source_before(text, 0, cue)


TOKEN_CHARS = st.sampled_from([*"aZ09 .,;:'’&/-()\"“”—!?\n", "é", "İ", "ß", "½", "٣", "\u00ad", "…", "ʼ", "Ⅻ"])


@settings(max_examples=800)
@given(st.lists(TOKEN_CHARS, max_size=12), st.integers(-2, 14), st.integers(-2, 16))
def test_first_token_is_the_token_pattern_match(chars: list[str], start: int, end: int) -> None:
    text = "".join(chars)
    match = TOKEN_RE.match(text, start, end)
    assert first_token(text, start, end) == (match.group() if match is not None else None)
