"""French spacing: a no-break space inside guillemets and before the high punctuation
(« le récit », « Pourquoi ? », « ceci : »), as French typesetting sets them, so that a
line never starts with "»", ":" or "?" nor ends with "«". The article's ordinary spaces
there (and the no-break spaces the readers turned into them) become no-break spaces;
code keeps its own.

Applied on WeasyPrint's parsed tree (the standard library's ElementTree) of a French
document, before layout.
"""

from __future__ import annotations

import re

from .keepwords import UNTOUCHED
from .layouttree import local_name

NO_BREAK = "\u00a0"
_OPENING = re.compile(r"«[ \t\u00a0\u202f]+")
_CLOSING = re.compile(r"[ \t\u00a0\u202f]+(?=[»:;!?](?:\W|$))")


def spaced(text: str) -> str:
    """`text` with no-break spaces inside its guillemets and before its : ; ! ?"""
    if "«" not in text and not any(mark in text for mark in "»:;!?"):
        return text
    return _CLOSING.sub(NO_BREAK, _OPENING.sub("«" + NO_BREAK, text))


def french_spacing(root) -> None:
    """Set French no-break spaces in every text of a document whose language is French."""
    if not (root.get("lang") or "").lower().startswith("fr"):
        return
    stack = [root]
    while stack:  # a stack, not recursion: an article may nest deep
        element = stack.pop()
        if local_name(element) in UNTOUCHED:
            continue
        if element.text:
            element.text = spaced(element.text)
        for child in element:
            if child.tail:
                child.tail = spaced(child.tail)
            stack.append(child)
