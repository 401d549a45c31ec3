"""The segmenter's shortcuts must give what the code they replaced gives."""

from __future__ import annotations

from bisect import bisect_left

from hypothesis import example, given
from hypothesis import strategies as st

from attribution._segment import (
    BOILERPLATE_MAX_CHARS,
    BOILERPLATE_PHRASES,
    BOILERPLATE_RE,
    BYLINE_RE,
    DOUBLE_MARKS,
    INVISIBLE,
    LINE_BREAKS,
    SENTENCE_MARKS,
    SINGLE_OPENERS,
    Paragraph,
    _has_hint,
    _strip,
    char_positions,
    find_quotes,
    is_boilerplate,
    segment,
)
from attribution._sentences import (
    split_sentences,
)

# The substring tests before the hints were lengthened and merged, kept as the reference.
OLD_HINTS = (
    "donat", "support ", "become a ", "subscri", "sign up ", "newsletter", "comment", "share ",
    "follow ", "click here", "download ", "rights reserved", "copyright", "photo credit", "image ca",
    "getty", "reporting", "iting by", "contribut", "this story has been", "related coverage", "©",
)  # fmt: skip
OLD_GATED_HINTS = (
    (":", ("read more:", "watch:", "listen:")),
    ("(", ("(ap", "(afp", "(reuters")),
    ("j", ("join ",)),
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
    *BOILERPLATE_PHRASES, *(phrase.upper() for phrase in BOILERPLATE_PHRASES[::3]), "Follow", "Jane", "Doe", "on",
    "Twitter", "©", "2024", "(AP", "(afp", "(Reuters", "photo", "the", "reporting", "editing", "writing", "by",
    "average", "more:", "watch", "listen", ":", ".", '"', "“", "’", " ", "-", "x", "É", "\u212a", "İ", "ſ",
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["", " ", "x", "By "]))
@example(["Read more:"], "")
@example(["related coverage"], "x")
def test_hints_flag_what_the_old_hints_flagged(words: list[str], edge: str) -> None:
    paragraph = edge + " ".join(words) + edge
    assert is_boilerplate(paragraph) == _old_is_boilerplate(paragraph)
    lower = paragraph.lower()
    if BOILERPLATE_RE.search(lower):
        assert _has_hint(lower)


def test_every_phrase_holds_a_hint_anywhere() -> None:
    for phrase in BOILERPLATE_PHRASES:
        assert _has_hint(phrase), phrase
        assert _has_hint(f"x{phrase}x"), phrase


def _paragraphs_by_bisection(text: str) -> list[Paragraph]:
    """segment()'s loop as it was, each paragraph's share of the positions found by bisection."""
    stops, doubles, singles = (char_positions(text, chars) for chars in (SENTENCE_MARKS, DOUBLE_MARKS, SINGLE_OPENERS))
    paragraphs: list[Paragraph] = []
    begin = 0
    for line_end in [*char_positions(text, LINE_BREAKS), len(text)]:
        start, end = begin, line_end
        begin = line_end + 1
        if start >= end:
            continue
        if any(char.isspace() or char in INVISIBLE for char in (text[start], text[end - 1])):
            start, end = _strip(text, start, end)
            if start >= end:
                continue
        index = len(paragraphs)
        low = bisect_left(stops, start)
        marks = stops[low : bisect_left(stops, end - 2, low)]
        low = bisect_left(doubles, start)
        double_marks = doubles[low : bisect_left(doubles, end, low)]
        low = bisect_left(singles, start)
        openers = singles[low : bisect_left(singles, end, low)]
        sentences = split_sentences(text, start, end, marks) if marks else ((start, end),)
        quotes = find_quotes(text, start, end, index, double_marks, openers) if double_marks or openers else ()
        paragraphs.append(Paragraph(index, start, end, sentences, quotes, is_boilerplate(text[start:end])))
    return paragraphs


SEGMENT_PIECES = [
    "He", "said", "U.S.", "it's", "'", "‘", "’", '"', "“", "”", "„", "«", ".", "!", "?", ".”", "A", "9", " ", "  ",
    "\n", "\n\n", "\r\n", "\u2028", "\t", "\u200b", "x", "a.", "B?", "“Q", "'Q", " '",
]  # fmt: skip


@given(st.lists(st.sampled_from(SEGMENT_PIECES), max_size=40).map("".join))
@example("A. B\n\n“C.” D.\n 'E' F")
def test_forward_walk_gives_what_bisection_gave(text: str) -> None:
    assert list(segment(text).paragraphs) == _paragraphs_by_bisection(text)
