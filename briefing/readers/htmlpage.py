"""The saved page's own text and markup set right before anything reads it.

Three things the extractor and the steps after it would misread: letters written as a base and
combining accents, which the extractor composes in what it returns (so the page's paragraphs
and the extracted ones no longer compare equal), anchors that are no links, which it weighs as
links, a server's error messages printed into the page's markup, which it reads as text, a
blank line set as two <br> inside a <p>, which it keeps as one line break (five paragraphs ran together),
and a short <pre> inside a sentence, which it drops or sets as a block (`inline_short_code`).
"""

from __future__ import annotations

import re

from ..lexicon import EMBEDDED_POST_CLASSES, FURNITURE_CLASS

#: A letter written as its base and combining accents ("e" + U+0301).
_COMBINING_RUN = re.compile(r".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+", re.S)
#: A PHP error as the server prints it into the page, bold label to line number:
#: "<br />\n<b>Strict Standards</b>:  Non-static method ... in <b>/www/.../core.php</b> on line <b>341</b><br />".
_SERVER_ERROR = re.compile(
    r"(?:<br\s*/?>\s*)?<b>(?:Strict Standards|Warning|Notice|Deprecated|(?:Catchable )?Fatal error|Parse error)</b>:"
    r"[^<]{1,400}(?:<b>[^<]{1,300}</b>)?\s+on line\s+<b>\d+</b>(?:\s*<br\s*/?>)?",
    re.I,
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SENTENCE_WORDS = 8  # a jump link's text of this many words is a sentence of the story, not a label


def composed(text: str) -> str:
    """The page with its decomposed letters composed (NFC), as trafilatura composes the text it
    returns: Mediapart's blog posts are saved decomposed, and `htmlgaps` took 19 of the page's
    paragraphs for ones the extractor skipped and put them back beside its own copies. Only
    the accented letters change; a CJK compatibility ideograph (Hankook Ilbo's U+F9E1) stays."""
    if not _COMBINING_RUN.search(text):
        return text
    import unicodedata

    return _COMBINING_RUN.sub(lambda m: unicodedata.normalize("NFC", m.group()), text)


def without_server_errors(text: str) -> str:
    """The page without the PHP errors its server printed into it: glued to the paragraph they
    stand in ("Strict Standards: Non-static method nggGallery::render() ... on line 341 Installiert
    habe ich ..."), no line of chrome can take them out after extraction; and without code shown as text."""
    text = _SERVER_ERROR.sub("", text) if "on line" in text else text
    # a "<script/>" that code follows opens the script, as a browser reads it: Betty Crocker's saved page
    # has '<script type="text/javascript"/>\n(function() { ...', which the parser closed, printing the code
    return _OPENED_SCRIPT.sub(r"<script\1>", text) if "/>" in text else text


_OPENED_SCRIPT = re.compile(r"<script\b([^<>]*?)\s*/>(?=\s*[^\s<])", re.I)


_PARAGRAPH = re.compile(r"<p\b[^>]*>.*?</p>", re.S | re.I)
_DOUBLE_BREAK = re.compile(r"(?:<br\s*/?>\s*(?:&nbsp;\s*)?){2,}", re.I)


_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^>]*?(/?)>")
_VOID = frozenset({"br", "img", "wbr", "hr", "input", "meta", "link", "source", "area", "col", "embed"})


def with_paragraph_breaks(text: str) -> str:
    """The page with each blank line set as two <br> inside a <p> made a paragraph's end, as the page shows it:
    the extractor keeps one <br> of them, and the story's paragraphs were printed as one block. Only a blank
    line between the paragraph's own parts counts: one inside a <span> or <strong> stays (cutting the <p>
    there left its markup broken, and the rest of a page was lost)."""
    if "<br" not in text and "<BR" not in text:
        return text
    return _PARAGRAPH.sub(_broken_at_blank_lines, text)


def _broken_at_blank_lines(paragraph: re.Match) -> str:
    html = paragraph.group()
    if not _DOUBLE_BREAK.search(html):
        return html
    out, at, depth = [], 0, 0
    tags = iter(_TAG.finditer(html, html.index(">") + 1))
    tag = next(tags, None)
    for blank in _DOUBLE_BREAK.finditer(html):
        while tag is not None and tag.start() < blank.start():
            if tag.group(2).lower() not in _VOID and not tag.group(3):
                depth += -1 if tag.group(1) else 1
            tag = next(tags, None)
        if depth == 0 and html[blank.end():].strip().lower() not in ("</p>", ""):
            out.append(html[at:blank.start()] + "</p><p>")
            at = blank.end()
    return "".join(out) + html[at:]


def unlink_jump_anchors(tree) -> None:
    """Take the link off text that is no link: a named anchor (`<a name="pcr">`, a jump target
    with no href), and a jump within the page whose text is a sentence and whose target is text,
    not a heading (a podcast page's "central questions", each linked to its place in the
    transcript). The extractor weighs both as links: NDR's interviewer questions, set whole in
    an anchor, went as link-dense, and so did the list of questions. A contents list (its links
    go to headings or to sections headed by one), a footnote mark and "back to top" (a word or
    two) stay links; an `<a id>` button with no href ("Tipp melden") is left alone."""
    targets: dict = {}
    for element in tree.iter():
        if isinstance(element.tag, str):
            for key in (element.get("id"), element.get("name") if element.tag == "a" else None):
                if key:
                    targets.setdefault(key, element)
    for anchor in list(tree.iter("a")):
        href = anchor.get("href")
        if href is None:
            if anchor.get("name") and anchor.get("onclick") is None and anchor.get("role") is None:
                # a skip link's target hidden from view ("<a name="site-content" class="hidden">Main
                # Content</a>", Politico's) goes with its label
                if any(FURNITURE_CLASS.match(word) for word in (anchor.get("class") or "").split()):
                    anchor.drop_tree()
                else:
                    anchor.drop_tag()
            continue
        if not href.startswith("#") or len(href) == 1 or len(anchor.text_content().split()) < _SENTENCE_WORDS:
            continue
        target = targets.get(href[1:])
        if target is None or target.tag in _HEADINGS or any(a.tag in _HEADINGS for a in target.iterancestors()) \
                or any(d.tag in _HEADINGS for d in target.iterdescendants() if isinstance(d.tag, str)):
            continue
        anchor.drop_tag()


#: Elements that make a block of their own.
_BLOCKS = frozenset("p div ul ol li table h1 h2 h3 h4 h5 h6 blockquote figure section article".split())

#: The longest text of a <pre> set inside a sentence that is read as inline code.
INLINE_PRE_CHARS = 40


def inline_short_code(tree) -> None:
    """A <pre> of one short line set inside a sentence, text before and after it ("all spaces
    must be replace with a <pre><code>+</code></pre>. To build ...", HackerNoon's) is inline
    code: the extractor dropped the "+", and set "200" of "If it returns a 200, then ..." as
    a block of its own that cut the sentence. A code listing set in a table (a syntax highlighter's,
    with its column of line numbers) is taken out of it first (see `_code_out_of_tables`)."""
    _code_out_of_tables(tree)
    for pre in list(tree.iter("pre")):
        text = pre.text_content()
        parent, before = pre.getparent(), pre.getprevious()
        if parent is None or "\n" in text.strip() or not 0 < len(text.strip()) <= INLINE_PRE_CHARS:
            continue
        lead = (before.tail if before is not None else parent.text) or ""
        if lead.strip() and (pre.tail or "").strip()[:1] not in ("", "\n"):
            for code in list(pre.iter("code")):
                code.drop_tag()
            pre.tag = "code"


def _code_out_of_tables(tree) -> None:
    """A table that holds a <pre> and nothing else but line numbers becomes its <pre>, and a listing's
    <pre> of several lines holds its <code>: geeks3d.com's Python listing (WP-Syntax's <table><tr><td
    class="code"><pre>) was printed as a quotation of one line, each "# comment" swallowing the code
    after it (the extractor reads a bare <pre> as a quotation, and a table's cells as text)."""
    for table in list(tree.iter("table")):
        listings = list(table.iter("pre"))
        outside = table.text_content()
        for pre in listings:
            outside = outside.replace(pre.text_content(), "", 1)
        if listings and table.getparent() is not None and not re.sub(r"[\d\s]", "", outside):
            for pre in listings:  # the listing, without its gutter of line numbers
                pre.tail = None
                if re.sub(r"[\d\s]", "", pre.text_content()):
                    table.addprevious(pre)
            table.drop_tree()
    for pre in list(tree.iter("pre")):  # a listing's lines, not a quotation's: "<pre>x = 1\n# note\ny = 2</pre>"
        if "\n" in pre.text_content().strip() and pre.find(".//code") is None:
            code = pre.makeelement("code", {})
            code.text, pre.text = pre.text, None
            for child in list(pre):
                code.append(child)
            pre.append(code)


def aria_headings(tree) -> None:
    """A block that the page marks as a heading for screen readers ('<div role="heading"
    aria-level="3">More Great WIRED Stories</div>') becomes the heading it says it is, of its
    level (2 without one): the extractor drops it as a <div> and keeps the list under it, which
    then read as the story's. One that holds blocks of its own is left as it is."""
    for element in list(tree.iter("div", "span", "p")):
        if (element.get("role") or "").strip().lower() != "heading" or not element.text_content().strip():
            continue
        if any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in element.iterdescendants()):
            continue
        level = (element.get("aria-level") or "").strip()
        element.tag = f"h{min(6, max(2, int(level)))}" if level.isdigit() else "h2"


def free_embedded_posts(tree) -> None:
    """An embedded post (a tweet quoted in the story) is article text, but sits in a box
    classed like a share bar ("social-media-embed"): the box gives way to the post."""
    for quote in list(tree.iter("blockquote")):
        if not set((quote.get("class") or "").split()) & EMBEDDED_POST_CLASSES:
            continue
        box, outer = quote.getparent(), None
        own = len(quote.text_content().split())
        while box is not None and box.tag not in ("body", "article", "main"):
            words = f"{box.get('class') or ''} {box.get('id') or ''}".split()
            if any(FURNITURE_CLASS.match(w) for w in words) or len(box.text_content().split()) <= own + 3:
                outer = box  # a furniture-classed box, or a wrapper ("widget") of the post alone
            box = box.getparent()
        if outer is not None and outer.getparent() is not None:
            quote.tail = outer.tail
            outer.getparent().replace(outer, quote)
