"""Source phrases around a cue: the speaker before it ("Col. Y said") or after it ("said Col. Y").

Every function looks at a bounded window of one sentence, so the whole stage stays linear in
the text. Nothing here rewrites the text; all results are offsets.
"""

from __future__ import annotations

from typing import Final

from ._lazy import lazy_compile
from ._tokens import FOREIGN_RE, TOKEN_RE, plain_tokens, token_matches
from ._words import PREPOSITIONS, wordset

WINDOW: Final = 220
MAX_SOURCE_WORDS: Final = 12
MAX_APPOSITIVE_WORDS: Final = 26

AUX: Final = wordset(
    """has have had would will could also later earlier previously again repeatedly reportedly then further
    publicly separately initially first once recently quickly subsequently had already often frequently long
    now still just never always only privately officially formally explicitly openly angrily flatly
    yesterday today tonight monday tuesday wednesday thursday friday saturday sunday on late early last
    this may might must should can"""
)
WEEKDAYS: Final = wordset("monday tuesday wednesday thursday friday saturday sunday")
BE: Final = wordset("is was were are been be being")
CLAUSE_WORDS: Final = wordset(
    """that which who whom whose when while as after before because but where if since although though so
    whether than until unless whereas meanwhile however said says told"""
)
VERBISH: Final = wordset(
    """is was were are be been being has have had do does did will would can could should shall may might
    must"""
)
# A look-back's segment ends at a clause word or a verb: one set, one lookup per token.
SEGMENT_ENDS: Final = CLAUSE_WORDS | VERBISH
TRAILING_ADVERBIAL_RE: Final = lazy_compile(
    r"""(?x)(?:,?\ (?:in\ the\ past|for\ (?:years|months|weeks|decades|days)|(?:on|late|early)\ \w{3,6}day
    |last\ (?:week|month|year|night)|at\ the\ time|in\ recent\ (?:days|weeks|months|years)|in\ a\ statement
    |in\ (?:a|an)\ (?:[\w-]++\ )?(?:interview|statement)|,\ in\ [^,]{1,60}+,)){1,3}+\ *+$"""
)
NAME_WORD_RE: Final = lazy_compile(
    r"\p{Lu}|(?:al|el|ad|as|ash|bin|ibn|abu|de|da|del|della|di|du|van|von|der|la|le)(?:-|$)"
)
FILLER: Final = wordset("not there here then now so only even just also too thus")
LEADING_PREP: Final = wordset("in on at during after before for with from by speaking writing")
BAD_SOURCE_START: Final = wordset("it's there this these those what how why to of about so not no nor yet and but or")
# A source right after one of these is inside an embedded clause ("the gap between what X says").
EMBEDDING: Final = wordset("what how why whether whatever")
# A word alone before its cue (see source_before) that is no source.
LONE_WORD_NONE: Final = AUX | BE | (SEGMENT_ENDS - {"as"}) | BAD_SOURCE_START


def source_before(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """The source phrase that ends right before the cue ("Col. Y", "a U.S. official", "he")."""
    # One function for what were five calls per cue (look-back, window object, tokenizer, adverbial
    # test): on windows of a dozen tokens the calls cost as much as the walk over the tokens.
    cue_word = cue_start  # (the cue's own start: cue_start may move back over an adverbial)
    low = cue_start - WINDOW if cue_start - WINDOW > floor else floor
    # The look-back window as its own string: one copy that the tests below and the tokenizer share
    # (a pattern finds the same tokens in it as in text[low:cue_start], having no anchors or look-arounds).
    window = text[low:cue_start]
    # A cheap test that lets most cues skip the (unanchored) trailing-adverbial search; the pattern
    # reads only the last 60 characters, and testing the whole window lets through a superset of
    # those. ``$`` also matches before a final newline: leave such windows to the pattern.
    if may_end_adverbial(window):
        trailing = TRAILING_ADVERBIAL_RE.search(text, cue_start - 60 if cue_start - 60 > floor else floor, cue_start)
        if trailing is not None:
            cue_start = trailing.start()
            low = cue_start - WINDOW if cue_start - WINDOW > floor else floor
            window = text[low:cue_start]
    if len(window) >= 2 and window[-1] == " " and window[-2] in LONE_MARKS:
        return None  # the last token is a mark that no look-back passes: no source
    # tokens(text, low, cue_start), inline (see is_plain)
    plain = window.isascii() or FOREIGN_RE.search(window) is None
    words = plain_tokens(window) if plain else TOKEN_RE.findall(window)
    if not words or (cue_start - floor > WINDOW and len(words) < 2):
        return None
    word = words[-1]
    if (len(words) == 1 or words[-2] in LONE_SET) and (len(word) > 1 or word.isalnum()):
        # The last word stands alone: first in the window, or right after a mark that ends every
        # look-back (”, —, ...). Then _source_in skips no auxiliary to reach a comma or a parenthesis
        # (the mark or the window's start comes first), its relative clause and aside tests stop at
        # the mark, and the segment is this word alone: the source is the word, or nothing when it
        # is an auxiliary, a form of "be", a clause word or verb (a lone "as" passes) or a bad start.
        # About a third of the calls end here (the property in test_prefilters_sources.py).
        if word.lower() in LONE_WORD_NONE:
            return None
        at = low + window.rfind(word)
        span: tuple[int, int] | None = at, at + len(word)
    else:
        # Only _source_in reads whether the cue is a progressive: asked here, not for every cue.
        span = _source_in(text, floor, low, cue_start, words, _progressive(text, cue_word))
    # text.endswith(("’s", "'s"), *span), by two characters (the span is longer than the suffix).
    if span is not None and span[1] - span[0] > 3 and text[span[1] - 1] == "s" and text[span[1] - 2] in "’'":
        return span[0], span[1] - 2  # "the mayor’s claim that C": the mayor, not the possessive
    return span


def _progressive(text: str, cue_start: int) -> bool:
    """ "is saying", "was telling": a progressive, not the passive "is said to"."""
    if text.find("ing", cue_start + 2, cue_start + 14) < 0:
        return False  # no word there ends in "ing"
    word_end, bound = cue_start, min(len(text), cue_start + 14)
    while word_end < bound:
        # str.isalpha(), by the code where it is ASCII (a method call when compiled).
        code = ord(text[word_end])
        if not (97 <= (code | 32) <= 122 if code < 128 else text[word_end].isalpha()):
            break
        word_end += 1
    return word_end - cue_start > 4 and text.startswith("ing", word_end - 3)


# One-character tokens other than "," and ")": a look-back stops at them.
LONE_MARKS: Final = ';:([]—–“”"«»'
LONE_SET: Final = frozenset(LONE_MARKS)


def _span(text: str, words: list[str], begin: int, end: int, first: int, last: int) -> tuple[int, int]:
    """The offsets of tokens first..last of the window text[begin:end]; a look-back asks this once."""
    # Token k is the last occurrence of its text before token k + 1: no token starts in the
    # gap between two tokens, and one starting inside token k would run on into that gap.
    k = len(words) - 1
    at = text.rfind(words[k], begin, end)
    while k > last:
        k -= 1
        at = text.rfind(words[k], begin, at)
    stop = at + len(words[k])
    while k > first:
        k -= 1
        at = text.rfind(words[k], begin, at)
    return at, stop


def _source_in(
    text: str, floor: int, begin: int, end: int, words: list[str], progressive: bool
) -> tuple[int, int] | None:
    """The source in the window text[begin:end], whose tokens are ``words``."""
    lows = [word.lower() for word in words]  # (compiled, a native call per word; map() goes through Python)
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
        aside = _adverbial_aside(words, index)
        if aside is not None:
            # "X, speaking in Y, said" / "X, in an interview, said": the speaker is before the aside.
            index, comma_after = _skip_parenthesis(words, aside), False
    who = False  # "who" in lows, by literal compares (a list's `in` compares each item generically)
    for low in lows:
        if low == "who":
            who = True
            break
    if who:  # else _relative_head finds no "who" to look back from
        relative = _relative_head(words, lows, index)
        if relative is not None:
            return _span(text, words, begin, end, *relative)
    # An appositive between commas ("X, director of ..., said") may run long.
    segment = _segment_back(words, lows, index, MAX_APPOSITIVE_WORDS if comma_after else MAX_SOURCE_WORDS)
    if segment is None:
        return None
    first, last = segment
    if last - first > 2:  # else no capitalized run can follow two words of a clause: first stays
        first = _trailing_name(words, lows, first, last)
    if comma_after and first > 0 and words[first - 1] == ",":
        # Appositives: "Name, a role, said", "a role, Name, said", "Name, who ..., said".
        before = _skip_parenthesis(words, first - 2)
        prev = _segment_back(words, lows, before) if before >= 0 else None
        mine = words[first : last + 1]
        if prev is not None and _is_name(words[prev[0] : prev[1] + 1]) and _is_role(mine):
            return _span(text, words, begin, end, *prev)
        if _is_name(mine):
            return _span(text, words, begin, end, first, last)
    if comma_after:
        return _sentence_subject(text, begin, end, words, lows, first, floor)
    return _span(text, words, begin, end, first, last)


# An aside between the speaker and the cue opens with a participle or one of these.
ASIDE_START: Final = wordset("in at during after before on from while speaking writing talking appearing addressing")
ASIDE_MAX_TOKENS: Final = 14


def _adverbial_aside(words: list[str], last: int) -> int | None:
    """ ", speaking to reporters in Y," before a cue: the index of the token before the aside's comma."""
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


def _skip_parenthesis(words: list[str], index: int) -> int:
    """ "Rep. Y (D-Ohio), a role, said": the token before the parenthesis."""
    if index < 0:
        return index
    if words[index] != ")":
        return index
    for k in range(index - 1, index - 6, -1):
        if k < 0:
            break
        if words[k] == "(":
            return k - 1
    return index


# Every match of TRAILING_ADVERBIAL_RE ends (before its trailing spaces) with one of these, or
# holds " , in ": its one alternative that ends in a comma is ",\ in\ [^,]{1,60}+," right after
# the group's mandatory space. (A look-back ending in a comma is common, " , in " is not: most such
# windows are spared the search.)
ADVERBIAL_ENDS: Final[tuple[str, ...]] = (
    "past", "years", "months", "weeks", "decades", "days", "day", "week", "month", "year", "night", "time",
    "statement", "interview",
)  # fmt: skip


# The last three letters of each of ADVERBIAL_ENDS (none is shorter): a string ending with one
# of them ends with its last three letters, and one set lookup rules out most windows before the
# fourteen suffix tests.
ADVERBIAL_TAILS: Final = frozenset(end[-3:] for end in ADVERBIAL_ENDS)


def may_end_adverbial(window: str) -> bool:
    """False where TRAILING_ADVERBIAL_RE cannot match in any range of ``window`` that ends at its end."""
    end = len(window)
    while end > 0 and window[end - 1] == " ":
        end -= 1  # window.rstrip(" ") ends here: found by codes, without a copy
    # Every tail ends in one of these letters (t s y k h r e w, the last ones of ADVERBIAL_ENDS):
    # about half the windows need no slice and no set lookup.
    if (
        end >= 3
        and ord(window[end - 1]) in (116, 115, 121, 107, 104, 114, 101, 119)
        and window[end - 3 : end] in ADVERBIAL_TAILS
        and window[:end].endswith(ADVERBIAL_ENDS)
    ):
        return True
    return "\n" in window or " , in " in window


# Common irregular past tenses: the verb that ends a sentence's leading subject.
IRREGULAR_PAST: Final = wordset(
    """met spoke went took made gave came held left sent began led won lost ran saw found brought kept paid put
    set stood struck sought thought felt fought chose drew broke flew rose fell grew knew threw wore sold bought
    built caught taught spent meant heard became got stepped"""
)
DETERMINERS: Final = wordset(
    "the a an this that these those his her its their our my some several many most both all two three"
)
# Lower-case words inside a name or title ("Secretary of State X", "the Duke of Y").
NAME_INNER: Final = wordset("of for and the on de da del di du van von der la le al el bin ibn")


def leading_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase a sentence opens with, up to its verb ("Lord X has criticised ..., accusing")."""
    tokens = [m.span() for m in token_matches(text, start, min(end, start + 120))]
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


def _relative_head(words: list[str], lows: list[str], index: int) -> tuple[int, int] | None:
    """ "the officer who had been working there said": the tokens of the noun phrase before "who"."""
    for k in range(index, index - 10, -1):
        if k < 0:
            return None
        word = words[k]
        if len(word) == 1 and not word.isalnum():
            return None
        if lows[k] == "who" and k > 0:
            before = k - 2 if k > 1 and words[k - 1] == "," else k - 1
            return _segment_back(words, lows, before)
    return None


# (A module constant typed this way: mypyc builds an inline tuple literal anew on every use.)
POSSESSIVES: Final[tuple[str, ...]] = ("'s", "’s")


def _trailing_name(words: list[str], lows: list[str], first: int, last: int) -> int:
    """ "When the shooter ran out Lea said": a name glued after a clause is the source."""
    run = last
    while run >= first and words[run][:1].isupper():
        run -= 1
    if run < first or run == last or run - first < 2:
        return first
    before = lows[run]
    if before in PREPOSITIONS or before in {"the", "a", "an", "and", "of"} or before.endswith(POSSESSIVES):
        return first
    if not any(_verb_like(words[k], lows[k]) for k in range(first, run + 1)):
        return first  # "White House press secretary Ana Lind": a title before the name, not a clause
    return run + 1


def _verb_like(word: str, lower: str) -> bool:
    return word[:1].islower() and (
        lower in VERBISH or lower in IRREGULAR_PAST or lower.endswith("ed") or lower in {"out", "up", "off", "down"}
    )


def _sentence_subject(
    text: str, begin: int, end: int, words: list[str], lows: list[str], before: int, floor: int
) -> tuple[int, int] | None:
    """ "The group, also known as X, or Y, said": the sentence's first segment, when it is a plain noun phrase."""
    commas = [i for i in range(before) if words[i] == ","]
    # The first token is the first occurrence of its text: no token starts before it in the window.
    if not commas or len(commas) > 3 or text[floor : text.find(words[0], begin)].strip():
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
    return _span(text, words, begin, end, 0, first_comma - 1)


def _segment_back(
    words: list[str], lows: list[str], last: int, limit: int = MAX_SOURCE_WORDS
) -> tuple[int, int] | None:
    first = last
    while first >= 0:
        word = words[first]
        if len(word) == 1 and not word.isalnum():
            break
        lower = lows[first]
        if lower in SEGMENT_ENDS and (lower != "as" or first != last):
            break
        if last - first >= limit:
            return None
        first -= 1
    first += 1
    # The phrase is lows[first : last + 1]; it is trimmed by moving first, without slicing it.
    while first < last and lows[first] in LEADING_PREP:
        if last - first > 1 and lows[first + 1] in WEEKDAYS:
            first += 2  # "On Wednesday Minister X said": the time is no source
            continue
        determiner = next((k for k in range(first + 1, last + 1) if lows[k] in {"the", "a", "an"}), None)
        if determiner is None:
            return None
        first = determiner
    if last - first > 5:
        phrase = lows[first : last + 1]
        if "and" in phrase:
            first += len(phrase) - phrase[::-1].index("and")  # after the last "and"
    while first < last and lows[first] in FILLER:
        first += 1
    if first > last or (lows[first] in BAD_SOURCE_START and not _those_near(lows[first : last + 1])):
        return None
    if first > 0 and lows[first - 1] in EMBEDDING:
        return None
    return first, last


# "Those close to him", "those familiar with the talks": people near the matter, a source.
THOSE_NEAR: Final = wordset("close familiar briefed involved knowledgeable present inside")


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
    for match in token_matches(text, start, min(end, start + WINDOW)):  # lazily: most stop early
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


ABBREVIATED_END_RE: Final = lazy_compile(r"(?:\b\p{Lu}|\b(?:Jr|Sr|Gen|Col|Lt|St))\.$")
