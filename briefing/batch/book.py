"""The combined book of a batch (`--combine`): a cover and a contents page from the
theme's `book.html.j2`, then every briefing, with one bookmark per article. The cover and
contents speak `--lang`'s language, else the one most of the briefings are in (each
briefing's PDF names its own), else English."""

from __future__ import annotations

import datetime as _dt
import io
import logging
from collections import Counter
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path

from .. import __version__
from ..errors import OutputError
from ..options import Options
from ..render.html import render_template
from ..render.locale import Language, language, language_tag
from ..render.pdf import paper_size, weasyprint
from ..themes import Theme
from ..write import write_atomic
from .discover import source_stem
from .items import Item


def _front_matter(theme: Theme, title: str, entries: list[dict], paper: str, words: Language):
    """The cover and contents, laid out (a WeasyPrint Document)."""
    from ..render.fetcher import make_fetcher

    html = render_template(theme, "book.html.j2", {
        "title": title, "entries": entries, "paper": paper, "date": _dt.date.today().isoformat(),
        "lang": words.tag, "dir": words.direction, "labels": words.labels})
    fetcher = make_fetcher(list(theme.folders), None)
    return weasyprint().HTML(string=html, url_fetcher=fetcher).render()


@contextmanager
def _quiet_pypdf():
    """pypdf logs what it repairs ("invalid pdf header", "EOF marker not found"); the
    book says in one line of its own when a briefing cannot be read."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read_briefings(items: list[Item]):
    """The briefings' PDFs, or an error naming the one that cannot be read."""
    return [_read_briefing(item) for item in items]


def _book_language(readers, options: Options) -> Language:
    """--lang's language, else the one most of the briefings declare (their PDF's /Lang,
    the html element's `lang`, which is the article's), else English."""
    if options.lang:
        return language(language_tag(None, options.lang))
    tags = Counter(tag for reader in readers if (tag := _pdf_language(reader)))
    return language(language_tag(tags.most_common(1)[0][0] if tags else None))


def _pdf_language(reader) -> str | None:
    from pypdf.errors import PyPdfError

    try:
        tag = reader.trailer["/Root"].get("/Lang")
    except (PyPdfError, KeyError, AttributeError, ValueError):
        return None
    return str(tag).strip() if tag else None


def _read_briefing(item: Item):
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(item.output)
        len(reader.pages)
    except (PyPdfError, OSError, ValueError):
        raise OutputError("cannot add it to the book: not a readable PDF; "
                          "rerun with --force to render it again", item.output) from None
    return reader


def combine_book(items: list[Item], book: Path, options: Options, theme: Theme,
                 title: str | None = None) -> int:
    """Write one PDF: a cover, a contents page with page numbers, then each briefing with
    one bookmark per article. Returns the book's page count. `title` defaults to "Briefing
    book" in the book's language."""
    with _quiet_pypdf():
        return _combine(items, book, options, theme, title)


def _combine(items: list[Item], book: Path, options: Options, theme: Theme, title: str | None) -> int:
    from pypdf import PdfWriter

    paper = paper_size(options, theme)
    readers = _read_briefings(items)
    words = _book_language(readers, options)
    title = title or words.labels["book_title"]
    counts = [len(reader.pages) for reader in readers]
    titles = [item.title or source_stem(item.input) for item in items]
    front_pages = 2
    for _ in range(5):  # the contents may run over a page: lay out until the count settles
        starts = [front_pages + 1 + before for before in accumulate([0, *counts[:-1]])]
        entries = [{"title": t, "page": n} for t, n in zip(titles, starts)]
        front = _front_matter(theme, title, entries, paper, words)
        if len(front.pages) == front_pages:
            break
        front_pages = len(front.pages)
    writer = PdfWriter()
    writer.append(io.BytesIO(front.write_pdf()), import_outline=False)
    for reader, start, name in zip(readers, starts, titles):
        writer.append(reader, import_outline=False)
        writer.add_outline_item(title=name, page_number=start - 1)
    writer.add_metadata({"/Title": title, "/Creator": f"briefing {__version__}"})
    buffer = io.BytesIO()
    writer.write(buffer)
    write_atomic(buffer.getvalue(), book)
    return len(writer.pages)
