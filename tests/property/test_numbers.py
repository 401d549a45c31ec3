"""Property tests for number parsing and casualty counts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from attribution._casualties import find_casualties
from attribution._numbers import find_quantities, parse_number, read_quantity
from attribution._segment import segment

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
ONES += ["twelve", "thirteen", "fourteen", "fifteen", "sixteen"]
ONES += ["seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")]


def below_thousand(n: int, hyphen: bool, use_and: bool) -> str:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [ONES[hundreds], "hundred"]
        if rest and use_and:
            words.append("and")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        if ones:
            words.append(f"{TENS[tens]}-{ONES[ones]}" if hyphen else f"{TENS[tens]} {ONES[ones]}")
        else:
            words.append(TENS[tens])
    elif rest:
        words.append(ONES[rest])
    return " ".join(words)


def in_words(n: int, hyphen: bool = True, use_and: bool = False) -> str:
    """English words for ``n`` (0 <= n <= 10**9), the test's own renderer."""
    if n == 0:
        return "zero"
    parts: list[str] = []
    for value, name in SCALES:
        if n >= value:
            count, n = divmod(n, value)
            parts.append(f"{below_thousand(count, hyphen, use_and)} {name}")
    if n:
        parts.append(below_thousand(n, hyphen, use_and))
    return " ".join(parts)


def with_separators(n: int) -> str:
    return f"{n:,}"


@given(st.integers(min_value=0, max_value=10**9), st.booleans(), st.booleans())
def test_words_parse_back(n: int, hyphen: bool, use_and: bool) -> None:
    words = in_words(n, hyphen, use_and)
    number = parse_number(words)
    assert number is not None, words
    assert number.value == n, words


@given(st.integers(min_value=0, max_value=10**9), st.booleans(), st.booleans())
def test_words_are_found_whole_in_a_sentence(n: int, hyphen: bool, use_and: bool) -> None:
    words = in_words(n, hyphen, use_and)
    text = f"Officials said {words} people were killed."
    (match,) = list(find_quantities(text))
    assert match.group() == words
    quantity = read_quantity(match)
    assert quantity is not None
    assert quantity.low == quantity.high == n


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_separators_parse_back(n: int) -> None:
    for written in (with_separators(n), str(n)):
        number = parse_number(written)
        assert number is not None
        assert number.value == n
        (count,) = find_casualties(segment(f"The blast killed {written} people."))
        assert (count.kind, count.low, count.high) == ("killed", n, n)


QUALIFIERS = ["", "at least ", "more than ", "up to ", "nearly ", "fewer than ", "about ", "between 2 and "]
VERBS = ["killed", "wounded", "injured", "hurt"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(QUALIFIERS),
            st.integers(min_value=0, max_value=50_000),
            st.sampled_from(["people", "soldiers", "others", "years", "attacks", "dollars"]),
            st.sampled_from(VERBS),
            st.sampled_from(["", "the 62-year-old ", "In 2016, ", "About 40 percent of "]),
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([" ", "\n\n", ", and "]),
)
def test_counts_are_well_formed(parts: list[tuple[str, int, str, str, str]], glue: str) -> None:
    text = glue.join(f"{prefix}{qualifier}{n} {noun} were {verb}." for qualifier, n, noun, verb, prefix in parts)
    for count in find_casualties(segment(text)):
        assert text[count.start : count.end] == count.text
        assert count.low is None or count.low >= 0
        assert count.high is None or count.high >= 0
        assert count.low is None or count.high is None or count.low <= count.high
        assert count.kind in ("killed", "injured", "missing")


@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-–killedwoundsixtyhundrandatlesmor\n")), max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    for count in find_casualties(segment(text)):
        assert text[count.start : count.end] == count.text
        assert count.low is None or count.high is None or count.low <= count.high
