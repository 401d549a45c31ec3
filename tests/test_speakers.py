"""Source phrase typing and the entity registry."""

from __future__ import annotations

import pytest

from attribution import analyze
from attribution._mentions import refine_source
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


# Wild-corpus audit: source phrases cut too wide, heads that cannot speak, look-alike outlets.


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("Nadia Sow himself", "Nadia Sow"),
        ("the envoy immediately", "the envoy"),
        ("Mayor Ito on Monday", "Mayor Ito"),
        ("the agency earlier this month", "the agency"),
        ("Mr Osei agreed and", "Mr Osei"),
        ("He went on to", "He"),
        ("Governor Lund replied by", "Governor Lund"),
        ("each praising the plan and", "each"),
        ("Pia Holm and", "Pia Holm"),
        ("the village elders", "the village elders"),
        ("Long", "Long"),
        ("He's", "He's"),
        ("Officials responded by", "Officials"),
        ("The coach criticised the referee for", "the referee"),
        ("The singer apologised for", "The singer"),
    ],
)
def test_refine_source_keeps_the_speaker(phrase: str, speaker: str) -> None:
    text = f"{phrase} said the well was dry."
    refined = refine_source(text, (0, len(phrase)))
    assert refined.span is not None
    assert text[refined.span[0] : refined.span[1]] == speaker


@pytest.mark.parametrize(
    "phrase",
    ["criticised him for", "immediately", "Thursday", "quoted as", "that", "Norway's", "the plan deals with"],
)
def test_refine_source_finds_no_speaker(phrase: str) -> None:
    text = f"{phrase} said the well was dry."
    assert refine_source(text, (0, len(phrase))).span is None


def test_refine_source_quoted_as_gives_speaker_and_outlet() -> None:
    text = "The well is dry, the Courier quoted Pia Holm as saying."
    phrase = "the Courier quoted Pia Holm as"
    start = text.index(phrase)
    refined = refine_source(text, (start, start + len(phrase)))
    assert refined.span is not None
    assert refined.outlet is not None
    assert text[refined.span[0] : refined.span[1]] == "Pia Holm"
    assert text[refined.outlet[0] : refined.outlet[1]] == "the Courier"


def test_refine_source_possessive_owner_of_a_noun_cue() -> None:
    text = "Pia Holm's warning that the well was dry went unheard."
    cue = text.index("warning")
    refined = refine_source(text, (0, cue - 1), cue)
    assert refined.span == (0, len("Pia Holm"))


@pytest.mark.parametrize(
    "text",
    ["Critics attacked him for claiming the well was full."],
)
def test_statement_stands_without_a_speaker_when_the_phrase_names_none(text: str) -> None:
    statements = analyze(text).statements
    assert len(statements) == 1
    assert statements[0].speaker is None


@pytest.mark.parametrize(
    "phrase",
    ["the conflict", "a conference", "the results of their check by", "the storm", "the meeting", "last year"],
)
def test_inanimate_heads_are_not_sources(phrase: str) -> None:
    assert classify(phrase, outlet_index()) is None


@pytest.mark.parametrize(
    ("phrase", "kind"), [("the White House", "organization"), ("the Peace Conference", "organization")]
)
def test_capitalized_bodies_still_speak(phrase: str, kind: str) -> None:
    typed = classify(phrase, outlet_index())
    assert typed is not None
    assert typed.kind == kind


def test_title_with_a_field_is_a_person() -> None:
    typed = classify("U.S. Secretary of State Ana B. Morel", outlet_index())
    assert typed is not None
    assert typed.kind == "person"
    assert typed.role == "U.S. Secretary of State"
    assert typed.head == "morel"


def test_outlet_index_bare_words_and_bodies() -> None:
    index = outlet_index()
    hill = index.lookup("the Hill")
    assert hill is not None
    assert hill[0] == "The Hill"
    assert index.lookup("Hill") is None  # a surname, not the outlet, without "the"
    assert index.lookup("The White House") is None  # a body, whatever a list says
    assert index.lookup("Reuters") is not None
    people = classify("People", index)  # the role noun, not the magazine
    assert people is not None
    assert people.kind == "anonymous"
    country = classify("Iran", index)  # a country speaks for itself, whatever paper shares its name
    assert country is not None
    assert country.kind == "organization"


def test_claim_with_lives_is_a_toll_not_a_cue() -> None:
    assert analyze("The blast claimed 14 lives in the old town.").statements == ()
    assert analyze("The fire has claimed the lives of two firefighters.").statements == ()
    assert len(analyze("The firm claimed the town had lied.").statements) == 1


def test_according_to_a_report_is_one_source() -> None:
    statements = analyze("The pier was closed for repairs, according to a harbour board report.").statements
    assert len(statements) == 1
    assert statements[0].cue is not None
    assert statements[0].cue.text == "according to"
    assert statements[0].speaker is not None
    assert statements[0].speaker.kind == "report"


def test_city_word_is_a_person_when_the_article_names_one() -> None:
    text = "Rosa Medina, 45, heard the shots. “They hit the house,” Medina said."
    speaker = analyze(text).statements[0].speaker
    assert speaker is not None
    assert speaker.kind == "person"


def test_big_city_without_a_person_of_that_name_is_the_government() -> None:
    speaker = analyze("Talks stalled on Friday. Moscow said the deal was off.").statements[0].speaker
    assert speaker is not None
    assert speaker.kind == "organization"
    named = analyze("Actor Denzel Washington spoke. Washington said he was moved.").statements[0].speaker
    assert named is not None
    assert named.kind == "person"


@pytest.mark.parametrize("phrase", ["the paper", "the newspaper", "the local tabloid", "media"])
def test_generic_outlet_heads_are_outlets(phrase: str) -> None:
    typed = classify(phrase, outlet_index())
    assert typed is not None
    assert typed.kind == "outlet"


@pytest.mark.parametrize(
    ("phrase", "name"), [("a police statement", "a police"), ("the Harbour Board statement", "the Harbour Board")]
)
def test_a_body_statement_speaks_for_the_body(phrase: str, name: str) -> None:
    typed = classify(phrase, outlet_index())
    assert typed is not None
    assert typed.kind == "organization"
    assert typed.name == name


def test_a_statement_alone_still_points_back() -> None:
    typed = classify("the statement", outlet_index())
    assert typed is not None
    assert typed.kind != "organization"
