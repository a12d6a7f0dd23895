"""The year of a month or a day named without one, against the article's date: the nearest
in the sentence's direction of time, the coming weeks' rather than last year's, and the
order of a list ("am 27. März, 15. Mai, 18. September ..." runs on through one year)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from ..lexicon import FULL_MONTH


def nearest_year(year: int, month: int, named: int, future: bool) -> int:
    """The year of a month named without one: the nearest in the sentence's direction of time."""
    if future:
        return year if named >= month else year + 1
    return year if named <= month else year - 1


NEAR_DAYS, FAR_DAYS = 60, 180


def near_day(base: str, year: int, month: int, day: int) -> int:
    """The year of a day named without one ("the Oscars on Feb. 9"), the tense's choice unless
    that lies more than FAR_DAYS from the article and the other year's within NEAR_DAYS: a
    report names the coming weeks' days so, not last year's ("said ... at the Oscars on Feb. 9"
    in a January article: the past "said" is not the Oscars' tense)."""
    try:
        anchor = _dt.date.fromisoformat(base[:10]) if len(base) >= 10 else None
        chosen = _dt.date(year, month, day)
        other = _dt.date(year + (1 if chosen < anchor else -1), month, day) if anchor else None
    except ValueError:
        return year
    if anchor is None or other is None:
        return year
    if abs((chosen - anchor).days) > FAR_DAYS and abs((other - anchor).days) <= NEAR_DAYS:
        return other.year
    return year


#: What stands between two days of a list: the first day's words and a comma or "and".
_LISTED = re.compile(r"[^,;]{0,16}(?:,|\b(?:and|und|sowie|or|oder|et|y|e)\b)\s*(?:(?:on|am|den|le|el)\s+)?$")


#: A verb in the past between two days: the second may be a day gone by ("signed on Jan. 10 replaces
#: one that expired on Dec. 31").
_PAST = re.compile(r"\b(?:said|told|announced|reported|was|were|had|did|\w{3,}ed)\b", re.I)


def in_list_order(found: list[tuple[int, str, str]], sentence: str) -> list[tuple[int, str, str]]:
    """Days named without a year in a list ("am 27. März, 15. Mai, 18. September und ..."), later
    in the calendar each than the one before, keep the year of the one before: a schedule in
    January 2020 runs on, it does not fall back a year at the first day that lies far from
    the article; so do two days of one sentence with no verb in the past between them ("a
    hometown show Sept. 12, with Houston hosting the final date on the tour, Oct. 10").
    ("signed on Jan. 10 replaces one that expired on Dec. 31" is no list.)"""
    out = list(found)
    for index in range(1, len(out)):
        (start, before, was), (at, date, precision) = out[index - 1], out[index]
        if precision == was == "day" and date[5:] > before[5:] and date[:4] < before[:4] \
                and (_LISTED.match(sentence, start, at) or not _PAST.search(sentence, start, at)):
            out[index] = (at, before[:4] + date[4:], precision)
    return out


#: A month's full name and a day, without a preposition before them ("continues November 19th in
#: Greenville", "died September 19 at the age of 96"), where `bare_days` allows it.
_BARE_DAY = re.compile(rf"\b(?P<month>{FULL_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                       r"(?!,?\s+\d{4}|\s*[-–/.:]?\s*\d|%|\s*(?:percent|per cent|points?)\b)")
#: What may follow such a day for it to date the clause: a preposition, a conjunction, a verb or a
#: stop; any other word makes it a noun's attribute ("the July 25 call", "his April 2 Florida Derby
#: victory"), a thing the clause refers to, not its event, unless it opens the sentence ("An October
#: 11 presentation to bondholders indicated ...").
_AFTER_BARE_DAY = re.compile(r"\s*(?:$|[^\w\s]|(?:in|at|on|to|from|and|or|but|when|with|for|by|as|after|before|"
                             r"during|while|is|was|were|will|would|has|had|have|said|says|the|a|an|of)\b)", re.I)
_BARE_DAY_OPENS = re.compile(r"^\W*(?:(?:A|An|The)\s+)?$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")  # not a list's next item: "June 9 Coral Sky Amphitheatre, June 10 Tampa"
#: Days that bound a rule or a state, not an event: "prohibited sowing before May 10", "as of March 20".
#: "the night of March 10" (a time the clause refers to), "Update, May 24th at 4:58PM" (a page's stamp).
_BOUND_BEFORE = re.compile(r"\b(?:before|after|as of|prior to|up to|of|deadline|updated?,?)\s+$", re.I)


def bare_days(sentence: str) -> Iterator[re.Match]:
    """The days of `_BARE_DAY` that date their clause (see `_AFTER_BARE_DAY`): groups "month" and "day"."""
    for match in _BARE_DAY.finditer(sentence):
        if not _BOUND_BEFORE.search(sentence, max(0, match.start() - 16), match.start()) and (
                _AFTER_BARE_DAY.match(sentence, match.end()) or (
                _BARE_DAY_OPENS.match(sentence[:match.start()]) and _NOUN_AFTER.match(sentence, match.end()))):
            yield match
