"""Outlet and platform recognition, canonical names, and outlets known only by their shape."""

from __future__ import annotations

import pytest

from attribution._outlets import OutletIndex, outlet_index


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("told Reuters on Monday", "Reuters"),
        ("told The Associated Press that", "Associated Press"),
        ("told the Associated Press that", "Associated Press"),
        ("AP reported", "Associated Press"),
        ("posted on Twitter", "X"),
        ("the Dogan news agency said", "Dogan news agency"),
        ("Syrian state TV said", "Syrian state TV"),
        ("local media reported", "local media"),
        ("Turkish media reported", "Turkish media"),
        ("told BBC Radio 4's Today programme", "BBC Radio 4's Today programme"),
    ],
)
def test_scan_finds_the_outlet(text: str, name: str) -> None:
    found = outlet_index().scan(text, 0, len(text))
    assert [match.name for match in found] == [name]
    match = found[0]
    assert match.start < match.end


@pytest.mark.parametrize("text", ["the media said", "television footage", "The committee said", "time will tell"])
def test_no_outlet_in_plain_words(text: str) -> None:
    assert outlet_index().scan(text, 0, len(text)) == []


def test_aliases_share_one_canonical_name() -> None:
    index = outlet_index()
    assert index.lookup("AP") == index.lookup("The Associated Press") == index.lookup("Associated Press")


def test_extra_outlets_extend_without_touching_the_default_index() -> None:
    extra = OutletIndex((("Harbour Gazette", "the Gazette"),))
    text = "told the Gazette"
    assert [m.name for m in extra.scan(text, 0, len(text))] == ["Harbour Gazette"]
    assert outlet_index().lookup("Harbour Gazette") is None
    assert outlet_index() is outlet_index()
