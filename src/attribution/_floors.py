"""A nearer floor for a cue's source look-back that provably gives the same source.

``source_before(text, floor, cue)`` tokenizes the whole look-back window (up to the floor or
WINDOW characters) and lowers every word, though the answer never reaches back past a mark
token that ends every look-back. For "“Q,” the mayor said" the reported-speech pass asked from
the sentence's start (the quote's words included), and the quote pass asked again from after
the closing mark. When the last quote before the cue closes on such a mark, the first can ask
from the mark instead: a shorter window, and often the very memo key the quote pass asks.
"""

from __future__ import annotations

from typing import Final

from ._segment import Quote
from ._sources import WINDOW

# A match of TRAILING_ADVERBIAL_RE that starts at a space opens its alternative with one of these
# ("in the past", "on Monday", "at the time", ...; the one other alternative starts with ",").
ADVERBIAL_OPENERS: Final[tuple[str, ...]] = ("in ", "for ", "on ", "late ", "early ", "last ", "at ")


def quote_floor(text: str, quotes: list[Quote], floor: int, cue_start: int) -> int:
    """A floor at which ``source_before(text, f, cue_start)`` equals ``source_before(text, floor,
    cue_start)``: after the closing mark of the last quote before the cue, or ``floor`` itself.

    Why the answers agree, when the quote closes at ``m`` (floor <= m, cue_start - WINDOW <= m) on
    a mark of LONE_SET and no mark token (LONE_SET, "," or ")") lies between it and the cue:

    * Tokens. No mark is a word character, so the mark is a token of its own and the window's
      tokens are those before it, the mark, and B, the tokens of text[m + 1 : cue_start] (all
      words). The window from m + 1 holds B alone (cue_start - (m + 1) < WINDOW: no cut, and
      the "far floor, one word" exit is not taken by either, as the long window holds the mark).
    * The trailing adverbial. Each alternative of TRAILING_ADVERBIAL_RE is words joined by single
      spaces (no mark is \\w) but ", in [^,]{1,60}+,", whose closing comma would lie in B. So a
      match ending at the cue starts after the mark, both searches find the same leftmost one
      (or none: each window's gate lets through every window where the pattern can match), and
      the look-back moves to the same place, where the same argument holds again.
    * The look-back. A window ending on a mark and a space ends both ways (the last two
      characters are the same, or the short window is one character and holds no token). The
      last word stands alone in the long window (the mark before it) as in the short one (first
      there); its offset is found from the end. Otherwise _source_in skips auxiliaries within B
      (or reaches the mark, where the long window finds no segment, and the short one runs out
      of tokens: None both); B holds no ")" and no ","; "who" before the mark makes the long
      window ask _relative_head, which stops at the mark with nothing; a "who" opening B has no
      head either way (the mark, or nothing, before it); _segment_back stops at the mark as at
      the window's start, after the same length tests, and the mark is no embedding word.
      _sentence_subject (reached only after a comma) and _span's offsets read B alone.

    From m + 2, when text[m + 1] is a space (the floor the quote pass asks, "“Q,” he said"):
    the same tokens; the windows differ by that space, which neither gate test sees (" , in "
    would need a comma in B); and an adverbial match starting at the space would open with one
    of ADVERBIAL_OPENERS at m + 2.

    Checked against source_before from ``floor`` in tests/property/test_prefilters_rep9.py.
    """
    mark: int | None = None
    for quote in quotes:  # the last quote opening before the cue (a paragraph holds a few)
        if quote.open_at >= cue_start:
            break
        mark = quote.close_at
    if mark is None or mark < floor or mark < cue_start - WINDOW or mark >= cue_start:
        return floor
    code = ord(text[mark])
    if not (code == 8221 or code == 34 or code == 8220 or code == 187 or code == 171 or _other_lone(code)):
        return floor  # a closing mark that is no token ("'", "’") or no mark at all
    for at in range(mark + 1, cue_start):
        code = ord(text[at])
        # The mark tokens , ; : ( ) [ ] " and — – “ ” « » (see _tokens.MARK_CODES).
        if code < 128:
            if (
                code == 44
                or code == 34
                or code == 59
                or code == 58
                or code == 40
                or code == 41
                or code == 91
                or code == 93
            ):
                return floor
        elif code == 8220 or code == 8221 or code == 8212 or code == 8211 or code == 171 or code == 187:
            return floor
    if mark + 2 < cue_start and text[mark + 1] == " " and not text.startswith(ADVERBIAL_OPENERS, mark + 2):
        return mark + 2
    return mark + 1


def _other_lone(code: int) -> bool:
    """The rest of LONE_SET (see quote_floor): ; : ( [ ] — –."""
    return code == 59 or code == 58 or code == 40 or code == 91 or code == 93 or code == 8212 or code == 8211


def may_cite(chunk: str) -> bool:
    """Whether ``chunk`` holds one of the literal strings every match of ACCORDING_RE holds.

    The same answer as ``"ccording to " in chunk or "s reported by " in chunk or "s cited by " in
    chunk or "Per " in chunk or "per " in chunk``, which a paragraph without cues or quotes asks
    too: substring tests are far cheaper than scanning the pattern. Each needle ends in a space,
    the commonest character, where CPython's substring search stops to compare at every space; a
    shorter needle that each longer one contains (a necessary condition) is searched first where
    it is rarer: "d by" before the two passives, "Per" and "per" before their spaced forms.
    """
    if "ccording to " in chunk:  # (a long needle: the search skips ahead most of the time)
        return True
    if "d by" in chunk and ("s reported by " in chunk or "s cited by " in chunk):
        return True
    return ("Per" in chunk and "Per " in chunk) or ("per" in chunk and "per " in chunk)
