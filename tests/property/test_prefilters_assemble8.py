"""Round 8 shortcuts in naming sources and outlets: each gives the answer of the code it replaces."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._outlets import (
    GENERIC_OUTLET_RE,
    LOWER_MODIFIERS,
    MEDIUM,
    MEDIUM_ENDS,
    MEDIUM_HINT_RE,
    MODIFIER,
    OutletIndex,
    _drop_the,
    _lead_token_by_codes,
    _lead_token_by_pattern,
    generic_may_start,
    lead_token,
    outlet_index,
)
from attribution._speakers import CAPITAL_RE, _capital
from attribution._tokens import ASCII_WORD_RE, WORD_RE, _ascii_words_by_codes, phrase_words

# Characters at the edges of the classes the shortcuts read by code, and some beyond ASCII.
CHARS = [
    "a", "z", "A", "Z", "m", "0", "9", "@", "[", "`", "{", "/", ":", ".", "'", "’", "&", "-", ",",
    " ", "\n", "é", "É", "\u212a", "ſ", "\xa0", "_", "“",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(CHARS), max_size=14).map("".join)

# Words an outlet phrase is made of: articles, modifiers, names, media, and other words.
OUTLET_PARTS = [
    "the", "The", "a", "A", "an", "An", "state", "state-run", "local", "official", "semi-official", "Western",
    "Arab", "English-language", "government-run", "pro-government", "opposition", "foreign", "domestic",
    "news", "agency", "agencies", "TV", "station", "television", "media", "radio", "press", "wire", "service",
    "daily", "weekly", "paper", "newspaper", "outlet", "outlets", "website", "site", "portal", "channel",
    "Dogan", "Turkish", "Émile", "Reuters", "CNN", "told", "reporters", "him", "said", "Iran's", "7", "of",
    "statesman", "localized", "officials", "Times", "Post",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", ", ", "", ".", "-", "  "]
PHRASES = st.lists(st.tuples(st.sampled_from(OUTLET_PARTS), st.sampled_from(SEPARATORS)), max_size=7).map(
    lambda parts: "".join(part + sep for part, sep in parts)
)


@settings(max_examples=400)
@example("AP’s", 4)
@example("Acme.'", 6)
@example("Aé", 2)
@given(TEXTS, st.integers(0, 16))
def test_lead_token_by_codes_is_the_pattern_token(text: str, cut: int) -> None:
    for pos in range(len(text) + 2):
        for limit in (len(text), len(text) + 2, min(pos + cut, len(text))):
            expected = _lead_token_by_pattern(text, pos, limit)
            assert _lead_token_by_codes(text, pos, limit) == expected
            assert lead_token(text, pos, limit) == expected


def test_lower_modifiers_start_every_lower_case_modifier() -> None:
    words = MODIFIER[3:-1].split("|")
    assert len(words) > 20
    for word in words:
        assert word[0].isupper() or word.startswith(LOWER_MODIFIERS), word
    assert all(any(word.startswith(prefix) for word in words) for prefix in LOWER_MODIFIERS)


@settings(max_examples=300)
@example("the state TV", 12)
@example("told the Dogan news agency", 21)
@example("told reporters", 9)
@example("the ", 4)
@example("a Émile TV", 10)
@example("local TV, domestic media, an opposition-run outlet", 0)
@given(PHRASES, st.integers(0, 60))
def test_generic_may_start_wherever_the_pattern_matches(text: str, cut: int) -> None:
    for pos in range(len(text) + 1):
        for limit in (len(text), len(text) + 3, min(pos + cut, len(text))):
            if GENERIC_OUTLET_RE.match(text, pos, limit) is not None:
                assert generic_may_start(text, pos, limit), (pos, limit)


def test_medium_ends_end_every_medium_alternative() -> None:
    alternatives = MEDIUM[3:-1].replace("\\ ", " ").replace("(?! station)", "").split("|")
    forms = [form for alt in alternatives for form in ((alt[:-1], alt[:-2]) if alt.endswith("s?") else (alt,))]
    for form in ("news agency", "TV", "outlet", "outlets"):
        assert form in forms
    assert all(form.endswith(MEDIUM_ENDS) for form in forms)
    assert all(any(form.endswith(end) for form in forms) for end in MEDIUM_ENDS)


def _lookup_before(index: OutletIndex, phrase: str) -> tuple[str, str] | None:
    """OutletIndex.lookup before the MEDIUM_ENDS gate."""
    phrase = phrase.strip()
    names = index.names
    bare = _drop_the(phrase)
    found = names.get(phrase) or (index.after_the.get(bare) if bare is not phrase else None) or names.get(bare)
    if found:
        return found
    if phrase.endswith(("'s", "’s")):
        return _lookup_before(index, phrase[:-2])
    if MEDIUM_HINT_RE.search(phrase) is not None and GENERIC_OUTLET_RE.fullmatch(phrase):
        return (_drop_the(phrase), "generic")
    return None


@settings(max_examples=600)
@example("the state TV")
@example("Turkish media")
@example("the Dogan news agency's")
@example("local outlets ")
@example("Dogan newspaper")
@given(PHRASES)
def test_lookup_is_the_lookup_before_its_gate(phrase: str) -> None:
    index = outlet_index()
    assert index.lookup(phrase) == _lookup_before(index, phrase)
    if GENERIC_OUTLET_RE.fullmatch(phrase):
        assert phrase.endswith(MEDIUM_ENDS)


@settings(max_examples=400)
@example("Col. Myles B. Caggins III")
@example("O'Neill-Lee & Co.")
@example("-a.b")
@given(TEXTS)
def test_phrase_words_are_the_pattern_words(phrase: str) -> None:
    assert phrase_words(phrase) == WORD_RE.findall(phrase)
    if phrase.isascii():
        assert _ascii_words_by_codes(phrase) == ASCII_WORD_RE.findall(phrase) == WORD_RE.findall(phrase)


@settings(max_examples=500)
@example("")
@example("al-Hasan")
@example("Émile")
@example("van")
@given(TEXTS)
def test_capital_is_the_pattern(word: str) -> None:
    assert _capital(word) == bool(CAPITAL_RE.match(word))


def test_capital_by_first_letter() -> None:
    for code in range(600):
        word = chr(code) + "l-x"
        assert _capital(word) == bool(CAPITAL_RE.match(word)), word
