"""Every statement span (content, cue, speaker, via) is a true offset into the input."""

from __future__ import annotations

from hypothesis import given, settings

from attribution import analyze
from strategies import statement_texts


@settings(max_examples=200, deadline=None)
@given(text=statement_texts)
def test_statement_spans_are_true_offsets(text: str) -> None:
    for statement in analyze(text).statements:
        spans = [statement.content, statement.cue, statement.speaker, *statement.via]
        for span in spans:
            if span is None:
                continue
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert statement.content.end > statement.content.start
