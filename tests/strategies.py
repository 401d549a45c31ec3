"""Hypothesis strategies for messy, news-like text.

Two ingredients are mixed on purpose. Arbitrary Unicode and the odd characters
that real feeds carry (every kind of quotation mark, unbalanced marks, odd
spaces, zero-width and bidi marks, control characters, emoji, HTML debris,
very long words) look for crashes and false offsets. Sentence fragments built
from a small vocabulary of our own ("said", "told Reuters", "according to",
numbers, "killed", weekdays, clock times) make the extractors actually fire, so
that their spans, bounds and values are exercised and not just their early exits.

Import from a test module as ``from strategies import articles`` (``tests/`` is
on ``sys.path`` through ``tests/conftest.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import strategies as st

QUOTE_MARKS = ("“", "”", '"', "'", "‘", "’", "«", "»", "„", "‟", "‹", "›", "「", "」", "＂")
ODD_SPACES = ("\u00a0", "\u2002", "\u2003", "\u2009", "\u202f", "\u3000", "\t", "\x0b", "\x0c", "\u1680", "\u205f")
LINE_BREAKS = ("\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\n \n", "\n\u00a0\n", "\n\n\n\n")
INVISIBLES = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
BIDI_MARKS = ("\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069")
CONTROLS = ("\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x9b", "\ud7ff", "\ufffd", "\uffff")
EMOJI = ("😀", "🔥", "👍🏽", "🇺🇸", "👨‍👩‍👧", "❤️", "🕊", "\U0001f9ff", "⚠️")
PUNCTUATION = (".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "(", ")", "[", "]", "{", "}", "/", "*", "•", "·")
HTML_FRAGMENTS = (
    "<p>",
    "</p>",
    "<br/>",
    "<br>",
    "&nbsp;",
    "&quot;",
    "&#8220;",
    "&amp;",
    '<a href="https://example.org/a?b=1&c=2">',
    "</a>",
    "<script>var x = '\"';</script>",
    "<!-- comment -->",
    "<div class='story'>",
    "</div>",
    "<em>",
    "</em>",
)

NAMES = (
    "Anna Lindqvist",
    "Mr. Okafor",
    "Mrs Petrova",
    "Dr. Hamid Rasouli",
    "Gen. Carla Mendes",
    "Lt. Col. J.R. Banner",
    "Sen. Tom Whitaker",
    "Prime Minister Ines Halvorsen",
    "President Dario Ruiz",
    "Yusuf al-Tikriti",
    "O'Neill",
    "Jean-Luc Moreau",
    "he",
    "she",
    "they",
    "He",
    "She",
    "the ministry",
    "The Interior Ministry",
    "a spokesman",
    "a senior official who spoke on condition of anonymity",
    "officials",
    "police",
    "Police",
    "witnesses",
    "the group",
    "the U.N.",
    "the U.S. military",
    "Reuters",
)
CUES = (
    "said",
    "says",
    "told",
    "added",
    "denied",
    "confirmed",
    "claimed",
    "warned",
    "stated",
    "tweeted",
    "wrote",
    "posted",
    "reported",
    "said in a statement",
    "told reporters",
    "told Reuters",
    "told The Associated Press",
    "told CNN",
    "said on Twitter",
    "wrote on Facebook",
    "said in an interview with Al Jazeera",
    "according to",
    "citing",
    "quoted by AFP as saying",
)
OUTLETS = ("Reuters", "AP", "The Associated Press", "AFP", "CNN", "BBC", "Al Jazeera", "Twitter", "Facebook", "IRNA")
NUMBERS = (
    "0",
    "1",
    "two",
    "Three",
    "12",
    "1,200",
    "1.5 million",
    "dozens",
    "hundreds",
    "at least 40",
    "more than 100",
    "up to 25",
    "between 10 and 20",
    "nearly 3,000",
    "some 50",
    "a dozen",
    "one hundred and six",
    "9999999999999999999999",
    "-5",
    "10-15",
    "twenty-one",
    "No",
    "zero",
    "1e9",
    "٣",
    "٤٥",
)
CASUALTY_WORDS = (
    "killed",
    "were killed",
    "dead",
    "died",
    "wounded",
    "injured",
    "hurt",
    "missing",
    "are missing",
    "killing",
    "deaths",
    "death toll",
    "casualties",
    "fatalities",
)
WHO = ("people", "civilians", "soldiers", "children", "protesters", "police officers", "militants", "of them")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "friday")
MONTHS = ("January", "Jan.", "Feb", "March", "Sept.", "December", "Dec", "May", "june")
TIMES = (
    "1:12 a.m.",
    "1:12 a.m. local time",
    "0820 GMT",
    "08:20 UTC",
    "10:20 a.m. ET",
    "noon",
    "midnight",
    "23:59",
    "24:00",
    "25:61",
    "9 p.m. EST",
    "7.30pm",
    "00:00 GMT",
    "12:00 p.m.",
)
RELATIVE = (
    "today",
    "yesterday",
    "on Thursday",
    "early Saturday",
    "Saturday night",
    "next Tuesday",
    "last week",
    "two weeks ago",
    "a decade ago",
    "last month",
    "last year",
    "in 2018",
    "in the 1990s",
    "in recent days",
    "this week",
    "on Jan. 3",
    "3 January",
    "February 30",
    "on December 31",
    "in 0000",
    "in 9999",
    "in 10000",
    "the 2000s",
    "100 years ago",
    "1000 years ago",
    "a million years ago",
    "99999 weeks ago",
    "in December 1",
)
PLACES = ("Baghdad", "Kabul", "Paris", "Washington", "New York", "Tehran", "Nowhereville", "Springfield", "Georgia")
CONNECTIVES = ("and", "but", "that", "because", "while", "however", "Meanwhile,", "In a statement,", "Earlier,")
FILLERS = (
    "the attack",
    "the convoy",
    "the building",
    "the border crossing",
    "the talks would resume",
    "the government would respond",
    "it was a mistake",
    "we will not back down",
    "nobody was hurt",
    "the blast shook the market",
    "it is too early to say",
    "there was no evidence",
    "the strike was justified",
)


def _pick(values: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(values)


odd_characters: st.SearchStrategy[str] = st.one_of(
    _pick(QUOTE_MARKS),
    _pick(ODD_SPACES),
    _pick(INVISIBLES),
    _pick(BIDI_MARKS),
    _pick(CONTROLS),
    _pick(EMOJI),
    _pick(PUNCTUATION),
)
"""One character (or grapheme) of the kind that breaks naive text code."""

unicode_text: st.SearchStrategy[str] = st.text(st.characters(codec="utf-8"), max_size=40)
"""Arbitrary Unicode that can be encoded (no lone surrogates), as one token."""

surrogate_text: st.SearchStrategy[str] = st.text(
    st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=20
)
"""Arbitrary code points including lone surrogates: valid ``str``, not valid UTF-8."""

long_words: st.SearchStrategy[str] = st.builds(
    lambda unit, times: unit * times,
    st.sampled_from(("a", "x1", "said", "“", '"', "killed", "9", "Mr.", "(", "—", "Ω", "\u200b", "Jan.")),
    st.integers(min_value=20, max_value=400),
)
"""A very long run of one unit, so loops over words or marks see a big one."""


@st.composite
def speakers_and_cues(draw: st.DrawFn) -> str:
    name = draw(_pick(NAMES))
    cue = draw(_pick(CUES))
    outlet = draw(st.one_of(st.just(""), _pick(OUTLETS).map(lambda o: f" in an interview with {o}")))
    return f"{name} {cue}{outlet}"


@st.composite
def casualty_phrases(draw: st.DrawFn) -> str:
    number = draw(_pick(NUMBERS))
    who = draw(_pick(WHO))
    word = draw(_pick(CASUALTY_WORDS))
    order = draw(st.integers(0, 2))
    if order == 0:
        return f"{number} {who} {word}"
    if order == 1:
        return f"{word} {number} {who}"
    return f"the {word} rose to {number}"


@st.composite
def time_phrases(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(_pick(WEEKDAYS))
    if kind == 1:
        return f"{draw(_pick(MONTHS))} {draw(st.integers(0, 40))}"
    if kind == 2:
        return f"at {draw(_pick(TIMES))}"
    if kind == 3:
        return f"on {draw(_pick(WEEKDAYS))} {draw(_pick(RELATIVE))}"
    return draw(_pick(RELATIVE))


@st.composite
def news_sentences(draw: st.DrawFn) -> str:
    """A sentence shaped like news: a quote or a clause, a source, a cue, numbers, times."""
    quote_open, quote_close = draw(
        st.sampled_from((("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ("“", ""), ("", "”")))
    )
    claim = draw(_pick(FILLERS))
    source = draw(speakers_and_cues())
    casualty = draw(casualty_phrases())
    when = draw(time_phrases())
    place = draw(_pick(PLACES))
    shape = draw(st.integers(0, 7))
    if shape == 0:
        return f"{quote_open}{claim.capitalize()},{quote_close} {source}."
    if shape == 1:
        return f"{source} {when} that {casualty} in {place}."
    if shape == 2:
        return f"{casualty.capitalize()} {when}, {source}."
    if shape == 3:
        return f"According to {draw(_pick(NAMES))}, {casualty} {when} in {place}."
    if shape == 4:
        return f"{source}: {quote_open}{claim} and {casualty}.{quote_close}"
    if shape == 5:
        return f"{quote_open}{claim.capitalize()}, {quote_close}{source}, {quote_open}{casualty}.{quote_close}"
    if shape == 6:
        return f"{draw(_pick(CONNECTIVES))} {claim}, {draw(_pick(NAMES))} {draw(_pick(CUES))} {when}."
    return f"{source}{quote_open}{claim}"


tokens: st.SearchStrategy[str] = st.one_of(
    news_sentences(),
    news_sentences(),
    news_sentences(),
    speakers_and_cues(),
    casualty_phrases(),
    time_phrases(),
    odd_characters,
    _pick(HTML_FRAGMENTS),
    _pick(LINE_BREAKS),
    unicode_text,
    long_words,
)
"""A piece of an article: mostly news fragments, with debris in between."""

separators: st.SearchStrategy[str] = st.one_of(
    st.just(" "),
    st.just(" "),
    st.just(""),
    _pick(LINE_BREAKS),
    _pick(ODD_SPACES),
    _pick(INVISIBLES),
)


@st.composite
def messy_text(draw: st.DrawFn, max_tokens: int = 30) -> str:
    """Tokens glued by spaces, line breaks, odd spaces or nothing at all."""
    parts = draw(st.lists(st.tuples(tokens, separators), max_size=max_tokens))
    return "".join(token + separator for token, separator in parts)


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """One paragraph (no line breaks inside) of one to four news sentences, sometimes with debris."""
    sentences = draw(st.lists(news_sentences(), min_size=1, max_size=4))
    if draw(st.booleans()):
        position = draw(st.integers(0, len(sentences)))
        debris = draw(st.one_of(odd_characters, _pick(HTML_FRAGMENTS), _pick(EMOJI)))
        sentences.insert(position, debris)
    text = " ".join(sentences)
    # A paragraph is one line: keep any line break a debris token brought out of it.
    for mark in ("\r", "\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"):
        text = text.replace(mark, " ")
    return text.strip() or "Nothing happened."


articles: st.SearchStrategy[str] = st.one_of(
    messy_text(),
    st.lists(paragraphs(), min_size=1, max_size=6).map("\n\n".join),
    unicode_text,
    surrogate_text,
)
"""Whole article texts: messy token soup, clean multi-paragraph news, or raw Unicode."""

paragraph_lists: st.SearchStrategy[list[str]] = st.lists(paragraphs(), min_size=1, max_size=5)

_ZONES = st.sampled_from(
    (
        UTC,
        timezone(timedelta(hours=3)),
        timezone(timedelta(hours=-5)),
        timezone(timedelta(hours=5, minutes=30)),
    )
)
_FIRST, _LAST = date(1900, 1, 1), date(2100, 12, 31)
published_values: st.SearchStrategy[date | datetime | str | None] = st.one_of(
    st.none(),
    st.dates(min_value=_FIRST, max_value=_LAST),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=_ZONES),
    st.dates(min_value=_FIRST, max_value=_LAST).map(date.isoformat),
    st.just("2020-01-04T09:30:00Z"),
    st.just("2020-01-04T23:59:59-05:00"),
)
"""Every kind of ``published`` that ``analyze`` accepts, in the years news is written."""

extreme_published: st.SearchStrategy[date | datetime | str] = st.one_of(
    st.dates(max_value=date(1, 1, 31)),
    st.dates(min_value=date(9999, 12, 1)),
    st.sampled_from(("0001-01-01", "9999-12-31", "0001-01-01T00:00:00", "9999-12-31T23:59:59+14:00")),
    st.dates(),
)
"""Published dates at the ends of the calendar (a database's 0001-01-01 default, say)."""


# Cue and quote shapes around one speaker, mixed with arbitrary text: for offset checks.
STATEMENT_NAMES = st.sampled_from(
    ["Amira Haddad", "Col. Daniel Reyes", "the mayor", "a U.S. official", "officials", "he"]
)
STATEMENT_VERBS = st.sampled_from(["said", "told Reuters", "denied", "added", "told The Associated Press", "confirmed"])
STATEMENT_CLAUSES = st.sampled_from(
    ["the road was closed", "nine people were hurt", "talks would resume", "the “deal” was dead", "it's over"]
)
STATEMENT_MARKS = st.sampled_from(["“", "”", '"', "'", "‘", "’", "«", "»"])


@st.composite
def statement_sentences(draw: st.DrawFn) -> str:
    name, verb, clause = draw(STATEMENT_NAMES), draw(STATEMENT_VERBS), draw(STATEMENT_CLAUSES)
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return f"{name} {verb} that {clause}."
    if shape == 1:
        return f"“{clause.capitalize()},” {name} {verb.split()[0]}."
    if shape == 2:
        return f"{clause.capitalize()}, according to {name}."
    if shape == 3:
        return f"{name} {verb}: “{clause.capitalize()}.”"
    if shape == 4:
        return f"“{clause.capitalize()}, ” {name} said, “{draw(STATEMENT_CLAUSES)}.”"
    return draw(STATEMENT_MARKS) + clause + draw(st.sampled_from([" ", ", ", "\n", ""])) + draw(STATEMENT_MARKS)


statement_texts = st.lists(
    st.one_of(statement_sentences(), st.text(alphabet=st.characters(codec="utf-8"), max_size=40)),
    min_size=1,
    max_size=8,
).map(lambda parts: "".join(p + (" " if i % 3 else "\n\n") for i, p in enumerate(parts)))


@st.composite
def pieces_and_range(draw: st.DrawFn, pieces: Sequence[str], max_pieces: int) -> tuple[str, int, int]:
    """A text joined from ``pieces`` and a range ``start <= end`` inside it, for a search bounded by both."""
    text = "".join(draw(st.lists(st.sampled_from(pieces), max_size=max_pieces)))
    start = draw(st.integers(min_value=0, max_value=len(text)))
    return text, start, draw(st.integers(min_value=start, max_value=len(text)))


@st.composite
def word_in_context(
    draw: st.DrawFn,
    *,
    leads: Sequence[str],
    max_leads: int,
    lasts: Sequence[str],
    joints: Sequence[str],
    words: Sequence[str],
    tails: Sequence[str],
    max_floor: int,
) -> tuple[str, int, int, int]:
    """``lead words, last word, joint, word, tail.`` and where the word is: (text, start, end, floor).

    For the tests of a cue word's neighbours: the word right before it (``lasts``) and the joint
    decide most of them, ``floor`` (at most the word's start) is how far back they may read.
    """
    prefix = " ".join([*draw(st.lists(st.sampled_from(leads), max_size=max_leads)), draw(st.sampled_from(lasts))])
    prefix += draw(st.sampled_from(joints))
    word = draw(st.sampled_from(words))
    text = prefix + word + draw(st.sampled_from(tails)) + "."
    start = len(prefix)
    return text, start, start + len(word), min(draw(st.integers(min_value=0, max_value=max_floor)), start)
