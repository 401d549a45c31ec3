"""A draft becomes a statement: its source resolved to a speaker, its outlets deduplicated.

Split from the statement finder so that finding spans and naming who spoke stay
apart; the registry is shared and advanced in text order by the caller.
"""

from __future__ import annotations

from typing import cast

from ._cues import is_hedged
from ._drafts import Draft
from ._mentions import document_author, named_in_sentence, refine_source
from ._models import SPEAKER_KINDS, Outlet, Span, Speaker, SpeakerKind, Statement
from ._outlets import OutletIndex, OutletMatch, to_outlet
from ._speakers import Entity, Registry, Typed, big_place, classify, surname_of_someone

MAX_REPORT_WORDS = 8


def finish_draft(
    text: str, draft: Draft, registry: Registry, outlets: OutletIndex, last: Entity | None
) -> tuple[Statement | None, Entity | None]:
    entity: Entity | None = None
    mention: tuple[int, int] | None = None
    via = list(draft.via)
    citing_outlet: OutletMatch | None = None
    cue_start = draft.cue[0] if draft.cue is not None else -1
    refined = refine_source(text, document_author(text, draft.source), cue_start) if draft.source else None
    if refined is not None and refined.outlet is not None:
        quoting = classify(text[refined.outlet[0] : refined.outlet[1]], outlets)
        if quoting is not None and quoting.kind == "outlet":
            via.append(OutletMatch(quoting.name, "generic", refined.outlet[0], refined.outlet[1]))
    if refined is not None and refined.span is not None:
        mention = refined.span
        phrase = text[mention[0] : mention[1]]
        typed = classify(phrase, outlets)
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
        if citing_outlet is not None and entity is not None and entity.kind != "outlet":
            citing_outlet = None  # "Opp said" after "Sheriff Dan Opp": a person, not the one-word outlet
        elif citing_outlet is not None and entity is not None and citing_outlet.kind == "generic":
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
            entity = registry.resolve(typed)
            citing_outlet = None
    if citing_outlet is None and entity is not None and entity.kind == "outlet" and mention is not None and not via:
        citing_outlet = OutletMatch(entity.name, "generic", mention[0], mention[1])
    if citing_outlet is not None and not any(v.name == citing_outlet.name for v in via):
        via.insert(0, citing_outlet)
    cue_span = draft.cue
    if draft.lemma == "tweet" and cue_span is not None and not via:
        via.append(OutletMatch("X", "platform", cue_span[0], cue_span[1]))
    speaker = None
    if entity is not None and mention is not None:
        entity.mention = mention
        speaker = Speaker(
            text[mention[0] : mention[1]],
            entity.name,
            _kind(entity.kind),
            mention[0],
            mention[1],
            entity.role,
        )
    elif entity is not None:
        speaker = _carried(text, draft, entity)
    elif mention is not None:
        # A pronoun with no antecedent in the article: keep the mention, unresolved.
        word = text[mention[0] : mention[1]]
        kind: SpeakerKind = "person" if word.lower() in {"he", "she"} else "unknown"
        speaker = Speaker(text=word, name=word, kind=kind, start=mention[0], end=mention[1])
        # A quote that goes on in the next paragraph is this pronoun's, not the last resolved speaker's.
        entity = Entity(name=word, kind=kind, role=None, head=word.lower(), mention=mention)
    cue = Span(text[cue_span[0] : cue_span[1]], cue_span[0], cue_span[1]) if cue_span else None
    start, end = draft.content
    hedged = is_hedged(text, start, end) or (
        cue_span is not None and is_hedged(text, cue_span[0] - 40 if cue_span[0] > 40 else 0, cue_span[0])
    )
    statement = Statement(
        Span(text[start:end], start, end),
        speaker,
        cue,
        _dedupe(text, via) if via else (),
        draft.direct,
        draft.stance,  # type: ignore[arg-type]
        hedged,
    )
    return statement, entity if entity is not None else last


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
    return Speaker(
        text=text[start:end], name=entity.name, kind=_kind(entity.kind), start=start, end=end, role=entity.role
    )


def _kind(kind: str) -> SpeakerKind:
    return cast("SpeakerKind", kind) if kind in SPEAKER_KINDS else "unknown"


def _dedupe(text: str, via: list[OutletMatch]) -> tuple[Outlet, ...]:
    seen: set[str] = set()
    out: list[Outlet] = []
    for match in via:
        if match.name in seen:
            continue
        seen.add(match.name)
        out.append(to_outlet(text, match))
    return tuple(out)
