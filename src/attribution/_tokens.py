"""Tokens of a look-back window: words and the marks that bound a source phrase.

``TOKEN_RE`` is the definition; the functions give its answer by the standard engine, or by
plain ``str`` tests, wherever they provably agree, as the tokenizer runs for every cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import regex

from ._lazy import lazy_compile

TOKEN_RE: Final = lazy_compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’&/-]*+|[,;:()\[\]—–“”\"«»]")
# TOKEN_RE for the standard engine (about 3x faster on these windows), valid only where every
# character is ASCII or one of the marks FOREIGN_RE lets through: none of those marks is a letter
# or a digit, and the only ASCII ones are [A-Za-z0-9], so there the two patterns find the same
# tokens. Over 99% of the look-back windows on news text pass FOREIGN_RE.
PLAIN_TOKEN_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9.'’&/-]*+|[,;:()\[\]—–“”\"«»]")
FOREIGN_RE: Final = re.compile(r"[^\x00-\x7f‘’“”—–«»]")
# Read tokens by character codes where this module is compiled (mypyc): there a code costs a few
# instructions and a pattern call hundreds. Interpreted, each turn of such a loop costs about as
# much as a whole pattern call, and the patterns stay. Both paths give the same tokens
# (tests/property/test_prefilters_phrases7.py runs each).
BY_CODES: Final = not __file__.endswith(".py")


def is_plain(text: str, start: int, end: int) -> bool:
    """Whether PLAIN_TOKEN_RE finds exactly the tokens TOKEN_RE finds in text[start:end]."""
    # str.isascii() reads a flag CPython keeps on every string, and a slice's flag is set by one
    # C scan while copying: both cheaper than FOREIGN_RE's per-character class test.
    return text.isascii() or text[start:end].isascii() or FOREIGN_RE.search(text, start, end) is None


def plain_tokens(window: str) -> list[str]:
    """``PLAIN_TOKEN_RE.findall(window)``, for a window that passes is_plain: whitespace chunk by chunk.

    No token holds a character str.split() splits at, and the pattern has no anchors or
    look-arounds: the window's tokens are its chunks' tokens, in order. On the plain alphabet
    str.isalnum() is [A-Za-z0-9]: such a chunk is one token, and "word," is two. Nine chunks in
    ten are one of these, and a findall call costs about ten times a chunk's tests.
    """
    words: list[str] = []
    for chunk in window.split():
        if chunk.isalnum():
            words.append(chunk)
        elif chunk[-1] == "," and chunk[:-1].isalnum():
            words.append(chunk[:-1])
            words.append(",")
        elif BY_CODES:
            _odd_chunk(chunk, words)
        else:
            _odd_chunk_shapes(chunk, words)
    return words


def _odd_chunk_shapes(chunk: str, words: list[str]) -> None:
    """_odd_chunk when interpreted, for a chunk of a plain window: common shapes by str tests, the rest by findall."""
    # A findall call costs about three times these tests. On the plain alphabet isalnum() is
    # [A-Za-z0-9] (the marks FOREIGN_RE lets through are no letters), so each shape below is
    # read token by token: '"Word' is a mark and a word, 'word,"' a word and two marks,
    # "Acme's" and "Mr." one word (a word goes on through ' and .), "-" no token at all.
    first = chunk[0]
    rest = chunk[1:]
    if (first == '"' or first == "“") and rest.isalnum():
        words.append(first)
        words.append(rest)
    elif chunk.endswith(',"') and chunk[:-2].isalnum():
        words.append(chunk[:-2])
        words.append(",")
        words.append('"')
    elif first.isalnum() and (rest.replace("'", "").isalnum() or (chunk[-1] == "." and chunk[:-1].isalnum())):
        words.append(chunk)
    elif chunk != "-":
        words.extend(PLAIN_TOKEN_RE.findall(chunk))


def _odd_chunk(chunk: str, words: list[str]) -> None:
    """Append ``PLAIN_TOKEN_RE.findall(chunk)`` to words, read by character codes.

    findall tries the pattern at each position: a letter or digit opens a word that runs on
    through letters, digits and ``.'’&/-`` (possessively: the longest run); one of the marks is a
    token of its own; any other character is skipped. This loop does just that. The compiled
    build reads a character's code without a call, and a findall call cost about thirty times
    a chunk's tests ("-", "$5" and "w,”" shapes went to it). Only its ASCII and the marks
    can be in a plain window, but the loop follows the pattern on any character.
    """
    length = len(chunk)
    at = 0
    while at < length:
        code = ord(chunk[at])
        if 48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122:
            stop = at + 1
            while stop < length:
                code = ord(chunk[stop])
                if not (
                    48 <= code <= 57
                    or 65 <= code <= 90
                    or 97 <= code <= 122
                    or code in (46, 39, 8217, 38, 47, 45)  # . ' ’ & / -
                ):
                    break
                stop += 1
            words.append(chunk[at:stop])
            at = stop
        else:
            if code in MARK_CODES:
                words.append(chunk[at])
            at += 1


# The codes of the one-character tokens of PLAIN_TOKEN_RE: , ; : ( ) [ ] — – “ ” " « ».
MARK_CODES: Final = frozenset(ord(mark) for mark in ',;:()[]—–“”"«»')


def first_token(text: str, start: int, end: int) -> str | None:
    """The text of ``TOKEN_RE.match(text, start, end)``, or None; by the standard engine where it agrees.

    The two patterns agree on every ASCII character, so when the token starts with one and the
    plain match stops at ``end`` or before another, the `regex` token is the same (one standard
    call costs a fraction of a `regex` one; most tokens asked for here are plain words).
    """
    length = len(text)
    if not BY_CODES:
        if 0 <= start < end and start < length and ord(text[start]) < 128:
            plain = PLAIN_TOKEN_RE.match(text, start, end)
            if plain is None:
                return None
            stop = plain.end()
            if stop >= end or stop >= length or ord(text[stop]) < 128:
                return plain.group()
        token = TOKEN_RE.match(text, start, end)
        return token.group() if token is not None else None
    return _first_token_by_codes(text, start, end)


def _first_token_by_codes(text: str, start: int, end: int) -> str | None:
    """first_token, with PLAIN_TOKEN_RE's match read by character codes (BY_CODES)."""
    length = len(text)
    if 0 <= start < end and start < length and ord(text[start]) < 128:
        # PLAIN_TOKEN_RE.match, read by character codes (no call when compiled): an ASCII letter
        # or digit runs on through [A-Za-z0-9.'’&/-]; an ASCII mark of the pattern is a token.
        code = ord(text[start])
        if not (48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122):
            return text[start] if code in (44, 59, 58, 40, 41, 91, 93, 34) else None  # , ; : ( ) [ ] "
        bound = end if end < length else length
        stop = start + 1
        while stop < bound:
            code = ord(text[stop])
            if not (48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122 or code in (46, 39, 8217, 38, 47, 45)):
                break
            stop += 1
        if stop >= bound or code < 128:
            return text[start:stop]
    token = TOKEN_RE.match(text, start, end)
    return token.group() if token is not None else None


def token_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]] | Iterator[regex.Match[str]]:
    """``TOKEN_RE.finditer(text, start, end)``, by the standard engine where it provably agrees."""
    return (PLAIN_TOKEN_RE if is_plain(text, start, end) else TOKEN_RE).finditer(text, start, end)


def tokens(text: str, start: int, end: int) -> list[str]:
    """``TOKEN_RE.findall(text, start, end)``, by the standard engine where it provably agrees."""
    return (PLAIN_TOKEN_RE if is_plain(text, start, end) else TOKEN_RE).findall(text, start, end)


# Words of a speaker phrase (classify): unlike TOKEN_RE, no "/" inside a word and no marks.
WORD_RE: Final = lazy_compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’&-]*+")
# WORD_RE for ASCII phrases, where its classes are exactly these ("’" is not ASCII): the
# standard engine splits a short phrase in about a third of the instructions ``regex`` takes.
ASCII_WORD_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9.'&-]*+")


def phrase_words(phrase: str) -> list[str]:
    """``WORD_RE.findall(phrase)``: by ASCII_WORD_RE, or by character codes when compiled (BY_CODES)."""
    if not phrase.isascii():
        return WORD_RE.findall(phrase)
    return _ascii_words_by_codes(phrase) if BY_CODES else ASCII_WORD_RE.findall(phrase)


def _ascii_words_by_codes(phrase: str) -> list[str]:
    """``ASCII_WORD_RE.findall(phrase)``, read by character codes (no call when compiled).

    A word opens at a letter or digit and runs on through letters, digits and ".'&-"
    (possessively: the longest run); anything else is skipped. The findall call cost about
    5,000 instructions when compiled, for a phrase of a few words.
    """
    words: list[str] = []
    length = len(phrase)
    at = 0
    while at < length:
        code = ord(phrase[at])
        if 48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122:
            stop = at + 1
            while stop < length:
                code = ord(phrase[stop])
                if not (48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122 or code in (46, 39, 38, 45)):
                    break
                stop += 1
            words.append(phrase[at:stop])
            at = stop
        else:
            at += 1
    return words
