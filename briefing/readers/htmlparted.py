"""A byline's text with its parts told apart: " | " where its own blocks meet, so that a name and
the role or outlet laid out beneath it do not run together ("Howard Blume | Staff Writer")."""

from __future__ import annotations

import re

from .htmlblocks import clean_text

#: Tags whose text stands apart from its neighbours' in a byline: "<div>By <span>Joe
#: Davidson</span></div><div>Washington Post</div>" is a name, then its outlet.
_APART = frozenset({"div", "p", "li", "br", "dd", "dt", "time", "address", "section", "header", "footer",
                    "h1", "h2", "h3", "h4", "h5", "h6"})


#: The class of an inline part of a byline that gives the writer's role: the L.A. Times'
#: "<a>Howard Blume</a><span class="author-title">Staff Writer</span>".
_ROLE_CLASS = re.compile(r"(?:^|\s)(?:[\w-]*[-_])?(?:(?:author|byline|writer)[-_]+(?:title|role|position|job)"
                         r"|job[-_]?title)(?:\s|$)", re.I)


def parted_text(element) -> str:
    """An element's text with " | " where its own blocks meet, so that a name and the role
    or outlet laid out beneath it do not run together ("Howard BlumeStaff Writer")."""
    parts: list[str] = []
    stack = [(element, False)]
    while stack:  # a walk with its own stack: a page's nesting can be deep
        node, closing = stack.pop()
        if not isinstance(node.tag, str):  # a comment: only the text after it
            parts += [node.tail] if node.tail else []
            continue
        parts += ["\0"] if node.tag in _APART or _ROLE_CLASS.search(node.get("class") or "") else []
        if closing:
            parts += [node.tail] if node is not element and node.tail else []
            continue
        parts += [node.text] if node.text else []
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return " | ".join(t for piece in "".join(parts).split("\0") if (t := clean_text(piece)))
