"""Which of the timeline's extracted entries it keeps and which its box shows: near-duplicates
(the same date, mostly the same words) are merged, and the box shows a few entries a date
while other dates have entries to show."""

from __future__ import annotations

import re
from collections import Counter

from ..model import TimelineEvent
from .sentences import content_terms

#: A new event is compared with at most this many events kept on its date, the latest
#: (articles keep a handful on one date; crafted text, tens of thousands).
MERGE_WINDOW = 64


def merge_near_duplicates(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """Drop near-duplicates: the same date and mostly the same words.

    An event is compared with the latest MERGE_WINDOW events kept on its date, not with
    every one: a text with tens of thousands of events on one date stays linear.
    """
    kept: list[TimelineEvent] = []
    on_date: dict[str, list[tuple[set[str], int, set[str]]]] = {}  # date -> terms and names of those kept
    for event in events:
        terms = set(content_terms(event.text))
        size, names = len(terms), set(_NAME_WORD.findall(event.text))
        others = on_date.setdefault(event.date, [])
        for other, other_size, other_names in others[-MERGE_WINDOW:]:
            if len(terms & other) >= 0.6 * max(1, min(size, other_size)) and not (
                    names - other_names and other_names - names):  # "attacked Hong Kong", "attacked Guam": two
                break
        else:
            kept.append(event)
            others.append((terms, size, names))
    return kept


_NAME_WORD = re.compile(r"(?<=[\w,;] )[A-Z][\w'’-]+")  # a capitalised word inside a sentence: a name


#: How many entries the box shows on one date before other dates have their turn: an essay
#: comes back to "the 2008 crash" five times, and five "2008" rows tell the reader one thing.
SHOWN_PER_DATE = {"day": 2, "month": 1, "year": 1, "decade": 1}


def spread_over_dates(ranked: list[TimelineEvent], count: int) -> list[TimelineEvent]:
    """The `count` entries to show, best first, SHOWN_PER_DATE on a date while other dates
    have entries to show, then the best of the others."""
    shown: list[TimelineEvent] = []
    held: list[TimelineEvent] = []
    on_date: Counter = Counter()
    for event in ranked:
        if on_date[event.date] < SHOWN_PER_DATE.get(event.precision, 1):
            shown.append(event)
            on_date[event.date] += 1
        else:
            held.append(event)
    return (shown + held)[:count]
