"""The casualty stage's lower-cased copy: "?" for punctuation beyond Latin-1 finds what ``str.lower`` finds."""

from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from attribution import _casualties
from attribution._casualties import SENTENCE_HEDGE_HINTS, _casualty_sentences, _lowered, find_casualties
from attribution._casualty_patterns import AUX, NP_WORD, PREDICATE, STOP, STOP_BY_LETTER, SUBJECT_RE, TRIGGER_STEMS
from attribution._numbers import CORE_RE, _core_starts
from attribution._segment import segment


def test_punctuation_beyond_latin1_lowers_to_punctuation_beyond_ascii() -> None:
    # Why "?" may stand in: what str.lower makes of such a character is no ASCII character, alphanumeric
    # or white space either, and keeps the length.
    for code in range(0x100, sys.maxunicode + 1):
        char = chr(code)
        if char.isalnum() or char.isspace():
            continue
        lower = char.lower()
        assert len(lower) == 1
        assert not lower.isascii()
        assert not lower.isalnum()
        assert not lower.isspace()
        assert not re.match(r"[\w\s]", lower)


PIECES = [
    *TRIGGER_STEMS, "KILLED", "Dead", "One", "TWO", "a dozen", "half", "a", "dozen", "Several", "12", "3,000",
    " ", ". ", "\n", "x", "reportedly", "Reports", "people were killed", "é", "Ü",
    "’", "‘", "“", "”", "—", "–", "…", "€", "•", "\u200b", "\u200e", "►", "Ⓐ", "↓",
    "\u2009", "\u3000", "\u2028", "٣", "Ω", "\u212a", "ſ", "ⅰ", "İ", "ǅ",
]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
@example("half\u2009a dozen “killed”")
@example("\u212aILLED ’ one")
@example("")  # low=1 lies past the end: the compiled byte walk once read before an empty window
def test_lowered_finds_what_lower_finds(text: str) -> None:
    lowered, reference = _lowered(text), text.lower()
    assert len(lowered) == len(text) or lowered == reference
    assert (len(lowered) == len(text)) == (len(reference) == len(text))
    for word in (*TRIGGER_STEMS, *SENTENCE_HEDGE_HINTS):
        assert [m.start() for m in re.finditer(re.escape(word), lowered)] == [
            m.start() for m in re.finditer(re.escape(word), reference)
        ]
    assert [m.start() for m in CORE_RE.finditer(lowered)] == [m.start() for m in CORE_RE.finditer(reference)]
    if len(reference) == len(text):
        for low in (0, 1, len(text) // 2):
            assert _core_starts(lowered, low, len(text)) == _core_starts(reference, low, len(text))


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@example("Three people were “killed” — and 12 wounded’s.")
def test_casualties_with_lowered_are_those_with_lower(text: str) -> None:
    document = segment(text)
    assert _casualty_sentences(document, _lowered(text)) == _casualty_sentences(document, text.lower())
    found = find_casualties(document)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_casualties, "_lowered", str.lower)
        assert find_casualties(document) == found


PLAIN_NP_WORD = NP_WORD.replace(STOP_BY_LETTER, STOP)
assert PLAIN_NP_WORD != NP_WORD
# SUBJECT_RE as it was written before its word lists branched on the first letter.
PLAIN_SUBJECT_RE = regex.compile(
    rf"""(?xi)
    (?<!\s)(?P<np>(?:(?:\s*+,\s*+|\s++){PLAIN_NP_WORD}){{0,12}}?)
    (?P<aux>(?:\s*+,)?(?:\s++(?:{AUX}|n't)\b){{0,6}}+)
    \s++(?P<pred>{PREDICATE})
    """
)
SUBJECT_WORDS = [
    *STOP.split("|"), *AUX.split("|"), "n't", "wasn't", "Were", "WAS", "Is", "ISN'T", "people", "five", "12",
    "of", "them", "the", "those", "shot", "killed", "died", "dead", "wounded", "injured", "hurt", "missing",
    "taken", "to", "hospital", "in", "critical", "condition", "deaths", "bodies", "casualties", "fatally",
    "(police)", "soldiers", "\u212ailled", "İs", "ſo", "Wh", "beings", "awhile", "tolls",
]  # fmt: skip


@given(
    st.lists(
        st.tuples(st.sampled_from(SUBJECT_WORDS), st.sampled_from([" ", " ", " ", ", ", "  ", ""])), max_size=18
    ).map(lambda pairs: "".join(word + gap for word, gap in pairs))
)
@example("five people were reportedly killed")
@example("12 of them, who were later taken to hospital")
def test_subject_pattern_matches_as_the_plain_alternations(tail: str) -> None:
    text = "5 " + tail
    for position in (1, 2):
        new, old = SUBJECT_RE.match(text, position), PLAIN_SUBJECT_RE.match(text, position)
        assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))


def test_every_listed_word_is_read_as_before() -> None:
    # Each word alone, in three casings: the victim-phrase word and the auxiliary slot take what they took.
    new_word, old_word = regex.compile(rf"(?xi){NP_WORD}"), regex.compile(rf"(?xi){PLAIN_NP_WORD}")
    for word in SUBJECT_WORDS:
        for form in (word, word.upper(), word.title()):
            text = f"5 {form} killed"
            assert bool(new_word.fullmatch(form)) == bool(old_word.fullmatch(form)), form
            new, old = SUBJECT_RE.match(text, 1), PLAIN_SUBJECT_RE.match(text, 1)
            assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups())), form
