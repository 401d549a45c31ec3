"""Source mentions inside a sentence: document authors and people named before a pronoun."""

from __future__ import annotations

from ._lazy import lazy_compile
from ._speakers import Entity, Registry, Typed, is_role
from ._words import wordset

POSSESSIVE_DOCUMENT_RE = lazy_compile(
    r"(?:[\p{L}.-]++\ ){0,5}?[\p{L}.-]++(?=['’]s\ (?:[\w-]++\ ){0,2}?"
    r"(?:statement|letter|report|tweet|message|post|office|account|spokes(?:man|woman|person)|lawyer|attorney)\b)"
)
DOCUMENT_RE = lazy_compile(
    r"(?i)(?:a|an|the|its|his|her|their)\ (?:[\w-]++\ ){0,2}?(?:statement|letter|tweet|message|post|posting"
    r"|communiqu[eé]|release|note|email|e-mail|notice)\ (?:(?:issued|released|posted|signed)\ )?(?:by|from|of)\ "
)


DOCUMENT_HEADS = wordset("statement letter report tweet message post")


NAME_TOKEN_RE = lazy_compile(r"\p{Lu}[\p{L}'’-]++")


def named_in_sentence(text: str, position: int, registry: Registry) -> Entity | None:
    """ "Lea, a witness, was there when, he said, ...": a known person named earlier in the sentence."""
    floor = max(0, position - 160)
    stop = max(text.rfind(". ", floor, position), text.rfind("\n", floor, position))
    found: Entity | None = None
    for match in NAME_TOKEN_RE.finditer(text, stop + 1 if stop >= 0 else floor, position):
        known = registry.by_token.get(match.group().lower())
        if known is not None and known.kind == "person":
            found = known
    return found


def speaker_like(typed: Typed | None) -> bool:
    if typed is None:
        return False
    return typed.kind in {"person", "organization", "outlet"} or (typed.kind == "anonymous" and is_role(typed.head))


def document_author(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "a statement by the ministry" speaks for the ministry."""
    phrase = text[span[0] : span[1]]
    lower = phrase.lower()
    # Substring tests first: both patterns need these words, and most phrases have none.
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
