"""The part of a long clause that a timeline entry prints: the comma-separated piece that
holds its date, in spaced text, or the phrases from the date's on, in unspaced (CJK) text;
and, for an entry that points back ("They flew to Chile ..."), the sentence before it.
"""

from __future__ import annotations

import functools
import re

from ..lexicon import FOREIGN_MONTHS, MONTH_STEM, MONTHS
from .events import ENDED, MIDDLE, SHARES_SUBJECT
from .events import VERB as _VERB

MAX_CLAUSE_CHARS = 60  # for unspaced (CJK) text
MAX_LISTED = 8  # the most items of a list an entry runs through to reach the list's end
#: A piece that goes on from the one before: an infinitive, with no subject of its own
#: ("..., and to land that cargo on the moon as early as next year"). ("and in 2000 it
#: fell" has its own.)
_GOES_ON = re.compile(r"^(?:(?:and|or)\s+)?to\s")
#: A subordinate piece, whose sentence's main clause comes after it.
#: ("When Major was elected in his own right, in 1992, he got more votes ..."; "In 1982, as the
#: neoliberal curtain was rising, Governor Lamm remarked ...")
_SUBORDINATE = re.compile(r"^(?:when|while|after|before|as soon as|once|until|because|although|though|if"
                          r"|as(?=\s+(?:the|a|an|his|her|its|their|our|we|they|he|she|it|i)\s)"
                          # German, French and Spanish: "Nachdem der Beauftragte am 09.07.2019 bekannt gab, | ..."
                          r"|nachdem|bevor|ehe|sobald|seitdem|obwohl|weil|lorsque|quand|cuando)\s", re.I)
#: A piece that only says who said it and when ("Transport Secretary Grant Shapps said on
#: Thursday."): what was said is the piece before it.
_ATTRIBUTION = re.compile(r"^(?:[\w.'’-]+\s+){1,6}(?:said|says|told reporters|announced|added|confirmed|wrote)"
                          r"(?:\s+[\w.'’-]+){0,6}\W*$")
#: A piece that opens with its verb, its subject in a piece before ("l'imam ..., Yassin E., a été
#: condamné, ce jeudi 2 novembre 2023, ...").
_PREDICATE = re.compile(r"^(?:a été|ont été|est|sont|a|ont|was|were|has been|have been|had been)\s+\w")
#: A piece that opens a clause of its own after a comma, joined by a conjunction ("..., but
#: now, | in November 2023, | Trump finds himself ..."): its date belongs to what comes after it.
_COORDINATED = re.compile(r"^(?:and|but|yet|so|und|aber|doch|sondern|mais|et|pero)\s", re.I)
#: A German relative clause set off by a comma ("eine Offenbarung, | die er in einem Interview 2014 ...
#: beschrieb"): it goes on from the noun before it.
_RELATIVE_DE = re.compile(r"^(?:die|der|das|den|dem|deren|dessen|denen|welche[rsnm]?)\s+(?=\w)")
#: A German finite verb that opens a piece: the piece goes on from a subordinate clause before
#: it, which fills the clause's first place ("Für Frenzel und Weber, | die beide ... starten, |
#: ist ein Start ... am Mittwoch ... ausgeschlossen").
_VERB_FIRST_DE = re.compile(r"^(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|soll|sollen"
                            r"|kann|können|muss|müssen"
                            # a verb in the past before its pronoun: "..., | äußerte er sich am 02.08.2019 erneut"
                            r"|[a-zäöüß]{3,}(?:te|ten)(?=\s+(?:er|sie|es|man|wir|ich)\b))\s")
#: A verb in the past that opens a piece, after a noun set off by commas (see `_APPOSITIVE`).
_PAST_VERB = re.compile(r"^(?:[a-z]\w{2,}ed|was|were|has|had)\s")
#: A noun set off by commas after the subject it names: the subject is the piece before it
#: ("British Airways, | the only other Concorde operator, | grounded its fleet on Tuesday").
_APPOSITIVE = re.compile(r"^(?:the|a|an)\s", re.I)
#: A participle that tells what happened in the clause after it: that clause is the event
#: ("Barton left a note, describing how | he killed his wife and two children ... Tuesday").
_TELLS_HOW = re.compile(r"^[a-z]\w+ing\s+(?:how|that)\s+(?=\w+\s+\w+\s+\w+)")
#: A piece after "and" that goes on counting what the piece before names, no verb in its first
#: words ("he killed his wife and | two children by hitting them ... Tuesday").
_COUNTED = re.compile(r"^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+[^\W\d]\w*(?:\s+\w+)?")
#: A relative clause set off by commas: the piece after it goes on with the subject before it
#: ("Investors Life, which filed suit in 1994, settled with Barton in September 1997").
_RELATIVE = re.compile(r"^(?:which|who|whose|whom|where)\s")
_AND_BEFORE = re.compile(r"\band\s*$")
#: A name and "and" before a piece that opens with a name: two people of one subject ("Joaquin
#: Phoenix and | Renee Zellweger were named best actors"), not after "both" (the entry would start in
#: lower case: "both Hemsworth and Pine were said ...").
_NAME_AND = re.compile(r"(?<!both )(?<!either )(?<!neither )\b[A-Z][\w'’-]+\s+and\s*$")
#: A participle's phrase, whose subject is the clause's before it: ", beginning a process ...".
_PARTICIPLE = re.compile(r"\s*[a-z]\w+ing\s")
#: A piece after "and" that opens with a lower-case word that no subject opens with: the verb of
#: the subject before ("a process that will last about a month and | end with the reactor ...").
_SHARED_SUBJECT = re.compile(r"(?!(?:the|a|an|his|her|its|their|our|my|your|it|he|she|they|we|i|you|this|that|"
                             r"these|those|there|some|many|most|all|both|each|every|no|one|two|three|in|on|at|"
                             r"by|for|from|after|before|since|during|with|then|now|later|last|next)\b)[a-z]")
#: A piece after ", and" with no subject of its own: the subject's second verb or "that" clause
#: ("were told that layoffs will begin ..., | and that a planned meeting will be postponed ...").
_AND_SHARED = re.compile(rf"^(?:and|but|or)\s+{SHARES_SUBJECT.pattern}")
#: The end of a span whose start is in the piece before ("Tuesday, March 10, | through Thursday, March 12").
_RANGE_END = re.compile(r"^(?:through|thru|until|till|bis|jusqu['’]au|hasta)\s", re.I)
#: A noun after "and" that, with no verb, is a list's item or an aside ("to put the first woman, | and
#: the next man, | on the lunar surface by 2024").
_AND_NOUN = re.compile(r"^(?:and|or)\s+(?:the|a|an|his|her|its|their)\s")
#: An article and one word before a comma: the phrase goes on after it ("to establish a long-term, |
#: sustainable human presence ..."), in a piece that opens in lower case with no subject word.
_ARTICLE_WORD = re.compile(r"\b(?:a|an|the)\s+[\w-]+$")
#: A weekday's comma before its date ("Tuesday, March 10") cuts no piece, nor "and" between two
#: prepositions ("on and around the moon").
_PAIRED = "".join(rf"(?<!\b{w})" for w in
                  "on in up out to from over under before after above below around off down into".split())
_SEGMENTS = re.compile(rf"(?:,(?!\s+(?:{MONTH_STEM})[a-z]*\.?\s+\d)|(?<!day),)\s+(?!(?:1[5-9]|20)\d\d\b)"
                       rf"|(?<!\s){_PAIRED}(?!(?<=ed)\s+and\s+[a-z]\w*ed\b)\s++and\s++"
                       r"(?!an?\s+(?:half|quarter|third)\b)(?=\S+\s+\S+)")


#: A piece that cannot open a statement: a verb or participle with no subject before it ("first
#: asking in April for volunteers", "in late June moved to a second", "considered a final
#: attempt ..."), or a subordinate clause without its main one ("As temperatures began to rise
#: in California on Friday").
_HEADLESS = re.compile(
    r"^(?:(?:first|then|later|also|again|finally|and|but|or)\s+)*(?:(?:in|on|by|at|from|during)\s+"
    rf"(?:(?:early|late|mid|the)\s+)*(?:{MONTH_STEM}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{{1,4}})"
    r"[\w.]*(?:\s+\d{1,4}\w*)?,?\s+)?(?!(?:during|morning|evening|spring|nothing|something|everything|anything|"
    r"thing|king|ring|string|building|meeting|ceiling|wedding|hearing|ruling|funding|training|shooting|bombing|"
    r"opening|setting|indeed|hundred|speed|need|seed|breed|greed)\b)[a-z]\w{2,}(?:ing|ed)\b"
    r"|^(?i:as|when|while|because|although|though|whereas|once)\s[^,]*$"
    # a verb whose subject is before an aside: "The change, announced in spring 2018, | seems poised ..."
    r"|^(?:is|are|was|were|has|have|had|seems?|remains?|appears?|will|would|could|can|may|might|must|should"
    r"|does|did|said|told|gave|took|made|met|went|came|wrote|found|held|won|lost|sent|left|led)\s")


#: A phrase that opens with its date: "On Sunday, March 8 from 9 a.m. to 11 a.m." (with no verb, no statement).
_DATE_PHRASE = re.compile(rf"^(?:on|in|at|from|by|until|through|since)\s+(?:\w+day,?\s+)?(?:{MONTH_STEM}|\d)", re.I)


def headless(piece: str) -> bool:
    """Whether a piece of a sentence has no subject or no main clause of its own, or no verb
    at all ("Russia and Iran in 2017."): the sentence must be printed, not the piece."""
    piece = piece.strip()
    return bool(_HEADLESS.match(piece)) or (
        (len(piece.split()) <= 8 or bool(_DATE_PHRASE.match(piece))) and not _VERB.search(piece))


def has_verb(text: str) -> bool:
    """Whether a text holds a verb, as far as words show one (a list of milestones may not)."""
    return bool(_VERB.search(text))


#: A dash that opens or closes an aside, just before a clause.
_DASH_BEFORE = re.compile(r"\s[—–]\s*$")


def hung_clause(sentence: str, clauses: list[tuple[int, int]], index: int) -> tuple[int, int, int]:
    """The clause `clauses[index]` of a sentence with what it hangs on: (start, end, index of
    its first clause). A clause that goes on from the one before ("... the airline — the largest
    carrier — will recommence ...", "Both France and Britain – the only countries with supersonic
    fleets – last month withdrew ...") starts where its subject does; one in a dashed aside that
    closes ("the lease — which expired in August — was renewed ...") ends where the sentence's
    clause after the aside does."""
    a, b = clauses[index]
    went_back = False
    while index > 0 and (MIDDLE.match(sentence[a:b].lstrip()) or (
            (went_back or _DASH_BEFORE.search(sentence, 0, a)) and sentence[a:b].lstrip()[:1].islower())):
        index -= 1
        a, went_back = clauses[index][0], True
    after = next((c for c in clauses if c[0] > b), None)
    if went_back and after is not None and _DASH_BEFORE.search(sentence, 0, after[0]) \
            and sentence[slice(*after)].lstrip()[:1].islower():
        b = after[1]
    return a, b, index


def spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    """Where the pieces of `text` between separators start and end; a separator inside quotes
    or brackets does not count (a title such as “Go at Google: Language Design” stays whole)."""
    spans, pos = [], 0
    quotes = brackets = straight = counted = 0  # open “ and ( and the " seen in text[:counted]
    opens = "“" in text or "(" in text or '"' in text  # without them, every separator counts
    for match in pattern.finditer(text):
        if opens:
            before = text[counted:match.start()]
            quotes += before.count("“") - before.count("”")
            brackets += before.count("(") - before.count(")")
            straight += before.count('"')
            counted = match.start()
            if quotes > 0 or brackets > 0 or straight % 2:
                continue
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return spans


def cjk_clause(text: str, start: int) -> str:
    """In unspaced text, the comma-separated phrases from the one holding the date, within the
    length cap, ended with "。": a clause cut at its comma, never mid-phrase. A phrase longer
    than the cap is kept whole up to twice the cap, and beyond that gives no entry ("")."""
    pieces = re.split(r"(?<=[，、；：,。！？])", text)
    out: list[str] = []
    length = 0
    for piece in pieces:
        if length + len(piece) > start or out:  # from the phrase holding the date onwards
            if out and (len("".join(out)) + len(piece) > MAX_CLAUSE_CHARS or out[-1].endswith(("。", "！", "？"))):
                break
            out.append(piece)
        length += len(piece)
    clause = "".join(out).strip()
    if not clause or len(clause) > 2 * MAX_CLAUSE_CHARS:
        return ""
    clause = clause.rstrip("，、；：,")
    return clause if clause.endswith(("。", "！", "？", "」", "』")) else clause + "。"


def segment(clause: str, start: int, size=lambda piece: len(piece.split())) -> str:
    """In a clause listing several dates, the comma-separated part that holds this one
    (`size` counts a part's words, its date's left out)."""
    bounds = _segment_spans(clause)
    for index, (a, b) in enumerate(bounds):
        if a <= start < b + 1:
            first = index
            if _GOES_ON.match(clause[a:b].lstrip()):
                index, a = 0, bounds[0][0]  # its subject is the clause's: all of it
            if _ATTRIBUTION.match(clause[a:b].strip()) or _VERB_FIRST_DE.match(clause[a:b].lstrip()):
                index, a = 0, bounds[0][0]  # what was said, or the German clause's fronted part: all of it
            while index > 0 and (_too_little(clause, bounds, index, first, b, size)
                                 or MIDDLE.match(clause[a:b].lstrip()) or _RELATIVE_DE.match(clause[a:b].lstrip())
                                 or _RELATIVE.match(clause[slice(*bounds[index - 1])].lstrip())
                                 or _AND_SHARED.match(clause[a:b].lstrip()) or _RANGE_END.match(clause[a:b].lstrip())
                                 or (_AND_NOUN.match(clause[a:b].lstrip()) and not _VERB.search(clause, a, b))
                                 or (_ARTICLE_WORD.search(clause[slice(*bounds[index - 1])])
                                     and _SHARED_SUBJECT.match(clause[a:b].lstrip()))
                                 or _SUBORDINATE.match(clause[a:b].lstrip())
                                 or _PREDICATE.match(clause[a:b].lstrip())
                                 or _subject_before_aside(clause, bounds, index)
                                 or _counted_after_and(clause, a, b)
                                 or (_PARTICIPLE.match(clause, a) and not _TELLS_HOW.match(clause[a:b].lstrip()))
                                 or _verbless_after_and(clause, a, b)
                                 or (_AND_BEFORE.search(clause, 0, a) and _SHARED_SUBJECT.match(clause, a))
                                 or (_NAME_AND.search(clause, 0, a) and clause[a:a + 1].isupper())):
                index -= 1
                a = bounds[index][0]
                if _GOES_ON.match(clause[a:b].lstrip()):
                    index, a = 0, bounds[0][0]  # "..., | to establish a long-term, | sustainable ...": all of it
            while first + 1 < len(bounds) and (size(clause[a:b]) < 5
                                               or _RANGE_END.match(clause[slice(*bounds[first + 1])].lstrip())
                                               or _SUBORDINATE.match(clause[bounds[first][0]:b].lstrip())
                                               or _SUBORDINATE.match(clause[a:b].lstrip())
                                               or _verbless_after_and(clause, *bounds[first + 1])):
                # "2009's Star Trek and 2013's ... were directed by ...": on to the verb; "in May,
                # when the agency tapped three companies, only two committed": on to the main clause
                first += 1
                b = bounds[first][1]
            b = _through_list(clause, bounds, first, b, named=bool(_VERB.search(clause, a, b)))
            if told := _TELLS_HOW.match(clause[a:b].lstrip()):
                return clause[a:b].lstrip()[told.end():].strip()  # "describing how | he killed ..."
            return clause[a:b].strip()
    return clause


def _too_little(clause: str, bounds: list[tuple[int, int]], index: int, first: int, end: int, size) -> bool:
    """Whether the text from piece `index` to `end` says too little alone (a date and a word or
    two), or goes on from a list or a name before it: the piece before belongs to it. Not when
    the piece opens a clause of its own ("but now, | in November 2023, | Trump finds ...")."""
    start = bounds[index][0]
    if _opens_clause(clause, start):
        return False
    if size(clause[start:end]) < 5:
        return True
    told = _VERB.search(clause, start, end) or any(_PREDICATE.match(clause[slice(*piece)].lstrip())
                                                    for piece in bounds[index:first + 1])
    return bool(told) and (
        _named_item(clause, *bounds[index - 1]) or (index < first and _named_item(clause, *bounds[index])))


def _opens_clause(clause: str, at: int) -> bool:
    """Whether the piece at `at` opens a clause of its own with a conjunction and a subject, its
    verb in it or after it ("but now, | in November 2023, | Trump finds ..."); not a verb that
    shares the subject before it ("but was released in 2019"), nor a phrase ("and more likely 2021")."""
    rest = clause[at:].lstrip()
    joined = _COORDINATED.match(rest)
    rest = rest[joined.end():] if joined else ""
    return bool(joined) and not MIDDLE.match(rest) and not _PAST_VERB.match(rest) and bool(_VERB.search(rest))


_MONTH_NAMES = "|".join(sorted({*MONTHS, *FOREIGN_MONTHS}, key=len, reverse=True))
#: A piece that holds a date: a year, a day and its month ("March 10", "15. Mai"), a weekday.
_DATED_PIECE = re.compile(rf"\b(?:(?:1[5-9]|20)\d\d|(?:{MONTH_STEM})[a-z]*\.?\s*\d{{1,2}}"
                          rf"|\d{{1,2}}\.?\s*(?:{_MONTH_NAMES})|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.I)


_NAMED = re.compile(r"\b[A-Z][a-z]")  # a name's word, as an address has ("Route 59")


def _named_item(clause: str, a: int, b: int) -> bool:
    """Whether the piece at a:b is an item of a list, or a name set off by commas, that the
    piece after it goes on from ("l'imam de la mosquée, | Yassin E., | a été condamné"; "a proper,
    | professional, | unmistakable design"; an address: "the clothing store, | 421 Route 59, | Suite
    No. 5, | was potentially exposed"); not a date ("Tel Aviv, | Israel in 2013, | Forter has ...")."""
    piece = clause[a:b]
    return _list_item(clause, a, b) and (not any(c.isdigit() for c in piece)
                                         or (not _DATED_PIECE.search(piece) and bool(_NAMED.search(piece))))


def _list_item(clause: str, a: int, b: int) -> bool:
    """Whether the piece at a:b is an item of a list that runs through the clause: a few
    words and no verb ("from Denmark, | Iceland, | Slovakia and ..."; "a proper, | professional,
    | unmistakable design")."""
    piece = clause[a:b]
    return len(piece.split()) <= 3 and not _VERB.search(piece)


_NEXT_PIECE = re.compile(r"[^,;:]*?(?=,\s|\s+and\s|[;:.]|$)")


def list_follows(text: str, at: int) -> bool:
    """Whether a list item follows a separator that ends at `at`, with more of the list after it
    ("from Denmark, | Iceland, Slovakia and ..."): the separator ends no clause."""
    piece = _NEXT_PIECE.match(text, at)
    return piece is not None and piece.end() < len(text) and text[piece.end()] != "." \
        and _list_item(text, piece.start(), piece.end())


def _through_list(clause: str, bounds: list[tuple[int, int]], last: int, end: int, named: bool = False) -> int:
    """Where a piece ends that goes on into a list: past the list's items and the piece that
    closes it ("passengers returning from Denmark, | Iceland, | Slovakia and | the Caribbean
    island of Curacao would have to self-isolate"; "between Oct. 25 and | Oct. 29, | prior to
    ..."); with `named` (the piece tells something: it has a verb), also past names that look
    like verbs ("NASA awarded task orders to Astrobotic, | Intuitive Machines and | OrbitBeyond
    for lunar lander missions"). Unchanged when no list follows."""
    def item(a: int, b: int) -> bool:
        words = clause[a:b].split()
        return _list_item(clause, a, b) or (named and len(words) <= 3 and all(w[:1].isupper() for w in words))

    after = last + 1
    if after >= len(bounds) or not item(*bounds[after]):
        return end
    while after < len(bounds) and item(*bounds[after]):
        after += 1
        if after - last > MAX_LISTED:
            return end  # no list of names but a run of pieces: the entry keeps its own
    return bounds[min(after, len(bounds) - 1)][1]


#: The end of a phrase cut before "and" in its middle: an ordinal or superlative that needs
#: its noun ("Iran's first | and only nuclear power plant").
_HALF_PHRASE = re.compile(r"\b(?:first|second|third|last|next|only|own|new|\w{3,}est)\s+and\s*$", re.I)


def _verbless_after_and(clause: str, a: int, b: int) -> bool:
    """Whether the piece at a:b ends a phrase begun before its "and", with no verb: not a
    clause of its own."""
    return bool(_HALF_PHRASE.search(clause, 0, a)) and not _VERB.search(clause, a, b)


def _subject_before_aside(clause: str, bounds: list[tuple[int, int]], index: int) -> bool:
    """Whether the piece at `index` is a predicate in the past after a noun set off by commas,
    or that noun: the clause goes on back to the subject before the noun."""
    def aside(at: int) -> bool:
        piece = clause[slice(*bounds[at])].strip()
        return (0 < at and at + 1 < len(bounds) and bool(_APPOSITIVE.match(piece)) and not _VERB.search(piece)
                and bool(_PAST_VERB.match(clause[slice(*bounds[at + 1])].lstrip())))
    return aside(index) or aside(index - 1)


def _counted_after_and(clause: str, a: int, b: int) -> bool:
    """Whether the piece at a:b, after "and", counts more of what the piece before names,
    with no verb in its first words: no clause of its own."""
    counted = _COUNTED.match(clause[a:b].lstrip())
    return bool(_AND_BEFORE.search(clause, 0, a) and counted and not _VERB.search(counted.group()))


@functools.lru_cache(maxsize=64)
def _segment_spans(clause: str) -> list[tuple[int, int]]:
    """The comma- or "and"-separated parts of a clause, as `spans` finds them."""
    return spans(_SEGMENTS, clause)


#: An entry that opens by pointing back at what came before: a pronoun for its subject ("He",
#: "Sie", "Die beiden"), a demonstrative ("That long campaign", "Diese"), or a link ("Damit").
_LEANS_BACK = re.compile(r"^(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its|Both|The two|Er|Sie|Es|Dies|"
                         r"Diese[rsnm]?|Damit|Dabei|Seitdem|Danach|Zudem|Außerdem|Ihre?|Seine?|Die beiden|Beide)\b")
#: The most words an entry and the sentence set before it may have together.
SETUP_WORDS = 50


def with_setup(setup: str, text: str, sentence: str) -> str:
    """An entry that opens its sentence by pointing back ("They flew to Chile and bought a
    camper in January."), with the sentence before it, `setup`, which names what it points at
    ("Among those still left in Bolivia are Dylan Tinsley ... and Hannah Phalen ..."): alone,
    the reader of a chronology cannot tell who "they" were. Unchanged when there is no such
    sentence, when it points back itself, or when the two would run too long."""
    if not setup or not _LEANS_BACK.match(text) or _LEANS_BACK.match(setup) or not sentence.startswith(text[:25]):
        return text
    if not setup[:1].isupper() or not ENDED.search(setup) or setup.rstrip("\"'”’)").endswith(("?", "؟", "…")) \
            or len(setup.split()) + len(text.split()) > SETUP_WORDS:
        return text
    return f"{setup} {text}"


#: Opening and closing quotation marks, by pairs.
_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"))


def _opens_quote(text: str) -> bool:
    """Whether a text leaves a quotation open: more opening marks than closing ones, or an odd
    number of straight ones."""
    if text.count('"') % 2:
        return True
    return any(text.count(opening) > text.count(closing) for opening, closing in _QUOTE_PAIRS[:2]) \
        or text.count("„") > text.count("“") - text.count("”")


#: How many sentences back a quotation that an entry closes may have opened.
QUOTE_SENTENCES = 3


def with_quote_opening(before: list[str], text: str) -> str:
    """An entry that closes a quotation opened in a sentence before it ("I read something about it,”
    Trump said Saturday ..." after "“I have no idea if that’s right."; "Two-and-a-half times," Trump
    said ... two sentences after '"I don't know him.'): with the sentences from the one that opens it,
    so the quote reads whole. Unchanged otherwise, or when they would run too long."""
    closes = text.count("”") > text.count("“") or text.count("»") > text.count("«") or text.count('"') % 2
    if not closes and not _QUOTE_TAIL.match(text):
        return text
    for back in range(1, min(QUOTE_SENTENCES, len(before)) + 1):
        setup = " ".join(before[-back:])
        if len(setup.split()) + len(text.split()) > SETUP_WORDS:
            break
        if _opens_quote(before[-back]):
            return f"{setup} {text}"
    return quotation_end(text)  # too long to give whole


def quotation_closed(text: str) -> str:
    """A text that ends inside a quotation it opened (the quote goes on in the next sentence: 'On Thursday
    he tweeted: “Caught RED HANDED — very disappointed that China is allowing oil to go into North Korea.')
    closed with an ellipsis and the closing mark; any other text unchanged."""
    if text.count("“") > text.count("”") + text.count("’’"):  # (two single marks close one too: "advisory’’")
        return text.rstrip(" .") + "…”"
    if text.count('"') % 2 and _OPEN_STRAIGHT_LAST.search(text):
        return text.rstrip(" .") + '…"'
    return text


#: The last straight mark opens a quotation no other mark closes (not '"advisory\'\'', '"... ,” the person said').
_OPEN_STRAIGHT_LAST = re.compile(r'(?:^|[\s:(\[—–-])"(?:(?!\'\')[^"”])*$')


def quotation_end(text: str) -> str:
    """A text that starts inside a quotation (see _QUOTE_TAIL) shown as its end: "“… Quit messing with
    America,” Sen. Ben Sasse said on Twitter early Monday."; any other text unchanged."""
    if tail := _QUOTE_TAIL.match(text):
        return f"{_OPENING[tail.group(1) or tail.group(2)]}… {text}"
    return text


#: A text whose first quotation mark closes one: "Quit messing with America,” Sen. Ben Sasse said ...",
#: "That seemed extremely boring,' Musk said ..." (a single mark only after a stop or comma: an apostrophe otherwise).
_QUOTE_TAIL = re.compile(r"^(?:[^“”\"«»‘’']|(?<=\w)['’](?=\w))*?(?:\S([”\"»])|[,.!?;]([’']))(?=[\s’',.;:)]|$)")
_OPENING = {"”": "“", '"': '"', "»": "«", "’": "‘", "'": "'"}
