"""PDFs put one after another into one: the batch's book and the pack. Each part keeps its
bookmarks (under a title of its own, where it is given one) and its internal links, which
lead to its own pages: two briefings' footnotes, both named "fn:1" in their own files, do
not lead to one place (pikepdf renames one).

pikepdf (qpdf) joins the parts: it writes a 60-page pack in about 0.05 s where pypdf took
0.3 s (`benchmarks/pack_speed.py`), and the pack's rerun waits for it at the end.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OutputError


def open_part(part: Path | bytes, into: str = "the pack"):
    """A PDF opened for joining into `into` (its pages are read when they are needed), or
    OutputError naming the file that is no PDF."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(part) if isinstance(part, bytes) else part)
        len(pdf.pages)
    except (pikepdf.PdfError, OSError, ValueError):
        where = part if isinstance(part, Path) else Path("<pdf>")
        raise OutputError(f"cannot add it to {into}: not a readable PDF; rerun with --force to render it again",
                          where) from None
    return pdf


@dataclass
class _Mark:
    """A bookmark to be written: its title, page in the joined PDF, place on the page
    (the rest of a destination array: /XYZ left top zoom), and those under it."""

    title: str
    page: int
    place: list = field(default_factory=list)
    children: list[_Mark] = field(default_factory=list)


class Joined:
    """The PDF being put together."""

    def __init__(self) -> None:
        import pikepdf

        self.pdf = pikepdf.new()
        self._marks: list[_Mark] = []
        self._opened: list = []

    def __len__(self) -> int:
        return len(self.pdf.pages)

    def keep(self, part: Path | bytes):
        """`part` opened, and kept open until the joined PDF is written: the pages drawn
        from it are copied then."""
        source = open_part(part)
        self._opened.append(source)
        return source

    def append(self, part, *, title: str | None = None, outline: bool = True) -> int:
        """Add every page of `part`; returns the index of its first page here. With `title`,
        a bookmark to that page holds the part's own bookmarks (with `outline`); without,
        its bookmarks are left out."""
        source = self.keep(part) if isinstance(part, (bytes, Path)) else part
        if source not in self._opened:
            self._opened.append(source)
        start = len(self.pdf.pages)
        # Named destinations (a footnote's) come along, renamed where two parts share a name.
        self.pdf.add_pages_from(source, outlines="ignore")
        if title is not None:
            index = {page.objgen: n for n, page in enumerate(source.pages)}
            children = list(_marks(source, index, start)) if outline else []
            self._marks.append(_Mark(title, start, children=children))
        return start

    def bookmark(self, title: str, page: int) -> None:
        """A top-level bookmark to page `page` (0-based)."""
        self._marks.append(_Mark(title, page))

    def destination(self, page: int, place: list | None = None):
        """A destination array to page `page` of the joined PDF: its top-left by default."""
        import pikepdf

        target = self.pdf.pages[page]
        rest = place or [pikepdf.Name.XYZ, 0, target.mediabox[3], 0]
        return pikepdf.Array([target.obj, *rest])

    def save(self, path: Path, metadata: dict[str, str], lang: str | None = None) -> int:
        """Write the joined PDF to `path` whole (never half-written), with its bookmarks, its
        document information and its language; returns its page count."""
        from ..write import write_atomic

        with self.pdf.open_outline() as outline:
            outline.root.extend(self._outline_item(mark) for mark in self._marks)
        for key, value in metadata.items():
            self.pdf.docinfo[key] = value
        if lang:
            import pikepdf

            self.pdf.Root.Lang = pikepdf.String(lang)
        buffer = io.BytesIO()
        self.pdf.save(buffer)
        pages = len(self.pdf.pages)
        self.close()
        write_atomic(buffer.getvalue(), path)
        return pages

    def close(self) -> None:
        """Let go of the parts' files."""
        for source in self._opened:
            source.close()
        self._opened.clear()

    def _outline_item(self, mark: _Mark):
        import pikepdf

        item = pikepdf.OutlineItem(mark.title, self.destination(mark.page, mark.place or None))
        item.children.extend(self._outline_item(child) for child in mark.children)
        return item


def _resolved(dest, index: dict) -> tuple[int, list] | None:
    """(page index in the part, the rest of its array) of an explicit destination of the
    part's, as WeasyPrint writes its bookmarks'."""
    import pikepdf

    if not isinstance(dest, pikepdf.Array) or len(dest) == 0 or not isinstance(dest[0], pikepdf.Dictionary):
        return None
    number = index.get(dest[0].objgen)
    return None if number is None else (number, list(dest[1:]))


def _marks(source, index: dict, start: int) -> Iterator[_Mark]:
    """The part's bookmarks, pointed at its pages here (a bookmark without a page of the
    part is left out, its own bookmarks kept in its place)."""
    with source.open_outline() as outline:
        yield from _marks_of(outline.root, index, start)


def _marks_of(items, index: dict, start: int) -> Iterator[_Mark]:
    for item in items:
        dest = item.destination
        if dest is None and item.action is not None:
            dest = item.action.get("/D")
        target = _resolved(dest, index)
        children = list(_marks_of(item.children, index, start))
        if target is None:
            yield from children
        else:
            yield _Mark(item.title, start + target[0], target[1], children)
