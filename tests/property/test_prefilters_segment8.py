"""The segmenter's eighth-round shortcuts must give what the code they replaced gives.

Each reference below is the code as it was before the shortcut: the boilerplate test with
one search of BOILERPLATE_RE behind twenty-odd substring hints, and the sentence splitter
with a pattern call at every unusual mark and a ``regex`` search for every possible
abbreviation.
"""

from __future__ import annotations

from bisect import bisect_left

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._boilerplate import (
    BOILERPLATE_GATES,
    BOILERPLATE_MAX_CHARS,
    BOILERPLATE_PHRASES,
    BOILERPLATE_RE,
    BOILERPLATE_TESTS,
    BYLINE_RE,
    is_boilerplate,
)
from attribution._segment import (
    SENTENCE_MARKS,
    SINGLE_OPENER_RE,
    SINGLE_OPENERS,
    _may_open_single,
    char_positions,
    segment,
)
from attribution._sentences import (
    ABBREVIATION_RE,
    ABBREVIATION_WORDS,
    SENTENCE_CANDIDATE_RE,
    SENTENCE_END_RE,
    _ends_abbreviation,
    _may_abbreviate,
    split_sentences,
)

OLD_HINTS = (
    "donat", "become a ", "subscribe ", "sign up ", "newsletter", "comment", "share ", "follow ",
    "click here", "download ", "rights reserved", "photo credit", "image c", "getty images", "reporting",
    "iting by", "contributed ", "this story has been", "related coverage", "©",
)  # fmt: skip
OLD_GATED_HINTS = (
    (":", ("read more:", "watch:", "listen:")),
    ("(", ("(ap", "(afp", "(reuters")),
    ("j", ("join ", "journalism")),
)


def _old_is_boilerplate(paragraph: str) -> bool:
    if paragraph[:1] in "BPU" and BYLINE_RE.match(paragraph):
        return True
    if len(paragraph) > BOILERPLATE_MAX_CHARS:
        return False
    lower = paragraph.lower()
    hinted = any(hint in lower for hint in OLD_HINTS) or any(
        gate in lower and any(hint in lower for hint in hints) for gate, hints in OLD_GATED_HINTS
    )
    return hinted and BOILERPLATE_RE.search(lower) is not None


PIECES = [
    *BOILERPLATE_PHRASES, *(phrase.upper() for phrase in BOILERPLATE_PHRASES[::3]),
    *(phrase.title() for phrase in BOILERPLATE_PHRASES[1::4]), "Follow", "Jane", "Doe", "on", "Twitter", "X", "©",
    "2024", "(AP", "(afp", "(Reuters", "photo", "the", "reporting", "editing", "writing", "by", "By", "Posted",
    "Updated:", "Published", "average", "more:", "watch", "listen", "join", "journalism", "support", "comments",
    "image", "c", "copyright", ":", ".", "!", '"', "“", "’", " ", "-", "x", "É", "\u212a", "İ", "ſ", "a" * 60,
]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["", " ", "x", "By ", "Posted: "]))
@example(["Follow", "Jane", "Doe", "on", "Twitter"], "")
@example(["©", "2024"], "x")
@example(["(AP", "photo"], "")
@example(["leave a comment"], "")
@example(["Updated:"], "")
def test_gated_hint_patterns_flag_what_one_search_flagged(words: list[str], edge: str) -> None:
    for joiner in (" ", ""):
        paragraph = edge + joiner.join(words) + edge
        assert is_boilerplate(paragraph) == _old_is_boilerplate(paragraph)


def test_every_branch_sits_under_a_hint_it_holds() -> None:
    for gate, hints in BOILERPLATE_GATES:
        for hint in hints:
            assert gate in hint, (gate, hint)
    # Each phrase holds a hint whose pattern matches it, and so do the other branches' examples,
    # also after earlier occurrences of hints (each hint's search starts near its first one).
    samples = [*BOILERPLATE_PHRASES, "follow jane doe on twitter", "© 2024", "©1999", "(ap photo", "(reuters photo"]
    for sample in samples:
        assert BOILERPLATE_RE.search(sample), sample
        for lead in ("", "x. ", "comment reporting follow join (ap ©. "):
            text = lead + sample
            assert BOILERPLATE_RE.search(text), text
            assert any(
                gate in text and hint in text and pattern.search(text, max(text.find(hint) - reach, 0))
                for gate, hints in BOILERPLATE_TESTS
                for hint, pattern, reach in hints
            ), text


def _old_split_sentences(text: str, start: int, end: int, marks: list[int]) -> tuple[tuple[int, int], ...]:
    """split_sentences before this round: a pattern call at every mark but the usual break,
    and the ``regex`` look-back wherever _may_abbreviate allowed one."""
    sentences: list[tuple[int, int]] = []
    begin = start
    for mark in marks:
        if text[mark + 1] == " " and ("A" <= (after := text[mark + 2]) <= "Z" or "0" <= after <= "9"):
            gap_start, gap_end = mark + 1, mark + 2
        else:
            match = SENTENCE_CANDIDATE_RE.match(text, mark, end)
            if match is None:
                continue
            if match.lastindex == 2 and SENTENCE_END_RE.match(text, mark, end) is None:
                continue
            gap_start, gap_end = match.span(1)
        if text[mark] == "." and mark > begin:
            floor = gap_start - 12 if gap_start - 12 > begin else begin
            if _may_abbreviate(text, mark, floor) and ABBREVIATION_RE.search(text[floor:gap_start]):
                continue
        if gap_start > begin:
            sentences.append((begin, gap_start))
        begin = gap_end
    if begin < end:
        sentences.append((begin, end))
    return tuple(sentences)


# Abbreviations in several cases and with other word characters glued on, initials, digits,
# letters beyond ASCII (capital and small), "_", closing marks, and what may follow a mark.
SENTENCE_PIECES = [
    *sorted(ABBREVIATION_WORDS)[::2], "Lt.Col", "lt", "MR", "xMr", "Mr_", "_Dr", "U.S", "U", "A", "b", "Xetc", "said",
    "killed", "3", "3.5", "2004", "É", "é", "Ωx", "ß", "ǅ", "_", ".", "!", "?", "...", '"', "'", ")", "]", "”", "’",
    "“", "‘", "(", "[", " ", " ", " ", "  ", "\t", "\u00a0", "\x1c", "\n", "a", "the", "The", "9", "-", ",", ":",
    # marks with what may follow them
    ". ", ".) The", '." A', ".') x", "?] B", "! a", ".\x1c B", ". “A", ".’ É", ". 9", ". (a", ".] [", ".\t\tA",
]  # fmt: skip


LINE_PIECES = [piece for piece in SENTENCE_PIECES if piece != "\n"]


def _within(positions: list[int], start: int, end: int) -> list[int]:
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=30).map("".join))
@example("He met Gen. Smith. Then U.S. aid came.")
@example("It cost 3.5 million. e.g. the rest. Mr. X left.")
@example("See A. B. Jones.” Then")
@example("ÉU. Next")
@example("x_Dr. Next")
def test_sentence_shortcuts_split_where_the_patterns_split(text: str) -> None:
    stops = char_positions(text, SENTENCE_MARKS)
    for paragraph in segment(text).paragraphs:
        start, end = paragraph.start, paragraph.end
        marks = _within(stops, start, end - 2)
        assert split_sentences(text, start, end, marks) == _old_split_sentences(text, start, end, marks)


# What can stand right before a full stop, and right before that.
LAST_WORDS = [
    *sorted(ABBREVIATION_WORDS),
    "Lt.Col",
    "U.S",
    "A",
    "Z",
    "Ω",
    "ǅ",
    "said",
    "xMr",
    "MR",
    "2004",
    "é",
    ")",
    ".",
]
GLUES = ["", " ", "_", "x", "X", "9", "é", "É", ".", "(", "-", "\u00a0"]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(LINE_PIECES), max_size=6).map("".join),
    st.sampled_from(GLUES),
    st.sampled_from(LAST_WORDS),
    st.sampled_from(["", '"', "”", "’)", "')]", ")"]),
    st.integers(min_value=0, max_value=40),
)
@example("", "", "U.S", "", 0)
@example("", "", "A", "”", 0)
@example("x", " ", "Mr", "", 0)
@example("", "é", "A", "", 0)
@example("", "_", "A", "", 0)
@example("", "_", "Dr", "", 0)
@example("", "", "Lt.Col", ")", 2)
def test_abbreviation_by_characters_is_the_pattern(lead: str, glue: str, word: str, closers: str, begin: int) -> None:
    head = lead + glue + word
    text = head + "." + closers + " X"
    mark = len(head)
    gap_start = mark + 1 + len(closers)
    begin = min(begin, mark - 1)
    floor = max(begin, gap_start - 12)
    expected = ABBREVIATION_RE.search(text[floor:gap_start]) is not None
    assert _ends_abbreviation(text, mark, floor, gap_start) == expected


def _old_may_open_single(text: str, end: int, openers: list[int]) -> bool:
    return any(SINGLE_OPENER_RE.match(text, position, end) for position in openers)


# Single marks after letters and digits of several scripts, after the look-behind's characters,
# at a line's start, and before what may follow an opening mark.
SINGLE_PIECES = [
    "'", "‘", "’", "don", "t", "O", "Brien", "x", "9", "é", "Ω", "٣", "_", " ", "\n", "(", "[", "—", "–", "-", ":",
    ".", '"', "“", "A", "a", "\u00a0", "\u2028",
]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(SINGLE_PIECES), max_size=16).map("".join))
@example("don't")
@example("x 'Quote'")
@example("'start")
@example("é'x")
def test_single_openers_skipped_after_a_letter_are_no_openers(text: str) -> None:
    openers = char_positions(text, SINGLE_OPENERS)
    for paragraph in segment(text).paragraphs:
        start, end = paragraph.start, paragraph.end
        within = _within(openers, start, end)
        assert _may_open_single(text, end, within) == _old_may_open_single(text, end, within)
