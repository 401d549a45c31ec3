"""The tenth round's times shortcuts must give what the code they replaced gives.

``digit_heads`` used to hand each position that could start a match to ``HEAD_DIGIT_RE.match``; it now
reads the run's tail itself (``_digit_tail``) and asks the pattern only where ``\\b`` meets a character
beyond ASCII. The reference is that old loop, and the pattern's own ``finditer``.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._segment import char_positions
from attribution._timefind import digit_heads, matcher_at
from attribution._timepatterns import HEAD_DIGIT_RE, TIME_RE, WORD_KINDS


def _old_digit_heads(text: str) -> list[int]:
    """``digit_heads`` as the ninth round left it: a pattern call at each position that can start a match."""
    digits = char_positions(text, "0123456789")
    found: list[int] = []
    covered = 0
    start = -1
    previous = -2
    last = len(digits) - 1
    for index, at in enumerate(digits):
        if at != previous + 1:
            start = at
        previous = at
        if index < last and digits[index + 1] == at + 1:
            continue
        end = at + 1
        after = text[end : end + 1]
        if not (
            end - start >= 4
            or after in frozenset(":./apAP")
            or (after == " " and text[end + 1 : end + 2] in frozenset("apAP"))
            or (after == "s" and text[at] == "0")
        ):
            continue
        for position in range(max(start, end - 4, covered), end):
            if position < covered:
                continue
            if position == end - 4:
                found.append(position)
                covered = end
                continue
            if position == end - 3 and not (after == "s" and text[at] == "0"):
                continue
            match = HEAD_DIGIT_RE.match(text, position)
            if match is not None:
                found.append(position)
                covered = match.end()
    return found


# Runs of one to six digits, every character a tail looks at ("1990s", "12:30", "3.5", "1/2", "5 pm",
# "7a.m.", "10PM"), characters that end or continue a word after "m" or "s" (ASCII and beyond: "é" is a
# letter, "\u0301" a mark that ``\w`` takes and ``str.isalnum`` does not, "²" the other way round, "\u00a0"
# a space, "٣" a digit ``[0-9]`` does not take) and the text's end.
PIECES = [
    "0", "1", "2", "9", "00", "10", "12", "19", "90", "199", "990", "1990", "2020", "12345", "199000",
    ":", ".", "/", ",", " ", "  ", "a", "p", "m", "A", "P", "M", ".m", ".M", "s", "0s", "am", "pm", "AM", "PM",
    "a.m.", "P.M.", "a.", "x", "_", "é", "\u0301", "\u00a0", "\n", "-", "%", "’", "٣", "²", "S", "mm", "90s",
]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
@example(["5", " ", "pm"])
@example(["5", " ", "pm", "é"])
@example(["5", "a.m.", "_"])
@example(["12", ":", "30", " ", "p", ".m"])
@example(["19", "90s", "\u0301"])
@example(["5", "pm", "²"])
@example(["10", ":", "3045", "s"])
@example(["2", "0s", "x"])
@example(["199", "0s"])
@example(["7", "A", ".M", "."])
@example(["3", ".", "٣"])
def test_digit_heads_read_the_tails_as_the_pattern_does(parts: list[str]) -> None:
    text = "".join(parts)
    got = digit_heads(text)
    assert got == _old_digit_heads(text)
    assert got == [m.start() for m in HEAD_DIGIT_RE.finditer(text)]


# "in" and "on" in several cases, with what can follow them: the separators a prefix allows or not, years,
# other numbers, month and weekday names and their abbreviations, lower-case words, a dotted capital "İ"
# (the prefix's ``[Iiİı]``), letters beyond ASCII, and the text's or the window's end.
IN_ON = ["in", "In", "IN", "iN", "on", "On", "ON", "İn", "ın", "late on", "early in", "since", "x"]
IN_ON_SEPARATORS = [" ", " ", " ", "", "  ", ", ", ".", "\n", "-", "\u00a0"]
IN_ON_NEXT = [
    "2012", "1999", "1850", "2099", "3000", "12", "16", "300", "March", "Mar.", "May", "Sept", "December", "Monday",
    "Friday", "Sun", "Sunday", "Saturday", "Wednesday", "Thursday", "Tuesday's", "Washington", "Fox", "the", "x",
    "é", "É", "Ｍ", "",
]  # fmt: skip
IN_ON_TAILS = ["", " ", " 2012", ", 1999", " morning", "s", " 16", "%", " people"]


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(IN_ON),
            st.sampled_from(IN_ON_SEPARATORS),
            st.sampled_from(IN_ON_NEXT),
            st.sampled_from(IN_ON_TAILS),
        ),
        min_size=1,
        max_size=3,
    )
)
@example([("in", " ", "1999", "")])
@example([("in", "", "2012", " ")])
@example([("on", " ", "16", " March")])
@example([("IN", " ", "December", " 1999")])
@example([("in", " ", "the", " 1930s")])
def test_in_and_on_are_tried_for_the_kinds_that_can_follow_them(parts: list[tuple[str, str, str, str]]) -> None:
    assert WORD_KINDS["in"] == ("my", "mo", "year")
    assert WORD_KINDS["on"] == ("wd",)
    text = " ".join("".join(part) for part in parts)
    for end in {len(text), len(text) - 1, len(text) // 2}:
        for at in range(max(end, 0)):
            matcher = matcher_at(text, at, end)
            got = matcher(text, at, end) if matcher is not None else None
            want = TIME_RE.match(text, at, end)
            assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup)), (text, at)
