"""No heading left at the foot of a page. Headings keep with what follows (`break-after:
avoid` in base.css), but WeasyPrint does not keep them so at the end of a page's last column:
a newsletter printed "5. Ukraine military aid" as the last line of page 2. After a layout,
each section heading that ends a page (the last line of its content in document order) is
named, and the layout done once more with a break before it: a column break inside columns,
a page break elsewhere (a `style` on the element of the parsed tree).
"""

from __future__ import annotations

from .layouttree import local_name, root_element

_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}



def _is_heading(element) -> bool:
    return local_name(element) in _HEADINGS and "heading" in (element.get("class") or "").split()


def _headings(root) -> list:
    """The section headings, and the paragraphs that serve as one: a short line all in bold ("<p><strong>
    Hintergrund</strong></p>" over Amnesty's closing section, left as the last line of page 2)."""
    return [element for element in root.iter() if _is_heading(element) or _bold_label(element)]


_LABEL_WORDS = 10  # a bold line longer than this is the story's own emphasis, not a heading


def _bold_label(element) -> bool:
    """Whether an element is a paragraph block that holds one short line, all of it bold."""
    if local_name(element) not in ("div", "p") or "paragraph" not in (element.get("class") or "").split():
        return False
    text = " ".join("".join(element.itertext()).split())
    if not text or len(text.split()) > _LABEL_WORDS:
        return False
    bold = "".join(t for b in element.iter() if local_name(b) in ("strong", "b") for t in b.itertext())
    return " ".join(bold.split()) == text


def stranded_headings(document, *, labels: bool = False) -> dict[int, bool]:
    """{a section heading's position among the document's section headings: whether it is set
    in columns} for each heading that is the last line of a page other than the last; with
    `labels`, for each bold label line (`_bold_label`) instead, mended in a round of their own
    after the headings' (mending both at once could cost a page, and lose the headings')."""
    from weasyprint.formatting_structure.boxes import LineBox, MarginBox, ParentBox, TextBox

    root = root_element(document)
    if len(document.pages) < 2 or root is None:
        return {}
    position = {id(element): number for number, element in enumerate(_headings(root))
                if _is_heading(element) != labels}
    found: dict[int, bool] = {}
    for page in document.pages[:-1]:
        last = None  # (heading element or None, in columns) of the page's last line
        stack = [(child, None, False) for child in reversed(page._page_box.children)]
        while stack:
            box, heading, columns = stack.pop()
            if isinstance(box, MarginBox):
                continue
            element = getattr(box, "element", None)
            if element is not None and id(element) in position and "::" not in (box.element_tag or ""):
                heading = element
            if isinstance(box, LineBox):
                if any(isinstance(d, TextBox) and d.text.strip() for d in box.descendants()):
                    last = (heading, columns)
                continue
            if isinstance(box, ParentBox):
                count = box.style["column_count"]
                columns = columns or (isinstance(count, int) and count > 1)
                stack.extend((child, heading, columns) for child in reversed(box.children))
        if last is not None and last[0] is not None:
            found[position[id(last[0])]] = last[1]
    return found


def break_before(root, headings: dict[int, bool]) -> None:
    """Put a break before each heading of the parsed tree `root` that `stranded_headings` named."""
    if not headings:
        return
    for number, element in enumerate(_headings(root)):
        if number in headings:
            style = (element.get("style") or "").rstrip("; ")
            rule = "break-before: column" if headings[number] else "break-before: page"
            element.set("style", (style + "; " if style else "") + rule)
