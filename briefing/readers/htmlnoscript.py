"""A story a page prints only for readers without JavaScript.

Blogger's corporate template (Google's blogs) writes each post twice: as a script template
that its JavaScript fills in, and as the same post inside <noscript>. Without scripts, the
<noscript> copy is the page's only text of the story, and an extractor that skips
<noscript> (as one skips tracking pixels there) finds nothing but the sidebar.
"""

from __future__ import annotations

_MIN_WORDS = 100  # a <noscript> of a pixel, a style or a notice holds a few words at most
_PROBE = 20  # words from the middle of the copy, looked for elsewhere (its byline may not repeat)


def reveal_noscript_stories(tree) -> int:
    """Unwrap, in place, each <noscript> of the body that holds a story's worth of text the
    page does not print elsewhere; returns how many."""
    revealed = 0
    for element in list(tree.iter("noscript")):
        words = " ".join(element.xpath(".//text()")).split()
        if len(words) < _MIN_WORDS or element.getparent() is None:
            continue
        middle = len(words) // 2
        probe = " ".join(words[middle:middle + _PROBE])
        if _printed_text(tree).count(probe) > 1:
            continue  # the page prints the story too: its <noscript> copy would print it twice
        element.drop_tag()
        revealed += 1
    return revealed


def _printed_text(tree) -> str:
    """The page's text outside scripts and styles (a script template's copy is no print)."""
    return " ".join(" ".join(tree.xpath("//text()[not(ancestor::script) and not(ancestor::style)]")).split())
