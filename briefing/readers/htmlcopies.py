"""A second copy of the article's text that a page carries in one block: the whole story
run together for a "listen" player (`auw_speak_body`) or a print view, next to the same
text in its paragraphs, or the opening of a line cut at its bold part above the whole line.
Printed, the briefing said everything twice."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Section

#: A copy shorter than this is a sentence that a page may well repeat (a pull quote).
MIN_COPY_CHARS = 300
#: A paragraph of this many words or more that the next one opens with is that one's cut-off copy
#: ("... del design a" over "... del design a velocizzare il workflow ...").
CUT_OPENING_WORDS = 8
_NOT_WORD = re.compile(r"\W+")


def _runs_together(target: str, parts) -> bool:
    """Whether `parts` (an iterable, read only as far as needed), taken from the first, spell
    `target` and end with it."""
    joined = ""
    for part in parts:
        joined += part
        if len(joined) >= len(target) or not target.startswith(joined):
            return joined == target
    return False


def without_joined_copies(sections: list[Section]) -> list[Section]:
    """Each section without a paragraph that is the paragraphs after it, or before it, run
    together (two at least): the paragraphs are kept."""
    out = []
    for section in sections:
        squashed = [_NOT_WORD.sub("", block.text) for block in section.blocks]
        copies = set()
        for index, text in enumerate(squashed):
            if len(text) < MIN_COPY_CHARS or section.blocks[index].kind != "paragraph":
                continue
            after = (squashed[i] for i in range(index + 1, len(squashed)) if i not in copies)
            before = (squashed[i][::-1] for i in range(index - 1, -1, -1) if i not in copies)
            neighbours = {squashed[i] for i in (index - 1, index + 1) if 0 <= i < len(squashed)}
            if text not in neighbours and (_runs_together(text, after) or _runs_together(text[::-1], before)):
                copies.add(index)
        for index in range(len(squashed) - 1):  # a line's opening, cut at its bold part, over the line put back
            if (section.blocks[index].kind == section.blocks[index + 1].kind == "paragraph"
                    and len(section.blocks[index].text.split()) >= CUT_OPENING_WORDS
                    and squashed[index + 1] != squashed[index] and squashed[index + 1].startswith(squashed[index])):
                copies.add(index)
        out.append(replace(section, blocks=tuple(b for i, b in enumerate(section.blocks) if i not in copies))
                   if copies else section)
    return out
