"""Clause boundaries a reporting cue splits or leaves open: where the reported clause starts and ends.

"The harbour, the minister said, would reopen" (a cue inside the clause), 'said that “a storm” was
coming' (a quoted fragment inside a reported clause), 'Skipping it “was a mistake,” she said' (the
unquoted start of a quoted sentence), "C, said X, a planner." (a description after an inverted source).
Each function looks at a bounded window around one cue; all results are offsets.
"""

from __future__ import annotations

from typing import Final

from ._lazy import lazy_compile
from ._phrases import FIRST_WORD_RE, content_end, trim_span
from ._sources import CLAUSE_WORDS, source_after
from ._tokens import TOKEN_RE, first_token
from ._words import wordset

# After a quoted fragment, these start a new clause or a cue, not the rest of the reported clause.
NOT_CONTINUATION: Final = wordset("he she they it we i and but or adding saying said says told added")


def fragment_runs_on(text: str, inner_end: int, close_at: int | None, end: int) -> bool:
    """'said that "a bomb" had gone off': the quote is a fragment inside a longer reported clause.

    True when the quoted words end without punctuation of their own and the clause goes on right
    after the closing mark with a lower-case word.
    """
    if close_at is None or inner_end < 1 or text[inner_end - 1] in ".,;:!?—–-" or close_at + 3 >= end:
        return False
    if text[close_at + 1] != " " or not text[close_at + 2].islower():
        return False
    word = first_token(text, close_at + 2, min(end, close_at + 16))
    return word is not None and word not in NOT_CONTINUATION and word not in CLAUSE_WORDS


def medial_cue(text: str, start: int, source_start: int, cue_end: int, content_start: int) -> bool:
    """ "The harbour, the minister said, would reopen": the words before the source begin the content.

    The source and cue sit between commas inside the reported clause; the words before them are a
    finished phrase (not "when, he said, ...", whose opener belongs to the narration).
    """
    if source_start <= start or "," not in text[cue_end:content_start]:
        return False
    head = text[start:source_start].rstrip()
    if not head.endswith(",") or "“" in head or '"' in head:
        return False
    last = head[:-1].rstrip().rsplit(" ", 1)[-1].lower()
    return last not in CLAUSE_WORDS and last not in {"and", "but", "or", "so", "then"}


# "C, X said, until Z": a subordinate clause after the cue finishes C.
TAIL_SUBORDINATORS: Final = wordset("until since because unless although though whereas")


def subordinate_tail(text: str, content_start: int | None, end: int) -> int | None:
    """Where a reported clause split by its cue ends when its second part opens with a subordinator."""
    if content_start is None:
        return None
    first = first_token(text, content_start, end)
    if first is None or first not in TAIL_SUBORDINATORS:
        return None
    stop = content_end(text, content_start, end)
    span = trim_span(text, content_start, stop)
    return span[1] if span is not None else None


LEAD_REACH: Final = 160
SENTENCE_END_RE: Final = lazy_compile(r"[.!?][”\"’']?+\s++")


def mixed_lead(text: str, floor: int, open_at: int, inner_start: int) -> int | None:
    """'Skipping the vote “was a mistake,” she said': where the unquoted start of the sentence begins.

    The quote opens in lower case, so it goes on a sentence whose first words are outside the marks;
    those words belong to what was said. None when the quote starts its sentence.
    """
    if inner_start >= len(text) or not text[inner_start].islower():
        return None
    low = max(floor, open_at - LEAD_REACH)
    start = low
    for match in SENTENCE_END_RE.finditer(text, low, open_at):
        start = match.end()
    if start == low and low > floor:
        return None  # no sentence start within reach
    lead = text[start:open_at]
    if len(lead.split()) < 2 or not lead[:1].isupper() or any(mark in lead for mark in '“”"«»:;—–'):
        return None
    return start


# Words that open a new clause rather than a description of the source.
NOT_APPOSITIVE: Final = wordset(
    "and but or so yet then while although though because as before after when if since until adding saying"
)
APPOSITIVE_MAX: Final = 200
PLACE_PREPOSITIONS: Final = wordset("in at inside near with from")
PLACE_MAX_WORDS: Final = 7


def appositive_to_end(text: str, start: int, end: int) -> bool:
    """ ", a planner who works for the city." after a source: a description that ends the sentence."""
    if end - start > APPOSITIVE_MAX:
        return False
    if text.startswith(" ", start) and not text.startswith(", ", start):
        # "C, said a source in the room.": a short place phrase, then the end of the sentence.
        place = FIRST_WORD_RE.match(text, start, end)
        rest = text[start:end].rstrip(" .")
        return (
            place is not None
            and place.group(1) in PLACE_PREPOSITIONS
            and len(rest.split()) <= PLACE_MAX_WORDS
            and not any(mark in rest for mark in ',“”"«»;:')
        )
    if not text.startswith(", ", start):
        return False
    first = TOKEN_RE.match(text, start + 2, end)
    if first is None or first.start() != start + 2:
        return False
    word = first.group()
    if not word[0].islower() or word in NOT_APPOSITIVE:
        return False
    tail = text[first.end() : end]
    # A quote or a second clause after the description is not part of it.
    return not any(mark in tail for mark in '“”"«»;:')


def relative_cue(text: str, cue_start: int) -> bool:
    """'“Q,” said X, who stressed that C': the cue opens a relative clause about the source."""
    return text.endswith((", who ", ", which "), max(0, cue_start - 8), cue_start)


# One auxiliary or adverb may stand between the conjunction and a coordinated cue ("but has said").
COORDINATED_FILLER: Final = wordset("has have had also later then since repeatedly publicly often")


def coordinated_cue(text: str, floor: int, cue_start: int) -> bool:
    """ "X did Y and said C", "X did Y but has said C": the cue shares the sentence's subject."""
    before = text[max(floor, cue_start - 20) : cue_start]
    if before.endswith((" and ", " but ")):
        return True
    words = before.rstrip().rsplit(" ", 2)
    return len(words) == 3 and words[1] in {"and", "but"} and words[2] in COORDINATED_FILLER


def aside_citation(text: str, source: tuple[int, int] | None, cue_start: int) -> tuple[int, int] | None:
    """ "State TV, quoting a military source, said C": the quoted source, the speaker of C."""
    if source is None or cue_start - source[1] > 120:
        return None
    gap = text[source[1] : cue_start]
    if not gap.rstrip().endswith(","):
        return None  # the usual case, tested first
    at = max(gap.find(", quoting "), gap.find(", citing "))
    if at < 0:
        return None
    opener = source[1] + at + (len(", quoting ") if gap.startswith(", quoting ", at) else len(", citing "))
    return source_after(text, opener, cue_start)
