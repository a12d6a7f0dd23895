"""Timeline: dated events found in the body, merged with the entries the user gave.

Finds full dates, month-year, decades, ranges and plain years in context, while
refusing numbers that only look like years (percentages, counts, money, page numbers,
years inside URLs). Each event keeps its precision and a short clause about it.
"""

from __future__ import annotations

import functools
import html as _html
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from itertools import islice

from ..dates import format_partial
from ..lexicon import (
    EMBEDDED_POST_SIGNATURE,
    FOREIGN_MONTH,
    FOREIGN_MONTHS,
    FOREIGN_WEEKDAY,
    FULL_MONTH,
    MONTH,
    MONTH_NAMES,
    MONTH_STEM,
    MONTHS,
    REFERENCE_SECTION,
)
from ..model import Article, Block, TimelineEvent
from .attributive import names_thing, own_dates
from .entries import DATE_WORDS, merge_near_duplicates, one_date_per_text, one_per_clause, spread_over_dates
from .events import (
    TIMESTAMPED,
    ended,
    is_fragment,
    named_trackers,
    names_only,
    not_an_event,
    says_nothing,
    shorten,
    tidy_start,
)
from .narrated import CHAIN_HINT, Anchor, chain_anchor, chained_after, chained_dates, holds, story_day
from .relative import carries_years, find_relative_dates, heading_years, lead_in_years, relative_anchor, upcoming
from .relclause import in_subject, relative_event
from .rules import CITATION, DATELINE
from .schedules import schedule_items
from .segments import (
    MAX_CLAUSE_CHARS,
    QUOTE_SENTENCES,
    has_verb,
    headless,
    hung_clause,
    quotation_closed,
    quotation_end,
    with_quote_opening,
    with_setup,
)
from .segments import cjk_clause as _cjk_clause
from .segments import segment as _segment
from .segments import spans as _spans
from .sentences import content_terms, split_sentences

MIN_YEAR, MAX_YEAR = 1500, 2039
MAX_CLAUSE_WORDS = 28  # an entry's text, shortened by `events.shorten` to fit
CUT_WORDS = 80  # a clause is cut to this many words before it is shortened (a bound on work)
LEAD_IN_WORDS = 20  # a clause that announces what follows its colon takes up to this many words of it
MIN_SHOWN = 3  # with fewer credible events than this, the box is left out
WHOLE_GERMAN_WORDS = 35  # a German clause with several dates up to this long is an entry whole
#: A clause is read from this many characters either side of its date at least, and from about 2.5 times as many in
#: all. Sentences are far shorter; a longer one (a list run together, crafted input with thousands of dates) is cut to
#: a window around each date, so that the work per date stays bounded.
CONTEXT_CHARS = 300

_YEAR = r"(?P<year>1[5-9]\d\d|20[0-3]\d)"
_ANY_FOREIGN_MONTH = FOREIGN_MONTH.replace("(?P<fmonth>", "(?:")
_PATTERNS = [
    ("day", re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b")),
    ("day", re.compile(rf"\b(?P<day>\d{{1,2}})\s*(?:to|[-–])\s*\d{{1,2}}\s+{MONTH},?\s+{_YEAR}\b")),  # "17–19 April"
    ("day", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+{_YEAR}\b")),
    ("day", re.compile(rf"\b{_YEAR}-(?P<nmonth>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")),
    # a German, Swiss or Austrian date in figures, day first, inside a sentence ("Bis zum 01.01.2019 sollen ...",
    # "(Beschl. v. 16.12.2024, Az. ...)"): one that opens or closes its text (a time after it at most) stamps a post
    ("day", re.compile(rf"(?:(?<=[\w,:;)] )|(?<=\())(?<!ersion )(?P<day>[12]\d|3[01]|0?[1-9])\."
                       rf"(?P<nmonth>1[0-2]|0?[1-9])\.{_YEAR}\b(?!\.\d|\W*$|,?\s*\d\d?:\d\d(?:\s*Uhr)?\W*$)")),
    # a span of days is dated by its first ("vom 17. bis 19. April 2015", "17.–19. April 2015", "del 14 al 30 de
    # julio de 2023", "17–19 April 2015"), not by the day next to its month
    ("day", re.compile(rf"\b(?P<day>\d{{1,2}})(?:\.|º|er)?\s*(?:bis(?:\s+zum)?|au|al|a|[-–])\s*\d{{1,2}}(?:\.|º|er)?\s+"
                       rf"(?:de\s+)?{FOREIGN_MONTH}\s+(?:del?\s+)?{_YEAR}\b")),
    ("day", re.compile(rf"\b(?P<day>\d{{1,2}})(?:\.|º|er)?\s+(?:de\s+)?{FOREIGN_MONTH}\s+(?:del?\s+)?{_YEAR}\b")),
    # two months and their year: the first starts what the sentence tells ("Im September und Oktober 2021 fand
    # ... eine Befragung statt", "From June to August 2020 the agency surveyed ...")
    ("month", re.compile(rf"\b{MONTH}\s*(?:and|to|through|until|[-–/])\s*(?:{FULL_MONTH}|(?:{MONTH_STEM})\.?),?"
                         rf"\s+{_YEAR}\b")),
    ("month", re.compile(rf"\b{FOREIGN_MONTH}\s*(?:und|bis|et|à|y|a|e|[-–/])\s*{_ANY_FOREIGN_MONTH}\s+(?:del?\s+)?"
                         rf"{_YEAR}\b")),
    ("month", re.compile(rf"\b{MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    ("month", re.compile(rf"\b{FOREIGN_MONTH}\s+(?:del?\s+)?{_YEAR}\b")),
    ("day", re.compile(rf"{_YEAR}\s*年\s*(?P<nmonth>1[0-2]|0?[1-9])\s*月\s*(?P<day>[12]\d|3[01]|0?[1-9])\s*日")),
    ("month", re.compile(rf"{_YEAR}\s*年\s*(?P<nmonth>1[0-2]|0?[1-9])\s*月")),
    ("decade", re.compile(r"\b(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?P<year>1[5-9]\d0|20[0-3]0)['’]?s\b")),
    ("decade", re.compile(r"(?P<year>1[5-9]\d0|20[0-3]0)\s*年代")),
    # "les années 1970", "los años 1970", "la década de 1970", "gli anni 1970", "die 1970er Jahre"
    ("decade", re.compile(r"\b(?:années|años|anos|anni|décadas? de|décennie)\s+(?P<year>1[5-9]\d0|20[0-3]0)\b", re.I)),
    ("decade", re.compile(r"\b(?P<year>1[5-9]\d0|20[0-3]0)er\b")),
    ("year", re.compile(
        rf"(?<![A-Za-z0-9_\u00C0-\u024F$€£¥#.,/-]){_YEAR}"
        r"(?:\s*[-–—]\s*(?:1[5-9]\d\d|20[0-3]\d|\d\d)\b)?"
        r"(?!(?!年)[\w%/-]|[.,]\d|\s*(?:%|percent\b|per cent\b))"
    )),
]
#: Words after a number that make it a count, not a year (matched where the number ends).
_NOT_AFTER = re.compile(
    r"\s*(?:people|persons|troops|soldiers|men|women|children|dollars?|euros?|eur|usd|gbp|yuan|won|pounds|francs?"
    r"|franken|rupees?|yen|rubles?|kronor|kroner|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|"
    r"units|copies|words|pages|votes|members|users|employees|workers|cases|deaths|calories|hours|minutes|items"
    r"|(?:quadrat|kilo)?metern?|tonnen|menschen|personen|einwohnern?|mitarbeitern?|besuchern?|stück"
    r"|habitants|personnes|(?:kilo)?mètres|personas|habitantes)\b",
    re.I,
)
#: Words before a number that make it something else (searched in a few characters before it).
_NOT_BEFORE = re.compile(
    r"(?:\bpages?|\bp\.|\bpp\.|\bno\.|\bnumber|#|\bphone|\btel\.?|\$|€|£|¥|\bUSD|\bcode)\s*$", re.I)
_NOT_BEFORE_REACH = 8  # characters: the longest word of _NOT_BEFORE, and a margin
#: A sports club's name that holds its founding year: "TV Fürth 1860", "TSV 1860 München".
_CLUB_BEFORE = re.compile(r"\b(?:TSV|TV|SV|FC|VfB|VfL|SC|SpVgg|TuS|SG|FSV|MTV|ESV|TSG|SSV|KSV|BV|DJK)"
                          r"\s+(?:[A-ZÄÖÜ][\w.-]*\s+){0,2}$")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
#: Every absolute date holds a year in range, and every relative one a full month name or
#: "year"/"month": a text with none of these holds no date, and is not searched further.
_YEAR_DIGITS = re.compile(_YEAR)
_DATE_HINT = re.compile(_YEAR + r"|year|month|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight"
                        r"|last night|this morning|" + CHAIN_HINT + r"|heute|gestern|aujourd|hoy|ayer|hoje|ontem"
                        r"|vergangenen Jahr|letztes Jahr|an dernier|année dernière|año pasado|ano passado"
                        r"|" + FULL_MONTH + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*\d"
                        r"|\d\.?\s+(?:de\s+)?" + FOREIGN_MONTH + r"|\d月|" + FOREIGN_WEEKDAY, re.I)
#: Clause separators: ";", " — ", ": ". White space before one is taken only from the start of
#: its run (`(?<!\s)`), and never given back, so that a long run of spaces is one step.
_CLAUSES = re.compile(r"(?:;|:\s|(?<!\s)\s++(?:;|[—–]\s|:\s))\s*+")
_LABEL = re.compile(  # "– Dec. 3, 1973: ", a chronology's item set in a paragraph, too
    r"^(?:[–—•*-]\s+)?(?:(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:[A-Z][a-z]+\.?,?\s+)?"
    r"(?:1[5-9]\d\d|20[0-3]\d)(?:\s*[-–]\s*\d{2,4})?['’]?s?(?:\s+[a-z]+){0,2}\s*[:—–]\s+")

#: A figure forecast for a year, no event of it: "Newzoo estimates that sponsorship ... will grow to $800 million
#: in 2019" (the Motley Fool), "It anticipates annual viewers to have grown to 303 million in 2019".
_FORECAST_BEFORE = re.compile(r"\b(?:will|would|could|(?:is|are) (?:expected|projected|forecast|set) to|to have)\s+"
                              r"(?:\w+\s+){0,2}(?:grow|grown|rise|risen|reach|increase|fall|decline|drop|hit|top|exceed"
                              r"|double|triple|climb|surge|jump|shrink|contract|expand)\b[^.;]{0,60}?"
                              r"(?:\d|percent|million|billion)[^.;]{0,40}?\b(?:in|by)\s+$", re.I)
_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–;:]{1,80}?\s[—–]\s")
_ISO_LEAD = re.compile(r"\d{4}(?:-\d{2}){0,2}[,:](?=\s|$)")  # "2023-07-20: ...", "1849, ...": a date that leads
_DAY_LEAD = re.compile(rf"(?:{FULL_MONTH}|(?:{MONTH_STEM})\.)\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?:\s+(?=\S)")
_TRAILS_OFF = re.compile(r"(?:\.\.\.|…)\s?[.。\"'”’)\]]*$")  # "... SYN/ACK … 。": a footnote's text cut off

_LI = re.compile(r"<li\b[^>]*>(.*?)</li>", re.S | re.I)
_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_FOOTNOTES = re.compile(r"<li\b[^>]*\bid=[\"']?fn[:_-]?\w", re.I)  # Markdown's footnotes, "fn:1"


_MONTH_NAMED = re.compile(rf"\b(?:{MONTH_STEM})", re.I)  # a day or a month, not a title's "Since 1962"


def _announces(sentence: str, lead: tuple[int, int], dated: tuple[int, int]) -> bool:
    """Whether a clause that is only a day or a month follows a colon after a statement that it
    completes ("Alaska Airlines has a new date for joining the alliance: | March 31, 2021.")."""
    said, date = sentence[slice(*lead)], sentence[slice(*dated)]
    return sentence[lead[1]:dated[0]].strip() == ":" and len(DATE_WORDS.sub("", date).split()) < 2 \
        and bool(_MONTH_NAMED.search(date)) and len(said.split()) >= 4 and has_verb(said)


def _clause(sentence: str, start: int, many: bool = False, german: bool = False) -> str:
    """The part of a sentence around a date, short enough to read in a timeline; `many`
    says the sentence holds other dates too (relative ones, which `_reach` does not count),
    `german` that it is German."""
    if sentence.startswith("(") and sentence.endswith(")"):  # a parenthetical sentence: drop the brackets
        sentence, start = sentence[1:-1], start - 1
    begin, end = 0, len(sentence)
    spans = _clause_spans(sentence, start)
    for index, (a, b) in enumerate(spans):
        if a <= start < b + 1:
            begin, end, index = hung_clause(sentence, spans, index)
            if (index + 1 < len(spans) and sentence[b:spans[index + 1][0]].strip() == ":"
                    and len(DATE_WORDS.sub("", sentence[begin:b]).split()) >= 4
                    and len(sentence[slice(*spans[index + 1])].split()) <= LEAD_IN_WORDS):
                end = spans[index + 1][1]  # "two big things happened: a website failed, and ..."
            elif index > 0 and _announces(sentence, spans[index - 1], (a, b)):
                begin = spans[index - 1][0]  # "... a new date for joining the alliance: March 31, 2021."
            break
    end, several = _reach(sentence, begin, end)
    several = several or (many and len(sentence[begin:end].split()) > 8)
    if several and german and len(sentence[begin:end].split()) <= WHOLE_GERMAN_WORDS:
        several = False  # "Die Gebergemeinschaft hat ihr 2009 ... gemachtes Versprechen, ab 2020 ... zu mobilisieren,
        # noch immer nicht eingelöst": a German clause's verb closes it, and no piece between its commas reads alone
    chosen = _segment(sentence[begin:end], start - begin, _content_size) if several else sentence[begin:end]
    if headless(chosen) and has_verb(sentence[begin:end]):  # a list of milestones keeps its items apart
        chosen = sentence[begin:end]  # "first asking in April for volunteers": the piece says nothing alone
    keep = sentence[start:start + 4]
    chosen, unspaced = _tidy(chosen)
    if unspaced:
        return _cjk_clause(chosen, start - sentence.find(chosen)).strip()
    told = relative_event(chosen, at) if (at := chosen.find(keep)) >= 0 else None
    if not told and at >= 0 and in_subject(chosen, at):
        return ""  # "A man murdered last month has ...": the date is the phrase's, the sentence tells now
    chosen = told or chosen
    text = shorten(chosen.strip(), MAX_CLAUSE_WORDS, keep)
    if _TRAILS_OFF.search(text):
        return ""  # the source's own "..." or a clause too long to end: no statement to print
    if text.startswith(keep) and (lead := _ISO_LEAD.match(text) or _DAY_LEAD.match(text)):
        text = text[lead.end():]  # "1849, original title: ...", "2023-07-20: ...", "October 20: ACCIDENT – ...": the
        # box prints the date
    return ended(tidy_start(text))


def _content_size(piece: str) -> int:
    """A piece's words, or none when all but two are its date's ("ce jeudi 2 novembre 2023")."""
    return len(piece.split()) if len(DATE_WORDS.sub("", piece).split()) > 2 else 0


# `_clause`'s steps that depend on the clause, not on the date, are cached: a sentence's dates ask for the same.

@functools.lru_cache(maxsize=256)
def _reach(sentence: str, begin: int, end: int) -> tuple[int, bool]:
    """Where the text of the clause at `begin:end` ends, and whether it holds several dates.

    A clause of little more than its date ("1970: Codd published ...") takes what follows.
    """
    for a, b in _clause_spans(sentence) if end < len(sentence) else ():
        if len(DATE_WORDS.sub("", sentence[begin:end]).split()) >= 3:
            break
        if a >= end:
            end = b  # the clause after it, up to its own end: "1970: Codd published ..."
    chosen = sentence[begin:end]
    return end, len(chosen.split()) > 12 and _has_dates(chosen, 2)


@functools.lru_cache(maxsize=256)
def _tidy(chosen: str) -> tuple[str, bool]:
    """A clause without URLs, label or stray bracket, cut to MAX_CLAUSE_WORDS; and whether it
    is unspaced text too long for that (which `_cjk_clause` cuts)."""
    chosen = named_trackers(chosen, _ISO_LEAD)
    chosen = DATELINE.sub("", _LABEL.sub("", _URL.sub("", CITATION.sub("", chosen))).strip())
    if chosen.endswith(")") and chosen.count(")") > chosen.count("("):
        chosen = chosen[:-1]  # the end of a bracket opened in an earlier sentence
    chosen = re.sub(r"\s+(?=[.,;:!?](?:\s|$))", "", re.sub(r"\s{2,}", " ", chosen))  # "cloud.gov ." from a link
    words = chosen.split()
    if len(words) > CUT_WORDS:
        return " ".join(words[:CUT_WORDS]).rstrip(",;:") + " …", False
    return chosen, len(chosen) > MAX_CLAUSE_CHARS and len(chosen) > 12 * len(words)


@functools.lru_cache(maxsize=64)
def _clause_spans(sentence: str, date: int = -1) -> list[tuple[int, int]]:
    """The clauses of a sentence (between ";", " — ", ": "), as `_spans` finds them; a short aside between
    two dashes, not holding the `date` offset, stays in its clause ("residents — over 1 million — evacuate")."""
    return _spans(_CLAUSES, sentence if date < 0 else _DASH_ASIDE.sub(
        lambda m: m.group() if m.start() <= date < m.end() else re.sub("[—–]", "-", m.group()), sentence))


def find_dates(sentence: str) -> list[tuple[int, str, str]]:
    """(offset, partial ISO date, precision) for each date expression in a sentence."""
    if not _YEAR_DIGITS.search(sentence):
        return []
    return sorted(_date_matches(_URL.sub(lambda m: " " * len(m.group()), sentence)))


def _has_dates(sentence: str, count: int) -> bool:
    """Whether `find_dates` finds at least `count` dates in a sentence (it stops there)."""
    if not _YEAR_DIGITS.search(sentence):
        return False
    found = _date_matches(_URL.sub(lambda m: " " * len(m.group()), sentence))
    return next(islice(found, count - 1, None), None) is not None


def _date_matches(masked: str) -> Iterator[tuple[int, str, str]]:
    """(offset, partial ISO date, precision) for each date in a sentence whose URLs are
    blanked out, in the order the patterns find them (finer patterns first)."""
    taken = bytearray(len(masked))  # 1 under each date found: a later pattern may not overlap it
    for precision, pattern in _PATTERNS:
        for match in pattern.finditer(masked):
            if taken.find(1, match.start(), match.end()) >= 0:
                continue
            year = int(match.group("year"))
            if not MIN_YEAR <= year <= MAX_YEAR:
                continue
            if precision == "year" and (_NOT_AFTER.match(masked, match.end()) or _not_a_year(masked, match.start())):
                continue
            forecast = precision == "year" and _FORECAST_BEFORE.search(masked, max(0, match.start() - 120),
                                                                         match.start())
            if forecast or not_an_event(masked, match.start(), match.end(), precision):
                taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
                continue
            month = None
            if "month" in match.groupdict() and match.group("month"):
                month = MONTHS.get(match.group("month").lower().rstrip("."))
            elif "fmonth" in match.groupdict():
                month = FOREIGN_MONTHS[match.group("fmonth").lower()]
            elif "nmonth" in match.groupdict():
                month = int(match.group("nmonth"))
            day = int(match.group("day")) if "day" in match.groupdict() else None
            if day is not None and not 1 <= day <= 31:
                continue
            taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
            yield match.start(), format_partial(year, month, day), precision


def _not_a_year(text: str, start: int) -> bool:
    """Whether the words just before a number make it a page, a number, a price or a code.

    Only the white space before the number and a few characters before that are searched,
    never the whole sentence before it.
    """
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return bool(_NOT_BEFORE.search(text, max(0, end - _NOT_BEFORE_REACH), start)
                or _CLUB_BEFORE.search(text, max(0, start - 30), start))


def _items(block: Block, pattern: re.Pattern) -> list[str]:
    """The items of a list (or cells of a table), one text each (its HTML keeps them apart)."""
    if block.html:
        items = [_html.unescape(re.sub(r"\s+", " ", _TAG.sub(" ", i))).strip()
                 for i in pattern.findall(block.html)]
        if items := [i for i in items if i]:
            return items
    return [block.text]


_SHOUTED = re.compile(rf"\b(?:{'|'.join(name.upper() for name in MONTH_NAMES)})\b")  # "JULY 2017": not found as a date


def dated_texts(article: Article) -> Iterator[tuple[int, int | None, str]]:
    """(section, paragraph, text) for every piece of the body that can carry a dated event.

    Paragraphs, list items, quotes and tables are read; code, figures (captions), raw HTML
    and embedded social-media posts are not. A heading that carries a date dates the first text under it ("#### 2016"),
    and every entry of a log under it that opens with its time of day (`events.TIMESTAMPED`).
    """
    for s_index, section in enumerate(article.sections):
        p_index = 0
        heading = _SHOUTED.sub(lambda m: m.group().title(), (section.heading or "").strip())
        dated_heading = bool(heading and find_dates(heading))
        if dated_heading and len(DATE_WORDS.sub("", heading).split()) >= 3:
            yield s_index, None, heading  # "[From the English edition of 1888, ...]" tells its own event
            dated_heading = False
        first = True
        for block in section.blocks:
            if block.kind == "paragraph":
                texts, paragraph = [block.text], p_index
                p_index += 1
                if EMBEDDED_POST_SIGNATURE.search(block.text):
                    continue  # a post copied whole into a text ("... — ICRC Africa (@ICRC_Africa) October 13, 2016")
            elif block.kind == "list" and not _FOOTNOTES.search(block.html or ""):
                texts, paragraph = _items(block, _LI), None  # a list of footnotes cites, tells nothing
            elif block.kind == "table":
                texts, paragraph = _items(block, _CELL), None
            elif block.kind == "quote" and not EMBEDDED_POST_SIGNATURE.search(block.text):
                texts, paragraph = [block.text], None
            else:
                continue
            for text in texts:
                if dated_heading and not find_dates(text) and (first or TIMESTAMPED.match(text)):
                    text = f"{heading.rstrip(':')}: {text}"  # "#### 2016" dates the first thing under it
                first = False
                yield s_index, paragraph, text
        if first and dated_heading:
            yield s_index, None, heading


def extract_events(article: Article) -> list[TimelineEvent]:
    """Every dated event in the article's body (not its bio, captions or code)."""
    events = []
    base = relative_anchor(article)
    german = (article.metadata.language or "").lower().startswith("de")
    narrated = None  # in an undated article, the year its text last named
    anchor: Anchor | None = None
    told_day: Anchor | None = None
    for section, paragraph, text in dated_texts(article):
        if not _DATE_HINT.search(text):
            continue
        section_years = (lead_in_years(text) or heading_years(article.sections[section].heading or "")
                         ) - {(base or "")[:4]}  # the article's own year ("Olympia 2022"): the nearest one decides
        sentences = split_sentences(text)
        for index, sentence in enumerate(sentences):
            if sentence.rstrip(" \"'”’»)").endswith(("?", "？", "؟")):
                continue  # a question asks about a date; it tells no event
            found = find_dates(sentence)
            taken = [start for start, _, _ in found]  # sorted
            year = int(next(iter(section_years))) if len(section_years) == 1 else None if base else narrated
            told = year is not None and year == narrated and len(section_years) != 1
            if (base is None or len(section_years) == 1) and len(
                    own := {d[:4] for at, d, _ in found if not names_thing(sentence, at)}) == 1:
                year, told = int(own.pop()), False  # "El 6 de diciembre de 1978 ..., el 29 de diciembre"; the
                # sentence's own year before its section's ("In 1999, ... ending September 18" under "1990s")
            relative = [(r[0], story_day(sentence, r, told_day, section, paragraph, base), r[2])
                        for r in find_relative_dates(sentence, base, year, told)
                        if not _near(taken, r[0], 12) or _after_colon(sentence, taken, r[0])]
            found += relative
            if (days := [f for f in found[:len(taken)] if f[2] == "day"]) and paragraph is not None:
                told_day = Anchor(days[-1][1], "day", section, paragraph)  # the last day written in full
            if not found and anchor is not None and holds(anchor, section, paragraph):
                found = chained_dates(sentence, anchor, base)  # "the previous week", "two days later"
            elif found:  # "In May, ... awarded ..., but OrbitBeyond canceled its order two months later"
                found += [c for c in chained_after(sentence, found) if not _near(sorted(f[0] for f in found), c[0], 12)]
            narrated = int(found[-1][1][:4]) if taken and found and carries_years(article) else narrated
            # A date that a finer one in the same sentence starts with gives way to it.
            broader = {date[:i] for _, date, _ in found for i, c in enumerate(date) if c == "-"}
            found = own_dates(sentence, [f for f in found if f[1] not in broader])  # not "the 2016 election"
            if (points := [f for f in found if f[2] != "decade"]) and paragraph is not None:
                anchor = Anchor(*min(points, key=chain_anchor)[1:], section, paragraph)
            windows: dict[int, tuple[str, int]] = {}
            items = schedule_items(sentence, sorted(start for start, _, _ in found))
            if items and base and year is None:  # a schedule without a year lists what is to come
                later = {start: upcoming(date, base) for start, date, _ in relative}
                found = [(start, later.get(start, date), precision) for start, date, precision in found]
            in_sentence: list[TimelineEvent] = []
            for start, date, precision in sorted(found):
                if items and start not in items:
                    continue  # a schedule's lead-in ("Tour 2020 dates:"), not one of its items
                many = len(found) > 1
                text = ended(items[start]) if items else _clause(*_context(sentence, start, windows), many, german)
                setup = sentences[index - 1] if index and not items else ""  # what "He ..." points back at
                text = text if _DATE_HINT.search(setup) else with_setup(setup, text, sentence)
                text = with_quote_opening(sentences[max(0, index - QUOTE_SENTENCES):index] if setup else [], text) \
                    if text.startswith(sentence[:25]) else quotation_end(text)
                text = quotation_closed(text)
                if says_nothing(text) or (not items and (is_fragment(text) or (names_only(text) and date[:4] in text))):
                    continue
                in_sentence.append(TimelineEvent(date=date, precision=precision, text=text,
                                                 section=section, paragraph=paragraph))
            events += one_per_clause(in_sentence)
    return one_date_per_text(events)


def _after_colon(sentence: str, offsets: list[int], offset: int) -> bool:
    """Whether a colon stands between the date at `offset` and every date of `offsets`
    before it: "Tour 2020 dates: June 9 -- ..." names two dates, not one."""
    before = [o for o in offsets if o < offset]
    return bool(before) and ":" in sentence[before[-1]:offset] and not any(offset < o < offset + 12 for o in offsets)


def _near(offsets: list[int], offset: int, distance: int) -> bool:
    """Whether any of the sorted `offsets` lies within `distance` of `offset`."""
    index = bisect_left(offsets, offset - distance)
    return index < len(offsets) and offsets[index] <= offset + distance


def _context(sentence: str, start: int, windows: dict[int, tuple[str, int]]) -> tuple[str, int]:
    """The sentence and the date's offset in it; for a long sentence, a window of it with at
    least CONTEXT_CHARS either side of the date, and the date's offset in the window.

    The windows of a sentence are fixed, one for each stretch of CONTEXT_CHARS / 2 (kept in
    `windows`), so that the dates in one stretch share theirs. A window is cut between words
    where it can.
    """
    step = CONTEXT_CHARS // 2
    if len(sentence) <= 2 * CONTEXT_CHARS + step:
        return sentence, start
    block = start // step
    if block not in windows:
        low, high = max(0, block * step - CONTEXT_CHARS), min(len(sentence), (block + 1) * step + CONTEXT_CHARS)
        if low > 0 and (space := sentence.find(" ", low, block * step)) >= 0:
            low = space + 1
        if high < len(sentence) and (space := sentence.rfind(" ", (block + 1) * step, high)) >= 0:
            high = space
        windows[block] = sentence[low:high], low
    window, low = windows[block]
    return window, start - low


def build_timeline(article: Article, max_shown: int = 8) -> tuple[TimelineEvent, ...]:
    """Given entries plus extracted ones (given win on their dates), sorted, salience-marked."""
    given = [e for e in article.timeline if e.origin == "given"]
    given_dates = {e.date for e in given}
    extracted = [e for e in extract_events(article) if e.date not in given_dates]
    extracted = merge_near_duplicates(extracted)

    weights = Counter(content_terms(article.metadata.title) * 3)
    for _, _, text in article.paragraphs():
        weights.update(content_terms(text))
    references = {i for i, s in enumerate(article.sections)  # a citation's year is no event of the article's
                  if s.heading and REFERENCE_SECTION.match(s.heading.strip(" :#*"))}
    extracted = [e for e in extracted if e.section not in references]

    def salience(event: TimelineEvent) -> float:
        terms = content_terms(event.text)
        base = sum(weights[t] for t in set(terms)) / (1 + len(terms))
        return round(base * {"day": 1.3, "month": 1.2, "year": 1.0, "decade": 0.8}[event.precision], 3)

    extracted = [TimelineEvent(**{**e.__dict__, "salience": salience(e)}) for e in extracted]
    ranked = sorted(extracted, key=lambda e: (-e.salience, e.sort_key))
    shown_ids = {id(e) for e in spread_over_dates(ranked, max(0, max_shown))}
    if not given and len(extracted) < MIN_SHOWN:
        shown_ids = set()  # one or two dates make no timeline: the box is left out
    marked = [TimelineEvent(**{**e.__dict__, "shown": id(e) in shown_ids}) for e in extracted]
    return tuple(sorted(given + marked, key=lambda e: e.sort_key))
