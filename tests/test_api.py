from __future__ import annotations

import json
from datetime import date, datetime

import pytest

import attribution
from attribution import Article, InputTypeError, InvalidDateError, TextTooLongError, analyze


def test_public_names_are_exported() -> None:
    for name in attribution.__all__:
        assert hasattr(attribution, name), name


@pytest.mark.parametrize("bad", [b"bytes text", bytearray(b"x")])
def test_bytes_says_decode_first(bad: object) -> None:
    with pytest.raises(TypeError, match="decode it first"):
        analyze(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 42, ["a list"]])
def test_non_str_names_the_type(bad: object) -> None:
    with pytest.raises(InputTypeError, match=type(bad).__name__):
        analyze(bad)  # type: ignore[arg-type]


def test_unreadable_published_is_quoted() -> None:
    with pytest.raises(InvalidDateError, match="'next blursday'"):
        analyze("text", published="next blursday")
    with pytest.raises(ValueError, match="blursday"):
        analyze("text", published="blursday")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2020-01-04", date(2020, 1, 4)),
        (date(2020, 1, 4), date(2020, 1, 4)),
        ("2020-01-04T09:30:00Z", datetime.fromisoformat("2020-01-04T09:30:00+00:00")),
        (None, None),
    ],
)
def test_published_forms(published: object, expected: object) -> None:
    assert analyze("Nothing here.", published=published).published == expected  # type: ignore[arg-type]


def test_size_limit_is_configurable() -> None:
    with pytest.raises(TextTooLongError, match="max_length"):
        analyze("x" * 11, max_length=10)
    assert analyze("x" * 10, max_length=10).text == "x" * 10


def test_to_dict_has_the_contract_keys_and_round_trips_json() -> None:
    article = analyze("Hello.", published="2020-01-04", outlet="Example Wire")
    assert isinstance(article, Article)
    payload = json.loads(article.to_json())
    assert {"statements", "casualties", "times"} <= set(payload)
    assert payload["outlet"] == "Example Wire"
    assert payload["published"] == "2020-01-04"


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "“", '"""', "\u200b\u00a0", "said said said"])
def test_messy_prose_never_raises(text: str) -> None:
    analyze(text, published="2020-01-04")
