"""Speed round 9, casualties: the number-start walk over character codes (``_corescan``, the compiled
build's path) against the ``str.find`` scan it replaces and the core patterns; the object-verb search without
its toll branches, and the "of them" and rate gates, against the patterns they stand before."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution import _corescan
from attribution._casualty_patterns import (
    OBJECT_VERB_RE,
    OF_THEM_RE,
    RATE_RE,
    object_verb_search,
    of_them_possible,
    rate_possible,
)
from attribution._numbers import (
    _A_NEEDLES,
    _WORD_NEEDLES,
    CORE_RE,
    UNITS,
    WORD_CORE_AT_RE,
    _core_starts_by_find,
)

WORDS = [*UNITS, *_A_NEEDLES, "half", "dozens", "hundreds", "thousands", "millions", "several", "scores", "tens"]
PIECES = [
    *WORDS, "a", "an", "A", "aa", "someone", "often", "behalf", "tend", "weight", "forty-two", "a\tdozen",
    "a \n million", "a\x1cdozen", "half  a hundred", "12", "1,5.0", "5,", "3.", ",.", "2015", "x", "_", "-", ".",
    ",", " ", "  ", "\n", "\x1c", "\x1f", "\x0b", "(", "?", "$", "Two", "TEN", "b2", "z", "é",
]  # fmt: skip


def test_needle_table_is_the_needles() -> None:
    listed = sorted(needle for needles in _corescan._NEEDLES_BY_LETTER.values() for needle in needles)
    assert listed == sorted((*_WORD_NEEDLES, *_A_NEEDLES))
    for letter, needles in _corescan._NEEDLES_BY_LETTER.items():
        assert all(needle.startswith(letter) for needle in needles)
    assert _corescan._A_NEEDLES == _A_NEEDLES
    assert all(_corescan._PREFIX_TABLE[_corescan._prefix_key(*map(ord, needle[:3]))] for needle in _corescan._NEEDLES)
    assert [chr(code) for code in range(128) if _corescan._is_space(code)] == [
        chr(code) for code in range(128) if chr(code).isspace()
    ]


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.integers(min_value=0, max_value=90),
    st.integers(min_value=0, max_value=90),
)
@example("a dozen", 0, 7)
@example("xa dozen", 1, 8)
@example("half a dozen", 0, 12)
@example("half a dozen", 4, 12)
@example("ten  tens", 1, 9)
@example("12,3.4 5", 2, 8)
@example("one", 1, 3)
@example("a\x1cmillion two", 0, 13)
@example("5.two 3,ten_six", 0, 15)
@example("a two", 0, 4)
def test_code_walk_is_the_find_scan(text: str, low: int, span: int) -> None:
    low = min(low, len(text))
    high = min(len(text), low + span)
    if not text[max(low - 1, 0) : high].isascii():
        return
    expected = _core_starts_by_find(text, low, high)
    assert expected == [match.start() for match in CORE_RE.finditer(text, low, high)]
    assert _corescan.core_starts_by_codes(text, low, high, WORD_CORE_AT_RE) == expected


# OBJECT_VERB_RE as it was written before it was split into pieces for ``object_verb_search``.
PLAIN_OBJECT_VERB_RE = regex.compile(
    r"""(?xri)
    \b(?P<verb>(?P<killed>kill(?:ed|ing|s)|(?:shot|shooting|shoots)\s++dead|fatally\s++(?:shot|shooting|wounded|wounding)
        |murder(?:ed|ing|s)|massacr(?:ed|ing|es)|slaughter(?:ed|ing|s)|slew|slaying)
      |(?P<injured>wound(?:ed|ing|s)|injur(?:ed|ing|es)|hurt(?:ing|s)?|hospitali[sz](?:ed|ing|es))
      |(?P<lives>claimed|claiming|claims|cost|costing|costs|took|taking|takes|lost|losing)
      |(?P<lives_of>(?:claimed|claiming|claims|cost|costing|costs|took|taking|takes)\s++the\s++lives\s++of)
      |(?P<toll>(?:\btoll\b(?!-)|\bnumber\s++of\s++(?:\w++\s++)?(?:killed|dead|deaths|fatalities))
        [^.;:!?\n]{0,50}?\b(?:to|at|of|reached|reaches|hit|hits|is|was|stood|stands|now|:))
      |(?P<toll_injured>\bnumber\s++of\s++(?:\w++\s++)?(?:injured|wounded|injuries|casualties)
        [^.;:!?\n]{0,50}?\b(?:to|at|reached|reaches|hit|hits|is|was|stood|stands|now|:))
      |(?P<list>\b(?:dead|wounded|injured|killed|fatalities|casualties)
        (?:\s++(?:in|on|at|by|during|from)\s++[^.;:!?\n,]{1,40}?)?\s++(?:include|included|including|are|were))
      |(?P<deaths_of>\b(?:deaths|killings?|murders?|bodies|remains)\s++of)
      |(?P<received>received|receiving|treated|treating|admitted|admitting)
      |(?P<transport>rushed|rushing|took|taking|transported|transporting|airlifted|airlifting|flew|carried|sent|sending))
    \s++(?:(?:all|both|the|another|an\s++additional|a\s++further|his|her|their|its|your|our)\s++)?\Z
    """
)
LEFT_PIECES = [
    "toll", "Toll", "TOLL", "tolls", "toll-free", "number", "Number", "number of", "dead", "killed", "deaths",
    "injured", "wounded", "casualties", "rose", "to", "at", "of", "is", "was", "now", ":", "the", "an additional",
    "a further", "killing", "wounding", "claimed", "the lives of", "took", "including", "were", "in the city",
    "bodies of", "received", "sent", "people", "police", "said", ",", ".", " ", " ", "  ", "\n", "\t", "é", "ſ",
    "\u212a", "’", "5", "x",
]  # fmt: skip


def _summary(match: regex.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.groupdict())


@settings(max_examples=400)
@given(st.lists(st.sampled_from(LEFT_PIECES), max_size=14).map(" ".join), st.sampled_from(["", " ", "  ", "\n"]))
@example("the death toll rose to ", "")
@example("the number of dead is ", "")
@example("the Number of injured reached ", "")
@example("killing ", "")
@example("the deaths of ", "")
def test_object_verb_search_is_the_plain_search(left: str, tail: str) -> None:
    left += tail
    expected = _summary(PLAIN_OBJECT_VERB_RE.search(left))
    assert _summary(OBJECT_VERB_RE.search(left)) == expected
    assert _summary(object_verb_search(left)) == expected


AFTER_PIECES = [
    "of", "Of", "OF", "them", "whom", "those", "every", "Each", "per", "a day", "annually", "daily", "people", "killed",
    "oF", "day", "week", " of them", " Of those", " OF whom", ", every", " yearly", " Monthly", "5", "x", ",", ".",
    ";", " ", "  ", "\n", "\t", "\x1c", "\xa0", "é", "ſ", "\u212a", "’", "(",
]  # fmt: skip


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(AFTER_PIECES), max_size=8).map("".join),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=40),
)
@example(" of them", 0, 8)
@example(" every day", 0, 10)
@example(", every", 0, 7)
@example(" o", 0, 2)
@example(" Of them", 0, 8)
@example(" yearly", 0, 7)
def test_of_them_and_rate_gates_rule_out_only_failures(text: str, position: int, span: int) -> None:
    position = min(position, len(text))
    end = min(len(text), position + span)
    if not of_them_possible(text, position, end):
        assert OF_THEM_RE.match(text, position, end) is None
    if not rate_possible(text, position, end):
        assert RATE_RE.match(text, position, end) is None
