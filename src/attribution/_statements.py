"""Attributed statements: reported speech, direct quotes and continuations around cues.

Each content paragraph is scanned once for reporting verbs and once for
prepositional cues; every cue builds at most one statement from its sentence
(the source phrase before or after it, the reported clause or the quote beside
it, and the outlets on the way). Quotes with no cue of their own continue the
last speaker's words. Speakers are resolved in text order through one registry.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from typing import Final

from ._assemble import finish_draft
from ._carryover import sticky_via, without_dateline
from ._clauses import (
    appositive_to_end,
    aside_citation,
    coordinated_cue,
    fragment_runs_on,
    medial_cue,
    mixed_lead,
    relative_cue,
    subordinate_tail,
)
from ._cues import ACCORDING_RE, CITING_RE, Cue, according_matches, citing_in, cue_set
from ._custom import Lexicon
from ._drafts import Draft
from ._exclusions import (
    FINITE_RE,
    FIRST_PERSON,
    adjective_noun,
    clause_stop,
    in_name,
    negated,
    not_a_cue,
    without_subordinator,
)
from ._floors import may_cite, quote_floor
from ._intro import introduced, introduction
from ._labels import label_draft, with_apostrophe_quotes
from ._lazy import lazy_compile
from ._memo import PhraseMemo
from ._mentions import speaker_like
from ._models import Outlet, Statement
from ._outlets import OutletIndex, outlet_index
from ._phrases import (
    BAD_CONTENT_START,
    after_cue,
    clause_like,
    content_end,
    trim_span,
)
from ._quotecues import cue_after_quote, cue_before_quote, quoted_title, whole_sentence_quote
from ._segment import Document, Paragraph, Quote, is_boilerplate
from ._sources import leading_subject, source_after, source_before
from ._spans import inside_any, mostly_quote, opens_quote, quote_words, touches
from ._speakers import Entity, Registry, classify
from ._words import wordset

MIN_QUOTE_WORDS: Final = 3
MIN_REPORTED_WORDS: Final = 3
MAX_SPAN: Final = 1200


def find_statements(
    document: Document,
    *,
    outlet: str | None = None,
    lexicon: Lexicon | None = None,
) -> list[Statement]:
    extra = lexicon or NO_LEXICON
    outlets = outlet_index(extra.outlets)
    cues = cue_set(extra.reporting_verbs)
    text = document.text
    registry = Registry()
    statements: list[Statement] = []
    last: Entity | None = None
    last_paragraph = -10
    observed = 0
    sticky: dict[int, tuple[int, tuple[Outlet, ...], Entity]] = {}
    intro: tuple[Cue, tuple[int, int]] | None = None
    intro_index = -10
    for paragraph in document.content_paragraphs():
        chunk = text[paragraph.start : paragraph.end]
        quotes = [q for q in paragraph.quotes if q.end > q.start]
        if "'" in chunk and "''" in chunk:  # a one-character scan rules out most paragraphs
            quotes = with_apostrophe_quotes(text, paragraph, quotes)
        inside = sorted([(q.open_at, q.close_at if q.close_at is not None else q.end) for q in quotes])
        skips = _quoted_stretches(text, chunk, inside) if inside else inside
        found = (
            cues.scan_outside(text, paragraph.start, paragraph.end, skips)
            if skips
            else cues.scan(text, paragraph.start, paragraph.end)
        )
        drafts = _paragraph_drafts(text, paragraph, chunk, found, quotes, inside, outlets)
        if intro is not None and paragraph.index == intro_index + 1:
            drafts = introduced(text, paragraph, intro, drafts)
        # "X said:" needs a colon after the paragraph's last cue: most paragraphs skip the call.
        closing = bool(found) and text.find(":", found[-1].end, paragraph.end) >= 0
        intro, intro_index = introduction(text, paragraph, found) if closing else None, paragraph.index
        if len(drafts) > 1:
            drafts.sort(key=_content_start)
        for draft in drafts:
            if draft.inherit and (last is None or paragraph.index - last_paragraph > 2):
                continue
            horizon = min(draft.content[0], draft.source[0] if draft.source else draft.content[0])
            if horizon > observed:
                registry.observe(text, observed, horizon)
                observed = horizon
            statement, last = finish_draft(text, draft, registry, outlets, last)
            if statement is not None and paragraph.index <= 1 and statement.content.start == paragraph.start:
                statement = without_dateline(text, statement)
            if statement is not None:
                if sticky or statement.via:  # otherwise sticky_via has nothing to record or pass on
                    statement = sticky_via(statement, last, paragraph.index, sticky)
                statements.append(statement)
                last_paragraph = paragraph.index
    return statements


def _quoted_stretches(text: str, chunk: str, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where _paragraph_drafts drops every cue, as inside a quote: the verb scan can skip them.

    ``inside``: the paragraph's quote spans, sorted, as _paragraph_drafts tests cues against them.
    From each span's opening mark to its end or the next span's start, ``inside_any`` is true (the
    span is the last to start at or before the position). Only stretches that open on a character
    other than a word character or "-" (see CueSet.scan_outside). None when the paragraph ends with
    a colon: ``introduction`` reads its last cue, quoted or not.
    """
    if chunk.rstrip().endswith(":"):
        return []
    skips: list[tuple[int, int]] = []
    last = len(inside) - 1
    for k, (open_at, close) in enumerate(inside):
        stop = min(close, inside[k + 1][0]) if k < last else close
        mark = text[open_at]
        if stop > open_at + 1 and not (mark.isalnum() or mark in "_-"):
            skips.append((open_at, stop))
    return skips


def _content_start(draft: Draft) -> int:
    return draft.content[0]


# The built-in lexicons alone (a Lexicon is frozen: one instance serves every call).
NO_LEXICON: Final = Lexicon()


def _paragraph_drafts(
    text: str,
    paragraph: Paragraph,
    chunk: str,
    cues: list[Cue],
    quotes: list[Quote],
    inside: list[tuple[int, int]],
    outlets: OutletIndex,
) -> list[Draft]:
    """``chunk``: the paragraph's text; ``quotes``: its quotes; ``inside``: their spans, sorted."""
    # A label needs ": " (LABEL_RE ends with a colon and spaces); the colon alone is found by a
    # one-character scan, several times faster than a needle ending in a space (see may_cite).
    label = label_draft(text, paragraph) if ":" in chunk and ": " in chunk else None
    if label is not None:
        return [label]
    according = may_cite(chunk)
    if not cues and not quotes and not according:
        return []  # most paragraphs: nothing below could make a draft
    sentence_starts = [s for s, _ in paragraph.sentences]
    drafts: list[Draft] = []
    covered: list[tuple[int, int]] = []
    memo = PhraseMemo(text, outlets)

    floor = paragraph.start
    named = paragraph.index > 0
    free_cues: list[Cue] = []  # not inside a quote and not part of a name: the quote pass reads these
    previous: dict[tuple[int, int], Cue] = {}
    # Reported speech and cues beside quotes, in order.
    for cue in cues:
        if inside and inside_any(cue.start, inside):
            continue
        if adjective_noun(text, cue, floor) or (named and in_name(text, cue, floor)):
            continue
        free_cues.append(cue)
        if (covered and inside_any(cue.start, covered)) or not_a_cue(text, cue, floor):
            continue
        sentence = _sentence_of(paragraph.sentences, sentence_starts, cue.start)
        prior = previous.get(sentence)
        previous[sentence] = cue
        draft = _reported(text, cue, sentence, quotes, outlets, memo, drafts, prior, according)
        if draft is not None and drafts and drafts[-1].content == draft.content:
            # Two cues reaching one clause ("X called on Y to Z, but warned that C"): the nearer cue says it.
            drafts[-1] = draft
        elif draft is not None:
            drafts.append(draft)
            insort(covered, draft.content)
    if according:  # ACCORDING_RE tried only where a match can begin (see according_matches)
        for at, stop in according_matches(text, paragraph.start, paragraph.end):
            if inside and inside_any(at, inside):
                continue
            draft = _according(text, at, stop, _sentence_of(paragraph.sentences, sentence_starts, at), outlets)
            if draft is not None and not touches(draft.content, covered):
                drafts.append(draft)
                insort(covered, draft.content)
    for index, quote in enumerate(quotes):
        if covered and inside_any(quote.open_at, covered) and inside_any(max(quote.open_at, quote.end - 1), covered):
            continue
        draft = _direct(text, paragraph, quote, index, quotes, free_cues, outlets, memo)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _sentence_of(sentences: tuple[tuple[int, int], ...], starts: list[int], position: int) -> tuple[int, int]:
    """The sentence holding ``position`` (``starts``: the sentences' starts). A module function: a
    closure is built per paragraph and, compiled, called through the generic call protocol."""
    index = bisect_right(starts, position) - 1
    return sentences[index if index > 0 else 0]


def _reported(
    text: str,
    cue: Cue,
    sentence: tuple[int, int],
    quotes: list[Quote],
    outlets: OutletIndex,
    memo: PhraseMemo,
    earlier: list[Draft],
    prior: Cue | None = None,
    according: bool = True,
) -> Draft | None:
    """``according``: whether the paragraph may hold a match of ACCORDING_RE (the sentence is part of it)."""
    if cue.frame == "quote":
        return None
    # A "sentence" longer than this is unsegmented junk: keep the work per cue bounded.
    start, end = max(sentence[0], cue.start - MAX_SPAN), min(sentence[1], cue.end + MAX_SPAN)
    after = memo.after_cue(cue, end)
    if cue.frame == "np" and (
        after.at_end or (not after.that and (cue.lemma not in NP_CONTENT or _after_comma(text, cue)))
    ):
        # A noun-phrase cue ("accused X of C") reports only a clause after it; each path below
        # turns these down, after finding a source this settles first.
        return None
    participle = (
        bool(earlier)
        and earlier[-1].content[0] >= start
        and earlier[-1].content[1] <= cue.start
        and _participle(text, start, cue.start)
    )
    # From after a quote closing right before the cue where that gives the same source (see quote_floor).
    floor = quote_floor(text, quotes, start, cue.start) if quotes else start
    source = None if participle else memo.source_before(floor, cue.start)
    if source is not None:
        source = without_subordinator(text, source)
    if source is not None and not after.that:
        if text[source[0] : source[1]] in FIRST_PERSON or text.startswith("I ", source[0]):
            return None  # "I have written letters for them": outside quotes, "I" is the writer narrating
        if negated(text, max(source[0], cue.start - 24), cue.start):
            return None  # "X isn't saying much", "they wouldn't tell Y anything": no proposition is reported
    if (
        source is not None
        and source[0] - start > 3
        and mostly_quote((start, source[0]), quotes)
        and not relative_cue(text, cue.start)
    ):
        return None  # “Q,” X told a news channel ...: the quote is the statement
    if source is None and not participle and prior is not None and _participle(text, start, cue.start):
        # “Q,” the mayor said, adding that C: the source of the cue before.
        source = source_before(text, start, prior.start) or source_after(text, prior.end, cue.start)
    if source is None and text[max(start, cue.start - 2) : cue.start] == ", ":
        inverted = _inverted(text, cue, start, end, quotes, outlets)
        if inverted is not None:
            return inverted
    trailing = (
        source is not None
        and source[0] > start
        and text[start : source[0]].rstrip().endswith(",")
        and after.content_start is not None
        and "," in text[cue.end : after.content_start]
        and not after.that
        and not _clause_follows(text, after.content_start, end)
        and not _open_clause(text, start, source[0])
    )
    if after.content_start is not None and not trailing:
        # "X said (that) C", "X told Y C": the clause after the cue.
        content_start = after.content_start
        if content_start == cue.end + 1 and text.startswith(("and ", "or "), content_start):
            return None  # "who said and did the same things": two verbs sharing an object, no clause
        if (
            source is None
            and not participle
            and not coordinated_cue(text, start, cue.start)
            and not (_participle(text, start, cue.start) and text[cue.end - 3 : cue.end] == "ing")
        ):
            return None  # no source and no subject to share: settled before finding the clause
        head = content_start
        if source is not None and not after.that and medial_cue(text, start, source[0], cue.end, content_start):
            head = start  # "The harbour, the minister said, would reopen": one clause around the cue
        if cue.frame == "np" and not after.that:
            if cue.lemma not in NP_CONTENT or _after_comma(text, cue):
                return None
            if text.startswith(("for ", "on "), content_start):
                content_start = text.index(" ", content_start) + 1
            elif NOT_AN_OBJECT_RE.match(text, content_start):
                return None
        opened = opens_quote(text, content_start, quotes)
        if opened is not None and not fragment_runs_on(text, opened.end, opened.close_at, end):
            return None  # a quote right after the cue: a direct statement
        if not after.that and cue.frame != "np" and not clause_like(text, content_start, end, cue.lemma):
            return None
        stop = clause_stop(text, start, source, cue, content_start, content_end(text, content_start, end))
        citing = citing_in(text, content_start, stop)
        citing_span = aside_citation(text, source, cue.start)  # "State TV, quoting a source, said C"
        if citing is not None:
            citing_span = source_after(text, citing.end(), end)
            stop = citing.start()
        content = trim_span(text, min(head, content_start), stop)
        if content is None or _few_words(text, content):
            return None
        inherit = False
        if source is None and not participle:
            # A coordinated or participle cue (tested above): the subject the sentence opens with.
            source = leading_subject(text, start, cue.start)
            if source is None or not speaker_like(classify(text[source[0] : source[1]], outlets)):
                return None
            stance = cue.stance
        elif source is None:
            inherit = True
            stance = earlier[-1].stance
        else:
            stance = cue.stance
        via = after.via
        if source is not None and according and ACCORDING_RE.search(text, start, source[0]):
            via = [*outlets.scan(text, start, source[0]), *via]  # "According to Reuters, X said C"
        return Draft(content, (cue.start, cue.end), source, False, stance, via, cue.lemma, inherit, citing_span)
    if not after.at_end and not trailing:
        return None
    # "C, X said." / "C, said X.": the clause before the source.
    if source is not None and source[0] > start:
        boundary = source[0]
    else:
        source = source_after(text, cue.end, end)
        if source is None:
            return None
        boundary = cue.start
    comma = text.rfind(",", start, boundary)
    if comma < 0 or text[comma + 1 : boundary].strip():
        return None
    if cue.frame == "np":
        return None
    content = trim_span(text, start, comma)
    if content is None or mostly_quote(content, quotes) or _few_words(text, content):
        return None
    if trailing and not (
        len(text[content[0] : content[1]].split(maxsplit=3)) >= 4 and FINITE_RE.search(text, *content)
    ):
        return None  # "Back in Virginia, X said, ...": an adverbial, not a reported clause
    tail = subordinate_tail(text, after.content_start, end) if trailing else None
    if tail is not None:
        content = (content[0], tail)  # "C, X said, until Z": one clause around the cue
    citing = CITING_RE.match(text, max(source[1], cue.end), end)
    citing_span = source_after(text, citing.end(), end) if citing is not None else None
    return Draft(content, (cue.start, cue.end), source, False, cue.stance, after.via, cue.lemma, False, citing_span)


NP_CONTENT: Final = frozenset(("accuse", "call", "describe", "cite"))


NOT_AN_OBJECT_RE: Final = lazy_compile(r"(?:in|into|off|up|out|back|it\ off|to|at|by|from|with|of)\b")


def _after_comma(text: str, cue: Cue) -> bool:
    """ "a group, called X": a participle modifier, not a cue."""
    return text[max(0, cue.start - 2) : cue.start].strip() == ","


PAST_OR_AUX_RE: Final = lazy_compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|\w{3,}ed)\b"
)


OPEN_CLAUSE_WORDS: Final = wordset("when that because as after before while if since although though but and where so")


def _open_clause(text: str, start: int, end: int) -> bool:
    """ "The shelter was full when, he said, ...": what precedes is unfinished."""
    words = text[start:end].rstrip(" ,").rsplit(" ", 1)
    return bool(words) and words[-1].lower() in OPEN_CLAUSE_WORDS


def _clause_follows(text: str, start: int, end: int) -> bool:
    """ "..., he said, a man came in": a clause after the comma is what was said."""
    first = text[start : start + 12].split(" ")[0].lower()
    return first not in BAD_CONTENT_START and PAST_OR_AUX_RE.search(text, start, min(end, start + 50)) is not None


def _few_words(text: str, span: tuple[int, int]) -> bool:
    # Splitting past the third word cannot change the answer.
    return len(text[span[0] : span[1]].split(maxsplit=MIN_REPORTED_WORDS - 1)) < MIN_REPORTED_WORDS


def _inverted(text: str, cue: Cue, start: int, end: int, quotes: list[Quote], outlets: OutletIndex) -> Draft | None:
    """ "C, said a spokesman." / "C, say officials": the source follows the cue and ends the clause."""
    if text[cue.end - 3 : cue.end] == "ing":
        return None  # "C, adding X": a participle takes an object; only a finite cue inverts ("C, said X")
    source = source_after(text, cue.end, end)
    if source is None or cue.frame == "np":
        return None
    after = after_cue(text, Cue(source[0], source[1], cue.lemma, cue.stance, cue.frame), end, outlets)
    if not (after.at_end or appositive_to_end(text, source[1], end)):
        return None
    content = trim_span(text, start, cue.start)
    if content is None or mostly_quote(content, quotes) or _few_words(text, content):
        return None
    return Draft(content, (cue.start, cue.end), source, False, cue.stance, after.via, cue.lemma)


def _participle(text: str, sentence_start: int, cue_start: int) -> bool:
    """ ", adding ...", "and added that ...": a second clause of the same source."""
    before = text[max(sentence_start, cue_start - 6) : cue_start]
    return before.endswith((", ", " and ", "; ")) and text[cue_start : cue_start + 12].split(" ")[0].endswith(
        ("ing", "ed", "dded", "aid")
    )


def _according(
    text: str, cue_start: int, cue_end: int, sentence: tuple[int, int], outlets: OutletIndex
) -> Draft | None:
    start, end = max(sentence[0], cue_start - MAX_SPAN), min(sentence[1], cue_end + MAX_SPAN)
    source = source_after(text, cue_end, end)
    if source is None:
        return None
    before = text[start:cue_start].rstrip()
    if not before or before[-1] in '“"':
        # "According to X, C."
        comma = text.find(",", source[1], end)
        if comma < 0 or text[source[1] : comma].strip():
            return None
        content = trim_span(text, comma + 1, end)
    else:
        content = trim_span(text, start, cue_start)
    if content is None or _few_words(text, content):
        return None  # "According to X, basically.": a word or two is a comment, not a proposition
    cue = (cue_start, cue_end - 1)
    return Draft(content, cue, source, False, "assert", [], "according to")


def _direct(
    text: str,
    paragraph: Paragraph,
    quote: Quote,
    index: int,
    quotes: list[Quote],
    cues: list[Cue],
    outlets: OutletIndex,
    memo: PhraseMemo,
) -> Draft | None:
    # Only fewer than two or three words matters: stop splitting after the third.
    words = len(text[quote.start : quote.end].split(maxsplit=MIN_QUOTE_WORDS - 1))
    if words < 2:
        return None  # "basically": a fragment, with a cue or without (the tests below say so too)
    content = quote_words(text, quote)
    if content is None or quoted_title(text, content, paragraph):
        return None  # decided before looking for a cue
    next_open = quotes[index + 1].open_at if index + 1 < len(quotes) else paragraph.end
    prev_close = quotes[index - 1].close_at if index > 0 else None
    floor = prev_close + 1 if prev_close is not None else paragraph.start
    found = cue_after_quote(text, quote, next_open, paragraph, cues, outlets, memo)
    if found is None:
        found = cue_before_quote(text, quote, floor, cues, outlets, memo)
    if found is not None:
        cue, source, via = found
        if words < MIN_QUOTE_WORDS and cue.frame == "quote":
            return None  # “strong leader”: a fragment, not a statement
        lead = mixed_lead(text, floor, quote.open_at, content[0]) if cue.start > quote.end else None
        if lead is not None:
            content = (lead, content[1])  # 'Skipping it “was a mistake,” she said': the whole clause
        return Draft(content, (cue.start, cue.end), source, True, cue.stance, via, cue.lemma)
    # Continuations need double marks: single marks are headline and quote-in-quote style.
    double = text[quote.open_at] in '“"„«‟'
    stray = quote.close_at is None and quote.open_at != paragraph.start
    if is_boilerplate(text[content[0] : content[1]]):
        return None
    if double and not stray and words >= MIN_QUOTE_WORDS and whole_sentence_quote(text, quote, paragraph):
        return Draft(content, None, None, True, "assert", [], "", inherit=True)
    return None
