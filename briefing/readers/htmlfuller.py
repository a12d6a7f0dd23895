"""Which of the extractor's two readings of a page to take when the one with pictures reads on
further: the text-only reading is taken first, and it sometimes stops short of the story's end."""

from __future__ import annotations

import re

from .htmlcaptions import CAPTION_MARK
from .htmlsplit import words


def reads_on(fuller: str, text: str) -> bool:
    """Whether the reading with images (`fuller`, its images left out) goes on where the text-only
    reading stopped: it holds that reading whole, and half as much again in sentences of prose, with
    few other lines (labels, captions). BuzzFeed sets its story in blocks of a picture or an embedded post under a
    sentence, and the text-only reading stopped at the third, losing six of its eleven paragraphs;
    a fuller reading that adds a menu, labels or a gallery's "Bild 1 von 10" is not taken."""
    def blocks(markup: str) -> list[str]:
        return [" ".join(re.sub(r"<[^>]+>", " ", m.group(0)).split()) for m in _BLOCK.finditer(markup)]

    own = [block for block in blocks(text) if block.removeprefix(CAPTION_MARK.strip())]
    more = [block for block in blocks(fuller) if block.removeprefix(CAPTION_MARK.strip()) and block not in own]
    fuller_text = " ".join(blocks(fuller))
    if not own or not all(block in fuller_text for block in own):
        return False
    sentences = [block for block in more if words(block) >= 12 and _PROSE_END.search(block)
                 and not block.startswith(CAPTION_MARK.strip())]  # a caption goes with its picture
    prose = sum(words(block) for block in sentences)
    other = sum(words(block) for block in more) - prose
    return (prose >= 0.5 * sum(words(block) for block in own) and other <= 0.2 * prose
            and len(more) - len(sentences) <= 0.25 * len(more))


_PROSE_END = re.compile(r"[.!?。！？]['\"”’)]?$")
_BLOCK = re.compile(r"<(p|h[1-6]|li)\b[^>]*>.*?</\1>", re.S)
