"""Tables in an extracted article that are not data: a table that lays the page out (its
cells are the article's own blocks), a row of it that is the site's menu ("About | Media |
Search | Contact"), and a grid of nothing but links (a footer's "About us | Authors | Jobs").
Pages of the table-layout era still carry all three around their story."""

from __future__ import annotations

import re

_DATA_PARTS = {"caption", "thead", "tfoot", "th", "col", "colgroup"}
_BLOCK_CHILDREN = {"p", "div", "ul", "ol", "dl", "blockquote", "table", "pre", "figure",
                   "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}
#: A cell or paragraph that only parts a menu's items: "|", "/", "·", ",".
SEPARATOR = re.compile(r"[\s|/／｜·•,，\-–]+")
#: A label before a row of links: "Keyword:", "Tags:", "Topics:".
_LABEL = re.compile(r"^\w+(?: \w+)?\s*:\s*")
#: The most words a menu item has ("Partner with us").
_MENU_WORDS = 3


def local(element) -> str:
    """An element's tag name, without namespace, lower-cased ("" for a comment)."""
    return element.tag.lower().split("}")[-1] if isinstance(element.tag, str) else ""


def cells(table) -> list:
    """A table's cells in reading order, those of nested tables left to their table."""
    found = []
    for element in table.iter():
        if local(element) in ("td", "th"):
            owner = element.getparent()
            while owner is not None and local(owner) != "table":
                owner = owner.getparent()
            if owner is table:
                found.append(element)
    return found


def is_layout_table(table) -> bool:
    """Whether a <table> lays a page out rather than holding data, the way Readability tells
    them apart: no caption, header cells or column groups, and either one row or one column,
    or a cell holding paragraphs, lists or headings. A layout table's cells are read as the
    article's own blocks: kept as one table row, a whole article was one row that could not
    break across pages."""
    if table.get("summary") or any(local(element) in _DATA_PARTS for element in table.iter()):
        return False
    rows = [row for row in table.iter() if local(row) == "tr"]
    columns = max((sum(1 for cell in row if local(cell) in ("td", "th")) for row in rows), default=0)
    if len(rows) <= 1 or columns <= 1:
        return True
    found = cells(table)
    if not any(local(child) in _BLOCK_CHILDREN for cell in found for child in cell):
        return False
    # paragraphs in the cells of a grid of short cells are a data table's: a class's schedule of dates and
    # steps, "<td>27.03./2.</td><td>Du kennst ...</p><p>Du hast begonnen ...</td>" (not a page laid out)
    widths = {sum(1 for cell in row if local(cell) in ("td", "th")) for row in rows}
    return not (len(rows) >= _GRID_ROWS and len(widths) == 1
                and all(len(_text(cell).split()) <= _GRID_CELL_WORDS for cell in found))


_GRID_ROWS = 3  # rows of one width at least: a grid of data
_GRID_CELL_WORDS = 120  # a cell longer than this holds a page's story, laid out


def _text(element) -> str:
    return " ".join(element.text_content().split())


def one_paragraph(cell) -> bool:
    """A cell of text and inline elements only (emphasis, line breaks, a link or two): one
    paragraph. (With three links or more it is rather a list of teasers, each headline a
    link with its blurb after it, read block by block.)"""
    return not any(local(e) in _BLOCK_CHILDREN or local(e) in ("li", "img", "figure") for e in cell.iterdescendants()) \
        and sum(local(e) == "a" for e in cell.iter()) < 3


def menu(element) -> bool:
    """An element of nothing but three short links or more and separators, after a label at
    most: "About | Media | Search | Contact", a column of section links, "Keyword: a, b, c"."""
    links = [text for a in element.iter() if local(a) == "a" and (text := _text(a))]
    if len(links) < 3 or any(len(link.split()) > _MENU_WORDS for link in links):
        return False
    rest = _LABEL.sub("", _text(element), count=1)
    for link in links:
        rest = rest.replace(link, "", 1)
    return not rest.strip() or bool(SEPARATOR.fullmatch(rest))


#: What parts a breadcrumb trail's crumbs: "Top > News releases > Depot".
_CRUMB = re.compile(r"\s*[>»›]\s*")


def breadcrumb(element) -> bool:
    """An element that is a breadcrumb trail: three crumbs or more parted by ">" ("»", "›"),
    each short, all but the last (the page itself) a link; or a list of crumbs (`list_breadcrumb`)."""
    if local(element) in ("ul", "ol"):
        return list_breadcrumb(element)
    crumbs = [c for c in _CRUMB.split(_text(element)) if c]
    links = {_text(a) for a in element.iter() if local(a) == "a"}
    return len(crumbs) >= 3 and all(len(c.split()) <= 6 for c in crumbs) and all(c in links for c in crumbs[:-1])


def list_breadcrumb(element) -> bool:
    """A list that is a breadcrumb trail: three items or more, the first a link to the site's home
    page, each before the last (the page itself, its headline perhaps) a short link alone (the
    Times of India's "<li><a href="/">News</a></li><li><a href="/india">India News</a></li><li>China
    snubs Imran Khan, ...</li>")."""
    from urllib.parse import urlsplit

    items = [item for item in element if local(item) == "li"]
    if len(items) < 3 or len(items) != len([c for c in element if isinstance(c.tag, str)]):
        return False
    first = next((a for a in items[0].iter() if local(a) == "a"), None)
    if first is None or urlsplit((first.get("href") or "").strip()).path not in ("", "/"):
        return False
    return all(len(_text(item).split()) <= 4 and _text(item) and _text(item) == " ".join(
        _text(a) for a in item.iter() if local(a) == "a") for item in items[:-1])


def _link_or_separator(cell) -> bool:
    """A cell that is a short link, a separator, or empty: a menu's part."""
    text = _text(cell)
    if not text or SEPARATOR.fullmatch(text):
        return True
    links = "".join(_text(a) for a in cell.iter() if local(a) == "a")
    return len(text.split()) <= _MENU_WORDS and re.sub(r"\s", "", links) == re.sub(r"\s", "", text)


def menu_cells(table) -> list:
    """A layout table's cells that sit in a menu row: a row of three filled cells or more,
    each a short link or a separator. (The elements themselves: an lxml element's id is its
    proxy's, which another element may take once the proxy is gone.)"""
    found: list = []
    for row in (r for r in table.iter() if local(r) == "tr"):
        row_cells = [c for c in row if local(c) in ("td", "th")]
        filled = [c for c in row_cells if _text(c)]
        if len(filled) >= 3 and all(_link_or_separator(c) for c in filled):
            found += row_cells
    return found


def link_grid(table) -> bool:
    """A table of four links or more and nothing else but separators: a footer's or a
    menu's grid, not data."""
    filled = [c for c in cells(table) if _text(c)]
    links = [c for c in filled if not SEPARATOR.fullmatch(_text(c))]
    return len(links) >= 4 and all(_link_or_separator(c) for c in filled) and not any(
        local(e) == "img" for e in table.iter())
