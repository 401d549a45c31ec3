"""Is a paragraph site furniture (a byline, a newsletter prompt, a photo credit) rather than story?

Split from ``_segment`` (which re-exports these names), since the test is the
segmenter's largest cost: most paragraphs are short enough to be tested, and
almost none is boilerplate, so everything here is about ruling a paragraph out
cheaply and exactly.
"""

from __future__ import annotations

import re
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
# pattern): a paragraph without one (nearly all) skips the ``regex`` call.
BYLINE_OPENINGS: Final[tuple[str, ...]] = ("By ", "Posted", "Updated", "Published")
BOILERPLATE_MAX_CHARS: Final = 400

# Substring hints, each behind a gate character it holds. Every match of BOILERPLATE_RE holds
# one of the hints: each phrase holds one, SOCIAL_PLUG "follow ", COPYRIGHT_YEAR "©" and
# WIRE_PHOTO "(". Each hint has its own pattern, the branches of BOILERPLATE_RE that hold it
# (_hint_pattern), searched only when the hint occurs. So a paragraph is flagged exactly when
# BOILERPLATE_RE finds a match: a match holds some hint h, the paragraph then holds h and h's
# gate, and h's pattern has the matching branch; and any match of a hint's pattern is a match
# of one of BOILERPLATE_RE's branches. (Searching BOILERPLATE_RE itself, which tries all its
# branches at every position, cost over 60,000 instructions a paragraph, a sixth of this test
# over the corpus, though only one paragraph in twenty holds a hint.)
#
# A substring test scans the paragraph (about 500 instructions for a short one); a single
# character is found by ``memchr``, some ten times cheaper. Most gates are letters rarer than
# most ("k" is missing from 38% of short paragraphs, "v" 32%, "b" 20%), so whole groups of
# scans are skipped; ":", "(" and "j" are missing from most paragraphs.
BOILERPLATE_GATES: Final = (
    ("b", ("become a ", "subscribe ", "iting by", "contributed ", "this story has been")),
    ("p", ("sign up ", "photo credit", "reporting")),
    ("w", ("newsletter", "follow ", "download ")),
    ("v", ("rights reserved", "related coverage")),
    ("k", ("click here",)),
    ("y", ("getty images",)),
    ("g", ("image c",)),
    ("d", ("donat",)),
    ("m", ("comment",)),
    ("h", ("share ",)),
    ("©", ("©",)),
    (":", ("read more:", "watch:", "listen:")),
    ("(", ("(",)),
    ("j", ("join ", "journalism")),
)
# BOILERPLATE_RE's branches other than its phrases, under the hint each one holds.
OTHER_BRANCHES: Final = (("follow ", SOCIAL_PLUG), ("©", COPYRIGHT_YEAR), ("(", WIRE_PHOTO))


def _hint_pattern(hint: str) -> re.Pattern[str]:
    """BOILERPLATE_RE's branches that hold ``hint``: those of its phrases, and any of OTHER_BRANCHES."""
    phrases = [phrase for phrase in BOILERPLATE_PHRASES if hint in phrase]
    branches = [rf"\b{literal_alternation(phrases)}"] if phrases else []
    branches += [branch for key, branch in OTHER_BRANCHES if key == hint]
    return re.compile("|".join(branches))


# Typed as variable-length tuples: compiled code then loops over the tuple objects themselves,
# where a fixed-length tuple constant was rebuilt as a Python tuple at every use.
BOILERPLATE_TESTS: Final[tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...]], ...]] = tuple(
    (gate, tuple((hint, _hint_pattern(hint)) for hint in hints)) for gate, hints in BOILERPLATE_GATES
)


def is_boilerplate(paragraph: str) -> bool:
    if paragraph.startswith(BYLINE_OPENINGS) and BYLINE_RE.match(paragraph):
        return True
    if len(paragraph) > BOILERPLATE_MAX_CHARS:
        return False
    lower = paragraph.lower()
    for gate, hints in BOILERPLATE_TESTS:  # plain loops: cheaper than any() over a generator here
        if gate in lower:
            for hint, pattern in hints:
                if hint in lower and pattern.search(lower) is not None:
                    return True
    return False


def _has_hint(lower: str) -> bool:
    """Whether ``lower`` holds any hint: true of every text BOILERPLATE_RE matches (the tests' check)."""
    for gate, hints in BOILERPLATE_TESTS:
        if gate in lower:
            for hint, _ in hints:
                if hint in lower:
                    return True
    return False
