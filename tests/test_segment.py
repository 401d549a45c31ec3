from __future__ import annotations

import pytest

from attribution._segment import segment


def quotes_of(text: str) -> list[tuple[str, bool]]:
    doc = segment(text)
    return [(text[q.start : q.end], q.closed) for p in doc.paragraphs for q in p.quotes]


def test_paragraphs_are_lines_and_offsets_are_true() -> None:
    text = "First line.\n\n  Second line.  \nThird."
    doc = segment(text)
    assert [text[p.start : p.end] for p in doc.paragraphs] == ["First line.", "Second line.", "Third."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will rebuild,” she said.", [("We will rebuild,", True)]),
        ('"We will rebuild," she said.', [("We will rebuild,", True)]),
        ("“One,” he said, “two.”", [("One,", True), ("two.", True)]),
        ("Minister says 'we will not resign'", [("we will not resign", True)]),
        ("It's the people's choice, isn't it?", []),
        ("“A quote that goes on", [("A quote that goes on", False)]),
        ("„Wir bleiben hier“, sagte sie.", [("Wir bleiben hier", True)]),
        ("„Eins“ und „zwei“", [("Eins", True), ("zwei", True)]),
    ],
)
def test_quote_pairing(text: str, expected: list[tuple[str, bool]]) -> None:
    assert quotes_of(text) == expected


def test_unbalanced_mark_does_not_derail_next_paragraph() -> None:
    text = "He said “this never closes.\n\n“Fine,” she said."
    assert quotes_of(text)[-1] == ("Fine,", True)


def test_sentences_respect_abbreviations() -> None:
    text = "Gen. Smith arrived in the U.S. capital. He spoke to Mr. Jones on Jan. 3. Nobody else came."
    doc = segment(text)
    sentences = [text[s:e] for s, e in doc.paragraphs[0].sentences]
    assert sentences == [
        "Gen. Smith arrived in the U.S. capital.",
        "He spoke to Mr. Jones on Jan. 3.",
        "Nobody else came.",
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Jane Smith and Omar Haddad",
        "Reporting by Jane Smith; Editing by Omar Haddad",
        "Support independent journalism: donate today.",
        "Join our commenting forum",
        "Sign up for our morning newsletter.",
        "(AP Photo/Someone Else)",
    ],
)
def test_boilerplate_is_marked(paragraph: str) -> None:
    assert segment(paragraph).paragraphs[0].boilerplate


def test_news_paragraph_is_not_boilerplate() -> None:
    assert not segment("The minister said the talks would resume on Monday.").paragraphs[0].boilerplate


def test_quotes_and_paragraphs_are_values() -> None:
    # Plain classes for speed, with the value semantics of the attrs classes they replaced:
    # equal and hash-equal when every field is, unequal when any one differs.
    from attribution._segment import Paragraph, Quote

    fields = (3, 9, 2, 9, 0)
    quote = Quote(*fields)
    assert quote == Quote(*fields)
    assert hash(quote) == hash(Quote(*fields))
    for index in range(len(fields)):
        changed = list(fields)
        changed[index] = 99
        assert quote != Quote(*changed)  # type: ignore[arg-type]
    assert quote != fields
    paragraph = Paragraph(0, 0, 12, ((0, 12),), (quote,), False)
    assert paragraph == Paragraph(0, 0, 12, ((0, 12),), (Quote(*fields),), False)
    assert paragraph != Paragraph(0, 0, 12, ((0, 12),), (), False)
    assert paragraph != Paragraph(0, 0, 12, ((0, 12),), (quote,), True)
    assert len({paragraph, Paragraph(0, 0, 12, ((0, 12),), (Quote(*fields),), False)}) == 1
    assert repr(paragraph) == (
        "Paragraph(index=0, start=0, end=12, sentences=((0, 12),), "
        "quotes=(Quote(start=3, end=9, open_at=2, close_at=9, paragraph=0),), boilerplate=False)"
    )
