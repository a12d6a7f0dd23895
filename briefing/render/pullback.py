"""Pulling back a short last page, as typesetters do: a briefing whose last page would
hold fewer than MIN_LAST_LINES lines of text, or nothing but the author box, is laid out
once more in the theme's tighter setting (the root element gets the class `tight`; base.css
sets the body and boxes 4% smaller on tighter leading, and a theme may set its own), and
that layout is kept when it has fewer pages. When it has not, the page is filled instead:
the last paragraphs keep four lines together and the last block keeps with the one before,
so that at least four lines go over (the class `fuller-end`)."""

from __future__ import annotations

#: A last page with fewer lines of text than this is pulled back when it can be.
MIN_LAST_LINES = 4
#: The class the tighter setting's rules select on the root element.
TIGHT_CLASS = "tight"
#: The class of the setting that carries more lines over to the last page (base.css).
FULLER_END_CLASS = "fuller-end"


def _lines(page) -> list[bool]:
    """For each line of text on a laid-out page (its margins, running heads and page numbers,
    not counted): whether it is in the author box (an element of class `bio`)."""
    from weasyprint.formatting_structure.boxes import LineBox, MarginBox, ParentBox, TextBox

    found, stack = [], [(page._page_box, False)]
    while stack:
        box, in_bio = stack.pop()
        if isinstance(box, MarginBox):
            continue
        element = getattr(box, "element", None)
        in_bio = in_bio or (element is not None and "bio" in (element.get("class") or "").split())
        if isinstance(box, LineBox):
            if any(isinstance(d, TextBox) and d.text.strip() for d in box.descendants()):
                found.append(in_bio)
            continue
        if isinstance(box, ParentBox):
            stack.extend((child, in_bio) for child in box.children)
    return found


def text_lines(page) -> int:
    """The lines of text on a laid-out page, its margins (running heads, page numbers) not counted."""
    return len(_lines(page))


def short_last_page(document) -> bool:
    """Whether a document of two pages or more ends on a page of fewer than MIN_LAST_LINES
    lines, or of nothing but the author box."""
    if len(document.pages) < 2:
        return False
    lines = _lines(document.pages[-1])
    return len(lines) < MIN_LAST_LINES or all(lines)


def tightened(html: str, setting: str = TIGHT_CLASS) -> str:
    """The briefing's HTML with a setting's class (the tighter one by default) on its root
    element. (The class goes into the text, to be parsed anew: WeasyPrint reads an element's
    classes once.)"""
    head, tag, rest = html.partition("<html")
    if not tag:
        return html
    return f'{head}<html class="{setting}"{rest}'


def pulled_back(document, lay_out_tighter, lay_out_fuller=None):
    """`document`, or its tighter layout (`lay_out_tighter()`) when that saves its short last
    page; failing that, its layout with a fuller last page (`lay_out_fuller()`: more lines
    carried over) when that has as many pages and a last page that is not short; failing
    that, the tighter layout when its last page is not short."""
    if not short_last_page(document):
        return document
    tighter = lay_out_tighter()
    if len(tighter.pages) < len(document.pages):
        return tighter
    if lay_out_fuller is None:
        return document
    fuller = lay_out_fuller()
    if len(fuller.pages) == len(document.pages) and not short_last_page(fuller):
        return fuller
    if len(tighter.pages) == len(document.pages) and not short_last_page(tighter):
        return tighter  # no page saved, but a last page of four lines or more
    return document
