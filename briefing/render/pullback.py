"""Pulling back a short last page, as typesetters do: a briefing whose last page would
hold fewer than MIN_LAST_LINES lines of text is laid out once more in the theme's tighter
setting (the root element gets the class `tight`; base.css sets the body 3% smaller, and a
theme may set its own), and that layout is kept when it has fewer pages."""

from __future__ import annotations

#: A last page with fewer lines of text than this is pulled back when it can be.
MIN_LAST_LINES = 4
#: The class the tighter setting's rules select on the root element.
TIGHT_CLASS = "tight"


def text_lines(page) -> int:
    """The lines of text on a laid-out page, its margins (running heads, page numbers) not counted."""
    from weasyprint.formatting_structure.boxes import LineBox, MarginBox, ParentBox, TextBox

    count, stack = 0, [page._page_box]
    while stack:
        box = stack.pop()
        if isinstance(box, MarginBox):
            continue
        if isinstance(box, LineBox):
            count += any(isinstance(d, TextBox) and d.text.strip() for d in box.descendants())
            continue
        if isinstance(box, ParentBox):
            stack.extend(box.children)
    return count


def short_last_page(document) -> bool:
    """Whether a document of two pages or more ends on a page of fewer than MIN_LAST_LINES lines."""
    return len(document.pages) > 1 and text_lines(document.pages[-1]) < MIN_LAST_LINES


def tightened(html: str) -> str:
    """The briefing's HTML with the tighter setting's class on its root element. (The class
    goes into the text, to be parsed anew: WeasyPrint reads an element's classes once.)"""
    head, tag, rest = html.partition("<html")
    if not tag:
        return html
    return f'{head}<html class="{TIGHT_CLASS}"{rest}'


def pulled_back(document, lay_out_tighter):
    """`document`, or its tighter layout (`lay_out_tighter()`) when that saves its short last page."""
    if not short_last_page(document):
        return document
    tighter = lay_out_tighter()
    return tighter if len(tighter.pages) < len(document.pages) else document
