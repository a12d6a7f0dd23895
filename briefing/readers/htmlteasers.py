"""Bylines that are another story's: a teaser card's under the story (its heading only a link
to another page), and the story's own meta line however its class reads (set just before the
page's headline)."""

from __future__ import annotations

import re

from .htmlblocks import clean_text, link_only
from .htmltitle import squash

_TEASER_CLIMB = 6  # boxes above a byline to look in for the headline it credits ...
_CARD_WORDS = 80  # ... each holding no more words than a teaser card (its headline, summary and byline)
_TEASER_HEADLINE = 4  # words: a teaser's headline, not a label ("More")


def page_addresses(tree) -> set[str]:
    """The page's own addresses (canonical, og:url), without scheme, "www." and a closing slash."""
    found = [link.get("href") for link in tree.iter("link") if "canonical" in (link.get("rel") or "").lower().split()]
    found += [m.get("content") for m in tree.iter("meta") if (m.get("property") or "").lower() == "og:url"]
    return {bare(u) for u in found if u}


def bare(url: str) -> str:
    return re.sub(r"^(?:https?:)?//(?:www\.)?|/$|[?#].*$", "", url.strip().lower())


def beside_teaser_headline(element, own: set[str]) -> bool:
    """Whether a byline sits in a teaser card: one of its nearest boxes of a card's size holds a
    heading that is only a link to another page (Chicago Sun-Times' river of stories under the
    story: "<h2><a href=.../cubs-...>Is it July yet? ...</a></h2>", then "By Steve Greenberg"; D Magazine's
    cards of more stories, each headline an <h1>)."""
    box = element
    for _ in range(_TEASER_CLIMB):
        box = box.getparent()
        if box is None or box.tag in ("body", "html", "main", "article") \
                or len(box.text_content().split()) > _CARD_WORDS:
            return False
        for heading in box.iter("h1", "h2", "h3", "h4"):
            if element in heading.iterancestors() or heading in element.iterancestors():
                continue
            links = list(heading.iter("a"))
            href = (links[0].get("href") or "").strip() if len(links) == 1 else ""
            if href and not href.startswith(("#", "javascript:")) and bare(href) not in own and link_only(heading) \
                    and len(clean_text(heading.text_content()).split()) >= _TEASER_HEADLINE:
                return True
    return False


def own_addresses(tree, url: str | None) -> set[str]:
    """The page's own addresses, and `url`'s."""
    return page_addresses(tree) | ({bare(url)} if url else set())


def over_headline(box) -> bool:
    """Whether a box is the story's own meta line, set just before the page's headline (a later
    sibling that is, or holds, a heading of the page's og:title, unlinked), however its class
    reads: achgut.com names its story's meta line "teaser_text_meta" as it names its teasers'."""
    title = next((clean_text(m.get("content") or "") for m in box.getroottree().iter("meta")
                  if (m.get("property") or "").lower() == "og:title"), "")
    if not title:
        return False
    for sibling in box.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        for heading in (h for h in sibling.iter("h1", "h2") if not any(True for _ in h.iter("a"))):
            if squash(heading.text_content()) == squash(title):
                return True
    return False
