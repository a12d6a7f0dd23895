"""Paragraphs that a page copied as text prints twice: a caption set under its picture and again
in the gallery at the end ("The scene after a tram overturned in Croydon, south London, trapping
five people and injuring another 40."), a summary's bullet that opens the paragraph it sums up
("Two New York City subway work trains collided in a tunnel early Wednesday morning, injuring one
person" over the same words and ", officials said."), a pull quote. The briefing keeps one copy,
the fuller; nothing of the text goes."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Section
from .htmlcopies import without_copies

#: The fewest words of a paragraph that, printed again, is a copy: a shorter line ("Yes.", "Read
#: more") may well be said twice.
REPEATED_WORDS = 6
_END = re.compile(r"[\s.,;:…]+$")


def without_repeated_paragraphs(sections: list[Section]) -> list[Section]:
    """The sections without a paragraph that an earlier one repeats word for word, or that
    another paragraph opens with (the longer is kept), then without the copies a web page's
    reader leaves out (`htmlcopies.without_copies`: joined copies, pull quotes)."""
    texts = [(s, b, _END.sub("", " ".join(block.text.split())))
             for s, section in enumerate(sections) for b, block in enumerate(section.blocks)
             if block.kind == "paragraph"]
    dropped: set[tuple[int, int]] = set()
    for s, b, text in texts:
        if len(text.split()) < REPEATED_WORDS:
            continue
        for s2, b2, other in texts:
            if (s2, b2) != (s, b) and (s2, b2) not in dropped and other.startswith(text) and (
                    len(other) > len(text) and not other[len(text)].isalnum() or (s2, b2) < (s, b)):
                dropped.add((s, b))
                break
    if dropped:
        sections = [replace(section, blocks=tuple(block for b, block in enumerate(section.blocks)
                                                  if (s, b) not in dropped))
                    for s, section in enumerate(sections)]
    return without_copies(sections)
