"""Dates a clause measures from or refers to, not the dates of its own events: "up 10 percent from
2017", "in connection with the Aug. 7 bombing", "the crash of an Air France Concorde last July"."""

from __future__ import annotations

import re

#: A figure's point of comparison: "up 10 percent from 2017", "an increase of 0.3 percent
#: from a year ago", "compared with September". The date measures the change; no event.
_BASELINE_BEFORE = re.compile(
    r"\b(?:up|down|increase[ds]?|decrease[ds]?|rise|rose|risen|fell|fallen|drop(?:ped)?|gain(?:ed)?|"
    r"declin(?:e|ed)|jump(?:ed)?|climb(?:ed)?|higher|lower|more|less|percent|%)\b"
    r"(?:(?!\band\b)[^.;:!?,]){0,70}?"  # within the clause: not past a comma or an "and"
    r"\bfrom\s+(?:\$?[\d.,]+\s*(?:percent|%|million|billion|thousand)?\s+(?:in\s+)?)?(?:the\s+)?"
    r"(?:same\s+\w+\s+(?:in|of|last)\s+)?$"
    r"|\b(?:(?:which|that|it|they)\s+(?:stood|was|were)\s+at\s+[^.;:!?,]{1,40}\s+)as\s+of\s+$"  # "a population of
    # 324 million as of January 1, 2017": the day a figure was counted
    r"|\b(?:equivalent|counterpart)\s+(?:to|of)\s+(?:the\s+)?$"  # "France's equivalent to July 4": a holiday's name
    r"|\bcompared\s+(?:with|to),?\s+(?:(?:for\s+(?:example|instance)|e\.g\.|say),?\s+)?(?:the\s+)?"
    r"(?:same\s+\w+\s+(?:in|of|last)\s+)?$"  # "compared to, for example, 2009"
    # "im Vergleich zu 1991 bis 2020", "als in der Referenzperiode 1961 bis 1990", "gegenüber 2019"
    # ("sagte gegenüber Reuters am 5. Mai 2021" is said to someone)
    r"|\b(?:im\s+Vergleich\s+zu[mr]?|verglichen\s+mit|gegenüber)\s+(?:de[mnr]\s+)?(?:(?:Vor)?[Jj]ahr\s+)?"
    r"(?:\d{4}\s*(?:bis|-|–)\s*)?$"
    r"|\b(?:(?:Referenz|Vergleichs)(?:periode|zeitraum|jahr)|reference\s+period(?:\s+of)?)\s+(?:\d{4}\s*(?:bis|to|-|–)\s*)?$"

    # "Das entspricht dem Verbrauch ... im Jahr 2016", "unchanged from 2018" (R15); "as it did in 2009"
    r"|\b(?:entspricht|entsprach|entsprechen|equivalent\s+to|comparable\s+to)\b[^.;:!?]{0,80}?"
    r"\b(?:im\s+(?:Jahr\s+)?|in\s+(?:the\s+year\s+)?)$|\b(?:unchanged|flat|steady)\s+(?:from|since|on)\s+$"
    r"|\b(?:as|than)\s+(?:it|they|he|she|we|you|i|the\s+\w+)\s+(?:did|had|was|were|used\s+to)\s+(?:back\s+)?in\s+$"
    # "similar to that of 2011", "higher than in 2019", "– wie 2021 –"
    r"|\bsimilar\s+to\s+(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?$|\bthan\s+(?:in\s+)?$|[–—,]\s*wie\s+(?:im\s+)?$"
    # a trend's start: "dropped from about 10 percent of disposable income in 1985 to less than 2 percent in 2007"
    r"|\bfrom\s+(?:(?!\bto\b)[^.;:!?]){0,30}?\d(?:(?!\bto\b)(?:[^.;:!?]|(?<=\d)\.(?=\d))){0,50}?\bin\s+$"
    # a period told as a reference: "(output increased 1.92 percent) following the recession of 2001"
    r"|\b(?:after|following|since|before|than|like)\s+(?:the\s+)?(?:\w+\s+)?(?:recessions?|crisis|crises|crash|wars?"
    r"|depression|boom|bubble|pandemic|outbreak|panic|downturn|slump|recover(?:y|ies))\s+of\s+"
    r"(?:\d{4}(?:[-–]\d{2,4})?\s+and\s+)?$",
    re.I)


#: A day named as what a clause refers to, not when its own event happened: "Tanzania has
#: expelled 14 foreigners questioned in connection with | the Aug. 7 | bombing".
_REFERRED_DAY_BEFORE = re.compile(r"\b(?:with|of|in|after|since|before|following|over|for|about|into|from|by|to|"
                                  r"during|despite|amid)\s+the\s+$", re.I)
_REFERRED_DAY = re.compile(r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                           r"[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?,?\s+"
                           r"(?!(?:and|or|but|to|of|in|on|at|by|was|were|is|are|has|had|have|will|would)\b)[a-z]{3,}\b")


def is_referred_day(sentence: str, start: int) -> bool:
    """Whether the day written at `start` names what the clause refers to ("in connection with
    the Aug. 7 bombing"), not the day of the clause's own event."""
    return bool(_REFERRED_DAY_BEFORE.search(sentence, max(0, start - 24), start)
                and _REFERRED_DAY.match(sentence, start))


#: ... or a month or a week after the noun of what the clause refers to: "Tanzania expelled five
#: Iraqis ... questioned in connection of | the bombing of two U.S. embassies in East Africa |
#: last month", "a strip that may have led to | the crash of an Air France Concorde | last July".
_REFERRED_PHRASE_BEFORE = re.compile(r"\b(?:with|of|after|since|following|over|about|amid|despite|to)\s+the\s+"
                                     r"(?:(?!(?:and|or|but|that|which|who|was|were|is|are|has|had|have)\b)"
                                     r"[\w'’.-]+\s+){1,8}$", re.I)
#: Nouns of events ("the bombing", "the crash"): "met with the mayor last week" dates the meeting.
_EVENT_NOUN = re.compile(r"\b(?:\w+ings?|crash(?:es)?|attacks?|blasts?|explosions?|elections?|votes?|(?:earth)?quakes?|"
                         r"storms?|fires?|floods?|wars?|invasion|summit|raids?|strikes?|protests?|riots?|coup|deaths?|"
                         r"murders?|arrests?|trials?|ruling|verdict|decision|visit|talks|deal|accident|incident|"
                         r"disaster|collapse|spree|rampage|massacre|hurricane|typhoon|outbreak)\b", re.I)
_RELATIVE_AFTER_NOUN = re.compile(r"last\s+(?:week|month|[A-Z][a-z]+)\b")


def is_referred_date(sentence: str, start: int) -> bool:
    """Whether the relative date at `start` ("last month", "last July") ends the phrase of what
    the clause refers to ("in connection with the bombing ... last month"), with no verb of its
    own before it: the date of that thing, not of the clause's event."""
    if not _RELATIVE_AFTER_NOUN.match(sentence, start):
        return False
    phrase = _REFERRED_PHRASE_BEFORE.search(sentence, max(0, start - 90), start)
    return (phrase is not None and not re.search(r"\b\w+ed\b|,", phrase.group())
            and _EVENT_NOUN.search(phrase.group()) is not None)


def is_baseline(sentence: str, start: int) -> bool:
    """Whether the date at `start` is the point a figure is compared with ("down 10 percent
    from a year ago"), not the date of an event."""
    return bool(_BASELINE_BEFORE.search(sentence, max(0, start - 110), start))
