from __future__ import annotations

import gc
import importlib
import pkgutil

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import attribution
from attribution._lazy import compile_all, lazy_compile

PATTERN = r"(?P<word>\b\p{Lu}[\p{L}'’-]*+)(?:\ (?P<next>\p{Lu}\p{L}*+))?"


@given(st.text(alphabet="Ab cD'’-é É", max_size=40))
def test_behaves_like_the_compiled_pattern(text: str) -> None:
    lazy, compiled = lazy_compile(PATTERN), regex.compile(PATTERN)
    assert [m.groupdict() for m in lazy.finditer(text)] == [m.groupdict() for m in compiled.finditer(text)]
    assert lazy.sub("X", text) == compiled.sub("X", text)
    found, expected = lazy.search(text, 1), compiled.search(text, 1)
    assert (found and found.span()) == (expected and expected.span())


def test_compiles_on_first_use_only() -> None:
    lazy = lazy_compile(r"a(?i:b)", regex.VERBOSE)
    assert "lazy_compile" in repr(lazy)
    assert lazy.flags & regex.VERBOSE
    assert lazy.pattern == r"a(?i:b)"
    assert lazy.match("aB") is not None
    assert lazy.fullmatch("ab") is not None
    assert lazy.groups == 0


def test_a_bad_pattern_fails_at_first_use_with_regex_error() -> None:
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(regex.error):
        lazy.search("text")


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError):
        lazy_compile("a").no_such_method  # type: ignore[attr-defined]  # noqa: B018


def test_compile_all_compiles_what_is_waiting_and_counts_it() -> None:
    gc.collect()  # patterns of earlier tests (one of them does not compile) are gone
    used, waiting = lazy_compile(r"used\d"), lazy_compile(r"waiting\d")
    assert used.match("used1") is not None
    assert compile_all() >= 1  # other tests' live patterns may be waiting too
    assert waiting.search("waiting2") is not None
    assert compile_all() == 0  # nothing left, and a compiled pattern is not compiled again


def test_every_pattern_of_the_package_compiles() -> None:
    # A typo in a pattern that only rare text reaches would otherwise surface at a user's.
    for module in pkgutil.iter_modules(attribution.__path__):
        if module.name != "__main__":  # importing it runs the command line
            importlib.import_module(f"attribution.{module.name}")
    gc.collect()
    compile_all()
    assert compile_all() == 0
