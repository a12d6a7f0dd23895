"""Analysis: pure functions that enrich a parsed article with key points and a timeline."""

from __future__ import annotations

from ..model import Article
from .keypoints import key_points as choose_key_points
from .timeline import build_timeline

DEFAULT_KEY_POINTS = 5
DEFAULT_TIMELINE_MAX = 8


def analyse(article: Article, *, key_points: int = DEFAULT_KEY_POINTS,
            timeline_max: int = DEFAULT_TIMELINE_MAX) -> Article:
    """Return the article with key points (unless the author gave some) and a timeline."""
    given = tuple(p for p in article.key_points if p.origin == "given")
    points = given or choose_key_points(article, key_points)
    return article.replace(key_points=points,
                           timeline=build_timeline(article, max_shown=timeline_max))
