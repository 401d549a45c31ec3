"""The times stage's head scans by ``str.find`` must find exactly what the pattern scans they replace find."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from attribution._timefind import digit_heads
from attribution._timepatterns import HEAD_DIGIT_RE

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
def test_digit_heads_by_find_are_the_digit_head_scan(parts: list[str]) -> None:
    text = "".join(parts)
    assert digit_heads(text) == [m.start() for m in HEAD_DIGIT_RE.finditer(text)]
