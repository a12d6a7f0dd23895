"""Split an HTML fragment into sections of typed blocks, keeping its structure.

Shared by the Markdown reader (its rendered body) and the HTML reader (the extracted
article). Headings start sections; paragraphs, lists, quotes, tables, code and figures
become blocks that carry both their plain text and their HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import FURNITURE_CLASS
from ..model import Block, Section
from .chrome import is_chrome_line, is_teaser_line
from .htmlcommentary import item_commentary
from .htmldepth import limit_depth
from .htmltables import breadcrumb, cells, is_layout_table, link_grid, local, menu, menu_cells, one_paragraph
from .htmltrailing import sentence_heading

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCK_KINDS = {
    "p": "paragraph", "ul": "list", "ol": "list", "dl": "list", "blockquote": "quote",
    "table": "table", "pre": "code", "figure": "figure", "img": "figure", "picture": "figure",
}
_CONTAINERS = {"div", "section", "article", "main", "header", "footer", "aside", "span",
               "center", "body", "html", "details", "summary", "font", "form"}
_SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "hr", "br",
         "button", "input", "select", "textarea", "iframe", "object", "embed", "svg"}
_SPACE = re.compile(r"\s+")
_SPACE_RUN = re.compile(r"[ \t\n\u00a0]{2,}")


#: A soft hyphen, as a character or an entity. None is kept: one between no letters broke Le
#: Figaro's "ajoute un &shy;proche de ..." and printed "un -" at a line's end; one inside a word
#: hides it from the analysis ("Okto&shy;ber", "Gefäng&shy;nisses"), and WeasyPrint measures a
#: table cell that holds them as one unbreakable line (a timeline's text ran past its box). The
#: renderer hyphenates words itself.
_SOFT_HYPHEN = re.compile(r"\u00ad|&shy;|&#173;|&#x[aA][dD];")


def without_soft_hyphens(html: str) -> str:
    """The page without its soft hyphens."""
    return _SOFT_HYPHEN.sub("", html) if "\u00ad" in html or "&" in html else html


_XML_INCOMPATIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Collapse white space the way a browser does, and take off the invisible joiners and
    marks at either end (Pikabu ends its headlines with two word joiners, U+2060)."""
    return _SPACE.sub(" ", text).strip().strip(_INVISIBLE).strip()


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


_SEPARATED = {"li", "td", "th", "tr", "p", "dt", "dd", "figcaption", "br", "div", "caption",
              "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}


def block_text(element) -> str:
    """An element's text with a space between list items, table cells and paragraphs."""
    parts: list[str] = []

    def walk(node):
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag and tag not in _SKIP - {"br"}:
                if tag in _SEPARATED:
                    parts.append(" ")
                walk(child)
                if tag in _SEPARATED:
                    parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return clean_text("".join(parts))


@dataclass
class _Heading:
    level: int
    text: str


@dataclass(frozen=True)
class _Credit:
    """A byline the page set as a heading ("Un texte de Frédéric Zalac d'Enquête")."""
    text: str


def _is_teaser(element) -> bool:
    """Whether a block is a link to another article set as a headline: all its text is one
    link's, and the link holds a heading (`<p><a href=...><h3>Other story</h3></a></p>`)."""
    if local(element) not in ("p", "div"):
        return False
    links = [a for a in element.iter() if local(a) == "a"]
    if len(links) != 1 or not any(local(h) in _HEADINGS for h in links[0].iter()):
        return False
    return clean_text(links[0].text_content()) == clean_text(element.text_content())


def _is_byline_heading(heading) -> bool:
    """Whether a heading is the page's byline set as a heading ("by Jeff Foust<br>Monday,
    November 18, 2019"): each of its lines a byline or a date. It is not a section."""
    from .byline import byline, dateline

    lines: list[str] = [heading.text or ""]
    for child in heading:
        if local(child) == "br":
            lines.append(child.tail or "")
        else:
            lines[-1] += (child.text_content() or "") + (child.tail or "")
    lines = [clean_text(line) for line in lines if clean_text(line)]
    return bool(lines) and byline(lines[0]) is not None and all(
        byline(line) is not None or dateline(line) is not None for line in lines[1:])


#: A memorandum's header fields, which some pages set as headings.
_MEMO_FIELD = re.compile(r"^(?:FROM|TO|SUBJECT|THROUGH|CC|DATE|RE)\s*:\s*\S", re.I)


def _footnote_mark(sup) -> bool:
    return (sup.get("id") or "").startswith("fnr") or "footnote" in (sup.get("class") or "") \
        or sup.find("a[@class='footnote-ref']") is not None


def heading_text(heading) -> str:
    """A heading's text without its footnote marks ("open formats¹⁹" is no "formats 19"), its
    line breaks read as spaces ("Tony Scott<br/>United States ..." is no "ScottUnited")."""
    marks = [sup for sup in heading.iter("sup") if _footnote_mark(sup)]
    breaks = list(heading.iter("br"))
    if not marks and not breaks:
        return clean_text(heading.text_content())
    import copy

    heading = copy.deepcopy(heading)
    for br in heading.iter("br"):
        br.tail = " " + (br.tail or "")
    for sup in [sup for sup in heading.iter("sup") if _footnote_mark(sup)]:
        sup.drop_tree()
    return clean_text(heading.text_content())


#: A paragraph that only draws a line: AP's "___" before a sidebar, the Miami Herald's
#: "==========" between answers, "* * *" between scenes.
RULE_LINE = re.compile(r"(?:([=_~*#·•\-–—])\s*)\1(?:\s*\1)+")


#: Text that says nothing: a menu's separators, a quote mark set apart as ornament.
_NOTHING_SAID = re.compile(r"[\s|/／｜·•,，\-–“”\"'‘’«»()\[\]+]*")


def _says_something(text: str) -> bool:
    return not _NOTHING_SAID.fullmatch(text)


def _as_paragraph(cell) -> str:
    """A table cell's content as the HTML of one paragraph."""
    import copy

    from lxml.html import tostring

    paragraph = copy.deepcopy(cell)
    paragraph.tag = "p"
    paragraph.attrib.clear()
    paragraph.tail = None
    return tostring(paragraph, encoding="unicode")


def _events(element, out: list) -> None:
    """Walk an element's children, appending headings and blocks in document order."""
    from lxml import etree
    from lxml.html import tostring

    if element.text and _says_something(element.text):
        out.append(Block("paragraph", clean_text(element.text)))
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        tag = tag.lower().split("}")[-1]
        if isinstance(child, etree._Comment) or tag in _SKIP:
            pass
        elif tag in _HEADINGS:
            text = heading_text(child)
            if text and _MEMO_FIELD.match(text):
                out.append(Block("paragraph", text))  # a memo's "FROM: ..." set as a heading is a field
            elif text and _is_byline_heading(child):
                out.append(_Credit(text))  # the page's byline set as a heading: not a section
            elif text:
                out.append(_Heading(_HEADINGS[tag], text))
        elif tag in _CONTAINERS:
            _events(child, out)
        elif tag == "table" and is_layout_table(child):
            menu_row = menu_cells(child)
            for cell in cells(child):
                if any(cell is other for other in menu_row) or menu(cell) or breadcrumb(cell):
                    continue
                if one_paragraph(cell):  # "please email <a>x</a> for more": one line, not three blocks
                    text = block_text(cell)
                    if text and _says_something(text):
                        out.append(Block("paragraph", text, _as_paragraph(cell)))
                else:
                    _events(cell, out)
        elif tag == "table" and link_grid(child):
            pass  # a footer's grid of links
        elif _is_teaser(child) or (tag in ("ul", "ol") and breadcrumb(child)):
            pass  # a related article's headline as a link, a breadcrumb trail: not the article's text
        else:
            text = block_text(child)
            kind = _BLOCK_KINDS.get(tag, "html")
            if kind == "paragraph" and not text and child.find(".//img") is not None:
                kind = "figure"
            if kind == "paragraph" and RULE_LINE.fullmatch(text):
                out.append(Block("rule", "", "<hr>"))  # "___", "==========": a rule typed out
            elif (text and _says_something(text)) or kind == "figure":
                html = tostring(child, encoding="unicode", with_tail=False)
                if kind == "paragraph":  # ".&nbsp; Thank you": a typist's two spaces print as one
                    html = _SPACE_RUN.sub(lambda m: " " if "\u00a0" in m.group() else m.group(), html)
                out.append(Block(kind, text, html))
        if child.tail and _says_something(child.tail):
            out.append(Block("paragraph", clean_text(child.tail)))


def toolbar_list(element) -> bool:
    """A list of page tools ("Print", "Font:", "+", "-"): three items or more, none of four
    words, and two at least with no letter or digit at all."""
    items = [clean_text(li.text_content()) for li in element if isinstance(li.tag, str) and li.tag == "li"]
    return (len(items) >= 3 and all(len(item.split()) < 4 for item in items)
            and sum(not re.search(r"\w", item) for item in items) >= 2)


_INDENT = re.compile(r"\n[ \t]*")


def unindent(root) -> None:
    """Take out the indents trafilatura's pretty-printed HTML puts between elements that the
    page set side by side ("<strong>nach </strong><em>NDR</em><strong>-Recherchen" read as
    "nach NDR -Recherchen"): the printer indents only an element with no text of its own,
    so one whose text and every child's tail are indents held its children side by side."""
    for element in root.iter():
        children = [child for child in element if isinstance(child.tag, str)]
        if children and _INDENT.fullmatch(element.text or "") and all(
                _INDENT.fullmatch(child.tail or "") for child in children):
            element.text = None
            for child in children:
                child.tail = None


def parse_body(html: str):
    """The <body> of an HTML string (the extractor's output), without its printer's indents."""
    from lxml import html as lxml_html

    root = lxml_html.document_fromstring(html) if html.strip() else None
    if root is None:
        return lxml_html.fragment_fromstring("<div></div>")
    unindent(root)
    _unwrap_layout_lists(root)
    body = root.find("body")
    return body if body is not None else root


_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
_LAYOUT_ITEM_BLOCKS = 3  # the blocks of one item that make a list the page's layout


def _unwrap_layout_lists(root) -> None:
    """Read as blocks the items of a list that is the page's layout, not a list: one of its
    items holds three paragraphs or headings or more and the list a story's length (Taipei
    Times sets its whole article in one <li>; a loose list has one paragraph an item)."""
    for listing in list(root.iter("ul", "ol")):
        items = [item for item in listing if item.tag == "li"]
        blocks = [[b for b in item if isinstance(b.tag, str) and b.tag in _BLOCK_TAGS] for item in items]
        if not any(len(own) >= _LAYOUT_ITEM_BLOCKS for own in blocks) or sum(
                len(b.text_content().split()) for own in blocks for b in own) < _STORY_WORDS:
            continue
        for item in items:
            item.drop_tag()
        listing.drop_tag()


def inline_teaser(element) -> bool:
    """A link to another story set inside a paragraph under its label: Le Point's
    <span>À LIRE AUSSI <a>Antisémitisme : retour au Moyen Âge</a></span>, whose words would
    run into the sentence after it; Le Monde's <section class="catcher"> of a "Lire aussi"
    label and a link, between two paragraphs."""
    if element.tag not in ("span", "aside", "small", "section", "div") or element.find(".//a") is None:
        return False
    if element.tag in ("section", "div") and (not is_teaser_line(element.text_content()) or any(
            isinstance(e.tag, str) and e.tag in ("p", "li", "h1", "h2", "h3", "h4", "table") for e in element.iter())):
        return False  # a container of the story's own blocks, or of another kind of box
    text = " ".join(element.text_content().split())
    # TIME's <span class="see"><a>(See the world's top 10 environmental disasters.)</a></span>
    return len(text.split()) <= 30 and (is_chrome_line(text) or bool(_POINTER.match(text)) and link_only(element))


#: A pointer, in brackets, to another page: "(See ...)", "(Read ...)", "(Watch ...)".
_POINTER = re.compile(r"^\((?:see|read|watch|listen to)\b[^()]{3,100}\)$", re.I)


def contents_box(element) -> bool:
    """A page's table of contents (class or id "toc"), of links to its own headings: the
    briefing's bookmarks do that job. A book's contents in text (O'Reilly's "目次") stays."""
    words = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    if "toc" not in words:
        return False
    links = [a.get("href") or "" for a in element.iter("a")]
    return len(links) >= 2 and sum(href.startswith("#") for href in links) >= 0.8 * len(links)


def link_only(element) -> bool:
    """An element whose whole text is the text of its links: a teaser, a file link, "Close"."""
    text = clean_text(element.text_content())
    links = "".join(clean_text(a.text_content()) for a in element.iter("a"))
    return bool(text) and re.sub(r"\s", "", text) == re.sub(r"\s", "", links)


def shouted_link(element, text: str) -> bool:
    """A paragraph in capitals that is one link: a promo ("CLICK HERE TO GET THE FOX NEWS APP")."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 3 and bool(letters) and all(c.isupper() for c in letters) and link_only(element)


def opens_own_text(heading) -> bool:
    """Whether a heading that is one link opens text of its own: a newsletter's item ("<h2><a>
    Kanboard</a></h2><p>Kanboard is a free and open-source Kanban project management ...")
    rather than a teaser, whose link is all there is, with a date or an image at most."""
    after = heading.getnext()
    return after is not None and after.tag in ("p", "ul", "ol", "blockquote") and \
        len(clean_text(after.text_content()).split()) >= 6 and not link_only(after)


def text_beside(image) -> str:
    """The text of the nearest element around an image that has some (three levels up)."""
    holder = image.getparent()
    for _ in range(3):
        if holder is None:
            return ""
        text = clean_text(holder.text_content())
        if text:
            return text
        holder = holder.getparent()
    return ""


def html_to_sections(html: str, credits: list[str] | None = None) -> tuple[list[Section], list[_Heading]]:
    """Sections of an HTML fragment, and the h1 headings met (candidate titles); the bylines
    set as headings are left out, and added to `credits` when it is given."""
    from lxml import html as lxml_html

    if not html.strip():
        return [], []
    html = _XML_INCOMPATIBLE.sub("", limit_depth(html))
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    events: list = []
    _events(root, events)
    sections: list[Section] = []
    titles: list[_Heading] = []
    heading, level = None, 2
    blocks: list[Block] = []
    for event in events:
        if isinstance(event, _Credit):
            if credits is not None:
                credits.append(event.text)
        elif isinstance(event, _Heading):
            if not any(ch.isalnum() for ch in event.text):
                blocks.append(Block("rule", "", "<hr>"))  # "<h5><strong>*</strong></h5>": a break, no heading
                continue
            if event.level == 1 and not sections and not blocks and heading is None:
                titles.append(event)
                continue
            if heading is not None or blocks:
                sections.append(Section(heading, tuple(blocks), level))
            heading, level, blocks = event.text, event.level, []
        else:
            blocks.append(event)
    if heading is not None or blocks:
        sections.append(Section(heading, tuple(blocks), level))
    while len(sections) > 1 and not sections[-1].blocks and not sentence_heading(sections[-1].heading or ""):
        sections.pop()  # headings with nothing under them end a page's article: related links
    return _without_lone_headings(sections), titles


def _without_lone_headings(sections: list[Section]) -> list[Section]:
    """Without a short heading that has nothing under it (its picture not printed, an ad's
    shortcode dropped: "NPC Map") between sections that have text, before a heading of its
    rank or above: it would stand alone on the page. A heading over subheadings stays, and so
    do a run of empty headings (a course's outline) and a longer one (a paragraph set as one)."""
    kept = []
    for before, section, after in zip([None, *sections[:-1]], sections, [*sections[1:], None]):
        if (section.blocks or after is None or not after.blocks or after.level > section.level
                or (before is not None and not before.blocks) or len((section.heading or "").split()) > 4):
            kept.append(section)
    return kept


def story_in_furniture_box(element, words: list[str]) -> bool:
    """Whether a box classed only as a share bar or an ad holds the story's paragraphs (France
    Culture's "share-zone" wraps the whole text, OpposingViews' page wrapper is
    "is-below-header-ad"): a share bar or an ad holds no prose. A gallery item's text named
    its "comment" is the story's too (`htmlcommentary`)."""
    if item_commentary(element, words) or _holds_story_body(element):
        return True
    return all(_SHARE_CLASS.match(w) for w in words if FURNITURE_CLASS.match(w)) and sum(
        len(p.text_content().split()) for p in element.iter("p")) >= _STORY_WORDS


def _holds_story_body(element) -> bool:
    """Whether a box holds the element its page names as the story's body, with the story's
    prose in it: wPolityce's whole article sits in a section whose script hook reads
    "js-truncate-related-to-my-size", and no box of related links holds the story."""
    for inner in element.iter():
        if isinstance(inner.tag, str) and (inner.get("itemprop") == "articleBody" or any(
                _BODY_CLASS.match(word) for word in (inner.get("class") or "").split())) and sum(
                len(p.text_content().split()) for p in inner.iter("p")) >= _STORY_WORDS:
            return True
    return False


_SHARE_CLASS = re.compile(r"^(?:share|social)[\w-]*$|^(?:[\w-]+-)?ads?$", re.I)
#: The story's body by its class: "article-body", "js-article-body", "story__content", "entry-content".
_BODY_CLASS = re.compile(r"^(?:js-)?(?:article|story|entry|post)(?:-|_{1,2})(?:body|content|text)$", re.I)
_STORY_WORDS = 150
_PROSE_WORDS = 12  # a paragraph of the story has this many words at least, mostly not linked


_PAYWALL_CLASS = re.compile(r"paywall|premium|subscriber|locked|metered", re.I)


def paywalled(element) -> bool:
    """Whether a hidden element is a paragraph of the story that the site hides from readers
    without a subscription (TechRadar's `<p class="paywall" aria-hidden="true">`): the page
    holds the text, and the briefing prints it."""
    return element.tag == "p" and bool(_PAYWALL_CLASS.search(element.get("class") or "")) \
        and len(element.text_content().split()) >= _PROSE_WORDS


def holds_the_page(element, tree) -> bool:
    """Whether a hidden element holds most of the page's paragraphs: a page that its scripts
    show once loaded (React's streamed `<div hidden id="S:0">` at Anadolu Ajansı), whose
    story is there to read, not a menu or a dialog hidden until asked for."""
    own = sum(len(p.text_content().split()) for p in element.iter("p"))
    return own >= _STORY_WORDS and own > sum(len(p.text_content().split()) for p in tree.iter("p")) / 2


def hidden_from_story(element, tree) -> bool:
    """Whether an element is hidden from the reader (`hidden`, `aria-hidden`) and is not the
    story's: a paragraph hidden behind a paywall or a page hidden until its scripts run is
    shown instead (its marks taken off: the extractor drops text marked aria-hidden)."""
    if element.get("hidden") is None and element.get("aria-hidden") != "true":
        return False
    if paywalled(element) or holds_the_page(element, tree):
        element.attrib.pop("hidden", None)
        element.attrib.pop("aria-hidden", None)
        return False
    return True


def rescue_swallowed_story(element) -> None:
    """Move out, after a furniture box about to go, the rest of the story that broken markup
    put inside it: The Nation's newsletter form ("cta") leaves a <div> open, and the article's
    next paragraphs nest in the box. They are the blocks beside a paragraph of prose (twelve
    words or more, mostly unlinked, not in the box's <form>), the first such run that comes to
    a story's length (a box of teasers holds links, a sign-up box a line or two)."""
    if element.getparent() is None or "comment" in f"{element.get('class')} {element.get('id')}".lower():
        return  # the readers' comments come after the story: their paragraphs are theirs
    prose = (p for p in element.iterdescendants("p") if len(text := p.text_content().split()) >= _PROSE_WORDS
             and not any(a.tag == "form" for a in p.iterancestors())
             and sum(len(a.text_content().split()) for a in p.iter("a")) < len(text) / 2)
    # the first run of paragraphs that comes to a story's length (Entrepreneur's "related-content"
    # box, left open, holds a sponsor's pitch of one paragraph, then the whole story)
    run = next((r for r in (_blocks_beside(p) for p in prose)
                if sum(len(b.text_content().split()) for b in r) >= _STORY_WORDS), None)
    if run is None:
        return
    anchor = element
    for block in run:
        block.getparent().remove(block)  # its tail goes with it: white space between two blocks
        anchor.addnext(block)
        anchor = block


_STORY_BLOCKS = frozenset({"p", "h2", "h3", "h4", "blockquote", "ul", "ol"})


def _blocks_beside(paragraph) -> list:
    return [b for b in paragraph.getparent() if b.tag in _STORY_BLOCKS]
