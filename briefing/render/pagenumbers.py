"""One page count across a pack, printed in the theme's own page-number box.

Each part of a pack (its own pages and every briefing) is laid out on its own, and would
count its pages from one. The pack lays its parts out with the page-number box left empty
(`Theme.numbered` False: `hide_numbers_css`), puts them together, and then prints the
pack's count on every page but the cover (`stamp_numbers`): a document of as many empty
pages, laid out with the theme's stylesheets with every margin box but the page-number box
emptied (`numbers_only_css`), each page drawn over the pack's page of the same number.

The page-number box is the margin box whose `content` counts pages (`counter(page)` or
`counter(pages)`), found in the theme's stylesheets: a user's theme that moves the count
to another box, or prints it only on some named pages, is followed as it is written."""

from __future__ import annotations

import functools
import io
from collections.abc import Iterator
from html import escape
from pathlib import Path

#: The sixteen margin boxes of CSS Paged Media.
MARGIN_BOXES = frozenset(f"{edge}-{place}" for edge in ("top", "bottom")
                         for place in ("left-corner", "left", "center", "right", "right-corner")) | frozenset(
    f"{side}-{place}" for side in ("left", "right") for place in ("top", "middle", "bottom"))


def _counts_pages(tokens) -> bool:
    """Whether a `content` value's tokens hold counter(page) or counter(pages)."""
    for token in tokens:
        if token.type == "function":
            if token.lower_name in ("counter", "counters") and any(
                    t.type == "ident" and t.lower_value in ("page", "pages") for t in token.arguments):
                return True
            if _counts_pages(token.arguments):
                return True
    return False


def _page_rules(rules) -> Iterator:
    """The @page rules among `rules`, those inside @media and @supports blocks too."""
    import tinycss2

    for rule in rules:
        if rule.type != "at-rule" or rule.content is None:
            continue
        if rule.lower_at_keyword == "page":
            yield rule
        elif rule.lower_at_keyword in ("media", "supports"):
            yield from _page_rules(tinycss2.parse_rule_list(rule.content, skip_comments=True,
                                                            skip_whitespace=True))


def margin_boxes(css: str) -> dict[tuple[str, str], bool]:
    """For each page selector and margin box given a `content` in `css`, whether that
    content counts pages; a later rule for the same selector and box wins, as in the cascade."""
    import tinycss2

    found: dict[tuple[str, str], bool] = {}
    for rule in _page_rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)):
        selector = " ".join(tinycss2.serialize(rule.prelude).split())
        for box in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True):
            if box.type != "at-rule" or box.lower_at_keyword not in MARGIN_BOXES or box.content is None:
                continue
            for declaration in tinycss2.parse_declaration_list(box.content, skip_comments=True,
                                                               skip_whitespace=True):
                if declaration.type == "declaration" and declaration.lower_name == "content":
                    key = (selector, box.lower_at_keyword)
                    found.pop(key, None)  # keep the cascade's order: the last rule last
                    found[key] = _counts_pages(declaration.value)
    return found


def _theme_boxes(stylesheets: tuple[Path, ...]) -> dict[tuple[str, str], bool]:
    """`margin_boxes` over a theme's stylesheets in cascade order (kept while they are unchanged)."""
    return _boxes_of(tuple((path, path.stat().st_mtime_ns) for path in stylesheets))


@functools.lru_cache(maxsize=32)
def _boxes_of(stylesheets: tuple[tuple[Path, int], ...]) -> dict[tuple[str, str], bool]:
    found: dict[tuple[str, str], bool] = {}
    for path, _ in stylesheets:
        for key, counts in margin_boxes(path.read_text(encoding="utf-8", errors="replace")).items():
            found.pop(key, None)
            found[key] = counts
    return found


def _emptied(stylesheets: tuple[Path, ...], counting: bool) -> str:
    """@page rules, after the theme's, that empty the boxes that count pages (or the others)."""
    return "\n".join(f"@page {selector} {{ @{box} {{ content: none; }} }}"
                     for (selector, box), counts in _theme_boxes(stylesheets).items() if counts == counting)


def hide_numbers_css(stylesheets: tuple[Path, ...]) -> str:
    """CSS that leaves the theme's page-number box empty on every page."""
    return _emptied(tuple(stylesheets), counting=True)


def numbers_only_css(stylesheets: tuple[Path, ...]) -> str:
    """CSS that leaves every margin box of the theme empty but the page-number box."""
    return _emptied(tuple(stylesheets), counting=False)


def counts_pages(stylesheets: tuple[Path, ...]) -> bool:
    """Whether the theme prints a page count at all."""
    return any(_theme_boxes(tuple(stylesheets)).values())


def numbers_html(pages: int, lang: str, direction: str, page_label: tuple[str, str, str]) -> str:
    """A document of `pages` empty pages in the pack's language, laid out with the theme's
    stylesheets and `numbers_only_css` for the pack's count."""
    before, between, after = (escape(part) for part in page_label)
    page = '<div style="height: 1px; break-after: page"></div>'
    return (f'<!DOCTYPE html><html lang="{escape(lang)}" dir="{escape(direction)}"><head><meta charset="utf-8">'
            f'</head><body data-page-before="{before}" data-page-between="{between}" data-page-after="{after}">'
            + page * (pages - 1) + '<div style="height: 1px"></div></body></html>')


def stamp_numbers(writer, numbers_pdf: bytes, *, skip: int = 1) -> None:
    """Draw page i of `numbers_pdf` (the count laid out from `numbers_html`) over page i of the PDF
    being written (a pypdf PdfWriter), from page `skip` on: the cover carries no number."""
    from pypdf import PdfReader

    numbers = PdfReader(io.BytesIO(numbers_pdf))
    for index in range(skip, min(len(writer.pages), len(numbers.pages))):
        writer.pages[index].merge_page(numbers.pages[index])
