"""Shortcuts in speaker naming must decide exactly what the patterns they replace decide."""

from __future__ import annotations

import itertools
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._quotecues import quoted_title, title_words
from attribution._segment import Paragraph
from attribution._speakers import Registry, Typed, _narrated_person
from attribution._titles import PERSON_RUN_RE, PERSON_TITLE_RE, TITLE_LEADS, TITLES_BY_PAIR, title_starts

TITLE_PARTS = [
    "President", "Gov.", "Governor", "Sen.", "Senator", "Rep.", "Gen.", "Col.", "Sheriff", "Mayor", "Chief",
    "Minister", "Secretary", "Chancellor", "Judge", "Dr.", "Prof.", "King", "Queen", "Prince", "Pope",
    "Ana", "Lee", "O'Neill-Lee", "van", "al", "Vice", "ex-", "said", "the", "Pres", "Gov", "P", "G",
    "Él", "Ünal", "Senators", "Mayors", "“", "(", ".", ",", "’", "-", "Queen's", "May",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "", "\n", ", ", "-", "  "]
TEXTS = st.lists(st.tuples(st.sampled_from(TITLE_PARTS), st.sampled_from(SEPARATORS)), max_size=12).map(
    lambda parts: "".join(part + sep for part, sep in parts)
)


def _searched(text: str) -> list[int]:
    """Where the observe loop's PERSON_TITLE_RE.search, restarted one past each hit, stops."""
    found: list[int] = []
    pos = 0
    while (match := PERSON_TITLE_RE.search(text, pos)) is not None:
        found.append(match.start())
        pos = match.start() + 1
    return found


def test_titles_by_lead_are_the_pattern_alternatives() -> None:
    body = PERSON_TITLE_RE.pattern
    assert body.startswith("(?:")
    assert body.endswith(")\\ ")
    words = [re.sub(r"\\(.)", r"\1", word) for word in body[3:-3].split("|")]
    listed = [title for titles in TITLES_BY_PAIR.values() for title in titles]
    assert sorted(listed) == sorted(word + " " for word in words)
    assert all(title.startswith(pair) for pair, titles in TITLES_BY_PAIR.items() for title in titles)
    assert sorted(TITLE_LEADS) == sorted({pair[0] for pair in TITLES_BY_PAIR})


@settings(max_examples=500)
@example("Gov. Governor Ana Lee said")
@example("Sen.Senator Lee")
@example("President Pope Prince Ana")
@given(TEXTS)
def test_title_starts_are_the_pattern_matches(text: str) -> None:
    assert title_starts(text) == _searched(text)


def _observe_slowly(registry: Registry, text: str, start: int, end: int) -> None:
    """Registry.observe before the shortcut: PERSON_TITLE_RE.search, then the run pattern."""
    pos = start
    while (title := PERSON_TITLE_RE.search(text, pos, end)) is not None:
        match = PERSON_RUN_RE.match(text, title.start(), end)
        if match is None:
            pos = title.start() + 1
            continue
        pos = match.end()
        typed = _narrated_person(match.group())
        if typed is not None:
            registry._person(typed)


def _people(registry: Registry) -> list[tuple[str, str, str | None]]:
    """Every entry of the registry's indexes, with the entity it points to."""
    return sorted(
        [(key, entity.name, entity.role) for key, entity in registry.by_token.items()]
        + [("head:" + key, entity.name, entity.role) for key, entity in registry.by_head.items()]
    )


@settings(max_examples=500)
@example("Gov. Ana Lee and President Bo Kim met Judge Ed Ray.", 0, 50, 0)
@example("Gov. Ana Lee and President Bo Kim met Judge Ed Ray.", 3, 30, 2)
@example("Mayor Ana Lee said Mayor Bo Kim", 0, 31, 1)
@example("Gov. Ana King Bo Lee spoke.", 0, 27, 0)
@given(TEXTS, st.integers(0, 80), st.integers(0, 120), st.integers(0, 3))
def test_observe_registers_the_people_the_pattern_loop_does(text: str, start: int, end: int, cuts: int) -> None:
    end = min(end, len(text))
    start = min(start, end)
    # Several windows in text order, as find_statements calls it.
    bounds = sorted({start, end, *(start + (end - start) * k // (cuts + 1) for k in range(1, cuts + 1))})
    fast, slow = Registry(), Registry()
    for low, high in itertools.pairwise(bounds):
        fast.observe(text, low, high)
        _observe_slowly(slow, text, low, high)
        assert _people(fast) == _people(slow)
        assert (fast.last_person and fast.last_person.name) == (slow.last_person and slow.last_person.name)


def _quoted_title_slowly(text: str, content: tuple[int, int], paragraph: Paragraph) -> bool:
    """quoted_title before its token gate: the word pattern decides every short capitalized quote."""
    if content[1] - content[0] > 80 or not text[content[0]].isupper() or text[content[1] - 1] in ".!?":
        return False
    return title_words(text, content, paragraph)


QUOTE_WORDS = [
    "Face", "the", "The", "Nation", "of", "and", "we", "are", "done", "Ünal", "école", "éCOLE", "x2", "2024", "3rd",
    "rock&roll", "U.S.-led", "it's", "It’s", "ﬁnal", "Ǆemal", "ǅ", "œuvre", "İ", "—", "-", "'", "’s", ".", ",",
    "!", "?", "a/b", "to", "On", "TO", "Grow", "Your", "Savings", "ǈ", "ß", "Straße",
]  # fmt: skip
BLANKS = [" ", " ", " ", "\u00a0", "\n", "\u2009", "\x1c", "", "\u3000", " - "]
QUOTES = st.lists(st.tuples(st.sampled_from(QUOTE_WORDS), st.sampled_from(BLANKS)), min_size=1, max_size=9).map(
    lambda parts: "".join(part + sep for part, sep in parts).strip() or "X"
)


@settings(max_examples=1000)
@example("Face the Nation", "on CBS's", "show")
@example("Grow Your savings", "the book", "")
@example("Ünal école Face", "said", "")
@given(QUOTES, st.sampled_from(["", "on the show", "ON CBS", "quoth", "the book"]), st.sampled_from(["", "show"]))
def test_quoted_title_decides_as_the_word_pattern_does(quote: str, before: str, after: str) -> None:
    text = before + " “" + quote + "” " + after
    start = len(before) + 2
    content = (start, start + len(quote))
    paragraph = Paragraph(0, 0, len(text), (), (), False)
    assert quoted_title(text, content, paragraph) == _quoted_title_slowly(text, content, paragraph)


def test_typed_is_a_value() -> None:
    """Typed became a plain slotted class: it still compares, hashes and prints by its fields."""
    one = Typed("person", "Ana Lee", role="mayor", head="lee")
    assert one == Typed("person", "Ana Lee", "mayor", "lee")
    assert hash(one) == hash(Typed("person", "Ana Lee", "mayor", "lee"))
    assert one != Typed("person", "Ana Lee", head="lee")
    assert repr(one) == "Typed(kind='person', name='Ana Lee', role='mayor', head='lee')"
    assert Typed("pronoun", "he").head == ""
