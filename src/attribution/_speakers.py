"""Source phrases: their kind, the name inside them, and an entity registry for coreference.

A source phrase is typed by its head: a pronoun, a role noun ("a U.S. official"),
an organization word ("the ministry"), an outlet, unspecified reports, or a name
with titles and ranks ("Col. Myles B. Caggins III"). The registry keeps one entry
per entity, indexed by name token and head noun, so resolving a mention is a few
dict probes: linear in the number of mentions.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from typing import Final

from . import _lexicon
from ._lazy import lazy_compile
from ._outlets import OutletIndex
from ._titles import PERSON_RUN_RE, title_starts
from ._tokens import phrase_words
from ._values import FieldValue
from ._words import PREPOSITIONS, wordset

PRONOUNS: Final = {"he": "male", "she": "female", "they": "plural", "it": "thing", "we": "plural", "i": "self"}
REPORT_RE: Final = lazy_compile(
    r"(?i)^(?:(?:some|other|several|many|local|initial|early|earlier|first|unconfirmed|media|news|press|recent"
    r"|conflicting|multiple|various|the)\ ){0,3}+reports?$"
)
ORG_HEADS: Final = wordset(
    """authorities authority police government governments ministry ministries army military forces force
    group groups council party office department agency embassy committee coalition movement company
    firm organization organisation administration court parliament cabinet campaign commission command
    headquarters presidency service services team union alliance bureau center centre observatory
    institute university foundation network guard navy branch prosecutors prosecutor's regime junta
    federation league board club hospital spokesman's council's kremlin pentagon consulate mission
    directorate unit agencies monitor state states"""
)
GENERIC_ORG_HEADS: Final = wordset("group organization organisation movement agency charity militia party")
EXTRA_ANON: Final = wordset(
    """source sources person people man woman men women witness witnesses resident residents student
    students survivor survivors relative relatives friend friends neighbour neighbor neighbours
    neighbors eyewitness eyewitnesses victim victims mother father brother sister son daughter wife
    husband colleague colleagues aide aides insider insiders observer observers analyst analysts expert
    experts critic critics supporter supporters protester protesters protestors demonstrators passenger
    passengers worker workers staff employee employees farmer farmers villager villagers shopkeeper
    owner official officials head chief member members spokesman spokeswoman spokesperson representative
    representatives paramedic paramedics medic medics rebels rebel fighters fighter militants militant
    leaders leader activists activist diplomats diplomat lawmakers lawmaker organizers organisers"""
)
EVIDENCE_HEADS: Final = wordset(
    """video videos footage photo photos photograph photographs image images pictures picture map maps data
    figures poll polls survey surveys study studies findings record records evidence analysis tally
    count statistics numbers document documents"""
)
# Heads that name events, places, times and things, which cannot speak: "the conflict has claimed",
# "a conference heard", "the results of the check showed", "the area said" are not sources.
INANIMATE_HEADS: Final = wordset(
    """conflict conflicts war wars fighting violence clashes conference conferences incident incidents scene
    area areas neighborhood neighbourhood street road week weeks month months year years day days weekend
    morning afternoon evening night time building result results
    check checks shooting shootings attack attacks bombing blast explosion crash storm storms fire fires
    flood floods earthquake quake accident event events meeting meetings summit talks deal plan plans law
    bill measure policy proposal decision move visit trip arrest death deaths"""
)
DETERMINERS: Final = wordset("a an the one two three four some several many other another most few")
PREPOSITIONS_OR_DETERMINERS: Final = PREPOSITIONS | DETERMINERS
PARTICLES: Final = wordset("al al- bin ibn de da del della der van von la le du el abu ben st. st")
CAPITAL_RE: Final = lazy_compile(r"^(?:\p{Lu}|\d|al-|el-|de\b|bin\b|van\b|von\b|abu\b)")
OUTLET_HEADS: Final = wordset("outlet newspaper agency broadcaster channel network")
# Heads that make a whole phrase a news outlet when no list names it: "the paper said".
GENERIC_OUTLET_HEADS: Final = wordset("newspaper paper tabloid broadcaster media")
# "a police statement": the document speaks for the body named before it.
BODY_DOCUMENT_HEADS: Final = wordset("statement communique communiqué release letter")
NARRATION_STARTS: Final = wordset(
    "The A An In On At But And He She It They We I This That When While After Before As If Mr Mrs Ms"
)
NON_PERSON: Final = wordset(
    """Airport International University County City Street Square Hotel Hospital Center Centre Church
    Mosque Bridge River Island Islands Province Region District Republic Kingdom States Union Nations
    Council Museum Park Road Avenue Station Base Mountains Valley Gulf Sea Ocean Coast Corps Guard News
    Times Post Press Party Front Day Week Agency Ministry Department Office Army Forces Police Court
    House Senate Congress Parliament Government Committee Commission Group Organization Movement Brigade
    Brigades Network Television Radio Service Company Inc Corp Airlines Airways Terminal Mall Market
    School College Institute Foundation Association Society"""
)
MONTHS_DAYS: Final = wordset(
    """January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday"""
)


@functools.cache
def _title_words() -> frozenset[str]:
    words: set[str] = set()
    for entry in _lexicon.titles():
        for form in (entry.title, *entry.abbreviations):
            words.add(form.lower().rstrip("."))
    words.update({"president-elect", "leader", "chief", "secretary", "minister", "lord", "lady", "sir", "dame"})
    return frozenset(words)


@functools.cache
def _role_words() -> frozenset[str]:
    words: set[str] = set(EXTRA_ANON)
    for entry in _lexicon.roles():
        words.update(part for part in (entry.role, entry.plural) if " " not in part)
    return frozenset(words)


@functools.cache
def _place_names() -> frozenset[str]:
    return frozenset(name for name, entry in _lexicon.places().items() if entry.kind in {"country", "city", "state"})


def _country(word: str) -> bool:
    place = _lexicon.places().get(word)
    return place is not None and place.kind == "country"


class Typed(FieldValue):
    """What ``classify`` makes of a source phrase.

    A plain slotted class (a native one in the compiled build), not attrs: one is built for each
    phrase classified, and a frozen attrs class sets each field through ``object.__setattr__`` in
    an ``__init__`` that stays interpreted. Equality, hash and repr are the fields' (``_values``);
    nothing assigns to one after ``__init__`` (instances are shared through the caches).
    """

    __slots__ = ("head", "kind", "name", "role")
    FIELDS = ("kind", "name", "role", "head")

    def __init__(self, kind: str, name: str, role: str | None = None, head: str = "") -> None:
        self.kind = kind  # person, anonymous, organization, outlet, report, pronoun
        self.name = name
        self.role = role
        self.head = head


@functools.lru_cache(maxsize=16384)
def classify(phrase: str, outlets: OutletIndex) -> Typed | None:
    """The kind of a source phrase and the name it carries; None when it is not one.

    Cached: the result depends only on the phrase and the (long-lived, per-lexicon)
    outlet index, and the same few phrases ("he", "officials") recur in every article.
    """
    # Typed: mypyc then lower-cases and strips the words with its own string primitives.
    words: list[str] = phrase_words(phrase)
    if not words or len(words) > 14:
        return None
    lower = phrase.lower()
    if lower in PRONOUNS:
        return Typed("pronoun", phrase, head=lower)
    if "report" in lower and REPORT_RE.match(phrase):  # the pattern needs the word (no folds onto it)
        return Typed("report", phrase, head="reports")
    outlet = outlets.lookup(phrase)
    # Each word lower-cased once, read by every test below and by _named.
    lows = [word.lower() for word in words]
    if outlet is None and len(words) > 1 and _capital(words[-1]):
        outlet = outlets.names.get(words[-1]) if lows[-2] in {"affiliate", "network", "channel"} else None
    # "People said", "Iran said": a one-word title that is a role noun or a country is that, not the outlet.
    if outlet is not None and not (len(words) == 1 and (is_role(lower) or _country(phrase))):
        return Typed("outlet", outlet[0], head="outlet")
    head_index = _head(lows)
    head, head_lower = words[head_index], lows[head_index]
    last_word = head_index == len(words) - 1
    if last_word and head_lower in GENERIC_OUTLET_HEADS and (len(words) > 1 or head_lower == "media"):
        return Typed("outlet", phrase, head="outlet")  # "the paper", "the newspaper", "media" reported
    if last_word and head_lower in BODY_DOCUMENT_HEADS and len(words) > 2 and lows[0] in DETERMINERS:
        # "a police statement", "the White House statement": the body the document speaks for
        owner = classify(phrase[: phrase.rfind(" ")], outlets)
        if owner is not None and owner.kind in {"organization", "outlet"}:
            return owner
    if head_lower in {"report", "reports"} and last_word:
        return Typed("report", phrase, head="reports")  # "a union report", "Chinese state press reports"
    if head_lower in EVIDENCE_HEADS or (head_lower in INANIMATE_HEADS and head[:1].islower()):
        return None  # lower case only: "the White House", "the Peace Conference" are bodies
    capital = _capital(head)
    if last_word and capital and not _role_or_body(head_lower):
        return _named(words, phrase, lows)
    singular = head_lower.rstrip("s")
    if head_lower in ORG_HEADS or singular in ORG_HEADS:
        return Typed("organization", phrase, head=head_lower)
    roles = _role_words()
    if head_lower in roles or singular in roles:
        return Typed("anonymous", phrase, head=singular)
    if capital:
        return _named(words, phrase, lows)
    return Typed("anonymous", phrase, head=head_lower)


# Capitalized words that start place names ("New Jackson", "Fort Austin"), not given names.
PLACE_LEADS: Final = wordset(
    """New North South East West Fort Port San Santa St. Saint Lake Mount Greater Downtown Upper Lower Old
    Central Northern Southern Eastern Western Little Great"""
)


def surname_of_someone(text: str, word: str) -> bool:
    """A one-word city name that the article also gives after a first name ("Ana Medina"): a person.

    Countries stay countries ("Jordan said"); only the cities and regions a surname can
    share a spelling with are tested, by a find loop over the text (no pattern).
    """
    place = _lexicon.places().get(word)
    if place is None or place.kind == "country" or word.isupper():
        return False
    needle = " " + word
    at = text.find(needle)
    while at >= 0:
        after = at + len(needle)
        if after >= len(text) or not (text[after].isalnum() or text[after] in "-'’"):
            space = text.rfind(" ", max(0, at - 20), at)
            given = text[space + 1 : at] if space >= 0 else text[max(0, at - 20) : at]
            if (
                len(given) > 1
                and given[0].isupper()
                and given[1:].isalpha()
                and given[1:].islower()
                and given not in PLACE_LEADS
                and given not in NARRATION_STARTS
                and given not in MONTHS_DAYS
            ):
                return True
        at = text.find(needle, after)
    return False


def big_place(word: str) -> bool:
    """A city or region of a million people or more ("Moscow", "Pyongyang"): a seat of government."""
    place = _lexicon.places().get(word)
    return place is not None and place.kind in {"city", "region"} and place.population >= 1_000_000


def is_role(word: str) -> bool:
    """A noun for a person by role ("spokesman", "witnesses")."""
    return word in _role_words() or word.rstrip("s") in _role_words()


def _role_or_body(word: str) -> bool:
    roles = _role_words()
    singular = word.rstrip("s")
    return word in ORG_HEADS or word in roles or singular in ORG_HEADS or singular in roles


def _head(lows: list[str]) -> int:
    """Where the head noun is among the lower-cased words: the last word before the first
    preposition (after the first word)."""
    for index in range(1, len(lows)):
        if lows[index] in PREPOSITIONS:
            return index - 1
    return len(lows) - 1


def _capital(word: str) -> bool:
    """``CAPITAL_RE`` at the start of ``word``, decided without the pattern for most ASCII words."""
    if not word:
        return False
    # By the first character's code (a comparison of one-letter strings is a call when compiled).
    code = ord(word[0])
    if 65 <= code <= 90 or 48 <= code <= 57:
        return True
    if code < 128 and code not in (97, 98, 100, 101, 118):
        return False  # no capital, digit or particle (al-, el-, de, bin, van, von, abu) starts so: "abdev"
    return bool(CAPITAL_RE.match(word))


def _named(words: list[str], phrase: str, lows: list[str] | None = None) -> Typed:
    """A phrase ending in a capitalized run: a person (titles kept as role) or a body.

    ``lows`` holds the words lower-cased, when the caller has them already."""
    if lows is None:
        lows = [word.lower() for word in words]
    start = len(words)
    while start > 0 and (_capital(words[start - 1]) or lows[start - 1] in PARTICLES):
        start -= 1
    while start < len(words) - 1 and lows[start] in DETERMINERS:
        start += 1
    run = words[start:]
    prefix = words[:start]
    if not run:
        return Typed("anonymous", phrase, head=lows[-1])
    titles = _title_words()
    cut = 0
    for index in range(start, len(words) - 1):
        if lows[index].rstrip(".") in titles:
            cut = index - start + 1
    if (
        not cut
        and start > 1
        and prefix[-1] == "of"
        and len(run) > 2
        and (lows[start - 2].rstrip(".") in titles or lows[start - 2] in _role_words())
    ):
        # "Secretary of State John Kerry", "Minister of Defence Ana Lee": the title's field runs
        # on in capitals; the name is the last two words (three with a middle initial). The whole
        # phrase stays the name for now (tests/golden/statements.json expects it); the kind is
        # what this fixes: "State" made it an organization.
        size = 3 if len(run) > 3 and run[-2].endswith(".") and len(run[-2]) <= 3 else 2
        field_role = " ".join(prefix + run[: len(run) - size])
        return Typed("person", " ".join(words), role=field_role, head=lows[-1])
    name_words = run[cut:]
    name_lows = lows[start + cut :]
    role_words = prefix + run[:cut]
    lowered = [w.rstrip("s") for w in name_lows]
    org_like = any(w in ORG_HEADS or w.rstrip("'’") in ORG_HEADS for w in lowered) or any(
        w in {"forces", "brigades", "brigade", "front", "borders", "rights"} for w in name_lows
    )
    name = " ".join(name_words)
    if not cut and (org_like or name in _place_names() or (len(name_words) == 1 and name.isupper())):
        return Typed("organization", phrase, head=lows[-1])
    if start and lows[start - 1] in PREPOSITIONS_OR_DETERMINERS and not cut:
        if lows[start - 1] in DETERMINERS and not org_like:
            return Typed("organization", phrase, head=lows[-1])
        return Typed("anonymous", phrase, head=lows[0])
    if org_like and not cut:
        return Typed("organization", phrase, head=lows[-1])
    role = " ".join(role_words) or None
    return Typed("person", name, role=role, head=lows[-1])


class Entity:
    """Someone or something the article names; a plain class (a native one in the compiled build)."""

    __slots__ = ("head", "kind", "mention", "name", "role")

    def __init__(
        self, name: str, kind: str, role: str | None, head: str, mention: tuple[int, int] | None = None
    ) -> None:
        self.name = name
        self.kind = kind
        self.role = role
        self.head = head
        self.mention = mention


class Registry:
    """Entities seen so far; later mentions resolve to the fullest earlier name."""

    def __init__(self) -> None:
        self.by_token: dict[str, Entity] = {}
        self.by_head: dict[str, Entity] = {}
        self.last_person: Entity | None = None
        self.last_body: Entity | None = None
        self.last_org: Entity | None = None
        self.last_human: Entity | None = None
        self.last_outlet: Entity | None = None
        self.last_any: Entity | None = None
        # surname_of_someone scans the whole text: once per word and article, not per statement.
        self.surnames: dict[str, bool] = {}
        # Where PERSON_TITLE_RE matches in the text ``observe`` reads, found once per article.
        self._titled_text: str | None = None
        self._titled: list[int] = []

    def resolve(self, typed: Typed) -> Entity | None:
        kind = typed.kind
        if kind == "person":
            return self._person(typed)
        if kind == "pronoun":
            if typed.head in {"he", "she", "i"}:
                return self.last_human or self.last_person
            return self.last_body or self.last_any
        name = typed.name
        if kind in {"organization", "outlet"} and " " not in name:
            known = self.by_token.get(name.lower())
            if known is not None and known.kind == "person":
                return self._note(known)
        definite = name[:4].lower() == "the " and len(name.split()) <= 3
        if definite and kind in {"organization", "anonymous", "outlet", "report"}:
            known = self.by_head.get(typed.head)
            if known is not None:
                return self._note(known)
            if kind == "organization" and typed.head in GENERIC_ORG_HEADS and self.last_org is not None:
                return self._note(self.last_org)
            if typed.head in {"statement", "report", "letter"} and self.last_any is not None:
                return self.last_any
            if typed.head in OUTLET_HEADS and self.last_outlet is not None:
                return self._note(self.last_outlet)
        entity = Entity(name, kind, typed.role, typed.head)
        self.by_head[typed.head] = entity
        return self._note(entity)

    def _person(self, typed: Typed) -> Entity:
        tokens = typed.name.split()
        known = self.by_token.get(tokens[-1].lower()) if tokens else None
        if known is not None and known.kind == "person" and len(known.name.split()) >= len(tokens):
            if typed.role and not known.role:
                known.role = typed.role
            return self._note(known)
        entity = Entity(typed.name, "person", typed.role, typed.head)
        for token in tokens:
            if len(token) > 2 and token[0].isupper():
                self.by_token[token.lower()] = entity
        if typed.role:
            roles, titles = _role_words(), _title_words()
            for word in typed.role.lower().split():
                if word in roles or word in titles:
                    self.by_head[word] = entity
        return self._note(entity)

    def _note(self, entity: Entity) -> Entity:
        kind = entity.kind
        if kind == "person":
            self.last_human = self.last_person = entity
        elif kind == "outlet":
            self.last_outlet = self.last_body = entity
        elif kind == "organization":
            self.last_org = self.last_body = entity
        elif kind == "anonymous":
            if _singular(entity.name, entity.head):
                self.last_human = entity
            self.last_body = entity
        self.last_any = entity
        return entity

    def observe(self, text: str, start: int, end: int) -> None:
        """Register the people named in narration between statements, for later pronouns."""
        # PERSON_RUN_RE.finditer(text, start, end), tried only where a title starts: the places
        # PERSON_TITLE_RE.search finds from ``pos`` are the title starts at or after ``pos``, in
        # order (see title_starts); one that does not fit before ``end`` fails the run pattern,
        # which needs the title, a space and a name inside ``end``, as the search skips it.
        if text is not self._titled_text:
            self._titled_text, self._titled = text, title_starts(text)
        starts = self._titled
        if not starts or starts[-1] < start:
            return  # no title at or after ``start`` (most calls: an article names a title or two): no bisection
        index = bisect_left(starts, start)
        pos = start
        while index < len(starts):
            at = starts[index]
            if at >= end:
                break
            index += 1
            if at < pos:
                continue  # inside the last run found, as PERSON_TITLE_RE.search(text, pos) skips it
            match = PERSON_RUN_RE.match(text, at, end)
            if match is None:
                continue
            pos = match.end()
            typed = _narrated_person(match.group())
            if typed is not None:
                self._person(typed)

    def mention(self, entity: Entity) -> None:
        """A speaker carried over without a new mention (continuations) is still the latest."""
        self._note(entity)


@functools.lru_cache(maxsize=4096)
def _narrated_person(run: str) -> Typed | None:
    """A titled person named in narration ("Gov. Ann Lee"), or None; depends on the run only."""
    words = run.split()
    while words and (words[0] in NARRATION_STARTS or words[0].lower() in PREPOSITIONS):
        words = words[1:]
    if not words or any(w.strip("'’s") in NON_PERSON or w in MONTHS_DAYS for w in words):
        return None
    if " ".join(words) in _place_names() or any(w.lower() in ORG_HEADS for w in words):
        return None
    typed = _named(words, " ".join(words))
    return typed if typed.kind == "person" and typed.role is not None else None


def _singular(phrase: str, head: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and words[0] in {"a", "an", "the", "one"} and head in _role_words() and not head.endswith("s")
