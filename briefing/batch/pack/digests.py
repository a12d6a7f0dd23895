"""A news digest among a pack's sources, read across for the pack's subject only.

A digest ("AP News in Brief") prints the openings of many stories on one page, each under
its headline and opening with its dateline ("HELSINKI (AP) — "). Briefed on its own it is
one source; read across a pack on one subject, its other stories (a prime minister resigns
in Haiti, a judge rules on the border) are not the subject, and put their events in the
pack's timeline and their sentences among its points. The pack's summary and timeline read
a digest's stories whose headline tells the subject, as the other sources' titles tell it:
at least SUBJECT_TERMS of the terms that at least TITLE_SHARE of them hold. The source's
own briefing is the whole digest, as published.

A source that nothing ties to the pack's subject (a page whose scrape kept only a site's
boilerplate, a story filed under another's headline) is read across as empty too: no word
that half of the headlines share is in its text, and its text is unlike every other's
(body cosine under OFF_SUBJECT).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...analysis.rules import DATELINE
from ...model import Article, Section
from .crossread import body_vectors, cosine
from .matching import match_terms, point_terms
from .naming import headline_words

DIGEST_STORIES = 3  # sections that open with a dateline: a page of several stories
#: Body cosine under which a source is unlike every other (0.02-0.06 for the boilerplate and the
#: stories under another's headline the packs' review found; 0.09 and more for sources on the subject).
OFF_SUBJECT = 0.08
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
    unrelated = _off_subject(articles)
    read = [article.replace(sections=(), key_points=(), timeline=()) if i in unrelated else article
            for i, article in enumerate(articles)]
    starts = {i: found for i, a in enumerate(read) if len(found := _story_starts(a)) >= DIGEST_STORIES}
    if not starts:
        return read
    subject = _subject_terms(articles, set(starts))
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


def _off_subject(articles: Sequence[Article]) -> set[int]:
    """The sources nothing ties to the pack's subject (see the module's docstring)."""
    if len(articles) < 3:
        return set()
    titles = [headline_words(a.metadata.title or "") for a in articles]
    counts = Counter(w for title in titles for w in title)
    subject = {w for w, n in counts.items() if n >= max(2, len(titles) / 2)}
    vectors = body_vectors(articles)
    return {i for i, article in enumerate(articles)
            if not subject & set(match_terms(" ".join(text for _, _, text in article.paragraphs())))
            and all(cosine(vectors[i], vectors[j]) < OFF_SUBJECT for j in range(len(articles)) if j != i)}
