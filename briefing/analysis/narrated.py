"""Dates a narrative tells from the one it named before: "the next day", "two days later",
"the previous week", "the following year", "the following Monday", "the same day", "later that
evening", "the next morning". A report
that says "The company shelved its offering on September 30. Neumann had resigned as chief
executive the previous week." dates the resignation to September.

`chained_dates` resolves them against the anchor, the last date the text named (in the same
or the paragraph before: further on, a chain has lost its thread). A day's offset needs a day
to count from; a week's gives the month it falls in (no finer: a week is no day); a month's
needs a month; a year's any date.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..dates import format_partial
from ..lexicon import MONTH_STEM
from .referred import is_baseline

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BACK = {"previous", "preceding", "before", "earlier"}
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
#: What tells that a text may hold such a date (for a quick look before the full search).
CHAIN_HINT = (r"days?\s+(?:later|earlier|before|after)|the\s+(?:next|following|previous|preceding|same)\s+"
              r"(?:day|morning|afternoon|evening|night)|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)")
#: "the day before" only where it ends its phrase: "the day before the election" is the election's.
_CHAINED = re.compile(
    r"\bthe\s+(?P<which>previous|preceding|following|next)\s+(?P<unit>day|week|month|year|morning|afternoon"
    r"|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s|\s+(?:of|after|before)\b)"
    r"|\bthe\s+day\s+(?P<side>before|after)(?=\s*(?:[,.;:)]|$))"
    r"|(?<!half\s)\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<units>day|week|month|year)s?"
    r"\s+(?P<dir>later|earlier)\b(?!\s+than\b)"
    r"|\b(?:on\s+)?the\s+(?P<same>same)\s+day\b"
    r"|\b(?:later|earlier)\s+(?P<that>that)\s+(?:day|morning|afternoon|evening|night)\b"
    r"|\b(?P<this>that)\s+(?:same\s+)?(?:morning|afternoon|evening|night)\b", re.I)


#: Within a sentence, a chain counts from a date before it only in a clause of its own: ", but
#: OrbitBeyond canceled its order two months later", "... and the next day we came to work";
#: not "from 10:30 p.m. Aug. 9 to 6:30 a.m. the following morning" (a span), nor "released Blood
#: on the Tracks followed by ... Desire the following year" (one clause, cut no better).
_JOINED = re.compile(r",\s*(?:but|and|yet|then|while)\s|;\s", re.I)
_JOINED_HERE = re.compile(r"\b(?:and|but|then)\s+$", re.I)


@dataclass(frozen=True)
class Anchor:
    """The last date a text named, and where: (section, paragraph)."""

    date: str
    precision: str
    section: int
    paragraph: int


_FINEST_FIRST = {"day": 0, "month": 1, "year": 2}


def chain_anchor(found: tuple[int, str, str]) -> tuple[int, int]:
    """The key by which a sentence's (offset, date, precision) dates give a chain its anchor: its
    finest, then its first ("Promoted on May 3, 2015, Smith had joined in 2001. The following
    year ...": 2016)."""
    return _FINEST_FIRST.get(found[2], 3), found[0]


def holds(anchor: Anchor, section: int, paragraph: int | None) -> bool:
    """Whether a chain told at (section, paragraph) still counts from the anchor."""
    return paragraph is not None and anchor.section == section and 0 <= paragraph - anchor.paragraph <= 1


def chained_dates(sentence: str, anchor: Anchor, base: str | None = None) -> list[tuple[int, str, str]]:
    """(offset, partial ISO date, precision) of each chained date in the sentence, counted from
    the anchor (see the module); none after the article's date `base`, which a narrative's "later"
    does not pass ("perform that tune again 14 years later", counted from the report's own Sunday)."""
    return [f for f in _chains(sentence, lambda match: anchor) if not base or f[1] <= base[:len(f[1])]]


def chained_after(sentence: str, found: Sequence[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The same, for a sentence with dates of its own (`found`): each chain in a clause of its
    own counts from the nearest of them before it ("In May, NASA awarded task orders ..., but
    OrbitBeyond canceled its task order two months later" is July)."""
    def nearest(match: re.Match) -> Anchor | None:
        before = [f for f in found if f[0] < match.start() and f[2] != "decade"]
        if not before or not (_JOINED.search(sentence, max(before)[0], match.start())
                              or _JOINED_HERE.search(sentence, 0, match.start())):
            return None
        return Anchor(*max(before)[1:], 0, 0)

    return _chains(sentence, nearest)


def _chains(sentence: str, anchor_of) -> list[tuple[int, str, str]]:
    found = []
    for match in _CHAINED.finditer(sentence):
        if is_baseline(sentence, match.start()):
            continue  # "up from 33.8 a week earlier": a figure's point of comparison
        anchor = anchor_of(match)
        if anchor is not None and (resolved := _resolve(match, anchor)) is not None:
            found.append((match.start(), *resolved))
    return found


def _resolve(match: re.Match, anchor: Anchor) -> tuple[str, str] | None:
    if match.group("same") or match.group("that") or match.group("this"):
        return (anchor.date, "day") if anchor.precision == "day" else None
    if match.group("side"):
        unit, count, back = "day", 1, match.group("side").lower() in _BACK
    elif match.group("which"):
        unit, count, back = match.group("unit").lower(), 1, match.group("which").lower() in _BACK
        unit = "day" if unit in _PARTS_OF_DAY else unit  # "the next morning": the day after
    else:
        text = match.group("n").lower()
        unit, back = match.group("units").lower(), match.group("dir").lower() in _BACK
        count = int(text) if text.isdigit() else _COUNTS[text]
    sign = -1 if back else 1
    year = int(anchor.date[:4])
    if unit == "year":
        return format_partial(year + sign * count), "year"
    if unit == "month":
        if anchor.precision not in ("month", "day"):
            return None
        y, m = divmod(year * 12 + int(anchor.date[5:7]) - 1 + sign * count, 12)
        return format_partial(y, m + 1), "month"
    if anchor.precision != "day":
        return None
    day = _dt.date.fromisoformat(anchor.date)
    if unit in _WEEKDAYS:  # the first such weekday after (or before) the anchor's day
        ahead = (_WEEKDAYS.index(unit) - day.weekday()) % 7 or 7
        behind = (day.weekday() - _WEEKDAYS.index(unit)) % 7 or 7
        return (day - _dt.timedelta(days=behind) if back else day + _dt.timedelta(days=ahead)).isoformat(), "day"
    day += _dt.timedelta(days=sign * count * (7 if unit == "week" else 1))
    return (day.isoformat(), "day") if unit == "day" else (format_partial(day.year, day.month), "month")


#: A month and a day with no year after them ("On December 29, her boyfriend ...").
_MONTH_DAY = re.compile(rf"(?:on\s+)?(?:{MONTH_STEM})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
                        r"(?!\d|,?\s*(?:1[5-9]|20)\d\d)", re.I)
#: How far a story goes on from a day it wrote in full: at most this many days, and this many paragraphs.
STORY_DAYS, STORY_PARAGRAPHS = 45, 8
#: A month and a day nearer the article's date than this is news of its days, not the story's.
RECENT_DAYS = 90


def story_day(sentence: str, found: tuple[int, str, str], told: Anchor | None, section: int,
              paragraph: int | None, base: str | None) -> str:
    """The date of a month and day written with no year (`found`, resolved against the article's date
    `base`), in the story a day written in full before it tells (`told`): a trial's report of April 2012
    that wrote "on December 16, 2010" goes on "She returned to the property on December 27" and "On
    December 29, her boyfriend ...", of December 2010, not 2011. Only when the article's own days are far
    off, and the day follows the one told within STORY_DAYS, STORY_PARAGRAPHS paragraphs on."""
    at, date, precision = found
    if (precision != "day" or told is None or base is None or told.precision != "day" or paragraph is None
            or told.section != section or not 0 <= paragraph - told.paragraph <= STORY_PARAGRAPHS
            or not _MONTH_DAY.match(sentence, at)):
        return date
    resolved, start, news = (_dt.date.fromisoformat(d) for d in (date, told.date, base))
    if (news - resolved).days <= RECENT_DAYS:
        return date
    for year in (start.year, start.year + 1):
        try:
            candidate = resolved.replace(year=year)
        except ValueError:  # 29 February
            continue
        if 0 <= (candidate - start).days <= STORY_DAYS:
            return candidate.isoformat()
    return date
