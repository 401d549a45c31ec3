"""The boilerplate pre-test must pass every paragraph the boilerplate pattern would flag."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from attribution._segment import (
    BOILERPLATE_MAX_CHARS,
    BOILERPLATE_PHRASES,
    BOILERPLATE_RE,
    BYLINE_RE,
    _has_hint,
    is_boilerplate,
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
