"""Attributed statements: golden cases (tests/golden/statements.json) and targeted checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from attribution import Lexicon, analyze
from attribution._models import Statement

# statements.json plus any statements_<topic>.json beside it, all in the same shape.
CASES = [
    case
    for path in sorted((Path(__file__).parent / "golden").glob("statements*.json"))
    for case in json.loads(path.read_text(encoding="utf-8"))["cases"]
]


def _find(statements: tuple[Statement, ...], content: str) -> Statement:
    for statement in statements:
        if statement.content.text == content:
            return statement
    found = [s.content.text for s in statements]
    raise AssertionError(f"no statement with content {content!r}; found {found!r}")


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_golden(case: dict[str, Any]) -> None:
    article = analyze(case["text"])
    assert len(article.statements) == len(case["expect"]), [s.to_dict() for s in article.statements]
    for want in case["expect"]:
        statement = _find(article.statements, want["content"])
        assert statement.speaker is not None
        assert statement.speaker.name == want["speaker"]
        assert case["text"][statement.speaker.start : statement.speaker.end] == statement.speaker.text
        if "kind" in want:
            assert statement.speaker.kind == want["kind"]
        assert [v.name for v in statement.via] == want.get("via", [])
        assert statement.direct == want.get("direct", False)
        assert statement.stance == want.get("stance", "assert")
        assert statement.hedged == want.get("hedged", False)
        if "cue" in want:
            assert statement.cue is not None
            assert statement.cue.text == want["cue"]


def test_statements_come_in_text_order() -> None:
    text = "The mayor said the road was open. “It is safe,” the police chief said. Officials said more rain was due."
    starts = [s.content.start for s in analyze(text).statements]
    assert starts == sorted(starts)
    assert len(starts) == 3


def test_unbalanced_mark_does_not_derail_the_rest() -> None:
    text = "The “deal was announced on Monday.\n\n“We will rebuild,” the governor said."
    statements = analyze(text).statements
    assert [s.content.text for s in statements] == ["We will rebuild,"]


def test_boilerplate_paragraph_yields_nothing_but_the_article_does() -> None:
    text = "The minister said the budget was final.\n\nSupport our journalism: donate today, readers say it matters."
    assert [s.content.text for s in analyze(text).statements] == ["the budget was final"]


def test_continuation_needs_a_recent_speaker() -> None:
    text = "“Nobody came to help us for three days.”"
    assert analyze(text).statements == ()


def test_user_outlet_via_lexicon() -> None:
    text = "The mayor told the Harbour Gazette that the pier would reopen."
    assert [v.name for v in analyze(text).statements[0].via] == []
    extra = Lexicon(outlets={"Harbour Gazette": ["the Gazette"]})
    statement = analyze(text, lexicon=extra).statements[0]
    assert [v.name for v in statement.via] == ["Harbour Gazette"]
    alias = analyze("The mayor told the Gazette that the pier would reopen.", lexicon=extra).statements[0]
    assert [v.name for v in alias.via] == ["Harbour Gazette"]


def test_user_reporting_verb_with_stance() -> None:
    text = "The agency rebutted that the dam was damaged."
    assert analyze(text).statements == ()
    statement = analyze(text, lexicon=Lexicon(reporting_verbs={"rebutted": "deny"})).statements[0]
    assert statement.content.text == "the dam was damaged"
    assert statement.stance == "deny"


def test_lexicon_rejects_bad_input() -> None:
    from attribution import InputTypeError

    with pytest.raises(InputTypeError):
        Lexicon(reporting_verbs={"opined": "maybe"})
    with pytest.raises(InputTypeError):
        analyze("text", lexicon={"outlets": ["X"]})  # type: ignore[arg-type]


def test_cue_noun_with_that_clause_and_contracted_verb_still_report() -> None:
    # A possessive before a cue makes it a noun, but "X's claim that C" still reports C and
    # "who's said" is a contracted verb, not a possessive.
    for text, content in (
        (
            "In March, the minister's claim that the tunnel is safe for heavy lorries.",
            "the tunnel is safe for heavy lorries",
        ),
        (
            "Rina Osei is a teacher who's said the school will not reopen this spring.",
            "the school will not reopen this spring",
        ),
    ):
        assert [s.content.text for s in analyze(text).statements] == [content]


def test_capitalised_cue_after_a_name_is_part_of_it() -> None:
    from attribution._cues import Cue
    from attribution._exclusions import in_name

    def cue_at(text: str, word: str) -> Cue:
        start = text.index(word)
        return Cue(start, start + len(word), word.lower(), "assert", "clause")

    text = "Readers of the Harbour Report said the pier was shut."
    assert in_name(text, cue_at(text, "Report"), 0)
    assert not in_name(text, cue_at(text, "said"), 0)
    title_case = "In 1989 Moreno Claimed That The Harbour Would Sink."
    assert not in_name(title_case, cue_at(title_case, "Claimed"), 0)


def test_cues_are_values() -> None:
    # A plain class for speed, compared, hashed and printed by its fields like the named tuple it replaced.
    from attribution._cues import Cue

    fields = (4, 8, "say", "assert", "clause")
    cue = Cue(*fields)
    assert cue == Cue(*fields)
    assert hash(cue) == hash(Cue(*fields))
    for index, other in enumerate((5, 9, "tell", "deny", "np")):
        changed = list(fields)
        changed[index] = other
        assert cue != Cue(*changed)  # type: ignore[arg-type]
    assert repr(cue) == "Cue(start=4, end=8, lemma='say', stance='assert', frame='clause')"
