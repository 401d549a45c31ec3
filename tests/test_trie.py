from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from attribution._trie import literal_alternation

WORDS = st.lists(st.text(alphabet="ab .(", min_size=0, max_size=5), max_size=12)
TEXTS = st.text(alphabet="ab .(x", max_size=40)


def flat(words: list[str]) -> str:
    """The plain longest-first alternation the trie must be equivalent to."""
    kept = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in kept) + ")" if kept else "(?!)"


@given(WORDS, TEXTS)
def test_same_matches_as_flat_alternation(words: list[str], text: str) -> None:
    expected = [m.span() for m in re.finditer(flat(words), text)]
    assert [m.span() for m in re.finditer(literal_alternation(words), text)] == expected


@given(WORDS, TEXTS)
def test_same_matches_with_a_right_boundary(words: list[str], text: str) -> None:
    # A condition after the word forces backtracking into shorter words.
    expected = [m.span() for m in re.finditer(flat(words) + r"(?![ab])", text)]
    assert [m.span() for m in re.finditer(literal_alternation(words) + r"(?![ab])", text)] == expected


@given(WORDS, TEXTS)
def test_regex_module_reads_it_the_same(words: list[str], text: str) -> None:
    pattern = literal_alternation(words)
    assert [m.span() for m in regex.finditer(pattern, text)] == [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["said", "says", "say"], "she says they said", ["says", "said"]),
        (["read more:", "reporting by"], "Read more: cased; read more: reporting by", ["read more:", "reporting by"]),
        (["a.b", "a+b"], "axb a.b a+b", ["a.b", "a+b"]),
        ([], "anything", []),
        ([""], "anything", []),
    ],
)
def test_examples(words: list[str], text: str, found: list[str]) -> None:
    assert [m.group() for m in re.finditer(literal_alternation(words), text)] == found
