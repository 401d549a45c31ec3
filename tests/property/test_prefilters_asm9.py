"""Ninth speed round, assembly: each shortcut against the code it replaced."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution import _make as make
from attribution._mentions import DOCUMENT_HEADS, DOCUMENT_RE, POSSESSIVE_DOCUMENT_RE, document_author
from attribution._outlets import MEDIUM_ENDS, MEDIUM_ENDS_BY_LAST

from .test_make import CASES


@pytest.mark.parametrize(("model", "maker", "fields", "values"), CASES, ids=[case[0].__name__ for case in CASES])
def test_both_ways_of_writing_slots_make_what_the_class_makes(
    monkeypatch: pytest.MonkeyPatch, model: type, maker: Any, fields: Any, values: Any
) -> None:
    # Interpreted, the flag is read at each call and both paths run here; compiled, mypyc has
    # folded it in and this checks the compiled path (the one that build takes) twice.
    @settings(max_examples=300)
    @given(values)
    def check(drawn: tuple[Any, ...]) -> None:
        built = model(*drawn)
        for by_setattr in (False, True):
            monkeypatch.setattr(make, "BY_SETATTR", by_setattr)
            made = maker(*drawn)
            assert type(made) is model
            assert made == built
            assert hash(made) == hash(built)
            assert repr(made) == repr(built)
            assert tuple(getattr(made, name) for name in fields) == drawn

    check()


def _document_author_reference(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """document_author as it was before the word gates (round 9)."""
    phrase = text[span[0] : span[1]]
    lower = phrase.lower()
    if " by " in lower or " from " in lower or " of " in lower:
        match = DOCUMENT_RE.match(text, span[0], span[1])
        if match is not None and match.end() < span[1]:
            return match.end(), span[1]
    if "'s " not in phrase and "’s " not in phrase:
        return span
    owner = POSSESSIVE_DOCUMENT_RE.match(text, span[0], span[1])
    if owner is not None and text[owner.end() + 3 : span[1]].split(" ")[0].rstrip("s") in DOCUMENT_HEADS:
        return owner.start(), owner.end()
    return span


# Words of a document phrase, in the cases and spellings the patterns fold or not.
DOCUMENT_PARTS = [
    "a", "an", "The", "its", "HIS", "their", "joint", "new", "statement", "Statement", "STATEMENT", "ſtatement",
    "letter", "tweet", "message", "post", "posting", "posts", "communique", "communiqué", "COMMUNIQUÉ", "release",
    "note", "email", "e-mail", "E-MAIL", "notice", "report", "office", "account", "spokesman", "lawyer",
    "attorney", "issued", "signed", "by", "BY", "from", "of", "the", "ministry", "Lee's", "Lee’s", "Ana",
    "Lee", "\u212aim", "statements", "notes", "said",
]  # fmt: skip


@settings(max_examples=1000)
@example(["a", "statement", "by", "the", "ministry"], "", "")
@example(["The", "ſtatement", "by", "Lee"], "", "")
@example(["Lee's", "lawyer"], "", " said")
@example(["Lee's", "statement"], "x ", "")
@given(
    st.lists(st.sampled_from(DOCUMENT_PARTS), min_size=1, max_size=7),
    st.sampled_from(["", "x ", "Then "]),
    st.sampled_from(["", " said", "s said", "'s"]),
)
def test_document_author_with_word_gates_is_the_pattern_answer(words: list[str], before: str, after: str) -> None:
    phrase = " ".join(words)
    text = before + phrase + after
    span = (len(before), len(before) + len(phrase))
    assert document_author(text, span) == _document_author_reference(text, span)


@settings(max_examples=500)
@example("the newspaper")
@example("")
@example("TV")
@given(st.lists(st.sampled_from([*MEDIUM_ENDS, "s", "a", "V", "x", " ", "é", "’s"]), max_size=4).map("".join))
def test_medium_ends_by_last_character_are_the_medium_ends(phrase: str) -> None:
    ends = MEDIUM_ENDS_BY_LAST.get(phrase[-1:])
    assert (ends is not None and phrase.endswith(ends)) == phrase.endswith(MEDIUM_ENDS)
