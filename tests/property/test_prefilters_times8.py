"""The times stage's eighth-round shortcuts must match what the patterns they stand in for match.

``first_letter_classes`` rewrites the case-free alternatives of the time patterns; ``digit_matcher`` tries
only the digit kinds that fit the run of digits at a position. Both are compared here with the plain
patterns: the branches as written (``_BRANCHES``) and the whole ``TIME_RE`` alternation built from them.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from attribution._timefind import digit_matcher, time_matches
from attribution._timepatterns import (
    _BRANCHES,
    HEAD_LOWER_RE,
    HEAD_WORD_RE,
    TIME_RE,
    WORD_KINDS,
    _alternation,
    first_letter_classes,
    lower_heads,
    word_heads,
)

# The reference: every kind as written, with its case-free groups untouched.
PLAIN_TIME_RE = re.compile(_alternation(tuple(_BRANCHES), _BRANCHES), re.VERBOSE)


def _same(got: re.Match[str] | None, want: re.Match[str] | None) -> bool:
    """The same span, kind and named groups (a cut-down pattern has fewer groups: the rest are empty in
    ``want``)."""
    if got is None or want is None:
        return got is want
    mine = got.groupdict()
    return (
        got.span() == want.span()
        and got.lastgroup == want.lastgroup
        and all(want.span(name) == got.span(name) for name in mine)
        and all(value is None for name, value in want.groupdict().items() if name not in mine)
    )


# Words of every kind in several cases, with the characters beyond ASCII that ``re`` folds onto an ASCII
# letter ("ſ" an "s", the Kelvin sign a "k", dotted and dotless "i"), digits and joins.
TIME_WORDS = sorted({*WORD_KINDS, "ago", "weekend", "morning", "night", "evening", "afternoon", "local time"})
WORD_PIECES = [
    *TIME_WORDS, *(word.capitalize() for word in TIME_WORDS), *(word.upper() for word in TIME_WORDS[::5]),
    "ſince", "ſome", "\u212ailomet", "İn", "ın", "ıN", "percent", "PEOPLE", "troops", "March", "Jan.", "Friday,",
    "1990s", "’90s", "5", "12", "3rd", "2014", "2003", "0315", "2020-01-03", "1/3/2020", "7:30", "4 p.m.",
    "0315 GMT", "(GMT)", "noon", "x", "é", "-", "’s",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "", "-", ", ", ".", "\n", "(", "ſ"]


@given(st.lists(st.tuples(st.sampled_from(WORD_PIECES), st.sampled_from(SEPARATORS)), max_size=8))
@example([("ſince", " "), ("2014", "")])
@example([("at", " "), ("about", " "), ("5", " "), ("p.m.", "")])
@example([("2014", " "), ("\u212ailometres", "")])
@example([("İn", " "), ("March", " "), ("2014", "")])
def test_first_letter_classes_match_what_the_case_free_groups_match(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in parts)
    for at in range(len(text)):
        assert _same(TIME_RE.match(text, at), PLAIN_TIME_RE.match(text, at)), (text, at)


def test_first_letter_classes_keep_patterns_without_case_free_groups() -> None:
    plain = r"(?P<x>\d{1,2}[:.](?:am|pm)\b|[ap]\.m\.)(?![\w-])"
    assert first_letter_classes(plain) == plain
    assert first_letter_classes("(?i:at[ ](?:about|ſo)|by)x") == (
        "(?i:(?-i:[Aa])t[ ](?:(?-i:[Aa])bout|ſo)|(?-i:[Bb])y)x"
    )


# Digit runs of every length up to six and what can follow them in each digit branch ("2003-04-05",
# "1/3/2020", "3rd", "1990s", "7:30", "5 pm", "0315 GMT"), with digits beyond ASCII that ``\d`` also takes.
DIGIT_PIECES = [
    "0", "1", "2", "3", "9", "00", "03", "12", "19", "20", "31", "199", "990", "1990", "2003", "0315", "2359",
    "12345", "199000", "-", "/", ":", ".", " ", "s", "st", "nd", "rd", "th", "0s", "a", "p", "A", "P", "am",
    " pm", "a.m.", "P.M.", "h", "hrs", " GMT", "(GMT)", " local time", " days ago", " of March", " March",
    " percent", "x", "_", "$", "£", "#", ",", "é", "٣", "\n", "'", "’",
]  # fmt: skip


@given(st.lists(st.sampled_from(DIGIT_PIECES), max_size=12), st.integers(min_value=0, max_value=3))
@example(["2003", " ", "at"], 0)
@example(["2003", "-", "04", "-", "05"], 0)
@example(["1990", "s"], 0)
@example(["0315", " GMT"], 0)
@example(["£", "102", ".", "80"], 0)
@example(["20", "٣", "٣"], 0)
@example(["12", "345"], 0)
@example(["5", " pm"], 2)
def test_digit_matcher_finds_what_the_time_pattern_finds(parts: list[str], cut: int) -> None:
    text = "".join(parts)
    end = len(text) - cut  # a paragraph can end inside what follows the digits
    for at in range(max(end, 0)):
        if not "0" <= text[at] <= "9":
            continue
        matcher = digit_matcher(text, at, end)
        got = matcher(text, at, end) if matcher is not None else None
        assert _same(got, PLAIN_TIME_RE.match(text, at, end)), (text, at, end)


# Head words and near misses that share their first two or three letters ("London", "Janes", "Septic"),
# the two-letter tails before what ends a word or not ("Jan.", "Jan_", "Jané", "Dec2"), and the text's end.
HEAD_PIECES = [
    "Monday", "Mon", "London", "Money", "Jan", "Janes", "Jane", "January", "Sept", "Sep", "Septic", "Dec",
    "Decision", "Last week", "Las", "This week", "This", "Thi", "Today", "Todd", "Tomorrow", "Tom", "Yesterday",
    "Yes", "Overnight", "Over", "May", "Mayor", "Ma", "Next month", "Nex", "Wednesday", "Wed", "X",
]  # fmt: skip
HEAD_SEPARATORS = ["", " ", ".", ",", "_", "2", "é", "\u0301", "x", "s", "\n"]


@given(st.lists(st.tuples(st.sampled_from(HEAD_PIECES), st.sampled_from(HEAD_SEPARATORS)), max_size=8))
@example([("Jan", ".")])
@example([("Dec", "")])
@example([("Sep", "é")])
def test_word_heads_with_the_second_pair_are_the_word_head_scan(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in parts)
    assert sorted(word_heads(text)) == [m.start() for m in HEAD_WORD_RE.finditer(text)]


# The lower-case heads with the three that end in "night", their prefixes alone and near misses.
LOWER_PIECES = [
    "tonight", "midnight", "overnight", "night", "nights", "to", "mid", "over", "tonights", "midnightly",
    "today", "ago", "noon", "last", "next", "this", "week", "x", "Tonight", "o",
]  # fmt: skip


@given(st.lists(st.tuples(st.sampled_from(LOWER_PIECES), st.sampled_from([" ", " ", "", "-", ".", "_"])), max_size=8))
@example([("x", " "), ("to", ""), ("night", "")])
@example([("mid", ""), ("night", " "), ("over", ""), ("night", "")])
def test_lower_heads_with_one_night_scan_are_the_lower_head_scan(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in parts)
    assert sorted(lower_heads(text)) == [m.start() + 1 for m in HEAD_LOWER_RE.finditer(text)]


@given(
    st.lists(st.tuples(st.sampled_from(WORD_PIECES), st.sampled_from(SEPARATORS)), max_size=6),
    st.integers(min_value=0, max_value=8),
    st.integers(min_value=0, max_value=8),
)
@example([("said", " "), ("on", " "), ("Friday", ", "), ("2014", "")], 0, 0)
@example([("x", ""), ("2014", "")], 1, 0)
def test_time_matches_are_what_finditer_finds(parts: list[tuple[str, str]], cut_start: int, cut_end: int) -> None:
    text = "".join(word + separator for word, separator in parts)
    start, end = min(cut_start, len(text)), max(len(text) - cut_end, 0)
    got = time_matches(text, start, end)
    want = list(TIME_RE.finditer(text, start, end))
    assert len(got) == len(want), (text, start, end)
    assert all(_same(a, b) for a, b in zip(got, want, strict=True)), (text, start, end)
