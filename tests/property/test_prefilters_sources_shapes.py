"""Round 6b shortcuts in _sources: the chunk shapes read without findall and the adverbial gate's tails."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution._sources import ADVERBIAL_ENDS, may_end_adverbial
from attribution._tokens import PLAIN_TOKEN_RE, _odd_chunk

# Pieces of whitespace-free chunks on the plain alphabet, weighted towards the shapes _odd_chunk reads.
CHUNK_PIECES = ['"', "“", "”", "'", "’", ",", ".", "-", "(", ")", "&", "Acme", "s", "7", "x", ',"', "—", "«"]


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(CHUNK_PIECES), min_size=1, max_size=6))
def test_odd_chunks_are_the_pattern_tokens(pieces: list[str]) -> None:
    chunk = "".join(pieces)
    words: list[str] = ["before"]
    _odd_chunk(chunk, words)
    assert words == ["before", *PLAIN_TOKEN_RE.findall(chunk)]


def _may_end_adverbial_reference(window: str) -> bool:
    return window.rstrip(" ").endswith(ADVERBIAL_ENDS) or "\n" in window or " , in " in window


TAIL_PIECES = [*ADVERBIAL_ENDS, "x", "a", "s", "y", "st", "ay", " ", "  ", "\n", " , in ", ",", "ime", "nth"]


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(TAIL_PIECES), max_size=6))
def test_adverbial_tails_gate_matches_the_suffix_test(pieces: list[str]) -> None:
    window = "".join(pieces)
    assert may_end_adverbial(window) == _may_end_adverbial_reference(window)
