"""Dates written relative to the article's own date ("last year", "in March", "on
Tuesday"), resolved against that date when it is the text's own time.

"This year" and "this month" are not resolved: they restate when the article was
written, not when something happened.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..dates import format_partial
from ..lexicon import FOREIGN_MONTH, FOREIGN_MONTHS, FULL_MONTH, MONTHS
from ..model import Article

MIN_YEAR, MAX_YEAR = 1500, 2039
_YEAR_DIGITS = re.compile(r"1[5-9]\d\d|20[0-3]\d")

#: Dates relative to the article's own date (resolved only when that date is known).
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "a": 1}
_RELATIVE_YEAR = re.compile(
    r"(?<![Tt]he\s)\b(?:(?P<which>last|this|next|previous)\s+year|(?P<n>\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a)\s+years?\s+ago)\b", re.I)
_RELATIVE_MONTH = re.compile(r"(?<![Tt]he\s)\b(?P<which>last|this|next|previous)\s+month\b", re.I)
_MONTH_ONLY = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-|"
    r"(?:beginning|end|middle) of)\s+(?:early\s+|late\s+|mid-)?"
    rf"(?P<month>{FULL_MONTH})"
    r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?\b(?!,?\s+(?:of\s+)?\d{4}|\s*-?\d)"
    r"(?:,?\s+(?:of\s+)?(?P<which>this|last|next)\s+year\b)?"
)
#: A day and month without a year, where nothing else can mean it: "Nov. 18", "10 de
#: março", "3. April", "le 3 avril" (the year follows from the article's date).
_DAY_MONTH = re.compile(
    r"\b(?P<amonth>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s+(?P<aday>\d{1,2})\b(?!,?\s+\d{4}|\d)"
    r"|\b(?P<fday>\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?" + FOREIGN_MONTH + r"\b(?!,?\s+(?:de\s+)?\d{4})")
#: Days named from the article's own: its news.
_DAY_WORDS = re.compile(r"(?<!^)(?<!^[\"“])\b(?P<word>today|yesterday|tonight|last night|this morning|earlier today)\b"
                        r"|^(?P<first>yesterday|last night|earlier today)\b", re.I)
_DAY_OFFSETS = {"today": 0, "tonight": 0, "this morning": 0, "earlier today": 0, "yesterday": -1, "last night": -1}
_WEEKDAY = re.compile(
    r"\b(?:(?P<which>[Ll]ast|[Oo]n|[Tt]his past)\s+(?P<day1>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    r"|(?P<day2>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:morning|afternoon|evening|night)\b)"
    r"(?!,?\s+(?:the\s+)?\d|,?\s+(?:" + FULL_MONTH + r"))")
_WEEKDAY_NUMBER = {name: n for n, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_FUTURE = re.compile(
    r"\b(?:will|shall|is (?:due|set|expected|scheduled) to|are (?:due|set|expected|scheduled) to|"
    r"upcoming|será|serão|vai|vão|acontece|acontecerá|ocorrerá|sera|seront|aura lieu|"
    r"wird|werden|serán|tendrá lugar|se celebrará|calendário|calendario|calendrier|programa[çc][ãa]o)\b|['’]ll\b",
    re.I)

def find_relative_dates(sentence: str, base: str | None) -> list[tuple[int, str, str]]:
    """Dates written relative to the article's date ("last year", "in March"), resolved."""
    if not base or not re.match(r"^\d{4}-\d{2}", base):
        return []
    year, month = int(base[:4]), int(base[5:7])
    offsets = {"last": -1, "previous": -1, "this": 0, "next": 1}
    found, spans = [], []
    future = None  # whether the sentence speaks of the future, read once when needed
    for match in _MONTH_ONLY.finditer(sentence):
        m = MONTHS[match.group("month").lower()]
        day = int(match.group("day")) if match.group("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        if match.group("which"):
            y = year + offsets[match.group("which").lower()]
        else:
            # A month named without a year is the nearest one in the sentence's direction of time.
            if future is None:
                future = bool(_FUTURE.search(sentence))
            if future:
                y = year if m >= month else year + 1
            else:
                y = year if m <= month else year - 1
        found.append((match.start("month"), format_partial(y, m, day), "day" if day else "month"))
        spans.append(match.span())
    for match in _DAY_MONTH.finditer(sentence):
        if match.group("amonth"):
            m, day = MONTHS[match.group("amonth").lower()], int(match.group("aday"))
        else:
            m, day = FOREIGN_MONTHS[match.group("fmonth").lower()], int(match.group("fday"))
        if not 1 <= day <= 31:
            continue
        if future is None:
            future = bool(_FUTURE.search(sentence))
        y = (year if m >= month else year + 1) if future else (year if m <= month else year - 1)
        found.append((match.start(), format_partial(y, m, day), "day"))
        spans.append(match.span())
    if len(base) >= 10 and re.match(r"^\d{4}-\d{2}-\d{2}", base):
        found += _weekdays(sentence, base)
        found += _days(sentence, base)
    for match in _RELATIVE_YEAR.finditer(sentence):
        if any(a <= match.start() < b for a, b in spans):
            continue
        if (which := (match.group("which") or "").lower()) == "this":
            continue  # "this year": the article's own time, not an event's date
        if which:
            offset = offsets[which]
        else:
            n = match.group("n").lower()
            offset = -(int(n) if n.isdigit() else _NUMBER_WORDS[n])
        found.append((match.start(), format_partial(year + offset), "year"))
    for match in _RELATIVE_MONTH.finditer(sentence):
        if match.group("which").lower() == "this":
            continue
        y, m = divmod(year * 12 + month - 1 + offsets[match.group("which").lower()], 12)
        found.append((match.start(), format_partial(y, m + 1), "month"))
    return found


def _weekdays(sentence: str, base: str) -> list[tuple[int, str, str]]:
    """"On Tuesday", "last Friday", "Monday night" in a report, resolved against its
    date: the nearest such day before it (after it when the sentence speaks of the future)."""
    try:
        day = _dt.date.fromisoformat(base[:10])
    except ValueError:
        return []
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return []  # "0001-01-01" from a page's broken metadata: no week before it
    found = []
    future = None
    for match in _WEEKDAY.finditer(sentence):
        name = (match.group("day1") or match.group("day2")).lower()
        delta = (day.weekday() - _WEEKDAY_NUMBER[name]) % 7
        which = (match.group("which") or "").lower()
        if which == "last" and delta == 0:
            delta = 7
        if which != "last":
            if future is None:
                future = bool(_FUTURE.search(sentence))
            if future:
                delta = -((_WEEKDAY_NUMBER[name] - day.weekday()) % 7)
        found.append((match.start(), (day - _dt.timedelta(days=delta)).isoformat(), "day"))
    return found


def _days(sentence: str, base: str) -> list[tuple[int, str, str]]:
    """"Today", "yesterday", "last night" in a report: its date, or the day before."""
    try:
        day = _dt.date.fromisoformat(base[:10])
    except ValueError:
        return []
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return []
    # "Today, plague is rare" opens a sentence about the present, not the day's news.
    return [(m.start(), (day + _dt.timedelta(days=_DAY_OFFSETS[(m.group("word") or m.group("first")).lower()])
                         ).isoformat(), "day")
            for m in _DAY_WORDS.finditer(sentence)]


def relative_anchor(article: Article) -> str | None:
    """The date relative dates are read against: the article's own, unless that is not the
    text's time (a book's release date, a reprint decades after the text's own years)."""
    base = article.metadata.date
    if not base or article.metadata.reader == "gutenberg text" or not MIN_YEAR <= int(base[:4]) <= MAX_YEAR:
        return None
    years = [int(m.group()) for _, _, text in article.paragraphs() for m in _YEAR_DIGITS.finditer(text)]
    if years and max(years) < int(base[:4]) - 30:
        return None
    return base
