"""The times stage's head scans by ``str.find`` must find exactly what the pattern scans they replace find."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from attribution._timefind import digit_heads, matcher_at
from attribution._timepatterns import HEAD_DIGIT_RE, TIME_RE, WORD_KINDS

# Digit runs of every length up to six, the characters each branch of the digit pattern looks at after them
# ("1990s", "12:30", "3.5", "1/2/2020", "5 pm", "7a.m.", "10PM"), and characters it must not take.
DIGIT_PIECES = [
    "0", "1", "2", "9", "00", "10", "12", "19", "90", "199", "990", "1990", "2020", "12345", "199000",
    ":", ".", "/", ",", " ", "  ", "a", "p", "m", "A", "P", "M", ".m", "s", "0s", "am", "pm", "AM", "a.m.",
    "P.M.", "x", "é", "_", "\n", "-", "%", "’", "٣",
]  # fmt: skip


@given(st.lists(st.sampled_from(DIGIT_PIECES), max_size=14))
@example(["1990", "s"])
@example(["12", ":", "30", " ", "pm"])
@example(["199000", "s"])
@example(["5", " ", "a"])
@example(["2", "0s"])
@example(["x", "990", "s"])
def test_digit_heads_by_find_are_the_digit_head_scan(parts: list[str]) -> None:
    text = "".join(parts)
    assert digit_heads(text) == [m.start() for m in HEAD_DIGIT_RE.finditer(text)]


# Every word of ``WORD_KINDS`` and the heads, in several cases, with the characters that can close a word or
# continue it: ASCII punctuation, digits, letters beyond ASCII (one matches "s" without case), and joins.
TIME_WORDS = sorted({*WORD_KINDS, "ago", "weekend", "morning", "night", "evening", "afternoon", "local time"})
WORD_PIECES = [
    *TIME_WORDS, *(word.capitalize() for word in TIME_WORDS), *(word.upper() for word in TIME_WORDS[::7]),
    "March", "Jan.", "Sept.", "Friday,", "1990s", "’90s", "'90s", "5", "12", "3rd", "2014", "2020-01-03", "1/3/2020",
    "7:30", "4 p.m.", "0315 GMT", "noon", "x", "San", "ſ", "é", "K", "-", "’s", "'s",
]  # fmt: skip
WORD_SEPARATORS = [" ", " ", " ", "", "-", ", ", ".", "\n", "(", "ſ"]


@given(st.lists(st.tuples(st.sampled_from(WORD_PIECES), st.sampled_from(WORD_SEPARATORS)), max_size=10))
@example([("on", " "), ("March", " "), ("3", "")])
@example([("in", ""), ("March", " "), ("2014", "")])
@example([("the", " "), ("end", " "), ("of", " "), ("May", "")])
@example([("thi", "ſ"), ("week", "")])
def test_matcher_by_word_finds_what_the_time_pattern_finds(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    for at in range(len(text)):
        matcher = matcher_at(text, at, len(text))
        got = matcher(text, at, len(text)) if matcher is not None else None
        want = TIME_RE.match(text, at, len(text))
        assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup)), (text, at)


# What can follow a first word inside an expression, for every kind: each word of ``WORD_KINDS`` is tried
# before each of these, so that any kind the table leaves out for a word would show here.
TAILS = [
    "March", "March 3", "March 2014", "May", "Jan. 3", "Sept 2014", "3", "3rd of March", "Friday", "Friday night",
    "Friday, March 3", "week", "weekend", "month", "year", "year ago", "a year ago", "an hour", "couple of days ago",
    "few weeks ago", "over a year ago", "than two years ago", "2 days ago", "days ago", "5 p.m.", "5pm", "7:30",
    "about 5 p.m.", "before 5 p.m.", "after Friday", "1990s", "’90s", "end of March", "end of 2014",
    "beginning of May", "of March", "of 2014", "2014", "this week", "next week", "last night", "morning",
    "evening", "coming Friday", "early Monday", "late Monday", "on Friday", "in March", "in 2014", "noon",
    "midnight", "today", "over", "than", "in", "x",
]  # fmt: skip


def test_matcher_by_word_before_every_tail() -> None:
    for word in WORD_KINDS:
        for form in (word, word.capitalize(), word.upper()):
            for separator in (" ", "-", ""):
                for tail in TAILS:
                    text = form + separator + tail
                    matcher = matcher_at(text, 0, len(text))
                    got = matcher(text, 0, len(text)) if matcher is not None else None
                    want = TIME_RE.match(text, 0, len(text))
                    assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup)), text
