"""The saved page's own text and markup set right before anything reads it.

Three things the extractor and the steps after it would misread: letters written as a base and
combining accents, which the extractor composes in what it returns (so the page's paragraphs
and the extracted ones no longer compare equal), anchors that are no links, which it weighs as
links, and a server's error messages printed into the page's markup, which it reads as text.
"""

from __future__ import annotations

import re

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
    habe ich ..."), no line of chrome can take them out after extraction."""
    return _SERVER_ERROR.sub("", text) if "on line" in text else text


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
                anchor.drop_tag()
            continue
        if not href.startswith("#") or len(href) == 1 or len(anchor.text_content().split()) < _SENTENCE_WORDS:
            continue
        target = targets.get(href[1:])
        if target is None or target.tag in _HEADINGS or any(a.tag in _HEADINGS for a in target.iterancestors()) \
                or any(d.tag in _HEADINGS for d in target.iterdescendants() if isinstance(d.tag, str)):
            continue
        anchor.drop_tag()
