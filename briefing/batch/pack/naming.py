"""A pack's title when its user gives none: the headline that names what most of the others
name, or none when the headlines share no subject (a feed's mixed news). Pure functions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .matching import match_terms

#: Content words two headlines share when they name one subject ("Harbourtown floods as ...",
#: "Floods hit Harbourtown old quarter").
SHARED_WORDS = 2
CLOSE = 0.8

#: Function words of four letters or more of the pack's other languages (the terms drop English
#: ones; shorter words are never compared): "dans", "über" name no subject.
_FUNCTION = frozenset("dans pour avec sont mais plus leur leurs cette elle elles nous vous aussi "
                      "eine einen einer eines nach über sich nicht auch wird sind oder noch "
                      "para como pero sobre entre desde esta este della dello degli delle nella sono".split())


#: A page's label after its headline: "... falls into exhibit moat (VIDEO)" names no subject.
_LABEL = re.compile(r"\s*\((?:VIDEO|PHOTOS?|WATCH|LIVE|UPDATED?)\b[^)]*\)\s*$")


def headline_words(headline: str) -> set[str]:
    """A headline's words that may name a subject: its terms of four letters or more, no numbers."""
    return {t for t in match_terms(headline) if len(t) >= 4 and t[0] != "#" and t not in _FUNCTION}


def subject_headline(headlines: Sequence[tuple[str, str]]) -> str | None:
    """Of the (headline, date) pairs whose headline shares SHARED_WORDS words with at least half of
    the others, the earliest (the news, not the comment on it) of those about as close to them all
    as the closest (CLOSE of the largest sum of Dice coefficients with each other headline: a long
    headline is not closer for its length). None when no headline shares a subject."""
    words = [headline_words(h) for h, _ in headlines]
    candidates = []
    for i, mine in enumerate(words):
        others = [theirs for j, theirs in enumerate(words) if j != i]
        alike = sum(1 for theirs in others if len(mine & theirs) >= SHARED_WORDS)
        if alike and 2 * alike >= len(others):
            candidates.append((sum(2 * len(mine & theirs) / (len(mine) + len(theirs)) for theirs in others), i))
    if not candidates:
        return None
    best = max(closeness for closeness, _ in candidates)
    *_, first = min((headlines[i][1] or "9999", -closeness, i) for closeness, i in candidates
                    if closeness >= CLOSE * best)
    return _LABEL.sub("", headlines[first][0])
