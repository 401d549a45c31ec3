"""The source finder as it was before the fourth speed round, verbatim: the reference its rewrite must agree with.

It pins a pure speed change (no rule may move). When a rule in ``_sources.py`` changes on purpose, delete
this file and ``test_sources_rewrite.py`` instead of editing the copy: the golden cases and the scorers
then guard the new behaviour.
"""

# ruff: noqa
# mypy: ignore-errors
from __future__ import annotations

import re

from attribution._lazy import lazy_compile
from attribution._words import PREPOSITIONS, wordset

WINDOW = 220
MAX_SOURCE_WORDS = 12
MAX_APPOSITIVE_WORDS = 26

TOKEN_RE = lazy_compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’&/-]*+|[,;:()\[\]—–“”\"«»]")
# TOKEN_RE for the standard engine (about 3x faster on these windows), valid only where every
# character is ASCII or one of the marks FOREIGN_RE lets through: none of those marks is a letter
# or a digit, and the only ASCII ones are [A-Za-z0-9], so there the two patterns find the same
# tokens. Over 99% of the look-back windows on news text pass FOREIGN_RE.
PLAIN_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.'’&/-]*+|[,;:()\[\]—–“”\"«»]")
FOREIGN_RE = re.compile(r"[^\x00-\x7f‘’“”—–«»]")


def tokens(text: str, start: int, end: int) -> list[str]:
    """``TOKEN_RE.findall(text, start, end)``, by the standard engine where it provably agrees."""
    # str.isascii() reads a flag CPython keeps on every string, and a slice's flag is set by one
    # C scan while copying: both cheaper than FOREIGN_RE's per-character class test.
    if text.isascii() or text[start:end].isascii() or FOREIGN_RE.search(text, start, end) is None:
        return PLAIN_TOKEN_RE.findall(text, start, end)
    return TOKEN_RE.findall(text, start, end)


AUX = wordset(
    """has have had would will could also later earlier previously again repeatedly reportedly then further
    publicly separately initially first once recently quickly subsequently had already often frequently long
    now still just never always only privately officially formally explicitly openly angrily flatly
    yesterday today tonight monday tuesday wednesday thursday friday saturday sunday on late early last
    this may might must should can"""
)
WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
BE = wordset("is was were are been be being")
CLAUSE_WORDS = wordset(
    """that which who whom whose when while as after before because but where if since although though so
    whether than until unless whereas meanwhile however said says told"""
)
VERBISH = wordset(
    """is was were are be been being has have had do does did will would can could should shall may might
    must"""
)
TRAILING_ADVERBIAL_RE = lazy_compile(
    r"""(?x)(?:,?\ (?:in\ the\ past|for\ (?:years|months|weeks|decades|days)|(?:on|late|early)\ \w{3,6}day
    |last\ (?:week|month|year|night)|at\ the\ time|in\ recent\ (?:days|weeks|months|years)|in\ a\ statement
    |in\ (?:a|an)\ (?:[\w-]++\ )?(?:interview|statement)|,\ in\ [^,]{1,60}+,)){1,3}+\ *+$"""
)
NAME_WORD_RE = lazy_compile(r"\p{Lu}|(?:al|el|ad|as|ash|bin|ibn|abu|de|da|del|della|di|du|van|von|der|la|le)(?:-|$)")
FILLER = wordset("not there here then now so only even just also too thus")
LEADING_PREP = wordset("in on at during after before for with from by speaking writing")
BAD_SOURCE_START = wordset("it's there this these those what how why to of about so not no nor yet and but or")
# A source right after one of these is inside an embedded clause ("the gap between what X says").
EMBEDDING = wordset("what how why whether whatever")


def source_before(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """The source phrase that ends right before the cue ("Col. Y", "a U.S. official", "he")."""
    span = _source_before(text, floor, cue_start)
    if span is not None and span[1] - span[0] > 3 and text.endswith(("’s", "'s"), span[0], span[1]):
        return span[0], span[1] - 2  # "the mayor’s claim that C": the mayor, not the possessive
    return span


# One-character tokens other than "," and ")": a look-back stops at them.
LONE_MARKS = ';:([]—–“”"«»'


class _Window:
    """The tokens before a cue: words, lower-cased words, and where the window lies in the text."""

    __slots__ = ("begin", "end", "lows", "text", "words")

    def __init__(self, text: str, begin: int, end: int, words: list[str]) -> None:
        self.text = text
        self.begin = begin
        self.end = end
        self.words = words
        self.lows = list(map(str.lower, words))

    def span(self, first: int, last: int) -> tuple[int, int]:
        """The offsets of tokens first..last; a look-back asks this once, for its answer."""
        # Token k is the last occurrence of its text before token k + 1: no token starts in the
        # gap between two tokens, and one starting inside token k would run on into that gap.
        text, words, begin, at = self.text, self.words, self.begin, self.end
        for k in range(len(words) - 1, last - 1, -1):
            at = text.rfind(words[k], begin, at)
        end = at + len(words[last])
        for k in range(last - 1, first - 1, -1):
            at = text.rfind(words[k], begin, at)
        return at, end


def _source_before(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    # "is saying", "was telling": a progressive, not the passive "is said to".
    progressive = False
    if text.find("ing", cue_start + 2, cue_start + 14) >= 0:  # else no word there ends in "ing"
        word_end, bound = cue_start, min(len(text), cue_start + 14)
        while word_end < bound and text[word_end].isalpha():
            word_end += 1
        progressive = word_end - cue_start > 4 and text.startswith("ing", word_end - 3)
    near = max(floor, cue_start - 60)
    if _may_end_adverbial(text, near, cue_start):
        trailing = TRAILING_ADVERBIAL_RE.search(text, near, cue_start)
        if trailing is not None:
            cue_start = trailing.start()
    low = max(floor, cue_start - WINDOW)
    if cue_start - 2 >= low and text[cue_start - 1] == " " and text[cue_start - 2] in LONE_MARKS:
        return None  # the last token is a mark that no look-back passes: no source
    words = tokens(text, low, cue_start)
    if not words or (cue_start - floor > WINDOW and len(words) < 2):
        return None
    return _source_in(text, floor, _Window(text, low, cue_start, words), progressive)


def _source_in(text: str, floor: int, window: _Window, progressive: bool) -> tuple[int, int] | None:
    words, lows = window.words, window.lows
    index = len(words) - 1
    while index >= 0 and lows[index] in AUX:
        index -= 1
    if index >= 0 and lows[index] in BE:
        if not progressive:
            return None  # passive: "is said to", "was told"
        index -= 1
        while index >= 0 and lows[index] in AUX:
            index -= 1
    if index < 0:
        return None
    if words[index] == ")":
        for k in range(index - 1, index - 6, -1):
            if k < 0:
                break
            if words[k] == "(":
                if k > 0:
                    index = k - 1
                break
    comma_after = words[index] == ","
    if comma_after and progressive and index == len(words) - 1:
        return None  # "X did Y, saying C": the participle's subject is the sentence's, not the words before it
    if comma_after:
        index -= 1
        aside = _adverbial_aside(window, index)
        if aside is not None:
            # "X, speaking in Y, said" / "X, in an interview, said": the speaker is before the aside.
            index, comma_after = _skip_parenthesis(window, aside), False
    relative = _relative_head(window, index)
    if relative is not None:
        return relative
    # An appositive between commas ("X, director of ..., said") may run long.
    segment = _segment_back(window, index, MAX_APPOSITIVE_WORDS if comma_after else MAX_SOURCE_WORDS)
    if segment is None:
        return None
    first, last = segment
    first = _trailing_name(window, first, last)
    if comma_after and first > 0 and words[first - 1] == ",":
        # Appositives: "Name, a role, said", "a role, Name, said", "Name, who ..., said".
        before = _skip_parenthesis(window, first - 2)
        prev = _segment_back(window, before) if before >= 0 else None
        mine = words[first : last + 1]
        if prev is not None and _is_name(words[prev[0] : prev[1] + 1]) and _is_role(mine):
            return window.span(*prev)
        if _is_name(mine):
            return window.span(first, last)
    if comma_after:
        return _sentence_subject(window, first, floor)
    return window.span(first, last)


# An aside between the speaker and the cue opens with a participle or one of these.
ASIDE_START = wordset("in at during after before on from while speaking writing talking appearing addressing")
ASIDE_MAX_TOKENS = 14


def _adverbial_aside(window: _Window, last: int) -> int | None:
    """ ", speaking to reporters in Y," before a cue: the index of the token before the aside's comma."""
    words = window.words
    for k in range(last, last - ASIDE_MAX_TOKENS, -1):
        if k < 0:
            return None
        word = words[k]
        if len(word) == 1 and not word.isalnum():
            if word != "," or k == last or k < 1:
                return None
            opener = words[k + 1]
            if not (opener.islower() and (opener in ASIDE_START or (opener.endswith("ing") and len(opener) > 5))):
                return None
            # The speaker must end right before the aside: a name or a noun, not a clause.
            head = words[k - 1]
            return k - 1 if head.isalnum() or head in {")", "’s", "'s"} else None
    return None


def _skip_parenthesis(window: _Window, index: int) -> int:
    """ "Rep. Y (D-Ohio), a role, said": the token before the parenthesis."""
    if index < 0:
        return index
    words = window.words
    if words[index] != ")":
        return index
    for k in range(index - 1, index - 6, -1):
        if k < 0:
            break
        if words[k] == "(":
            return k - 1
    return index


# Every match of TRAILING_ADVERBIAL_RE ends (before its trailing spaces) with one of these.
ADVERBIAL_ENDS = (
    "past", "years", "months", "weeks", "decades", "days", "day", "week", "month", "year", "night", "time",
    "statement", "interview", ",",
)  # fmt: skip


def _may_end_adverbial(text: str, start: int, end: int) -> bool:
    """A cheap test that lets most cues skip the (unanchored) trailing-adverbial search."""
    window = text[start:end]
    # ``$`` also matches before a final newline: leave such windows to the pattern.
    return window.rstrip(" ").endswith(ADVERBIAL_ENDS) or "\n" in window


# Common irregular past tenses: the verb that ends a sentence's leading subject.
IRREGULAR_PAST = wordset(
    """met spoke went took made gave came held left sent began led won lost ran saw found brought kept paid put
    set stood struck sought thought felt fought chose drew broke flew rose fell grew knew threw wore sold bought
    built caught taught spent meant heard became got stepped"""
)
DETERMINERS = wordset(
    "the a an this that these those his her its their our my some several many most both all two three"
)
# Lower-case words inside a name or title ("Secretary of State X", "the Duke of Y").
NAME_INNER = wordset("of for and the on de da del di du van von der la le al el bin ibn")


def leading_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase a sentence opens with, up to its verb ("Lord X has criticised ..., accusing")."""
    tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, min(end, start + 120))]
    last = -1
    named = False  # every word so far is capitalized: a lower-case word after a name is its verb
    for index, token in enumerate(tokens[:MAX_SOURCE_WORDS]):
        word = _word(text, token)
        lower = word.lower()
        if len(word) == 1 and not word.isalnum():
            break
        if word[0].islower() and (
            lower in VERBISH
            or lower in AUX
            or lower.endswith(("ed", "ly"))
            or lower in CLAUSE_WORDS
            or lower in IRREGULAR_PAST
            or (index == last + 1 and named and lower not in NAME_INNER and not NAME_WORD_RE.match(word))
        ):
            break
        named = (index == 0 and lower not in DETERMINERS) or (named and word[0].isupper())
        last = index
    if last < 0 or not _word(text, tokens[0])[0].isupper() or _word(text, tokens[0]).lower() in LEADING_PREP:
        return None
    return tokens[0][0], tokens[last][1]


def _relative_head(window: _Window, index: int) -> tuple[int, int] | None:
    """ "the officer who had been working there said": the noun phrase before "who"."""
    words, lows = window.words, window.lows
    if "who" not in lows:
        return None
    for k in range(index, index - 10, -1):
        if k < 0:
            return None
        word = words[k]
        if len(word) == 1 and not word.isalnum():
            return None
        if lows[k] == "who" and k > 0:
            before = k - 2 if k > 1 and words[k - 1] == "," else k - 1
            segment = _segment_back(window, before)
            return window.span(*segment) if segment is not None else None
    return None


def _trailing_name(window: _Window, first: int, last: int) -> int:
    """ "When the shooter ran out Lea said": a name glued after a clause is the source."""
    words, lows = window.words, window.lows
    run = last
    while run >= first and words[run][:1].isupper():
        run -= 1
    if run < first or run == last or run - first < 2:
        return first
    before = lows[run]
    if before in PREPOSITIONS or before in {"the", "a", "an", "and", "of"} or before.endswith(("'s", "’s")):
        return first
    if not any(_verb_like(words[k], lows[k]) for k in range(first, run + 1)):
        return first  # "White House press secretary Ana Lind": a title before the name, not a clause
    return run + 1


def _verb_like(word: str, lower: str) -> bool:
    return word[:1].islower() and (
        lower in VERBISH or lower in IRREGULAR_PAST or lower.endswith("ed") or lower in {"out", "up", "off", "down"}
    )


def _sentence_subject(window: _Window, before: int, floor: int) -> tuple[int, int] | None:
    """ "The group, also known as X, or Y, said": the sentence's first segment, when it is a plain noun phrase."""
    words, lows = window.words, window.lows
    commas = [i for i in range(before) if words[i] == ","]
    # The first token is the first occurrence of its text: no token starts before it in the window.
    if not commas or len(commas) > 3 or window.text[floor : window.text.find(words[0], window.begin)].strip():
        return None
    first_comma = commas[0]
    head, lower = words[:first_comma], lows[:first_comma]
    if not 0 < len(head) <= 6 or any(w in VERBISH or w in CLAUSE_WORDS for w in lower):
        return None
    if not (
        head[0][0].isupper() and (lower[0] in {"the", "a", "an", "his", "her", "its", "their"} or head[-1][0].isupper())
    ):
        return None
    if lower[0] in LEADING_PREP or any(len(w) == 1 and not w.isalnum() for w in head):
        return None
    return window.span(0, first_comma - 1)


def _segment_back(window: _Window, last: int, limit: int = MAX_SOURCE_WORDS) -> tuple[int, int] | None:
    words, lows = window.words, window.lows
    first = last
    while first >= 0:
        word = words[first]
        if len(word) == 1 and not word.isalnum():
            break
        lower = lows[first]
        if lower in CLAUSE_WORDS and not (lower == "as" and first == last):
            break
        if lower in VERBISH:
            break
        if last - first >= limit:
            return None
        first -= 1
    first += 1
    if first > last:
        return None
    phrase = lows[first : last + 1]
    while phrase and phrase[0] in LEADING_PREP and len(phrase) > 1:
        if len(phrase) > 2 and phrase[1] in WEEKDAYS:
            first, phrase = first + 2, phrase[2:]  # "On Wednesday Minister X said": the time is no source
            continue
        determiner = next((i for i, w in enumerate(phrase[1:], 1) if w in {"the", "a", "an"}), None)
        if determiner is None:
            return None
        first += determiner
        phrase = phrase[determiner:]
    if "and" in phrase and len(phrase) > 6:
        cut = len(phrase) - 1 - phrase[::-1].index("and")
        first += cut + 1
        phrase = phrase[cut + 1 :]
    while len(phrase) > 1 and phrase[0] in FILLER:
        first += 1
        phrase = phrase[1:]
    if not phrase or (phrase[0] in BAD_SOURCE_START and not _those_near(phrase)):
        return None
    if first > 0 and lows[first - 1] in EMBEDDING:
        return None
    return first, last


# "Those close to him", "those familiar with the talks": people near the matter, a source.
THOSE_NEAR = wordset("close familiar briefed involved knowledgeable present inside")


def _those_near(lower: list[str]) -> bool:
    return len(lower) > 2 and lower[0] == "those" and lower[1] in THOSE_NEAR


def _word(text: str, token: tuple[int, int]) -> str:
    return text[token[0] : token[1]]


def _is_name(words: list[str]) -> bool:
    return 0 < len(words) <= 6 and words[0][0].isupper() and all(NAME_WORD_RE.match(w) for w in words)


def _is_role(words: list[str]) -> bool:
    return bool(words) and (
        words[0].islower()
        or words[0].lower() in {"a", "an", "the"}
        # "Acme's chief financial officer": a role held at a named body
        or (len(words) > 1 and words[0].endswith(("’s", "'s")) and words[1].islower())
    )


def source_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The source phrase right after a cue or "according to" (", said X." / "according to X,")."""
    tokens: list[tuple[int, int]] = []
    words: list[str] = []
    for match in TOKEN_RE.finditer(text, start, min(end, start + WINDOW)):  # lazily: most stop early
        word = match.group()
        lower = word.lower()
        if len(word) == 1 and not word.isalnum():
            break
        if tokens and (lower in CLAUSE_WORDS or lower in VERBISH or lower in AUX or lower in {"in", "told"}):
            break
        if len(tokens) >= MAX_SOURCE_WORDS:
            return None
        tokens.append(match.span())
        words.append(word)
    last = len(tokens) - 1
    if last < 0:
        return None
    while words and words[-1].lower() in {"on", "at", "during", "for", "of", "and", "to", "from", "by"}:
        last -= 1
        words.pop()
    if not words:
        return None
    first = words[0].lower()
    if (first in BAD_SOURCE_START and not _those_near([w.lower() for w in words])) or first in VERBISH:
        return None
    span_end = tokens[last][1]
    while span_end > tokens[0][0] and text[span_end - 1] == ".":
        if ABBREVIATED_END_RE.search(text[max(0, span_end - 4) : span_end]):
            break
        span_end -= 1
    return tokens[0][0], span_end


ABBREVIATED_END_RE = lazy_compile(r"(?:\b\p{Lu}|\b(?:Jr|Sr|Gen|Col|Lt|St))\.$")
