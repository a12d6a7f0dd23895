"""The story read from the page's one story container when the extractor read none of it:
its fallback took a longer box elsewhere (sonline.hu's side column of 21 death notices
instead of the six paragraphs in the page's only <article>)."""

from __future__ import annotations

import copy
from collections.abc import Callable

from .htmlsplit import words

STORY_BOX_WORDS = 80  # words in paragraphs: a story's own container, not a teaser's
_PROSE = 8  # words: a paragraph of prose, not a label


def story_outside(work, body, reread: Callable):
    """The article read again (by `reread`, from a page of the container alone) from the
    page's one story container (its only <article>, or its `itemprop="articleBody"`) when
    the extracted `body` holds none of that container's prose; else `body` itself."""
    from lxml import html as lxml_html

    marked = work.xpath('//*[@itemprop="articleBody"]') or work.xpath("//article")
    boxes = [b for b in marked if not any(a in marked for a in b.iterancestors())]
    if len(boxes) != 1:
        return body
    box = boxes[0]
    own = [t for p in box.iter("p") if len((t := " ".join(p.text_content().split())).split()) >= _PROSE]
    if sum(len(t.split()) for t in own) < STORY_BOX_WORDS:
        return body
    extracted = [t for p in body.iter("p", "li", "blockquote")
                 if len((t := " ".join(p.text_content().split())).split()) >= _PROSE]
    inside = " ".join(box.text_content().split())
    if not extracted or any(t[:100] in inside for t in extracted):
        return body  # the extract is (partly) the container's text: the extractor read it
    page = lxml_html.document_fromstring("<html><body><article></article></body></html>")
    page.find(".//article").append(copy.deepcopy(box))
    again = reread(page)
    return again if words(again.text_content()) >= STORY_BOX_WORDS else body
