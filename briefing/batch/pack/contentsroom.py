"""The pack's contents set under the end of its timeline when the front's last page has
room for it, rather than on a page of its own that leaves two pages half empty.

The contents is laid out on its own, once the briefings' page counts are known, while the
front was laid out before them (in another process, on a rerun). So its layout starts with
a blank block as tall as the front's last page is full (`room_above`), and its first page is
then drawn onto the front's last page, clipped to the page area below that block: the
contents' own margin boxes and page background are not drawn twice. A theme's template
that leaves the block out puts its contents on a page of its own, as before."""

from __future__ import annotations

from dataclasses import dataclass

#: The class of the block of the contents part's section (pack.html.j2).
SECTION_CLASS = "pack-contents"
#: The class of the blocks a part begins with, a blank page each (pack.html.j2's `skip`).
SKIP_CLASS = "pack-skip"


def _class_of(box) -> set[str]:
    element = getattr(box, "element", None)
    return set((element.get("class") or "").split()) if element is not None else set()


def room_above(document) -> float | None:
    """How far down the front's last page its body reaches, in CSS px from the page's top,
    or None when that page is the cover or holds no body: the contents starts a page then."""
    if len(document.pages) < 2:
        return None
    page = document.pages[-1]._page_box
    bottoms = [box.position_y + box.margin_top + box.border_height() for box in page.descendants()
               if getattr(box, "element_tag", None) == "main"]
    return max(bottoms) - page.content_box_y() if bottoms else None


def skipped(document) -> int:
    """How many of the blank pages of the template's `skip` macro a part's layout begins
    with (none, from a theme's template without them)."""
    count = 0
    for page in document.pages:
        if not any(SKIP_CLASS in _class_of(box) for box in page._page_box.descendants()):
            break
        count += 1
    return count


def pages_to_skip(front_pages: int) -> int:
    """How many blank pages the contents' layout begins with, so that the page that shares
    the front's last page is of its kind: not a first page, and left or right as it is."""
    return 1 if (front_pages - 1) % 2 else 2


@dataclass(frozen=True)
class FirstPage:
    """Where the contents begins in its own layout, after the `skip` blank pages."""

    skip: int = 0  # blank pages at its start, left out of the pack
    shared: bool = False  # the next page's rows are drawn onto the front's last page, clipped to `clip`
    clip: tuple[float, float, float, float] = (0, 0, 0, 0)  # PDF points: left, bottom, right, top


def first_page(document, room: float | None) -> FirstPage | None:
    """How the contents' layout begins (its blank pages, then a blank block `room` px tall
    when `room` is not None); None when some of it lies above the block (a theme's template
    without it): it is laid out without then."""
    skip = skipped(document)
    if room is None or len(document.pages) <= skip:
        return FirstPage(skip=skip)
    page = document.pages[skip]
    box = page._page_box
    sections = [b for b in box.descendants() if SECTION_CLASS in _class_of(b)]
    rows = [b for section in sections for b in section.descendants() if getattr(b, "element_tag", None) == "tr"]
    if not sections or not rows:  # no room after all: the contents begins on the next page
        return FirstPage(skip=skip + 1)
    top = min(b.position_y + b.margin_top for b in [*sections, *rows])
    if top < box.content_box_y() + room:  # the block did not hold the contents below it
        return None
    scale = 0.75  # WeasyPrint's PDF: 1 CSS px is 0.75 pt, the origin at the bottom left
    left, right = box.content_box_x(), box.content_box_x() + box.width
    bottom = box.content_box_y() + box.height
    return FirstPage(skip=skip, shared=True, clip=(left * scale, (page.height - bottom) * scale, right * scale,
                                                   (page.height - top) * scale))


def draw_onto(pdf, target, source, clip: tuple[float, float, float, float]) -> None:
    """Draw `source` (a pikepdf page of another PDF) onto `target` (a page of `pdf`), only
    the part inside `clip`, with its links."""
    import pikepdf

    form = pdf.copy_foreign(source.as_form_xobject())
    form.BBox = pikepdf.Array(clip)
    target.add_overlay(form, pikepdf.Rectangle(*clip), shrink=False, expand=False)
    target.copy_annotations(source)
