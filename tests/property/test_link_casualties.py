"""``link_casualties`` (one sweep) agrees with the plain definition (first statement that holds the count)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from attribution._models import CasualtyCount, Span, Statement
from attribution._pipeline import link_casualties

spans = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda pair: (pair[0], pair[0] + pair[1]))


def statement(bounds: tuple[int, int]) -> Statement:
    return Statement(content=Span("x" * (bounds[1] - bounds[0]), *bounds), speaker=None, cue=None)


def count(bounds: tuple[int, int], linked: int | None) -> CasualtyCount:
    return CasualtyCount(
        kind="killed",
        low=1,
        high=1,
        text="x" * (bounds[1] - bounds[0]),
        start=bounds[0],
        end=bounds[1],
        statement=linked,
    )


@given(
    statement_spans=st.lists(spans, max_size=12),
    count_spans=st.lists(st.tuples(spans, st.none() | st.integers(0, 12)), max_size=12),
)
def test_sweep_matches_the_definition(
    statement_spans: list[tuple[int, int]], count_spans: list[tuple[tuple[int, int], int | None]]
) -> None:
    statements = [statement(bounds) for bounds in statement_spans]
    counts = [count(bounds, linked) for bounds, linked in count_spans]
    expected = [
        next(
            (i for i, s in enumerate(statements) if s.content.start <= c.start and c.end <= s.content.end),
            None,
        )
        for c in counts
    ]
    linked = link_casualties(counts, statements)
    assert [c.statement for c in linked] == expected
    assert [(c.start, c.end) for c in linked] == [(c.start, c.end) for c in counts]
