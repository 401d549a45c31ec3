"""Source mentions inside a sentence: document authors and people named before a pronoun."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from ._lazy import lazy_compile
from ._sources import IRREGULAR_PAST, leading_subject, source_before
from ._speakers import Entity, Registry, Typed, is_role
from ._words import wordset

POSSESSIVE_DOCUMENT_RE: Final = lazy_compile(
    r"(?:[\p{L}.-]++\ ){0,5}?[\p{L}.-]++(?=['’]s\ (?:[\w-]++\ ){0,2}?"
    r"(?:statement|letter|report|tweet|message|post|office|account|spokes(?:man|woman|person)|lawyer|attorney)\b)"
)
DOCUMENT_RE: Final = lazy_compile(
    r"(?i)(?:a|an|the|its|his|her|their)\ (?:[\w-]++\ ){0,2}?(?:statement|letter|tweet|message|post|posting"
    r"|communiqu[eé]|release|note|email|e-mail|notice)\ (?:(?:issued|released|posted|signed)\ )?(?:by|from|of)\ "
)


DOCUMENT_HEADS: Final = wordset("statement letter report tweet message post")
# What a DOCUMENT_RE match holds, lower-cased: one of its document words and the space after it
# ("post" for "post" and "posting", "communiqu" for either ending, "mail " for "email" and
# "e-mail"). The match reads only the phrase (no look-around past its end), and for an ASCII
# phrase (?i) pairs each letter only with its other case, so a phrase whose lower-cased copy
# holds none of these cannot match. Beyond ASCII the pattern stays: it folds "ſ" onto "s".
DOCUMENT_WORDS: Final[tuple[str, ...]] = (
    "statement ", "letter ", "tweet ", "message ", "post", "communiqu", "release ", "note ", "mail ", "notice ",
)  # fmt: skip
# The heads POSSESSIVE_DOCUMENT_RE's look-ahead needs, as it spells them (it is case-sensitive).
POSSESSIVE_WORDS: Final[tuple[str, ...]] = (
    "statement", "letter", "report", "tweet", "message", "post", "office", "account", "spokes", "lawyer", "attorney",
)  # fmt: skip


NAME_TOKEN_RE: Final = lazy_compile(r"\p{Lu}[\p{L}'’-]++")
# NAME_TOKEN_RE for ASCII text, where its classes are exactly these ("’" is not ASCII); the
# standard engine splits a sentence's opening in a fraction of the instructions ``regex`` takes.
ASCII_NAME_TOKEN_RE: Final = re.compile(r"[A-Z][A-Za-z'-]++")


def named_in_sentence(text: str, position: int, registry: Registry) -> Entity | None:
    """ "Lea, a witness, was there when, he said, ...": a known person named earlier in the sentence."""
    floor = _sentence_floor(text, position)
    window = text[floor:position]
    # The pattern has no look-around, so the window alone decides its tokens.
    tokens: list[str] = ASCII_NAME_TOKEN_RE.findall(window) if window.isascii() else NAME_TOKEN_RE.findall(window)
    by_token = registry.by_token
    for token in reversed(tokens):  # the last person named wins
        known = by_token.get(token.lower())
        if known is not None and known.kind == "person":
            return known
    return None


def speaker_like(typed: Typed | None) -> bool:
    if typed is None:
        return False
    return typed.kind in {"person", "organization", "outlet"} or (typed.kind == "anonymous" and is_role(typed.head))


def document_author(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "a statement by the ministry" speaks for the ministry."""
    phrase = text[span[0] : span[1]]
    lower = phrase.lower()
    # Substring tests first: both patterns need these words, and most phrases have none. A
    # `regex` call here cost about 13,000 instructions; the tests below cost a few hundred.
    if (" by " in lower or " from " in lower or " of " in lower) and (
        not phrase.isascii() or any(word in lower for word in DOCUMENT_WORDS)
    ):
        match = DOCUMENT_RE.match(text, span[0], span[1])
        if match is not None and match.end() < span[1]:
            return match.end(), span[1]
    if "'s " not in phrase and "’s " not in phrase:
        return span
    if not any(word in phrase for word in POSSESSIVE_WORDS):
        return span  # no head for the look-ahead of POSSESSIVE_DOCUMENT_RE: no match
    owner = POSSESSIVE_DOCUMENT_RE.match(text, span[0], span[1])
    if owner is not None and text[owner.end() + 3 : span[1]].split(" ")[0].rstrip("s") in DOCUMENT_HEADS:
        return owner.start(), owner.end()
    return span


# Words that can close a source phrase the clause finder cut too wide, but never name a speaker:
# "Mr Brown allegedly said", "Tony Blair himself said", "they all said", "police immediately said".
TRAILING_ADVERBS: Final = wordset(
    """himself herself themselves itself allegedly reportedly purportedly immediately also both all long too
    later previously again repeatedly publicly privately still never"""
)
# A source phrase ending in one of these holds a verb phrase, not a noun phrase:
# "Mr Fox responded by [accusing]", "He went on to [say]", "Mr Wallace agreed and [said]".
DANGLING: Final = wordset("and by to in as for that with of on at from")
# Of those, the ones whose verb phrase has the speaker as its subject.
SUBJECT_BEFORE: Final = wordset("and by to in")
# "X quoted Y as saying": the speaker is Y, and X (when an outlet) is how it came.
QUOTING_VERBS: Final = wordset("quoted quotes quoting reported reports cited cites described")
SUBJECT_PRONOUNS: Final = wordset("he she they it we i each both all some many others several most few none")
TITLE_SHORT: Final = wordset("mr mr. mrs mrs. ms ms. dr dr. sir lord lady")
POSSESSIVE_ENDS: Final = frozenset({"'s", "’s"})
CONTRACTIONS: Final = wordset("he's he’s she's she’s it's it’s that's that’s who's who’s there's there’s what's what’s")
TIME_WORDS: Final = wordset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tonight day week month year
    weekend morning afternoon evening night"""
)
TIME_LEADS: Final = TIME_WORDS | wordset("on this last next that the earlier later early late")


class Refined(NamedTuple):
    """A source span after trimming; ``outlet`` is the quoting outlet's span in "X quoted Y as"."""

    span: tuple[int, int] | None
    outlet: tuple[int, int] | None = None


def plain_source(text: str, span: tuple[int, int], cue_start: int) -> bool:
    """True when ``refine_source(text, document_author(text, span), cue_start)`` is ``Refined(span)``.

    Why: 99% of source phrases ("the minister", "Ana Lee", "he") name no document and end
    in a noun; this decides that on one slice, with no result object. Each test below
    is the first test of one of those two functions that could change the span, or a
    wider one (any word ending in 's); False means "ask them", never "changed".
    """
    start, end = span
    return plain_phrase(text[start:end], start > cue_start >= 0)


def plain_phrase(phrase: str, after_cue: bool) -> bool:
    """``plain_source`` on the phrase alone: it reads nothing else of the text but whether
    the phrase starts after the cue (``after_cue``), so callers may cache it by phrase."""
    if "'s " in phrase or "’s " in phrase:
        return False  # document_author's possessive branch
    lower = phrase.lower()
    if " by " in lower or " from " in lower or " of " in lower:
        return False  # document_author's DOCUMENT_RE branch
    if after_cue and phrase.partition(" ")[0] in AFTER_CUE_ADVERBIAL:
        return False
    last = phrase[phrase.rfind(" ") + 1 :]
    if last[-2:] in POSSESSIVE_ENDS:
        return False
    return last not in TRAILING_ADVERBS and last not in DANGLING and last not in TIME_WORDS


def refine_source(text: str, span: tuple[int, int], cue_start: int = -1) -> Refined:
    """Trim adverbs off a source phrase and cut a verb phrase back to its subject.

    ``cue_start`` is where the cue begins, to tell "Lee's claim" (Lee speaks) from a
    phrase cut short at a possessive. ``span`` is None in the result when no speaker can be read off the phrase: the
    statement stands, with no speaker, rather than with a verb phrase as its speaker.
    """
    start, end = span
    phrase = text[start:end]
    if start > cue_start >= 0 and phrase.partition(" ")[0] in AFTER_CUE_ADVERBIAL:
        # "X said in a statement", "said on Monday": an adverbial after the cue; X before it speaks.
        before = _before_cue(text, cue_start)
        if before is not None or any(word in DOCUMENT_HEADS for word in phrase.lower().split(" ")):
            return Refined(before)  # never the document as the speaker
        return Refined(span)  # as before: the classifier turns down "at a news conference"
    last_space = phrase.rfind(" ")
    last = phrase[last_space + 1 :]
    if last[-2:] in POSSESSIVE_ENDS and last.lower() not in CONTRACTIONS:
        if 0 <= cue_start - end <= 1:
            return Refined((start, end - 2))  # "Lee's claim that C": the owner of a noun cue speaks
        return Refined(None)  # "Russia's [government] said": the owner alone is not the speaker
    # Most phrases end in a noun: three set probes and out.
    if last not in TRAILING_ADVERBS and last not in DANGLING and last not in TIME_WORDS:
        return Refined(span)
    words: list[tuple[int, int]] = []
    at = start
    for part in phrase.split(" "):
        if part:
            words.append((at, at + len(part)))
        at += len(part) + 1
    while words and text[words[-1][0] : words[-1][1]] in TIME_WORDS:
        # "Mayor Ito on Monday", "the ministry earlier this month": the time is not the speaker.
        words.pop()
        while words and text[words[-1][0] : words[-1][1]] in TIME_LEADS:
            words.pop()
    while len(words) > 1 and text[words[-1][0] : words[-1][1]] in TRAILING_ADVERBS:
        words.pop()
    if not words:
        return Refined(None)
    if len(words) == 1:
        word = text[words[0][0] : words[0][1]]
        if word in DANGLING or (word in TRAILING_ADVERBS and word not in {"both", "all"}):
            return Refined(None)
        return Refined((words[0][0], words[0][1]))
    last = text[words[-1][0] : words[-1][1]]
    if last not in DANGLING:
        return Refined((words[0][0], words[-1][1]))
    if last == "as":
        return _quoted_as(text, words)
    if last in SUBJECT_BEFORE:
        subject = _subject(text, words[:-1])
        if subject is None:
            # "X urged Y to "stop" Z and said", "X ridiculed Y by calling": the look-back stopped
            # inside the first verb phrase, whose subject is the one the sentence opens with.
            subject = _sentence_subject(text, start, end)
        return Refined(subject)
    if last == "for":
        return Refined(_for_speaker(text, words[:-1]))
    return Refined(None)  # "with [claims]": the speaker is not the subject


def _for_speaker(text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """ "X criticised Y for [claiming]": Y; "Y was criticised for", "Y apologised for": Y."""
    verb = len(words) - 1
    while verb >= 0 and not _past_verb(text[words[verb][0] : words[verb][1]]):
        verb -= 1
    if verb < 0:
        return None
    if verb == len(words) - 1:
        passive = _passive_subject(text, words[verb][0])
        if passive is not None:
            return passive
        subject = _subject(text, words[:verb]) if verb > 0 else None
        return subject or _sentence_subject(text, words[0][0], words[verb][1])
    first = text[words[verb + 1][0] : words[verb + 1][1]]
    if not (first[:1].isupper() or first in OBJECT_LEADS):
        return None  # "him", "it": an object pronoun names no one here
    return words[verb + 1][0], words[-1][1]


OBJECT_LEADS: Final = wordset("the a an his her its their several some two three many")


def _past_verb(word: str) -> bool:
    return word.islower() and (word.endswith("ed") or word in IRREGULAR_PAST)


# "The minister was quoted (by Y) as saying C": the auxiliary right before "quoted".
PASSIVE_AUX_RE: Final = lazy_compile(r"(?:\b(?:has|have|had)\ been|\b(?:was|were|is|are|been))\ \Z")


def _quoted_as(text: str, words: list[tuple[int, int]]) -> Refined:
    if text[words[0][0] : words[0][1]] in QUOTING_VERBS:
        # Passive: the speaker is the subject before the auxiliary, the "by" phrase the outlet.
        outlet = (words[2][0], words[-2][1]) if len(words) > 3 and text[words[1][0] : words[1][1]] == "by" else None
        return Refined(_passive_subject(text, words[0][0]), outlet)
    for index in range(len(words) - 2, 0, -1):
        if text[words[index][0] : words[index][1]] in QUOTING_VERBS:
            if index + 1 >= len(words) - 1:
                return Refined(None)  # "was quoted as": the subject lies before the phrase
            return Refined((words[index + 1][0], words[-2][1]), (words[0][0], words[index - 1][1]))
    return Refined(None)


def _passive_subject(text: str, verb_start: int) -> tuple[int, int] | None:
    floor = max(0, verb_start - 24)
    aux = PASSIVE_AUX_RE.search(text, floor, verb_start)
    if aux is None:
        return None
    return source_before(text, max(0, aux.start() - 200), aux.start())


# A phrase right after a cue that opens with one of these is an adverbial, not the source.
AFTER_CUE_ADVERBIAL: Final = wordset("in on at during after before with from for by while")


def _before_cue(text: str, cue_start: int) -> tuple[int, int] | None:
    return source_before(text, _sentence_floor(text, cue_start), cue_start)


def _sentence_floor(text: str, position: int) -> int:
    """Just after the last ". " or line break within SENTENCE_REACH before ``position``, else the reach's start."""
    floor = max(0, position - SENTENCE_REACH)
    stop = max(text.rfind(". ", floor, position), text.rfind("\n", floor, position))
    return stop + 1 if stop >= 0 else floor


# A sentence's subject lies at most this far before the look-back's phrase.
SENTENCE_REACH: Final = 160


def _sentence_subject(text: str, before: int, end: int) -> tuple[int, int] | None:
    """The subject the sentence holding ``before`` opens with, ending before ``end``."""
    floor = max(0, before - SENTENCE_REACH)
    stop, newline = text.rfind(". ", floor, before), text.rfind("\n", floor, before)
    if stop < 0 and newline < 0 and floor > 0:
        return None  # no sentence start within reach
    begin = max(stop + 2 if stop >= 0 else floor, newline + 1)
    return leading_subject(text, begin, end)


def _subject(text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The pronoun or capitalized name a verb phrase opens with ("Mr Wallace agreed")."""
    first = text[words[0][0] : words[0][1]]
    if first.lower() in SUBJECT_PRONOUNS:
        return words[0]
    if first in {"The", "A", "An", "In", "On", "At", "But", "And"}:
        return None
    count = 0
    for begin, stop in words:
        word = text[begin:stop]
        if not (word[:1].isupper() or word.lower() in TITLE_SHORT):
            break
        count += 1
    if count == 0:
        return None
    return words[0][0], words[count - 1][1]
