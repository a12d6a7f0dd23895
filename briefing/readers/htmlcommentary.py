"""An item's own text in a box that the furniture classes take for the readers' comments.

A page built of named parts (BEM: `block__element`) names the text that goes with each item
of a gallery its "comment": houzz.de's editorial galleries set each winner's text in
"hz-editorial-gallery-main-content__item__comment", and the furniture pattern, which knows
"comment" as the readers' comments, dropped every one of them: 80% of the article. The
readers' comments are a block of their own ("comments", "comments__list__comment",
"c-comment__body") or sit in one marked so ("page__comment" with id "comments"), with a
time stamp to each; the part named "comment" of some other block is that block's text.
"""

from __future__ import annotations

import re

from ..lexicon import FURNITURE_CLASS

_PART = re.compile(r"^(?P<owner>[\w-]+?)__comment$", re.I)


def item_commentary(element, words: list[str]) -> bool:
    """Whether a box's only furniture marks are parts named "comment" of blocks that are
    neither comments nor furniture themselves, and it holds no time stamp or form (a reader's
    comment has its date, the comments their reply form): an item's text, not a reader's."""
    marked = [w for w in words if FURNITURE_CLASS.match(w)]
    if not marked or element.find(".//time") is not None or element.find(".//form") is not None:
        return False
    for word in marked:
        part = _PART.match(word)
        if part is None or "comment" in part["owner"].lower() or FURNITURE_CLASS.match(part["owner"]) \
                or any(FURNITURE_CLASS.match(piece) for piece in part["owner"].split("__")):
            return False
    return True
