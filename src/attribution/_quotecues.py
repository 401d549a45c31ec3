"""What a quote is: the cue beside it (before, after, a dash signature), a whole sentence, a title.

Each lookup bisects the paragraph's sorted cues and reads a bounded window, so
matching every quote of a paragraph stays linear in its length.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from ._cues import Cue
from ._lazy import lazy_compile
from ._memo import PhraseMemo
from ._outlets import OutletIndex, OutletMatch
from ._segment import Paragraph, Quote
from ._sources import WINDOW, leading_subject, source_after
from ._words import wordset

LEAD_PUNCT_RE: Final = lazy_compile(r"[\s,.!?—–'-]*+")
LEAD_CHARS: Final = frozenset(" ,.!?—–'-")  # LEAD_PUNCT_RE's characters, \s but for the space left out
# “Q” ― Name: the signature line of a quoted post or letter.
DASH_SOURCE_RE: Final = lazy_compile(
    r"[\s\u00a0]*+(?P<dash>[―—–])[\s\u00a0]*+(?P<name>\p{Lu}[\p{L}.'’-]*+(?:\ \p{Lu}[\p{L}.'’-]*+){0,4}+)"
)


def cue_after_quote(
    text: str,
    quote: Quote,
    next_open: int,
    paragraph: Paragraph,
    cues: list[Cue],
    outlets: OutletIndex,
    memo: PhraseMemo,
) -> tuple[Cue, tuple[int, int], list[OutletMatch]] | None:
    """“Q,” X said. / “Q,” said X, “Q2”: a cue right after the closing mark."""
    if quote.close_at is None:
        return None
    dash = _signature(text, quote.close_at + 1, paragraph.end)
    if dash is not None:
        signature = Cue(dash.start("dash"), dash.end("dash"), "dash", "assert", "quote")
        return signature, (dash.start("name"), dash.end("name")), []
    start = _lead_end(text, quote.close_at + 1, paragraph.end)
    limit = min(next_open, paragraph.end, start + WINDOW)
    found = _left_of_cues(cues, start)
    cue = cues[found] if found < len(cues) and cues[found].start < limit else None
    if cue is None:
        return None
    if cue.start == start:
        source = source_after(text, cue.end, limit)
    else:
        source = memo.source_before(start, cue.start)
        if source is None:
            return None
        gap = text[start : source[0]]
        if gap and not (gap.endswith(", ") and len(gap) <= 80 and gap.count(",") == 1):
            return None
        if gap and stop_in(gap) >= 0:
            return None  # “T,” is a fine column. Later, X said ...: the cue is another sentence's
    if source is None:
        return None
    stop = _sentence_stop(text, cue.end, limit)
    after = memo.after_cue(cue, stop)
    if source[0] > cue.start:
        # "said X, ...": what follows the source, not the cue, decides.
        after = memo.after_cue(Cue(source[0], source[1], cue.lemma, cue.stance, "x"), stop)
    anchor = source[1] if source[0] > cue.start else cue.end
    ends_sentence = text[quote.end - 1 : quote.end] in {".", "!", "?"}
    if (
        ends_sentence
        and not after.at_end
        and after.content_start is not None
        and text[after.content_start - 2 : after.content_start].strip() not in {",", ":", "—"}
        and not _ends_clause(text, anchor, after.content_start)
    ):
        return None
    return cue, source, after.via


# Both patterns after a closing mark start with a run of spaces, read first with character
# tests: every character of \s is str.isspace, so a run that stops at a character that is not
# one (nor a dash) leaves nothing for the pattern to decide (most quotes: “Q,” he said).
DASHES: Final = "―—–"


def _signature(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """DASH_SOURCE_RE's match at ``pos``, tried only where a dash may follow the spaces."""
    at = pos
    while at < end and text[at] == " ":
        at += 1
    if at < end and (text[at] in DASHES or text[at].isspace()):
        return DASH_SOURCE_RE.match(text, pos, end)
    return None


def _lead_end(text: str, pos: int, end: int) -> int:
    """Where LEAD_PUNCT_RE's match at ``pos`` ends."""
    at = pos
    while at < end and text[at] in LEAD_CHARS:
        at += 1
    if at < end and text[at].isspace():  # a space other than " ": the pattern decides
        lead = LEAD_PUNCT_RE.match(text, pos, end)
        assert lead is not None
        return lead.end()
    return at


def _left_of_cues(cues: list[Cue], position: int) -> int:
    """``bisect_left(cues, position, key=attrgetter("start"))``: ``bisect``'s loop written out
    (the same index on any list), where the call cost some 1,200 instructions compiled (see
    ``_spans``)."""
    low, high = 0, len(cues)
    while low < high:
        middle = (low + high) // 2
        if cues[middle].start < position:
            low = middle + 1
        else:
            high = middle
    return low


def _right_of_cues(cues: list[Cue], position: int) -> int:
    """``bisect_right(cues, position, key=attrgetter("start"))``, written out as above."""
    low, high = 0, len(cues)
    while low < high:
        middle = (low + high) // 2
        if position < cues[middle].start:
            high = middle
        else:
            low = middle + 1
    return low


def _ends_clause(text: str, start: int, content_start: int) -> bool:
    gap = text[start:content_start]
    return "," in gap or ";" in gap or "—" in gap


SENTENCE_STOP_RE: Final = lazy_compile(
    r"(?<!\b(?:\p{Lu}|Gen|Col|Lt|Mr|Mrs|Ms|Dr|Sgt|Capt|Maj|Rep|Sen|Gov|St|Jr))[.!?](?=\s|$)"
)


# SENTENCE_STOP_RE without its look-behind, in the standard engine: every SENTENCE_STOP_RE match
# is a match of this (each \s of `regex` is a \s of `re`), so hinted_search ran the look-behind,
# which `regex` otherwise tried at every position, only after a mark. stop_in now reads the marks
# itself; this stays the hint of the code it replaced (the property test's reference).
SENTENCE_STOP_HINT_RE: Final = re.compile(r"[.!?](?=\s|$)")


def _sentence_stop(text: str, start: int, limit: int) -> int:
    stop = stop_in(text[start:limit])
    return start + stop if stop >= 0 else limit


def stop_in(window: str) -> int:
    """The end of SENTENCE_STOP_RE's first match in ``window``, or -1; the `regex` call only
    where the characters around a mark are not plain ASCII.

    The same answer as ``hinted_search(SENTENCE_STOP_RE, SENTENCE_STOP_HINT_RE, window, ...)``:
    the marks are tried in order, each where the hint would be. A match is one mark, so it ends
    one past it. A mark followed by a space or the window's end passes the look-ahead in both
    engines; one followed by anything str.isspace refuses fails the hint (re's whitespace class is
    str.isspace), and other whitespace is left to the pattern. The look-behind refuses a mark
    after a single upper-case letter or one of ABBREVIATIONS with a word boundary before it:
    each is letters only, so with an ASCII letter before the mark only the whole run of ASCII
    letters before it can be one (a letter before any shorter tail leaves no boundary); before
    that run, the window's start or an ASCII character other than [A-Za-z0-9_] is a boundary and
    an ASCII letter, digit or "_" none, where both engines agree; a non-ASCII character there, or
    right before the mark, goes to the pattern. A mark after an ASCII character that is no letter
    follows no alternative (each ends in a letter). Checked against hinted_search in
    tests/property/test_prefilters_statements8.py.
    """
    size = len(window)
    at = _next_mark(window, 0)
    while at >= 0:
        if at + 1 < size and window[at + 1] != " ":
            if window[at + 1].isspace() and SENTENCE_STOP_RE.match(window, at, size) is not None:
                return at + 1
        elif at == 0 or not _after_abbreviation(window, at):
            return at + 1
        at = _next_mark(window, at + 1)
    return -1


def _next_mark(window: str, low: int) -> int:
    best = -1
    for mark in ".!?":
        at = window.find(mark, low)
        if at >= 0 and (best < 0 or at < best):
            best = at
    return best


def _after_abbreviation(window: str, at: int) -> bool:
    """Whether SENTENCE_STOP_RE's look-behind refuses the mark at ``at`` (> 0; see stop_in)."""
    code = ord(window[at - 1])
    if code >= 128:
        return SENTENCE_STOP_RE.match(window, at) is None
    if not (65 <= code <= 90 or 97 <= code <= 122):
        return False
    first = at - 1
    while first > 0:
        code = ord(window[first - 1])
        if not (65 <= code <= 90 or 97 <= code <= 122):
            break
        first -= 1
    if first > 0:
        code = ord(window[first - 1])
        if code >= 128:
            return SENTENCE_STOP_RE.match(window, at) is None
        if 48 <= code <= 57 or code == 95:
            return False  # a word character: no boundary before the run
    run = window[first:at]
    return (len(run) == 1 and "A" <= run <= "Z") or run in ABBREVIATIONS


# The look-behind's words of SENTENCE_STOP_RE.
ABBREVIATIONS: Final = frozenset(
    ["Gen", "Col", "Lt", "Mr", "Mrs", "Ms", "Dr", "Sgt", "Capt", "Maj", "Rep", "Sen", "Gov", "St", "Jr"]
)


def cue_before_quote(
    text: str, quote: Quote, floor: int, cues: list[Cue], outlets: OutletIndex, memo: PhraseMemo
) -> tuple[Cue, tuple[int, int], list[OutletMatch]] | None:
    """X said: “Q” / X told Reuters, “Q”: a cue whose clause is the quote."""
    start = max(floor, quote.open_at - WINDOW)
    found = _right_of_cues(cues, quote.open_at) - 1
    while found >= 0 and cues[found].end > quote.open_at:
        found -= 1
    cue = cues[found] if found >= 0 and cues[found].start >= start else None
    if cue is None:
        return None
    after = memo.after_cue(cue, quote.open_at)
    inverted = text[cue.start : cue.start + 1].isupper()
    if not after.at_end and not inverted:
        return None
    sentence_floor = max(start, _sentence_floor(text, start, cue.start))
    source = memo.source_before(sentence_floor, cue.start)
    if source is None and text[cue.end - 3 : cue.end] == "ing" and text[cue.start - 2 : cue.start] == ", ":
        source = leading_subject(text, sentence_floor, cue.start)  # "X attacked Y, saying, “Q”"
    if source is None:
        # "Said Ellis: “Q”": the source between the cue and the quote.
        source = source_after(text, cue.end, quote.open_at)
        if source is None or not memo.after_cue(Cue(*source, cue.lemma, cue.stance, "x"), quote.open_at).at_end:
            return None
    return cue, source, after.via


SENTENCE_BREAK_RE: Final = lazy_compile(r"[.!?][”\"’]?+\s++(?=\p{Lu})")


def _sentence_floor(text: str, start: int, position: int) -> int:
    """The end of SENTENCE_BREAK_RE's last match in ``text[start:position + 1]`` (``finditer``
    with those bounds), or ``start``; the pattern runs only where the characters after a mark
    are not plain ASCII (a ``regex`` scan of the whole window cost some 9,000 instructions).

    Every match begins at a mark and holds no other (a closing mark and spaces follow it), so
    the matches are those tried at each mark, and a later mark's match ends later: the last
    match is the one at the last mark that has one, and the marks are tried from the right.
    The look-ahead needs a character before the bound, so every match ends by ``position``.
    """
    bound = min(len(text), position + 1)
    dot = text.rfind(".", start, bound)
    bang = text.rfind("!", start, bound)
    query = text.rfind("?", start, bound)
    while True:
        mark = dot if dot > bang else bang
        if query > mark:
            mark = query
        if mark < 0:
            return start
        found = _break_end(text, mark, bound)
        if found >= 0:
            return found
        if mark == dot:
            dot = text.rfind(".", start, mark)
        elif mark == bang:
            bang = text.rfind("!", start, mark)
        else:
            query = text.rfind("?", start, mark)


def _break_end(text: str, mark: int, bound: int) -> int:
    """The end of SENTENCE_BREAK_RE's match at ``mark`` with the text cut at ``bound``, or -1.

    After the mark and its optional (possessive) closing mark, one " " before an ASCII capital
    is a match ending at the capital, and a printable ASCII character where the spaces or the
    capital must be is none (no space; no ASCII character but A-Z is an upper-case letter). Other
    spaces and characters beyond ASCII are left to the pattern, whose classes decide.
    """
    at = mark + 1
    if at < bound:
        code = ord(text[at])
        if code == 34 or code == 0x201D or code == 0x2019:  # ” " ’
            at += 1
    if at >= bound:
        return -1
    code = ord(text[at])
    if code != 32:
        if 33 <= code <= 126:
            return -1
    elif at + 1 >= bound:
        return -1
    else:
        code = ord(text[at + 1])
        if 65 <= code <= 90:
            return at + 1
        if 33 <= code <= 126:
            return -1
    match = SENTENCE_BREAK_RE.match(text, mark, bound)
    return -1 if match is None else match.end()


def whole_sentence_quote(text: str, quote: Quote, paragraph: Paragraph) -> bool:
    """A quote that is a sentence on its own (no cue): it continues the last speaker."""
    before = text[paragraph.start : quote.open_at].rstrip()
    if before and before[-1] not in '.!?”"’':
        return False
    if quote.close_at is None:
        return True
    after = text[quote.close_at + 1 : min(paragraph.end, quote.close_at + 4)].lstrip()
    return not after or after[0] in '.!?“"' or after[0].isupper()


TITLE_SMALL_WORDS: Final = wordset("a an the of and or to in on for at by with from")
TITLE_WORD_RE: Final = lazy_compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*+")
LOWER_WORD_RE: Final = lazy_compile(r"(?<![\p{L}'’])\p{Ll}{4,}+")


def quoted_title(text: str, content: tuple[int, int], paragraph: Paragraph) -> bool:
    """CBS's “Face the Nation,” the book ''Grow Your Savings'': a title in running text, not words said."""
    if content[1] - content[0] > 80 or not text[content[0]].isupper() or text[content[1] - 1] in ".!?":
        return False  # most quotes: too long, not capitalised or a sentence ("We're America.")
    # A title has no lower-case word but the small ones. A blank-delimited token of letters only
    # is one of the words TITLE_WORD_RE finds (letters are \p{L}, blanks no word character), so a
    # lower-case one that is no small word fails the test below: most quotes ("We are done,")
    # are ruled out without the pattern, which costs a ``regex`` call (tests/property/
    # test_prefilters_speakers7.py compares the two).
    for token in text[content[0] : content[1]].split():
        if token.isalpha() and token.islower() and token not in TITLE_SMALL_WORDS:
            return False
    return title_words(text, content, paragraph)


def title_words(text: str, content: tuple[int, int], paragraph: Paragraph) -> bool:
    """quoted_title's word test: two to seven words, capitalised but for the small ones, in running text."""
    words = TITLE_WORD_RE.findall(text, content[0], content[1])
    if not 2 <= len(words) <= 7 or not words[0][0].isupper():
        return False
    if not all(word[0].isupper() or word[0].isdigit() or word.lower() in TITLE_SMALL_WORDS for word in words):
        return False
    if sum(word[0].isupper() for word in words) < 2:
        return False
    # A headline capitalises every word: there a quote is still what someone said.
    before = LOWER_WORD_RE.search(text, paragraph.start, content[0])
    return before is not None or LOWER_WORD_RE.search(text, content[1], paragraph.end) is not None
