"""Reading WeasyPrint's laid-out pages and its parsed tree: the pieces the layout passes share
(breaking boxes and code, fitting preformatted text, mending page ends)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def local_name(element) -> str:
    """An element's tag without its namespace, lower case ("" for a comment)."""
    return element.tag.rsplit("}", 1)[-1].lower() if isinstance(element.tag, str) else ""


def elements_named(root, name: str) -> list:
    """The elements of the tree `root` with this tag, in document order."""
    return [element for element in root.iter() if local_name(element) == name]


#: The attribute of <body> that holds the pattern of a continued part's title ("{} (continued)"
#: in the briefing's language; templates/base/briefing.html.j2).
CONTINUED_ATTRIBUTE = "data-continued"


def continued_pattern(root) -> str:
    """The briefing's "{} (continued)" pattern, from its <body>."""
    body = next((element for element in root.iter() if local_name(element) == "body"), None)
    return (body.get(CONTINUED_ATTRIBUTE) if body is not None else None) or "{} (continued)"


def root_element(document):
    """The parsed tree's root (<html>) of a laid-out document, or None for an empty one."""
    if not document.pages or not document.pages[0]._page_box.children:
        return None
    return document.pages[0]._page_box.children[0].element


def fragments_of(document, name: str) -> Iterator[tuple[int, int, Any]]:
    """(position among the document's `name` elements, page index, block box) for each block
    box of such an element on each page's content (margin boxes left out; the element's own
    boxes, not those inside it)."""
    from weasyprint.formatting_structure.boxes import BlockBox, MarginBox, ParentBox

    root = root_element(document)
    if root is None:
        return
    position = {id(element): number for number, element in enumerate(elements_named(root, name))}
    for index, page in enumerate(document.pages):
        stack = list(page._page_box.children)
        while stack:
            box = stack.pop()
            if isinstance(box, MarginBox):
                continue
            element = getattr(box, "element", None)
            if isinstance(box, BlockBox) and element is not None and id(element) in position:
                yield position[id(element)], index, box
                continue
            if isinstance(box, ParentBox):
                stack.extend(box.children)
