"""Preformatted text set to fit its widest line: program output and tables of figures lose
their columns when a line wraps. After a layout, each <pre> whose widest line is wider than
its box gets a smaller size that fits it, down to FLOOR_PT; below that its lines wrap, as
before (a newsletter column holds about 60 characters at the floor size). The briefing is
laid out once more with those sizes (a `style` on the element of the parsed tree; WeasyPrint
reads it as any author style).
"""

from __future__ import annotations

import math

from .layouttree import elements_named, fragments_of, root_element

#: The smallest size preformatted text is shrunk to, in points.
FLOOR_PT = 6.5
#: The advance of a monospaced character, in ems (DejaVu Sans Mono and Liberation Mono: 0.6).
ADVANCE = 0.602
_PX_PER_PT = 96 / 72


def _widest(element) -> int:
    text = "".join(element.itertext())
    return max((len(line.expandtabs(8).rstrip()) for line in text.split("\n")), default=0)


def pre_sizes(document) -> dict[int, float]:
    """{a <pre>'s position among the document's <pre> elements: the size in CSS px that fits
    its widest line in its box (or FLOOR_PT)}, for those whose widest line does not fit at
    their size."""
    root = root_element(document)
    if root is None:
        return {}
    pres = elements_named(root, "pre")
    floor = FLOOR_PT * _PX_PER_PT
    sizes: dict[int, float] = {}
    for number, _, box in fragments_of(document, "pre"):
        widest = _widest(pres[number])
        size = box.style["font_size"]
        if number not in sizes and widest and widest * ADVANCE * size > box.width + 0.5:
            # 1% to spare: a face's advance is not exactly ADVANCE, and sizes are rounded.
            fitted = max(floor, math.floor(box.width / (widest * ADVANCE) * 99) / 100)
            if fitted < size - 0.05:
                sizes[number] = fitted
    return sizes


def fit_pres(root, sizes: dict[int, float]) -> None:
    """Set each <pre> of the parsed tree `root` that `pre_sizes` named at its size."""
    if not sizes:
        return
    for number, element in enumerate(elements_named(root, "pre")):
        if number in sizes:
            style = (element.get("style") or "").rstrip("; ")
            element.set("style", (style + "; " if style else "") + f"font-size: {sizes[number]}px")
