"""Paragraph shapes that carry a source without a reporting verb.

Transcript and headline labels ("HARLOW: ...", "Okafor: ...") and wire-copy quotes
written with two apostrophes (''Q,'' said X), which the segmenter leaves alone.
"""

from __future__ import annotations

from typing import Final

import regex

from ._drafts import Draft
from ._lazy import lazy_compile
from ._phrases import trim_span
from ._segment import Paragraph, Quote
from ._words import wordset

# ''Q,'' said X: two apostrophes as a double mark (a wire-copy convention).
APOSTROPHE_PAIR_RE: Final = lazy_compile(r"(?<!')''(?!')")
# Transcripts and headlines: "WALLACE: Q", "Mayor: Q" (a headline).
LABEL_RE: Final = lazy_compile(
    r"""["“]?+(?P<label>\p{Lu}[\p{Lu}.'’-]++(?:\ \p{Lu}[\p{Lu}.'’-]++){0,2}+
    |(?P<title>\p{Lu}[\p{Ll}.'’-]++(?:\ \p{Lu}[\p{L}.'’-]++){0,2}+)):\ ++(?=\S)""",
    regex.VERBOSE,
)
NOT_LABELS: Final = wordset(
    """RAW LIVE GRAPHIC
    UPDATE UPDATED WATCH READ LISTEN NOTE EDITOR'S PHOTOS PHOTO VIDEO BREAKING EXCLUSIVE RELATED SOURCE
    CORRECTION CLARIFICATION ALSO MORE SEE Q A ANALYSIS OPINION POLL Poll Update Watch Read Note Photos Video
    Related Source Correction Analysis Opinion Exclusive Breaking Editor's Live Transcript Sources Timeline"""
)
HEADLINE_CHARS: Final = 160


def label_draft(text: str, paragraph: Paragraph) -> Draft | None:
    match = LABEL_RE.match(text, paragraph.start, paragraph.end)
    if match is None:
        return None
    # The engine may keep a capture from an alternative that failed, so test the text itself.
    name = match.group("title") or match.group("label")
    group = "title" if any(ch.islower() for ch in name) else "label"
    name = match.group(group) or name
    if name in NOT_LABELS or name.split()[0] in NOT_LABELS or len(name) < 2:
        return None
    if group == "title" and (paragraph.index > 0 or paragraph.end - paragraph.start > HEADLINE_CHARS or _kicker(name)):
        return None
    if group == "label" and _title_case(text[match.end() : paragraph.end]):
        return None  # "RAW: Aerial Footage Of ...": a caption, not a speaker's line
    end = paragraph.end
    while end > match.end() and text[end - 1] in '”" ':
        end -= 1
    content = trim_span(text, match.end(), end) if group == "title" else (match.end(), end)
    if content is None or content[1] - content[0] < 2:
        return None
    colon = match.end(group)
    source = (match.start(group), match.end(group))
    return Draft(content, (colon, colon + 1), source, group == "label", "assert", [], "label")


# A headline kicker ("Lost In Translation: ...", "The Latest: ...") is Title Case prose, not a
# name: a name holds no capitalised preposition or article and does not open with "The" and a
# superlative.
SUPERLATIVES: Final = wordset("Latest Newest Best Worst Biggest Greatest")
KICKER_WORDS: Final = wordset(
    """Over Under For With Of In On At To From Into Onto Upon After Before About Against Without
    Is Are Was Were And Or But A An"""
)


def _kicker(name: str) -> bool:
    words = name.split()
    if len(words) > 1 and words[0] == "The" and words[1] in SUPERLATIVES:
        return True
    return any(word in KICKER_WORDS for word in words[1:])


def _title_case(phrase: str) -> bool:
    words = [w for w in phrase.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def with_apostrophe_quotes(text: str, paragraph: Paragraph, quotes: list[Quote]) -> list[Quote]:
    marks = [m.start() for m in APOSTROPHE_PAIR_RE.finditer(text, paragraph.start, paragraph.end)]
    pairs: list[Quote] = []
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if closing > opening + 2:
            pairs.append(Quote(opening + 2, closing, opening, closing + 1, paragraph.index))
    if len(marks) % 2:
        last = marks[-1]
        if paragraph.end > last + 2:
            pairs.append(Quote(last + 2, paragraph.end, last, None, paragraph.index))
    kept = [q for q in quotes if not any(p.open_at <= q.open_at <= (p.close_at or p.end) for p in pairs)]
    return sorted([*kept, *pairs], key=lambda q: q.open_at)
