"""Every statement span (content, cue, speaker, via) is a true offset into the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution import analyze

NAMES = st.sampled_from(["Amira Haddad", "Col. Daniel Reyes", "the mayor", "a U.S. official", "officials", "he"])
VERBS = st.sampled_from(["said", "told Reuters", "denied", "added", "told The Associated Press", "confirmed"])
CLAUSES = st.sampled_from(
    ["the road was closed", "nine people were hurt", "talks would resume", "the “deal” was dead", "it's over"]
)
MARKS = st.sampled_from(["“", "”", '"', "'", "‘", "’", "«", "»"])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    name, verb, clause = draw(NAMES), draw(VERBS), draw(CLAUSES)
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return f"{name} {verb} that {clause}."
    if shape == 1:
        return f"“{clause.capitalize()},” {name} {verb.split()[0]}."
    if shape == 2:
        return f"{clause.capitalize()}, according to {name}."
    if shape == 3:
        return f"{name} {verb}: “{clause.capitalize()}.”"
    if shape == 4:
        return f"“{clause.capitalize()}, ” {name} said, “{draw(CLAUSES)}.”"
    return draw(MARKS) + clause + draw(st.sampled_from([" ", ", ", "\n", ""])) + draw(MARKS)


texts = st.lists(
    st.one_of(sentences(), st.text(alphabet=st.characters(codec="utf-8"), max_size=40)), min_size=1, max_size=8
).map(lambda parts: "".join(p + (" " if i % 3 else "\n\n") for i, p in enumerate(parts)))


@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_statement_spans_are_true_offsets(text: str) -> None:
    for statement in analyze(text).statements:
        spans = [statement.content, statement.cue, statement.speaker, *statement.via]
        for span in spans:
            if span is None:
                continue
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert statement.content.end > statement.content.start
