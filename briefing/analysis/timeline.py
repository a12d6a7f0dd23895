"""Timeline: dated events found in the body, merged with the entries the user gave.

Finds full dates, month-year, decades, ranges and plain years in context, while
refusing numbers that only look like years (percentages, counts, money, page numbers,
years inside URLs). Each event keeps its precision and a short clause about it.
"""

from __future__ import annotations

import re
from collections import Counter

from ..dates import MONTHS, format_partial
from ..model import Article, TimelineEvent
from .sentences import content_terms, split_sentences

MIN_YEAR, MAX_YEAR = 1500, 2039
MAX_CLAUSE_WORDS = 28

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR = r"(?P<year>1[5-9]\d\d|20[0-3]\d)"
_PATTERNS = [
    ("day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b")),
    ("day", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")),
    ("day", re.compile(rf"\b{_YEAR}-(?P<nmonth>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")),
    ("month", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    ("decade", re.compile(r"\b(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?P<year>1[5-9]\d0|20[0-3]0)['’]?s\b")),
    ("year", re.compile(
        rf"(?<![\w$€£¥#.,/-]){_YEAR}"
        r"(?:\s*[-–—]\s*(?:1[5-9]\d\d|20[0-3]\d|\d\d)\b)?"
        r"(?!(?!年)[\w%/-]|[.,]\d|\s*(?:%|percent\b|per cent\b))"
    )),
]
_NOT_AFTER = re.compile(
    r"^\s*(?:people|persons|troops|soldiers|men|women|children|dollars|euros|yuan|won|pounds|"
    r"km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|units|copies|words|pages|"
    r"votes|members|users|employees|workers|cases|deaths|calories|hours|minutes|items)\b",
    re.I,
)
_NOT_BEFORE = re.compile(r"(?:\bpages?|\bp\.|\bpp\.|\bno\.|\bnumber|#|\bphone|\btel\.?|\$|€|£|¥|\bUSD|\bcode)\s*$", re.I)
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
_CLAUSES = re.compile(r"\s*(?:;|\s[—–]\s|:\s)\s*")


def _clause(sentence: str, start: int) -> str:
    """The part of a sentence around a date, short enough to read in a timeline."""
    pos, chosen = 0, sentence
    for part in _CLAUSES.split(sentence):
        where = sentence.find(part, pos)
        if where <= start < where + len(part) + 1:
            chosen = part
            break
        pos = where + len(part)
    words = chosen.split()
    if len(words) > MAX_CLAUSE_WORDS:
        chosen = " ".join(words[:MAX_CLAUSE_WORDS]).rstrip(",;:") + " …"
    return chosen.strip()


def find_dates(sentence: str) -> list[tuple[int, str, str]]:
    """(offset, partial ISO date, precision) for each date expression in a sentence."""
    masked = _URL.sub(lambda m: " " * len(m.group()), sentence)
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for precision, pattern in _PATTERNS:
        for match in pattern.finditer(masked):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            year = int(match.group("year"))
            if not MIN_YEAR <= year <= MAX_YEAR:
                continue
            if precision == "year":
                if _NOT_AFTER.match(masked[match.end():]) or _NOT_BEFORE.search(masked[:match.start()]):
                    continue
            month = None
            if "month" in match.groupdict() and match.group("month"):
                month = MONTHS.get(match.group("month").lower().rstrip("."))
            elif "nmonth" in match.groupdict():
                month = int(match.group("nmonth"))
            day = int(match.group("day")) if "day" in match.groupdict() else None
            if day is not None and not 1 <= day <= 31:
                continue
            taken.append(match.span())
            found.append((match.start(), format_partial(year, month, day), precision))
    return sorted(found)


def extract_events(article: Article) -> list[TimelineEvent]:
    """Every dated event in the article's body paragraphs."""
    events = []
    for section, paragraph, text in article.paragraphs():
        for sentence in split_sentences(text):
            for start, date, precision in find_dates(sentence):
                events.append(TimelineEvent(date=date, precision=precision,
                                            text=_clause(sentence, start), section=section,
                                            paragraph=paragraph))
    return events


def _merge(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """Drop near-duplicates: the same date and mostly the same words."""
    kept: list[TimelineEvent] = []
    for event in events:
        terms = set(content_terms(event.text))
        duplicate = False
        for other in kept:
            if other.date == event.date:
                shared = terms & set(content_terms(other.text))
                if len(shared) >= 0.6 * max(1, min(len(terms), len(set(content_terms(other.text))))):
                    duplicate = True
                    break
        if not duplicate:
            kept.append(event)
    return kept


def build_timeline(article: Article, max_shown: int = 8) -> tuple[TimelineEvent, ...]:
    """Given entries plus extracted ones (given win on their dates), sorted, salience-marked."""
    given = [e for e in article.timeline if e.origin == "given"]
    given_dates = {e.date for e in given}
    extracted = [e for e in extract_events(article) if e.date not in given_dates]
    extracted = _merge(extracted)

    weights = Counter(content_terms(article.metadata.title) * 3)
    for _, _, text in article.paragraphs():
        weights.update(content_terms(text))
    def salience(event: TimelineEvent) -> float:
        terms = content_terms(event.text)
        base = sum(weights[t] for t in set(terms)) / (1 + len(terms))
        return round(base * {"day": 1.3, "month": 1.2, "year": 1.0, "decade": 0.8}[event.precision], 3)

    extracted = [TimelineEvent(**{**e.__dict__, "salience": salience(e)}) for e in extracted]
    ranked = sorted(extracted, key=lambda e: (-e.salience, e.sort_key))
    shown_ids = {id(e) for e in ranked[:max(0, max_shown)]}
    marked = [TimelineEvent(**{**e.__dict__, "shown": id(e) in shown_ids}) for e in extracted]
    return tuple(sorted(given + marked, key=lambda e: e.sort_key))
