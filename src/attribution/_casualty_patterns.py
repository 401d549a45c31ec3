r"""Patterns and word tables of the casualty stage (see ``_casualties``).

Every pattern is compiled once here. Patterns that end at a number are matched
backwards from it ((?r)); patterns that begin with white space start with (?<!\s)
so that a long run of spaces is never rescanned from each position. ``plain_end``
reads most numbers as ``_numbers.QUANTITY_RE`` would, without calling it.
"""

from __future__ import annotations

import string
from typing import Any, Final

from ._lazy import lazy_compile

# Number words (``_numbers`` reads numbers with them): here because ``plain_end`` below needs them too and
# ``_numbers`` imports it.
UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


def _by_first_letter(words: tuple[str, ...]) -> str:
    """``words`` as one alternation branching on the first letter, each group in the order given: only
    words with the same first letter can compete at a position, so the match is the plain alternation's,
    and ``re`` skips a whole group on its first letter (a fifth faster here)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


# A sentence without one of these (lower-cased) stems holds no count; str.find over the
# lower-cased text finds them far faster than any regex could.
TRIGGER_STEMS: Final[tuple[str, ...]] = (
    "kill", "dead", "die", "death", "fatal", "bod", "lives", "wound", "injur", "hurt", "hospital", "casualt",
    "missing", "slain", "murder", "toll", "patient", "condition", "massacr", "slaughter", "perish",
    "unaccounted", "critical", "medical cent", "trauma cent", "clinic", "infirmar", "emergency room",
)  # fmt: skip
# A count lies this close to one of the stems (victim phrase before a predicate,
# list members after a verb); numbers farther away are not tried at all.
REACH_BEFORE: Final = 120
REACH_AFTER: Final = 130
LIST_REACH: Final = 200
PART_REACH: Final = 60
RIGHT_REACH: Final = 300

# Patterns that begin with white space start with (?<!\s): tried at every position of
# a long run of spaces they would otherwise rescan it each time (quadratic).

# Words that end a victim noun phrase: clause openers, reporting verbs and auxiliaries.
STOP: Final = (
    r"after|before|when|while|as|because|since|if|but|which|where|than|whether|although|though|until"
    r"|during|said|says|say|told|tells|reported|according|every|each|was|were|is|are|had|has|have"
    r"|been|be|being|will|would|could|may|might|can|should|must|did|do|does|not|no|that|who|whom|shot|left"
    r"|whose|whom|killed|killing|kills|died|dead|wounded|wounding|injured|injuring|hurt|missing|to|by"
    r"|could|also|then|now|still|later|it|he|she|they|we|i|you|remain|remains|remained"
)
STOP_RE: Final = lazy_compile(rf"(?i)\b(?:{STOP})\b")
# STOP and AUX as alternations that branch on the first letter (``_numbers._by_first_letter``): at each word
# of a victim phrase SUBJECT_RE tries them all, and ``regex`` otherwise tries each of ~90 words in turn
# (SUBJECT_RE took 2.5 times as long). Only words with the same first letter can match at one position and
# each group keeps their order, so every match is the plain alternation's.
STOP_BY_LETTER: Final = _by_first_letter(tuple(STOP.split("|")))
NP_WORD: Final = rf"""(?:
    (?:that|who)\s++(?:[\p{{L}}.'’-]++\s++){{1,3}}(?:said|says|say|reported|believed)\b
   |\((?:[^()\n]{{1,40}}+)\)
   |those\s++shot\b
   |of\s++(?:them|whom|those)\b
   |(?!(?:{STOP_BY_LETTER})\b)[\p{{L}}\p{{N}}'’.&-]++
)"""
AUX: Final = (
    r"were|was|are|is|have|has|had|been|be|being|get|got|gets|remain|remains|remained|also|all|both"
    r"|reportedly|allegedly|apparently|initially|originally|later|subsequently|since|now|still|then"
    r"|confirmed|reported|believed|thought|feared|said|known|listed|may|might|could|must|would|will"
    r"|to|critically|seriously|severely|badly|slightly|lightly|mildly|gravely|not|never|just|so|far"
    r"|already|immediately|eventually|ultimately|tragically|either|who|found|left|as|pronounced|declared"
)
AUX_BY_LETTER: Final = _by_first_letter((*AUX.split("|"), "n't"))
HOSPITAL: Final = (
    r"(?:(?:the|a|local|area|nearby|several|different|various|two|three|\p{Lu}[\p{L}.'’-]*+)\s++){0,6}?"
    r"(?:hospitals?|medical\s++cent(?:er|re)s?|trauma\s++cent(?:er|re)s?|infirmary|clinics?|emergency\s++rooms?)\b"
)
PREDICATE: Final = rf"""(?:
    (?P<killed>(?:fatally|mortally)\s++(?:shot|wounded|injured|stabbed|hurt|killed)
      |(?:stabbed|beaten|burned|burnt|shot|hacked|crushed|trampled|bludgeoned)\s++to\s++death
      |shot\s++(?:dead|and\s++killed)|lost\s++(?:their|his|her)\s++lives
      |among\s++(?:the\s++|those\s++)?(?:dead|killed|fatalities|deceased)
      |killed|dead|died|dies|die|slain|murdered|perished|massacred
      |(?P<fatally>fatally))
   |(?P<injured>among\s++(?:the\s++|those\s++)?(?:wounded|injured|hurt|casualties)
      |(?:(?:shot\s++and\s++left|taken|rushed|transported|airlifted|hospitali[sz]ed)\s++)?
        in\s++(?:\w++\s++)?(?:critical|serious|stable|grave|fair|good|satisfactory|guarded)
        (?:\s++but\s++stable)?+\s++condition
      |(?:non-?life[-\s]threatening|life[-\s]threatening|minor|serious|critical|severe|multiple|gunshot)
        \s++(?:injuries|wounds)
      |(?:suffering|with)\s++(?:from\s++)?(?:[\w-]++\s++){{0,3}}?(?:wounds|injuries)
      |(?:taken|rushed|transported|brought|airlifted|flown|admitted|sent)\s++to\s++{HOSPITAL}
      |treated\s++(?:for\s++(?:\w++\s++){{0,2}}?(?:injuries|wounds)|(?:in|at)\s++{HOSPITAL})
      |(?:suffered|sustained|suffering|sustaining)\s++(?:[\w-]++\s++){{0,3}}?(?:injuries|wounds)
      |shot\s++and\s++(?:wounded|injured)|wounded|injured|hurt|hospitali[sz]ed)
   |(?P<missing>missing|unaccounted\s++for)
   |(?P<critical>critical)
   |(?P<noun_killed>deaths|fatalities|bodies)
   |(?P<noun_injured>casualties|injuries)
)\b"""


def subject_pattern(predicate_guard: str) -> str:
    return rf"""(?xi)
    (?<!\s)(?P<np>(?:(?:\s*+,\s*+|\s++){NP_WORD}){{0,12}}?)
    (?P<aux>(?:\s*+,)?(?:\s++(?:{AUX_BY_LETTER})\b){{0,6}}+)
    \s++{predicate_guard}(?P<pred>{PREDICATE})
    """


# The first letters of every branch of PREDICATE (a test checks each branch against them), branching on the
# first letter: SUBJECT_RE tries the predicate after each word of a victim phrase of up to 12 words, and
# ``regex`` tries its ~60 branches in turn; where no branch can begin, this look-ahead fails at once, and
# where one can it changes nothing.
PREDICATE_STARTS: Final[tuple[str, ...]] = (
    "fatal", "mortally", "stabbed", "beaten", "burn", "shot", "hacked", "crushed", "trampled", "bludgeoned",
    "lost", "among", "killed", "dead", "deaths", "die", "slain", "murdered", "perished", "massacred", "taken",
    "rushed", "transported", "airlifted", "hospitali", "in", "non", "life", "minor", "serious", "critical",
    "severe", "multiple", "gunshot", "suffer", "with", "brought", "flown", "admitted", "sent", "treated",
    "sustain", "wounded", "injur", "hurt", "missing", "unaccounted", "bodies", "casualties",
)  # fmt: skip
SUBJECT_RE: Final = lazy_compile(subject_pattern(f"(?=(?:{_by_first_letter(PREDICATE_STARTS)}))"))
# Patterns that end at a number are matched backwards ((?r)) from it: a bounded look
# to the left instead of a scan of the whole window.
# OBJECT_VERB_RE without its toll branches (the groups stay, never taking part): see ``object_verb_search``.
_OBJECT_VERB_HEAD: Final = r"""(?xri)
    \b(?P<verb>(?P<killed>kill(?:ed|ing|s)|(?:shot|shooting|shoots)\s++dead|fatally\s++(?:shot|shooting|wounded|wounding)
        |murder(?:ed|ing|s)|massacr(?:ed|ing|es)|slaughter(?:ed|ing|s)|slew|slaying)
      |(?P<injured>wound(?:ed|ing|s)|injur(?:ed|ing|es)|hurt(?:ing|s)?|hospitali[sz](?:ed|ing|es))
      |(?P<lives>claimed|claiming|claims|cost|costing|costs|took|taking|takes|lost|losing)
      |(?P<lives_of>(?:claimed|claiming|claims|cost|costing|costs|took|taking|takes)\s++the\s++lives\s++of)
"""
_OBJECT_VERB_TOLL: Final = r"""      |(?P<toll>
        (?:\btoll\b(?!-)|\bnumber\s++of\s++(?:\w++\s++)?(?:killed|dead|deaths|fatalities))
        [^.;:!?\n]{0,50}?\b(?:to|at|of|reached|reaches|hit|hits|is|was|stood|stands|now|:))
      |(?P<toll_injured>\bnumber\s++of\s++(?:\w++\s++)?(?:injured|wounded|injuries|casualties)
        [^.;:!?\n]{0,50}?\b(?:to|at|reached|reaches|hit|hits|is|was|stood|stands|now|:))
"""
_OBJECT_VERB_TAIL: Final = r"""      |(?P<list>\b(?:dead|wounded|injured|killed|fatalities|casualties)
        (?:\s++(?:in|on|at|by|during|from)\s++[^.;:!?\n,]{1,40}?)?\s++(?:include|included|including|are|were))
      |(?P<deaths_of>\b(?:deaths|killings?|murders?|bodies|remains)\s++of)
      |(?P<received>received|receiving|treated|treating|admitted|admitting)
      |(?P<transport>rushed|rushing|took|taking|transported|transporting|airlifted|airlifting|flew|carried|sent|sending))
    \s++(?:(?:all|both|the|another|an\s++additional|a\s++further|his|her|their|its|your|our)\s++)?\Z
    """
OBJECT_VERB_RE: Final = lazy_compile(_OBJECT_VERB_HEAD + _OBJECT_VERB_TOLL + _OBJECT_VERB_TAIL)
OBJECT_VERB_NO_TOLL_RE: Final = lazy_compile(
    _OBJECT_VERB_HEAD + "      |(?P<toll>(?!))|(?P<toll_injured>(?!))\n" + _OBJECT_VERB_TAIL
)
LIST_KILLED_RE: Final = lazy_compile(r"(?i)dead|killed|fatalities")
LIVES_RE: Final = lazy_compile(r"(?i)(?<!\s)\s++(?:\w++\s++){0,2}?lives\b")
TRANSPORT_RE: Final = lazy_compile(rf"(?i)(?<!\s)\s++(?:[\w'’-]++\s++){{0,3}}?to\s++{HOSPITAL}")
PATIENTS_RE: Final = lazy_compile(r"(?i)(?<!\s)\s++(?:[\w-]++\s++){0,2}?(?:patients|victims|people|wounded|injured)\b")
HYPOTHETICAL_RE: Final = lazy_compile(
    r"(?ri)\b(?:would|to|could\s++not|did\s++not|didn't|never|not|if|unless)\s++(?:have\s++)?\Z"
)
MODAL_HEDGE_RE: Final = lazy_compile(r"(?ri)\b(?:may|might|could)\s++(?:have\s++)?(?:been\s++)?(?:\w++\s++)?\Z")
HEDGE_RE: Final = lazy_compile(r"(?i)\b(?:reportedly|allegedly|possibly|feared|may|might|could)\b")
SENTENCE_HEDGE_RE: Final = lazy_compile(
    r"(?i)\b(?:reportedly|allegedly|unconfirmed|(?:initial(?:ly)?|preliminary|early|first)\s++reports?"
    r"|initially\s++reported)\b"
)
# What may follow a number that is not a count of people.
UNIT_RE: Final = lazy_compile(
    r"""(?xi)(?<!\s)\s*+(?:%|percent\b|per\s++cent\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|seconds?\b
    |times\b|miles?\b|km\b|kilomet|met(?:er|re)s?\b|feet\b|foot\b|yards?\b|dollars?\b|euros?\b|pounds?\b|rounds\b
    |shots\b|bullets\b|a\.?m\b|p\.?m\b|o'clock|gmt\b|attacks?\b|vehicles?\b|cars?\b|trucks?\b|buildings?\b|homes?\b
    |houses?\b|tons?\b|kg\b|st\b|nd\b|rd\b|th\b|block\b|fewer\b|(?:gunshot|stab|bullet)\s++wounds?\b
    |,\s*+(?:19|20)\d\d\b)"""
)
RATE_RE: Final = lazy_compile(
    r"(?i)(?<!\s)\s*+,?\s*+(?:every|each|per|a\s++(?:day|week|month|year)|annually|yearly|daily|weekly|monthly)\b"
)
# Nouns that show the number counts something other than people.
NOT_PEOPLE_RE: Final = lazy_compile(
    r"""(?xi)\b(?:dogs?|cats?|horses?|animals?|birds?|deer|cows?|cattle|sheep|goats?|pigs?|chickens?|fish|pets?
    |foxes|wolves|bears|dolphins|whales|sharks|elephants|lions|tigers|monkeys|rats|mice|bees|cubs|puppies
    |every|each|per|annually|a\s++(?:day|week|month|year)
    |livestock|camels?|elephants?|shootings|attacks|incidents|bombings|explosions|blasts|strikes|raids|crashes
    |accidents|cases|wounds|injuries)\b"""
)
YEAR_PEOPLE_RE: Final = lazy_compile(
    r"(?i)(?<!\s)\s++(?:people|persons|civilians|soldiers|children|men|women|others|residents|migrants|refugees"
    r"|troops|fighters|militants|workers|victims|passengers)\b"
)
MONTH_LEFT_RE: Final = lazy_compile(
    r"(?ri)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]{0,6})\.?\s++\Z"
)
AGE_NEAR_RE: Final = lazy_compile(r"(?i)\b(?:ages?|aged)\b")
BE_RE: Final = lazy_compile(r"\b(?:was|were|is|are|been|be|remains?|remained)\b")
INTRANSITIVE_RE: Final = lazy_compile(r"(?i)died|dies|die|perished|dead|lost|among|in\b|missing|unaccounted")
ACTIVE_OBJECT_RE: Final = lazy_compile(
    r"(?i)(?<!\s)\s++(?:a|an|the|his|her|their|its|him|them|himself|herself|themselves|me|us|you|people|at\s++least|\d"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|more|up\s++to|as\s++many)\b"
)
INCLUDING_RE: Final = lazy_compile(r"(?ri)\bincluding\s++(?:[\p{L}'’-]++,?\s++){0,8}?(?:and\s++)?\Z")
LIST_GAP_RE: Final = lazy_compile(r"(?i)(?<![\p{L}\s'’.-])(?:\s*+[\p{L}'’.-]++){0,6}?\s*+(?:,\s*+(?:and\s++)?|and\s++)")
AGE_LEFT_RE: Final = lazy_compile(r"(?ri)(?:,|\(|\baged?|\bages)\s*+\Z")
WHO_STOP: Final = (
    r"in|at|on|and|after|before|during|when|while|as|since|by|near|with|once|who|that|from|for|to"
    r"|was|were|is|are|has|have|had|but|then"
)
WHO_RE: Final = lazy_compile(rf"(?i)(?<!\s)\s++(?:of\s++)?(?P<who>(?:(?!(?:{WHO_STOP})\b)[\p{{L}}'’-]++\s*+){{1,6}})")
PARTITIVE_RE: Final = lazy_compile(r"(?i)(?<!\s)\s++of\b")
OF_THEM_RE: Final = lazy_compile(r"(?i)(?<!\s)\s++of\s++(?:them|whom|those)\b")
OF_WHOM_RE: Final = lazy_compile(r"(?ri)\bof\s++whom\s++\Z")
NO_LEFT_RE: Final = lazy_compile(r"(?ri)\bno\s*+\Z")
NEGATED_AUX_RE: Final = lazy_compile(r"\b(?:not|never|n't|would|will)\b")
HEDGED_AUX_RE: Final = lazy_compile(r"\b(?:may|might|could|reportedly|allegedly|feared|believed|thought)\b")
# Another number inside the noun phrase is fine only as a further member of a list.
INNER_OK_RE: Final = lazy_compile(r"(?ri)(?:\band|\bor|,|\bincluding)\s*+\Z")
NEW_CLAUSE_RE: Final = lazy_compile(r"(?i),\s*+(?:and|but)\s++(?:the|a|an|his|her|their|its|he|she|they|police)\b")
OF_THE_LEFT_RE: Final = lazy_compile(r"(?ri)\bof\s++(?:the|those|these|its|their|his|her)\s++\Z")
OF_THE_NUMBER_RE: Final = lazy_compile(r"(?i)(?<!\s)\s++of\s++the\s++[\w,.]++")
# Words the auxiliary slot may take before a noun ("140,000 confirmed deaths").
NOUN_AUX_RE: Final = lazy_compile(r"\b(?:confirmed|reported|all|both|also)\b")
FATALLY_NP_RE: Final = lazy_compile(r"(?i)(?<!\s)\s*+(?:of\s++(?:them|whom|those))?\s*+")
APPOSITION_LEFT_RE: Final = lazy_compile(r"(?r)[,;—–-]\s*+\Z")
SINGULAR_AUX_RE: Final = lazy_compile(r"(?<![\s,])[\s,]*+(?:was|is|has)\b")
INNER_LIST_RE: Final = lazy_compile(r"(?i),|\bincluding\b|\bwith\b")
NP_BAD_END_RE: Final = lazy_compile(r"(?i)\b(?:and|a|an|with|in)\s*+,?\s*+\Z|\A\s*+(?:and|or|,)")
# "Four of the dead", "dozens of deaths": a partitive is fine right before the predicate.
NP_PARTITIVE_END_RE: Final = lazy_compile(r"(?i)\b(?:of\s++the|of|the)\s*+\Z")
AUX_VERB_RE: Final = lazy_compile(
    r"\b(?:were|was|are|is|have|has|had|been|be|being|gets?|got|remain\w*|who|to|may|might|could|must)\b"
)
VERB_ED_RE: Final = lazy_compile(r"(?i)\b[\p{L}]{2,}ed\b")
NP_ED_WORDS: Final = frozenset(
    (
        "armed", "suspected", "unidentified", "unarmed", "alleged", "named", "unnamed", "masked", "detained",
        "retired", "married", "talented", "elderly", "aged", "hundred", "red", "united", "related", "wicked",
        "sacred", "naked", "isolated", "assorted", "noted", "licensed", "certified", "trained", "confirmed",
        "reported", "estimated", "recorded", "registered", "documented", "uniformed", "off-duty", "injured",
        "wounded",
    )
)  # fmt: skip
LOOKBACK: Final = 70
# "reportedly killed", "allegedly wounding": a hedge this close before the verb.
HEDGE_REACH: Final = 25


NO_MATCH: Final = -1
UNDECIDED: Final = -2


class PlainNumber:
    """A ``QUANTITY_RE`` match that ``plain_end`` read without the pattern: one number (group "a"), no
    qualifier, no range. It answers what ``read_quantity`` and the casualty stage ask of a match
    (``groups()`` in ``_numbers.QUANTITY_GROUPS`` order)."""

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string = string
        self.number = string[start:end]
        self.bounds = (start, end)

    def group(self, name: int | str = 0) -> Any:  # as regex.Match.group: None for a group that took no part
        return self.number if name in (0, "a") else None

    def groups(self) -> tuple[Any, ...]:
        return (None, None, None, None, None, None, None, self.number, None, None)

    def span(self, name: int | str = 0) -> tuple[int, int]:
        return self.bounds if name in (0, "a") else (-1, -1)

    def end(self) -> int:
        return self.bounds[1]


# A regex call costs about as much whether it matches or not (QUANTITY_RE: about 15 µs, mostly setting up the
# large pattern), and most numbers are plain: "19 people", "two soldiers", "31,", "several people".
# What may stand before one (the look-behinds fail on none of these); what makes the first look-behind fail.
_PLAIN_BEFORE: Final = " \n("
_BLOCKING_BEFORE: Final = "$£€¥#/'’_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LETTERS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# ASCII characters that are neither white space nor a letter (none folds to one).
_DIGITS_AND_MARKS: Final = string.digits + string.punctuation
# Punctuation after a number that the final look-ahead allows when no digit follows.
_PLAIN_AFTER: Final = ",.;:)"
# Words after a space that an optional group may take into the quantity: after digits a scale, "m" or "bn",
# "to" or "or" of a range, "and a half dozen" or "dozen"; after a unit word also any unit word.
_AFTER_DIGITS: Final = frozenset(("hundred", "thousand", "million", "billion", "m", "bn", "to", "or", "and", "dozen"))
_AFTER_UNIT: Final = frozenset((*UNITS, *_AFTER_DIGITS))
# VAGUE words that no longer VAGUE branch or look-ahead concerns ("hundreds of thousands", "scores of").
_PLAIN_VAGUE: Final = frozenset(("several", "dozens", "thousands", "millions"))
# How the second number of a range ("10-12", "4-five") can begin at a letter: "half a dozen", "a dozen", a
# unit word or a VAGUE word.
_LETTER_NUMBER_STARTS: Final[tuple[str, ...]] = (
    "half", "a", *UNITS, "tens", "hundreds", "several", "dozens", "scores", "thousands", "millions",
)  # fmt: skip


def plain_end(text: str, position: int, limit: int) -> int:
    """Where ``QUANTITY_RE.match(text, position, limit)`` ends when it is a plain number (ASCII digits, a
    unit word or a plain VAGUE word); NO_MATCH where it surely fails, UNDECIDED where the pattern must say.

    Exact (tests/property/test_prefilters_casualties8.py): the qualifier and "between" groups cannot begin
    at a number, and only ASCII is read, up to a character that can continue no branch: the number is then
    followed by the end, by a space and a word that no optional group takes (not in ``_AFTER_DIGITS`` or
    ``_AFTER_UNIT``), or by punctuation that the final look-ahead allows (no digit after it). Digits
    followed by ":" and a digit, or by "-" and a word that no number begins, fail that look-ahead; a
    character in ``_BLOCKING_BEFORE`` (or a digit and one of "-.:") before the number fails the first
    look-behind. Nothing at or after ``limit``, where the pattern's string ends, is read.
    """
    if position > 0:
        before = text[position - 1]
        if before not in _PLAIN_BEFORE:
            if before in _BLOCKING_BEFORE or (before in "-–.:" and position > 1 and "0" <= text[position - 2] <= "9"):
                return NO_MATCH
            return UNDECIDED
    end = position
    while end < limit and "0" <= text[end] <= "9":
        end += 1
    digits = end > position
    if digits:
        if end - position > 12:  # \d{1,12}+ stops short of the end of the run
            return UNDECIDED
        after_words = _AFTER_DIGITS
    else:
        end = _letters_end(text, position, limit)
        number = text[position:end].lower()
        if number in UNITS:
            after_words = _AFTER_UNIT
        elif number in _PLAIN_VAGUE:
            after_words = _AFTER_DIGITS
        else:
            return UNDECIDED
    if end + 1 >= limit:
        # At the end of the string, or before one last space or punctuation mark: no group can go on.
        return end if end == limit or text[end] in " ,.;:)" else UNDECIDED
    after = text[end]
    if after == " " or (digits and after == "-"):
        word_end = _letters_end(text, end + 1, limit)
        if word_end == end + 1 or word_end >= limit or not text[word_end].isascii():
            return UNDECIDED
        word = text[end + 1 : word_end].lower()
        if after == " ":
            return UNDECIDED if word in after_words else end
        return UNDECIDED if word.startswith(_LETTER_NUMBER_STARTS) else NO_MATCH
    if after in _PLAIN_AFTER:
        following = text[end + 1]
        if "0" <= following <= "9":
            return NO_MATCH if digits and after == ":" else UNDECIDED
        return UNDECIDED if following.isdigit() else end
    return UNDECIDED


def _letters_end(text: str, start: int, limit: int) -> int:
    end = start
    while end < limit and text[end] in _ASCII_LETTERS:
        end += 1
    return end


# The last word of every branch of OBJECT_VERB_RE ("shot dead": "dead", "the toll rose to": "to"), and of
# every determiner it allows before the number ("a further": "further").
OBJECT_VERB_ENDS: Final = frozenset(
    (
        "killed", "killing", "kills", "dead", "shot", "shooting", "wounded", "wounding", "murdered", "murdering",
        "murders", "massacred", "massacring", "massacres", "slaughtered", "slaughtering", "slaughters", "slew",
        "slaying", "wounds", "injured", "injuring", "injures", "hurt", "hurting", "hurts", "hospitalised",
        "hospitalized", "hospitalising", "hospitalizing", "hospitalises", "hospitalizes", "claimed", "claiming",
        "claims", "cost", "costing", "costs", "took", "taking", "takes", "lost", "losing", "of", "to", "at",
        "reached", "reaches", "hit", "hits", "is", "was", "stood", "stands", "now", "include", "included",
        "including", "are", "were", "received", "receiving", "treated", "treating", "admitted", "admitting",
        "rushed", "rushing", "transported", "transporting", "airlifted", "airlifting", "flew", "carried", "sent",
        "sending",
    )
)  # fmt: skip
OBJECT_DETERMINER_ENDS: Final = frozenset(
    ("all", "both", "the", "another", "additional", "further", "his", "her", "their", "its", "your", "our")
)
# What ``regex`` takes for \s among ASCII characters.
_ASCII_WHITE: Final = " \t\n\x0b\x0c\r"


def object_verb_possible(left: str) -> bool:
    """False where ``OBJECT_VERB_RE.search(left)`` surely finds nothing (seven calls in ten, ~15 µs each).

    The pattern ends with white space at the end of ``left``, before it a determiner or a verb branch, each
    ending in a letter (or the toll's ":") and beginning at a word boundary or after white space. Read from
    the end over ASCII white space: where the word before is ASCII letters after an ASCII non-word
    character (or the start) and neither a last word of a branch nor of a determiner, or where an ASCII
    character other than a letter or ":" stands there, no branch can end there (tests/property/
    test_prefilters_casualties8.py). Anything else beyond ASCII is left to the pattern.
    """
    end = len(left)
    while end > 0 and left[end - 1] in _ASCII_WHITE:
        end -= 1
    if end == len(left):
        # No ASCII white space at the end: the pattern needs some, and an ASCII character is none.
        return end > 0 and not left[-1].isascii()
    if end == 0:
        return False
    last = left[end - 1]
    if not last.isascii():
        return True
    if last not in _ASCII_LETTERS:
        return last == ":"
    begin = end - 1
    while begin > 0 and left[begin - 1] in _ASCII_LETTERS:
        begin -= 1
    if begin > 0:
        before = left[begin - 1]
        if not before.isascii() or before.isdigit() or before == "_":
            return True
    word = left[begin:end].lower()
    return word in OBJECT_VERB_ENDS or word in OBJECT_DETERMINER_ENDS


# The whole ASCII word that each branch of UNIT_RE after white space begins with ("a.m.": "a", "o'clock": "o",
# "per cent": "per", "gunshot wounds": "gunshot"); "kilomet" begins longer words.
UNIT_WORDS: Final = frozenset(
    (
        "percent", "per", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
        "minute", "minutes", "second", "seconds", "times", "mile", "miles", "km", "meter", "meters", "metre",
        "metres", "feet", "foot", "yard", "yards", "dollar", "dollars", "euro", "euros", "pound", "pounds",
        "rounds", "shots", "bullets", "a", "am", "p", "pm", "o", "gmt", "attack", "attacks", "vehicle", "vehicles",
        "car", "cars", "truck", "trucks", "building", "buildings", "home", "homes", "house", "houses", "ton",
        "tons", "kg", "st", "nd", "rd", "th", "block", "fewer", "gunshot", "stab", "bullet",
    )
)  # fmt: skip


def unit_possible(text: str, position: int, end: int) -> bool:
    """False where ``UNIT_RE.match(text, position, end)`` surely fails (most calls, ~6 µs each): its white
    space is possessive, so every branch begins where the white space ends; an ASCII character there other than
    a letter, "%" or "," begins none, nor do ASCII letters up to an ASCII character (or ``end``) not in
    ``UNIT_WORDS`` (nor beginning "kilomet"). Tests: tests/property/test_prefilters_cas10.py and ..._casualties8.
    """
    begin = _white_end(text, position, end)
    if begin >= end:
        return False
    first = text[begin]
    if first not in _ASCII_LETTERS:
        return not first.isascii() or first in "%,"
    word_end = _letters_end(text, begin, end)
    if word_end < end and not text[word_end].isascii():
        return True
    word = text[begin:word_end].lower()
    return word in UNIT_WORDS or word.startswith("kilomet")


def _white_end(text: str, position: int, end: int) -> int:
    while position < end and text[position] in _ASCII_WHITE:
        position += 1
    return position


def object_verb_search(left: str) -> Any:
    """``OBJECT_VERB_RE.search(left)``, without the toll branches where they cannot match.

    Those branches cost most of the pattern's time (about 75,000 instructions a call: two lazy repeats
    of up to 50 characters tried back from "to", "of", "is", "at" ...), and each needs "toll" or "number"
    in ``left``. Where ``left`` is ASCII, (?i) matches an ASCII letter of either case only, so without
    either word in ``left.lower()`` neither branch matches anywhere; the other branches are the same, in
    the same order, so the search finds the same match with the same groups (the toll groups take part
    in neither; tests/property/test_prefilters_cas9.py).
    """
    if left.isascii():
        lowered = left.lower()
        if "toll" not in lowered and "number" not in lowered:
            return OBJECT_VERB_NO_TOLL_RE.search(left)
    return OBJECT_VERB_RE.search(left)


def of_them_possible(text: str, position: int, end: int) -> bool:
    """False where ``OF_THEM_RE.match(text, position, end)`` surely fails (a count is followed by its noun,
    rarely by "of them"): the pattern needs white space at ``position`` and then "of". An ASCII letter,
    digit or punctuation mark at ``position`` is no white space; after one space, an ASCII letter or digit
    other than "o" neither is white space nor folds to "o". Anything else is left to the pattern."""
    if position + 1 >= end:
        return True
    first = text[position]
    if first in _ASCII_LETTERS or first in _DIGITS_AND_MARKS:
        return False
    second = text[position + 1]
    return not (first == " " and (second in _ASCII_LETTERS or second in _DIGITS_AND_MARKS) and second not in "oO")


# Every word RATE_RE may take after its white space and comma ("a" of "a day").
_RATE_WORDS: Final = frozenset(("every", "each", "per", "a", "annually", "yearly", "daily", "weekly", "monthly"))


def rate_possible(text: str, position: int, end: int) -> bool:
    """False where ``RATE_RE.match(text, position, end)`` surely fails (it never matched on the wild sample):
    its word begins after all white space, one comma and white space again; there an ASCII character other than
    a letter, or ASCII letters up to an ASCII character (or ``end``) not in ``_RATE_WORDS``, begin no branch."""
    begin = _white_end(text, position, end)
    if begin < end and text[begin] == ",":
        begin = _white_end(text, begin + 1, end)
    if begin >= end:
        return False
    if text[begin] not in _ASCII_LETTERS:
        return not text[begin].isascii()
    word_end = _letters_end(text, begin, end)
    return (word_end < end and not text[word_end].isascii()) or text[begin:word_end].lower() in _RATE_WORDS
