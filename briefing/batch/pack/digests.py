"""A news digest among a pack's sources, read across for the pack's subject only.

A digest ("AP News in Brief") prints the openings of many stories on one page, each under
its headline and opening with its dateline ("HELSINKI (AP) — "). Briefed on its own it is
one source; read across a pack on one subject, its other stories (a prime minister resigns
in Haiti, a judge rules on the border) are not the subject, and put their events in the
pack's timeline and their sentences among its points. The pack's summary and timeline read
a digest's stories whose headline tells the subject, as the other sources' titles tell it:
at least SUBJECT_TERMS of the terms that at least TITLE_SHARE of them hold. The source's
own briefing is the whole digest, as published.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...analysis.rules import DATELINE
from ...model import Article, Section
from .matching import point_terms

DIGEST_STORIES = 3  # sections that open with a dateline: a page of several stories
TITLE_SHARE, SUBJECT_TERMS = 0.25, 2


def _story_starts(article: Article) -> list[int]:
    """The sections that open a story of their own: a headline over a dateline."""
    return [i for i, section in enumerate(article.sections)
            if section.heading and section.blocks and DATELINE.match(section.blocks[0].text)]


def _subject_terms(articles: Sequence[Article], digests: set[int]) -> set[str]:
    """The terms of the other sources' titles that at least TITLE_SHARE of them hold."""
    titles = [set(point_terms(a.metadata.title or "")) for i, a in enumerate(articles) if i not in digests]
    counts = Counter(term for title in titles for term in title)
    return {term for term, n in counts.items() if n >= max(2, TITLE_SHARE * len(titles))}


def on_subject(articles: Sequence[Article]) -> list[Article]:
    """The articles as the pack reads them across: a digest (DIGEST_STORIES stories or more)
    with the stories off the subject left empty, and their key points and events left out
    (section numbers stay as they were). An article that is no digest, or a digest with no
    story on the subject, is read whole."""
    starts = {i: found for i, a in enumerate(articles) if len(found := _story_starts(a)) >= DIGEST_STORIES}
    if not starts:
        return list(articles)
    subject = _subject_terms(articles, set(starts))
    read = list(articles)
    for index, first_sections in starts.items():
        article = articles[index]
        off: set[int] = set()
        for n, start in enumerate(first_sections):
            end = first_sections[n + 1] if n + 1 < len(first_sections) else len(article.sections)
            if len(set(point_terms(article.sections[start].heading or "")) & subject) < SUBJECT_TERMS:
                off.update(range(start, end))
        if not off or len(off) == len(article.sections) - first_sections[0]:
            continue  # no story off the subject, or none on it: the digest is read whole
        sections = tuple(Section(s.heading, (), s.level) if i in off else s for i, s in enumerate(article.sections))
        read[index] = article.replace(
            sections=sections, key_points=tuple(k for k in article.key_points if k.section not in off),
            timeline=tuple(e for e in article.timeline if e.section not in off))
    return read
