"""Breaking or moving a box rather than leaving a page part empty. A box (key points, timeline)
is kept whole when it fits on a page, so one that does not fit below the text before it moves
to the next page and leaves a gap. When that gap is more than MOVE_EMPTY of the page, the
timeline is moved down into the story, after the end of the section whose block runs over the
page's end, else after that block (the story fills the gap, the box follows whole, as a printed
sidebar does). When the move costs a
page or leaves a gap again, or the box is another, a gap of more than MAX_EMPTY breaks the box
in two parts: the items that fit in the gap, then a box titled "<title> (continued)" (in the
briefing's language) with the rest, each part kept whole. A layout is kept when it has no
more pages than the first.

The layout is read from WeasyPrint's laid-out pages; the split is made on its parsed tree (the
standard library's ElementTree) before the second layout.
"""

from __future__ import annotations

import copy
from typing import Any

from .layouttree import continued_pattern, local_name, root_element

#: A box that moves to the next page and leaves more than this share of a page empty is broken.
MAX_EMPTY = 0.25
#: A timeline that moves to the next page and leaves more than this share of a page empty is
#: moved down into the story instead (the story fills the gap; nothing is broken).
MOVE_EMPTY = 0.15
#: Layouts tried at most after the first (a row stacked, then its box broken, then one item fewer).
ROUNDS = 3
#: Each part keeps at least this many of the box's items.
MIN_ITEMS = 2
#: The attribute that keeps a box's number through a break (its copy has the same).
NUMBER_ATTRIBUTE = "data-box"
#: The class that sets a row of boxes (the newsletter's front) one under the other.
STACKED_CLASS = "stacked"
#: CSS px of rounding allowed when comparing positions.
SLACK = 2.0
#: CSS px taken as the least gap above a box (boxes are set 5 mm apart).
GAP = 20.0



def _classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def _is_box(element) -> bool:
    return "box" in _classes(element)


def items(box) -> list:
    """The items a box can be broken between: the points of its list, the events of its
    timeline (list entries or table rows). A box without a list has none."""
    for element in box.iter():
        name = local_name(element)
        if name in ("ul", "ol", "dl"):
            return [child for child in element if isinstance(child.tag, str)]
        if name == "table":
            return [row for row in element.iter() if local_name(row) == "tr"]
    return []


def _boxes(root) -> list:
    return [element for element in root.iter() if isinstance(element.tag, str) and _is_box(element)]


# ------------------------------------------------------------------------------ reading the layout


def _walk(page):
    """(box, parent box) for every box of a page's content, its margin boxes left out."""
    from weasyprint.formatting_structure.boxes import MarginBox, ParentBox

    stack = [(child, page._page_box) for child in page._page_box.children]
    while stack:
        box, parent = stack.pop()
        if isinstance(box, MarginBox):
            continue
        yield box, parent
        if isinstance(box, ParentBox):
            stack.extend((child, box) for child in box.children)


def _content_bottom(page) -> float | None:
    """The lowest line, image or box border of a page's content, CSS px from the paper's top."""
    from weasyprint.formatting_structure.boxes import LineBox, ReplacedBox

    bottoms = [box.border_box_y() + box.border_height() for box, _ in _walk(page)
               if isinstance(box, (LineBox, ReplacedBox))
               or (getattr(box, "element", None) is not None and _is_box(box.element)
                   and getattr(box, "element_tag", "").find("::") < 0)]
    return max(bottoms) if bottoms else None


def boxes_to_break(document) -> dict[int, int]:
    """Which boxes to break and where: {the box's index among the document's boxes: how many of
    its items stay in the first part}, for every box that opens a page, came from the page before
    it (not from a flex row) and left that page more than MAX_EMPTY empty, when at least
    MIN_ITEMS of its items fit in the gap and MIN_ITEMS follow."""
    from weasyprint.formatting_structure.boxes import BlockBox, FlexBox

    pages = document.pages
    root = root_element(document)
    if len(pages) < 2 or root is None:
        return {}
    index = {id(element): _number(element, number) for number, element in enumerate(_boxes(root))
             if "continued" not in _classes(element)}
    splits: dict[int, int] = {}
    seen: set[int] = set()
    for number, page in enumerate(pages):
        fragments = [(box, parent) for box, parent in _walk(page)
                     if isinstance(box, BlockBox) and getattr(box, "element", None) is not None
                     and _is_box(box.element) and "::" not in (getattr(box, "element_tag", "") or "")]
        if number == 0 or not fragments:
            seen.update(id(box.element) for box, _ in fragments)
            continue
        box, parent = min(fragments, key=lambda pair: pair[0].border_box_y())
        element = box.element
        first_y = min((b.border_box_y() for b, _ in _walk(page) if b is not box and b.border_height() > 0
                       and b.border_box_y() + SLACK < box.border_box_y()
                       and getattr(b, "element", None) is not element), default=None)
        opens_page = first_y is None
        seen_before = id(element) in seen
        seen.update(id(b.element) for b, _ in fragments)
        if not opens_page or seen_before or id(element) not in index:
            continue
        before = pages[number - 1]
        area_top = before._page_box.content_box_y()
        area_bottom = area_top + before._page_box.height
        bottom = _content_bottom(before)
        if bottom is None or (area_bottom - bottom) <= MAX_EMPTY * before._page_box.height:
            continue
        if isinstance(parent, FlexBox):  # a box in a row of boxes: first stack the row
            splits[index[id(element)]] = 0
            continue
        entries = items(element)
        if len(entries) < 2 * MIN_ITEMS:
            continue
        item_bottoms = _item_bottoms(page, entries)
        if len(item_bottoms) < len(entries):  # the box did not fit on this page either
            continue
        top = box.border_box_y()
        tail = box.border_box_y() + box.border_height() - item_bottoms[-1]
        # The gap above the box: its top margin, or the box before it's bottom margin (5 mm in
        # the base theme) that collapses with it, whichever is larger.
        free = area_bottom - bottom - max(box.margin_top, GAP) - SLACK
        fit = sum(1 for item_bottom in item_bottoms if item_bottom - top + tail <= free)
        fit = min(fit, len(entries) - MIN_ITEMS)
        if fit >= MIN_ITEMS:
            splits[index[id(element)]] = fit
    return splits


# ------------------------------------------------------------------------------ moving a box

#: The box that may move down into the story (the key points stay where the reader looks first).
MOVABLE_CLASS = "timeline"
_BLOCK_NAMES = {"p", "ul", "ol", "dl", "table", "blockquote", "figure", "pre", "div", "h2", "h3", "h4", "h5", "h6"}
_HEADING_NAMES = {"h2", "h3", "h4", "h5", "h6"}


def story_blocks(root) -> list:
    """The story's blocks in order: the children of `main.body`'s sections (or of main itself)."""
    main = next((e for e in root.iter() if local_name(e) == "main"), None)
    if main is None:
        return []
    out = []
    for child in main:
        if local_name(child) == "section":
            out += [block for block in child if local_name(block) in _BLOCK_NAMES]
        elif local_name(child) in _BLOCK_NAMES:
            out.append(child)
    return out


def box_moves(document, section_end: bool = False) -> dict[int, int]:
    """Where to move each timeline box that opens a page and left the page before it more
    than MOVE_EMPTY empty (not one in a row of boxes): {box number: -(1 + the number of the
    story block it follows)}. The block is the one that runs over the end of the page the box
    left (the story's blocks, moved up, fill the gap), or with `section_end` the last of that
    block's section (before the next heading, or the story's last) where that ends on the page
    the box opened: a box set between two paragraphs of one section splits what a reader reads
    on (every review of the R12 round said so)."""
    from weasyprint.formatting_structure.boxes import BlockBox, FlexBox

    root = root_element(document)
    if root is None or len(document.pages) < 2:
        return {}
    boxes = _boxes(root)
    blocks = story_blocks(root)
    heights: dict[int, float] = {}
    first: dict[int, tuple[int, Any, Any]] = {}  # element: (page, its first box, that box's parent)
    for number, page in enumerate(document.pages):
        for box, parent in _walk(page):
            element = getattr(box, "element", None)
            pseudo = "::" in (getattr(box, "element_tag", "") or "")
            if isinstance(box, BlockBox) and element is not None and not pseudo:
                heights[id(element)] = heights.get(id(element), 0.0) + box.margin_height()
                first.setdefault(id(element), (number, box, parent))
    moves = {}
    for number, element in enumerate(boxes):
        if MOVABLE_CLASS not in _classes(element) or "continued" in _classes(element) or id(element) not in first:
            continue
        page, box, parent = first[id(element)]
        if page == 0 or isinstance(parent, FlexBox) or not blocks or first.get(id(blocks[0]), (-1,))[0] < page:
            continue  # only a box set before the story, on its own, is moved into it
        if any(b is not box and b.border_height() > 0 and b.border_box_y() + SLACK < box.border_box_y()
               and getattr(b, "element", None) is not element for b, _ in _walk(document.pages[page])):
            continue  # the box does not open its page: the gap above is not its doing
        before = document.pages[page - 1]
        bottom = _content_bottom(before)
        free = before._page_box.content_box_y() + before._page_box.height - (bottom or 0.0)
        if bottom is None or free <= MOVE_EMPTY * before._page_box.height:
            continue
        filled, at = 0.0, None
        for position, block in enumerate(blocks):
            filled += heights.get(id(block), 0.0)
            if filled >= free:
                at = position
                break
        while at is not None and at + 1 < len(blocks) and local_name(blocks[at]) in _HEADING_NAMES:
            at += 1  # a heading stays with the text under it
        if section_end and at is not None:
            end = at
            while end + 1 < len(blocks) and local_name(blocks[end + 1]) not in _HEADING_NAMES:
                end += 1
            room = free + before._page_box.height - heights.get(id(element), 0.0) - GAP
            if sum(heights.get(id(block), 0.0) for block in blocks[:end + 1]) > room:
                continue  # the section runs on past the box's page: far from the front, it is no sidebar
            at = end
        if at is not None and (at + 1 < len(blocks) or (section_end and at + 1 == len(blocks))):
            moves[number] = -(1 + at)
    return moves


def _number(element, position: int) -> int:
    """A box's number among the briefing's boxes: the one `break_boxes` wrote on it, else its
    position (a layout of the tree as the template wrote it)."""
    written = element.get(NUMBER_ATTRIBUTE)
    return int(written) if written and written.isdigit() else position


def _item_bottoms(page, entries) -> list[float]:
    """The bottom of each item on the page, in order (items not on the page are left out)."""
    wanted = {id(entry): position for position, entry in enumerate(entries)}
    bottoms: dict[int, float] = {}
    for box, _ in _walk(page):
        element = getattr(box, "element", None)
        if element is not None and id(element) in wanted:
            position = wanted[id(element)]
            bottoms[position] = max(bottoms.get(position, 0.0), box.border_box_y() + box.border_height())
    return [bottoms[position] for position in sorted(bottoms)]


# ------------------------------------------------------------------------------ breaking the tree


def break_boxes(root, splits: dict[int, int]) -> None:
    """Break the boxes of the parsed tree `root` as `boxes_to_break` said: each box keeps its
    first items, and a copy after it, titled "<title> (continued)" and of class `continued`,
    holds the rest (an ordered list's numbering goes on). A box to keep 0 items is in a row of
    boxes: the row is stacked instead (class `stacked`); one to keep -n moves after the story's
    block n - 1 (`box_moves`). Every box gets its number."""
    pattern = continued_pattern(root)
    parents = {id(child): parent for parent in root.iter() for child in parent}
    boxes = _boxes(root)
    for number, box in enumerate(boxes):
        box.set(NUMBER_ATTRIBUTE, str(number))
    blocks = story_blocks(root)
    for number, keep in sorted(splits.items(), reverse=True):
        if number >= len(boxes):
            continue
        box = boxes[number]
        parent = parents.get(id(box))
        if keep < 0:  # moved into the story, after its block number -keep - 1
            target = blocks[-keep - 1] if -keep - 1 < len(blocks) else None
            holder = parents.get(id(target)) if target is not None else None
            if parent is not None and holder is not None:
                parent.remove(box)
                box.tail = "\n"
                holder.insert(list(holder).index(target) + 1, box)
            continue
        if keep == 0 and parent is not None:
            parent.set("class", (parent.get("class") or "") + " " + STACKED_CLASS)
            continue
        entries = items(box)
        if parent is None or not MIN_ITEMS <= keep <= len(entries) - MIN_ITEMS:
            continue
        rest = copy.deepcopy(box)
        rest_entries = items(rest)
        rest_parents = {id(child): p for p in rest.iter() for child in p}
        for entry in rest_entries[:keep]:
            rest_parents[id(entry)].remove(entry)
        for entry in entries[keep:]:
            parents[id(entry)].remove(entry)
        for element in rest.iter():
            if "box-title" in _classes(element):
                title = "".join(element.itertext()).strip()
                for child in list(element):
                    element.remove(child)
                element.text = pattern.replace("{}", title)
                break
        for child in list(rest):  # the part before holds what is not a list item (a bottom line)
            if local_name(child) == "p":
                rest.remove(child)
        for element in rest.iter():
            if local_name(element) == "ol":
                element.set("start", str(int(element.get("start") or 1) + keep))
                break
        rest.set("class", (rest.get("class") or "") + " continued")
        if rest.get("id"):
            del rest.attrib["id"]
        label = rest.get("aria-label")
        if label:
            rest.set("aria-label", pattern.replace("{}", label))
        rest.tail, box.tail = box.tail, "\n"
        parent.insert(list(parent).index(box) + 1, rest)


def with_boxes_broken(document, lay_out_broken):
    """`document`, or its layout with a box moved or broken (`lay_out_broken(splits)`) when a
    box left a page more than MAX_EMPTY empty and that costs no page; and the splits it was
    laid out with ({} for `document` itself)."""
    splits = boxes_to_break(document)
    for section_end in (True, False):  # after its section's end, else after the block it interrupts
        if moves := box_moves(document, section_end):
            moved = lay_out_broken({**splits, **moves})
            if len(moved.pages) <= len(document.pages) and not set(boxes_to_break(moved)) & set(moves):
                return moved, {**splits, **moves}
    best, used = document, {}
    for _ in range(ROUNDS):
        if not splits:
            break
        broken = lay_out_broken(splits)
        if len(broken.pages) <= len(document.pages):
            best, used = broken, splits
        more = boxes_to_break(broken)  # a stacked row's boxes, or a first part that still moved
        if not more or all(splits.get(number) == keep for number, keep in more.items()):
            break
        splits = {**splits, **more}
    return best, used
