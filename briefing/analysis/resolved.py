"""The relative days and months a sentence names ("on Thursday", "last week", "yesterday"),
resolved against the article's date, for the reader of a printed page, who no longer knows
which Thursday: the key points and a pack's points print "Thursday (28 December 2017)"."""

from __future__ import annotations

import re

from ..lexicon import WEEKDAY
from .relative import find_relative_dates

#: The words of a relative day or month, as far as they go ("Friday morning", "last week").
_RELATIVE_DAY = re.compile(r"(?:(?:last|this|next|earlier this|later this)\s+)?"
                           rf"(?:{WEEKDAY}|week(?:end)?|month)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\b|(?:today|tonight|yesterday|tomorrow)\b"
                           r"|last night\b", re.I)


def resolved_days(text: str, date: str | None) -> tuple[tuple[int, str, str], ...]:
    """(offset where the words end, ISO date, "day" or "month") of each relative day or month
    the text names, resolved against `date` (the article's); none without it."""
    found = []
    for start, day, precision in find_relative_dates(text, date):
        words = _RELATIVE_DAY.search(text, start, start + 40)  # after "On", "late", "early"
        if words and words.start() - start <= 6 and precision in ("day", "month"):
            # after a possessive's 's: "next month's (January 2018) launch"
            end = words.end() + (2 if text[words.end():words.end() + 2] in ("'s", "’s") else 0)
            found.append((end, day, precision))
    return tuple(found)
