"""is_boilerplate's hint tests on an ASCII stand-in must flag what the pattern on the lowered paragraph flags."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from attribution._segment import (
    BOILERPLATE_HINTS,
    BOILERPLATE_MAX_CHARS,
    BOILERPLATE_PHRASES,
    BOILERPLATE_RE,
    BYLINE_RE,
    GATED_HINTS,
    _ascii_lower,
    is_boilerplate,
)

HINTS = [*BOILERPLATE_HINTS, *(hint for _, hints in GATED_HINTS for hint in hints)]


def _reference(paragraph: str) -> bool:
    """is_boilerplate without any hint: the byline pattern, the length cap, the phrase pattern."""
    if paragraph[:1] in "BPU" and BYLINE_RE.match(paragraph):
        return True
    return len(paragraph) <= BOILERPLATE_MAX_CHARS and BOILERPLATE_RE.search(paragraph.lower()) is not None


PIECES = [
    *BOILERPLATE_PHRASES, *(phrase.upper() for phrase in BOILERPLATE_PHRASES[::2]), "Follow", "Jane", "on",
    "Twitter", "©", "2024", "(AP", "(Reuters", "photo", "the", "by", "more:", ":", ".", "“", "”", "’", "—", " ",
    "x", "é", "É", "\u212a", "İ", "ı", "ſ", "ß", "Σ", "ж", "\U0001f600", "CLIC\u212a HERE", "İMAGE CAPTION",
    "donat\u0130on", "\u212aeep", "Sign Up", "SHARE ", "co\u0301mment", "jo\u00efn",
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["", " ", "x", "By ", "“", "é"]))
@example(["CLIC\u212a HERE"], "“")
@example(["İMAGE CAPTION"], "é")
@example(["copyright ©"], "é")
def test_ascii_stand_in_flags_what_the_lowered_paragraph_flags(words: list[str], edge: str) -> None:
    paragraph = edge + " ".join(words) + edge
    assert is_boilerplate(paragraph) == _reference(paragraph)


@given(st.text(max_size=60))
def test_hints_occur_in_the_stand_in_where_they_occur_in_the_lowered_text(paragraph: str) -> None:
    lower, stand_in = paragraph.lower(), _ascii_lower(paragraph)
    for hint in HINTS:
        if hint != "©":
            assert (hint in stand_in) == (hint in lower), hint


def test_only_two_characters_beyond_ascii_lower_to_ascii() -> None:
    # What _ascii_lower's docstring relies on, over every code point.
    found = [code for code in range(0x80, 0x110000) if any(ord(char) < 0x80 for char in chr(code).lower())]
    assert found == [0x130, 0x212A]
    assert [code for code in range(0x110000) if "©" in chr(code).lower()] == [0xA9]
    assert all("?" not in hint for hint in HINTS)
