"""Number phrases and the bounds table of ANNOTATION.md §2."""

from __future__ import annotations

import pytest

from attribution._numbers import QUANTITY_GROUPS, QUANTITY_RE, find_quantities, parse_number, read_quantity


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("6", 6),
        ("2,500", 2500),
        ("1,000,000", 1_000_000),
        ("1.5 million", 1_500_000),
        ("2 billion", 2_000_000_000),
        ("six", 6),
        ("Twenty-one", 21),
        ("one hundred and five", 105),
        ("one hundred five", 105),
        ("a hundred", 100),
        ("a thousand", 1000),
        ("twelve hundred", 1200),
        ("three million four hundred thousand and twelve", 3_400_012),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("two dozen", 24),
        ("dozens", 24),
        ("scores", 40),
        ("hundreds", 200),
        ("thousands", 2000),
        ("several", 3),
        ("tens of thousands", 20_000),
        ("zero", 0),
        ("one", 1),
    ],
)
def test_parse_number(phrase: str, value: int) -> None:
    number = parse_number(phrase)
    assert number is not None
    assert number.value == value


@pytest.mark.parametrize("phrase", ["", "people", "1.25", "hundred dollars", "a"])
def test_parse_number_refuses(phrase: str) -> None:
    assert parse_number(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "low", "high", "approximate"),
    [
        ("six", 6, 6, False),
        ("a total of six", 6, 6, False),
        ("at least 6", 6, None, False),
        ("no fewer than 6", 6, None, False),
        ("more than 6", 7, None, False),
        ("over 6", 7, None, False),
        ("up to 6", None, 6, False),
        ("as many as 6", None, 6, False),
        ("at most 6", None, 6, False),
        ("nearly 6", None, 6, True),
        ("almost 6", None, 6, True),
        ("fewer than 6", None, 5, False),
        ("less than 6", None, 5, False),
        ("about 6", 6, 6, True),
        ("around 6", 6, 6, True),
        ("some 6", 6, 6, True),
        ("roughly 6", 6, 6, True),
        ("an estimated 6", 6, 6, True),
        ("between 6 and 8", 6, 8, False),
        ("6 to 8", 6, 8, False),
        ("6-8", 6, 8, False),
        ("six or seven", 6, 7, False),
        ("a dozen", 12, 12, True),
        ("several", 3, None, True),
        ("dozens", 24, None, True),
        ("scores of", 40, None, True),
        ("hundreds", 200, None, True),
        ("thousands", 2000, None, True),
        ("more than a dozen", 13, None, True),
        ("more than 250,000", 250_001, None, False),
    ],
)
def test_bounds_table(phrase: str, low: int | None, high: int | None, approximate: bool) -> None:
    match = QUANTITY_RE.search(phrase)
    assert match is not None
    quantity = read_quantity(match)
    assert quantity is not None
    assert (quantity.low, quantity.high, quantity.approximate) == (low, high, approximate)


@pytest.mark.parametrize(
    "text",
    ["the 62-year-old", "a 5-member team", "$5 million", "call 866-435-9355", "at 2.15am", "no. #4"],
)
def test_not_a_quantity(text: str) -> None:
    assert [m.group() for m in find_quantities(text)] == []


def test_from_a_to_b_keeps_the_later_figure() -> None:
    (match,) = find_quantities("the toll rose from 10 to 14")
    quantity = read_quantity(match)
    assert quantity is not None
    assert (quantity.low, quantity.high) == (14, 14)


def test_find_quantities_agrees_with_the_plain_pattern() -> None:
    text = "At least 19 died, between 6 and 8 were hurt, some 40 fled and dozens of others hid; 2,500 troops came."
    assert [m.span() for m in find_quantities(text)] == [m.span() for m in QUANTITY_RE.finditer(text)]


def test_and_joins_numbers_only_after_between() -> None:
    assert [m.group() for m in find_quantities("two and three")] == ["two", "three"]


def test_quantity_groups_are_in_the_order_read_quantity_unpacks() -> None:
    # read_quantity unpacks match.groups() by position: a new or moved group must update QUANTITY_GROUPS.
    assert tuple(QUANTITY_RE.groupindex) == QUANTITY_GROUPS
    assert list(QUANTITY_RE.groupindex.values()) == list(range(1, len(QUANTITY_GROUPS) + 1))
