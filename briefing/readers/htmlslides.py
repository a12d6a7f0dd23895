"""A paged gallery: a list article whose items are slides, all but the first hidden until the
reader clicks on (The Perspective's "30 Items We Never Knew We Wanted": thirty
`<div class="gallery--paragraph-section hidden" style="display: none;">`). Hidden elements
are dropped as furniture; these are the article, and are shown instead."""

from __future__ import annotations

from collections import defaultdict

from .htmlheadlines import HIDDEN_CLASSES  # the class words that hide an element

SLIDES = 3  # siblings alike (their class without the hiding word) that make a gallery
_STORY_WORDS = 150  # words of paragraphs the hidden slides hold at least


def reveal_gallery_slides(tree) -> None:
    """Show the hidden slides of a paged gallery (see the module): siblings of one class but
    for a hiding word, hidden by class or style, whose paragraphs hold most of the page's."""
    page = sum(len(p.text_content().split()) for p in tree.iter("p"))
    groups: dict[tuple, list] = defaultdict(list)
    for element in tree.iter("div", "section", "li", "article"):
        classes = (element.get("class") or "").split()
        if _hidden(element, classes) and element.getparent() is not None:
            kind = tuple(sorted(c for c in classes if c.lower() not in HIDDEN_CLASSES))
            if kind:
                groups[(element.getparent(), kind)].append(element)  # the parent kept: one proxy
    for slides in groups.values():
        own = sum(len(p.text_content().split()) for slide in slides for p in slide.iter("p"))
        if len(slides) >= SLIDES and own >= _STORY_WORDS and own > page / 2:
            for slide in slides:
                slide.set("class", " ".join(c for c in (slide.get("class") or "").split()
                                            if c.lower() not in HIDDEN_CLASSES))
                slide.attrib.pop("style", None)


def _hidden(element, classes: list[str]) -> bool:
    return any(c.lower() in HIDDEN_CLASSES for c in classes) or "display:none" in (
        element.get("style") or "").replace(" ", "").lower()
