"""The report's own news in its timeline. A news report tells what happened in its first
sentence, often without a date ("A jury in Charleston, S.C., has found Dylann Roof guilty
on all 33 counts ..."): the date is the report's own. The timeline listed every date the
story named but that one, the event the story is about. The lede that reports in the past
or the present perfect, in a news report dated to the day, is that event."""

from __future__ import annotations

import re

from ..lexicon import VERB_WORDS
from ..model import Article, TimelineEvent
from .events import shorten, tidy_start
from .genre import NEWS
from .rules import DATELINE, broken_rule
from .sentences import split_sentences
from .verbless import is_verbless

_PRESENT = {"is", "are", "has", "have", "will", "would", "can", "could", "may", "might", "must", "should", "does"}
_PAST_WORDS = "|".join(w for w in VERB_WORDS.split("|") if w not in _PRESENT)
#: A verb that reports what happened: the present perfect or a past tense ("has found",
#: "were killed", "announced", "won"); the future, the present or a question tells no event.
_REPORTED = re.compile(rf"\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|un|ght|id|ne)\b|"
                       rf"\w{{3,}}ed\b|(?:{_PAST_WORDS})\b)", re.I)
_NOT_REPORTED = re.compile(r"\b(?:will|would|could|might|may|should|must|is expected|are expected|plans? to)\b|\?$",
                           re.I)
#: A lede that names its own day or time ("pleaded guilty Monday", "last week", "Nov. 18"): the
#: timeline dates that one already; or that opens as a feature does ("When the immunologist
#: ...", "A little over half a century ago, ...") or under a credit ("(Reuters) — ", "Site.Net - ").
_OWN_TIME = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|ago|earlier|"
                       r"(?:last|this|next) (?:week|month|year|weekend|morning|night)|jan|feb|march|april|june|july|"
                       r"aug|sept?|oct|nov|dec|(?:1[89]|20)\d\d)\b", re.I)
_FEATURE_OPENER = re.compile(r"^(?:when|as|while|after|before|if|although|though|since|because|to|for|in|on|at|during|"
                             # a lede that announces a list: "The following are arrest and accident reports as
                             # recorded by the Taylorville Police Department" (heartlandnewsfeed.com, stop 61)
                             r"the following|here (?:is|are)|below (?:is|are)|listed below|these are|"
                             r"getting|breaking|a little|more than|nearly|almost|once|long|ever since)\b"
                             r"|^\(|^\S+\s+[-–—]\s", re.I)
#: A trend told in the present perfect, a state the story describes and no event of its day: the
#: Guardian's "Police violence against Standing Rock protesters ... has risen to extraordinary levels".
_TREND = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:risen|grown|increased|fallen|dropped|declined|soared|surged|"
                    r"climbed|become|worsened|improved|escalated|intensified|deepened|spread|widened|narrowed)\b", re.I)
#: The reporting verb comes early: "A jury in Charleston, S.C., has found ...".
_FIRST_WORDS = 12
MAX_WORDS = 28  # as the timeline's other entries (timeline.MAX_CLAUSE_WORDS)


def news_event(article: Article, genre: str | None) -> TimelineEvent | None:
    """The report's first sentence as an entry on the report's date, or None when the article
    is no news report dated to the day or its lede tells no past event."""
    date = article.metadata.date or ""
    if genre != NEWS or len(date) != 10 or article.metadata.language != "en":
        return None
    lede = next(((s, p, text) for s, p, text in article.paragraphs() if len(text.split()) >= 8), None)
    if lede is None:
        return None
    sentence = DATELINE.sub("", split_sentences(lede[2])[0]).strip()
    opening = " ".join(sentence.split()[:_FIRST_WORDS])
    if not _REPORTED.search(opening) or _NOT_REPORTED.search(sentence) or _OWN_TIME.search(sentence) \
            or _FEATURE_OPENER.match(sentence) or broken_rule(sentence) or sentence.startswith(("...", "…")) \
            or is_verbless(sentence) or _TREND.search(opening):
        return None  # ... or a headline's second deck ("...as Bela Bela communities cry foul") or a
        # scene set in fragments ("A face-to-face sitdown with a long-feared foe."): no sentence
    text = shorten(tidy_start(sentence), MAX_WORDS, sentence.split()[0])
    if not text:
        return None
    return TimelineEvent(date=date, text=text, precision="day", section=lede[0], paragraph=lede[1], shown=True)


def with_news_event(timeline: tuple[TimelineEvent, ...], event: TimelineEvent | None,
                    max_shown: int) -> tuple[TimelineEvent, ...]:
    """The timeline with the report's own event, shown, unless an entry on its day is shown
    already or the box is left out; the lowest of the others gives way when the box is full."""
    shown = [e for e in timeline if e.shown]
    if event is None or not shown or any(e.date == event.date for e in shown) or max_shown < 1:
        return timeline
    drop = min(shown, key=lambda e: e.salience) if len(shown) >= max_shown else None
    kept = [TimelineEvent(**{**e.__dict__, "shown": False}) if e is drop else e for e in timeline]
    return tuple(sorted([*kept, event], key=lambda e: e.sort_key))
