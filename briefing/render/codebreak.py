"""A code block that runs on to the next page says so. A block of code or program output may
break across pages (base.css keeps three lines on each side); the reader turning the page
then meets lines with no context. After a layout, each plain-text <pre> that continues on
the next page is cut where the page ends, and its second part opens with "(continued)" in
the briefing's language (the `continued` class and its `data-continued` label, base.css).
The cuts are made one at a time, each read from the layout that holds the ones before it:
a cut adds a label line and a box edge, which moves every later page end, and cuts read
from one layout landed mid-page further on ("（続き）" between two lines of one page).
"""

from __future__ import annotations

import copy
from typing import Any

from .layouttree import continued_pattern, elements_named, fragments_of, local_name, root_element


def _text_holder(pre):
    """The element whose text is the block's whole text (the <pre>, or its one <code>), or
    None for a block with markup inside (highlighted code is left whole)."""
    children = list(pre)
    if not children:
        return pre
    only = children[0] if len(children) == 1 else None
    if only is not None and local_name(only) == "code" and not list(only) and not (pre.text or "").strip():
        return only
    return None


def code_breaks(document) -> dict[int, int]:
    """{a <pre>'s position among the document's <pre> elements: how many of its source lines
    its first page holds}, for each plain-text block that continues on the next page."""
    from weasyprint.formatting_structure.boxes import TextBox

    root = root_element(document)
    if root is None or len(document.pages) < 2:
        return {}
    first: dict[int, int] = {}  # position -> characters on the block's first page
    pages_of: dict[int, set[int]] = {}
    for number, index, box in fragments_of(document, "pre"):
        pages_of.setdefault(number, set()).add(index)
        if number not in first:
            first[number] = sum(len(d.text) for d in box.descendants() if isinstance(d, TextBox))
    breaks = {}
    pres = elements_named(root, "pre")
    for number, pages in pages_of.items():
        holder = _text_holder(pres[number])
        if len(pages) < 2 or holder is None:
            continue
        lines = (holder.text or "").split("\n")
        count, held = 0, 0
        for line in lines:
            if held + len(line) > first[number]:
                break
            held += len(line)
            count += 1
        if 0 < count < len(lines) - 1:
            breaks[number] = count
    return breaks


def break_code(root, breaks: dict[int, int]) -> None:
    """Cut each <pre> of the parsed tree `root` that `code_breaks` named after its first
    page's lines; the second part, of class `continued`, carries the "(continued)" label."""
    if not breaks:
        return
    label = continued_pattern(root).replace("{}", "").strip()
    parents = {id(child): parent for parent in root.iter() for child in parent}
    pres = elements_named(root, "pre")
    for number, count in sorted(breaks.items(), reverse=True):
        if number >= len(pres) or id(pres[number]) not in parents:
            continue
        pre = pres[number]
        holder = _text_holder(pre)
        if holder is None:
            continue
        lines = (holder.text or "").split("\n")
        if not 0 < count < len(lines) - 1:
            continue
        rest = copy.deepcopy(pre)
        rest_holder = _text_holder(rest)
        holder.text = "\n".join(lines[:count])
        rest_holder.text = "\n".join(lines[count:])
        rest.set("class", ((rest.get("class") or "") + " continued").strip())
        rest.set("data-continued", label)
        parent = parents[id(pre)]
        rest.tail, pre.tail = pre.tail, None
        parent.insert(list(parent).index(pre) + 1, rest)


#: Cuts made, one layout each; a block that runs on to a page after those goes uncut (no label).
MAX_CUTS = 4


def settled_code_breaks(document, lay_out) -> tuple[dict[int, int], Any]:
    """The cuts for `break_code` ({a <pre>'s position as written: its first page's lines}),
    each read from a layout (`lay_out(cuts)`) that holds the cuts before it, and the last
    layout made (`document` when no block runs on)."""
    chosen: dict[int, int] = {}
    for _ in range(MAX_CUTS):
        found = code_breaks(document)
        if not found:
            break
        written = []  # what each <pre> of this layout is: (its position as written, a continued part)
        for position in range(len(elements_named(root_element(document), "pre")) - len(chosen)):
            written += [(position, False)] + ([(position, True)] if position in chosen else [])
        cut = next(((written[q][0], count) for q, count in sorted(found.items())
                    if q < len(written) and not written[q][1] and written[q][0] not in chosen), None)
        if cut is None:
            break
        chosen[cut[0]] = cut[1]
        document = lay_out(dict(chosen))
    return chosen, document
