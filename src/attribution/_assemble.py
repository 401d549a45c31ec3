"""A draft becomes a statement: its source resolved to a speaker, its outlets deduplicated.

Split from the statement finder so that finding spans and naming who spoke stay
apart; the registry is shared and advanced in text order by the caller.
"""

from __future__ import annotations

import functools
from typing import Final, cast

from . import _make as make
from ._cues import is_hedged, is_hedged_either
from ._drafts import Draft
from ._mentions import document_author, named_in_sentence, plain_phrase, refine_source
from ._models import SPEAKER_KINDS, Outlet, Speaker, SpeakerKind, Statement
from ._outlets import OutletIndex, OutletMatch, to_outlet
from ._speakers import Entity, Registry, Typed, big_place, classify, surname_of_someone

MAX_REPORT_WORDS: Final = 8


def finish_draft(
    text: str, draft: Draft, registry: Registry, outlets: OutletIndex, last: Entity | None
) -> tuple[Statement | None, Entity | None]:
    entity: Entity | None = None
    mention: tuple[int, int] | None = None
    said = ""  # text[mention[0] : mention[1]], sliced once
    via = list(draft.via) if draft.via else []
    citing_outlet: OutletMatch | None = None
    cue_span = draft.cue
    cue_start = cue_span[0] if cue_span is not None else -1
    source = draft.source
    if source:
        phrase = text[source[0] : source[1]]
        typed = _plain_typed(phrase, source[0] > cue_start >= 0, outlets)
        if typed is _NOT_PLAIN:
            refined = refine_source(text, document_author(text, source), cue_start)
            if refined.outlet is not None:
                quoting = classify(text[refined.outlet[0] : refined.outlet[1]], outlets)
                if quoting is not None and quoting.kind == "outlet":
                    via.append(OutletMatch(quoting.name, "generic", refined.outlet[0], refined.outlet[1]))
            source = refined.span
            if source:
                phrase = text[source[0] : source[1]]
                typed = classify(phrase, outlets)
    if source:
        mention = source
        said = phrase
        if typed is None and draft.lemma == "according to" and len(phrase.split()) <= MAX_REPORT_WORDS:
            typed = Typed("report", phrase, head="report")  # "according to the poll": a report, not a person
        if typed is None:
            return None, last
        if " " not in phrase and typed.kind in {"organization", "person"}:
            typed = _place_or_surname(text, phrase, typed, registry)
        if typed.kind == "outlet":
            match = outlets.at(text, mention[0], mention[1])
            if match is None or match.name != typed.name:
                match = OutletMatch(typed.name, "generic", mention[0], mention[1])
            citing_outlet = match
        entity = registry.resolve(typed)
        if citing_outlet is not None and entity is not None:
            if entity.kind != "outlet":
                citing_outlet = None  # "Opp said" after "Sheriff Dan Opp": a person, not the one-word outlet
            elif citing_outlet.kind == "generic":
                # "the paper said" after "The Times reported": the outlet it points back to
                citing_outlet = OutletMatch(entity.name, "generic", mention[0], mention[1])
        if typed.kind == "pronoun" and typed.head in {"he", "she"}:
            named = named_in_sentence(text, mention[0], registry)
            if named is not None and named is not entity:
                entity = named
                registry.mention(named)
    elif draft.inherit and last is not None:
        entity = last
        registry.mention(entity)
    if draft.citing is not None:
        typed = classify(text[draft.citing[0] : draft.citing[1]], outlets)
        if typed is not None and typed.kind != "pronoun":
            if citing_outlet is not None:
                via.insert(0, citing_outlet)
            elif entity is not None and entity.kind == "outlet" and mention is not None:
                via.insert(0, OutletMatch(entity.name, "generic", mention[0], mention[1]))
            mention = draft.citing
            said = text[mention[0] : mention[1]]
            entity = registry.resolve(typed)
            citing_outlet = None
    if citing_outlet is None and entity is not None and entity.kind == "outlet" and mention is not None and not via:
        citing_outlet = OutletMatch(entity.name, "generic", mention[0], mention[1])
    if citing_outlet is not None and not any(v.name == citing_outlet.name for v in via):
        via.insert(0, citing_outlet)
    if draft.lemma == "tweet" and cue_span is not None and not via:
        via.append(OutletMatch("X", "platform", cue_span[0], cue_span[1]))
    speaker = None
    if entity is not None and mention is not None:
        entity.mention = mention
        speaker = make.speaker(
            said,
            entity.name,
            _SPEAKER_KIND.get(entity.kind, "unknown"),
            mention[0],
            mention[1],
            entity.role,
        )
    elif entity is not None:
        speaker = _carried(text, draft, entity)
    elif mention is not None:
        # A pronoun with no antecedent in the article: keep the mention, unresolved.
        kind: SpeakerKind = "person" if said.lower() in {"he", "she"} else "unknown"
        speaker = make.speaker(said, said, kind, mention[0], mention[1])
        # A quote that goes on in the next paragraph is this pronoun's, not the last resolved speaker's.
        entity = Entity(said, kind, None, said.lower(), mention)
    start, end = draft.content
    if cue_span is None:
        cue = None
        hedged = is_hedged(text, start, end)
    else:
        cue_start, cue_end = cue_span
        cue = make.span(text[cue_start:cue_end], cue_start, cue_end)
        hedged = is_hedged_either(text, start, end, cue_start - 40 if cue_start > 40 else 0, cue_start)
    statement = make.statement(
        make.span(text[start:end], start, end),
        speaker,
        cue,
        _dedupe(text, via) if via else (),
        draft.direct,
        draft.stance,
        hedged,
    )
    return statement, entity if entity is not None else last


# What _plain_typed returns for a phrase that refine_source or document_author may change.
_NOT_PLAIN: Final = Typed("", "")


@functools.lru_cache(maxsize=16384)
def _plain_typed(phrase: str, after_cue: bool, outlets: OutletIndex) -> Typed | None:
    """``classify(phrase)`` when ``plain_phrase`` keeps the phrase as it is, else ``_NOT_PLAIN``.

    One cache probe for the two questions every source phrase asks; both depend only on
    the phrase, whether it follows the cue, and the long-lived outlet index.
    """
    return classify(phrase, outlets) if plain_phrase(phrase, after_cue) else _NOT_PLAIN


def _place_or_surname(text: str, phrase: str, typed: Typed, registry: Registry) -> Typed:
    """One capitalized word that is also a place: "Medina said" after "Rosa Medina" is a person,
    "Moscow said" with no Moscow named as a person is the government seated there."""
    if typed.kind == "organization":
        if _surname(text, phrase, registry):
            return Typed("person", phrase, head=phrase.lower())
    elif (
        typed.role is None
        and phrase.lower() not in registry.by_token
        and big_place(phrase)
        and not _surname(text, phrase, registry)
    ):
        return Typed("organization", phrase, head=phrase.lower())
    return typed


def _surname(text: str, word: str, registry: Registry) -> bool:
    known = registry.surnames.get(word)
    if known is None:
        known = registry.surnames[word] = surname_of_someone(text, word)
    return known


def _carried(text: str, draft: Draft, entity: Entity) -> Speaker | None:
    """A continuation has no mention of its own: point at the speaker's latest mention."""
    if entity.mention is None:
        return None
    start, end = entity.mention
    return make.speaker(
        text[start:end], entity.name, _SPEAKER_KIND.get(entity.kind, "unknown"), start, end, entity.role
    )


# An entity's kind as a speaker's: one dict probe ("pronoun" and any other kind read "unknown").
_SPEAKER_KIND: Final[dict[str, SpeakerKind]] = {kind: cast("SpeakerKind", kind) for kind in SPEAKER_KINDS}


def _dedupe(text: str, via: list[OutletMatch]) -> tuple[Outlet, ...]:
    seen: set[str] = set()
    out: list[Outlet] = []
    for match in via:
        if match.name in seen:
            continue
        seen.add(match.name)
        out.append(to_outlet(text, match))
    return tuple(out)
