"""Words that look like reporting cues but report nothing, and where a reported clause stops.

The spec leaves out the writer's own narration, names in quotation marks and clauses that
are not what the source said. Each check reads a few dozen characters around one cue.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from ._cues import Cue
from ._lazy import lazy_compile
from ._tokens import BY_CODES
from ._words import wordset


def not_a_cue(text: str, cue: Cue, floor: int) -> bool:
    """An infinitive, a noun or a fixed phrase: the cue word reports nothing here.

    ``infinitive(...) or noun_use(...)`` after a space, then ``idiom``, with their common cases
    read off one window before the cue: most cues ("he said") fail all three on a few of its
    characters, and this runs for every cue.
    """
    start = cue.start
    if start <= floor or text[start - 1] != " ":
        return idiom(text, cue, floor)  # infinitive and noun_use need that space
    before = text[max(floor, start - 9) : start]
    # infinitive reads text[max(floor, start - 4) : start], the last four characters of before.
    if before == "to " or before.endswith(" to "):
        return True
    # noun_use is False unless the letter before the space is one of these (and start - floor >= 2).
    if len(before) >= 2 and before[-2] in NOUN_LETTERS and noun_use(text, cue, floor):
        return True
    word = text[start : cue.end].lower()
    if word in PLURAL_NOUN_CUES:
        return idiom(text, cue, floor)
    # Other words: idiom is False unless its window of 9 (said, say, saying) or 6 characters,
    # lower-cased, ends in one of its leads. Every lead is ASCII letters and a space, and the only
    # characters that lower-case into more than one (İ) give a combining dot no lead holds, so the
    # last six lower-cased characters of the longer window are those of the shorter one.
    leads: tuple[str, ...]
    if word in SAY_FORMS:
        leads = SAY_LEADS
    elif word in IDIOM_WORDS:
        leads = PARTICIPLE_LEADS
    else:
        return False
    return before.lower().endswith(leads) and idiom(text, cue, floor)


def infinitive(text: str, position: int, floor: int) -> bool:
    """ "tried to confirm": an infinitive reports nothing yet."""
    before = text[max(floor, position - 4) : position]
    return before == " to " or (before == "to " and position - 3 == floor)


# A determiner or a possessive right before the cue word makes it a noun; "who's", "he's" are verbs.
NOUN_BEFORE_RE: Final = lazy_compile(
    r"""(?xi)(?:(?<!\b(?:who|he|she|it|that|there|what|where|here|let))['’]s
    |\b(?:the|a|an|his|her|its|their|our|my|your|this|every))\ \Z"""
)


NOUN_LETTERS: Final = "earnsyERANSY"
# How every match ends before its space, lower-cased: "'s", "the", "his", "this", "her", "its",
# "their", "our", "your", "every", "an", "my", "a".
NOUN_TAILS: Final[tuple[str, ...]] = ("'s", "the", "his", "her", "its", "eir", "our", "ery", "an", "my", "a")


def noun_use(text: str, cue: Cue, floor: int) -> bool:
    """ "the minister's call came", "their reports": the cue word is a noun, not a reporting verb.

    A noun with a "that" clause ("the mayor's claim that C") still reports C.
    """
    # The tests are side-effect free and all must pass: the cheapest go first (a " that " test
    # with a start offset is a method call when compiled; most cues fail on a character).
    # Every match ends in a space after one of these letters (the, a, an, his, her, my, every, 's).
    start = cue.start
    if start - floor < 2 or text[start - 1] != " " or text[start - 2] not in NOUN_LETTERS:
        return False
    # ... and after one of these endings ((?i) also folds a few non-ASCII letters onto ASCII
    # ones: those go on to the pattern). Most cues fail here ("he said", "the spokesman said").
    # The tail is text[max(0, start - 4) : start - 1], whose last character is one of
    # NOUN_LETTERS: tail.isascii() by the codes of the others, read without a call.
    low = start - 4 if start >= 4 else 0
    plain = True
    for at in range(low, start - 2):
        if ord(text[at]) > 127:
            plain = False
    if plain and not text[low : start - 1].lower().endswith(NOUN_TAILS):
        return False
    if text.startswith(" that ", cue.end):
        return False
    return NOUN_BEFORE_RE.search(text, max(floor, start - 12), start) is not None


# "Trump Claimed That ...": Title Case prose, where the cue word is still a verb.
TITLE_CASE_NEXT: Final[tuple[str, ...]] = (
    " That ", " The ", " A ", " An ", " To ", " He ", " She ", " It ", " They ", " We ", " His ",
)  # fmt: skip


def in_name(text: str, cue: Cue, floor: int) -> bool:
    """ "the Drudge Report", "Consumer Reports": a capitalised cue word after a capitalised
    word inside a sentence is part of a name (headlines, in Title Case, are not asked)."""
    if not text[cue.start].isupper() or cue.start - floor < 3 or text[cue.start - 1] != " ":
        return False
    if text.startswith(TITLE_CASE_NEXT, cue.end):
        return False
    before = text[max(floor, cue.start - 30) : cue.start - 1]
    word = before.rsplit(" ", 1)[-1]
    return word[:1].isupper() and word[-1:].isalpha() and len(before) > len(word)


# Fixed phrases whose speech verb reports nothing: the writer's own hedges and transitions
# ("Having said that, ...", "It goes without saying that ...", "as predicted"), and plural
# nouns after a quantifier or a support verb ("too many calls", "made several claims").
IDIOM_RE: Final = lazy_compile(
    r"""(?xi)(?:\bhaving|\bthat(?:\ being)?+)\ said(?:\ that)?+,
    |\bgo(?:es|ing)?+\ without\ saying|\bwent\ without\ saying|\bneedless\ to\ say
    |\bsuffice\ (?:it\ )?+to\ say|\bworth\ (?:noting|mentioning)
    |\b(?:should|must)\ be\ (?:noted|said|stressed)
    |\bas\ (?:had\ been\ |was\ )?+(?:predicted|expected|noted|mentioned)(?!\ by\b)(?=[\s,.;:]|\Z)
    |\b(?:many|few|several|numerous|multiple|countless|dozens\ of|hundreds\ of)\ \w++(?<=s)\b
    |\bma(?:ke|kes|king|de)\ (?:(?!(?:and|or|but|that|it)\ )[\w'’-]++\ ){0,3}\w++(?<=s)\b"""
)
IDIOM_WORDS: Final = frozenset(("said", "saying", "say", "noting", "mentioning", "noted", "stressed", "predicted",
                         "expected", "mentioned"))  # fmt: skip


# What must come right before the cue word for a branch of IDIOM_RE to match: most cues
# fail these cheap tests and never run the pattern.
PLURAL_NOUN_CUES: Final = frozenset(
    ("claims", "reports", "calls", "statements", "remarks", "comments", "tweets", "posts", "notes", "warnings")
)
SAY_FORMS: Final = frozenset(("said", "say", "saying"))
SAY_LEADS: Final[tuple[str, ...]] = ("having ", "that ", "being ", "be ", "without ", "to ")
PARTICIPLE_LEADS: Final[tuple[str, ...]] = ("worth ", "be ", "as ", "was ", "been ")
PLURAL_HINTS: Final[tuple[str, ...]] = (
    "many ",
    "few ",
    "several ",
    "numerous ",
    "multiple ",
    "countless ",
    "dozens ",
    "hundreds ",
    "ma",
)


def idiom(text: str, cue: Cue, floor: int) -> bool:
    """Is the cue word part of a fixed phrase of the writer's, or a plural noun?"""
    word = text[cue.start : cue.end].lower()
    if word in PLURAL_NOUN_CUES:
        lead = text[max(floor, cue.start - 40) : cue.start].lower()
        if not any(hint in lead for hint in PLURAL_HINTS):
            return False
    elif cue.start <= floor or text[cue.start - 1] != " ":
        return False  # every lead of SAY_LEADS and PARTICIPLE_LEADS ends in a space
    elif word in SAY_FORMS:
        if not text[max(floor, cue.start - 9) : cue.start].lower().endswith(SAY_LEADS):
            return False
    elif word not in IDIOM_WORDS or not text[max(floor, cue.start - 6) : cue.start].lower().endswith(PARTICIPLE_LEADS):
        return False
    for match in IDIOM_RE.finditer(text, max(floor, cue.start - 40), cue.end + 7):
        if match.start() <= cue.start and match.end() >= cue.end:
            return True
    return False


# "of Republican claims", "about Syrian reports": a party or nationality adjective after a
# preposition makes a plural cue word a noun ("the Republican claims",
# "Jordan says" keep their verb).
ADJECTIVE_NOUN_RE: Final = lazy_compile(
    r"\b(?:of|on|about|from|with|against|to|by|in)\ \p{Lu}\p{Ll}{2,}(?:ic|an|al|ish|ese)\ \Z"
)


def adjective_noun(text: str, cue: Cue, floor: int) -> bool:
    if text[cue.start : cue.end] not in PLURAL_NOUN_CUES:
        return False
    return ADJECTIVE_NOUN_RE.search(text, max(floor, cue.start - 24), cue.start) is not None


NEGATED_RE: Final = lazy_compile(r"(?i)(?:n['’]t|\bnot|\bnever)\ (?:\w++\ )?+\Z")
FIRST_PERSON: Final = frozenset(("I", "we", "We"))


def negated(text: str, start: int, end: int) -> bool:
    """NEGATED_RE in the span, after substring tests that rule most spans out cheaply."""
    window = text[start:end]
    if window.isascii():
        lower = window.lower()
        # Every match holds one of these; outside ASCII the pattern's case-insensitive matching decides.
        if not ("n't " in lower or "not " in lower or "never " in lower):
            return False
    return NEGATED_RE.search(text, start, end) is not None


# After the reported clause: a concession or a second predicate of the speaker's own
# ("X said C, although he refused ...", "X described Y as Z, but stopped short of ...").
AFTER_CLAUSE_RE: Final = lazy_compile(
    r"""(?x),[”"’]?+\ (?:although|though|even\ though|even\ as)\ |,[”"’]?+\ but\ (?:\w{2,12}ly\ )?+\w{2,14}ed\b
    |\ and\ (?:also\ )?+(?:says|adds|tells|insists|warns|claims|argues|notes)\b"""
)
# Every AFTER_CLAUSE_RE match starts with a match of this (its alternatives cut short, "?+" as a
# plain "?", which only adds matches), in the standard engine, which reads these literals as
# `regex` does: clause_stop asks AFTER_CLAUSE_RE only there.
AFTER_CLAUSE_HINT_RE: Final = re.compile(
    r",[”\"’]?\ (?:although|though|even\ though|even\ as|but)\ "
    r"|\ and\ (?:also\ )?(?:says|adds|tells|insists|warns|claims|argues|notes)"
)
SUBORDINATORS: Final = wordset(
    "while though although when after before once despite whereas unless until because since"
)


def clause_stop(text: str, start: int, source: tuple[int, int] | None, cue: Cue, content_start: int, stop: int) -> int:
    """Where the reported clause ends, short of ``stop`` when the sentence moves on.

    "X said C, although ...", "X said C and says D", "X described Y as Z, but stopped short of ...",
    and "While X said C, Y did Z": a cue inside a leading subordinate clause reports C only,
    up to the comma before the main clause.
    """
    comma = text.find(",", content_start, stop)
    conjunction = text.find(" and ", content_start, stop)
    if comma < 0 and conjunction < 0:
        return stop
    # Every AFTER_CLAUSE_RE match starts with "," or " and " (so does every hint match): the
    # pattern is asked at the hint's matches among those places, in order, as hinted_search
    # (AFTER_CLAUSE_RE, AFTER_CLAUSE_HINT_RE, text, first place, stop) asks it at every hint
    # match, and no hint match lies elsewhere. A hint search tried the standard engine at each
    # space of the clause; str.find skips to the few commas and conjunctions.
    while comma >= 0 or conjunction >= 0:
        at = comma if conjunction < 0 or 0 <= comma < conjunction else conjunction
        if AFTER_CLAUSE_HINT_RE.match(text, at, stop) is not None:
            after = AFTER_CLAUSE_RE.match(text, at, stop)
            if after is not None:
                stop = at
                break
        if at == comma:
            comma = text.find(",", at + 1, stop)
        else:
            conjunction = text.find(" and ", at + 1, stop)
    return main_clause_comma(text, start, source, cue, content_start, stop)


def main_clause_comma(
    text: str, start: int, source: tuple[int, int] | None, cue: Cue, content_start: int, stop: int
) -> int:
    """``stop``, or for a cue inside a leading subordinate clause the comma before the main clause."""
    if subordinate(text, start, source, cue):
        # The first comma that closes the clause: one a main clause follows ("..., the army
        # withdrew"), not a list ("the water, the power and the roads were cut": its verb comes
        # after an "and"), a relative ("..., whose ...") or a participle ("..., knowing ...").
        comma = text.find(", ", content_start, stop)
        while 0 <= comma < stop:
            word = text[comma + 2 : comma + 14].split(" ", 1)[0].lower()
            verb = FINITE_RE.search(text, comma + 2, min(stop, comma + 60))
            if verb is not None and word not in NOT_MAIN_CLAUSE and not word.endswith("ing"):
                between = text[comma + 2 : verb.start()]
                if " and " not in between and " or " not in between:
                    return comma
            comma = text.find(", ", comma + 2, stop)
    return stop


NOT_MAIN_CLAUSE: Final = wordset("and or but which who whose whom where when while as including such like")


def without_subordinator(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """ "Once the foreman (said)": the conjunction opens the clause; it is not part of the source."""
    first, space, _ = text[source[0] : min(source[1], source[0] + 12)].partition(" ")
    if space and first.lower() in SUBORDINATORS:
        return source[0] + len(first) + 1, source[1]
    return source


def subordinate(text: str, start: int, source: tuple[int, int] | None, cue: Cue) -> bool:
    """Is the cue inside a subordinate clause ("Although X said C, ...", "..., and once X said C, ...")?"""
    lead_end = source[0] if source is not None else cue.start
    if source is not None and text[source[0] : source[1]].lower() in SUBORDINATORS:
        lead_end = source[1]  # "X, despite admitting that C, ..."
    lead = text[start:lead_end].rstrip()
    cut = max(lead.rfind(" "), lead.rfind(","))
    opener = lead[: cut + 1].rstrip().lower()
    if lead[cut + 1 :].lower() in SUBORDINATORS and (
        not opener or opener in ("and", "but") or opener.endswith((",", ";", " and", " but"))
    ):
        return True
    # A sentence that opens with a subordinator and has no comma before the cue.
    first, _, rest = text[start : min(cue.start, start + 300)].partition(" ")
    if first in ("And", "But"):
        first, _, rest = rest.partition(" ")
    return first.lower() in SUBORDINATORS and "," not in rest


FINITE_RE: Final = lazy_compile(
    r"""(?xi)\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do
    |isn't|wasn't|aren't|weren't|hasn't|haven't|won't|didn't|doesn't|don't|can't|couldn't|\w{3,}ed|\w{3,}s)\b"""
)
# The words of FINITE_RE's first alternatives, and the \w runs that with "'t" make its others.
FINITE_WORDS: Final = wordset("is are was were has have had will would could can should may might must did does do")
NEGATED_STEMS: Final = wordset("isn wasn aren weren hasn haven won didn doesn don can couldn")


def finite_at(text: str, start: int, end: int) -> int:
    r"""Where ``FINITE_RE.search(text, start, end)`` matches, or -1; by words where the text is ASCII.

    Every alternative of FINITE_RE is a run of word characters between two \b, or such a run
    and "'t": so a match starts where a whole run of [A-Za-z0-9_] does (ASCII \w, in both
    engines) and that run is one of the words, or five or more characters ending in "ed", or
    four or more ending in "s", or a stem followed by "'t" and no word character. A run at
    ``start`` starts at a boundary only if the character before it is none (`regex` looks
    behind ``pos``); ``end`` cuts the text (a run ending there ends at a boundary). The first
    such run is where the leftmost match starts. One search cost about 38,000 instructions when
    compiled, where (BY_CODES) a loop reads codes without calls. Text with anything beyond ASCII
    in text[start - 1 : end] goes to the pattern (case folding and \w are Unicode there).
    """
    if not BY_CODES:
        found = FINITE_RE.search(text, start, end)
        return found.start() if found is not None else -1
    return _finite_by_words(text, start, end)


def _finite_by_words(text: str, start: int, end: int) -> int:
    length = len(text)
    stop = end if end < length else length
    low = start - 1 if start > 0 else 0
    if not (0 <= start < stop and text[low:stop].isascii()):
        found = FINITE_RE.search(text, start, end)
        return found.start() if found is not None else -1
    at = start
    if start > 0 and _word_code(ord(text[start - 1])):
        while at < stop and _word_code(ord(text[at])):
            at += 1  # the rest of a run that started before ``start``: no boundary inside it
    while at < stop:
        if not _word_code(ord(text[at])):
            at += 1
            continue
        run_end = at + 1
        while run_end < stop and _word_code(ord(text[run_end])):
            run_end += 1
        size = run_end - at
        last = ord(text[run_end - 1]) | 32
        if (size >= 4 and last == 115) or (size >= 5 and last == 100 and ord(text[run_end - 2]) | 32 == 101):
            return at  # \w{3,}s, \w{3,}ed ("s", "d", "e" by their lower-case codes)
        if size <= 6:
            word = text[at:run_end].lower()
            if word in FINITE_WORDS:
                return at
            if (
                word in NEGATED_STEMS
                and run_end + 1 < stop
                and text[run_end] == "'"
                and ord(text[run_end + 1]) | 32 == 116
                and (run_end + 2 >= stop or not _word_code(ord(text[run_end + 2])))
            ):
                return at
        at = run_end
    return -1


def _word_code(code: int) -> bool:
    """Whether an ASCII code is a word character (\\w): [A-Za-z0-9_]."""
    return 48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122 or code == 95


# Adverbials right after a cue ("said on Monday", "told reporters in a statement"): not the reported clause.
SENTENCE_WEEKDAY: Final = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAYS: Final = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"


def _each(words: str) -> list[tuple[str, str]]:
    return [(word, word) for word in words.split()]  # words that are whole alternatives


# ADVERBIAL_RE's alternatives in their order, each with the words its matches can open with.
_ADVERBIAL_ALTERNATIVES: Final[tuple[tuple[str, str], ...]] = (
    (
        "on late early last this " + _WEEKDAYS,
        rf"(?:on\ |late\ |early\ |last\ |this\ )?{SENTENCE_WEEKDAY}(?:\ (?:night|morning|evening|afternoon))?",
    ),
    *_each("yesterday today tonight earlier later previously again also repeatedly publicly privately separately"),
    *_each("recently once too then"),
    ("afterward afterwards", "afterwards?"),
    ("now", "now"),
    ("last this over on", r"(?:last|this|over\ the|on\ the)\ weekend"),
    ("last", r"last\ (?:week|month|year|night)"),
    ("this", r"this\ (?:week|month|year)"),
    *_each("late early online"),
    ("on", r"on\ the\ other\ hand"),
    ("in", r"in\ part"),
    *_each("flatly firmly angrily bluntly simply only further however"),
    ("in", r"in\ response"),
    ("on", r"on\ (?:the\ )?condition\ of\ anonymity(?:\ because[^,]{0,80}+)?"),
    ("via", r"via\ \w++"),
    ("through", r"through\ a\ spokes(?:man|woman|person)"),
    (
        "in on during at via through after before",
        r"""(?:in|on|during|at|via|through|after|before)\ (?:a|an|the|his|her|their|its)\ (?:[\w’'-]++\ ){0,3}?
        (?:statements?|tweets?|posts?|letters?|interviews?|videos?|conferences?|speech(?:es)?|reports?|messages?
        |address|briefings?|appearances?|broadcasts?|remarks|comments|sessions?|hearings?|e-?mails?|calls?
        |meetings?|rally|communiqu[eé]s?|transcript|blog|column|op-ed|article|filing|document|posting|visit
        |summit|ceremony|event|debate|news\ release|press\ release|televised\ address|account|page|channel
        |feed|website|site|show|programme|program|convention|forum|town\ hall|fundraiser|dinner|luncheon|vigil
        |funeral|memorial|gathering|campaign\ stop|stop|tour|trip|primary|election|vote)
        (?:\ (?:with|to|on|from|at|in|by
           |(?:released|posted|published|issued|aired|broadcast)(?:\ (?:on|to|by|in|via))?+)
           (?:\ (?:the|a|an))?(?:\ [\p{Lu}\d][\w.'’&-]*+){1,6}+(?:['’]s(?:\ \p{Lu}[\w]*+){1,3}+)?
           (?:\ (?:magazine|newspaper|daily|weekly|programme|program|show|network|channel|website|radio|TV
           |television))?)?""",
    ),
    (
        "to",
        r"""to\ (?:reporters|journalists|the\ press|the\ media|lawmakers|parliament|supporters|a\ crowd|an\ audience
        |a\ news\ conference|a\ press\ conference|the\ (?:newspaper|agency|broadcaster|channel|station|outlet))""",
    ),
    ("in", r"in\ (?:\p{Lu}[\w’'-]*+)(?:\ \p{Lu}[\w’'-]*+){0,2}+"),
)


def _adverbial_pattern() -> str:
    """ADVERBIAL_RE's source, its alternatives in order (a nested alternation flattened: the same choice)."""
    return "(?x),?\\ (?:" + "\n|".join(alt for _, alt in _ADVERBIAL_ALTERNATIVES) + r")(?=[\s,.;:]|$)"


ADVERBIAL_RE: Final = lazy_compile(_adverbial_pattern())


ADVERBIAL_FIRST: Final = wordset(
    """on late early last this Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight
    earlier later previously again also repeatedly publicly privately separately recently once too then
    afterward afterwards now online in flatly firmly angrily bluntly simply only further however via through
    during at after before to"""
)
# What must start right after the first word (at ``word_end``, before ``limit``) for any of its
# alternatives to match: a weekday head ("on Monday", "last Friday"), a determiner before a noun
# of A3 ("at the briefing"), an audience ("to reporters") or a time ("last week"). Each tuple
# holds a prefix of every such continuation, so none starting there rules the match out. Words
# not listed can go on with a mere space or mark. Three calls in ten failed, most at a word
# like these ("to be", "on Mr Lee", "at least"), each a `regex` call of about 15 us in the pipeline.
_DAY_HEADS: Final = (" Mon", " Tues", " Wednes", " Thurs", " Fri", " Satur", " Sun")
_DETERMINERS: Final = (" a ", " an ", " the ", " his ", " her ", " their ", " its ")
ADVERBIAL_NEXT: Final[dict[str, tuple[str, ...]]] = {
    "on": (*_DAY_HEADS, *_DETERMINERS, " condition"),
    "at": _DETERMINERS,
    "during": _DETERMINERS,
    "after": _DETERMINERS,
    "before": _DETERMINERS,
    "through": _DETERMINERS,  # (" a spokesman" too)
    "last": (*_DAY_HEADS, " week", " month", " year", " night"),
    "this": (*_DAY_HEADS, " week", " month", " year"),
    "to": (" reporters", " journalists", " the ", " lawmakers", " parliament", " supporters", " a ", " an "),
    # "in" also opens "in Paris": a capital, \p{Lu}; read as one only where it is ASCII.
    "in": (*_DETERMINERS, " part", " response"),
}


def adverbial_after(text: str, pos: int, word: str, word_end: int, limit: int) -> regex.Match[str] | None:
    """``ADVERBIAL_RE.match(text, pos, limit)`` where the word after ",? " at pos is ``word`` (one of
    ADVERBIAL_FIRST, ending at ``word_end``); not asked where what follows the word rules out every
    alternative that word can open (ADVERBIAL_NEXT). (Patterns cut down to each word's alternatives
    were tried: their calls cost as much in the pipeline, and compiling seven large ones cost more.)"""
    nexts = ADVERBIAL_NEXT.get(word)
    if nexts is not None and not text.startswith(nexts, word_end, limit):
        if word != "in" or word_end + 1 >= limit or text[word_end] != " ":
            return None
        after = ord(text[word_end + 1])
        if after < 128 and not 65 <= after <= 90:
            return None
    return ADVERBIAL_RE.match(text, pos, limit)
