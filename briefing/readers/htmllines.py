"""Lines of a box of text that the extractor cut into pieces or lost the start of.

A `<div>` that holds its text as bare text, inline markup and `<br>`s, no paragraph, is read
by the extractor piece by piece: it keeps what follows each link, bold part and line break,
and drops the box's own text before the first of them (houzz.de's gallery texts: "Das
Projekt der <a>Grüner GmbH</a> gewinnt ..." came out as "Grüner GmbHgewinnt ...", "Küchen
gehören ... <a>Entdecken Sie hier ...</a>" as two paragraphs; HolzWerken's "Bei dünneren
Plattenwerkstoffen ... schwieriger.<br>Mit der Schablone ..." lost its first line). Each such
line of the page, found in the extract as its pieces or as its end without its opening, is
put back whole.
"""

from __future__ import annotations

import copy
import re

_KEY = re.compile(r"\W+")
_WORD = re.compile(r"\w")
_MIN_WORDS = 8  # a line shorter than this is a label or a button, not the story's
_INDEX = 30  # characters of a line's end it is looked up by
_MAX_PIECES = 8  # paragraphs one line is looked for in: a line cut at every link of a long sentence
_CUT_AT = frozenset("a b strong i em u".split())  # where the extractor cuts a box's text
_INLINE = frozenset("a b strong i em u span small sub sup mark code q abbr font cite time s del ins br".split())
_SENTENCE_END = re.compile(r"\w[.!?…][\"”’)]?$")


def text_key(text: str) -> str:
    """What a page's text and the extract's are compared by: their letters and digits, lower case."""
    return _KEY.sub("", text).lower()


def _words(text: str) -> int:
    """How many words a text has (not counting a lone mark: "#", "|", "–")."""
    return sum(1 for token in text.split() if _WORD.search(token))


class _Line:
    """A line of a box of text: its opening text and inline elements, its key, and the key of
    its text before the first element the extractor cuts at (what it drops)."""

    def __init__(self, lead: str, inline: list):
        self.lead, self.inline = lead, inline
        text = " ".join([lead, *(e.text_content() + (e.tail or "") for e in inline)])
        self.words = _words(text)
        self.text, self.key = " ".join(text.split()), text_key(text)
        head = [lead]
        for element in inline:
            if element.tag in _CUT_AT or any(d.tag in _CUT_AT for d in element.iterdescendants()):
                break
            head.append(element.text_content() + (element.tail or ""))
        self.head = text_key(" ".join(head))


def _inline(element) -> bool:
    """Whether an element is inline markup with no block, picture or line break inside."""
    return element.tag in _INLINE and element.tag != "br" and all(
        isinstance(d.tag, str) and d.tag in _INLINE and d.tag != "br" for d in element.iterdescendants())


def _lines(page) -> list[list[_Line]]:
    """The lines of each box of the page (a `<div>`, or a `<p>` of many lines) that holds its
    text bare, between inline markup and `<br>`s: a box of nothing else, or one whose bare
    lines stand between blocks and pictures of its own (bos-fahrzeuge.info's history, one
    `<p>`: "... vier Fahrzeuge für den <a>Löschzug</a> der BF Braunschweig. ...<br><br>").
    Each `<br>` is its own: one inside a `<span>` was not taken for a line's end."""
    boxes = []
    for box in page.iter("div", "p"):
        children = [c for c in box if isinstance(c.tag, str)]
        if not children or any(not isinstance(c.tag, str) and (c.tail or "").strip() for c in box):
            continue  # no markup, or text after a comment (which a line would lose)
        bare = " ".join([box.text or "", *(c.tail or "" for c in box)])
        if not all(c.tag == "br" or _inline(c) for c in children) and not (
                any(c.tag == "br" for c in children) and _words(bare)):
            continue  # a box of blocks
        lines, lead, inline = [], box.text or "", []  # type: list, str, list
        for child in children:
            if child.tag == "br" or not _inline(child):  # a line break, or a block (or a part that breaks
                # lines inside: "<span>...<br>...</span>") between lines
                lines.append(_Line(lead, inline))
                lead, inline = child.tail or "", []
            else:
                inline.append(child)
        lines.append(_Line(lead, inline))
        boxes.append([line for line in lines if line.key])
    return boxes


def _paragraph(line: _Line, tail: str | None):
    """A paragraph of the line's text and inline markup (links keep their web address)."""
    from lxml import etree

    out = etree.Element("p")
    out.text = line.lead
    for element in line.inline:
        piece = copy.deepcopy(element)
        for node in piece.iter():
            href = node.get("href") if node.tag == "a" else None
            node.attrib.clear()
            if href and href.startswith(("http://", "https://")):
                node.set("href", href)
        out.append(piece)
    out.tail = tail
    return out


def _run_together(paragraph, line: _Line) -> bool:
    """Whether the extract ran the line's words together where its links end ("In der
    Experten-Suchekönnen Sie")."""
    return _words(paragraph.text_content()) < line.words


def mend_cut_lines(page, body) -> int:
    """Put back whole, in `body`, each line of the page's boxes of text that it holds cut into
    pieces (consecutive paragraphs that make the line), with words run together, or without
    its opening words (the text before the line's first link or bold part, which the
    extractor drops); and a box's first line, a sentence, that it dropped while keeping the
    next. Returns how many."""
    boxes = _lines(page)
    ends: dict[str, list[_Line]] = {}
    for line in (line for lines in boxes for line in lines):
        if line.words >= _MIN_WORDS and len(line.key) >= _INDEX:
            ends.setdefault(line.key[-_INDEX:], []).append(line)
    mended = 0
    paragraphs = [p for p in body.iter("p") if text_key(p.text_content())]
    index = 0
    while index < len(paragraphs):
        run, joined, found = [], "", None  # type: list, str, _Line | None
        for paragraph in paragraphs[index:index + _MAX_PIECES]:
            if run and run[-1].getnext() is not paragraph:
                break
            run.append(paragraph)
            joined += text_key(paragraph.text_content())
            found = next((line for line in ends.get(joined[-_INDEX:], ()) if (
                line.key == joined and (len(run) > 1 or _run_together(paragraph, line))
                or line.key == line.head + joined and line.head)), None)
            if found is not None:
                break
        if found is None:
            index += 1
            continue
        run[0].addprevious(_paragraph(found, run[-1].tail))
        for paragraph in run:
            paragraph.getparent().remove(paragraph)
        mended += 1
        index += len(run)
    return mended + _restore_first_lines(boxes, body)


def _restore_first_lines(boxes: list[list[_Line]], body) -> int:
    """A box's first line, a sentence of its own, put back before its second line when the
    extract opens a paragraph with the second and lacks the first."""
    opening = {key[:_INDEX]: p for p in body.iter("p") if len(key := text_key(p.text_content())) >= _INDEX}
    present = text_key(body.text_content())
    restored = 0
    for lines in boxes:
        if len(lines) < 2 or lines[0].inline or lines[0].words < _MIN_WORDS \
                or not _SENTENCE_END.search(lines[0].text) or lines[0].key in present:
            continue
        second = opening.get(lines[1].key[:_INDEX]) if len(lines[1].key) >= _INDEX else None
        if second is not None and second.getparent() is not None:
            second.addprevious(_paragraph(lines[0], None))
            restored += 1
    return restored


#: The inline markup a copy of a page's block keeps (`clean_copy`).
_COPIED_INLINE = frozenset({"a", "b", "strong", "i", "em", "span", "code", "sub", "sup", "br", "mark", "small", "q",
                            "abbr"})
#: Inline markup a copy leaves out but whose text it keeps: Live Science's `<a><u>the Big Bang</u></a>`.
_UNWRAPPED_INLINE = frozenset({"u", "ins", "cite", "dfn", "kbd", "samp", "var", "time", "font", "bdi", "bdo", "data",
                               "big", "tt", "nobr", "acronym"})


def clean_copy(block, keep: frozenset[str] = frozenset()):
    """A copy of a page's block with its text and inline markup only (and the `keep` tags: a
    list's items), without attributes but a link's web address, to put back into the body."""
    out = copy.deepcopy(block)
    out.attrib.clear()
    for element in list(out.iterdescendants()):
        if isinstance(element.tag, str) and element.tag in _UNWRAPPED_INLINE and element.tag not in keep:
            if element.getparent() is not None:
                element.drop_tag()
            continue
        if not isinstance(element.tag, str) or element.tag not in _COPIED_INLINE | keep:
            if element.getparent() is not None:
                element.drop_tree()
            continue
        href = element.get("href") if element.tag == "a" else None
        element.attrib.clear()
        if href and href.startswith(("http://", "https://")):
            element.set("href", href)
    out.tail = None
    return out
