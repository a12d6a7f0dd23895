"""Articles that a page splits into several blocks, and the second reading that joins them.

Some sites cut the body into runs of paragraphs, each in its own container of the same
class, with an advertisement or a "most popular" rail between them (wired.com puts a
dozen paragraphs in each `div.article__body`). The extractor picks one run as the article
and loses the others. This module finds the containers that share the class of the one
holding the extracted text and returns them, in page order, for a second extraction.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
#: Chinese, Japanese and Korean characters: text that runs without spaces, about two to a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_MIN_PARAGRAPH = 8  # words: a paragraph of prose, not a label or a teaser
_CLIMB = 3  # how far up from a paragraph to look for a container with a class


def words(text: str) -> int:
    """About how many words a text holds, in spaced and in unspaced (CJK) scripts alike."""
    unspaced = len(_UNSPACED.findall(text))
    return len(_WORD.findall(_UNSPACED.sub(" ", text) if unspaced else text)) + unspaced // 2


_TABLE_PARTS = frozenset({"td", "th", "tr", "tbody", "thead", "tfoot", "table"})


def _container(paragraph):
    """The nearest ancestor (at most `_CLIMB` levels up, a table's own levels not counted: IPA
    sets its questions and answers in one) that has a class, or None."""
    element, climbed = paragraph.getparent(), 0
    while climbed < _CLIMB:
        if element is None or element.tag in ("body", "html"):
            return None
        if (element.get("class") or "").strip():
            return element
        climbed += element.tag not in _TABLE_PARTS
        element = element.getparent()
    return None


def _key(element) -> tuple[str, str]:
    return element.tag, " ".join(sorted((element.get("class") or "").split()))


def split_article(tree, extracted_text: str) -> list | None:
    """The page's containers that hold the article when it is split over several of them,
    or None when it is not (or when joining would add little).

    The article is taken as split when the container class of the paragraph the extractor
    found first also holds prose elsewhere in the page, markedly more than was extracted
    (a quarter more, and at least 40 words). Each container is taken whole, outermost
    only, in page order."""
    extracted = " ".join(extracted_text.split())
    if words(extracted) < _MIN_PARAGRAPH:
        return None
    groups: dict[tuple[str, str], list] = {}
    anchor = None
    for paragraph in tree.iter("p"):
        text = " ".join(paragraph.text_content().split())
        if words(text) < _MIN_PARAGRAPH:
            continue
        container = _container(paragraph)
        if container is None:
            continue
        members = groups.setdefault(_key(container), [])
        if container not in members:
            members.append(container)
        if anchor is None and text[:200] in extracted:
            anchor = _key(container)
    found = groups.get(anchor) if anchor else None
    if not found or len(found) < 2:
        return None
    members = [m for m in found if not any(a in found for a in m.iterancestors())]
    total = sum(words(m.text_content()) for m in members)
    if total < 1.25 * words(extracted) or total - words(extracted) < 40:
        return None
    return members
