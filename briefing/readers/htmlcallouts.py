"""A callout in the story: a tip, a note or a warning set in a box whose class calls it a
"message" (fisch-hitparade.de's `<div class="w-message color_yellow"><p>Tipp: Einzig auf dem
Bodensee gilt ...</p>`). The extractor drops every element of such a class as a site's notice
(a cookie or error message); a box of whole sentences among the story's paragraphs is the story's."""

from __future__ import annotations

import re

_MESSAGE = re.compile(r"message", re.I)
_MIN_WORDS = 8  # a sentence of the story, not "Thank you!" or "Loading ..."
_STORY_PARAGRAPHS = 3  # paragraphs beside the box, in its parent: the box sits in the story
_AWAY = ("form", "footer", "nav", "aside", "header", "button", "dialog")


def keep_story_callouts(tree) -> None:
    """Rename the "message" class words of the story's callout boxes (see the module), so that
    the extractor keeps their text."""
    for element in list(tree.iter("div", "section", "aside", "p")):
        classes = (element.get("class") or "").split()
        if not any(_MESSAGE.search(c) for c in classes) or not _callout(element):
            continue
        for part in element.iter():  # its body too: "w-message-body"
            if isinstance(part.tag, str) and part.get("class"):
                part.set("class", _MESSAGE.sub("callout", part.get("class")))


def _callout(element) -> bool:
    """Whether a box holds sentences of the story: its text in paragraphs of whole sentences,
    among the story's paragraphs, and in no form, dialog or page furniture."""
    parent = element.getparent()
    if parent is None or any(a.tag in _AWAY or (a.get("role") or "") in ("dialog", "alert")
                             for a in element.iterancestors()) or element.xpath(".//form|.//input|.//button"):
        return False
    paragraphs = [" ".join(p.text_content().split()) for p in element.iter("p")] or [
        " ".join(element.text_content().split())]
    if not all(len(t.split()) >= _MIN_WORDS and t.endswith((".", "!", "?", ":", "“", "\"")) for t in paragraphs):
        return False
    beside = [p for p in parent.iter("p") if element not in p.iterancestors() and p is not element]
    return len(beside) >= _STORY_PARAGRAPHS
