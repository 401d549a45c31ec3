"""Is a paragraph site furniture (a byline, a newsletter prompt, a photo credit) rather than story?

Split from ``_segment`` (which re-exports these names), since the test is the
segmenter's largest cost: most paragraphs are short enough to be tested, and
almost none is boilerplate, so everything here is about ruling a paragraph out
cheaply and exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from ._lazy import lazy_compile
from ._trie import literal_alternation

# Phrases that mark a paragraph as site furniture, matched in the lower-cased
# paragraph. One trie-shaped alternation (see ``_trie``) searched by the standard
# ``re`` engine: several times faster than a flat, case-folding ``regex`` pattern,
# which was the segmenter's largest cost on the wild corpus.
BOILERPLATE_PHRASES: Final = (
    "donate", "donation", "support our journalism", "support independent journalism",
    "become a member", "become a patron", "become a subscriber",
    "subscribe now", "subscribe today", "subscribe to our", "sign up for", "sign up to", "newsletter",
    "join our commenting", "join our conversation", "join our discussion",
    "join the commenting", "join the conversation", "join the discussion",
    "commenting forum", "leave a comment", "comment below", "comments below", "comment section", "comments section",
    "share this", "share your thoughts", "follow us on", "follow him on", "follow her on", "follow them on",
    "click here", "download our app", "download the app", "all rights reserved", "copyright ©", "photo credit",
    "image copyright", "image caption", "getty images", "reporting by", "editing by", "writing by",
    "additional reporting", "contributed report", "contributed to report", "contributed this report",
    "contributed to this report", "this story has been updated", "this story has been corrected",
    "related coverage", "read more:", "watch:", "listen:",
)  # fmt: skip
# "Follow Jane Doe on Twitter @jdoe": a plug for the writer's feed, like a newsletter prompt
# (an imperative, so it opens a sentence).
SOCIAL_PLUG: Final = (
    r"(?:^|[.!?\"“]\ ?)follow\ (?:[\w.'’-]{1,30}\ ){1,4}on\ "
    r"(?:twitter|x|facebook|instagram|threads|tiktok|linkedin|bluesky|mastodon|youtube)\b"
)
COPYRIGHT_YEAR: Final = r"©\ ?\d{4}"
WIRE_PHOTO: Final = r"\((?:ap|afp|reuters)\ photo"
# The whole rule in one pattern: what is_boilerplate decides (and what its tests compare with).
BOILERPLATE_RE: Final = re.compile(
    rf"\b{literal_alternation(BOILERPLATE_PHRASES)}|{SOCIAL_PLUG}|{COPYRIGHT_YEAR}|{WIRE_PHOTO}"
)
NAME_WORDS: Final = r"\p{Lu}[\p{L}.'’-]*+(?:\ \p{Lu}[\p{L}.'’-]*+){0,4}+"
BYLINE_RE: Final = lazy_compile(
    rf"""(?x)^(?:By\ {NAME_WORDS}(?:,?\ (?:and|&)\ {NAME_WORDS})?+(?:,\ [^\n]{{0,80}}+)?+$
      |(?:Posted|Updated|Published)\s*+:)"""
)
# The literal openings of BYLINE_RE's two branches ("By\ " is a plain space in the verbose
# pattern): a paragraph without one (nearly all) skips the ``regex`` call. Their first letters
# are tested first: a tuple startswith costs more than the slice and ``in``.
BYLINE_OPENINGS: Final[tuple[str, ...]] = ("By ", "Posted", "Updated", "Published")
BOILERPLATE_MAX_CHARS: Final = 400

# Substring hints, most behind a gate character they hold. Every match of BOILERPLATE_RE holds
# one of the hints: each phrase holds one, SOCIAL_PLUG "follow ", COPYRIGHT_YEAR "©" and
# WIRE_PHOTO "(". Each hint has its own pattern, the branches of BOILERPLATE_RE that hold it
# (_hint_pattern), searched only when the hint occurs. So a paragraph is flagged exactly when
# BOILERPLATE_RE finds a match: a match holds some hint h, the paragraph then holds h (and h's
# gate), and h's pattern has the matching branch; and any match of a hint's pattern is a match
# of one of BOILERPLATE_RE's branches. (Searching BOILERPLATE_RE itself, which tries all its
# branches at every position, cost some 40,000 instructions a paragraph, a sixth of this test
# over the corpus, though only one paragraph in twenty holds a hint.)
#
# A substring test scans the paragraph (about 500 instructions for a short one); a single
# character is found by ``memchr``, several times cheaper. The gates are letters rarer than
# most ("k" is missing from 38% of short paragraphs, "v" 32%, "b" 20%), so whole groups of
# scans are skipped, and ":" and "j", missing from most paragraphs. Hints whose rarest letter
# is in nine paragraphs in ten or more have no gate ("", where the test would cost more than
# it saves); "©" and "(" are single characters themselves.
BOILERPLATE_GATES: Final = (
    ("", ("donat", "comment", "share ", "image c", "getty images", "©", "(")),
    ("b", ("become a ", "subscribe ", "iting by", "contributed ", "this story has been")),
    ("p", ("sign up ", "photo credit", "reporting")),
    ("w", ("newsletter", "follow ", "download ")),
    ("v", ("rights reserved", "related coverage")),
    ("k", ("click here",)),
    (":", ("read more:", "watch:", "listen:")),
    ("j", ("join ", "journalism")),
)
# BOILERPLATE_RE's branches other than its phrases, under the hint each one holds, with how far
# into a match that hint can start: "follow " after "." and a space.
OTHER_BRANCHES: Final = (("follow ", SOCIAL_PLUG, 2), ("©", COPYRIGHT_YEAR, 0), ("(", WIRE_PHOTO, 0))


def _hint_pattern(hint: str) -> tuple[str, re.Pattern[str], int]:
    """``hint``, BOILERPLATE_RE's branches that hold it (those of its phrases, and any of
    OTHER_BRANCHES), and how far into a match of them the hint can start at most.

    A match of the branches starts at most that far before the hint's first occurrence (it
    holds an occurrence that far in at most, and none comes before the first), so the search
    starts there: ``re``'s ``\\b`` and ``^`` still see the whole string.
    """
    phrases = [phrase for phrase in BOILERPLATE_PHRASES if hint in phrase]
    branches = [rf"\b{literal_alternation(phrases)}"] if phrases else []
    reach = max((phrase.find(hint) for phrase in phrases), default=0)
    for key, branch, offset in OTHER_BRANCHES:
        if key == hint:
            branches.append(branch)
            reach = max(reach, offset)
    return hint, re.compile("|".join(branches)), reach


# Typed as variable-length tuples: compiled code then loops over the tuple objects themselves,
# where a fixed-length tuple constant was rebuilt as a Python tuple at every use.
BOILERPLATE_TESTS: Final[tuple[tuple[str, tuple[tuple[str, re.Pattern[str], int], ...]], ...]] = tuple(
    (gate, tuple(_hint_pattern(hint) for hint in hints)) for gate, hints in BOILERPLATE_GATES
)


def is_boilerplate(paragraph: str) -> bool:
    if is_byline(paragraph):
        return True
    if len(paragraph) > BOILERPLATE_MAX_CHARS:
        return False
    return _hinted(paragraph.lower())


def _hinted(lower: str) -> bool:
    """is_boilerplate's hint test of one lower-cased paragraph."""
    for gate, hints in BOILERPLATE_TESTS:  # plain loops: cheaper than any() over a generator here
        if not gate or gate in lower:
            for hint, pattern, reach in hints:
                # str.find only once ``in`` has seen the hint: it costs more per call.
                if hint in lower and pattern.search(lower, max(lower.find(hint) - reach, 0)) is not None:
                    return True
    return False


def _has_hint(lower: str) -> bool:
    """Whether ``lower`` holds any hint: true of every text BOILERPLATE_RE matches (the tests' check)."""
    for gate, hints in BOILERPLATE_TESTS:
        if not gate or gate in lower:
            for hint, _, _ in hints:
                if hint in lower:
                    return True
    return False


def is_byline(paragraph: str) -> bool:
    """is_boilerplate's first test, which holds at any length: a byline or a "Posted:" line."""
    return paragraph[:1] in "BPU" and paragraph.startswith(BYLINE_OPENINGS) and BYLINE_RE.match(paragraph) is not None


# Below this many paragraphs the join costs more than the calls it saves.
JOIN_FROM: Final = 3


def hinted_boilerplate(lowers: list[str]) -> list[int]:
    """The indices of the texts in ``lowers`` (lower-cased paragraphs, each without a line break and
    at most BOILERPLATE_MAX_CHARS long) that is_boilerplate's hint test flags.

    The same texts: is_boilerplate flags a text exactly when it holds some hint whose pattern
    finds a match from near that hint's first occurrence in it (the gate test there only saves
    work: a hint holds its gate). Here each hint is searched in the texts joined by "\n", which no
    hint holds: so an occurrence lies inside one text, and each text holding the hint holds one.
    After an occurrence the search moves on to the next text, so each text holding the hint gets
    the same pattern search as in is_boilerplate, and no other text does. A gate missing from the
    joined texts is missing from each, and so are its hints.

    Why: a substring test costs about 170 instructions besides its scan, and is_boilerplate makes
    about 26 per paragraph; here they are made once per article (the scans cost the same, joined
    or not; the gates save less than they cost on a whole article, so they only skip a group).
    """
    if len(lowers) < JOIN_FROM:
        return [k for k, lower in enumerate(lowers) if _hinted(lower)]
    joined = "\n".join(lowers)
    starts: list[int] = []
    at = 0
    for lower in lowers:
        starts.append(at)
        at += len(lower) + 1
    found: list[int] = []
    for gate, hints in BOILERPLATE_TESTS:
        if gate and gate not in joined:
            continue
        for hint, pattern, reach in hints:
            at = joined.find(hint)
            while at >= 0:
                k = bisect_right(starts, at) - 1
                lower = lowers[k]
                if pattern.search(lower, max(lower.find(hint) - reach, 0)) is not None:
                    found.append(k)
                at = joined.find(hint, starts[k + 1]) if k + 1 < len(starts) else -1
    return found
