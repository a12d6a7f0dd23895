"""Measured numbers of a pack's sentences, and the facts independent sources give as
different numbers (magnitudes, depths, distances, times of day, hours between two events,
money, counts of things, how many times people met: "twice" against "at least three times").

A number is compared only with numbers of the same event. The event is read from the
clause that holds the number (a sentence cut at "than", "while", "although", "but", ";"):

- another event, never compared: an aftershock or foreshock, something "minutes later",
  a year other than the article's ("in August 1999", not "since 1939"), "last year",
  "last September", "years ago", or a month or day after the article's own date, which
  must be an earlier year ("the 7.1-magnitude quake on 4 September" in a February article);
- the second event: "a second (powerful) earthquake", "another quake", "the latest quake",
  "nine hours later", "after the first quake"; its numbers are compared among themselves
  ("second magnitude");
- else the main event.

A sentence with no marker of its own that refers back ("it", "the quake") continues the
event of the sentence before it, so "... affected by the latest large quake. [new
paragraph] The EMSC said the quake measured 7.7" gives the second quake's magnitude.
Death tolls, case counts and other counts that rise over time are never compared. Money,
counts of a particular thing ("12,500 employees") and spans of days are: money and spans
where the words around the two numbers agree, a count where the two are within a tenth of
each other (two estimates of one thing, not two groups).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...analysis.sentences import content_terms, split_sentences
from ...model import Article
from .matching import POSSESSIVE, group_root, match_terms

#: A fact given as more values than this is no one fact the sources disagree on, but many things
#: (every sum of money a story names) that the words around them joined.
MAX_VALUES = 4
FAR = 0.5  # two counts or sums this far apart (a share of the larger) are of two things
ESTIMATES = 0.1  # two counts this near (a share of the larger) may be two estimates of one thing
CONTEXT_WORDS, SAME_CONTEXT = 6, 2  # two numbers measure the same thing when this many words around them agree


@dataclass(frozen=True)
class Disagreement:
    """One fact the sources give differently: each value and the articles that give it."""

    what: str
    values: tuple[tuple[str, tuple[int, ...]], ...]


_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(_WORD_NUMBERS) + r")"
_KM = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0, "miles": 1.609,
       "mile": 1.609, "mi": 1.609, "metres": 0.001, "meters": 0.001, "m": 0.001, "feet": 0.0003048, "ft": 0.0003048}
_QUANTITIES = (
    ("magnitude", re.compile(r"\bmagnitude(?:\s+of)?\s+(\d\.\d)\b|\b(\d\.\d)[-\s]+magnitude\b", re.I)),
    ("length", re.compile(_NUM + r"[-\s]?(km|kilomet(?:re|er)s?|miles?|mi|metres|meters|m|feet|ft)\b", re.I)),
    ("time", re.compile(r"\b(\d{1,2})[:.](\d{2})\s*([ap])\.?m\b|\bat (\d{2})(\d{2})\b", re.I)),
    ("hours", re.compile(r"\b(?:about|nearly|some|around|roughly)?\s*" + _NUM + r"\s+hours\b", re.I)),
    # how many times people met: "have met twice before", "have met formally and informally at least three times"
    ("meetings", re.compile(r"\bmet\b(?:\s+(?!(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b)[\w-]+){0,6}?\s+"
                            r"(twice|once|(?:at least\s+)?" + _NUM + r"\s+times)\b", re.I)),
)
#: Amounts any story may give: money, a count of something, a span of minutes or days.
#: Compared only where the words around them agree (see `find_disagreements`).
_SCALE = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "k": 1e3}
_MONEY = re.compile(r"(?:\$|US\$|€|£)\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(trillion|billion|million|bn|mn|m|k)\b)?", re.I)
#: A count of things, the noun after its number or one word on ("71 million paying members").
_COUNT = re.compile(r"(?<![\d,.])\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|billion)|\d{2,})"
                    r"\s+(?:(?:more|new|paid|active|[a-z]{3,}ing)\s+)?([a-z]{3,}s|people|staff|personnel)\b")
_SPAN = re.compile(r"\b" + _NUM + r"\s+(minutes|days|weeks|months)\b", re.I)
#: Counts that grow while a story is told, or that are not of a thing: never compared.
_NOT_COMPARED = frozenset({"deaths", "injuries", "cases", "years", "times", "percent", "points", "hours",
                           "minutes", "days", "weeks", "months", "miles", "kilometres", "kilometers", "feet",
                           "metres", "meters", "dollars", "euros", "pounds", "votes", "seconds"})
_DEPTH = re.compile(r"\b(?:depth|deep|below|beneath|underground)\b", re.I)
_PLACE = re.compile(r"\b(?:of|from)\s+(?:the\s+)?(?:(?:city|town|village|province)\s+of\s+)?([A-Z][\w'’-]+|city)")

_MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
           "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
           "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
#: A month with its day, either way round ("4 September", "Sept. 4"), or "in/last/early September".
_DATE = re.compile(r"\b(\d{1,2})\s+(" + _MONTH + r")\b|"
                   r"\b(" + _MONTH + r")\b\.?(?:\s+(\d{1,2})\b(?!\s*(?:[:.]\d|km|miles|%)))?", re.I)
_CLAUSE = re.compile(r"\s*(?:;|\s[—–]\s|(?<!less)(?<!more)(?<!fewer)(?<!rather),?\s+"
                     r"\b(?:than|while|whereas|although|though|but|compared\s+(?:with|to))\b)\s*", re.I)
_EVENT = r"(?:earth)?quakes?|tremors?|temblors?|shocks?|jolts?|crash(?:es)?|accidents?|attacks?|blasts?|explosions?|" \
         r"eruptions?|storms?|floods?|incidents?"
_OTHER = re.compile(r"\bsince\s+(?:1[89]\d\d|20\d\d),?\s+when\b"  # "since 2004, when seven people were killed"
                    r"|\b(?:aftershocks?|foreshocks?|last\s+(?:year|" + _MONTH + r")|(?:a\s+|\d+\s+|\w+\s+)?years?\s+"
                    r"(?:ago|earlier)|previous|minutes\s+(?:later|after))\b", re.I)
_YEAR = re.compile(r"(?<!since )(?<!before )(?<!until )(?<!by )\b(1[89]\d\d|20\d\d)\b(?![-–]\w)", re.I)
_SECOND = re.compile(r"\b(?:second|another|latest|next)\s+(?:[\w-]+\s+){0,2}(?:" + _EVENT + r")\b|"
                     r"\b(?:hours|days|weeks)\s+later\b|\bafter\s+the\s+first\b", re.I)
_STRUCK = re.compile(r"\b(?:struck|hit|occurred|" + _EVENT + r")\b", re.I)
_OF_EVENT = "@event"  # the context of a time of day said of the event itself ("struck at 12.51pm")
#: A count given as a round figure ("some 30 civilians", "up to 32", "about 1,200"): the context word that
#: says so, and the words that do. Two such within a tenth of each other are one figure, not two.
_ROUGH = "@rough"
_HEDGE = re.compile(r"\b(?:some|about|around|roughly|approximately|nearly|almost|up to|close to|an estimated)\s+$",
                    re.I)
_BACK = re.compile(r"\b(?:it|its|the\s+(?:" + _EVENT + r"))\b", re.I)


def _number(text: str) -> float:
    return float(_WORD_NUMBERS.get(text.lower(), 0) or text)


def _event(clause: str, date: str) -> str | None:
    """"other", "second" or None (the main event, or no marker) for one clause; `date` is the
    article's ISO date, or ''."""
    if _OTHER.search(clause):
        return "other"
    year = date[:4]
    if year.isdigit() and any(m.group(1) != year for m in _YEAR.finditer(clause)):
        return "other"
    if len(date) >= 7 and date[5:7].isdigit():
        month, day = int(date[5:7]), int(date[8:10]) if date[8:10].isdigit() else 31
        for m in _DATE.finditer(clause):
            name = (m.group(2) or m.group(3)).lower().rstrip(".")
            said_day = m.group(1) or m.group(4)
            if name in ("may", "mar") and not said_day and m.group(3) and not m.group(3)[0].isupper():
                continue  # "may rise", "mar": not a month without a day
            said_month = _MONTHS[name]
            if said_month > month or (said_month == month and said_day and int(said_day) > day + 1):
                return "other"
    if _SECOND.search(clause):
        return "second"
    return None


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a sentence."""
    bounds, start = [], 0
    for m in _CLAUSE.finditer(sentence):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(sentence)))
    return bounds


def quantities(sentence: str, date: str = "",
               carried: str | None = None) -> list[tuple[str, float, str, frozenset[str]]]:
    """(what, value, as written, the words around it) for each measured number of a sentence
    about the main or the second event: "magnitude", "second magnitude", "depth", "distance
    from X", "time of day", "hours between the events". `date` is the article's date;
    `carried` the event a clause with no marker of its own continues ("second", "other")."""
    clauses = [(start, end, _event(sentence[start:end], date)) for start, end in _clauses(sentence)]
    found = []
    for kind, pattern in _QUANTITIES:
        for match in pattern.finditer(sentence):
            event = next((e for s, e_, e in clauses if s <= match.start() < e_ or match.start() < s), None)
            event = event or (carried if not any(e for _, _, e in clauses) else None)
            if event == "other" and kind != "meetings":  # (past meetings are counted in the past: "last year")
                continue
            prefix = "second " if event == "second" and kind != "meetings" else ""
            before = sentence[max(0, match.start() - 40):match.start()]
            after = sentence[match.end():match.end() + 40]
            raw = match.group().strip()
            if kind == "magnitude":
                what, value = "magnitude", float(match.group(1) or match.group(2))
            elif kind == "length":
                value = _number(match.group(1)) * _KM[match.group(2).lower()]
                if _DEPTH.search(before[-25:] + " " + after[:15]):
                    what = "depth"
                elif place := _PLACE.search(after[:30]):
                    what = "distance from " + place.group(1)
                else:
                    continue
            elif kind == "time":
                if match.group(4):
                    hour, minute = int(match.group(4)), int(match.group(5))
                else:
                    hour = int(match.group(1)) % 12 + (12 if match.group(3).lower() == "p" else 0)
                    minute = int(match.group(2))
                if hour > 23 or minute > 59:
                    continue
                what, value = "time of day", float(hour * 60 + minute)
                if _STRUCK.search(" ".join(before.split()[-4:] + after.split()[:3])):
                    found.append((prefix + what, value, raw, frozenset({_OF_EVENT})))
                    continue
            elif kind == "meetings":
                count = match.group(1).lower()
                what, raw = "number of meetings", match.group(1)
                value = {"once": 1.0, "twice": 2.0}.get(count) or _number(match.group(2))
            else:  # hours: only the time between two events ("nine hours later", "a second quake in 12 hours")
                if event != "second":
                    continue
                prefix, what, value = "", "hours between the events", _number(match.group(1))
            found.append((prefix + what, value, raw, _context(sentence, match.start(), match.end())))
    return found + _amounts(sentence, clauses, carried)


def _amounts(sentence: str, clauses: list[tuple[int, int, str | None]],
             carried: str | None) -> list[tuple[str, float, str, frozenset[str]]]:
    """Money, counts of things and spans of minutes or days in the main event's clauses:
    ("amount", 9.5e9, "$9.5 billion", words around), ("number of employees", ...)."""
    found = []
    counted = list(_COUNT.finditer(sentence))
    numbers = {m.group(1).replace(",", "") for m in counted}
    told = [("toll", m) for m in _TOLL.finditer(sentence)  # "At least five people are dead", "killing 12"
            if (m.group("killing") or m.group("n")).replace(",", "") not in numbers]
    matches = [("amount", m) for m in _MONEY.finditer(sentence)] + [("count", m) for m in counted] + told
    matches += [("span", m) for m in _SPAN.finditer(sentence)]
    for kind, match in matches:
        event = next((e for s, e_, e in clauses if s <= match.start() < e_), None)
        if (event or (carried if not any(e for _, _, e in clauses) else None)) is not None:
            continue  # another event's numbers, or a second one's: not compared here
        raw = match.group().strip()
        if kind == "amount":  # in one currency: "$10 billion" and "€9.2 billion" are not compared
            what = "amount in " + ("$" if raw.startswith(("$", "US$")) else raw[0])
            value = float(match.group(1).replace(",", "")) * _SCALE.get((match.group(2) or "").lower(), 1)
        elif kind == "toll":
            number = match.group("killing") or match.group("n")
            what = "number of " + ("injured" if (match.group("kind") or "").lower() in _INJURED else "dead")
            value = _number(number.replace(",", ""))
        elif kind == "count":
            noun = match.group(2).lower()
            if noun in _NOT_COMPARED:
                continue
            number, _, scale = match.group(1).partition(" ")
            what = f"number of {_toll_kind(sentence, match.end()) or noun if noun in _GENERAL else noun}"
            value = float(number.replace(",", "")) * _SCALE.get(scale.lower(), 1)
        else:
            what, value = match.group(2).lower(), _number(match.group(1))
        context = _context(sentence, match.start(), match.end())
        if kind == "count" and _HEDGE.search(sentence, max(0, match.start() - 16), match.start()):
            context |= {_ROUGH}
        found.append((what, value, raw, context))
    return found


#: The word that makes a count of people a toll, in its clause after it: "84 people, including children, were
#: killed", "50 people have been injured".
_KILLING = re.compile(r"\b(?:killing|killed|(injuring|wounding|injured|wounded))\s+(?:at least\s+|more than\s+|some\s+"
                      r"|about\s+|nearly\s+|almost\s+)?[\d,.]+(?:\s+(?:million|billion))?\s+\w+$", re.I)
_TOLL_WORD = re.compile(r"\b(?:(killed|dead|died|deaths)|(injured|wounded|hurt))\b", re.I)


def _toll_kind(sentence: str, end: int) -> str | None:
    """"dead" or "injured" when the count of people that ends at `end` is a toll, else None."""
    if killing := _KILLING.search(sentence, max(0, end - 60), end):
        return "injured" if killing.group(1) else "dead"
    clause = re.split(r"\s(?:and|but|while|after|when)\s|[;.:]", sentence[end:end + 60], maxsplit=1)[0]
    found = _TOLL_WORD.search(clause)
    return None if found is None else "dead" if found.group(1) else "injured"


def _sentence_events(article: Article) -> list[tuple[str, str | None]]:
    """Every body sentence of an article with the event it continues from the one before."""
    out: list[tuple[str, str | None]] = []
    carry: str | None = None
    explicit = False
    for _, _, text in article.paragraphs():
        if not explicit:
            carry = None  # a continued event does not cross a paragraph unless just named
        for sentence in split_sentences(text):
            marks = [_event(sentence[s:e], article.metadata.date or "") for s, e in _clauses(sentence)]
            out.append((sentence, carry if _BACK.search(sentence) else None))
            if marks[0]:
                carry, explicit = marks[0], True
            elif any(marks) or not _BACK.search(sentence):
                carry, explicit = None, False
            else:
                explicit = False
    return out


def _qualified(what: str) -> bool:
    """Kinds compared without looking at the words around them: the event is known."""
    base = what.removeprefix("second ")
    return base in ("depth", "magnitude", "hours between the events") or base.startswith("distance from")


#: Nouns too general to say what a count counts: their counts are compared as times of day are.
#: (The dead and the injured too: a toll a story updates, "five dead" and later "seven killed".)
_GENERAL = frozenset({"people", "persons", "residents", "staff", "personnel", "members", "others", "things", "dead",
                      "injured"})


def _needed(what: str, a: float, b: float) -> float:
    """The words two numbers of one kind must share around them to be the same fact: a count
    of a particular thing ("12,500 employees", "12,000 employees") none, when the counts are
    near enough to be two estimates of one thing (within a tenth: "11 companies" and "14
    companies" are two groups); any other SAME_CONTEXT, and a count or sum of money never when
    one is more than twice the other (two reports of one fact: "247 people" and "257 people";
    not "11 people" and "247 people", the dead of two bombings, nor $150,000 and $450,000)."""
    if what == "number of meetings":
        return 1  # of the same people: a name around both ("Trump and Putin have met twice")
    if what.startswith("number of ") and what[10:] not in _GENERAL:
        return 0 if abs(a - b) <= ESTIMATES * max(a, b) else float("inf")
    if what.startswith(("number of ", "amount")) and abs(a - b) > FAR * max(a, b):
        return float("inf")
    return SAME_CONTEXT


def _apart(what: str) -> bool:
    """Kinds whose two values in one story are two things, never one told twice: times of day,
    sums of money ("$82 per share ... included $60 in cash") and counts of a particular thing
    (not of people: "84 killed", later "80 killed", is a toll a story updates; nor meetings:
    "twice", or "three times" with a brief encounter)."""
    return what.endswith("time of day") or what.startswith("amount") or (
        what.startswith("number of ") and what[10:] not in _GENERAL | {"meetings"})


def _same(kind: str, a: float, b: float) -> bool:
    if "depth" in kind or "distance" in kind:
        return abs(a - b) <= 0.1 * max(a, b)
    if kind.startswith(("amount", "number of")):
        return abs(a - b) <= 0.02 * max(a, b)
    return a == b


def _context(sentence: str, start: int, end: int) -> frozenset[str]:
    """The content words within CONTEXT_WORDS words either side of a number: what it measures."""
    before = content_terms(POSSESSIVE.sub("", " ".join(sentence[:start].split()[-CONTEXT_WORDS:])))
    after = content_terms(POSSESSIVE.sub("", " ".join(sentence[end:].split()[:CONTEXT_WORDS])))
    return frozenset(before + after)


def find_disagreements(articles: Sequence[Article], source: Sequence[int],
                       alike: Callable[[int, int], bool] = lambda a, b: True) -> list[Disagreement]:
    """Facts that independent sources (`source[i]`: article i's independent source) give as
    different numbers, from every body sentence.

    Two numbers of one kind and one event conflict when they come from different independent
    sources and differ; a time of day only when the words around them overlap (>=
    SAME_CONTEXT content words) or both are said of the event ("the quake struck at 12.51pm",
    "the 12.50pm quake"): the quake's time, not a curfew's; two near counts of a particular
    thing when a word around them is the same or their articles tell of one subject (`alike`).
    """
    given: dict[str, list[tuple[float, str, int, frozenset[str]]]] = {}
    for index, article in enumerate(articles):
        for sentence, carried in _sentence_events(article):
            for what, value, raw, context in quantities(sentence, article.metadata.date or "", carried):
                given.setdefault(what, []).append((value, raw, index, context))
    out = []
    for what, items in given.items():
        parent = {k: k for k in range(len(items))}  # numbers in conflict, joined into one fact each
        involved: set[int] = set()
        for a, (value_a, _, index_a, context_a) in enumerate(items):
            for b in range(a + 1, len(items)):
                value_b, _, index_b, context_b = items[b]
                needed = _needed(what, value_a, value_b)
                shared = context_a & context_b
                rough = _ROUGH in context_a | context_b and abs(value_a - value_b) <= ESTIMATES * max(value_a, value_b)
                if (source[index_a] != source[index_b] and not _same(what, value_a, value_b) and not rough
                        and (_qualified(what) or len(shared) >= needed or _OF_EVENT in shared)
                        and (needed or shared or alike(index_a, index_b))):
                    involved |= {a, b}
                    parent[group_root(parent, b)] = group_root(parent, a)
        facts: dict[int, list[tuple[float, str, set[int]]]] = {}
        for k in sorted(involved):
            value, raw, index, _ = items[k]
            values = facts.setdefault(group_root(parent, k), [])
            for known in values:
                if _same(what, known[0], value):
                    known[2].add(index)
                    break
            else:
                values.append((value, raw, {index}))
        by_article: dict[int, set[float]] = {}  # the values each article gives of this kind
        for value, _, index, _ in items:
            by_article.setdefault(index, set()).add(value)
        for values in facts.values():
            if _apart(what) and any(len({v for v, _, _ in values} & given) > 1 for given in by_article.values()):
                continue  # one story gives two of them: two moments ("left at 11:36 a.m. ... returned at 7:33
                # p.m."), two things ("six receptions for 75 yards", "7 of 16 for 83 yards")
            if 1 < len(values) <= MAX_VALUES:
                ordered = sorted(values, key=lambda v: (-len(v[2]), v[0]))
                out.append(Disagreement(what, tuple((raw, tuple(sorted(ids))) for _, raw, ids in ordered)))
    return out


#: What a count of people is of: the dead and the injured are two counts ("84 killed", "100 injured").
_TOLLS = frozenset({"die", "injur"})


#: A toll: a count of the dead or the injured, as a report gives it ("At least five people are dead",
#: "seven people were killed", "killing 12", "51 injured"); the words of the count's kind.
_TOLL = re.compile(r"\b(?:killing|killed)\s+(?:at least\s+|more than\s+)?(?P<killing>\d{1,3}(?:,\d{3})+|\d+|"
                   + "|".join(_WORD_NUMBERS)
                   + r")\b(?!\s+(?:years?|months?|days?|hours?|minutes?|per\s*cent|%))"
                   r"|\b(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_WORD_NUMBERS)
                   + r")\s+(?:(?!(?:and|but|or|who|years?|old)\b)[a-z]+\s+){0,3}?"
                   r"(?:(?:are|were|was|have been|has been|had been)\s+)?(?:reported\s+)?"
                   r"(?P<kind>killed|dead|died|deaths|injured|wounded|hurt)\b", re.I)
_INJURED = ("injured", "wounded", "hurt")


@functools.lru_cache(maxsize=4096)  # a pack compares each sentence with many
def tolls(sentence: str) -> dict[str, float]:
    """The tolls a sentence gives, by kind: {"dead": 7.0, "injured": 51.0}."""
    found: dict[str, float] = {}
    for match in _TOLL.finditer(sentence):
        if match.group("killing"):
            found.setdefault("dead", _number(match.group("killing").replace(",", "")))
        else:
            kind = "injured" if match.group("kind").lower() in _INJURED else "dead"
            found.setdefault(kind, _number(match.group("n").replace(",", "")))
    return found


def tolls_differ(one: str, other: str) -> bool:
    """Whether two sentences count the dead (or the injured) differently: "At least five people are
    dead" does not say "At least seven people were killed", though the words are alike."""
    mine, theirs = tolls(one), tolls(other)
    return any(abs(mine[k] - theirs[k]) > ESTIMATES * max(mine[k], theirs[k]) for k in mine.keys() & theirs.keys())


def counts_again(sentence: str, point: str, conflict: Disagreement) -> bool:
    """Whether a sentence gives, as one more value, the count a point's sources disagree on:
    "Cazeneuve said 80 people were killed" or "Hollande saying 77 people died" after "at least
    84 people were killed" (84, 60 and 80 given): the same thing counted, near those values,
    of the dead (or the injured) as the point's is."""
    told = [float(m.group()) for raw, _ in conflict.values if (m := re.search(r"\d+(?:\.\d+)?", raw.replace(",", "")))]
    if not told or _TOLLS & set(match_terms(sentence)) != _TOLLS & set(match_terms(point)):
        return False
    return any(what == conflict.what and any(abs(value - v) <= FAR * max(value, v) for v in told)
               for what, value, _, _ in quantities(sentence))


def disagreement_for(point: str, texts: list[str], stated: list[int],
                     conflicts: list[Disagreement]) -> Disagreement | None:
    """The disagreement about a number the point's own sentences give, if any: one of its
    values is in the point ("All 109 people aboard were killed" and the counts of the dead),
    not only in a sentence alike ("Nine died and 13 were wounded" and the money Barton lost)."""
    kinds = {what for text in texts for what, _, _, _ in quantities(text)}
    for conflict in conflicts:
        if (conflict.what in kinds and any(set(ids) & set(stated) for _, ids in conflict.values)
                and any(raw.rstrip(".,;") in point for raw, _ in conflict.values)):
            return conflict
    return None
