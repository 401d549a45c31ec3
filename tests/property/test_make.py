"""The pipeline's fast constructors make exactly the objects the attrs classes make."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from attribution import _make as make
from attribution._models import CasualtyCount, Outlet, Span, Speaker, Statement, TimeExpression

texts = st.text(max_size=12)
ints = st.integers(-5, 10**6)
optional_texts = st.none() | texts
optional_ints = st.none() | ints
spans = st.builds(Span, texts, ints, ints)
outlets = st.builds(Outlet, texts, texts, ints, ints, optional_texts)
speakers = st.builds(Speaker, texts, texts, texts, ints, ints, optional_texts)

CASES: list[tuple[type, Callable[..., Any], tuple[str, ...], st.SearchStrategy[tuple[Any, ...]]]] = [
    (Span, make.span, make.SPAN_FIELDS, st.tuples(texts, ints, ints)),
    (Speaker, make.speaker, make.SPEAKER_FIELDS, st.tuples(texts, texts, texts, ints, ints, optional_texts)),
    (
        Statement,
        make.statement,
        make.STATEMENT_FIELDS,
        st.tuples(
            spans,
            st.none() | speakers,
            st.none() | spans,
            st.lists(outlets, max_size=2).map(tuple),
            st.booleans(),
            texts,
            st.booleans(),
        ),
    ),
    (Outlet, make.outlet, make.OUTLET_FIELDS, st.tuples(texts, texts, ints, ints, optional_texts)),
    (
        TimeExpression,
        make.time_expression,
        make.TIME_FIELDS,
        st.tuples(texts, ints, ints, optional_texts, optional_texts),
    ),
    (
        CasualtyCount,
        make.casualty_count,
        make.CASUALTY_FIELDS,
        st.tuples(
            texts,
            optional_ints,
            optional_ints,
            texts,
            ints,
            ints,
            st.booleans(),
            st.booleans(),
            optional_texts,
            optional_ints,
        ),
    ),
]


@pytest.mark.parametrize(("model", "maker", "fields", "values"), CASES, ids=[case[0].__name__ for case in CASES])
def test_fast_constructor_sets_every_field_of_its_model_in_order(
    model: type, maker: Any, fields: Any, values: Any
) -> None:
    assert fields == tuple(field.name for field in attrs.fields(model))


@pytest.mark.parametrize(("model", "maker", "fields", "values"), CASES, ids=[case[0].__name__ for case in CASES])
def test_fast_constructor_makes_what_the_class_makes(model: type, maker: Any, fields: Any, values: Any) -> None:
    @given(values)
    def check(drawn: tuple[Any, ...]) -> None:
        made, built = maker(*drawn), model(*drawn)
        assert type(made) is model
        assert made == built
        assert hash(made) == hash(built)
        assert repr(made) == repr(built)
        assert attrs.asdict(made) == attrs.asdict(built)
        assert pickle.loads(pickle.dumps(made)) == built
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(made, fields[0], drawn[0])

    check()
