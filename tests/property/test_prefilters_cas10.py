"""Speed round 10, casualties: the month, unit and rate gates against the patterns they stand before, and
``_as_subject`` (word gates before its look-back patterns, answers kept per noun phrase and auxiliaries)
against the version that asked every pattern each time."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution import _casualties
from attribution._casualties import (
    ACTIVE_OBJECT_RE,
    AGE_NEAR_RE,
    APPOSITION_LEFT_RE,
    AUX_VERB_RE,
    BE_RE,
    FATALLY_NP_RE,
    HEDGED_AUX_RE,
    INCLUDING_RE,
    INNER_LIST_RE,
    INTRANSITIVE_RE,
    MONTH_LEFT_RE,
    NEGATED_AUX_RE,
    NO_LEFT_RE,
    NOUN_AUX_RE,
    NP_PARTITIVE_END_RE,
    OF_THE_LEFT_RE,
    PARTITIVE_ONLY_RE,
    RATE_RE,
    SINGULAR_AUX_RE,
    SUBJECT_RE,
    CasualtyCount,
    CasualtyKind,
    Quantity,
    _as_subject,
    _bad_noun_phrase,
    _count,
    find_quantities,
    rate_possible,
    read_quantity,
)
from attribution._casualty_patterns import UNIT_RE, unit_possible
from attribution._corescan import month_possible

PIECES = [
    " ", "  ", "\t", "\n", "\xa0", ",", ", ", ".", "-", "%", "(", ")", "_", "7", "19", "2015", "é", "K",
    "Jan", "jan.", "Sept", "september", "MAYBE", "may", "mayday", "decembers", "Dec", "xdec", "de", "a", "A",
    "per", "every", "Each", "annually", "day", "years", "percent", "cent", "kilometres", "homes", "pm", "a.m.",
    "o'clock", "people", "others", "were", "was", "who", "not", "n't", "have been", "reportedly", "critically",
    "killed", "died", "dead", "wounded", "injured", "hurt", "missing", "critical", "fatally", "bodies",
    "deaths", "casualties", "in critical condition", "of the", "of them", "of", "the", "including", "no",
    "No", "aged", "ages", "age", "Of", "INCLUDING", "and", "men", "children", "one", "two", "three", "five",
    "twelve", "dozens", "several", "at least", "shot", "police", "confirmed", "also", "all", "—", "–",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


@settings(max_examples=400)
@given(TEXTS, st.integers(min_value=0, max_value=120))
@example("on Jan. 5", 8)
@example("on Sept 5", 8)
@example("mayday 5", 7)
@example("Dec  5", 5)
@example("xdec 5", 5)
@example("de. 5", 4)
def test_month_gate_never_hides_a_match(text: str, position: int) -> None:
    position = min(position, len(text))
    if not month_possible(text, position):
        assert MONTH_LEFT_RE.search(text, max(0, position - 12), position) is None


@settings(max_examples=400)
@given(TEXTS, st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=200))
@example(" %", 0, 2)
@example("  years", 0, 7)
@example(" , 2015", 0, 7)
@example(",2015", 0, 5)
@example("\t\npm", 0, 4)
@example("5pm", 1, 3)
def test_unit_gate_never_hides_a_match(text: str, position: int, end: int) -> None:
    position, end = min(position, len(text)), min(end, len(text))
    if not unit_possible(text, position, end):
        assert UNIT_RE.match(text, position, end) is None


@settings(max_examples=400)
@given(TEXTS, st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=200))
@example(" , every", 0, 8)
@example(",per", 0, 4)
@example("  a day", 0, 7)
@example(" , \tannually", 0, 12)
def test_rate_gate_never_hides_a_match(text: str, position: int, end: int) -> None:
    position, end = min(position, len(text)), min(end, len(text))
    if not rate_possible(text, position, end):
        assert RATE_RE.match(text, position, end) is None


def _old_as_subject(text: str, start: int, end: int, quantity: Quantity) -> CasualtyCount | None:
    """``_as_subject`` of speed round 9 (without ``hits``): every pattern asked every time."""
    left = text[max(start, quantity.start - 30) : quantity.start]
    if INCLUDING_RE.search(left) or NO_LEFT_RE.search(left):
        return None
    match = SUBJECT_RE.match(text, quantity.end, end)
    if match is None:
        return None
    np = match.group("np")
    aux = match.group("aux").lower()
    if _bad_noun_phrase(np) or NEGATED_AUX_RE.search(aux) or AGE_NEAR_RE.search(left[-20:]):
        return None
    singular = SINGULAR_AUX_RE.match(aux)
    if OF_THE_LEFT_RE.search(left) and (singular or "," in np):
        return None
    if singular and (quantity.low or 0) > 1:
        return None
    partitive = NP_PARTITIVE_END_RE.search(np)
    if partitive and (
        AUX_VERB_RE.search(aux)
        or (partitive.group().lower() == "of" and not (match.group("noun_killed") or match.group("noun_injured")))
    ):
        return None
    if "who" in aux and (
        INNER_LIST_RE.search(np) or not (BE_RE.search(aux) or INTRANSITIVE_RE.match(match.group("pred")))
    ):
        return None
    after = match.end()
    if RATE_RE.match(text, after, end):
        return None
    kind: CasualtyKind
    if match.group("noun_killed") or match.group("noun_injured"):
        if (
            NOUN_AUX_RE.sub("", aux).strip(" ,")
            or len(np.split()) > 2
            or (match.group("pred").lower() == "bodies" and np.strip())
        ):
            return None
        kind = "killed" if match.group("noun_killed") else "injured"
    else:
        if match.group("critical") and not BE_RE.search(aux):
            return None
        if match.group("fatally") and not (FATALLY_NP_RE.fullmatch(np) and APPOSITION_LEFT_RE.search(left)):
            return None
        kind = "killed" if match.group("killed") else "missing" if match.group("missing") else "injured"
        if not aux.strip(" ,") and ACTIVE_OBJECT_RE.match(text, after, end):
            return None
    hedged = bool(HEDGED_AUX_RE.search(aux))
    who = np.strip(" ,")
    if not who or PARTITIVE_ONLY_RE.fullmatch(who):
        who = match.group("pred") or text[quantity.start : quantity.end]
    return _count(text, kind, quantity, quantity.start, after, who, hedged)


SENTENCE_PIECES = [piece for piece in PIECES if piece not in ("\t", "\n")]
SENTENCES = st.lists(st.sampled_from(SENTENCE_PIECES), min_size=2, max_size=30).map(" ".join)


@settings(max_examples=300)
@given(SENTENCES, st.booleans())
@example("no two people were killed", False)
@example("including two people, who were hurt", False)
@example("aged 19, two were not hurt", False)
@example("one of the five was killed", False)
@example("Of the five, one was killed", False)
@example("two were shot, one fatally", False)
@example("five people who killed others", False)
@example("dozens of the dead", False)
@example("three confirmed deaths", False)
def test_subject_is_the_old_subject(sentence: str, fresh: bool) -> None:
    if fresh:
        _casualties._NP_FACTS.clear()
        _casualties._AUX_FACTS.clear()
    for match in find_quantities(sentence, 0, len(sentence)):
        quantity = read_quantity(match)
        if quantity is None:
            continue
        end = min(len(sentence), match.end() + 300)
        assert _as_subject(sentence, 0, end, quantity) == _old_as_subject(sentence, 0, end, quantity)


def test_kept_answers_stay_bounded() -> None:
    _casualties._NP_FACTS.clear()
    for index in range(_casualties._FACTS_KEPT + 10):
        _casualties._np_facts(f" people{index}")
    assert 0 < len(_casualties._NP_FACTS) <= _casualties._FACTS_KEPT
