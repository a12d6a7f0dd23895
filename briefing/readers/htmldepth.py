"""How deeply a page's elements nest, read from its tags before any parser sees them, and the
page with the tags of elements nested past MAX_DEPTH dropped (their text kept).

Absurdly deep nesting (10,000 <div>s) is a way to make parsers drop content or recursion
overflow; flattening the excess keeps every word and bounds the work. The tags are counted
as a browser nests them: an end tag the page leaves out ("<li>" after "<li>", "<p>" after
"<p>") is implied, or a menu of 130 unclosed list items reads as 130 levels deep, and
flattening a page of depth 19 lost its article (vancouversun.com, faz.net in gathered12)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

MAX_DEPTH = 100  # deeper nesting is flattened: parsers cut it off, and recursion overflows
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
#: Elements whose end tag may be left out, and the elements that an open one of them ends at
#: when another of its kind opens ("<li>a<li>b" is two items of one list).
_IMPLIED_END = {"li": {"ul", "ol", "menu"}, "dt": {"dl"}, "dd": {"dl"}, "tr": {"table", "tbody", "thead", "tfoot"},
                "td": {"tr", "table"}, "th": {"tr", "table"}, "option": {"select", "datalist", "optgroup"}}
_SAME_KIND = {"dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "td": {"td", "th"}, "th": {"td", "th"}}
#: How far back an implied end is looked for: past a few inline elements left open, no further.
_IMPLIED_REACH = 4
#: A block that ends an open paragraph ("<p>text<div>", "<p>a<p>b"), and a link that ends an open link.
_ENDS_PARAGRAPH = {"div", "p", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                   "aside", "nav", "header", "footer", "main", "blockquote", "pre", "form", "figure", "address",
                   "fieldset", "details"}
_INLINE = {"a", "span", "b", "i", "em", "strong", "font", "small", "u", "s", "code", "abbr", "cite", "q", "sub",
           "sup", "label", "mark", "time"}
#: Elements whose text is no markup: a "<t" in a script's code is no tag.
_RAW_TEXT = {"script", "style", "textarea", "title", "xmp"}


def _tags(html: str):
    """The tags of an HTML text, in order.

    The search stops at the last ">": past it, every "<" would look for its ">" to the end
    of the text, and 100,000 unclosed tags would take minutes instead of milliseconds.
    """
    return _TAG.finditer(html, 0, html.rfind(">") + 1)


def _walk(html: str) -> Iterator[tuple[re.Match, int]]:
    """Each tag with the depth of its element (0 for a void or self-closed tag): an element
    left open ends where the browser ends it. Linear: each element is closed once."""
    stack: list[str] = []
    open_count: Counter = Counter()

    def pop() -> None:
        open_count[stack.pop()] -= 1

    raw: str | None = None  # inside a script or style: only its end tag counts
    for match in _tags(html):
        tag = match.group(2).lower()
        if raw is not None and not (match.group(1) and tag == raw):
            continue
        raw = None
        if tag in _VOID or match.group(3):
            yield match, 0
        elif match.group(1):
            depth = len(stack)  # a stray end tag
            if open_count[tag] > 0:
                while stack[-1] != tag:
                    pop()
                depth = len(stack)
                pop()
            yield match, depth
        else:
            _end_implied(tag, stack, pop)
            stack.append(tag)
            open_count[tag] += 1
            raw = tag if tag in _RAW_TEXT else None
            yield match, len(stack)


def _end_implied(tag: str, stack: list[str], pop) -> None:
    """End the open elements that an opening `tag` ends: another item of a list, cell or
    row, a paragraph before a block, a link before a link (past a few inline elements)."""
    if tag in _IMPLIED_END:
        kinds, bounds = _SAME_KIND.get(tag, {tag}), _IMPLIED_END[tag]
    elif tag in _ENDS_PARAGRAPH:
        kinds, bounds = {"p"}, set()
    elif tag == "a":
        kinds, bounds = {"a"}, set()
    else:
        return
    for back in range(1, min(_IMPLIED_REACH, len(stack)) + 1):
        if stack[-back] in bounds or (back > 1 and stack[-back + 1] not in _INLINE):
            return
        if stack[-back] in kinds:
            for _ in range(back):
                pop()
            return


def nesting_depth(html: str) -> int:
    """How deeply the elements of an HTML text nest, as a browser nests them."""
    return max((depth for _, depth in _walk(html)), default=0)


def limit_depth(html: str, max_depth: int = MAX_DEPTH) -> str:
    """Drop the tags (never the text) of elements nested deeper than `max_depth`."""
    if nesting_depth(html) <= max_depth:
        return html
    out: list[str] = []
    position = 0
    for match, depth in _walk(html):
        out.append(html[position:match.start()])
        position = match.end()
        if depth <= max_depth:
            out.append(match.group())
    out.append(html[position:])
    return "".join(out)
