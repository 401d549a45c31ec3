"""Casualty counts: numbers of people killed, injured or missing (ANNOTATION.md §2).

Each number phrase in a sentence that mentions a casualty word is tried, in order, as

1. the object of a casualty verb ("killing at least 19 people", "wounding dozens",
   "claimed an estimated 400,000 lives", "the death toll rose to 14", "the wounded
   included two officers", "the deaths of 12 miners", "hospitals received five
   patients");
2. a later member of a list whose first member was a count ("nine Germans and one
   Peruvian", "including at least one teacher") or a part of the count just before
   ("killed 30 people, 10 of them children", "the toll rose to 43, of whom 19 ...");
3. the subject of a casualty predicate ("Two members were killed", "five others died",
   "36 wounded", "19 bodies", "seven of those were in serious condition", "29 were
   taken to a hospital", "one fatally"), with up to a dozen words of noun phrase in
   between; a part with its own predicate ("three of those people later died") takes
   that predicate.

Not counts: numbers followed by a unit (years, percent, block, attacks ...), years,
dates, ages (", 62," / "aged 62" / "62-year-old"), rates ("every 25 minutes"),
animals, hypotheticals ("would have killed", "could kill"), negations, a plural
number with a singular verb ("a mother of three ... was killed"), and a number whose
clause belongs to something else ("one of the five victims", "gunmen who killed").
Patterns live in ``_casualty_patterns``; ``_numbers`` reads the quantities.

How words are read: "killed", "dead", "died", "deaths", "death toll", "fatalities",
"bodies", "lost their lives", "fatally wounded" give ``killed``; "wounded", "injured",
"hurt", "hospitalized", taken to hospital, in critical condition give ``injured``;
"casualties" (killed and wounded together in military usage, never only the dead)
is read as ``injured``; "missing" and "unaccounted for" give ``missing``.
"shot" alone says neither killed nor injured and is no count.

Only one entry per distinct (kind, low, high) is kept, the first mention, as the
spec counts them.
"""

from __future__ import annotations

import functools
from typing import Final

from . import _make as make
from ._casualty_patterns import (
    ACTIVE_OBJECT_RE,
    AGE_LEFT_RE,
    AGE_NEAR_RE,
    APPOSITION_LEFT_RE,
    AUX_VERB_RE,
    BE_RE,
    FATALLY_NP_RE,
    HEDGE_RE,
    HEDGE_REACH,
    HEDGED_AUX_RE,
    HYPOTHETICAL_RE,
    INCLUDING_RE,
    INNER_LIST_RE,
    INNER_OK_RE,
    INTRANSITIVE_RE,
    LIST_GAP_RE,
    LIST_KILLED_RE,
    LIST_REACH,
    LIVES_RE,
    LOOKBACK,
    MODAL_HEDGE_RE,
    MONTH_LEFT_RE,
    NEGATED_AUX_RE,
    NEW_CLAUSE_RE,
    NO_LEFT_RE,
    NOT_PEOPLE_RE,
    NOUN_AUX_RE,
    NP_BAD_END_RE,
    NP_ED_WORDS,
    NP_PARTITIVE_END_RE,
    OF_THE_LEFT_RE,
    OF_THE_NUMBER_RE,
    OF_THEM_RE,
    OF_WHOM_RE,
    PART_REACH,
    PARTITIVE_RE,
    PATIENTS_RE,
    RATE_RE,
    RIGHT_REACH,
    SENTENCE_HEDGE_RE,
    SINGULAR_AUX_RE,
    STOP_RE,
    SUBJECT_RE,
    TRANSPORT_RE,
    UNIT_RE,
    VERB_ED_RE,
    WHO_RE,
    YEAR_PEOPLE_RE,
    object_verb_possible,
    object_verb_search,
    of_them_possible,
    rate_possible,
    unit_possible,
)
from ._corescan import casualty_sentences as _casualty_sentences
from ._corescan import lowered_ascii as _lowered
from ._corescan import month_possible
from ._corescan import near_stem as _near_stem
from ._corescan import stem_between as _stem_between
from ._lazy import lazy_compile
from ._models import CasualtyCount, CasualtyKind
from ._numbers import QUANTITY_RE, Quantity, _core_starts, find_quantities, read_quantity
from ._segment import Document

# A victim phrase that is only "of the" or "of those" leaves the naming to the predicate.
PARTITIVE_ONLY_RE: Final = lazy_compile(r"(?i)of(?:\s++(?:the|those|them))?+")


def find_casualties(document: Document) -> list[CasualtyCount]:
    """Every distinct casualty count of the document, first mention kept, in text order."""
    text = document.text
    found: list[CasualtyCount] = []
    seen: set[tuple[str, int | None, int | None]] = set()
    lowered = _lowered(text)
    sentences, hits = _casualty_sentences(document, lowered)
    for start, end in sentences:
        for count in _sentence_counts(text, start, end, hits, lowered):
            key = (count.kind, count.low, count.high)
            if key not in seen:
                seen.add(key)
                found.append(count)
    return found


def _sentence_counts(text: str, start: int, end: int, hits: list[int] | None, lowered: str) -> list[CasualtyCount]:
    counts: list[CasualtyCount] = []
    # Only a count that ends on its victims can start a list; a predicate ends the clause.
    list_heads: list[CasualtyCount] = []
    hedged_sentence: bool | None = None
    wanted = None if hits is None else functools.partial(_near_stem, hits)
    for match in find_quantities(text, start, end, lowered, wanted):
        quantity = read_quantity(match)
        # Every look to the right stops here: `regex` may scan to endpos for a literal,
        # so an unbounded endpos would make a long sentence quadratic.
        limit = min(end, match.end() + RIGHT_REACH)
        if quantity is None or _not_people(text, match.group("a"), quantity, limit):
            continue
        count = _as_object(text, start, limit, quantity)
        if (
            count is None
            and of_them_possible(text, quantity.end, limit)
            and OF_THEM_RE.match(text, quantity.end, limit)
        ):
            # "14 were hurt, and three of those people later died": the predicate wins;
            # "killed 30 people, 10 of them children": a part of the count before.
            count = _as_subject(text, start, limit, quantity, hits)
            if count is None or "," in count.text:
                count = _as_list_member(text, limit, quantity, list_heads, counts)
            list_heads.clear()
        elif count is None and (count := _as_list_member(text, limit, quantity, list_heads, counts)) is None:
            count = _as_subject(text, start, limit, quantity, hits)
            list_heads.clear()
        else:
            list_heads.append(count)
        if count is None:
            continue
        if hedged_sentence is None:
            hedged_sentence = _hedged_sentence(text, start, end, hits, lowered)
        if hedged_sentence and not count.hedged:
            count = _replace_hedged(count)
        counts.append(count)
    return counts


# Every branch of SENTENCE_HEDGE_RE holds one of these.
SENTENCE_HEDGE_HINTS: Final[tuple[str, ...]] = ("report", "allegedly", "unconfirmed")


def _hedged_sentence(text: str, start: int, end: int, hits: list[int] | None, lowered: str) -> bool:
    # Where ``lowered`` is true to offsets (``hits`` is not None: no İ, which lowers to two
    # characters), a letter of the hints matches under ``regex``'s (?i) only characters that
    # lower() maps to it (the other non-ASCII ones, ſ and K, fold to s and k, in no hint), so
    # a sentence without any hint holds no match; most have none (a pattern call is ~9 µs).
    if hits is not None:
        for hint in SENTENCE_HEDGE_HINTS:
            if lowered.find(hint, start, end) >= 0:
                break
        else:
            return False
    return SENTENCE_HEDGE_RE.search(text, start, end) is not None


def _not_people(text: str, number: str, quantity: Quantity, end: int) -> bool:
    if unit_possible(text, quantity.end, end) and UNIT_RE.match(text, quantity.end, end):
        return True
    if len(number) == 4 and number.isdigit() and number[:2] in ("19", "20"):
        # "in 2015 killings rose": a year, unless people follow ("killed 1900 people").
        return not YEAR_PEOPLE_RE.match(text, quantity.end, end)
    if (
        len(number) <= 2
        and number.isdigit()
        and month_possible(text, quantity.start)
        and MONTH_LEFT_RE.search(text, max(0, quantity.start - 12), quantity.start)
    ):
        return True
    if text[quantity.end : quantity.end + 1] not in (",", ")"):
        return False
    return bool(AGE_LEFT_RE.search(text, max(0, quantity.start - 6), quantity.start))


def _as_object(text: str, start: int, end: int, quantity: Quantity) -> CasualtyCount | None:
    left_start = max(start, quantity.start - LOOKBACK)
    left = text[left_start : quantity.start]
    if not object_verb_possible(left):
        return None
    verb = object_verb_search(left)
    if verb is None:
        return None
    before = text[max(start, left_start + verb.start() - 40) : left_start + verb.start()]
    if HYPOTHETICAL_RE.search(before):
        return None
    kind: CasualtyKind
    tail = quantity.end
    if verb.group("killed") or verb.group("toll") or verb.group("lives_of"):
        kind = "killed"
    elif verb.group("lives"):
        lives = LIVES_RE.match(text, quantity.end, end)
        if lives is None:
            return None
        kind, tail = "killed", lives.end()
    elif verb.group("received"):
        patients = PATIENTS_RE.match(text, quantity.end, end)
        if patients is None:
            return None
        kind, tail = "injured", patients.end()
    elif verb.group("transport"):
        transport = TRANSPORT_RE.match(text, quantity.end, end)
        if transport is None:
            return None
        kind, tail = "injured", transport.end()
    elif verb.group("list"):
        kind = "killed" if LIST_KILLED_RE.match(verb.group("list")) else "injured"
    elif verb.group("deaths_of"):
        kind = "killed"
    else:
        kind = "injured"
    if rate_possible(text, tail, end) and RATE_RE.match(text, tail, end):
        return None
    who, who_end = _who(text, tail, end)
    if who is not None and NOT_PEOPLE_RE.match(who):
        return None
    span_start = left_start + verb.start("verb")
    span_end = max(tail, who_end)
    hedged = bool(MODAL_HEDGE_RE.search(before) or HEDGE_RE.search(before[-HEDGE_REACH:]))
    return _count(text, kind, quantity, span_start, span_end, who, hedged)


def _as_subject(
    text: str, start: int, end: int, quantity: Quantity, hits: list[int] | None = None
) -> CasualtyCount | None:
    if hits is not None and not _stem_between(hits, quantity.end, end):
        # A rule as well as a shortcut: SUBJECT_RE is tried only with a stem ahead. Most of its
        # predicates hold one; the few that do not ("mortally shot", "among the deceased") are
        # not read here, except on the path without hits (text whose lower-casing changes its length).
        return None
    left = text[max(start, quantity.start - 30) : quantity.start]
    # Each look-back pattern needs its word ("including", "no", "age", "of") in ``left``; in ASCII text (?i)
    # matches only the two ASCII cases of a letter, so where ``lower()`` lacks the word the pattern fails.
    ascii_left = left.isascii()
    low_left = left.lower() if ascii_left else ""
    if (not ascii_left or "including" in low_left) and INCLUDING_RE.search(left):
        return None
    if (not ascii_left or "no" in low_left) and NO_LEFT_RE.search(left):
        return None
    match = SUBJECT_RE.match(text, quantity.end, end)
    if match is None:
        return None
    np = match.group("np")
    # What the checks below ask of the noun phrase and of the auxiliaries depends on those strings alone,
    # and a few of each recur ("people", "were"): answers are kept, not asked again of ~15 patterns.
    bad, partitive, of_end, inner_list, fatally_np, long_np, who_in_pred = _np_facts(np)
    negated, singular, aux_verb, who_clause, be, noun_aux_rest, hedged, bare_aux = _aux_facts(match.group("aux"))
    if bad or negated or ((not ascii_left or "age" in low_left[-20:]) and AGE_NEAR_RE.search(left[-20:])):
        return None
    if (singular or "," in np) and (not ascii_left or "of" in low_left) and OF_THE_LEFT_RE.search(left):
        # "one of the four was killed" counts one, not four ("of the 36 wounded" is 36).
        return None
    if singular and (quantity.low or 0) > 1:
        # "a mother of three ... was killed": a plural number with a singular verb is
        # not the subject.
        return None
    nominal = bool(match.group("noun_killed") or match.group("noun_injured"))
    if partitive and (aux_verb or (of_end and not nominal)):
        return None
    # "friends, including the boy who was killed": the relative clause is about the boy;
    # "people who killed ...": an active verb, the number counts the killers.
    if who_clause and (inner_list or not (be or INTRANSITIVE_RE.match(match.group("pred")))):
        return None
    after = match.end()
    if rate_possible(text, after, end) and RATE_RE.match(text, after, end):
        return None
    kind: CasualtyKind
    if nominal:
        if noun_aux_rest or long_np or (match.group("pred").lower() == "bodies" and np.strip()):
            return None
        kind = "killed" if match.group("noun_killed") else "injured"
    else:
        if match.group("critical") and not be:
            return None
        if match.group("fatally") and not (fatally_np and APPOSITION_LEFT_RE.search(left)):
            # "Five were shot, one fatally": only right after a comma or a dash.
            return None
        kind = "killed" if match.group("killed") else "missing" if match.group("missing") else "injured"
        if bare_aux and ACTIVE_OBJECT_RE.match(text, after, end):
            return None
    # "12 bodies", "several of the wounded": the predicate word names the victims.
    who = (match.group("pred") or text[quantity.start : quantity.end]) if who_in_pred else np.strip(" ,")
    return _count(text, kind, quantity, quantity.start, after, who, hedged)


# Answers for noun phrases and auxiliaries already seen (``_np_facts``, ``_aux_facts``); cleared when full, so
# memory stays bounded over any number of texts.
_FACTS_KEPT: Final = 4096
_NP_FACTS: Final[dict[str, tuple[bool, bool, bool, bool, bool, bool, bool]]] = {}
_AUX_FACTS: Final[dict[str, tuple[bool, bool, bool, bool, bool, bool, bool, bool]]] = {}


def _np_facts(np: str) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
    """What ``_as_subject`` asks of a victim noun phrase: bad, ends in a partitive, that partitive is "of",
    holds a list, fits "fatally", has more than two words, names no victim of its own."""
    facts = _NP_FACTS.get(np)
    if facts is None:
        partitive = NP_PARTITIVE_END_RE.search(np)
        who = np.strip(" ,")
        facts = (
            _bad_noun_phrase(np),
            partitive is not None,
            partitive is not None and partitive.group().lower() == "of",
            INNER_LIST_RE.search(np) is not None,
            FATALLY_NP_RE.fullmatch(np) is not None,
            len(np.split()) > 2,
            not who or PARTITIVE_ONLY_RE.fullmatch(who) is not None,
        )
        if len(_NP_FACTS) >= _FACTS_KEPT:
            _NP_FACTS.clear()
        _NP_FACTS[np] = facts
    return facts


def _aux_facts(group: str) -> tuple[bool, bool, bool, bool, bool, bool, bool, bool]:
    """What ``_as_subject`` asks of the auxiliaries (SUBJECT_RE's group "aux"): negated, singular, holds a
    verb, holds "who", holds "be", holds more than the words allowed before a noun, hedged, empty."""
    facts = _AUX_FACTS.get(group)
    if facts is None:
        aux = group.lower()
        facts = (
            NEGATED_AUX_RE.search(aux) is not None,
            SINGULAR_AUX_RE.match(aux) is not None,
            AUX_VERB_RE.search(aux) is not None,
            "who" in aux,
            BE_RE.search(aux) is not None,
            bool(NOUN_AUX_RE.sub("", aux).strip(" ,")),
            HEDGED_AUX_RE.search(aux) is not None,
            not aux.strip(" ,"),
        )
        if len(_AUX_FACTS) >= _FACTS_KEPT:
            _AUX_FACTS.clear()
        _AUX_FACTS[group] = facts
    return facts


def _bad_noun_phrase(np: str) -> bool:
    """Reject noun phrases that hide a verb or that count something else ("one of the five")."""
    for word in VERB_ED_RE.findall(np):
        if word.lower() not in NP_ED_WORDS:
            return True
    if NOT_PEOPLE_RE.search(np) or NP_BAD_END_RE.search(np) or NEW_CLAUSE_RE.search(np):
        return True
    inner_part = OF_THEM_RE.search(np)
    if inner_part and np[: inner_part.start()].strip() and not np[inner_part.end() :].strip(" ,"):
        # "126 hostages, half of whom were hospitalized": the clause is about the half.
        return True
    if OF_THE_NUMBER_RE.fullmatch(np):
        # "Eleven of the 36 wounded": a part of a count, right before the predicate.
        return False
    if np.isascii() and not _core_starts(np.lower(), 0, len(np)):
        # Every QUANTITY_RE match holds a number core (find_quantities looks nowhere else); nine phrases in
        # ten hold none, and finditer tries the pattern at each of their positions.
        return False
    return any(not INNER_OK_RE.search(np, 0, inner.start()) for inner in QUANTITY_RE.finditer(np))


def _as_list_member(
    text: str, end: int, quantity: Quantity, heads: list[CasualtyCount], counts: list[CasualtyCount]
) -> CasualtyCount | None:
    """A later member of a list of victims, of an "including ..." list after any count,
    or a part of the count just before ("killed 30 people, 10 of them children")."""
    if not counts:
        return None
    previous = counts[-1]
    if quantity.start - previous.end > LIST_REACH:
        return None
    gap = text[previous.end : quantity.start]
    part = (
        of_them_possible(text, quantity.end, end) and OF_THEM_RE.match(text, quantity.end, end)
    ) or OF_WHOM_RE.search(gap)
    if part and quantity.start - previous.end <= PART_REACH:
        return _count(text, previous.kind, quantity, quantity.start, quantity.end, None, previous.hedged)
    if PARTITIVE_RE.match(text, quantity.end, end):
        return None
    if previous.start < quantity.start < previous.end:
        # "Eight people, including two children, died": a part named inside the count.
        gap = text[max(previous.start, quantity.start - PART_REACH) : quantity.start]
        listed = False
    else:
        listed = bool(heads and heads[-1] is previous and LIST_GAP_RE.fullmatch(gap) and not STOP_RE.search(gap))
    if not listed and not INCLUDING_RE.search(gap):
        return None
    who, who_end = _who(text, quantity.end, end)
    if who is not None and NOT_PEOPLE_RE.search(who):
        return None
    return _count(text, previous.kind, quantity, quantity.start, max(quantity.end, who_end), who, previous.hedged)


def _who(text: str, position: int, end: int) -> tuple[str | None, int]:
    match = WHO_RE.match(text, position, end)
    if match is None:
        return None, position
    return match.group("who").rstrip(), match.start("who") + len(match.group("who").rstrip())


def _count(
    text: str,
    kind: CasualtyKind,
    quantity: Quantity,
    span_start: int,
    span_end: int,
    who: str | None,
    hedged: bool,
) -> CasualtyCount:
    return make.casualty_count(
        kind,
        quantity.low,
        quantity.high,
        text[span_start:span_end],
        span_start,
        span_end,
        quantity.approximate,
        hedged,
        # "killing nine": with no noun the number itself names the victims.
        who or text[quantity.start : quantity.end],
        None,
    )


def _replace_hedged(count: CasualtyCount) -> CasualtyCount:
    return make.casualty_count(
        count.kind, count.low, count.high, count.text, count.start, count.end, count.approximate, True, count.who,
        count.statement,
    )  # fmt: skip
