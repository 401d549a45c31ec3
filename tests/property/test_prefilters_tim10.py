"""The tenth round's times shortcuts must give what the code they replaced gives.

``digit_heads`` used to hand each position that could start a match to ``HEAD_DIGIT_RE.match``; it now
reads the run's tail itself (``_digit_tail``) and asks the pattern only where ``\\b`` meets a character
beyond ASCII. The reference is that old loop, and the pattern's own ``finditer``.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._segment import char_positions
from attribution._timefind import digit_heads
from attribution._timepatterns import HEAD_DIGIT_RE


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
