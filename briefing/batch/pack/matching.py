"""What the reading across a pack compares: a sentence's stemmed content words and numbers,
with the words the sources use for one thing made one; the rules a sentence passes to be
a pack point; and each article's independent source (its duplicate group's kept article).
Pure functions, no I/O."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...analysis.keypoints import is_whole_sentence
from ...analysis.rules import broken_rule, speaks_in_first_person
from ...analysis.sentences import content_terms, stem
from ...lexicon import MONTH_STEM

_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")


#: A possessive's ending: "NASA's announcement" tells of NASA.
POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s\b")


def terms(text: str) -> list[str]:
    """Stemmed content words of a text and its numbers ("7.8", "5000"): what is compared. A
    possessive is its noun: "NASA's announcement" tells of NASA."""
    return content_terms(POSSESSIVE.sub("", text)) + ["#" + n.replace(",", "") for n in _NUMBER.findall(text)]


#: Words the sources use for one thing, compared as one (stems, see `sentences.stem`).
_SYNONYMS = {stem(w): to for to, said in (
    ("quake", "earthquake earthquakes quake quakes temblor temblors tremor tremors"),
    ("die", "killed kill kills killing dead death deaths died die dies perished fatalities"),
    ("injur", "injured injuries wounded hurt"),
    ("collaps", "collapsed collapse collapses toppled destroyed"),
    ("girl", "girl girls schoolgirl schoolgirls"),
    ("boy", "boy boys schoolboy schoolboys"),
) for w in said.split()}


#: Phrases the sources use for one thing, read as one word before the terms are taken.
_PHRASES = ((re.compile(r"\b(?:committed suicide|(?:killed|shot) (?:him|her|them)sel(?:f|ves)(?: to death)?|"
                        r"took (?:his|her|their) own li(?:fe|ves))\b", re.I), "suicide"),)


def match_terms(text: str) -> list[str]:
    """`terms` with the sources' synonyms made one ("quake" for "earthquake", "temblor";
    "suicide" for "killed himself")."""
    for pattern, word in _PHRASES:
        text = pattern.sub(word, text)
    return [_SYNONYMS.get(t, t) for t in terms(text)]


#: A day of the month after or before its month's name ("Aug. 14", "14 August"): no count of anything.
_DAY_OF_MONTH = re.compile(rf"\b(?P<month>(?:{MONTH_STEM})[a-z]*\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,:]?\d)"
                           rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<after>(?:{MONTH_STEM})[a-z]*)\b")


def point_terms(text: str) -> list[str]:
    """`match_terms` as two sentences are compared for one point: without the day of a date
    (the "14" of "Aug. 14" is not the 14 of "14 foreigners", nor the "12" of "July 12" the 12
    of "12 people dead"), and each number as one term, "#300000", not the words "300" and "000"
    as well. (Events of one day, `chronology`, keep their dates' words: they share them.)"""
    text = _DAY_OF_MONTH.sub(lambda m: m.group("month") or m.group("after"), text)
    return [t for t in match_terms(text) if not t.isdigit()]


#: Someone's own words in a sentence: a social post's handle, or "We" as its subject ("The great
#: @michaelsheen & I consciously uncoupled", "We just live in different countries & it got hard").
_OWN_WORDS = re.compile(r"(?<![\w@])@\w{2,}|^We\b")


def point_allowed(sentence: str) -> bool:
    """The key point rules (whole, no greeting, question, call to action, marker, pronoun...),
    and no one speaking in the first person ("My oxygen level is 97%", "We ...", a post's "@handle"):
    a source's witness or a post said it, not the sources."""
    return (is_whole_sentence(sentence) and broken_rule(sentence, allow_first_person=False) is None
            and not speaks_in_first_person(sentence) and not _OWN_WORDS.search(sentence))


@dataclass(frozen=True)
class DuplicateGroup:
    """Articles that are one story; `members` are article indices, the kept one first
    (the longest, ties: the newest date)."""

    members: tuple[int, ...]


def independent_sources(duplicates: Sequence[DuplicateGroup], n: int) -> list[int]:
    """For each article, its independent source: the kept index of its duplicate group."""
    source = list(range(n))
    for group in duplicates:
        for member in group.members:
            if 0 <= member < n:
                source[member] = group.members[0]
    return source


def group_root(parent: dict[int, int], n: int) -> int:
    """The representative of n's group in a union-find forest (`parent` maps each member to
    another of its group, a root to itself), halving the path as it goes."""
    while parent[n] != n:
        parent[n] = parent[parent[n]]
        n = parent[n]
    return n
