"""Source phrase typing and the entity registry."""

from __future__ import annotations

import pytest

from attribution._outlets import outlet_index
from attribution._speakers import Registry, Typed, classify


@pytest.mark.parametrize(
    ("phrase", "kind", "name"),
    [
        ("Col. Myles B. Caggins III", "person", "Myles B. Caggins III"),
        ("Broward Sheriff Scott Israel", "person", "Scott Israel"),
        ("FBI spokesman George Piro", "person", "George Piro"),
        ("a U.S. official", "anonymous", "a U.S. official"),
        ("an Iraqi military source", "anonymous", "an Iraqi military source"),
        ("a person familiar with the matter", "anonymous", "a person familiar with the matter"),
        ("A spokesman for the interior ministry", "anonymous", "A spokesman for the interior ministry"),
        ("Witnesses", "anonymous", "Witnesses"),
        ("the Russian Defense Ministry", "organization", "the Russian Defense Ministry"),
        ("police", "organization", "police"),
        ("Canada", "organization", "Canada"),
        ("Reuters", "outlet", "Reuters"),
        ("AP", "outlet", "Associated Press"),
        ("state TV", "outlet", "state TV"),
        ("local media", "outlet", "local media"),
        ("local reports", "report", "local reports"),
        ("he", "pronoun", "he"),
    ],
)
def test_classify(phrase: str, kind: str, name: str) -> None:
    typed = classify(phrase, outlet_index())
    assert typed is not None
    assert (typed.kind, typed.name) == (kind, name)


def test_titles_become_the_role() -> None:
    typed = classify("Deputy Prime Minister Anna Holm", outlet_index())
    assert typed is not None
    assert typed.name == "Anna Holm"
    assert typed.role == "Deputy Prime Minister"


def test_evidence_is_not_a_source() -> None:
    assert classify("A video", outlet_index()) is None
    assert classify("Preliminary findings", outlet_index()) is None


def test_registry_resolves_surname_and_pronoun_to_fullest_name() -> None:
    registry = Registry()
    full = registry.resolve(Typed("person", "Majid Takht Ravanchi", role="ambassador", head="ravanchi"))
    assert full is not None
    again = registry.resolve(Typed("person", "Ravanchi", head="ravanchi"))
    assert again is full
    pronoun = registry.resolve(Typed("pronoun", "he", head="he"))
    assert pronoun is full
    assert full.name == "Majid Takht Ravanchi"


def test_registry_resolves_the_group_to_the_last_organization() -> None:
    registry = Registry()
    org = registry.resolve(Typed("organization", "The Blue Crescent Society", head="society"))
    registry.resolve(Typed("anonymous", "a witness", head="witness"))
    assert registry.resolve(Typed("organization", "the group", head="group")) is org


def test_he_prefers_the_latest_singular_human() -> None:
    registry = Registry()
    registry.resolve(Typed("person", "Lord Amberley", head="amberley"))
    spokesman = registry.resolve(Typed("anonymous", "the prime minister's official spokesman", head="spokesman"))
    assert registry.resolve(Typed("pronoun", "he", head="he")) is spokesman


def test_observe_registers_titled_people_in_narration() -> None:
    registry = Registry()
    text = "Governor Elena Ruiz toured the flooded district on Friday."
    registry.observe(text, 0, len(text))
    resolved = registry.resolve(Typed("pronoun", "she", head="she"))
    assert resolved is not None
    assert resolved.name == "Elena Ruiz"
