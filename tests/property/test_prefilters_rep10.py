"""The tenth round's shortcuts in reported speech find exactly what the code they replace finds."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from attribution._exclusions import ADVERBIAL_RE, adverbial_after
from attribution._outlets import outlet_index
from attribution._phrases import (
    ADVERBIAL_FIRST,
    AUDIENCE_RE,
    CLAUSE_END_RE,
    NAME_OBJECT_RE,
    OBJECT_THAT_RE,
    SHOW_TITLE_RE,
    THAT_RE,
    VIA_PREP_FIRST,
    VIA_PREP_RE,
    _may_end_clause,
    _object,
    _show_title,
    _that,
    _via_prep_end,
    first_word_end,
    opens_with_via,
)

SENTENCE_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# ADVERBIAL_RE as it was written before it was split by first word (the reference).
REFERENCE_ADVERBIAL_RE = regex.compile(
    rf"""(?x)
    ,?\ (?:
      (?:on\ |late\ |early\ |last\ |this\ )?{SENTENCE_WEEKDAY}(?:\ (?:night|morning|evening|afternoon))?
     |(?:yesterday|today|tonight|earlier|later|previously|again|also|repeatedly|publicly|privately|separately
        |recently|once|too|then|afterwards?|now|(?:last|this|over\ the|on\ the)\ weekend
        |last\ (?:week|month|year|night)|this\ (?:week|month|year)
        |late|early|online|on\ the\ other\ hand|in\ part
        |flatly|firmly|angrily|bluntly|simply|only|further|however|in\ response
        |on\ (?:the\ )?condition
        \ of\ anonymity(?:\ because[^,]{{0,80}}+)?|via\ \w++|through\ a\ spokes(?:man|woman|person))
     |(?:in|on|during|at|via|through|after|before)\ (?:a|an|the|his|her|their|its)\ (?:[\w’'-]++\ ){{0,3}}?
        (?:statements?|tweets?|posts?|letters?|interviews?|videos?|conferences?|speech(?:es)?|reports?|messages?
        |address|briefings?|appearances?|broadcasts?|remarks|comments|sessions?|hearings?|e-?mails?|calls?
        |meetings?|rally|communiqu[eé]s?|transcript|blog|column|op-ed|article|filing|document|posting|visit
        |summit|ceremony|event|debate|news\ release|press\ release|televised\ address|account|page|channel
        |feed|website|site|show|programme|program|convention|forum|town\ hall|fundraiser|dinner|luncheon|vigil
        |funeral|memorial|gathering|campaign\ stop|stop|tour|trip|primary|election|vote)
        (?:\ (?:with|to|on|from|at|in|by
           |(?:released|posted|published|issued|aired|broadcast)(?:\ (?:on|to|by|in|via))?+)
           (?:\ (?:the|a|an))?(?:\ [\p{{Lu}}\d][\w.'’&-]*+){{1,6}}+(?:['’]s(?:\ \p{{Lu}}[\w]*+){{1,3}}+)?
           (?:\ (?:magazine|newspaper|daily|weekly|programme|program|show|network|channel|website|radio|TV
           |television))?)?
     |to\ (?:reporters|journalists|the\ press|the\ media|lawmakers|parliament|supporters|a\ crowd|an\ audience
        |a\ news\ conference|a\ press\ conference|the\ (?:newspaper|agency|broadcaster|channel|station|outlet))
     |in\ (?:\p{{Lu}}[\w’'-]*+)(?:\ \p{{Lu}}[\w’'-]*+){{0,2}}+
    )(?=[\s,.;:]|$)
    """
)

# Every opening word (and near misses: another case, a longer word, "over"), the words the
# alternatives go on with, names, digits, marks and non-ASCII letters.
WORDS = [
    *sorted(ADVERBIAL_FIRST),
    "On", "In", "To", "onward", "into", "over", "the", "a", "an", "his", "their", "weekend", "week", "night",
    "morning", "other", "hand", "part", "response", "condition", "of", "anonymity", "because", "spokesman",
    "statement", "interview", "news", "release", "press", "conference", "e-mail", "tours", "with", "released",
    "posted", "CNN", "Fox", "News", "Post’s", "Morning", "magazine", "TV", "reporters", "journalists", "media",
    "crowd", "audience", "agency", "least", "be", "Mr", "Mondays", "parliament", "lawmakers", "supporters",
    "month", "year", "its", "her", "spokeswoman", "Élysée", "ÉTAT", "Paris", "New", "York", "O’Neil", "2020", "Zoë",
    "élan", "x" * 90, "said",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", ", ", ",", ".", "", "\n", ";", ":", "-", "’s", "'s", "\u00a0"]


def reference_after_adverbial(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """after_cue's adverbial step as it was: the whole pattern wherever the first word is one of
    ADVERBIAL_FIRST."""
    found = REFERENCE_ADVERBIAL_RE.match(text, pos, limit)
    return found.span() if found is not None else None


@settings(max_examples=500)
@example([(" ", "on"), (" ", "Monday"), (" ", "night")], 0)
@example([(", ", "in"), (" ", "an"), (" ", "interview"), (" ", "with"), (" ", "Fox"), (" ", "News"), (".", "x")], 0)
@example([(" ", "on"), (" ", "condition"), (" ", "of"), (" ", "anonymity"), (" ", "because")], 0)
@example([(" ", "to"), (" ", "reporters"), (",", "said")], 0)
@example([(" ", "in"), (" ", "Paris"), (" ", "New"), (" ", "York")], 0)
@example([(" ", "in"), (" ", "part"), (",", "x")], 0)
@example([(" ", "in"), (" ", "response"), (".", "x")], 0)
@example([(" ", "in"), (" ", "Zoë")], 0)
@example([(" ", "last"), (" ", "week")], 0)
@example([(" ", "this"), (" ", "month")], 0)
@example([(" ", "through"), (" ", "a"), (" ", "spokeswoman")], 0)
@example([(" ", "to"), (" ", "the"), (" ", "press")], 0)
@example([(" ", "to"), (" ", "a"), (" ", "crowd")], 0)
@example([(" ", "at"), (" ", "the"), (" ", "statement")], 0)
@given(
    st.lists(st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(WORDS)), min_size=1, max_size=12),
    st.integers(0, 60),
)
def test_adverbial_after_is_the_whole_pattern(pieces: list[tuple[str, str]], cut: int) -> None:
    text = "".join(sep + word for sep, word in pieces)
    limit = len(text) - cut if cut < len(text) else len(text)
    # Where each piece starts (after_cue asks at a comma or a space, with a word after it) and
    # one character later.
    starts = [sum(len(sep) + len(word) for sep, word in pieces[:k]) for k in range(len(pieces))]
    for pos in sorted({*starts, *(start + 1 for start in starts)}):
        if pos >= limit:
            continue
        expected = reference_after_adverbial(text, pos, limit)
        whole = ADVERBIAL_RE.match(text, pos, limit)
        assert (whole.span() if whole is not None else None) == expected
        if text[pos] not in ", ":
            continue
        word_end = first_word_end(text, pos, limit)
        if word_end < 0:
            assert expected is None  # no first word: the pattern cannot match either
            continue
        word = text[pos + 2 if text[pos] == "," else pos + 1 : word_end]
        if word not in ADVERBIAL_FIRST:
            continue
        gated = adverbial_after(text, pos, word, word_end, limit)
        assert (gated.span() if gated is not None else None) == expected


# The preposition before an outlet after a cue, and the adverbial openings that name one.
PREP_WORDS = [
    "to", "with", "on", "via", "in", "told", "through", "an", "interview", "into", "onto", "tolds", "In", "CNN",
    "é", "x",
]  # fmt: skip
PREP_SEPARATORS = [" ", " ", ", ", ",", "", ".", "\n", "\u00a0"]


@settings(max_examples=500)
@example([(" ", "in"), (" ", "an"), (" ", "interview"), (" ", "with"), (" ", "CNN")], 0)
@example([(", ", "told"), (" ", "CNN")], 0)
@given(
    st.lists(st.tuples(st.sampled_from(PREP_SEPARATORS), st.sampled_from(PREP_WORDS)), min_size=1, max_size=8),
    st.integers(0, 20),
)
def test_via_prep_end_is_the_pattern_end(pieces: list[tuple[str, str]], cut: int) -> None:
    text = "".join(sep + word for sep, word in pieces)
    limit = len(text) - cut if cut < len(text) else len(text)
    for pos in range(limit):
        if text[pos] not in ", ":
            continue
        word_end = first_word_end(text, pos, limit)
        if word_end < 0:
            continue
        word = text[pos + 2 if text[pos] == "," else pos + 1 : word_end]
        if word not in VIA_PREP_FIRST:
            continue
        found = VIA_PREP_RE.match(text, pos, limit)
        assert _via_prep_end(text, word, word_end, limit) == (found.end() if found is not None else -1)


REFERENCE_VIA_ADVERBIAL_RE = regex.compile(r",?\ (?:in|on|to|with|via|through)\ ")


@settings(max_examples=500)
@example([(", ", "with"), (" ", "x")])
@example([(" ", "through"), (" ", "x")])
@given(st.lists(st.tuples(st.sampled_from(PREP_SEPARATORS), st.sampled_from(PREP_WORDS)), min_size=1, max_size=6))
def test_opens_with_via_is_the_pattern_on_eight_characters(pieces: list[tuple[str, str]]) -> None:
    text = "".join(sep + word for sep, word in pieces)
    for start in range(len(text) + 1):
        expected = REFERENCE_VIA_ADVERBIAL_RE.match(text[start : start + 8]) is not None
        assert opens_with_via(text, start) == expected


# Clause ends after a comma: every word CLAUSE_END_RE reads there, near misses and names.
END_WORDS = [
    "adding", "saying", "noting", "explaining", "warning", "insisting", "claiming", "stressing", "arguing", "and",
    "but", "which", "who", "he", "she", "they", "it", "according", "to", "said", "added", "also", "later", "Mr",
    "Lee", "pointing",
    "addings", "he's", "she", "— ", "x", "é", "9", "_",
]  # fmt: skip
END_SEPARATORS = [", ", ",", " ", "; ", ",  ", "", ".", "\n", "\u00a0", " — "]


@settings(max_examples=500)
@example([(", ", "saying")], 0)
@example([(", ", "and"), (" ", "said")], 0)
@example([(", ", "according"), (" ", "to")], 0)
@example([(", ", "which"), (" ", "he"), (" ", "added")], 0)
@given(
    st.lists(st.tuples(st.sampled_from(END_SEPARATORS), st.sampled_from(END_WORDS)), min_size=1, max_size=8),
    st.integers(0, 12),
)
def test_may_end_clause_holds_wherever_the_pattern_matches(pieces: list[tuple[str, str]], cut: int) -> None:
    text = "".join(sep + word for sep, word in pieces)
    end = len(text) - cut if cut < len(text) else len(text)
    for pos in range(end):
        if CLAUSE_END_RE.match(text, pos, end) is not None:
            assert _may_end_clause(text, pos, end)


THAT_PIECES = [
    " ", ", ", ",", ":", "that", "that ", "thats", "the", "Q", "é", "“", '"', "1", "\n", "\u00a0", "\u2028",
    "\x1c", ".", "t", "x",
]  # fmt: skip


@settings(max_examples=500)
@example([" ", "that ", "Q"], 0)
@example([", "], 0)
@example([" ", "“"], 0)
@example([", ", "\x1c"], 0)
@given(st.lists(st.sampled_from(THAT_PIECES), min_size=1, max_size=6), st.integers(0, 6))
def test_that_is_the_pattern(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    end = len(text) - cut if cut < len(text) else len(text)
    for pos in range(end + 2):
        found = THAT_RE.match(text, pos, end)
        assert found is not None
        assert _that(text, pos, end) == (found.end(), "that" in text[found.start() : found.end()])


def reference_object(text: str, pos: int, limit: int) -> int:
    """_object as it was."""
    if pos + 1 < limit and text[pos] == " ":
        found = OUTLETS.at(text, pos + 1, limit)
        if found is not None:
            return reference_show_title(text, found.end, limit)
    audience = AUDIENCE_RE.match(text, pos, limit)
    if audience is not None:
        return audience.end()
    name = NAME_OBJECT_RE.match(text, pos, limit)
    if name is not None:
        return reference_show_title(text, name.end(), limit)
    that = OBJECT_THAT_RE.match(text, pos, limit)
    if that is not None and "," not in text[pos : that.end()]:
        return that.end() - 1
    return pos


def reference_show_title(text: str, pos: int, limit: int) -> int:
    match = SHOW_TITLE_RE.match(text, pos, limit)
    return match.end() if match is not None else pos


OBJECT_PIECES = [
    " ", " ", ", ", ":", ".", "reporters", "the", "a", "jury", "him", "Ann", "Lee", "CNN", "CNN's", "’s", "'s",
    "that", "that ", "“Morning Hour”", '"Today"', "“", "on", "Monday", "police", "officers", "Élise", "é", "1",
    "x", "\n",
]  # fmt: skip
OUTLETS = outlet_index(())


@settings(max_examples=400)
@example([" ", "reporters", " ", "that"], 0)
@example([" ", "Ann", " ", "Lee", "’s", " ", "“Morning Hour”", " ", "that ", "x"], 0)
@example([" ", "the", " ", "jury", " ", "that ", "x"], 0)
@example([" ", "Élise", " ", "that ", "x"], 0)
@example([" ", "a", " ", "jury", "."], 0)
@example([" ", "Ann", " ", '"Today"', " ", "that ", "x"], 0)
@example([" ", "x", " ", "that "], 0)
@given(st.lists(st.sampled_from(OBJECT_PIECES), min_size=1, max_size=10), st.integers(0, 8))
def test_object_asks_its_patterns_only_where_they_can_match(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    limit = len(text) - cut if cut < len(text) else len(text)
    for pos in range(limit):
        assert _object(text, pos, limit, OUTLETS, []) == reference_object(text, pos, limit)
    for pos in range(limit + 1):
        assert _show_title(text, pos, limit) == reference_show_title(text, pos, limit)
