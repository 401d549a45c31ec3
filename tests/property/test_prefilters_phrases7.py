"""Round 7 shortcuts in the phrase finder read characters where patterns and method calls did:
each gives the answer of the code it replaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution._cues import Cue
from attribution._exclusions import (
    AFTER_CLAUSE_HINT_RE,
    AFTER_CLAUSE_RE,
    FINITE_RE,
    NOUN_BEFORE_RE,
    NOUN_LETTERS,
    NOUN_TAILS,
    _finite_by_words,
    clause_stop,
    main_clause_comma,
    noun_use,
)
from attribution._memo import PhraseMemo
from attribution._outlets import outlet_index
from attribution._phrases import (
    FIRST_WORD_RE,
    _first_word_end_by_codes,
    _is_alpha,
    after_cue,
    finite_at,
    first_word_end,
    hinted_search,
)
from attribution._sources import ADVERBIAL_ENDS, ADVERBIAL_TAILS, _progressive, may_end_adverbial, source_before
from attribution._tokens import (
    PLAIN_TOKEN_RE,
    TOKEN_RE,
    _first_token_by_codes,
    _odd_chunk,
    _odd_chunk_shapes,
    first_token,
)

# Letters at the edges of [A-Za-z] and the codes just past them, the two marks the pattern
# allows before its word, and characters whose upper or lower case is an ASCII letter.
WORD_CHARS = [
    " ",
    ",",
    "a",
    "z",
    "A",
    "Z",
    "m",
    "@",
    "[",
    "`",
    "{",
    "0",
    "-",
    "\u212a",
    "ſ",
    "é",
    "\xa0",
    "\n",
    ".",
    ";",
]


@settings(max_examples=800)
@given(st.lists(st.sampled_from(WORD_CHARS), max_size=12), st.data())
def test_first_word_end_is_the_pattern_end(chars: list[str], data: st.DataObject) -> None:
    text = "".join(chars)
    pos = data.draw(st.integers(0, len(text)))
    limit = data.draw(st.integers(pos, len(text)))
    if pos < limit:  # the function's domain (after_cue asks it only there)
        match = FIRST_WORD_RE.match(text, pos, limit)
        expected = match.end() if match is not None else -1
        assert first_word_end(text, pos, limit) == _first_word_end_by_codes(text, pos, limit) == expected


# Chunk characters: ASCII, the marks (tokens of their own), the characters a word runs on
# through, and a few more the plain alphabet keeps or not ($, %, ‘, non-ASCII letters).
CHUNK_CHARS = st.sampled_from(list("aZ09.'’&/-,;:()[]—–“”\"«»$%‘_!é\u212a")) | st.characters()


@settings(max_examples=800)
@given(st.lists(CHUNK_CHARS, min_size=1, max_size=14))
def test_odd_chunk_is_findall(chars: list[str]) -> None:
    chunk = "".join(chars)
    words: list[str] = ["before"]
    _odd_chunk(chunk, words)
    assert words == ["before", *PLAIN_TOKEN_RE.findall(chunk)]


PLAIN_CHUNK_CHARS = st.sampled_from([*"aZ09.'’&/-,;:()[]—–“”\"«»$%‘_!", "\x1c"])


@settings(max_examples=500)
@given(st.lists(PLAIN_CHUNK_CHARS, min_size=1, max_size=10))
def test_odd_chunk_shapes_is_findall(chars: list[str]) -> None:
    # The interpreted path, for chunks of plain windows (no whitespace inside a chunk).
    chunk = "".join(chars)
    words: list[str] = []
    _odd_chunk_shapes(chunk, words)
    assert words == PLAIN_TOKEN_RE.findall(chunk)


def _noun_use_reference(text: str, cue: Cue, floor: int) -> bool:
    """noun_use as it was: the " that " test first, isascii() and a tuple built inline."""
    if text.startswith(" that ", cue.end):
        return False
    if cue.start - floor < 2 or text[cue.start - 1] != " " or text[cue.start - 2] not in NOUN_LETTERS:
        return False
    tail = text[max(0, cue.start - 4) : cue.start - 1]
    if tail.isascii() and not tail.lower().endswith(tuple(NOUN_TAILS)):
        return False
    return NOUN_BEFORE_RE.search(text, max(floor, cue.start - 12), cue.start) is not None


LEADS = ["the ", "a ", "an ", "his ", "her ", "its ", "their ", "our ", "my ", "your ", "this ", "every ",
         "Mayor's ", "who's ", "he’s ", "THE ", "İts ", "Ha ", "era ", "x", "é", " ", "s", "y"]  # fmt: skip


@settings(max_examples=800)
@given(
    st.lists(st.sampled_from(LEADS), max_size=4),
    st.sampled_from(["claims", "call", "report", "said"]),
    st.sampled_from(["", " that he", " that", " thatch", ".", " then"]),
    st.integers(0, 6),
)
def test_noun_use_matches_its_reference(leads: list[str], word: str, rest: str, floor: int) -> None:
    head = "".join(leads)
    text = head + word + rest
    cue = Cue(len(head), len(head) + len(word), "claim", "assert", "clause")
    floor = min(floor, cue.start)
    assert noun_use(text, cue, floor) == _noun_use_reference(text, cue, floor)


FINITE_PIECES = [
    "is", "IS", "do", "don", "don't", "won’t", "won't", "can't", "isn'tx", "couldn'T", "aren't_", "wasn'", "owned",
    "bed", "Ted", "TREED", "bus", "yes", "gas", "news", "_ed", "12ed", "abcs", "ſs", "K", "é", "x", " ", "  ", ",",
    "'", "'t", "’", "-", ".", "\n", "_", "9",
]  # fmt: skip


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(FINITE_PIECES), max_size=10), st.data())
def test_finite_at_is_the_pattern_start(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text) + 1))
    end = data.draw(st.integers(0, len(text) + 2))
    match = FINITE_RE.search(text, start, end)
    expected = match.start() if match is not None else -1
    assert finite_at(text, start, end) == _finite_by_words(text, start, end) == expected


TOKEN_CHARS = st.sampled_from([*"aZ09 .,;:'’&/-()[]\"“”—!?\n$", "é", "İ", "ß", "½", "٣", "\u00ad", "…", "ʼ"])


@settings(max_examples=800)
@given(st.lists(TOKEN_CHARS, max_size=12), st.integers(-2, 14), st.integers(-2, 16))
def test_first_token_by_codes_is_the_token_pattern_match(chars: list[str], start: int, end: int) -> None:
    text = "".join(chars)
    match = TOKEN_RE.match(text, start, end)
    expected = match.group() if match is not None else None
    assert first_token(text, start, end) == _first_token_by_codes(text, start, end) == expected


def _clause_stop_reference(
    text: str, start: int, source: tuple[int, int] | None, cue: Cue, content_start: int, stop: int
) -> int:
    """clause_stop as it was: one hinted search from the first comma or conjunction."""
    comma = text.find(",", content_start, stop)
    conjunction = text.find(" and ", content_start, stop)
    if comma < 0 and conjunction < 0:
        return stop
    first = comma if conjunction < 0 or 0 <= comma < conjunction else conjunction
    after = hinted_search(AFTER_CLAUSE_RE, AFTER_CLAUSE_HINT_RE, text, first, stop)
    if after is not None:
        stop = after.start()
    return main_clause_comma(text, start, source, cue, content_start, stop)


CLAUSE_PIECES = [
    ",", ", ", " ", " and ", " and says", " and also adds ", ", although ", ",” though ", ", even as ", ", but ",
    ", but quickly backed ", ", but stopped", ",’ but tried ", "and", " says", "the plan", "was", "é", ".", "said",
]  # fmt: skip


@settings(max_examples=1000)
@given(
    st.sampled_from(["He said", "While he said", "Although X said", "X, despite saying"]),
    st.lists(st.sampled_from(CLAUSE_PIECES), max_size=10),
    st.data(),
)
def test_clause_stop_matches_its_reference(lead: str, pieces: list[str], data: st.DataObject) -> None:
    text = lead + " " + "".join(pieces)
    cue_start = text.index("said") if "said" in lead else text.index("saying")
    cue = Cue(cue_start, cue_start + 4, "say", "assert", "clause")
    source = (0, 2) if lead.startswith(("He", "X")) else None
    content_start = data.draw(st.integers(len(lead), len(text)))
    stop = data.draw(st.integers(content_start, len(text)))
    expected = _clause_stop_reference(text, 0, source, cue, content_start, stop)
    assert clause_stop(text, 0, source, cue, content_start, stop) == expected


def test_adverbial_last_letters() -> None:
    # may_end_adverbial tests a window's last letter against these codes before anything else.
    assert {end[-1] for end in ADVERBIAL_ENDS} == set("tsykhrew")


@settings(max_examples=800)
@given(
    st.lists(
        st.sampled_from(["day", "days", " ", "  ", "week", "x", "\n", " , in ", "ast", "ew", "e", "é"]), max_size=6
    )
)
def test_may_end_adverbial_matches_its_reference(pieces: list[str]) -> None:
    window = "".join(pieces)
    stripped = window.rstrip(" ")
    expected = (stripped[-3:] in ADVERBIAL_TAILS and stripped.endswith(ADVERBIAL_ENDS)) or (
        "\n" in window or " , in " in window
    )
    assert may_end_adverbial(window) == expected


MEMO_WORDS = [
    "The",
    "mayor",
    "said",
    "told",
    "Reuters",
    "that",
    "officials",
    ",",
    "“Yes,”",
    "he",
    "on",
    "Monday",
    "him",
]


@given(st.lists(st.sampled_from(MEMO_WORDS), min_size=1, max_size=8), st.data())
def test_memo_keys_tell_offsets_and_lemmas_apart(words: list[str], data: st.DataObject) -> None:
    # Keys pack two offsets into one int; the lemma is checked beside the answer. Offsets at the
    # text's end and every lemma at one offset are drawn often: there a wrong key would collide.
    text = " ".join(words) + "."
    outlets = outlet_index(())
    memo = PhraseMemo(text, outlets)
    offsets = st.integers(min_value=0, max_value=len(text)) | st.just(len(text)) | st.just(0)
    for _ in range(8):
        floor, at, end = sorted((data.draw(offsets), data.draw(offsets), data.draw(offsets)))
        assert memo.source_before(floor, at) == source_before(text, floor, at)
        assert memo.source_before(at, end) == source_before(text, at, end)
        stop = data.draw(offsets)  # after_cue's end may lie before the cue's
        for lemma in ("tell", "say", "warn"):
            cue = Cue(at, at, lemma, "assert", "clause")
            assert memo.after_cue(cue, stop) == after_cue(text, cue, stop, outlets)


def _progressive_reference(text: str, cue_start: int) -> bool:
    """source_before's progressive test as it was, with str.isalpha()."""
    if text.find("ing", cue_start + 2, cue_start + 14) < 0:
        return False
    word_end, bound = cue_start, min(len(text), cue_start + 14)
    while word_end < bound and text[word_end].isalpha():
        word_end += 1
    return word_end - cue_start > 4 and text.startswith("ing", word_end - 3)


@settings(max_examples=800)
@given(
    st.lists(st.sampled_from(["say", "ing", "tell", "é", "ß", "Z", "@", "[", "`", "{", " ", "-", "1", "ǅ"]), max_size=8)
)
def test_progressive_matches_its_reference(pieces: list[str]) -> None:
    text = "".join(pieces)
    for cue_start in range(len(text) + 1):
        assert _progressive(text, cue_start) == _progressive_reference(text, cue_start)


@given(st.text(min_size=1, max_size=6))
def test_is_alpha_is_str_isalpha(text: str) -> None:
    for at in range(len(text)):
        assert _is_alpha(text, at) == text[at].isalpha()
