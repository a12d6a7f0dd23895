"""No word hyphenated across a page break: a reader should not carry half a word over the
page turn. After a layout, every page whose body ends in a word WeasyPrint hyphenated (its
hyphen ends the page's last line, and the paragraph goes on overleaf) names that word; the
briefing is laid out once more with those words set whole (class `keep-word`, `hyphens:
manual` in base.css), and that layout is kept when it has no more pages.

The words are read from WeasyPrint's laid-out pages and marked on its parsed tree (the
standard library's ElementTree) before the second layout.
"""

from __future__ import annotations

import re

from .layouttree import local_name

#: What WeasyPrint prints where it hyphenates a word (`hyphenate-character`, its default).
HYPHEN = "\u2010"
#: The class of the span that keeps a word whole.
KEEP_CLASS = "keep-word"
#: Elements whose text is never touched (code keeps its own breaks).
UNTOUCHED = {"pre", "code", "kbd", "samp", "script", "style", "head", "title"}
_EDGES = re.compile(r"^\W+|\W+$")


def _lines(page) -> list[tuple[str, object]]:
    """The lines of text on a page's content in document order: (text, its block's element)."""
    from weasyprint.formatting_structure.boxes import LineBox, MarginBox, ParentBox, TextBox

    found: list[tuple[str, object]] = []
    stack = list(reversed(page._page_box.children))
    while stack:
        box = stack.pop()
        if isinstance(box, MarginBox):
            continue
        if isinstance(box, LineBox):
            text = "".join(d.text for d in box.descendants() if isinstance(d, TextBox))
            if text.strip():
                found.append((text, getattr(box, "element", None)))
            continue
        if isinstance(box, ParentBox):
            stack.extend(reversed(box.children))
    return found


def split_words(document) -> list[str]:
    """The words hyphenated across the document's page breaks, in order."""
    words = []
    lines = [_lines(page) for page in document.pages]
    for before, after in zip(lines, lines[1:]):
        if not before or not after:
            continue
        (last, block), (first, next_block) = before[-1], after[0]
        if block is None or block is not next_block or not last.rstrip().endswith(HYPHEN):
            continue
        head, tail = last.rstrip()[:-1].split(), first.split()
        if head and tail:
            word = _EDGES.sub("", head[-1] + tail[0]).replace("\u00ad", "")  # a German word's soft hyphens
            if word:
                words.append(word)
    return words



#: The classes of the spans around a web address and an e-mail address in the text: never
#: hyphenated (a hyphen put into "chin-finpettis@yahoo.com" makes another address; base.css).
ADDRESS_CLASS, EMAIL_CLASS, HANDLE_CLASS = "address", "email", "handle"
_URL = re.compile(r"(?<![\w@])((?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]'’”]"
                  # an address without its scheme: "wolfgangschmale.eu/abgebrochene-forschung-..." (review R11)
                  r"|(?<![\w@/.])(?:[a-z0-9-]+\.)+[a-z]{2,6}/[^\s<>\"]*[^\s<>\".,;:!?)\]'’”])")
_URL_HINT = re.compile(r"://|www\.|\.[a-z]{2,6}/")
#: An e-mail address, also written with "(at)" against harvesters ("jens.hilgenberg(at)bund.net").
_EMAIL = re.compile(r"(?<![\w@.+-])([\w.+-]+(?:@|\(at\)|\[at\])[\w-]+(?:\.[\w-]+)+)")
_EMAIL_HINT = re.compile(r"@|\(at\)|\[at\]")
#: A social handle or a hashtag: "@cjonesanderson" was printed "@cjonesander-son", another name.
_HANDLE = re.compile(r"(?<![\w@.#&/])([@#][^\W\d]\w{1,29})(?![\w@])")
_HANDLE_HINT = re.compile(r"[@#]")


def _span(parent, text: str, cls: str = KEEP_CLASS):
    from xml.etree import ElementTree

    namespace = parent.tag[:parent.tag.index("}") + 1] if parent.tag.startswith("{") else ""
    span = ElementTree.Element(namespace + "span", {"class": cls})
    span.text = text
    return span


def keep_words(root, words: list[str]) -> None:
    """Wrap every whole-word occurrence of `words` in the body's text in a `keep-word` span."""
    if not words:
        return
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
                         + r")(?!\w)")
    _wrap(root, pattern, KEEP_CLASS)


def mark_addresses(root) -> None:
    """Wrap every web address in the body's text in an `address` span (never hyphenated,
    broken anywhere when it must be), every e-mail address in an `email` one and every
    social handle or hashtag in a `handle` one (never broken: a reader cannot tell where a
    broken one joins)."""
    _wrap(root, _URL, ADDRESS_CLASS, _URL_HINT)
    _wrap(root, _EMAIL, EMAIL_CLASS, _EMAIL_HINT)
    _wrap(root, _HANDLE, HANDLE_CLASS, _HANDLE_HINT)


def _wrap(root, pattern: re.Pattern, cls: str, hint: re.Pattern | None = None) -> None:
    """Wrap what `pattern` (one group) finds in the body's text, outside code and outside
    spans of `cls` already, in spans of `cls`; `hint` is a quick test a text must pass."""
    body = next((element for element in root.iter() if local_name(element) == "body"), None)
    if body is None:
        return
    hint = hint or pattern
    stack = [body]
    while stack:
        element = stack.pop()
        if local_name(element) in UNTOUCHED or cls in (element.get("class") or "").split():
            continue
        children = list(element)
        if element.text and hint.search(element.text) and pattern.search(element.text):
            pieces = pattern.split(element.text)
            element.text = pieces[0]
            for index, (word, rest) in enumerate(zip(pieces[1::2], pieces[2::2])):
                span = _span(element, word, cls)
                span.tail = rest
                element.insert(index, span)
        for child in children:
            if child.tail and hint.search(child.tail) and pattern.search(child.tail):
                pieces = pattern.split(child.tail)
                child.tail = pieces[0]
                position = list(element).index(child) + 1
                for offset, (word, rest) in enumerate(zip(pieces[1::2], pieces[2::2])):
                    span = _span(element, word, cls)
                    span.tail = rest
                    element.insert(position + offset, span)
            stack.append(child)
