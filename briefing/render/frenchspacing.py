"""French spacing: a no-break space inside guillemets and before the high punctuation
(« le récit », « Pourquoi ? », « ceci : »), as French typesetting sets them, so that a
line never starts with "»", ":" or "?" nor ends with "«". The article's ordinary spaces
there (and the no-break spaces the readers turned into them) become no-break spaces;
code keeps its own. In any language, the space between a number's groups of digits
("CHF 80 000", "1 250 000") becomes a no-break one too: a line never ends at "80".

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


#: A number written in groups of three digits set apart by spaces: "80 000", "1 250 000" (not "2019 300").
_DIGIT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \t](?=\d{3}(?![\d.,]\d))\d{3})+(?![\d])")


def grouped_digits(text: str) -> str:
    """`text` with no-break spaces between the groups of digits of its numbers."""
    if not any(char.isdigit() for char in text):
        return text
    return _DIGIT_GROUPS.sub(lambda m: re.sub(r"[ \t]", NO_BREAK, m.group()), text)


def french_spacing(root) -> None:
    """Set no-break spaces in every text of a document: between a number's groups of digits, and,
    in a French document, inside guillemets and before the high punctuation."""
    french = (root.get("lang") or "").lower().startswith("fr")

    def spacing(text: str) -> str:
        return spaced(grouped_digits(text)) if french else grouped_digits(text)

    stack = [root]
    while stack:  # a stack, not recursion: an article may nest deep
        element = stack.pop()
        if local_name(element) in UNTOUCHED:
            continue
        if element.text:
            element.text = spacing(element.text)
        for child in element:
            if child.tail:
                child.tail = spacing(child.tail)
            stack.append(child)
