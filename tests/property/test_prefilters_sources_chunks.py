"""plain_tokens splits at whitespace before the token pattern: it must find the pattern's tokens."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution._sources import FOREIGN_RE, PLAIN_TOKEN_RE, TOKEN_RE, plain_tokens

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
