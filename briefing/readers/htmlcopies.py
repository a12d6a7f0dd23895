"""A second copy of the article's text that a page carries in one block: the whole story
run together for a "listen" player (`auw_speak_body`) or a print view, next to the same
text in its paragraphs, the opening of a line cut at its bold part above the whole line, or
a pull quote that repeats a sentence of the story in large type. Printed, the briefing said
everything twice."""

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


#: A pull quote this short may be a phrase that a story says twice on purpose.
PULL_QUOTE_WORDS = 6
PULL_QUOTE_MAX_WORDS = 80  # a longer block is a passage of the story, not a quote pulled from it
_PULLED_KINDS = ("paragraph", "quote")
#: A pull quote is a sentence: a line without its full stop is a list's item or a name, which a
#: story may well repeat ("Beachbody Performance Recover, 1 cup blueberries" on each day of a meal plan).
_SENTENCE_END = re.compile(r"[.!?…][\"'“”„»«’)]*\s*$")


def without_pull_quotes(sections: list[Section]) -> list[Section]:
    """The sections without a paragraph or quotation that another, longer block of the story holds word
    for word: a pull quote, set apart in large type where the page repeats it ("Die gesetzliche Handhabung
    von Migration ..." in ak's <blockquote>, Refinery29's "section-pull-quote"). The longer block keeps the
    words; one that holds two blocks or more is a summary of them, which leaves them be. A quotation set
    apart also goes when the paragraphs near it tell it with their attributions between its words
    (`_told_near`: the Intercept's)."""
    blocks = [block for section in sections for block in section.blocks]
    texts = [(index, position, _NOT_WORD.sub("", block.text).lower())
             for index, section in enumerate(sections) for position, block in enumerate(section.blocks)]
    candidates = [(index, position, text) for index, position, text in texts
                  if sections[index].blocks[position].kind in _PULLED_KINDS
                  and PULL_QUOTE_WORDS <= len(sections[index].blocks[position].text.split()) <= PULL_QUOTE_MAX_WORDS
                  and _SENTENCE_END.search(sections[index].blocks[position].text)]
    if not candidates:
        return sections
    holders = [text for index, position, text in texts
               if sections[index].blocks[position].kind in ("paragraph", "list", "quote")]
    pulled = set()
    for index, position, text in candidates:
        for holder in holders:
            if len(holder) > len(text) and text in holder \
                    and not any(other not in (text, holder) and other in holder for _, _, other in candidates):
                pulled.add((index, position))
                break
        block = sections[index].blocks[position]
        if block.kind != "quote" or any(other != text and other in text for _, _, other in candidates):
            continue  # a paragraph, or a block that holds another word for word: that one is the copy, if any
        at = blocks.index(block)
        if _told_near(block, " ".join(b.text for j, b in enumerate(blocks)
                                      if b.kind in ("paragraph", "list") and abs(j - at) <= NEAR_BLOCKS)):
            pulled.add((index, position))
    if not pulled:
        return sections
    return [replace(section, blocks=tuple(b for position, b in enumerate(section.blocks)
                                         if (index, position) not in pulled))
            for index, section in enumerate(sections)]


#: The blocks either side of a set-apart quotation searched for the story's telling of it (its
#: paragraphs and lists: not another quotation, which may be a copy of the same post), and
#: the share of the quotation's runs of four words that telling must hold.
NEAR_BLOCKS, TOLD_SHARE = 6, 0.75


def _runs(text: str) -> list[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return [tuple(words[i:i + 4]) for i in range(len(words) - 3)]


def _told_near(block, near: str) -> bool:
    """Whether a set-apart quotation is one the story tells near it with its attributions between
    its words ("It is not enough for one day in a hospital," he said. ... "They just want to help us
    with burial and not medicine," he said, "or what we need inside the operating rooms."): its first
    and last runs of four words are there, and most of the others (a forum's reply that quotes a
    post and more is no copy of it)."""
    runs = _runs(block.text)
    if len(runs) < PULL_QUOTE_WORDS:
        return False
    told = set(_runs(near))
    return runs[0] in told and runs[-1] in told and sum(run in told for run in runs) >= TOLD_SHARE * len(runs)


def without_copies(sections: list[Section]) -> list[Section]:
    """The sections without the second copies of the story's text: joined copies and pull quotes."""
    return without_pull_quotes(without_joined_copies(sections))
