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



def _headings(root) -> list:
    return [element for element in root.iter() if local_name(element) in _HEADINGS
            and "heading" in (element.get("class") or "").split()]


def stranded_headings(document) -> dict[int, bool]:
    """{a section heading's position among the document's section headings: whether it is set
    in columns} for each heading that is the last line of a page other than the last."""
    from weasyprint.formatting_structure.boxes import LineBox, MarginBox, ParentBox, TextBox

    root = root_element(document)
    if len(document.pages) < 2 or root is None:
        return {}
    position = {id(element): number for number, element in enumerate(_headings(root))}
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
