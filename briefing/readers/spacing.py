"""Double-spaced text: a typewritten page, scanned and read by OCR, sets a blank line after
every line, so each line came out a block of its own (and, short and without a stop, a
heading). When nearly every block is one line of a typed page's width (not a paragraph set
as one long line) and many of those lines stop mid-sentence, a line that does not end a
sentence runs on into the next block."""

from __future__ import annotations

import re
import statistics

MIN_BLOCKS = 10
ONE_LINE_SHARE = 0.8  # of the blocks, one line each
RUN_ON_SHARE = 0.4  # of those lines, ending mid-sentence
TYPED_WIDTH = 40  # characters: the median line of a typed page is this long at least
TYPED_MAX = 100  # and nine lines in ten at most this long (a paragraph set as one line is longer)
_ENDS = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")")


def _runs_on(line: str) -> bool:
    return not line.rstrip().endswith(_ENDS)


def is_double_spaced(blocks: list[list[str]]) -> bool:
    """Whether the blocks are the lines of a double-spaced page (see the module's docstring)."""
    if len(blocks) < MIN_BLOCKS:
        return False
    lines = [block[0] for block in blocks if len(block) == 1]
    if len(lines) < ONE_LINE_SHARE * len(blocks):
        return False
    widths = sorted(len(line) for line in lines)
    return (statistics.median(widths) >= TYPED_WIDTH and widths[int(0.9 * (len(widths) - 1))] <= TYPED_MAX
            and sum(_runs_on(line) for line in lines) >= RUN_ON_SHARE * len(lines))


def join_double_spaced(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks of a double-spaced page made paragraphs: a one-line block that ends
    mid-sentence, of a typed line's width, takes the block after it."""
    if not is_double_spaced(blocks):
        return blocks
    joined: list[list[str]] = []
    for block in blocks:
        before = joined[-1] if joined else None
        if before is not None and len(before[-1]) >= TYPED_WIDTH // 2 and _runs_on(before[-1]) \
                and not _heading_like(before[-1]) and not _heading_like(block[0]) and not _DATED.search(before[-1]):
            before.extend(block)
        else:
            joined.append(list(block))
    return joined


_DATED = re.compile(r"\b(?:1[5-9]|20)\d\d$")  # "M/11 21 December 1972": a header's date line


def _heading_like(line: str) -> bool:
    """A line mostly in capitals: a letterhead's or a headline's, even as a scan misread it."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


#: The space a copied page's link leaves before a comma or a stop: "Apple Music , its closest
#: rival", "has 40 million subscribers ." (no text sets one there; an ellipsis or ".5" keeps it).
_LINK_GAP = re.compile(r"(?<=[^\W\d_])[ \t]+([,.])(?=\s|$)")


#: A sentence's stop with no space after it, the next sentence run on: "... and make
#: contact.The researchers ...", "... in the ocean.Researchers say ..." (a scrape that joined two
#: paragraphs). A word of three lower-case letters at least before it, not a domain's or a
#: file's part ("www.example.Com", "@user.Name"), and a capitalised word after it.
_RUN_ON_STOP = re.compile(r"(?<![./@\w])([a-z]{3,}[.!?])(?=[A-Z][a-z]+\b)")


def closed_gaps(text: str) -> str:
    """The text without the space a removed link left before a comma or a full stop, and with
    the space a scrape lost after a sentence's stop."""
    return _RUN_ON_STOP.sub(r"\1 ", _LINK_GAP.sub(r"\1", text))
