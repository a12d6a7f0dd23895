"""Turn the many ways a date is written into partial ISO dates with a precision."""

from __future__ import annotations

import datetime as _dt
import re

from .lexicon import MONTH_NAMES, MONTHS

#: ISO dates, with a time and zone as feeds and Jekyll write them ("2022-10-20 10:20:22 -0500",
#: "2018-05-21 03:40:00 PM UTC").
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?"
                  r"(?:[T ][\d:.]+(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?(?:Z|[A-Z]{2,5}|[+-]\d\d:?\d\d))?)?\s*$")
_MONTH_NAME = r"(?P<month>[A-Za-z]{3,9})\.?"
_DMY = re.compile(rf"^\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_NAME},?\s+(?P<year>\d{{4}})\s*$")
_MDY = re.compile(rf"^\s*{_MONTH_NAME}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\s*$")
_MY = re.compile(rf"^\s*{_MONTH_NAME},?\s+(?P<year>\d{{4}})\s*$")
_DECADE = re.compile(r"^\s*(\d{3})0s\s*$")


def _valid(year: int, month: int | None, day: int | None) -> bool:
    try:
        _dt.date(year, month or 1, day or 1)
    except ValueError:
        return False
    return True


def format_partial(year: int, month: int | None = None, day: int | None = None) -> str:
    """The ISO form of a date known to the year, month or day."""
    if day is not None and month is not None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month is not None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def parse_date(value: object) -> tuple[str, str] | None:
    """Return (partial ISO date, precision) for a date value, or None if it is not one.

    Accepts date and datetime objects, years as integers, ISO strings ("1950",
    "1950-10", "1953-07-27", "2025-12-09T00:00:00Z"), "27 July 1953", "July 27, 1953",
    "March 2018" and decades ("1960s").
    """
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat(), "day"
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return (f"{value:04d}", "year") if 1 <= value <= 9999 else None
    if not isinstance(value, str):
        return None
    if match := _ISO.match(value):
        year = int(match.group(1))
        month, day = (int(g) if g else None for g in match.groups()[1:])
        if not _valid(year, month, day):
            return None
        precision = "day" if day else "month" if month else "year"
        return format_partial(year, month, day), precision
    if match := _DECADE.match(value):
        return f"{match.group(1)}0", "decade"
    for pattern in (_DMY, _MDY, _MY):
        if match := pattern.match(value):
            month = MONTHS.get(match.group("month").lower())
            if month is None:
                return None
            year = int(match.group("year"))
            day = int(match["day"]) if "day" in match.groupdict() else None
            if not _valid(year, month, day):
                return None
            return format_partial(year, month, day), "day" if day else "month"
    return None


def display_date(iso: str, precision: str) -> str:
    """A date as a reader expects it: "27 July 1953", "October 1950", "1958", "1960s"."""
    parts = [int(p) for p in iso.split("-")]
    if precision == "decade":
        return f"{parts[0]}s"
    names = MONTH_NAMES
    if len(parts) == 3:
        return f"{parts[2]} {names[parts[1] - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{names[parts[1] - 1]} {parts[0]}"
    return str(parts[0])


def precision_of(iso: str) -> str:
    """The precision a partial ISO date is written to: "year", "month" or "day"."""
    return {1: "year", 2: "month"}.get(len(iso.split("-")), "day")


def within(date: str, since: str | None = None, until: str | None = None) -> bool:
    """Whether a partial ISO date may fall between `since` and `until` (partial ISO dates,
    either may be None), each pair compared at the coarser of their two precisions."""
    if since and date < since[:len(date)]:
        return False
    return not (until and date[:len(until)] > until)
