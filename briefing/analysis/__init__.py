"""Analysis: pure functions that enrich a parsed article with key points and a timeline."""

from __future__ import annotations

from dataclasses import replace

from ..model import Article
from ..options import DEFAULTS
from .bottomline import bottom_line
from .genre import guess_genre
from .keypoints import key_points as choose_key_points
from .newsevent import news_event, with_news_event
from .resolved import resolved_days
from .timeline import build_timeline


def analyse(article: Article, *, key_points: int = DEFAULTS.key_points,
            timeline_max: int = DEFAULTS.timeline_max) -> Article:
    """Return the article with its genre, key points (unless the author gave some; their relative
    days resolved), the bottom line and a timeline."""
    genre = guess_genre(article)
    given = tuple(p for p in article.key_points if p.origin == "given")
    points = tuple(replace(p, dated=resolved_days(p.text, article.metadata.date))
                   for p in given or choose_key_points(article, key_points, genre))
    timeline = with_news_event(build_timeline(article.replace(genre=genre), max_shown=timeline_max),
                               news_event(article, genre), timeline_max)
    return article.replace(key_points=points, genre=genre, bottom_line=bottom_line(article, points, genre),
                           timeline=timeline)
