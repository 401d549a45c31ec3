"""One regular-expression alternation for a list of literal words, factored as a trie.

Why: both ``re`` and ``regex`` try the branches of ``a|b|c`` one by one at each
position, so a lexicon of hundreds of words costs hundreds of attempts per
character. Factored by shared prefixes (``acknowledg(?:e(?:[ds])?|ing)``) each
position costs one step per character of the longest common prefix, and the
engine can skip positions whose first character starts no word. Matches are the
same as the longest-first flat alternation: longer continuations are tried
before a word that ends earlier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_Node = dict[str, "_Node"]
_END: Final = ""


def literal_alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly the given words (escaped; for ``re`` and ``regex``)."""
    root: _Node = {}
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not root:
        return "(?!)"
    return "(?:" + _pattern(root) + ")"


def _pattern(node: _Node) -> str:
    ends = _END in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        # A single continuation only needs a group when it is optional.
        return f"(?:{body})?" if ends else body
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body
