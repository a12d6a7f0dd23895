"""Who wrote a web page, where its usual marks (JSON-LD, `<meta name="author">`, a byline
class, `rel="author"`) say nothing or name the outlet:

- an outlet is not an author: ABC News gave `<meta name="author" content="ABC News">`
  above a byline of two reporters, and the briefing credited "ABC News";
- a link to a person's profile on the page's own site ("/author/jane-doe",
  "/experts/444", "/people/steven-mufson") outside the navigation is a byline, when
  the page links at most four such people: Carnegie's blog marks its author no other way.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .byline import capitalised

_PROFILE_PATH = re.compile(r"/(?:author|authors|experts?|people|staff|profiles?|contributors?|writers?|columnists?|by)"
                           r"/[\w%.~-]+/?$", re.I)
_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}$")
_OUTLET_WORDS = re.compile(r"\b(?:newsroom|staff|editors?|editorial|desk|team|wire|press|media|online)$|\bnews\b",
                           re.I)
_FURNITURE = {"nav", "footer", "aside"}
#: Words of a link's text that make it a button or a notice, not a name ("View More Articles").
_NOT_NAME_WORDS = {"view", "more", "all", "articles", "posts", "stories", "profile", "follow", "read", "see",
                   "contact", "about", "license", "licence", "commons", "page", "home", "subscribe", "our"}
MAX_PROFILES = 4


def _squash(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").lower())


def is_outlet(name: str, site: str | None, url: str | None) -> bool:
    """Whether an "author" is the outlet itself: a name holding its site's name ("The Guardian
    view"), a label of its web address ("ABC News" on abcnews.go.com), a name with "News" in
    it ("7 News WSVN") or ending in "Staff", "Desk", "Press"..."""
    squashed = _squash(name)
    host = (urlsplit(url).hostname or "") if url else ""
    labels = {_squash(label) for label in host.split(".") if label}
    site_name = _squash(site)
    return bool(squashed) and (bool(site_name) and site_name in squashed or squashed in labels
                               or bool(_OUTLET_WORDS.search(name)))


def profile_names(tree, url: str | None) -> list[str]:
    """The people the page links to their profile on its own site, outside its navigation,
    in page order; none when it links more than `MAX_PROFILES` (a list of staff)."""
    host = (urlsplit(url).hostname or "").lower() if url else None
    names: dict[str, str] = {}
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        try:
            parts = urlsplit(href)
        except ValueError:
            continue
        if not _PROFILE_PATH.search(parts.path) or (parts.hostname and parts.hostname.lower() != host):
            continue  # another site's page (without the page's own address: any absolute link)
        text = " ".join(link.text_content().split())
        if not _NAME.match(text) or _NOT_NAME_WORDS & set(text.lower().split()) \
                or any(a.tag in _FURNITURE for a in link.iterancestors()):
            continue
        names.setdefault(text.lower(), capitalised(text))
    return list(names.values()) if len(names) <= MAX_PROFILES else []
