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
    first: dict[str, tuple[int, int]] = {}  # each text's first place: a later copy of it goes
    dropped: set[tuple[int, int]] = set()
    for s, section in enumerate(sections):
        for b, block in enumerate(section.blocks):
            if block.kind == "paragraph":
                text = _END.sub("", " ".join(block.text.split()))
                if text in first and len(text.split()) >= REPEATED_WORDS:
                    dropped.add((s, b))
                first.setdefault(text, (s, b))
    texts = sorted(first)
    for at, text in enumerate(texts):  # in order, the texts a text opens follow it
        if len(text.split()) < REPEATED_WORDS:
            continue
        for after in range(at + 1, len(texts)):
            if not texts[after].startswith(text):
                break
            if not texts[after][len(text)].isalnum():
                dropped.add(first[text])  # the fuller is kept
                break
    if dropped:
        sections = [replace(section, blocks=tuple(block for b, block in enumerate(section.blocks)
                                                  if (s, b) not in dropped))
                    for s, section in enumerate(sections)]
    return without_copies(sections)
