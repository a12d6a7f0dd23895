"""Which of the timeline's extracted entries it keeps and which its box shows: one entry a clause
(what was said and who said it when is one), near-duplicates (the same date, mostly the same
words) merged, and the box shows a few entries a date while other dates have entries to show."""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import FOREIGN_MONTHS, MONTH_STEM
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


#: The words of a date phrase ("in March", "on Dec. 3", "am 3. März"): an entry that adds only
#: these to another's text tells the same event (`one_per_clause`).
DATE_WORDS = re.compile(
    r"\b(?:\d{1,4}(?:st|nd|rd|th|s)?|in|on|of|the|since|by|early|late|mid|"
    r"de|del|el|le|la|du|am|im|der|den|dem|em|en|"  # "el 20 de noviembre de 1975", "am 3. März"
    r"between|from|until|last|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"  # "Between June 9 and ..."
    rf"(?:{MONTH_STEM})[a-z]*\.?|{'|'.join(sorted(FOREIGN_MONTHS, key=len, reverse=True))})\b|[^\w\s]", re.I)

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "decade": 0}


def one_date_per_text(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """One entry per clause: under several dates it keeps its finest (the first of equals)."""
    best: dict[str, int] = {}
    for index, event in enumerate(events):
        key = " ".join(event.text.split()).casefold()
        kept = best.get(key)
        if kept is None or _PRECISION_RANK[event.precision] > _PRECISION_RANK[events[kept].precision]:
            best[key] = index
    keep = set(best.values())
    return [event for index, event in enumerate(events) if index in keep]


def one_per_clause(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """The entries of one sentence, one per clause: an entry that only adds a date phrase to
    another's text ("A man pleaded guilty Monday to threatening ... Omar" and "..., D-Minn.,
    in March") is the same event, kept once under the finer date (the first of equals). A
    list's items ("X (2016), Y (2018)") each keep their own."""
    kept: list[TimelineEvent] = []
    for event in events:
        for index, other in enumerate(kept):
            shorter, longer = sorted((event.text.rstrip(" ."), other.text.rstrip(" .")), key=len)
            added = [w for w in re.findall(r"[\w'’.-]+", longer[len(shorter):])
                     if not DATE_WORDS.fullmatch(w.strip(".-"))]
            if longer.startswith(shorter) and (len(added) <= 1 or _SAID_TAIL.fullmatch(longer[len(shorter):])):
                if _PRECISION_RANK[event.precision] > _PRECISION_RANK[other.precision]:
                    kept[index] = event
                break
        else:
            kept.append(event)
    return kept


#: Who said it and when, after what was said: ", he said Tuesday", ", NASA announced on Monday" (the
#: Investment Executive's "... will contract next year" was printed under 2023 and again under the
#: day it was said, NBC's "... postponed until 2018" under 2018 and under the day NASA announced it).
_SAID_TAIL = re.compile(r",?\s*(?:(?:he|she|they|it|we|I|the \w+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+)?"
                        r"(?:said|says|announced|told reporters|added|noted|reported|confirmed|wrote|warned)"
                        r"(?:\s+(?:on\s+)?[\w.]+(?:\s+\d{1,2})?)?[.\s]*")
