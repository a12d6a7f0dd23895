"""Boxes that a web page copied as text carries inside its story, known by their labels: a
teaser box ("Related Content" over another story's headline, cut short: "Top Democrats call
on Trump to cancel Putin meeting following Russian…") and a video player ("Now Playing:" over
the video's blurb). The label goes with what it labels; the story around them stays. Also the
one test of a copied page's single blocks that the text reader applies (`page_furniture`)."""

from __future__ import annotations

import re

from .chrome import is_chrome_heading, is_chrome_line
from .scrapedtop import block_line
from .sitenotes import copied_page_line

#: A video player's label on a line of its own; the video's blurb is the paragraph under it.
_PLAYER_LABEL = re.compile(r"^(?:now playing|up next|watch next|recommended videos?)\s*:?$", re.I)
#: The most words of a video's blurb; the fewest and most of a teaser's headline (fewer: the
#: story's own subheading after the box, "Store your luggage", "MONDAY").
BLURB_WORDS, HEADLINE_WORDS = 200, (4, 20)
#: A headline cut short by the box ("... following Russian…"), or one that ends no sentence.
_CUT_SHORT = re.compile(r"(?:\w|\w[,;:])\s*(?:…|\.\.\.)$")
_SENTENCE_END = re.compile(r"[.!?]['\"”’)]?$")
_BYLINE = re.compile(r"^by\s", re.I)  # "by JONATHAN LEMIRE ..." under "Popular Stories": the story's own


def page_furniture(text: str) -> bool:
    """Whether a block of a page copied as text is the site's own: its chrome, a picture's
    caption or credit, a widget, a label (`sitenotes.copied_page_line`)."""
    return bool(is_chrome_line(text) or copied_page_line(text))


def _teaser(block: list[str]) -> bool:
    """One line under a teaser box's label that reads as another story's headline."""
    text = block_line(block)
    words = len(text.split())
    return len(block) == 1 and HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] and not _BYLINE.match(text) and bool(
        _CUT_SHORT.search(text) or not _SENTENCE_END.search(text))


def without_boxes(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks without teaser boxes (the label and the headlines under it) and video
    players (the label and the blurb under it)."""
    out: list[list[str]] = []
    teasers: set[str] = set()  # the headlines a box holds: set again above the story, they go there too
    index = 0
    while index < len(blocks):
        text = block_line(blocks[index])
        index += 1
        if _PLAYER_LABEL.match(text):
            while index < len(blocks) and _PLAYER_LABEL.match(block_line(blocks[index])):
                index += 1  # "Recommended Video:" over "Now Playing:"
            if index < len(blocks) and len(block_line(blocks[index]).split()) <= BLURB_WORDS:
                index += 1
        elif len(text.split()) <= 6 and is_chrome_heading(text):
            while index < len(blocks) and _teaser(blocks[index]):
                teasers.add(block_line(blocks[index]))
                index += 1
        else:
            out.append(blocks[index - 1])
    return [b for b in out if len(b) > 1 or block_line(b) not in teasers]
