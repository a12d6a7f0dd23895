"""Subheadings that a page sets as short paragraphs of their own.

Many news sites (Arabic and Persian ones nearly always) write a story's subheadings as a
line between `<br>`s or a `<p>` of its own, with no heading markup: "تدوین لایحه ارتقای
نظام مالی" between two long paragraphs. Read as a paragraph it is a fragment in the
middle of the text, and the briefing has no sections and no bookmarks. Such a line is
made a heading when it has a subheading's shape and the page sets at least two of them, or
one in capitals.
"""

from __future__ import annotations

import re
from html import escape

from ..model import Block, Section
from .chrome import is_chrome_line
from .htmlblocks import RULE_LINE, clean_text
from .htmltrailing import sentence_heading

_MAX_WORDS = 10
_MAX_CHARS = 80
_MIN_AROUND = 15  # words of the paragraphs before and after: a subheading sits in prose
_MIN_FOUND = 2  # one such line may be a stray label; a page's style repeats
# A sentence, a clause or a label ends so; a subheading ends bare, or asks.
_OPEN_END = re.compile(r"[.,;:…،؛。，；：\-–—(/]$")
_SENTENCE_END = re.compile(r"[.!?…؟。！？»”\"')\]]$")
_LOWER_START = re.compile(r"^[\W\d_]*[^\W\d_]")
# A line that ends on a word that needs more after it is a sentence broken off.
_DANGLING = re.compile(r"\b(?:that|the|a|an|and|or|but|of|to|in|with|which|is|are|was|were)$", re.I)


def _text(element) -> str:
    return clean_text(element.text_content())


def _subheading_shape(text: str) -> bool:
    if not text or len(text) > _MAX_CHARS or (len(text.split()) > _MAX_WORDS and not _shouted(text)):
        return False  # a line in capitals runs to its 80 characters ("LA DIFFICILE REMISE EN CAUSE DE LA DOCTRINE ...")
    if _OPEN_END.search(text) or _DANGLING.search(text) or is_chrome_line(text) or "://" in text \
            or RULE_LINE.fullmatch(text):
        return False  # a web address is no heading ("Video: https://…", htmlembeds), nor a rule ("___")
    first = _LOWER_START.match(text)
    return not (first and first.group()[-1].islower())


def _prose(element) -> bool:
    if element is None or not isinstance(element.tag, str) or element.tag.lower() != "p":
        return False
    text = _text(element)
    return len(text.split()) >= _MIN_AROUND and bool(_SENTENCE_END.search(text))


def _link_only(element) -> bool:
    links = "".join(a.text_content() for a in element.iter("a"))
    return bool(links.strip()) and len(links.split()) >= len(element.text_content().split())


def _labelled(element) -> bool:
    """A paragraph that opens with a bold label and goes on: a transcript's turn ("<strong>Peter
    Reinhardt:</strong> Calvin, you want to take that?"), never a heading."""
    first = element[0] if len(element) else None
    return first is not None and first.tag in ("strong", "b") and not (element.text or "").strip() \
        and (first.text_content() or "").strip().endswith(":") and bool((first.tail or "").strip())


def _bold_whole(element) -> bool:
    """A paragraph that is one bold run and nothing else: "<p><strong>Conclusion</strong></p>"."""
    children = [c for c in element if isinstance(c.tag, str)]
    return (len(children) == 1 and children[0].tag in ("strong", "b") and not (element.text or "").strip()
            and not (children[0].tail or "").strip())


def promote_subheadings(body) -> int:
    """Turn the body's subheading-shaped paragraphs into <h3>; return how many. A line set
    between two paragraphs of prose qualifies; when two or more of those are one bold run
    each, so does every other bold line of that shape (fortinet.com's "Reversing the Packer"
    over a list, "Conclusion" over its findings)."""
    found, bold = [], []
    for element in body:
        if not isinstance(element.tag, str) or element.tag.lower() != "p" or _link_only(element) \
                or _labelled(element):
            continue
        if not _subheading_shape(_text(element)):
            continue
        before, after = element.getprevious(), element.getnext()
        # an interviewer's plain question, answered in quotation marks or after a dash (the Guardian's profile:
        # "How social was she? Suspended?" over "“Um. Not for more than a couple of days. ...”")
        asked = _text(element).endswith(("?", "？")) and not _bold_whole(element) and after is not None \
            and _text(after)[:1] in "\"“„«—–"
        if _prose(before) and after is not None and _prose(after) and not asked:
            found.append(element)
        elif _bold_whole(element) and after is not None and not _text(element).endswith(("?", "!", "？", "！")):
            bold.append(element)
    if sum(_bold_whole(e) for e in found) >= _MIN_FOUND:  # the page's own style: its subheadings are bold lines
        found = sorted(found + bold, key=list(body).index)
    if len(found) < _MIN_FOUND and not (found and all(_shouted(_text(e)) for e in found)):
        return 0  # one line may be a stray label, unless it is in capitals (Reuters' one subheading)
    for element in found:
        text = _text(element)
        tail = element.tail
        element.clear()
        element.tag, element.text, element.tail = "h3", text, tail
    return len(found)


def _shouted(text: str) -> bool:
    """A line of two words or more in capitals ("DISAPPOINTING NIGHT FOR ‘IRISHMAN’")."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


#: A heading this long that ends as a sentence does is a paragraph even with text under it.
_PARAGRAPH_HEADING_WORDS = 24


def demote_sentence_headings(sections: list) -> list:
    """The sections with each sentence of the story that the page set as a heading made a
    paragraph of the section before: a heading that is a sentence (`htmltrailing.sentence_heading`)
    with nothing under it, or one of a paragraph's length. BuzzFeed sets its story's sentences as
    <h2>s over its pictures and posts ("The picture prompted a backlash, with many people quickly
    coming to Lovato's defence ..."): the briefing printed them as large headings, most over nothing."""
    out: list = []
    for section in sections:
        heading = section.heading or ""
        if sentence_heading(heading) and (not section.blocks or len(heading.split()) >= _PARAGRAPH_HEADING_WORDS):
            moved = (Block("paragraph", heading, f"<p>{escape(heading)}</p>"), *section.blocks)
            if out:
                out[-1] = Section(out[-1].heading, out[-1].blocks + moved, out[-1].level)
            else:
                out.append(Section(None, moved, section.level))
            continue
        out.append(section)
    return out
