"""The combined book of a batch (`--combine`): a cover and a contents page from the
theme's `book.html.j2`, then every briefing, with one bookmark per article. The cover and
contents speak `--lang`'s language, else the one most of the briefings are in (each
briefing's PDF names its own), else English."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from itertools import accumulate
from pathlib import Path

from .. import __version__
from ..options import Options
from ..render.html import render_template
from ..render.locale import Language, language, language_tag
from ..render.pdf import paper_size, weasyprint
from ..themes import Theme
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


def _book_language(readers, options: Options) -> Language:
    """--lang's language, else the one most of the briefings declare (their PDF's /Lang,
    the html element's `lang`, which is the article's), else English."""
    if options.lang:
        return language(language_tag(None, options.lang))
    tags = Counter(tag for reader in readers if (tag := _pdf_language(reader)))
    return language(language_tag(tags.most_common(1)[0][0] if tags else None))


def _pdf_language(pdf) -> str | None:
    tag = pdf.Root.get("/Lang")
    return str(tag).strip() or None if tag is not None else None


def combine_book(items: list[Item], book: Path, options: Options, theme: Theme,
                 title: str | None = None) -> int:
    """Write one PDF: a cover, a contents page with page numbers, then each briefing with
    one bookmark per article. Returns the book's page count. `title` defaults to "Briefing
    book" in the book's language."""
    from .joining import Joined, open_part

    paper = paper_size(options, theme)
    readers = [open_part(item.output, "the book") for item in items]
    words = _book_language(readers, options)
    title = title or words.labels["book_title"]
    counts = [len(pdf.pages) for pdf in readers]
    titles = [item.title or source_stem(item.input) for item in items]
    front_pages = 2
    for _ in range(5):  # the contents may run over a page: lay out until the count settles
        starts = [front_pages + 1 + before for before in accumulate([0, *counts[:-1]])]
        entries = [{"title": t, "page": n} for t, n in zip(titles, starts)]
        front = _front_matter(theme, title, entries, paper, words)
        if len(front.pages) == front_pages:
            break
        front_pages = len(front.pages)
    joined = Joined()
    joined.append(front.write_pdf())
    for pdf, name in zip(readers, titles):
        joined.append(pdf, title=name, outline=False)
    return joined.save(book, {"/Title": title, "/Creator": f"briefing {__version__}"}, words.tag)
