"""The writer who signs a story at its end: a name after a dash ("— Scott Brinker<br>MarTech
Program Chair", the Jamaica Observer's "– David Dunkley"), or alone in bold in a last
paragraph set to the right (VnExpress's "<strong>Lê Phương</strong>")."""

from __future__ import annotations

import re

from .htmlblocks import clean_text
from .htmlpeople import PERSON_NAME

_PROSE_BEFORE = 15  # words of the paragraphs before a signature: it closes running text
#: A signature after a dash: "— Scott Brinker" (its role on the next line), "– David Dunkley".
_DASH_SIGNED = re.compile(r"^[—―–]\s*([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})$")


def closing_signature(tree) -> list[str]:
    """The writer who signs the story at its end (see the module); [] when there is none."""
    for paragraph in reversed(list(tree.iter("p"))):
        if not _closes_prose(paragraph):
            if _set_right(paragraph):
                return []  # the last paragraph set to the right signs nothing: it closes no prose
            continue
        if signed := _dash_signed(paragraph):
            return [signed]
        if _set_right(paragraph):
            name = _bold_name(paragraph)
            return [name] if name else []
    return []


def _closes_prose(paragraph) -> bool:
    """Whether a paragraph comes after running text: one of the two paragraphs before it is
    prose ("The incident drew several curious onlookers." is short, the one before it not)."""
    before = paragraph.getprevious()
    for _ in range(2):
        if before is None or before.tag != "p":
            return False
        if len(before.text_content().split()) >= _PROSE_BEFORE:
            return True
        before = before.getprevious()
    return False


def _set_right(paragraph) -> bool:
    style = (paragraph.get("style") or "").replace(" ", "").lower()
    return "text-align:right" in style or (paragraph.get("align") or "").lower() == "right"


def _dash_signed(paragraph) -> str | None:
    """The name in "— Name<br>Role", or in a last paragraph that is only "– Name", outside a
    quotation; else None."""
    lone = not len(paragraph) and paragraph.getnext() is None  # "– Name" alone, the last paragraph
    if not (lone or len(paragraph) and paragraph[0].tag == "br") \
            or any(a.tag in ("blockquote", "figure", "q") for a in paragraph.iterancestors()):
        return None
    signed = _DASH_SIGNED.match(" ".join((paragraph.text or "").split()))
    if signed is None or lone and not all(w[:1].isupper() for w in signed.group(1).split()):
        return None
    return signed.group(1)


def _bold_name(paragraph) -> str | None:
    """The name a paragraph holds alone in bold (two to four words), or None."""
    bold = [c for c in paragraph if isinstance(c.tag, str)]
    if len(bold) != 1 or bold[0].tag not in ("strong", "b") or (paragraph.text or "").strip() \
            or (bold[0].tail or "").strip():
        return None
    name = clean_text(bold[0].text_content())
    return name if PERSON_NAME.match(name) and len(name.split()) <= 4 else None
