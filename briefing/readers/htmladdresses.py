"""Web addresses that a story writes out for its reader, put back where the extractor lost them.

The extractor weighs a paragraph that is one link as a link, and a story's closing line that
gives a web address goes with it: a press release's "Originalpublikation:
https://doi.org/10.1002/..." (idw-online.de), a product note's "Weitere Infos zum Schuh ... unter
https://www.dalbello.it/..." (alpin.de), an interview's answer "alexandriadouziech.com" under
"Website and social media handles, please!" (LA Weekly), a list of references that is one URL
(anarc.at). A paragraph of the page that writes out an address (a link whose text is the address
it leads to, or an address as plain text), right after a block of the story in the same
container, goes back after that block, with the short label heading it ("Originalpublikation:").
A link that reads as a title ("Read: Ten things ...") is a teaser, and an address right under a
picture its credit ("Abb.: https://..."): both stay out.
"""

from __future__ import annotations

import re

from .chrome import is_chrome_line
from .htmllines import text_key

#: A web address as written out: a URL, "www.…", a domain name with or without a path, a DOI.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,6}(?:/\S*)?|doi:\s*\S+", re.I)
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$", re.I)
_MAX_WORDS = 25  # a line longer than this is a paragraph that links, not a line that gives an address
_MAX_LABEL_WORDS = 4  # "Originalpublikation:", "Weitere Informationen:", "More information:"
_LABELS = ("h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "div")
_STORY_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table")
_SKIPPED = ("hr", "br")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _written_address(element) -> bool:
    """Whether the paragraph gives a web address written out: it ends with one, and each link
    in it (if any) shows the address it leads to, as an address."""
    text = _text(element).rstrip(" .")
    if not text or len(text.split()) > _MAX_WORDS:
        return False
    last = _ADDRESS.fullmatch(text.split()[-1])
    if last is None:
        return False
    if any(isinstance(d.tag, str) and d.tag in _STORY_BLOCKS for d in element.iterdescendants()):
        return False
    for link in element.iter("a"):
        shown = _text(link)
        if shown and not _ADDRESS.fullmatch(shown.rstrip("/ ")):
            return False  # a link that reads as words: a teaser or a prompt, not an address
        if _PICTURE_FILE.search(link.get("href") or ""):
            return False  # a link to a picture ("i.redd.it/whs5mnaxwft31.jpg"), which is not printed
    return True


def _label(paragraph):
    """The short label right before the paragraph ("Originalpublikation:"), past rules, or None."""
    node = paragraph.getprevious()
    while node is not None and isinstance(node.tag, str) and node.tag in _SKIPPED:
        node = node.getprevious()
    if node is None or not isinstance(node.tag, str) or node.tag not in _LABELS:
        return None
    text = _text(node)
    if not text.endswith(":") or len(text.split()) > _MAX_LABEL_WORDS:
        return None
    return node


def _under_picture(paragraph) -> bool:
    """Whether the paragraph comes right after a picture (a block that holds one and no text)."""
    node = paragraph.getprevious()
    return node is not None and isinstance(node.tag, str) and not _text(node) and (
        node.tag in ("img", "picture", "figure") or next(node.iter("img", "picture"), None) is not None)


def _kept_before(paragraph, kept: dict, label):
    """The body's copy of the story block right before the paragraph (its label and rules
    passed over) among its siblings, or None."""
    node = (label if label is not None else paragraph).getprevious()
    while node is not None and (not isinstance(node.tag, str) or node.tag in _SKIPPED or not _text(node)):
        node = node.getprevious()
    if node is None or node.tag not in _STORY_BLOCKS:
        return None
    return kept.get(text_key(_text(node)))


def _copy(paragraph, label):
    """The address paragraph as the body holds its text: a <p>, its label run in."""
    from lxml import html as lxml_html

    out = lxml_html.Element("p")
    prefix = f"{_text(label)} " if label is not None else ""
    links = [a for a in paragraph.iter("a") if (a.get("href") or "").startswith(("http://", "https://"))]
    text = _text(paragraph)
    if len(links) == 1 and text.endswith(_text(links[0])) and _text(links[0]):
        out.text = prefix + text[: len(text) - len(_text(links[0]))]
        link = lxml_html.Element("a", href=links[0].get("href").strip())
        link.text = _text(links[0])
        out.append(link)
    else:
        out.text = prefix + text
    return out


def link_shows_address(element, text: str) -> bool:
    """Whether a link's text is the web address it leads to, written out for the reader
    (a deal list's "http://amzn.to/2hZfWFJ" under each item): the printed page keeps it."""
    targets = {re.sub(r"^https?://(www\.)?|/$", "", (a.get("href") or "").strip()).lower() for a in element.iter("a")}
    return re.sub(r"^https?://(www\.)?|/$", "", text.strip()).lower() in targets


def address_under_heading(element, text: str) -> bool:
    """Whether a paragraph is a bare web address that a heading's section holds alone (anarc.at's
    "references" over "https://www.emacswiki.org/..."): the section's text, not a print header's URL."""
    before = element.getprevious()
    return (element.tag == "p" and _ADDRESS.fullmatch(text.strip()) is not None and before is not None
            and isinstance(before.tag, str) and before.tag in _HEADINGS and not (before.tail or "").strip())


def restore_addresses(page, body) -> int:
    """Put back, in `body`, the page's paragraphs that write out a web address (see the
    module's rules) right after a block of the story it kept. Returns how many."""
    kept: dict = {}
    for element in body.iter(*_STORY_BLOCKS):
        kept.setdefault(text_key(_text(element)), element)
    shown = text_key(body.text_content())
    restored = 0
    for paragraph in list(page.iter("p")):
        key = text_key(_text(paragraph))
        if not key or key in shown or not _written_address(paragraph):
            continue
        words = _text(paragraph).split()[:-1]  # what it says besides the address: a site's notice?
        if words and is_chrome_line(" ".join(words)):
            continue
        if _under_picture(paragraph):
            continue  # a picture's credit: "Abb.: https://..." under the picture, which is not printed
        label = _label(paragraph)
        anchor = _kept_before(paragraph, kept, label)
        if anchor is None or anchor.getparent() is None:
            continue
        copy_ = _copy(paragraph, label)
        anchor.addnext(copy_)
        kept[key] = copy_
        shown += text_key(copy_.text_content())
        restored += 1
    return restored
