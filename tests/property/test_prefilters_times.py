"""The times stage's faster forms must find exactly what the plainer forms they replace find."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from attribution._timepatterns import (
    FUTURE_KEYWORDS,
    FUTURE_RE,
    HEAD_LOWER_RE,
    HEAD_WORD_RE,
    REPORTED_RE,
    lower_heads,
    word_heads,
)
from attribution._times import _future

# The head scans as flat alternations, as they were written before being factored as tries.
FLAT_HEAD_WORD_RE = re.compile(
    r"[MTWFSJAONDYL](?:onday|uesday|ednesday|hursday|riday|aturday|unday|anuary|ebruary|arch|pril|ay|une|uly"
    r"|ugust|eptember|ctober|ovember|ecember|an|eb|ar|pr|un|ul|ug|ept?|ct|ov|ec|oday|onight|omorrow|esterday"
    r"|vernight|(?:ast|his|ext)[ ](?:week|month|year|weekend|night|morning|afternoon|evening))\b"
)
FLAT_HEAD_LOWER_RE = re.compile(
    r"[ ](?:t(?:oday|onight|omorrow|his[ ](?:week|month|year|weekend|morning|afternoon|evening))|yesterday"
    r"|overnight|ago|noon|midnight|(?:last|next)[ ](?:week|month|year|weekend|night|evening))\b"
)
# Whole head words, their prefixes and extensions, and words that share their letters.
HEAD_PIECES = [
    "Monday", "Mon", "Tuesday", "Tue", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sun", "January",
    "Jan", "February", "Feb", "March", "Mar", "April", "Apr", "May", "June", "Jun", "July", "Jul", "August", "Aug",
    "September", "Sept", "Sep", "October", "Oct", "November", "Nov", "December", "Dec", "Today", "today",
    "Tonight", "tonight", "Tomorrow", "tomorrow", "Yesterday", "yesterday", "Overnight", "overnight", "ago",
    "agog", "noon", "noons", "midnight", "Last", "last", "This", "this", "Next", "next", "week", "weekend",
    "weeks", "month", "year", "night", "morning", "afternoon", "evening", "Lay", "Fan", "Sepal", "T", "L", "M",
    "o", "n", "a", "Mondays", "Mayor", "Marches", "Ju", "e", "s", "t",
]  # fmt: skip
SEPARATORS = ["", " ", "  ", ".", ",", "-", "\n", "’", "x"]


@given(st.lists(st.tuples(st.sampled_from(HEAD_PIECES), st.sampled_from(SEPARATORS)), max_size=16))
def test_head_scans_as_tries_find_what_the_flat_scans_find(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    assert [m.span() for m in HEAD_WORD_RE.finditer(text)] == [m.span() for m in FLAT_HEAD_WORD_RE.finditer(text)]
    assert [m.span() for m in HEAD_LOWER_RE.finditer(text)] == [m.span() for m in FLAT_HEAD_LOWER_RE.finditer(text)]


# The lower-case heads, their parts and near misses, so that heads follow each other closely.
LOWER_PIECES = [
    "today", "tonight", "tomorrow", "yesterday", "overnight", "ago", "agog", "noon", "midnight", "this", "last",
    "next", "week", "weekend", "month", "year", "night", "evening", "morning", "to", "Last", "x",
]  # fmt: skip


@given(st.lists(st.tuples(st.sampled_from(LOWER_PIECES), st.sampled_from([" ", " ", *SEPARATORS]))))
@example([("x", " "), ("last", " "), ("last", " "), ("week", "")])
def test_lower_heads_by_needle_are_the_lower_head_scan(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    assert sorted(lower_heads(text)) == [m.start() + 1 for m in HEAD_LOWER_RE.finditer(text)]


# Around the head words: characters that ``\b`` treats as word characters or not ("é", "²", "_", a combining mark).
WORD_SEPARATORS = [*SEPARATORS, "é", "²", "_", "\u0301", "S", "T"]


@given(st.lists(st.tuples(st.sampled_from(HEAD_PIECES), st.sampled_from(WORD_SEPARATORS)), max_size=16))
@example([("Mon", "x"), ("Sept", "é"), ("Sep", "²"), ("Thursday", "_"), ("This", " "), ("week", "")])
def test_word_heads_by_letter_are_the_word_head_scan(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    assert sorted(word_heads(text)) == [m.start() for m in HEAD_WORD_RE.finditer(text)]


def _future_without_gate(window: str) -> bool:
    last_cue = -1
    for cue in FUTURE_RE.finditer(window):
        last_cue = cue.end()
    return last_cue >= 0 and REPORTED_RE.search(window, last_cue) is None


# Every future cue, its words apart, look-alikes and reporting verbs.
FUTURE_PIECES = [
    "will", "Will", "won't", "won’t", "shall", "'ll", "’ll", "we'll", "they’ll", "upcoming", "scheduled",
    "slated", "planned for", "planned to", "is planning", "are planning", "planning to", "plans to", "plan to",
    "due to", "due on", "due in", "set to", "expected to", "to be held", "is to", "are to", "going to", "next",
    "later this", "said", "told", "to", "be", "held", "is", "are", "set", "going", "expected", "later", "this",
    "ll", "plan", "planned", "due", "x", "s", "still", "killed",
]  # fmt: skip


@given(st.lists(st.tuples(st.sampled_from(FUTURE_PIECES), st.sampled_from([" ", " ", *SEPARATORS])), max_size=10))
@example([("it", " "), ("is", " "), ("to", " "), ("x", " ")])
@example([("it", " "), ("set", " "), ("to", " ")])
def test_future_gate_decides_what_the_cue_scan_decides(parts: list[tuple[str, str]]) -> None:
    window = "".join(word + sep for word, sep in parts)
    assert _future(window) == _future_without_gate(window)
    if FUTURE_RE.search(window) is not None:
        assert any(keyword in window for keyword in FUTURE_KEYWORDS)
