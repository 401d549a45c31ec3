"""The ninth round's segmentation and times shortcuts must give what the code they replaced gives.

The reference for the boilerplate flags is the per-paragraph hint loop of is_boilerplate as it
was before this round (one substring test per gate and hint, for each paragraph on its own);
``hinted_boilerplate`` now makes each hint's scan once over an article's short paragraphs.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._boilerplate import (
    BOILERPLATE_MAX_CHARS,
    BOILERPLATE_PHRASES,
    BOILERPLATE_TESTS,
    hinted_boilerplate,
    is_boilerplate,
)
from attribution._segment import segment


def _old_hinted(lower: str) -> bool:
    for gate, hints in BOILERPLATE_TESTS:
        if not gate or gate in lower:
            for hint, pattern, reach in hints:
                if hint in lower and pattern.search(lower, max(lower.find(hint) - reach, 0)) is not None:
                    return True
    return False


PIECES = [
    *BOILERPLATE_PHRASES, *(phrase.upper() for phrase in BOILERPLATE_PHRASES[::3]),
    *(phrase.title() for phrase in BOILERPLATE_PHRASES[1::4]), "Follow", "Jane", "Doe", "on", "Twitter", "©",
    "2024", "(AP", "(afp", "(Reuters", "photo", "the", "reporting", "editing", "by", "By", "Posted:", "comments",
    "join", "journalism", "more:", "watch", ":", ".", "(", '"', "“", "’", " ", "x", "É", "\u212a", "İ", "Σ", "ſ",
    "a" * 60,
]  # fmt: skip
PARAGRAPH = st.lists(st.sampled_from(PIECES), max_size=10).map(" ".join)


@settings(max_examples=300)
@given(st.lists(PARAGRAPH, max_size=8))
@example(["comment", "x", "leave a comment", "(ap photo", "x"])
@example(["reporting by", "x (", "editing by", "join", "journalism"])
@example(["share this", "share", "x", "share this"])
def test_hints_joined_flag_what_each_paragraph_flagged(paragraphs: list[str]) -> None:
    lowers = [paragraph.lower() for paragraph in paragraphs if len(paragraph) <= BOILERPLATE_MAX_CHARS]
    expected = {k for k, lower in enumerate(lowers) if _old_hinted(lower)}
    assert set(hinted_boilerplate(lowers)) == expected


@settings(max_examples=200)
@given(st.lists(PARAGRAPH, max_size=8), st.sampled_from(["\n", "\n\n", "\r\n", "\u2028"]))
@example(["By Jane Doe", "Follow Jane Doe on Twitter", "x", "Sign up for our newsletter"], "\n")
@example(["By Jane Doe, a reporter", "a" * 450 + " newsletter", "x", "read more: x"], "\n")
def test_segment_flags_each_paragraph_as_is_boilerplate_does(paragraphs: list[str], breaks: str) -> None:
    text = breaks.join(paragraphs)
    for paragraph in segment(text).paragraphs:
        assert paragraph.boilerplate == is_boilerplate(text[paragraph.start : paragraph.end])
