"""Teaser cards for other stories set inside the article's container: a heading that links to
another page, a line or two of summary, and the same link again ("Mehr News im Live-Ticker",
"Read more"). NDR's podcast transcripts carry a dozen of them between their paragraphs, and
the extractor keeps them as the story's own subheadings and paragraphs."""

from __future__ import annotations

import re

from .htmlblocks import clean_text, link_only
from .htmlteasers import bare, page_addresses

#: The most words a card holds, its heading with its summary: a section of the story is longer.
MAX_CARD_WORDS = 80
_CLIMB = 3  # how far above its heading a card's container may be
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MIN_HEADLINE_WORDS = 4  # a teaser's headline; a name over a writer's box is shorter
#: A link to a writer's page, or a box about the writer: an author box (name, bio, "More by"), no teaser.
_WRITER = re.compile(r"author|autor|auteur|profile|contributor|writer|columnist|staff|people|/by/|\bbio\b|byline", re.I)


def _card_of(heading, href: str):
    """The smallest container above `heading` that links to `href` once more, from its summary
    (a second heading with the same link, a kicker over the headline, does not count)."""
    element = heading.getparent()
    for _ in range(_CLIMB):
        if element is None or element.tag in ("body", "html", "main", "article"):
            return None
        if len(clean_text(element.text_content()).split()) > MAX_CARD_WORDS:
            return None
        if any((a.get("href") or "").strip() == href and not any(h.tag in _HEADINGS for h in a.iterancestors())
               for a in element.iter("a")):  # linked again in its summary, not in a second heading
            return element
        element = element.getparent()
    return None


def _wrapped_card(link):
    """The smallest container above a link that wraps a headline (and perhaps its picture)
    that holds a summary beside it: Libération's <div class="item article"><a href><h3>...</h3></a>
    <p class="subtitle">...</p></div>, whose only other link goes to the story's comments."""
    element = link.getparent()
    for _ in range(_CLIMB):
        if element is None or element.tag in ("body", "html", "main", "article") \
                or len(clean_text(element.text_content()).split()) > MAX_CARD_WORDS:
            return None
        if clean_text(element.text_content()) != clean_text(link.text_content()):
            return element
        element = element.getparent()
    return None


def drop_teaser_cards(tree) -> int:
    """Remove each teaser card (see the module); returns how many went."""
    dropped = 0
    # the page's own title: a card under the story's own headline is the story (DW's page of one audio report)
    titles = " ".join(clean_text(t.get("content") if t.tag == "meta" else t.text_content()).lower()
                      for t in tree.xpath('//title | //meta[@property="og:title"]'))
    for heading in list(tree.iter("h2", "h3", "h4", "h5")):
        links, parent = list(heading.iter("a")), heading.getparent()
        # a link around the headline and nothing else, rather than a link inside it
        wrapped = not links and parent is not None and parent.tag == "a" \
            and clean_text(parent.text_content()) == clean_text(heading.text_content())
        links = [parent] if wrapped else links
        href = (links[0].get("href") or "").strip() if len(links) == 1 else ""
        if not href or href.startswith(("#", "javascript:")) or not (wrapped or link_only(heading)) \
                or _WRITER.search(href) or len(clean_text(heading.text_content()).split()) < MIN_HEADLINE_WORDS:
            continue
        if wrapped and clean_text(heading.text_content()).lower() in titles:
            continue
        card = _wrapped_card(parent) if wrapped else _card_of(heading, href)
        if card is not None and card.getparent() is not None and not any(
                _WRITER.search(f"{e.get('class') or ''} {e.get('id') or ''}") for e in card.iter()):
            card.drop_tree()
            dropped += 1
    return dropped


_NUMBERED = re.compile(r"^\d{1,3}[.)]\s")  # "1. Sabrina Spellman From Chilling Adventures of Sabrina"
#: The most words a card of a river holds, its headline, byline line and summary together.
_RIVER_CARD_WORDS = 120
_RIVER_CARDS = 3  # cards side by side, the fewest that make a river of other stories


def drop_card_rivers(tree) -> int:
    """Remove the cards of a river of the site's other stories: three or more boxes side by side,
    of one kind, each holding one headline that is only a link to another page of the site, and
    its byline and summary (MacRumors' "Popular Stories" under the story, whose summaries the
    extractor kept as the story's last eight paragraphs). A list of products, each a heading
    linking to a shop, is the story's. Returns how many cards went."""
    own = page_addresses(tree)
    hosts = {address.split("/")[0] for address in own}
    own_ids = {number for address in own for number in re.findall(r"\d{5,}", address)}
    rivers: dict[tuple, list] = {}
    for heading in tree.iter("h2", "h3", "h4", "h5"):
        links = list(heading.iter("a"))
        href = (links[0].get("href") or "").strip() if len(links) == 1 else ""
        if not href or not link_only(heading) or len(clean_text(heading.text_content()).split()) < MIN_HEADLINE_WORDS:
            continue
        address = bare(href)
        if address in own or not (href.startswith("/") and not href.startswith("//")
                                  or address.split("/")[0] in hosts) \
                or set(re.findall(r"\d{5,}", address)) & own_ids or _NUMBERED.match(clean_text(heading.text_content())):
            continue  # the page itself, another site's page (a shop's), or an item of the story's own list: a
            # slide of its gallery (PopSugar's "1. Sabrina Spellman ...", linking to ".../photo-gallery/42432483/...")
        card = heading
        while (parent := card.getparent()) is not None and parent.tag not in ("body", "html", "main", "article") \
                and sum(1 for h in parent.iter(*_HEADINGS) if link_only(h)) == 1:
            card = parent
        if card is not heading and card.getparent() is not None:
            rivers.setdefault((card.getparent(), card.tag, card.get("class")), []).append(card)
    dropped = 0
    for cards in rivers.values():
        if len(cards) >= _RIVER_CARDS and all(len(clean_text(c.text_content()).split()) <= _RIVER_CARD_WORDS
                                              for c in cards):
            for card in cards:
                card.drop_tree()
            dropped += len(cards)
    return dropped


_CARD_BOXES = ("section", "div", "aside")
_PICTURES = ("img", "picture", "figure")
MAX_LINKED_CARD_WORDS = 40  # a linked card's kicker and headline; a paragraph of the story that is a link is longer


def drop_linked_cards(tree) -> int:
    """Remove the teaser cards set inside a paragraph that are one link to another page of the site
    around its picture and headline: AUTO ZEITUNG ends a section's paragraph with <section
    class="teaser"><a href="/grossstaedte-diesel-fahrverbot-131634.html"><figure>...</figure>
    Dieselfahrverbote: Diese Städte sind betroffen! Drohen weitere Dieselfahrverbote?</a></section>,
    whose words ran on from the story's sentence. (Cards between the blocks are left to the rules for
    rivers and teaser sections, which know a river's heading.) A picture linking to its own file, a
    shop's card (another site) and the page itself stay. Returns how many went."""
    own = page_addresses(tree)
    hosts = {address.split("/")[0] for address in own}
    dropped = 0
    for box in list(tree.iter(*_CARD_BOXES)):
        if box.getparent() is None or box.find(".//a") is None or next(box.iterancestors("p"), None) is None:
            continue
        links = list(box.iter("a"))
        hrefs = {(a.get("href") or "").strip() for a in links}
        if len(hrefs) != 1 or not link_only(box):
            continue
        href = hrefs.pop()
        address = bare(href)
        on_site = (href.startswith("/") and not href.startswith("//")) or address.split("/")[0] in hosts
        words = len(clean_text(box.text_content()).split())
        if not on_site or address in own or re.search(r"\.(?:jpe?g|png|gif|webp|svg)$", address) \
                or _WRITER.search(href) or not MIN_HEADLINE_WORDS <= words <= MAX_LINKED_CARD_WORDS:
            continue
        if any(picture.tag in _PICTURES for a in links for picture in a.iter()):
            box.drop_tree()
            dropped += 1
    return dropped
