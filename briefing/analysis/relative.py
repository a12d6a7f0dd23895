"""Dates written relative to the article's own date ("last year", "in March", "on
Tuesday"), resolved against that date when it is the text's own time.

"This year" and "this month" are not resolved: they restate when the article was
written, not when something happened.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..dates import format_partial
from ..lexicon import FOREIGN_MONTH, FOREIGN_MONTHS, FULL_MONTH, MONTH_STEM, MONTHS
from ..model import Article
from .daywords import MAX_YEAR, MIN_YEAR, days_named
from .foreigndays import FOREIGN_RELATIVE_YEAR, foreign_weekdays
from .genre import NEWS, guess_genre
from .referred import is_baseline, is_referred_date, is_referred_day
from .rules import DATELINE
from .sentences import split_sentences
from .tense import PAST, Tense
from .yearless import bare_days, in_list_order, near_day, nearest_year

_YEAR_DIGITS = re.compile(r"1[5-9]\d\d|20[0-3]\d")

#: Dates relative to the article's own date (resolved only when that date is known).
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "a": 1}
_RELATIVE_YEAR = re.compile(
    r"(?<![Tt]he\s)\b(?:(?P<which>last|this|next|previous)\s+year|(?P<n>\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a)\s+years?\s+ago)\b", re.I)
_RELATIVE_MONTH = re.compile(r"(?<![Tt]he\s)\b(?P<which>last|this|next|previous)\s+month\b", re.I)
_MONTH_ONLY = re.compile(
    r"(?:\b(?:(?P<past>[Tt]his\s+past|[Ll]ast)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?|[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-|"
    # a span of months: "exposed between May and July" (not "talks between May and Corbyn")
    rf"[Bb]etween(?=\s+(?:{FULL_MONTH})\s+(?:and|to|until)\s+(?:early\s+|late\s+|mid-)?(?:{FULL_MONTH})\b)|"
    rf"(?:beginning|end|middle) of)\s+|^(?=(?:{FULL_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,))(?:early\s+|late\s+|mid-)?"
    rf"(?P<month>{FULL_MONTH})"
    r"(?:\s+(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b))?(?P<day>\d{1,2})(?:st|nd|rd|th)?)?\b(?!,?\s+(?:of\s+)?\d{4}|\s*-?\d)"
    r"(?:,?\s+(?:of\s+)?(?P<which>this|last|next)\s+year\b)?"
)
#: A month without a year after a preposition in German, French, Spanish or Portuguese:
#: "Ende April", "ab April", "en avril", "desde marzo", "em maio".
_FOREIGN_MONTH_ONLY = re.compile(
    r"\b(?:im|ab|bis|seit|[Ee]nde|[Aa]nfang|[Mm]itte|en|depuis|fin|début|desde|hasta|em|até|a partir de|"
    r"finales de|principios de|fim de|início de)\s+(?:de\s+)?" + FOREIGN_MONTH + r"\b(?!,?\s+(?:del?\s+)?\d{4}|\s*\d)")
#: Recent time named from the article's date: "earlier this year", "last week", "this week".
_RECENT = re.compile(r"\b(?:earlier\s+this\s+(?P<unit>year|month|week)|(?:last|this\s+past)\s+(?P<week>week)"
                     r"|this\s+week)\b", re.I)
#: A day and month without a year, where nothing else can mean it: "Nov. 18", "Dec 22" (China Daily's), "10 de
#: março", "3. April", "le 3 avril", an item of a schedule ("June 9 -- Coral Sky
#: Amphitheatre"); the year follows from the article's date.
#: A month, or a day of it, in Chinese or Japanese without its year ("12月10日", "6月份", "11月中旬");
#: one with its year ("2012年12月10日") is a full date.
_CJK_MONTH_DAY = re.compile(r"(?<![年\d])(?P<cmonth>1[0-2]|0?[1-9])月(?:(?P<cday>[12]\d|3[01]|0?[1-9])[日号])?")
_DAY_MONTH = re.compile(
    r"\b(?:(?P<amonth>Jan(?=\.)|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s+(?P<aday>\d{1,2})\b"
    r"(?!,?\s+\d{4}|\d|[.,]\d)"  # ("Jan" a first name too: with its stop only)
    rf"|\b(?P<smonth>{FULL_MONTH})\s+(?P<sday>\d{{1,2}})(?=\s+(?:--|[–—])\s)"
    r"|\b(?P<fday>\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?" + FOREIGN_MONTH + r"\b(?!,?\s+(?:del?\s+)?\d{4})")
_WEEKDAY = re.compile(  # not inside a hyphenated name: "Black-Friday-Angebote", "Cyber-Monday"
    r"(?<![-‐])\b(?:(?P<which>[Ll]ast|[Nn]ext|[Oo]n|[Tt]his past)\s+"
    r"(?P<day1>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    r"|(?P<day2>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:morning|afternoon|evening|night)\b"
    r"|(?P<name>[A-Z][a-z]+\s+)?(?P<day3>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?!['’]s\b|-\w"
    r"|\s+(?:Night|Morning|Evening)\s+[A-Z]))"  # a show's name: "Monday Night Foodball", "Saturday Night Live"
    r"(?!,?\s+(?:the\s+)?\d|,?\s+\(?(?:(?:" + FULL_MONTH + r")\b|(?:" + MONTH_STEM + r")\.))")
#: A weekday that names the date after it ("Friday, Dec. 6"): it tells that date's year.
_WEEKDAY_BEFORE = re.compile(r"\b(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+\(?$")
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_HABIT_BEFORE = re.compile(r"\b(?:every|each|most|some)(?:\s+(?:other|second|third|single))?\s+$"
                           r"|\b(?:any|one|that|the\s+(?:following|next|previous|same))\s+$", re.I)
#: (also "that Sunday", "the following Monday": a day of the narrative, not the report's week; and
#: "a Saturday job", "on a Saturday afternoon", where "a Tuesday research report" is this week's)
_A_DAY_BEFORE = re.compile(r"\ban?\s+$", re.I)
_HABIT_AFTER = re.compile(r"\s+(?:morning|afternoon|evening|night|job|shift|class|school|service|market|lunch|"
                          r"dinner|walk|routine)s?\b", re.I)
_WEEKDAY_NUMBER = {name: n for n, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

def find_relative_dates(sentence: str, base: str | None, year: int | None = None,
                        narrated: bool = False) -> list[tuple[int, str, str]]:
    """Dates written relative to the article's date ("last year", "in March"), resolved.

    `year` is the year the text itself gives to dates without one (a heading "Calendar
    2018", or, in an undated article, the year its narrative last named, `narrated`): a
    month or a day without a year takes it, but for a narrated year only when its clause
    tells the past (a speaker's "we will know by the middle of May" in an undated
    transcript has no year); without an article date, nothing else is resolved.
    """
    filed = DATELINE.match(sentence)  # "SAN JOSE, Dec 31 (Reuters) - ": the day the story was filed, no event's
    return [found for found in _relative_dates(sentence, base, year, narrated)
            if found[0] >= (filed.end() if filed else 0)
            and not is_baseline(sentence, found[0]) and not is_referred_day(sentence, found[0])
            and not is_referred_date(sentence, found[0]) and not _comes_round(sentence, found)
            and not (found[2] == "day" and _CALENDAR_DAY.search(sentence, max(0, found[0] - 12), found[0]))]


#: A day and month with no year after "der" or "vor dem", the day of the calendar itself: "In Deutschland ist der 27.
#: Januar seit 1996 Gedenktag", "unmittelbar vor dem 27. Januar" (not "am 27. Januar", "ab dem 10. März", "am Samstag,
#: den 22. Dezember").
_CALENDAR_DAY = re.compile(r"(?:\b(?-i:der)|\b[Vv]or dem)\s+$")



#: A time that comes round again and again: "names storms each winter season, which starts in
#: early September", "every Friday", "held annually in May".
_HABITUAL = re.compile(r"\b(?:each|every)\s+(?:\w+\s+)?(?:year|season|winter|summer|spring|autumn|fall|month|week"
                       r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:annually|yearly)\b", re.I)


def _comes_round(sentence: str, found: tuple[int, str, str]) -> bool:
    """Whether a month or a day without its year is one of a habit's, in its clause (up to a
    semicolon), not a date."""
    if found[2] not in ("month", "day"):
        return False
    start = sentence.rfind(";", 0, found[0]) + 1
    end = sentence.find(";", found[0])
    return bool(_HABITUAL.search(sentence, start, end if end >= 0 else len(sentence)))


def _relative_dates(sentence: str, base: str | None, year: int | None,
                    narrated: bool = False) -> list[tuple[int, str, str]]:
    dated = bool(base and re.match(r"^\d{4}-\d{2}", base))
    if not dated and year is None:
        return []
    found, spans = _months(sentence, base if dated else None, year, narrated)
    if not dated or base is None:
        return found
    this_year, month = int(base[:4]), int(base[5:7])
    offsets = {"last": -1, "previous": -1, "this": 0, "next": 1}
    if len(base) >= 10 and re.match(r"^\d{4}-\d{2}-\d{2}", base):
        found += _weekdays(sentence, base)
        found += days_named(sentence, base)
    found += _recent(sentence, base)
    comparing = bool(re.search(r"\bthis year\b", sentence, re.I))  # "down 5% from last year": a comparison
    for match in _RELATIVE_YEAR.finditer(sentence):
        if any(a <= match.start() < b for a, b in spans):
            continue
        if (which := (match.group("which") or "").lower()) == "this":
            continue  # "this year": the article's own time, not an event's date
        if which:
            if comparing:
                continue
            offset = offsets[which]
        else:
            n = match.group("n").lower()
            offset = -(int(n) if n.isdigit() else _NUMBER_WORDS[n])
        found.append((match.start(), format_partial(this_year + offset), "year"))
    for match in FOREIGN_RELATIVE_YEAR.finditer(sentence):
        if not any(a <= match.start() < b for a, b in spans):
            found.append((match.start(), format_partial(this_year + (-1 if match.group("last") else 1)), "year"))
    for match in _RELATIVE_MONTH.finditer(sentence):
        if match.group("which").lower() == "this":
            continue
        y, m = divmod(this_year * 12 + month - 1 + offsets[match.group("which").lower()], 12)
        found.append((match.start(), format_partial(y, m + 1), "month"))
    return found


def _months(sentence: str, base: str | None, given: int | None, narrated: bool = False
            ) -> tuple[list[tuple[int, str, str]], list[tuple[int, int]]]:
    """Months and days named without a year ("in March", "Nov. 18", "Ende April"), with the
    year the text gives them or the nearest in the sentence's direction of time; and the
    spans they cover."""
    found, spans = [], []
    matches = [(x.start("month"), x, MONTHS[x.group("month").lower()], x.group("day"))
               for x in _MONTH_ONLY.finditer(sentence)]
    matches += [(x.start("fmonth"), x, FOREIGN_MONTHS[x.group("fmonth").lower()], None)
                for x in _FOREIGN_MONTH_ONLY.finditer(sentence)]
    matches += [(x.start(), x, int(x.group("cmonth")), x.group("cday")) for x in _CJK_MONTH_DAY.finditer(sentence)]
    matches += [(x.start(), x, MONTHS[x.group("month").lower()], x.group("day")) for x in bare_days(sentence)]
    for x in _DAY_MONTH.finditer(sentence):
        month = x.group("amonth") or x.group("smonth")
        named = MONTHS[month.lower()] if month else FOREIGN_MONTHS[x.group("fmonth").lower()]
        matches.append((x.start(), x, named, x.group("aday") or x.group("fday") or x.group("sday")))
    years = list(_YEAR_DIGITS.finditer(sentence))
    tense = Tense(sentence)
    covered = -1  # where the spans taken so far end (matches are taken in order of position)
    for at, match, m, day_text in sorted(matches, key=lambda item: item[0]):
        if at < covered:
            continue
        day = int(day_text) if day_text else None
        if (day is not None and not 1 <= day <= 31) or _SINCE.search(sentence, max(0, at - 10), at):
            continue  # "the three years since September the 11th": a measure, not the event's month
        groups = match.groupdict()
        if groups.get("which") and base:
            y = int(base[:4]) + {"last": -1, "this": 0, "next": 1}[groups["which"].lower()]
        elif (listed := _LISTED_BEFORE_YEAR.match(sentence, match.end())) is not None:
            y = int(listed.group("year"))  # "vom 22. April sowie vom 12. und 30. September 2005": the list's year
        elif given is not None:
            if narrated and not groups.get("past") and tense.future(match.start(), match.end()):
                continue  # a speaker's coming month in an undated text: no year tells it
            y = given
        elif not (base and groups.get("past")) and (before := _year_before(sentence, match.start(), years)) \
                is not None and not (base and before < int(base[:4]) and not groups.get("past")
                                     and tense.future(match.start(), match.end())):
            y = before  # "ahead of their 2020 session that starts in early January"; a coming month is not
            # in a past year named before it ("à l'automne 2018, mais les tensions pourraient reprendre ... début
            # juin"), nor is "last March" in a report that names "a 1761 work" before it (Observer): the report's
        elif base and day and (weekday := _WEEKDAY_BEFORE.search(sentence, max(0, at - 14), at)):
            y = _weekday_year(base, m, day, weekday.group("day").lower())
        elif base and day is None and not groups.get("past") and _PLUPERFECT.match(sentence, match.end()):
            continue  # "In March, Schmidt had become the chairman": before a past the text tells, not this year's
        elif base:
            due = _DEADLINE_BEFORE.search(sentence, max(0, at - 60), at)
            future = not groups.get("past") and (tense.future(match.start(), match.end()) or bool(
                due and not (due.group("until") and PAST.search(sentence, max(0, at - 60), at))))
            y = nearest_year(int(base[:4]), int(base[5:7]), m, future)
            if due and due.group("until") and not future and not groups.get("past") \
                    and _TERM_SET.search(sentence, max(0, at - 90), at):
                y = _nearest_term_year(base, m)  # told in the past, a term set may still run on (Deadline's flights)
            if groups.get("past") and day is None and m == int(base[5:7]):
                y -= 1  # "last June" in a June report: a year ago
            if day is not None:
                y = near_day(base, y, m, day)
        else:
            continue
        found.append((at, format_partial(y, m, day), "day" if day else "month"))
        spans.append(match.span())
        covered = max(covered, match.end())
    return in_list_order(found, sentence), spans


#: A verb in the past perfect: "had become", "had already left", "had been"
#: (in the month's own clause: right after it, no conjunction between; not "at the end of August, after
#: Politico reported the aid had been paused")
_PLUPERFECT = re.compile(r"(?:(?!\b(?:after|before|when|because|since|as|while|until|that|which|who|said)\b)"
                         r"[^.;:]){0,40}?\bhad\s+(?:(?:already|just|long|not|never)\s+)?(?:been|become|begun|gone|done|made|taken|"
                         r"left|won|lost|seen|[a-z]{2,}ed)\b")


def _recent(sentence: str, base: str) -> list[tuple[int, str, str]]:
    """"Earlier this year", "earlier this month", "last week", "this week": the year or month they fall in."""
    found = []
    for match in _RECENT.finditer(sentence):
        if match.group("unit") == "year":
            found.append((match.start(), base[:4], "year"))
        elif match.group("week") and len(base) >= 10:
            try:
                day = _dt.date.fromisoformat(base[:10])  # last week's Wednesday: the month most of the week
            except ValueError:  # falls in ("last week" on Tuesday 7 November ran from 30 October to 5 November)
                continue
            found.append((match.start(), (day - _dt.timedelta(days=day.weekday() + 5)).isoformat()[:7], "month"))
        elif match.group("unit") == "week":
            found.append((match.start(), _earlier_this_week(base), "month"))
        elif match.group("unit") == "month" and base[8:10] == "01":  # nothing is earlier in a month's first day:
            found.append((match.start(), _month_before(base), "month"))  # a story written the day before
        elif match.group().lower().startswith("this") and base[8:10] < "07":
            continue  # "this week" in a month's first days may be the month before's
        else:
            found.append((match.start(), base[:7], "month"))
    return found


def _month_before(base: str) -> str:
    """The month before a date's ("2018-06-01" -> "2018-05")."""
    year, month = int(base[:4]), int(base[5:7])
    return f"{year - (month == 1):04d}-{(month - 2) % 12 + 1:02d}"


def _earlier_this_week(base: str) -> str:
    """The month most of this week's days before the article's fall in ("earlier this week" on
    Friday 1 June 2018: Monday 28 to Thursday 31 May), the later one on a tie; on a Monday, its own."""
    try:
        day = _dt.date.fromisoformat(base[:10])
    except ValueError:
        return base[:7]
    months = [(day - _dt.timedelta(days=back)).isoformat()[:7] for back in range(1, day.weekday() + 1)]
    return max(set(months), key=lambda m: (months.count(m), m)) if months else base[:7]


_DEADLINE_YEAR = re.compile(r"\b(?:by|until|before|through)\s+(?:the\s+end\s+of\s+)?$", re.I)


#: Dates listed after a month without a year up to the year that ends the list: the month takes
#: it ("vom 22. April sowie vom 12. und 30. September 2005", "on May 3 and June 9, 2019").
_LISTED_BEFORE_YEAR = re.compile(
    r"(?:\s*(?:[,.–-]|und|sowie|oder|bis|and|or|to|through|vom|am|den|dem|the|of|\d{1,2}(?:\.|st|nd|rd|th)?"
    r"|" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + r"|(?:" + FULL_MONTH + r")|(?:" + MONTH_STEM
    + r")\.?)(?=\W))+\s*(?P<year>1[5-9]\d\d|20[0-3]\d)\b", re.I)


def _year_before(sentence: str, start: int, years: list[re.Match]) -> int | None:
    """The year a month without one belongs to when its sentence names a single year (`years`,
    the sentence's) before it ("In 2016 he left; in March he returned"), not a deadline ("by 2030")."""
    if not years or years[0].start() > start or any(y.group() != years[0].group() for y in years):
        return None
    if _DEADLINE_YEAR.search(sentence, max(0, years[0].start() - 20), years[0].start()):
        return None
    return int(years[0].group())


def _weekday_year(base: str, month: int, day: int, weekday: str) -> int:
    """The year, of the article's or the next or last, in which the day falls on the weekday
    written with it ("Friday, Dec. 6" in a November 2019 article: 2019); the nearest one."""
    year = int(base[:4])
    try:
        anchor = _dt.date.fromisoformat(base[:10]) if len(base) >= 10 else _dt.date(year, int(base[5:7]), 15)
        fits = [y for y in (year, year + 1, year - 1)
                if _dt.date(y, month, day).weekday() == _WEEKDAY_NUMBER[weekday]]
    except ValueError:
        return year
    return min(fits, key=lambda y: abs((_dt.date(y, month, day) - anchor).days), default=year)


#: A task set with its deadline: "asked the Secretary to submit by July the 15th a draft"
#: (the asking is past, the deadline to come); a term that runs "until Dec. 11" (unless told in the past).
_DEADLINE_BEFORE = re.compile(r"\bto\s+[a-z]+\s+(?:[a-z]+\s+){0,3}by\s+$"
                              r"|(?P<until>\b(?:until|till|through)\s+(?:(?:early|mid|late)[-\s]+)?)$")


#: A verb that sets a term going: a cancellation, an extension, a ban ("was closed until" is a state, past).
_TERM_SET = re.compile(r"\b(?:cancel|suspend|postpon|delay|extend|ground|halt|paus|ban|bar|had)\w*\b", re.I)


def _nearest_term_year(base: str, month: int) -> int:
    """The year of the month nearest the report's, before or after it: the end of a term that a
    clause in the past tells ("announced it was cancelling Boeing's Max 737 flights through
    mid-August", in April 2019: August 2019, not 2018; "had until Nov. 1", on 18 November: this
    November)."""
    year, here = int(base[:4]), int(base[5:7])
    return min((year - 1, year, year + 1), key=lambda y: abs((y * 12 + month) - (year * 12 + here)))


#: A verb in the past just before the weekday: the day of the saying, whatever it announced
#: ("Moscow announced Friday it will start loading fuel ...": the Friday before).
_DUE = re.compile(r"\b(?:was|were) due to\b")
_SAID_BEFORE = re.compile(r"\b(?:said|told|announced|reported|confirmed|\w{3,}ed)\s+(?:on\s+)?$", re.I)


#: A time of day just before a weekday ("1 p.m. Saturday:"): with a colon after it, a fixture's.
_FIXTURE = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+$", re.I)


#: A weekday that opens its sentence as the subject of "is" or "marks": the coming one ("Saturday is
#: the 75th anniversary of the Social Security Act.", in a story of Friday the 13th).
_DAY_IS = re.compile(r"\s+(?:is|marks|will mark)\b")


def _coming(sentence: str, match: re.Match, tense: Tense) -> bool:
    """Whether a weekday is the coming one: its clause speaks of the future, or it opens the
    sentence as the subject of "is"; never right after a verb of saying in the past."""
    if _SAID_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
        return False
    if _DUE.search(sentence, 0, match.start()):
        return True  # "Blinken was due to meet ... on Saturday": a weekday to come (a month may be past)
    if _FIXTURE.search(sentence, max(0, match.start() - 12), match.start()) and sentence[match.end():][:1] == ":":
        return True  # a fixture list's line: "No. 14 Pueblo West at No. 3 Montrose, 1 p.m. Saturday: ..."
    return tense.future(match.start(), match.end()) or (match.start() == 0 and bool(_DAY_IS.match(sentence,
                                                                                                   match.end())))


#: Capitalised words that may stand before a weekday that is this week's (at a sentence's start).
_PLAIN_BEFORE = {"On", "Last", "Late", "Early", "Since", "By", "Until", "Through", "And", "But", "Then"}


#: Words before a bare weekday that make it a name ("Super Tuesday") or a reference to an
#: event already told ("since Monday"); "Monday's earthquake" is one too (the pattern's end).
_NAMED_DAY = re.compile(r"\b(?:black|good|super|cyber|ash|holy|easter|bloody|palm|fat|shrove|giving|since)\s+$",
                        re.I)


#: A German participle of a thing done after the weekday: "der am Montag veröffentlichten Pressemitteilung" is
#: last Monday's, whatever the sentence's future ("Ob sie abheben wird, hängt laut der ... ab"). (Not a thing
#: planned: "die am Montag geplante Sitzung".)
_DONE_THEN = re.compile(r"\s+(?!(?:geplant|vorgesehen|angesetzt|anberaumt|terminiert)\w*)[a-zäöüß]{3,}(?:t|en)"
                        r"(?:e|en|er|em|es)\b")
_BEFORE_LAST = re.compile(r"\bvorletzten\s+$", re.I)


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
    tense = Tense(sentence)
    for match in _WEEKDAY.finditer(sentence):
        if match.group("day3") and ((match.group("name") and match.group("name").strip() not in _PLAIN_BEFORE)
                                    or _NAMED_DAY.search(sentence, max(0, match.start() - 12), match.start("day3"))):
            continue  # "Super Tuesday", "Good Friday", "Bloody Sunday": names, not this week's day
        group = next(g for g in ("day1", "day2", "day3") if match.group(g))
        if _HABIT_BEFORE.search(sentence, max(0, match.start() - 22), match.start()) or (
                _A_DAY_BEFORE.search(sentence, max(0, match.start(group) - 4), match.start(group))
                and _HABIT_AFTER.match(sentence, match.end(group))):
            continue  # "every Friday", "each Monday", "every other Monday", "a Saturday job": a habit, not a day
        name = (match.group("day1") or match.group("day2") or match.group("day3")).lower()
        delta = (day.weekday() - _WEEKDAY_NUMBER[name]) % 7
        which = (match.group("which") or "").lower()
        if which == "last" and delta == 0:
            delta = 7
        if which == "next" or (which != "last" and _coming(sentence, match, tense)):
            delta = -((_WEEKDAY_NUMBER[name] - day.weekday()) % 7 or (7 if which == "next" else 0))
        found.append((match.start(), (day - _dt.timedelta(days=delta)).isoformat(), "day"))
    for start, end, number, coming in foreign_weekdays(sentence):  # "am Dienstag", "mardi", "el martes"
        ahead = (number - day.weekday()) % 7 or (7 if coming else 0)
        if coming or (tense.future(start, end) and not _DONE_THEN.match(sentence, end)):
            delta = -ahead
        else:  # "am vorletzten Donnerstag": the week before
            before_last = _BEFORE_LAST.search(sentence, max(0, start - 14), start) is not None
            delta = (day.weekday() - number) % 7 + (7 if before_last else 0)
        found.append((start, (day - _dt.timedelta(days=delta)).isoformat(), "day"))
    return found


def relative_anchor(article: Article) -> str | None:
    """The date relative dates are read against: the article's own, unless that is not the
    text's time (a book's release date, a reprint decades after the text's own years; a
    news report about old events still speaks from its own date)."""
    base = article.metadata.date
    if not base or article.metadata.reader == "gutenberg text" or not MIN_YEAR <= int(base[:4]) <= MAX_YEAR:
        return None
    years = [int(m.group()) for _, _, text in article.paragraphs() for m in _YEAR_DIGITS.finditer(text)]
    if years and max(years) < int(base[:4]) - 30 and guess_genre(article) != NEWS:
        return None  # an old text republished; a news report on old history keeps its date
    return _next_day(article, base) or base


def _next_day(article: Article, base: str) -> str | None:
    """The day after the article's date, when its text speaks from that day: it tells of the
    night of its date ("killed Thursday night", "late Thursday") and of the next day as past
    ("said Friday morning", in a report dated Thursday): a story updated past midnight, whose
    "Friday" is not the one six days before."""
    try:
        day = _dt.date.fromisoformat(base[:10])
    except ValueError:
        return None  # a month or a year: no night of its own
    own, after = (list(_WEEKDAY_NUMBER)[(day.weekday() + k) % 7] for k in (0, 1))
    night = re.compile(rf"\b(?:{own} (?:night|evening)|late {own}|{own}['’]s (?:night|evening))\b", re.I)
    texts = [text for _, _, text in article.paragraphs()]
    if not any(night.search(text) for text in texts):
        return None
    earlier = (day - _dt.timedelta(days=6)).isoformat()
    told = any(date == earlier for text in texts if after in text.lower() for sentence in split_sentences(text)
               if after in sentence.lower() for _, date, _ in _weekdays(sentence, base))
    return (day + _dt.timedelta(days=1)).isoformat() if told else None


def carries_years(article: Article) -> bool:
    """Whether an undated article's month or day without a year takes the year its text last
    named: a history's does ("In 1914 ... In August, Germany invaded Belgium"); a news report's
    does not, its year being its own ("the judge ruled in January", after "its December 2017
    request"). An article whose genre is not known yet carries them."""
    return article.genre != NEWS


#: A paragraph's words before its colon that can head it like a heading ("Tour 2020 dates:").
HEADING_WORDS = 12
_LEAD_IN_YEAR = re.compile(r"(?<![\w.,])(?:1[5-9]\d\d|20[0-3]\d)(?![\w]|[.,]\d)")


def upcoming(date: str, base: str) -> str:
    """A month or day resolved without a year, moved to the year after when it falls before
    the article's date ("June 9" in a November article's tour dates is next June)."""
    if date[4:5] == "-" and date < base[:len(date)]:
        return f"{int(date[:4]) + 1}{date[4:]}"
    return date


#: A year a heading names as a limit ("... A Beta Version Until 2020"): no year of the section's days.
_LIMIT_YEAR = re.compile(r"\b(?:until|till|by|before|after|since|through|from|to|bis|seit|vor|ab|jusqu['’]en|avant|dès"
                         r"|depuis|hasta|antes de|desde)\s+(?:\w+\s+)?"
                         r"(?:\d{1,2}\.\s?\d{1,2}\.\s?|\d{1,2}\.?\s+\w+\s+)?$",
                         re.I)  # "Die wichtigsten Ticketpreise ab 01.01.2024": "Ende November" is 2023's


def heading_years(heading: str) -> set[str]:
    """The years of a section's heading that date the days it names without one ("2019 season"),
    not one it names as a limit (see `_LIMIT_YEAR`)."""
    years = list(_YEAR_DIGITS.finditer(heading))
    if len({m.group() for m in years}) > 1:
        return {m.group() for m in years}  # a span ("Season 2019-2020", "From 2010 to 2015"): no one year
    return {m.group() for m in years if not _LIMIT_YEAR.search(heading, max(0, m.start() - 24), m.start())}


def lead_in_years(text: str) -> set[str]:
    """The years of a paragraph's short lead-in ("Tour 2020 dates: June 9 -- ..."), which
    date what follows it as a heading would."""
    lead, colon, _ = text.partition(":")
    if not colon or len(lead.split()) > HEADING_WORDS:
        return set()
    return set(_LEAD_IN_YEAR.findall(lead))
