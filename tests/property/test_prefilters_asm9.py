"""Ninth speed round, assembly: each shortcut against the code it replaced."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings

from attribution import _make as make

from .test_make import CASES


@pytest.mark.parametrize(("model", "maker", "fields", "values"), CASES, ids=[case[0].__name__ for case in CASES])
def test_both_ways_of_writing_slots_make_what_the_class_makes(
    monkeypatch: pytest.MonkeyPatch, model: type, maker: Any, fields: Any, values: Any
) -> None:
    # Interpreted, the flag is read at each call and both paths run here; compiled, mypyc has
    # folded it in and this checks the compiled path (the one that build takes) twice.
    @settings(max_examples=300)
    @given(values)
    def check(drawn: tuple[Any, ...]) -> None:
        built = model(*drawn)
        for by_setattr in (False, True):
            monkeypatch.setattr(make, "BY_SETATTR", by_setattr)
            made = maker(*drawn)
            assert type(made) is model
            assert made == built
            assert hash(made) == hash(built)
            assert repr(made) == repr(built)
            assert tuple(getattr(made, name) for name in fields) == drawn

    check()
