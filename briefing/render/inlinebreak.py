"""A line that has to break at the space right before an inline element ("... in October 1994.
<em>And</em> ...", a link, a name in bold) was broken by WeasyPrint 70 at the first break of
the text before that space instead: the line held one word ("Barton", "“The", "And") and the
rest of the sentence went to the next line. The space before such an element is moved into
it ("1994.<em> And</em>"): the break then falls inside the element, where WeasyPrint takes
the last one that fits, and nothing prints differently (links are not underlined, and only
elements whose leading space shows nothing are touched). The space before a <br> ("... will
follow suit.\n<br>", which set "unclear" alone above "if the 13-inch MacBook Pro will follow
suit.") is dropped: a line ends there anyway.

Applied on WeasyPrint's parsed tree (the standard library's ElementTree) before layout, to
the article's own markup: an element with a class (the template's badges, labels and the
pack's source numbers) is left as the theme styles it.
"""

from __future__ import annotations

from .keepwords import UNTOUCHED
from .layouttree import local_name

#: Inline elements a leading space changes nothing in: no background, border, underline,
#: quotation marks or monospace (<code>, <q>, <u>, <mark>, <sup> keep their space outside).
PLAIN_INLINE = frozenset("a abbr b cite dfn em i small span strong time var".split())


def spaces_into_inline(root) -> None:
    """Move the white space before each plain inline element of the tree into the element, and
    drop the white space before each line break."""
    stack = [root]
    while stack:  # a stack, not recursion: an article may nest deep
        element = stack.pop()
        if local_name(element) in UNTOUCHED:
            continue
        previous = None
        for child in element:
            before = element.text if previous is None else previous.tail
            name = local_name(child)
            if before and before[-1] in " \t\n" and (name == "br" or (
                    name in PLAIN_INLINE and child.get("class") is None and (child.text or len(child)))):
                kept = before.rstrip(" \t\n")
                if previous is None:
                    element.text = kept
                else:
                    previous.tail = kept
                if name != "br":  # the space before a line break is nothing: it goes
                    child.text = " " + (child.text or "")
            stack.append(child)
            previous = child
