"""Phrase boundaries around a cue: the source before or after it, what follows it, clause ends.

Every function looks at a bounded window of one sentence, so the whole stage
stays linear in the text. Nothing here rewrites the text; all results are offsets.
"""

from __future__ import annotations

import attrs

from ._cues import Cue
from ._lazy import lazy_compile
from ._outlets import OutletIndex, OutletMatch
from ._words import wordset

WINDOW = 220
MAX_SOURCE_WORDS = 12
MAX_APPOSITIVE_WORDS = 26

TOKEN_RE = lazy_compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’&/-]*+|[,;:()\[\]—–“”\"«»]")
AUX = wordset(
    """has have had would will could also later earlier previously again repeatedly reportedly then further
    publicly separately initially first once recently quickly subsequently had already often frequently
    now still just never always only privately officially formally explicitly openly angrily flatly
    yesterday today tonight monday tuesday wednesday thursday friday saturday sunday on late early last
    this may might must should can"""
)
BE = wordset("is was were are been be being")
CLAUSE_WORDS = wordset(
    """that which who whom whose when while as after before because but where if since although though so
    whether than until unless whereas meanwhile however said says told"""
)
VERBISH = wordset(
    """is was were are be been being has have had do does did will would can could should shall may might
    must"""
)
TRAILING_ADVERBIAL_RE = lazy_compile(
    r"""(?x)(?:,?\ (?:in\ the\ past|for\ (?:years|months|weeks|decades|days)|(?:on|late|early)\ \w{3,6}day
    |last\ (?:week|month|year|night)|at\ the\ time|in\ recent\ (?:days|weeks|months|years)|in\ a\ statement
    |in\ (?:a|an)\ (?:[\w-]++\ )?(?:interview|statement)|,\ in\ [^,]{1,60}+,)){1,3}+\ *+$"""
)
PREPOSITION_WORDS = wordset("for of at from in with to on by near about")
NAME_WORD_RE = lazy_compile(r"\p{Lu}|(?:al|el|ad|as|ash|bin|ibn|abu|de|da|del|della|di|du|van|von|der|la|le)(?:-|$)")
FILLER = wordset("not there here then now so only even just also too thus")
LEADING_PREP = wordset("in on at during after before for with from by speaking writing")
BAD_SOURCE_START = wordset("it's there this these those what how why to of about so not no nor yet and but or")
# A source right after one of these is inside an embedded clause ("the gap between what X says").
EMBEDDING = wordset("what how why whether whatever")

SENTENCE_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
ADVERBIAL_RE = lazy_compile(
    rf"""(?x)
    ,?\ (?:
      (?:on\ |late\ |early\ |last\ |this\ )?{SENTENCE_WEEKDAY}(?:\ (?:night|morning|evening|afternoon))?
     |(?:yesterday|today|tonight|earlier|later|previously|again|also|repeatedly|publicly|privately|separately
        |recently|once|too|then|afterwards?|now|(?:last|this|over\ the|on\ the)\ weekend
        |last\ (?:week|month|year|night)|this\ (?:week|month|year)
        |late|early|online|on\ the\ other\ hand|in\ part
        |flatly|firmly|angrily|bluntly|simply|only|further|however|in\ response
        |on\ (?:the\ )?condition
        \ of\ anonymity(?:\ because[^,]{{0,80}}+)?|via\ \w++|through\ a\ spokes(?:man|woman|person))
     |(?:in|on|during|at|via|through|after|before)\ (?:a|an|the|his|her|their|its)\ (?:[\w’'-]++\ ){{0,3}}?
        (?:statements?|tweets?|posts?|letters?|interviews?|videos?|conferences?|speech(?:es)?|reports?|messages?
        |address|briefings?|appearances?|broadcasts?|remarks|comments|sessions?|hearings?|e-?mails?|calls?
        |meetings?|rally|communiqu[eé]s?|transcript|blog|column|op-ed|article|filing|document|posting|visit
        |summit|ceremony|event|debate|news\ release|press\ release|televised\ address|account|page|channel
        |feed|website|site|show|programme|program|convention|forum|town\ hall|fundraiser|dinner|luncheon|vigil
        |funeral|memorial|gathering|campaign\ stop|stop|tour|trip|primary|election|vote)
        (?:\ (?:with|to|on|from|at|in|by
           |(?:released|posted|published|issued|aired|broadcast)(?:\ (?:on|to|by|in|via))?+)
           (?:\ (?:the|a|an))?(?:\ [\p{{Lu}}\d][\w.'’&-]*+){{1,6}}+(?:['’]s(?:\ \p{{Lu}}[\w]*+){{1,3}}+)?
           (?:\ (?:magazine|newspaper|daily|weekly|programme|program|show|network|channel|website|radio|TV
           |television))?)?
     |to\ (?:reporters|journalists|the\ press|the\ media|lawmakers|parliament|supporters|a\ crowd|an\ audience
        |a\ news\ conference|a\ press\ conference|the\ (?:newspaper|agency|broadcaster|channel|station|outlet))
     |in\ (?:\p{{Lu}}[\w’'-]*+)(?:\ \p{{Lu}}[\w’'-]*+){{0,2}}+
    )(?=[\s,.;:]|$)
    """
)
# The first word of every ADVERBIAL_RE and VIA_PREP_RE match: a set lookup rules most positions out.
FIRST_WORD_RE = lazy_compile(r",?+\ ([A-Za-z]++)")
ADVERBIAL_FIRST = wordset(
    """on late early last this Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight
    earlier later previously again also repeatedly publicly privately separately recently once too then
    afterward afterwards now online in flatly firmly angrily bluntly simply only further however via through
    during at after before to"""
)
VIA_PREP_FIRST = wordset("to with on via in told")
VIA_PREP_RE = lazy_compile(r",?\ (?:to|with|on|via|in\ an\ interview\ with|in\ an\ interview\ on|told)\ ")
AUDIENCE_RE = lazy_compile(
    r"""(?x)\ (?:reporters|journalists|the\ press|the\ media|lawmakers|parliament|supporters|a\ crowd|an\ audience
    |a\ news\ conference|a\ press\ conference|a\ briefing|the\ (?:newspaper|agency|broadcaster|channel|station|outlet
    |website|magazine|paper)|him|her|them|me|us|you|viewers|listeners|readers|delegates
    |the\ [\w-]++\ (?:council|assembly
    |committee|parliament|house))(?=[\s,.;:]|$)"""
)
OBJECT_THAT_RE = lazy_compile(r"\ (?:[\w.'’-]++\ ){1,6}?(?=that\ )")
NAME_OBJECT_RE = lazy_compile(r"\ \p{Lu}[\w.'’-]*+(?:\ \p{Lu}[\w.'’-]*+){0,3}+(?=[\s,.;:]|$)")
THAT_RE = lazy_compile(r"\s*+[,:]?\s*+(?:that\b[\s,]*+)?")
REST_EMPTY_RE = lazy_compile(r"[\s.,;:!?”\"’'»)\]—–-]*+")
CITING_AT_RE = lazy_compile(r",?\ (?:citing|quoting)\ ")
CLAUSE_END_RE = lazy_compile(
    r"""(?x)(?:,\ (?:adding|saying|noting|explaining|warning|insisting|claiming|stressing|arguing)\b
    |[,;]\ (?:and\ |but\ |which\ |who\ )?(?:he|she|they|it)\ (?:added|said|says|noted|warned)\b
    |,\ according\ to\b
    |,?+\ (?:and|but)\ (?:also\ |later\ |then\ )?+(?:said|told|added|warned|urged|insisted|noted|stressed|argued|vowed
       |pledged|promised|suggested|called|accused|denied|acknowledged|conceded|announced|asserted|claimed|stated
       |explained|admitted|maintained|declared|complained|predicted|recalled|replied|responded)\b
    |\ —\ )"""
)
FINITE_RE = lazy_compile(
    r"""(?xi)\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do
    |isn't|wasn't|aren't|weren't|hasn't|haven't|won't|didn't|doesn't|don't|can't|couldn't|\w{3,}ed|\w{3,}s)\b"""
)
CORE_LEMMAS = wordset("say tell add write post tweet report explain claim warn insist argue")
SAY_LEMMAS = wordset("say tell claim warn insist argue")
BAD_CONTENT_START = wordset(
    """to of about for with by as at from into on in so goodbye nothing something anything yes
    hello thanks thank sorry if whether how what why when where who which during after
    before over against"""
)


@attrs.frozen
class After:
    content_start: int | None
    that: bool
    at_end: bool
    via: list[OutletMatch]


def after_cue(text: str, cue: Cue, end: int, outlets: OutletIndex) -> After:
    """Skip the cue's object, adverbials and outlets; say where the reported clause starts."""
    pos = cue.end
    via: list[OutletMatch] = []
    limit = min(end, pos + WINDOW)
    if cue.lemma in {"tell", "assure", "warn"} and pos < limit:
        pos = _object(text, pos, limit, outlets, via)
    for _ in range(6):
        if pos >= limit or text[pos] not in ", ":
            break  # both patterns below start with ",? "
        first = FIRST_WORD_RE.match(text, pos, limit)
        word = first.group(1) if first is not None else ""
        match = ADVERBIAL_RE.match(text, pos, limit) if word in ADVERBIAL_FIRST else None
        if match is not None and match.end() > pos:
            _outlets_in(text, match.start(), match.end(), outlets, via)
            pos = match.end()
            continue
        prep = VIA_PREP_RE.match(text, pos, limit) if word in VIA_PREP_FIRST else None
        if prep is not None:
            found = outlets.at(text, prep.end(), limit)
            if found is not None:
                via.append(found)
                pos = found.end
                continue
        break
    if cue.lemma in PP_THAT_LEMMAS:
        pos = _phrase_before_that(text, pos, limit, outlets, via)
    that = THAT_RE.match(text, pos, end)
    assert that is not None
    has_that = "that" in text[that.start() : that.end()]
    rest = REST_EMPTY_RE.match(text, that.end(), end)
    assert rest is not None
    if rest.end() >= end or CLAUSE_END_RE.match(text, pos, end) or CITING_AT_RE.match(text, pos, end):
        return After(None, has_that, True, via)
    return After(that.end(), has_that, False, via)


# A prepositional phrase between the cue and "that" ("said at a stop in Y, Z, that C").
PP_OPENERS = wordset("at in on during after before from via through to with outside inside near while")
PP_REACH = 120
PLACE_REACH = 40
PP_THAT_LEMMAS = wordset("say tell add write report explain claim warn insist argue announce state note confirm deny")
PP_THAT_RE = lazy_compile(r",?+\ that\ (?!(?:is|was|were|are|has|had|have|will|would|can|could)\b)")


def _phrase_before_that(text: str, pos: int, limit: int, outlets: OutletIndex, via: list[OutletMatch]) -> int:
    if pos + 1 >= limit or text[pos] not in ", ":
        return pos
    first = FIRST_WORD_RE.match(text, pos, limit)
    if first is None:
        return pos
    # ", Vermont, that C": the rest of a place name the adverbial before ended on.
    place = text[pos] == "," and first.group(1)[0].isupper()
    if first.group(1) not in PP_OPENERS and not place:
        return pos
    reach = min(limit, pos + (PLACE_REACH if place else PP_REACH))
    found = text.find(" that ", first.end(), reach)
    if found < 0:
        return pos
    between = text[first.end() : found]
    if place and not all(w[0].isupper() for w in between.replace(",", " ").split()):
        return pos
    if any(w.endswith("ed") or w in VERBISH or w in CLAUSE_WORDS for w in between.split()):
        return pos  # another verb or clause before "that": the phrase is not a plain adverbial
    if any(mark in between for mark in '.;:“”"!?') or not PP_THAT_RE.match(
        text, found - 1 if between.endswith(",") else found
    ):
        return pos
    _outlets_in(text, pos, found, outlets, via)
    return found - 1 if between.endswith(",") else found


def _object(text: str, pos: int, limit: int, outlets: OutletIndex, via: list[OutletMatch]) -> int:
    if pos + 1 < limit and text[pos] == " ":
        found = outlets.at(text, pos + 1, limit)
        if found is not None:
            via.append(found)
            return _show_title(text, found.end, limit)
    audience = AUDIENCE_RE.match(text, pos, limit)
    if audience is not None:
        return audience.end()
    name = NAME_OBJECT_RE.match(text, pos, limit)
    if name is not None:
        return _show_title(text, name.end(), limit)
    that = OBJECT_THAT_RE.match(text, pos, limit)
    if that is not None and "," not in text[pos : that.end()]:
        return that.end() - 1
    return pos


# "told CNN's “Morning Hour” that C": the show named after the outlet belongs to the object.
SHOW_TITLE_RE = lazy_compile(
    r"(?:['’]s)?+\ [“\"][^“”\"\n]{1,60}+[”\"],?+(?=\ that\ |\ (?:on|last|this|early|late)\ [^\n]{0,30}?\ that\ )"
)


def _show_title(text: str, pos: int, limit: int) -> int:
    match = SHOW_TITLE_RE.match(text, pos, limit)
    return match.end() if match is not None else pos


VIA_ADVERBIAL_RE = lazy_compile(r",?\ (?:in|on|to|with|via|through)\ ")


def _outlets_in(text: str, start: int, end: int, outlets: OutletIndex, via: list[OutletMatch]) -> None:
    if VIA_ADVERBIAL_RE.match(text[start : start + 8]):
        via.extend(outlets.scan(text, start, end))


def source_before(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """The source phrase that ends right before the cue ("Col. Y", "a U.S. official", "he")."""
    span = _source_before(text, floor, cue_start)
    if span is not None and span[1] - span[0] > 3 and text.endswith(("’s", "'s"), span[0], span[1]):
        return span[0], span[1] - 2  # "the mayor’s claim that C": the mayor, not the possessive
    return span


def _source_before(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    # "is saying", "was telling": a progressive, not the passive "is said to".
    word_end = cue_start
    while word_end < min(len(text), cue_start + 14) and text[word_end].isalpha():
        word_end += 1
    progressive = word_end - cue_start > 4 and text.startswith("ing", word_end - 3)
    if _may_end_adverbial(text, max(floor, cue_start - 60), cue_start):
        trailing = TRAILING_ADVERBIAL_RE.search(text, max(floor, cue_start - 60), cue_start)
        if trailing is not None:
            cue_start = trailing.start()
    tokens = [m.span() for m in TOKEN_RE.finditer(text, max(floor, cue_start - WINDOW), cue_start)]
    if not tokens or (cue_start - floor > WINDOW and len(tokens) < 2):
        return None
    index = len(tokens) - 1
    while index >= 0 and _word(text, tokens[index]).lower() in AUX:
        index -= 1
    if index >= 0 and _word(text, tokens[index]).lower() in BE:
        if not progressive:
            return None  # passive: "is said to", "was told"
        index -= 1
        while index >= 0 and _word(text, tokens[index]).lower() in AUX:
            index -= 1
    if index < 0:
        return None
    if _word(text, tokens[index]) == ")":
        opening = next((i for i in range(index - 1, max(-1, index - 6), -1) if _word(text, tokens[i]) == "("), None)
        if opening is not None and opening > 0:
            index = opening - 1
    comma_after = _word(text, tokens[index]) == ","
    if comma_after and progressive and index == len(tokens) - 1:
        return None  # "X did Y, saying C": the participle's subject is the sentence's, not the words before it
    if comma_after:
        index -= 1
        aside = _adverbial_aside(text, tokens, index)
        if aside is not None:
            # "X, speaking in Y, said" / "X, in an interview, said": the speaker is before the aside.
            index, comma_after = _skip_parenthesis(text, tokens, aside), False
    relative = _relative_head(text, tokens, index)
    if relative is not None:
        return relative
    # An appositive between commas ("X, director of ..., said") may run long.
    segment = _segment_back(text, tokens, index, MAX_APPOSITIVE_WORDS if comma_after else MAX_SOURCE_WORDS)
    if segment is None:
        return None
    first, last = segment
    first = _trailing_name(text, tokens, first, last)
    if comma_after and first > 0 and _word(text, tokens[first - 1]) == ",":
        # Appositives: "Name, a role, said", "a role, Name, said", "Name, who ..., said".
        before = _skip_parenthesis(text, tokens, first - 2)
        prev = _segment_back(text, tokens, before) if before >= 0 else None
        mine = _words(text, tokens, first, last)
        if prev is not None and _is_name(_words(text, tokens, *prev)) and _is_role(mine):
            return _span(tokens, *prev)
        if _is_name(mine):
            return _span(tokens, first, last)
    if comma_after:
        return _sentence_subject(text, tokens, first, floor)
    return _span(tokens, first, last)


# An aside between the speaker and the cue opens with a participle or one of these.
ASIDE_START = wordset("in at during after before on from while speaking writing talking appearing addressing")
ASIDE_MAX_TOKENS = 14


def _adverbial_aside(text: str, tokens: list[tuple[int, int]], last: int) -> int | None:
    """ ", speaking to reporters in Y," before a cue: the index of the token before the aside's comma."""
    for k in range(last, max(-1, last - ASIDE_MAX_TOKENS), -1):
        word = _word(text, tokens[k])
        if len(word) == 1 and not word.isalnum():
            if word != "," or k == last or k < 1:
                return None
            opener = _word(text, tokens[k + 1])
            if not (opener.islower() and (opener in ASIDE_START or (opener.endswith("ing") and len(opener) > 5))):
                return None
            # The speaker must end right before the aside: a name or a noun, not a clause.
            head = _word(text, tokens[k - 1])
            return k - 1 if head.isalnum() or head in {")", "’s", "'s"} else None
    return None


def _skip_parenthesis(text: str, tokens: list[tuple[int, int]], index: int) -> int:
    """ "Rep. Y (D-Ohio), a role, said": the token before the parenthesis."""
    if index < 0 or _word(text, tokens[index]) != ")":
        return index
    for k in range(index - 1, max(-1, index - 6), -1):
        if _word(text, tokens[k]) == "(":
            return k - 1
    return index


# Every match of TRAILING_ADVERBIAL_RE ends (before its trailing spaces) with one of these.
ADVERBIAL_ENDS = (
    "past", "years", "months", "weeks", "decades", "days", "day", "week", "month", "year", "night", "time",
    "statement", "interview", ",",
)  # fmt: skip


def _may_end_adverbial(text: str, start: int, end: int) -> bool:
    """A cheap test that lets most cues skip the (unanchored) trailing-adverbial search."""
    tail = text[start:end].rstrip(" ")
    # ``$`` also matches before a final newline: leave such windows to the pattern.
    return tail.endswith(ADVERBIAL_ENDS) or "\n" in text[start:end]


# Common irregular past tenses: the verb that ends a sentence's leading subject.
IRREGULAR_PAST = wordset(
    """met spoke went took made gave came held left sent began led won lost ran saw found brought kept paid put
    set stood struck sought thought felt fought chose drew broke flew rose fell grew knew threw wore sold bought
    built caught taught spent meant heard became got stepped"""
)
DETERMINERS = wordset(
    "the a an this that these those his her its their our my some several many most both all two three"
)
# Lower-case words inside a name or title ("Secretary of State X", "the Duke of Y").
NAME_INNER = wordset("of for and the on de da del di du van von der la le al el bin ibn")


def leading_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase a sentence opens with, up to its verb ("Lord X has criticised ..., accusing")."""
    tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, min(end, start + 120))]
    last = -1
    named = False  # every word so far is capitalized: a lower-case word after a name is its verb
    for index, token in enumerate(tokens[:MAX_SOURCE_WORDS]):
        word = _word(text, token)
        lower = word.lower()
        if len(word) == 1 and not word.isalnum():
            break
        if word[0].islower() and (
            lower in VERBISH
            or lower in AUX
            or lower.endswith(("ed", "ly"))
            or lower in CLAUSE_WORDS
            or lower in IRREGULAR_PAST
            or (index == last + 1 and named and lower not in NAME_INNER and not NAME_WORD_RE.match(word))
        ):
            break
        named = (index == 0 and lower not in DETERMINERS) or (named and word[0].isupper())
        last = index
    if last < 0 or not _word(text, tokens[0])[0].isupper() or _word(text, tokens[0]).lower() in LEADING_PREP:
        return None
    return tokens[0][0], tokens[last][1]


def _relative_head(text: str, tokens: list[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """ "the officer who had been working there said": the noun phrase before "who"."""
    if index < 0 or "who" not in text[tokens[max(0, index - 9)][0] : tokens[index][1]].lower():
        return None  # no "who" among the tokens the loop below looks at
    for k in range(index, max(-1, index - 10), -1):
        word = _word(text, tokens[k])
        if len(word) == 1 and not word.isalnum():
            return None
        if word.lower() == "who" and k > 0:
            before = k - 2 if k > 1 and _word(text, tokens[k - 1]) == "," else k - 1
            segment = _segment_back(text, tokens, before)
            return _span(tokens, *segment) if segment is not None else None
    return None


def _trailing_name(text: str, tokens: list[tuple[int, int]], first: int, last: int) -> int:
    """ "When the shooter ran out Lea said": a name glued after a clause is the source."""
    run = last
    while run >= first and _word(text, tokens[run])[:1].isupper():
        run -= 1
    if run < first or run == last or run - first < 2:
        return first
    before = _word(text, tokens[run]).lower()
    if before in PREPOSITION_WORDS or before in {"the", "a", "an", "and", "of"} or before.endswith(("'s", "’s")):
        return first
    if not any(_verb_like(_word(text, tokens[k])) for k in range(first, run + 1)):
        return first  # "White House press secretary Ana Lind": a title before the name, not a clause
    return run + 1


def _verb_like(word: str) -> bool:
    lower = word.lower()
    return word[:1].islower() and (
        lower in VERBISH or lower in IRREGULAR_PAST or lower.endswith("ed") or lower in {"out", "up", "off", "down"}
    )


def _sentence_subject(text: str, tokens: list[tuple[int, int]], before: int, floor: int) -> tuple[int, int] | None:
    """ "The group, also known as X, or Y, said": the sentence's first segment, when it is a plain noun phrase."""
    commas = [i for i in range(before) if _word(text, tokens[i]) == ","]
    if not commas or len(commas) > 3 or text[floor : tokens[0][0]].strip():
        return None
    first_comma = commas[0]
    words = _words(text, tokens, 0, first_comma - 1)
    if not 0 < len(words) <= 6 or any(w.lower() in VERBISH or w.lower() in CLAUSE_WORDS for w in words):
        return None
    if not (
        words[0][0].isupper()
        and (words[0].lower() in {"the", "a", "an", "his", "her", "its", "their"} or words[-1][0].isupper())
    ):
        return None
    if words[0].lower() in LEADING_PREP or any(len(w) == 1 and not w.isalnum() for w in words):
        return None
    return _span(tokens, 0, first_comma - 1)


def _segment_back(
    text: str, tokens: list[tuple[int, int]], last: int, limit: int = MAX_SOURCE_WORDS
) -> tuple[int, int] | None:
    first = last
    while first >= 0:
        word = _word(text, tokens[first])
        lower = word.lower()
        if len(word) == 1 and not word.isalnum():
            break
        if lower in CLAUSE_WORDS and first < last + 1 and not (lower == "as" and first == last):
            break
        if lower in VERBISH:
            break
        if last - first >= limit:
            return None
        first -= 1
    first += 1
    if first > last:
        return None
    words = _words(text, tokens, first, last)
    while words and words[0].lower() in LEADING_PREP and len(words) > 1:
        determiner = next((i for i, w in enumerate(words[1:], 1) if w.lower() in {"the", "a", "an"}), None)
        if determiner is None:
            return None
        first += determiner
        words = words[determiner:]
    if "and" in (w.lower() for w in words) and len(words) > 6:
        cut = max(i for i, w in enumerate(words) if w.lower() == "and")
        first += cut + 1
        words = words[cut + 1 :]
    while len(words) > 1 and words[0].lower() in FILLER:
        first += 1
        words = words[1:]
    if not words or (words[0].lower() in BAD_SOURCE_START and not _those_near(words)):
        return None
    if first > 0 and _word(text, tokens[first - 1]).lower() in EMBEDDING:
        return None
    return first, last


# "Those close to him", "those familiar with the talks": people near the matter, a source.
THOSE_NEAR = wordset("close familiar briefed involved knowledgeable present inside")


def _those_near(words: list[str]) -> bool:
    return len(words) > 2 and words[0].lower() == "those" and words[1].lower() in THOSE_NEAR


def _word(text: str, token: tuple[int, int]) -> str:
    return text[token[0] : token[1]]


def _words(text: str, tokens: list[tuple[int, int]], first: int, last: int) -> list[str]:
    return [_word(text, t) for t in tokens[first : last + 1]]


def _span(tokens: list[tuple[int, int]], first: int, last: int) -> tuple[int, int]:
    return tokens[first][0], tokens[last][1]


def _is_name(words: list[str]) -> bool:
    return 0 < len(words) <= 6 and words[0][0].isupper() and all(NAME_WORD_RE.match(w) for w in words)


def _is_role(words: list[str]) -> bool:
    return bool(words) and (words[0].islower() or words[0].lower() in {"a", "an", "the"})


def source_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The source phrase right after a cue or "according to" (", said X." / "according to X,")."""
    tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, min(end, start + WINDOW))]
    last = -1
    for index, token in enumerate(tokens):
        word = _word(text, token)
        lower = word.lower()
        if len(word) == 1 and not word.isalnum():
            break
        if index and (lower in CLAUSE_WORDS or lower in VERBISH or lower in AUX or lower in {"in", "told"}):
            break
        if index >= MAX_SOURCE_WORDS:
            return None
        last = index
    if last < 0:
        return None
    words = _words(text, tokens, 0, last)
    while words and words[-1].lower() in {"on", "at", "during", "for", "of", "and", "to", "from", "by"}:
        last -= 1
        words.pop()
    if not words or (words[0].lower() in BAD_SOURCE_START and not _those_near(words)) or words[0].lower() in VERBISH:
        return None
    span_end = tokens[last][1]
    while span_end > tokens[0][0] and text[span_end - 1] == ".":
        if ABBREVIATED_END_RE.search(text[max(0, span_end - 4) : span_end]):
            break
        span_end -= 1
    return tokens[0][0], span_end


ABBREVIATED_END_RE = lazy_compile(r"(?:\b\p{Lu}|\b(?:Jr|Sr|Gen|Col|Lt|St))\.$")


def clause_like(text: str, start: int, end: int, lemma: str) -> bool:
    first = TOKEN_RE.match(text, start, end)
    if first is None:
        return False
    if first.group().lower() in BAD_CONTENT_START:
        return False
    if lemma in SAY_LEMMAS:
        return True
    limit = min(end, start + 90)
    if lemma in CORE_LEMMAS:
        # "added the extra week, known as ...", "posted a video of the rally": these verbs also take
        # a plain object, so their clause needs its own verb before the first comma.
        comma = text.find(",", start, limit)
        limit = comma if comma >= 0 else limit
    return FINITE_RE.search(text, start, limit) is not None


def content_end(text: str, start: int, end: int) -> int:
    match = CLAUSE_END_RE.search(text, start, end)
    return match.start() if match is not None else end


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    if text.startswith("that ", start):
        start += 5
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–-"):
        end -= 1
    if end - start < 2 or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end
