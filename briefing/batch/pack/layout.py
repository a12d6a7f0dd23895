"""The pack's PDF: its own pages from the theme's `pack.html.j2` (cover, summary,
timeline, contents; the source list at the end), each source's briefing between them,
one bookmark per part and per article (with the article's own bookmarks under it), and
every reference "[n]" turned into a link to the first page of source n's briefing."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from itertools import accumulate
from pathlib import Path

from ... import __version__
from ...options import Options
from ...render.html import marking_class, marking_for, render_template
from ...render.locale import Language, language, language_tag
from ...render.pagenumbers import counts_pages, margins_off_css, numbers_html, numbers_only_css, stamp_numbers
from ...render.pdf import lay_out_theme_page
from ...themes import Theme

#: The href scheme of a reference to a source inside the pack's own pages.
LINK_PREFIX = "briefing-pack:source/"


@dataclass(frozen=True)
class PackPages:
    """What the pack's own pages show (everything already numbered by source)."""

    title: str
    language: str
    points: list[dict]
    timeline: list[dict]
    sources: list[dict]  # every numbered source: number, title, outlet, author, date, url, same_as
    briefings: list[tuple[int, Path, str]]  # (source number, briefing PDF, title), in pack order
    date_range: str | None = None
    differences: list[dict] = field(default_factory=list)  # disagreements on no point or timeline entry


def _render(theme: Theme, options: Options, context: dict, extra_css: str = ""):
    return lay_out_theme_page(render_template(theme, "pack.html.j2", context), theme, options, extra_css)


@dataclass(frozen=True)
class OwnPages:
    """Pack pages laid out ahead of `write_pack`, side by side with the briefings: the front
    (cover, summary, timeline) with its bookmarks and how far down its last page it reaches,
    the source list, and how many pages of its own the contents will take. What is None is
    laid out by `write_pack`."""

    front: bytes | None = None
    front_bookmarks: tuple[tuple[str, int], ...] = ()  # (label, page index within the front)
    back: bytes | None = None
    contents_pages: int | None = None
    contents_room: float | None = None  # CSS px of the front's last page above its room (contentsroom)


def _context(pages: PackPages, options: Options, theme: Theme) -> tuple[dict, Language]:
    marking = marking_for(options, theme)
    # The pack's own words, dates and direction: --lang's language, else the sources'.
    words = language(language_tag(pages.language, options.lang))
    context = {"lang": words.tag, "dir": words.direction, "labels": words.labels, "page_label": words.page_parts(),
               "language": words.tag, "direction": words.direction,  # the names themes had before `lang`
               "title": pages.title, "points": pages.points, "timeline": pages.timeline,
               "differences": pages.differences,
               "sources": pages.sources, "theme_name": theme.name,
               # Print each source's address as a QR code beside it, where the theme asks for it; with
               # no address at all, no empty column narrows the list (files a user saved, copied text).
               "source_qr": bool(theme.defaults.get("source_qr", False)) and any(s.get("url") for s in pages.sources),
               "marking": marking, "marking_class": marking_class(marking), "version": __version__,
               "prepared": _dt.date.today().isoformat(), "date_range": _date_range(pages, words),
               "outlets": len({s["outlet"] for s in pages.sources if s.get("outlet")}),
               "briefed": len(pages.briefings)}
    return context, words


def lay_out_front(pages: PackPages, options: Options, theme: Theme, *, contents: bool = True) -> OwnPages:
    """The front as PDF bytes with its bookmarks and, with `contents`, the number of pages
    of its own the contents will take (laid out with stand-in page numbers, which take the
    same room)."""
    from .contentsroom import room_above

    context, words = _context(pages, options, theme)
    front = _render(theme, options, {**context, "part": "front", "contents": [], "sources_page": 0})
    marks = [(words.labels["cover"], 0)] + [(label, target[0]) for label, target, *_ in front.make_bookmark_tree()
                                            if target[0] > 0]
    pdf, room = front.write_pdf(), room_above(front)
    if not contents:
        return OwnPages(front=pdf, front_bookmarks=tuple(marks), contents_room=room)
    _, extra = _lay_out_contents(theme, options, context, _entries(pages, [999] * len(pages.briefings)), 999,
                                 room, len(front.pages))
    return OwnPages(front=pdf, front_bookmarks=tuple(marks), contents_pages=extra, contents_room=room)


def _lay_out_contents(theme: Theme, options: Options, context: dict, entries: list[dict], sources_page: int,
                      room: float | None, front_pages: int):
    """The contents laid out and how it begins (`contentsroom.FirstPage`), and how many pages
    of its own it takes, after a front of `front_pages` pages with `room`."""
    from .contentsroom import first_page, pages_to_skip

    skip = pages_to_skip(front_pages)
    document = _render(theme, options, {**context, "part": "contents", "contents": entries, "skip_pages": skip,
                                        "sources_page": sources_page, "contents_room": room},
                       margins_off_css(theme.stylesheets, skip + 1) if room is not None else "")
    begins = first_page(document, room)
    if begins is None:
        return _lay_out_contents(theme, options, context, entries, sources_page, None, front_pages)
    return (document, begins), len(document.pages) - begins.skip - begins.shared


def lay_out_back(pages: PackPages, options: Options, theme: Theme, codes: Path | None = None) -> bytes:
    """The source list as PDF bytes (it needs only `pages.sources`, title and language);
    its QR codes, where the theme prints them, are kept in the folder `codes`."""
    from ...render.qrcode import cached_codes
    from .contentsroom import skipped

    context, _ = _context(pages, options, theme)
    if context["source_qr"] and codes is not None:
        context["qr_codes"] = cached_codes((s.get("url") for s in pages.sources), codes)
    document = _render(theme, options, {**context, "part": "back", "contents": [], "sources_page": 0,
                                        "skip_pages": 1})
    return document.copy(document.pages[skipped(document):]).write_pdf()


def _entries(pages: PackPages, starts: list[int]) -> list[dict]:
    outlets = {s["number"]: s.get("outlet") for s in pages.sources}
    return [{"number": number, "title": title, "page": start, "outlet": outlets.get(number)}
            for (number, _, title), start in zip(pages.briefings, starts)]


def open_briefings(pages: PackPages) -> dict:
    """The briefings' PDFs, opened (and their pages counted) for `write_pack`."""
    from ..joining import open_part

    return {path: open_part(path) for _, path, _ in pages.briefings}


def write_pack(pages: PackPages, output: Path, options: Options, theme: Theme, own: OwnPages | None = None,
               opened: dict | None = None, codes: Path | None = None, *, fork: bool = False) -> int:
    """Lay out and write the pack (with `own`, what was laid out of it already, for these
    same pages, and with `opened`, the briefings opened already; with `fork`, its page
    count is laid out in a forked process meanwhile); returns its page count."""
    from ..joining import Joined, open_part

    own = own or OwnPages()
    if own.front is None:
        own = replace(lay_out_front(pages, options, theme, contents=False), back=own.back)
    back = open_part(own.back if own.back is not None else lay_out_back(pages, options, theme, codes))
    opened = opened or {}
    parts = [opened.get(path) or open_part(path) for _, path, _ in pages.briefings]
    counts = [len(part.pages) for part in parts]
    front = open_part(own.front or b"")
    context, words = _context(pages, options, theme)
    room = own.contents_room
    contents_pages = own.contents_pages if own.contents_pages is not None else int(room is None)
    count = _Count(len(front.pages) + contents_pages + sum(counts) + len(back.pages), theme, options, words, fork)
    joined = Joined()
    try:
        for _ in range(4):  # the contents' own length fixes its page numbers: settle it (once, as a rule)
            starts = [len(front.pages) + contents_pages + 1 + before for before in accumulate([0, *counts[:-1]])]
            sources_page = len(front.pages) + contents_pages + sum(counts) + 1
            contents, own_pages = _lay_out_contents(theme, options, context, _entries(pages, starts), sources_page,
                                                    room, len(front.pages))
            if own_pages == contents_pages:
                break
            contents_pages = own_pages
        joined.append(front)
        for label, page in own.front_bookmarks:
            joined.bookmark(label, page)
        joined.bookmark(words.labels["contents"], _append_contents(joined, *contents))
        first_page = {number: joined.append(part, title=title)
                      for (number, _, title), part in zip(pages.briefings, parts)}
        joined.bookmark(words.labels["sources"], joined.append(back))
        for source in pages.sources:  # a duplicate's reference leads to the story it repeats
            if source["number"] not in first_page and source.get("same_as") in first_page:
                first_page[source["number"]] = first_page[source["same_as"]]
        _link_references(joined, first_page)
        count.stamp(joined)
    except BaseException:
        count.cancel()
        joined.close()
        raise
    return joined.save(output, {"/Title": pages.title, "/Creator": f"briefing {__version__}"}, words.tag)


def _append_contents(joined, document, begins) -> int:
    """Add the contents after the front (its first rows drawn onto the front's last page when
    they begin there); returns the index of the page it begins on."""
    from .contentsroom import draw_onto

    contents = joined.keep(document.copy(document.pages[begins.skip:]).write_pdf())
    start = len(joined)
    if begins.shared:
        start -= 1
        draw_onto(joined.pdf, joined.pdf.pages[start], contents.pages[0], begins.clip)
        del contents.pages[0]
    joined.append(contents)
    return start


def _lay_out_count(pages: int, theme: Theme, options: Options, words: Language) -> bytes:
    """The pack's page count, `pages` pages with only the theme's page-number box printed."""
    html = numbers_html(pages, words.tag, words.direction, words.page_parts())
    return lay_out_theme_page(html, replace(theme, numbered=True), options,
                              extra_css=numbers_only_css(theme.stylesheets, pages)).write_pdf()


class _Count:
    """The pack's page count over its parts, laid out without their own (`Theme.numbered`
    False; a theme that prints no count needs none). With `fork` it is laid out in a forked
    process while the pack is put together (about 6 ms a page), for the `total` the parts'
    lengths promise; `stamp` lays it out again here if the contents came out longer."""

    def __init__(self, total: int, theme: Theme, options: Options, words: Language, fork: bool) -> None:
        from .background import InBackground, can_fork

        self.wanted = not theme.numbered and counts_pages(theme.stylesheets)
        self.total, self.theme, self.options, self.words = total, theme, options, words
        self.job = InBackground(lambda: _lay_out_count(total, theme, options, words)) if (
            self.wanted and fork and can_fork()) else None

    def cancel(self) -> None:
        """Stop the forked layout: the pack is not written."""
        if self.job is not None:
            self.job.cancel()
            self.job = None

    def stamp(self, joined) -> None:
        """Print the count over every page of `joined` but the cover."""
        if not self.wanted:
            return
        numbers = None
        if self.job is not None and len(joined) == self.total:
            numbers = self.job.result()
        elif self.job is not None:
            self.job.cancel()
        numbers = numbers or _lay_out_count(len(joined), self.theme, self.options, self.words)
        stamp_numbers(joined.pdf, joined.keep(numbers))


def _date_range(pages: PackPages, words: Language) -> str | None:
    """The sources' first and last dates in the pack's language ("4 mars 2024 – 10 mars 2024"),
    else the range the pack was given."""
    dates = sorted(s["date"] for s in pages.sources if s.get("date"))
    if not dates:
        return pages.date_range
    first, last = words.date(dates[0]), words.date(dates[-1])
    return first if first == last else f"{first} – {last}"


def _link_references(joined, first_page: dict[int, int]) -> None:
    """Turn each "briefing-pack:source/n" link into a link to source n's first page."""
    import pikepdf

    for page in joined.pdf.pages:
        for annotation in page.obj.get("/Annots") or ():
            action = annotation.get("/A")
            uri = str(action.get("/URI", "")) if action is not None else ""
            if not uri.startswith(LINK_PREFIX):
                continue
            number = uri[len(LINK_PREFIX):]
            target = first_page.get(int(number)) if number.isdigit() else None
            if target is None:
                del annotation["/A"]  # a source without a briefing: no link, rather than a dead one
                continue
            annotation.A = pikepdf.Dictionary(S=pikepdf.Name.GoTo, D=joined.destination(target))
