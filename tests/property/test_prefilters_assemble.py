"""Shortcuts in statement assembly must decide exactly what the slow paths they skip decide."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._mentions import (
    ASCII_NAME_TOKEN_RE,
    NAME_TOKEN_RE,
    Refined,
    document_author,
    plain_phrase,
    plain_source,
    refine_source,
)
from attribution._tokens import ASCII_WORD_RE, WORD_RE

# Fragments that steer document_author and refine_source (documents, possessives, adverbials,
# trailing adverbs, dangling prepositions, time words, "quoted ... as"), in several cases.
SOURCE_PARTS = [
    "the", "The", "a", "minister", "Ana Lee", "Lee's", "Lee’s", "he's", "it’s", "officials", "K", "İ", "s",
    "a statement by", "A STATEMENT BY", "the letter from", "its release of", "a tweet issued by", "the report",
    "by", "from", "of", "in", "on", "at", "with", "for", "to", "and", "as", "that", "himself", "allegedly", "both",
    "all", "also", "Monday", "on Monday", "earlier this week", "today", "quoted", "was quoted by Reuters as",
    "quoted Lee as", "was", "been", "urged", "said", "'s", "’s", "Reuters",
    "the ministry's statement", "ministry's statement",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", " ", "  ", ", ", "\n"]


PARTS = st.lists(st.tuples(st.sampled_from(SOURCE_PARTS), st.sampled_from(SEPARATORS)), max_size=4)


@settings(max_examples=400)
@example([], [("a statement by", " "), ("Reuters", " ")], [], 0, "at")
@example([("the", " ")], [("ministry's statement", " ")], [], 0, "at")
@example([("said", " ")], [("in", " "), ("Monday", " ")], [], 0, "before")
@example([], [("Lee's", " ")], [], 0, "after")
@given(PARTS, PARTS.filter(bool), PARTS, st.integers(-2, 2), st.sampled_from(["before", "at", "after", "none"]))
def test_plain_source_only_when_both_slow_paths_keep_the_span(
    before: list[tuple[str, str]], phrase: list[tuple[str, str]], after: list[tuple[str, str]], shift: int, cue: str
) -> None:
    head = "".join(part + sep for part, sep in before)
    source = "".join(part + sep for part, sep in phrase).rstrip(" ,\n") or "x"
    text = head + source + " " + "".join(part + sep for part, sep in after)
    start, end = len(head), min(len(text), len(head) + len(source) + max(shift, 0))
    start = max(0, start + min(shift, 0))
    cue_start = {"before": max(0, start - 3), "at": end + 1, "after": end + 8, "none": -1}[cue]
    if plain_source(text, (start, end), cue_start):
        assert refine_source(text, document_author(text, (start, end)), cue_start) == Refined((start, end))


def test_plain_source_takes_the_common_phrases() -> None:
    text = "Yesterday the foreign minister Ana Lee said the talks would go on, officials said."
    for phrase in ("the foreign minister Ana Lee", "officials"):
        start = text.index(phrase)
        assert plain_source(text, (start, start + len(phrase)), start + len(phrase) + 1)
    start = text.index("the talks")
    assert not plain_source(text, (start, start + len("the talks would go on")), 0)  # ends in a preposition


# ASCII text in the shapes of source phrases: names, initials, possessives, hyphens, ampersands.
ASCII_PHRASES = st.text(alphabet="aZkKwW09.'&- _,\"()/:;", max_size=40)


@settings(max_examples=400)
@example("Gen. Ana O'Neill-Lee")
@example("AT&T's .chief - 3rd")
@example("'s -'x")
@given(ASCII_PHRASES)
def test_ascii_words_split_as_word_re_does(phrase: str) -> None:
    assert ASCII_WORD_RE.findall(phrase) == WORD_RE.findall(phrase)


@settings(max_examples=400)
@example("When Ana O'Neill-Lee, 34, said")
@example("A-b 'C' -D")
@given(ASCII_PHRASES)
def test_ascii_name_tokens_split_as_name_token_re_does(window: str) -> None:
    assert ASCII_NAME_TOKEN_RE.findall(window) == NAME_TOKEN_RE.findall(window)


@settings(max_examples=300)
@given(PARTS.filter(bool), st.booleans())
def test_plain_phrase_is_plain_source_on_the_phrase_alone(phrase: list[tuple[str, str]], after: bool) -> None:
    source = "".join(part + sep for part, sep in phrase).rstrip(" ,\n") or "x"
    text = "Earlier, " + source + " said."
    start = len("Earlier, ")
    cue_start = start - 2 if after else start + len(source) + 1
    assert plain_phrase(source, after) == plain_source(text, (start, start + len(source)), cue_start)
