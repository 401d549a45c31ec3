"""The statements stage's cheap gates and memo give the answers of the checks they stand in front of."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution._cues import Cue
from attribution._exclusions import (
    IDIOM_RE,
    IDIOM_WORDS,
    NOUN_BEFORE_RE,
    PARTICIPLE_LEADS,
    PLURAL_HINTS,
    PLURAL_NOUN_CUES,
    SAY_FORMS,
    SAY_LEADS,
    idiom,
    noun_use,
)
from attribution._memo import PhraseMemo
from attribution._outlets import outlet_index
from attribution._phrases import after_cue
from attribution._sources import source_before
from strategies import word_in_context

LEAD_WORDS = [
    "the", "The", "a", "A", "an", "his", "HIS", "her", "its", "their", "our", "my", "your", "this", "every",
    "mayor's", "mayor’s", "who's", "he's", "Obama", "hiſ", "thİs", "İts", "having", "that", "being", "be",
    "without", "to", "worth", "as", "was", "been", "many", "few", "dozens", "of", "made", "makes", "several",
    "counter-", "and", "it", "goes", "going", "go", "needless", "suffice", "should", "must", "x", "-", ",",
]  # fmt: skip
CUE_WORDS = ["said", "say", "saying", "claims", "reports", "calls", "noted", "expected", "mentioned", "warned"]
TAIL_WORDS = ["", " that", " that the", " by", ",", " things", " of it", " claims", " is"]


def _noun_use_reference(text: str, cue: Cue, floor: int) -> bool:
    """noun_use as it was before its letter-pair gate."""
    if text.startswith(" that ", cue.end):
        return False
    if cue.start - floor < 2 or text[cue.start - 1] != " " or text[cue.start - 2] not in "earnsyERANSY":
        return False
    return NOUN_BEFORE_RE.search(text, max(floor, cue.start - 12), cue.start) is not None


def _idiom_reference(text: str, cue: Cue, floor: int) -> bool:
    """idiom as it was before its space gate."""
    word = text[cue.start : cue.end].lower()
    if word in SAY_FORMS:
        if not text[max(floor, cue.start - 9) : cue.start].lower().endswith(SAY_LEADS):
            return False
    elif word in PLURAL_NOUN_CUES:
        lead = text[max(floor, cue.start - 40) : cue.start].lower()
        if not any(hint in lead for hint in PLURAL_HINTS):
            return False
    elif word not in IDIOM_WORDS or not text[max(floor, cue.start - 6) : cue.start].lower().endswith(PARTICIPLE_LEADS):
        return False
    return any(
        m.start() <= cue.start and m.end() >= cue.end
        for m in IDIOM_RE.finditer(text, max(floor, cue.start - 40), cue.end + 7)
    )


@settings(max_examples=400)
@given(
    word_in_context(
        leads=LEAD_WORDS,
        max_leads=5,
        lasts=LEAD_WORDS,
        joints=[" ", " ", " ", "", "-", "_"],
        words=CUE_WORDS,
        tails=TAIL_WORDS,
        max_floor=30,
    )
)
def test_gated_exclusions_match_the_ungated_ones(case: tuple[str, int, int, int]) -> None:
    text, start, end, floor = case
    cue = Cue(start, end, text[start:end], "assert", "clause")
    assert noun_use(text, cue, floor) == _noun_use_reference(text, cue, floor)
    assert idiom(text, cue, floor) == _idiom_reference(text, cue, floor)


SENTENCE_WORDS = ["The", "mayor", "said", "told", "Reuters", "that", "officials", ",", "“Yes,”", "he", "on", "Monday"]


@given(st.lists(st.sampled_from(SENTENCE_WORDS), min_size=1, max_size=14), st.data())
def test_memo_gives_the_direct_answers(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words) + "."
    outlets = outlet_index(())
    memo = PhraseMemo(text, outlets)
    for _ in range(2):  # the second round reads the memo
        floor = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
        at = data.draw(st.integers(min_value=floor, max_value=len(text) - 1))
        assert memo.source_before(floor, at) == source_before(text, floor, at)
        end = data.draw(st.integers(min_value=at, max_value=len(text)))
        cue = Cue(at, at, "tell", "assert", "clause")
        assert memo.after_cue(cue, end) == after_cue(text, cue, end, outlets)
