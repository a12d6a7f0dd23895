"""A year that only says which thing a sentence speaks of: "the 2016 election", "Russia's 2014
annexation of Crimea", "the Department's December 2017 request". Set between a determiner and
its noun, the year dates that thing, not the event the sentence tells: "The special counsel
filed indictments Friday against 12 Russians for hacking in the 2016 election" happened on
Friday, and "Hovering over Helsinki is the specter of the 2016 election interference" tells
nothing that happened in 2016. Such a year is no entry of the timeline when the sentence gives
a finer date of its own (resolved or not: "last week" in an undated article), or tells of now
(no verb in a past tense: "is", "has cast doubt on", "continues"); but it is when a word of
time leads to it ("since Obama's 2008 victory"). Nor does it lend its year to a month the
sentence names without one.
"""

from __future__ import annotations

import re

from ..lexicon import MONTH_NAMES

#: A year set as a modifier: after "the", "a", a possessive ("Russia's"), before a word of the
#: noun phrase ("2016 election", "2016 U.S. presidential campaign").
_NAMING_YEAR = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s)\s+"
                          r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
                          r"|december)\s+)?((?:1[5-9]|20)\d\d)\s+"  # "the Department's December 2017 request"
                          r"(?=[A-Za-z])(?!(?:and|or|to|by|in|on|at|for|from|with|when|after|before|until|as)\b)",
                          re.I)
#: A verb in a past tense: "filed", "was", "won", "met", "had".
_PAST = re.compile(r"\b(?:\w{3,}ed|was|were|had|did|won|lost|ran|met|said|told|took|gave|made|went|came|saw|"
                   r"began|became|beat|broke|brought|built|chose|fell|fought|found|got|grew|held|hit|kept|knew|"
                   r"led|left|meant|paid|put|rose|sent|set|shot|sold|spent|stole|struck|swept|thought|threw|"
                   r"understood|wrote)\b", re.I)
#: ... unless it is a present perfect's participle: "Trump has never condemned Russia over the 2016 election".
#: (passive too: "Trump's efforts have been complicated by ... the 2016 election").
_PERFECT = re.compile(r"\b(?:has|have|['’]s|['’]ve)\s+(?:\w+ly\s+|never\s+|not\s+|also\s+)?(?:been\s+)?$", re.I)
#: A day the sentence gives in words, which an undated article cannot resolve: "the Justice
#: Department last week indicted 12 Russian officers ... in the 2016 election".
_DAY_WORDS = re.compile(r"\b(?:(?:last|this|next) (?:week|month)|yesterday|today|tonight|earlier this week"
                        r"|(?:on|last|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                        r")\b|^(?-i:[A-Z][A-Z .'-]+), (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
                        r" \d{1,2}\b(?!,? \d{4})", re.I)  # ... or a wire's dateline: "NEW YORK, May 30 (Reuters) -"
#: ... and it is the time the clause is told by when a word of time leads to it: "has not backed a
#: Democrat since Obama's 2008 victory", "relations soured after Moscow's 2014 annexation".
_TIME_WORD = re.compile(r"\b(?:since|after|before|until|following|prior to)\s+(?:[\w.'’-]+\s+){0,6}[\w.'’-]*$", re.I)
_FINER = ("day", "month")
#: A verb that is not the clause's own between its past tense and the year: "blamed the DNC for
#: allowing itself to be hacked by Russians trying to help Trump win the 2016 election" (the blaming
#: is not of 2016).
_NON_FINITE = re.compile(r"\bto\s+(?:be|have)\s+\w+|\b\w{3,}ing\s+(?:to|themselves|himself|herself|itself|them|him|her"
                         r"|it|us|me)\b", re.I)
#: ... and a year in a law's or a treaty's name ("the 1965 Voting Rights Act") dates only its
#: making, when the sentence tells that ("signed", "passed").
_TITLED_LAW = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,5}(?:Act|Law|Treaty|Accord|Agreement|Convention|Amendment"
                         r"|Charter|Protocol|Constitution)\b")
_ENACTED = re.compile(r"\b(?:signed|passed|enacted|adopted|ratified|approved|drafted|negotiated|took effect)\b", re.I)
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def names_thing(sentence: str, start: int) -> bool:
    """Whether the date found at `start` is a year that names a thing ("the 2020 census"): it
    lends its year to no month of the sentence ("NEW YORK, May 30 (Reuters) - ... a question
    about citizenship to the 2020 U.S. census")."""
    year = _year_at(sentence, start)
    return any(m.start(1) == year for m in _NAMING_YEAR.finditer(sentence, max(0, year - 40), year + 40)
               if not _TIME_WORD.search(sentence, max(0, m.start() - 60), m.start()))


def own_dates(sentence: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The dates found in a sentence (offset, ISO date, precision) without the years that only
    name which thing it speaks of (see the module's docstring)."""
    named = {m.start(1) for m in _NAMING_YEAR.finditer(sentence)
             if not _TIME_WORD.search(sentence, max(0, m.start() - 60), m.start())}
    if not named or not any(_year_at(sentence, start) in named for start, _, _ in found):
        return found
    finer = any(precision in _FINER and _year_at(sentence, start) not in named for start, _, precision in found) \
        or bool(_DAY_WORDS.search(sentence)) or (_ENACTED.search(sentence) is None and any(
            _TITLED_LAW.match(sentence, year + 4) for year in named))
    if not finer and any(not _PERFECT.search(sentence, max(0, m.start() - 30), m.start())
                         and not all(_NON_FINITE.search(sentence, m.end(), year) for year in named)
                         for m in _PAST.finditer(sentence)):
        named -= _governed_years(sentence)
    return [f for f in found if not (f[2] in ("year", "month") and _year_at(sentence, f[0]) in named)]


#: What makes a naming year the time of a sentence in a past tense: a word of time before its phrase ("spent heavily
#: during the 2016 election", "in the 2016 campaign"), or the verb whose object the phrase is ("Trump won the 2016
#: election", "Then came Chazelle's 2014 drumming drama", "the release of the 1963 album", "under a 2016 deal", "awards
#: including the 2019 O'Reilly Open Source Award"). Deeper in the sentence, the year only names a thing: "The huge
#: field of candidates at the start of the 2020 process reflected ...", "regulators failed to act on the 2008 crisis",
#: "It's unclear whether Hawley's film is still based on the 2016 plan".
_GOVERNS = re.compile(rf"(?:\b(?:in|during|at|since|after|before|until|following|throughout|amid|the time of|under|"
                      r"with|including|(?:release|launch|publication|premiere|signing|passage|opening) of|"
                      rf"{_PAST.pattern[5:-3]})\s+|^\W*)(?-i:[A-Z][\w.-]*\s*){{0,3}}$",  # "The 2011 protests arose"
                      re.I)


#: ... but not a phrase on a noun of what was done then, which the sentence only names as its topic: "pressure
#: to confront Putin over Russia's interference in the 2016 presidential election", "the investigation into
#: meddling in the 2016 campaign" (its time is the sentence's own; "Russia interfered in the 2016 election" is 2016's).
_TOPIC = re.compile(r"\b(?:meddling|interference|collusion|involvement|investigations?|probes?|inquiry|inquiries)"
                    r"\s+(?:[\w.'’-]+\s+){0,3}?(?:in|into|with|during|over|of)\s+$", re.I)

_MONTHS = frozenset(name.lower() for name in MONTH_NAMES)
_AND = re.compile(r".{0,80}?\b(?:and|or)\s+$", re.S)  # matched from the phrase before


def _governed_years(sentence: str) -> set[int]:
    """The offsets of the naming years whose phrase opens the sentence or follows a word that makes the year the
    sentence's time (`_GOVERNS`), or joins such a phrase ("including the 2022 Levchin Prize ... and the 2019
    O'Reilly Open Source Award"), and those a month goes with. A possessive's owner ("Russia's") is part of its
    phrase."""
    governed, previous = set(), None
    for naming in _NAMING_YEAR.finditer(sentence):
        joined = previous is not None and previous.start(1) in governed and bool(
            _AND.match(sentence, previous.end(), naming.start()))
        monthly = naming.group().split()[-2].lower() in _MONTHS  # "the November 2020 ballot": the election's month
        if (joined or monthly or _GOVERNS.search(sentence[:naming.start()], max(0, naming.start() - 60))) \
                and not _TOPIC.search(sentence[:naming.start()], max(0, naming.start() - 60)):
            governed.add(naming.start(1))
        previous = naming
    return governed


def _year_at(sentence: str, start: int) -> int:
    """The offset of the year a date found at `start` writes ("in 2016" -> the 2016's)."""
    match = _YEAR.search(sentence, start, start + 16)  # "in 2016", "December 2017"
    return match.start() if match else start
