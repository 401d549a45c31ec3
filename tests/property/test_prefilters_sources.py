"""The source finder's fast paths must find exactly what the patterns they stand in for find."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._sources import source_before
from attribution._tokens import FOREIGN_RE, PLAIN_TOKEN_RE, TOKEN_RE, tokens

from . import sources_reference as reference

# Every character FOREIGN_RE lets through: ASCII and a few typographic marks.
PLAIN_ALPHABET = [chr(c) for c in range(128)] + list("‘’“”—–«»")


def test_plain_alphabet_is_what_foreign_re_lets_through() -> None:
    assert all(FOREIGN_RE.search(c) is None for c in PLAIN_ALPHABET)
    assert all(FOREIGN_RE.search(chr(c)) is not None for c in range(128, 0x3000) if chr(c) not in PLAIN_ALPHABET)


def test_both_engines_classify_every_plain_character_alike() -> None:
    # The proof behind PLAIN_TOKEN_RE: over this alphabet, each character class of TOKEN_RE
    # holds exactly the characters of the matching class of PLAIN_TOKEN_RE.
    pairs = [
        (r"[\p{L}\p{N}]", r"[A-Za-z0-9]"),
        (r"[\p{L}\p{N}.'’&/-]", r"[A-Za-z0-9.'’&/-]"),
        (r"[,;:()\[\]—–“”\"«»]", r"[,;:()\[\]—–“”\"«»]"),
    ]
    for unicode_class, plain_class in pairs:
        for char in PLAIN_ALPHABET:
            assert (regex.fullmatch(unicode_class, char) is None) == (regex.fullmatch(plain_class, char) is None)
    assert PLAIN_TOKEN_RE.pattern.replace("A-Za-z0-9", r"\p{L}\p{N}") == TOKEN_RE.pattern


WINDOW_CHARS = st.sampled_from(
    [*"aZ09 .,;:'’&/-()[]\"“”‘—–«»\n\t_!?", "é", "İ", "ß", "½", "٣", "ª", "\u00ad", "…", "£", "ʼ", "Ⅻ"]
)


@given(st.lists(WINDOW_CHARS, max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_tokens_match_token_re(chars: list[str], start: int, end: int) -> None:
    text = "".join(chars)
    assert tokens(text, start, end) == TOKEN_RE.findall(text, start, end)


@given(st.lists(st.sampled_from(["Col.", "U.S.", "it’s", "al-Assad", "A&M", "3/4", "x", ",", "“", "—"]), max_size=12))
def test_tokens_match_token_re_on_words(words: list[str]) -> None:
    text = " ".join(words)
    assert tokens(text, 0, len(text)) == TOKEN_RE.findall(text)


# The lone-word fast path of source_before: a last word first in its window or right after a mark.
LONE_WORDS = [
    "he", "Smith", "Acme's", "as", "who", "WHO", "also", "is", "being", "said", "those", "it's", "in", "U.S.",
    "É", "İ", ")", ",", "-",
]  # fmt: skip
BEFORE_LONE = ["", "“", "—", "(", ";", ",", ")", "the", "who"]


@settings(max_examples=500)
@example(["The", "officer"], ",", "", "who", "said", 0)  # the comma before "who" opens a relative clause
@example(["x"], ",", " ", "also", "said", 0)  # an auxiliary after a comma: the look-back goes on
@example([], "", "", "as", "said", 0)  # a lone "as" is a source
@example(["Smith", "(", "x"], ")", " ", "also", "said", 0)  # an auxiliary after a parenthesis: the look-back goes on
@given(
    st.lists(st.sampled_from(["The", "officer", "who", ",", "“", "also", "(", ")", "x"]), max_size=8),
    st.sampled_from(BEFORE_LONE),
    st.sampled_from(["", " ", "  ", "! "]),
    st.sampled_from(LONE_WORDS),
    st.sampled_from(["said", "is saying", "told", "said last week"]),
    st.one_of(st.just(0), st.integers(0, 80)),  # mostly the whole text: the words before the mark count
)
def test_lone_word_fast_path_matches_the_full_look_back(
    prefix: list[str], mark: str, gap: str, word: str, cue: str, floor: int
) -> None:
    head = " ".join([*prefix, mark]) + gap + word + " "
    text = head + cue
    cue_start = len(head)
    floor = min(floor, cue_start)
    assert source_before(text, floor, cue_start) == reference.source_before(text, floor, cue_start)
