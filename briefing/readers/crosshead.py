"""A byline set under a section's heading deep in a story ("A city upended" / "By Nada Tawfik,
BBC News, New York" in the BBC's live report): the writer of that section, not of the story."""

from __future__ import annotations

#: The story's paragraphs before the section's heading, at least: a heading nearer the top heads
#: the story itself.
STORY_BEFORE = 3
_HEADINGS = ("h2", "h3", "h4")


def under_crosshead(element) -> bool:
    """Whether an element's paragraph comes right after a section heading (a rule between them
    aside) that STORY_BEFORE paragraphs of the story precede."""
    block = next((e for e in (element, *element.iterancestors()) if e.tag in ("p", "div")), None)
    if block is None:
        return False
    before = block.getprevious()
    while before is not None and before.tag == "hr":
        before = before.getprevious()
    if before is None or before.tag not in _HEADINGS:
        return False
    return sum(1 for sibling in before.itersiblings(preceding=True) if sibling.tag == "p") >= STORY_BEFORE
