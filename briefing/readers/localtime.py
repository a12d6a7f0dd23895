"""The page's own day for a moment its metadata states in UTC.

A page's JSON-LD or `article:published_time` often gives the moment in UTC
("2020-02-25T02:25:54Z"), a day ahead of the day the page prints for its readers in the
evening of the day before ("February 24, 2020 | 9:25pm" on pagesix.com). The page's own
local time of that moment, where the page shows it, gives the day.
"""

from __future__ import annotations

import datetime as _dt
import re

from .byline import dateline

#: The classes of the elements that show a page's own day and time ("byline-date", "entry-date").
_STAMP = re.compile(r"date|time|stamp|posted|published", re.I)
_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*([ap])\.?\s?m\b\.?|\b(\d{1,2}):(\d{2})\b", re.I)
_MAX_STAMP = 80  # characters: a line that shows a day and a time, not a paragraph


def local_day(tree, stamp: str) -> str | None:
    """The page's own day for a time stated in UTC: "2023-11-09T01:49:09Z" is 8 November on a
    Californian page whose <time datetime="2023-11-08 17:49:09"> (or whose stamp "November 8, 2023
    | 5:49pm") shows the same moment in its local time (a whole or half number of hours from
    UTC). None when the page shows no such time."""
    try:
        moment = _dt.datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.utcoffset() != _dt.timedelta(0):
        return None
    for shown in _shown_times(tree):
        if not shown.second:  # a time shown to the minute: the moment to the minute too
            moment = moment.replace(second=0, microsecond=0)
        hours = (shown - moment.replace(tzinfo=None)).total_seconds() / 3600
        if abs(hours) <= 14 and abs(hours * 2 - round(hours * 2)) < 0.02:  # whole or half hours away
            return shown.date().isoformat()
    return None


def _shown_times(tree):
    """The moments the page shows in its local time: <time datetime> without a zone, then the
    text of its date-marked elements that give a day and a time of day."""
    for element in tree.iter("time"):
        if ":" not in (element.get("datetime") or ""):
            continue  # a day without its time says nothing of the moment
        try:
            shown = _dt.datetime.fromisoformat((element.get("datetime") or "").strip())
        except ValueError:
            continue
        if shown.tzinfo is None:
            yield shown
    for element in tree.iter():
        if not isinstance(element.tag, str) or not _STAMP.search(f"{element.get('class') or ''}"):
            continue
        text = " ".join(element.text_content().split())
        clock = _CLOCK.search(text) if len(text) <= _MAX_STAMP else None
        day = dateline(text[:clock.start()].strip(" |,·–-").removesuffix(" at")) if clock else None
        if not day or day[1] != "day":
            continue
        hour, minute = int(clock.group(1) or clock.group(4)), int(clock.group(2) or clock.group(5))
        if clock.group(3):
            hour = hour % 12 + (12 if clock.group(3).lower() == "p" else 0)
        if hour < 24 and minute < 60:
            yield _dt.datetime.fromisoformat(day[0]).replace(hour=hour, minute=minute)
