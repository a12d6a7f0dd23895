"""A line that has to break at the last space before an inline element ("... in October 1994.
<em>And</em> ...", a link, a name in bold, "including&nbsp;<a>Microsoft</a>", "the report
(<a>PDF</a>)") was broken by WeasyPrint 70 at the first break of the text before that space
instead: the line held one word ("Barton", "“The", "And"), or one line a word ("as" / "a" /
"core") until the rest fitted. The element, with what is glued to it from that space on (" ",
" including&nbsp;", " ("), is put in a span of its own: the span's only break is its start,
so that the first break WeasyPrint takes there is the right one, and nothing prints
differently (the element keeps its own content and style). The space before a <br> ("...
will follow suit.\\n<br>", which set "unclear" alone above "if the 13-inch MacBook Pro will
follow suit.") is dropped: a line ends there anyway.

Applied on WeasyPrint's parsed tree (the standard library's ElementTree) before layout, to
the article's markup: its inline elements, and the spans of its text that the renderer marks
itself (addresses, kept words); the template's own elements (other classes) are left as the
theme styles them.
"""

from __future__ import annotations

from xml.etree import ElementTree

from .keepwords import ADDRESS_CLASS, EMAIL_CLASS, KEEP_CLASS, UNTOUCHED
from .layouttree import local_name

INLINE = frozenset("a abbr b cite code dfn del em i ins kbd mark q s samp small span strong sub sup time u "
                   "var".split())
#: The classes of spans the renderer itself puts in the article's text (`keepwords`).
_OWN_CLASSES = frozenset({ADDRESS_CLASS, EMAIL_CLASS, KEEP_CLASS})
_BREAKABLE = " \t\n"


def _wrappable(child) -> bool:
    return local_name(child) in INLINE and set((child.get("class") or "").split()) <= _OWN_CLASSES


def spaces_into_inline(root) -> None:
    """Put each inline element of the tree, with what is glued to it from the last space before
    it, in a span of its own; drop the white space before each line break."""
    stack = [root]
    while stack:  # a stack, not recursion: an article may nest deep
        element = stack.pop()
        if local_name(element) in UNTOUCHED:
            continue
        for index in range(len(element)):  # each child is replaced in its place: the count holds
            child = element[index]
            stack.append(child)
            before = element.text if index == 0 else element[index - 1].tail
            if not before:
                continue
            if local_name(child) == "br":
                _set_before(element, index, before.rstrip(_BREAKABLE))
                continue
            cut = max(before.rfind(c) for c in _BREAKABLE)
            if cut < 0 or not _wrappable(child):
                continue
            namespace = child.tag[:child.tag.index("}") + 1] if child.tag.startswith("{") else ""
            wrapper = ElementTree.Element(namespace + "span")
            wrapper.text, wrapper.tail, child.tail = " " + before[cut + 1:], child.tail, None
            _set_before(element, index, before[:cut].rstrip(_BREAKABLE))
            element[index] = wrapper
            wrapper.append(child)


def _set_before(element, index: int, text: str) -> None:
    if index == 0:
        element.text = text
    else:
        element[index - 1].tail = text


#: A break that prints nothing: between two links set side by side with no space.
_ZERO_WIDTH_SPACE = "\u200b"


def breaks_between_links(root) -> None:
    """Let a line break between two links set side by side with no space between them: a magazine's tags
    ("<a>#QAnon</a><a>#Macht</a>...") made one run that fit no line and ran off the page (review R11)."""
    stack = [root]
    while stack:
        element = stack.pop()
        if local_name(element) in UNTOUCHED:
            continue
        children = list(element)
        for before, after in zip(children, children[1:]):
            if local_name(before) == local_name(after) == "a" and not before.tail:
                before.tail = _ZERO_WIDTH_SPACE
        stack.extend(children)
