"""Lists that a sentence of the story announces, put back where the extractor lost them.

The extractor drops a list whose items are all links as navigation, though the story's own
sentence introduces it: businessjargons.com's "Based on this, the leadership styles can be
further classified as:" was followed by nothing, its list "Autocratic Leadership /
Participative Leadership / Laissez-Faire" (each a link to the site's page on it) lost. A
list of the page that comes right after a paragraph (or inside a list item) that the body
kept and that ends with a colon, and of which the body holds nothing, goes back after that
paragraph (inside that item). A line that only labels ("Related:", "Share:") introduces
no list of the story: the introducing line is a sentence of some words. Nor does one that
points to the site's other pieces over a list of links ("Weitere Top-Artikel zu diesem
Themengebiet:"), or one over a table of contents (each item a jump inside the page).
"""

from __future__ import annotations

import re

from .chrome import is_chrome_line
from .htmllines import clean_copy, text_key

_MIN_WORDS = 5  # "Based on this, the styles are:" and longer; "See also:" is a label
_MAX_ITEMS = 30
_LISTS = ("ul", "ol")


def _own_text(element) -> str:
    """The element's text without the lists inside it."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _LISTS:
            parts.append(child.tail or "")
        else:
            parts.append(child.text_content() if isinstance(child.tag, str) else "")
            parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _announced_list(element):
    """The list the paragraph or item announces: inside the item, or right after the paragraph."""
    if element.tag == "li":
        return next((c for c in element if isinstance(c.tag, str) and c.tag in _LISTS), None)
    after = element.getnext()
    return after if after is not None and isinstance(after.tag, str) and after.tag in _LISTS else None


#: An introducing line that points to the site's other pieces: "Weitere Top-Artikel zu diesem Themengebiet:",
#: "Lesen Sie dazu auch die Pressemitteilungen:".
_OTHER_PIECES = re.compile(r"\b(?:artikel|articles?|stories|beiträge|posts|pressemitteilungen|press releases"
                           r"|lesen sie|read (?:also|more)|see also)\b", re.I)


def _points_elsewhere(text: str, items: list) -> bool:
    """Whether the list is a table of contents (each item a jump inside the page) or, a list of
    links, the site's other pieces that the line points to."""
    links = [[a.get("href") or "" for a in item.iter("a")] for item in items]
    if all(hrefs and all("#" in h for h in hrefs) for hrefs in links):
        return True  # statisticsglobe.com's "Example 1: Change Font Size ..." over its sections
    linked = all(text_key(" ".join(a.text_content() for a in item.iter("a"))) == text_key(item.text_content())
                 for item in items)
    return linked and _OTHER_PIECES.search(text) is not None


def _items(listed) -> list:
    return [item for item in listed if isinstance(item.tag, str) and item.tag == "li"]


def restore_introduced_lists(page, body) -> int:
    """Put back, in `body`, the page's lists that a kept sentence announces with a colon (see
    the module's rules). Returns how many."""
    kept: dict = {}
    for element in body.iter("p", "li"):
        kept.setdefault(text_key(_own_text(element)), element)
    shown = text_key(body.text_content())
    restored = 0
    for element in page.iter("p", "li"):
        text = _own_text(element)
        if not text.endswith(":") or len(text.split()) < _MIN_WORDS or is_chrome_line(text):
            continue
        listed = _announced_list(element)
        target = kept.get(text_key(text))
        if listed is None or target is None or target.getparent() is None:
            continue
        items = _items(listed)
        keys = [text_key(item.text_content()) for item in items]
        if not 2 <= len(items) <= _MAX_ITEMS or not all(keys) or "".join(keys) in shown or any(k in kept for k in keys):
            continue  # not a list, or the body holds it already, or some of its items
        if _points_elsewhere(text, items):
            continue
        if (listed.getparent() is element) != (target.tag == "li"):
            continue  # the item's list goes inside an item of the body, the paragraph's after a paragraph
        restored_list = clean_copy(listed, keep=frozenset({"li", *_LISTS}))
        if target.tag == "li":
            target.append(restored_list)
        else:
            target.addnext(restored_list)
        shown += "".join(keys)
        restored += 1
    return restored
