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


def _contents(css: str) -> dict[tuple[str, str], list]:
    """For each page selector and margin box given a `content` in `css`, that content's
    tokens; a later rule for the same selector and box wins, as in the cascade."""
    import tinycss2

    found: dict[tuple[str, str], list] = {}
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
                    found[key] = declaration.value
    return found


def margin_boxes(css: str) -> dict[tuple[str, str], bool]:
    """For each page selector and margin box given a `content` in `css`, whether that
    content counts pages, as the cascade leaves it."""
    return {key: _counts_pages(tokens) for key, tokens in _contents(css).items()}


def _theme_contents(stylesheets: tuple[Path, ...]) -> dict[tuple[str, str], list]:
    """`_contents` over a theme's stylesheets in cascade order (kept while they are unchanged)."""
    return _contents_of(tuple((path, path.stat().st_mtime_ns) for path in stylesheets))


@functools.lru_cache(maxsize=32)
def _contents_of(stylesheets: tuple[tuple[Path, int], ...]) -> dict[tuple[str, str], list]:
    found: dict[tuple[str, str], list] = {}
    for path, _ in stylesheets:
        for key, tokens in _contents(path.read_text(encoding="utf-8", errors="replace")).items():
            found.pop(key, None)
            found[key] = tokens
    return found


def _with_total(tokens, total: int) -> str:
    """A `content` value with counter(pages) written out as `total`: the count's layout then
    needs no second pass over every page for the number of pages."""
    import tinycss2

    return "".join(f'"{total}"' if token.type == "function" and token.lower_name == "counter" and any(
        t.type == "ident" and t.lower_value == "pages" for t in token.arguments) else tinycss2.serialize([token])
        for token in tokens)


def hide_numbers_css(stylesheets: tuple[Path, ...]) -> str:
    """CSS, after the theme's, that leaves its page-number box empty on every page."""
    return "\n".join(f"@page {selector} {{ @{box} {{ content: none; }} }}"
                     for (selector, box), tokens in _theme_contents(tuple(stylesheets)).items()
                     if _counts_pages(tokens))


def numbers_only_css(stylesheets: tuple[Path, ...], total: int) -> str:
    """CSS, after the theme's, that leaves every margin box empty but the page-number box,
    which counts to `total` pages."""
    return "\n".join(f"@page {selector} {{ @{box} {{ content: "
                     + (_with_total(tokens, total) if _counts_pages(tokens) else "none") + "; } }"
                     for (selector, box), tokens in _theme_contents(tuple(stylesheets)).items())


def margins_off_css(stylesheets: tuple[Path, ...], page: int) -> str:
    """CSS, after the theme's, that leaves every margin box of page `page` (counted from 1)
    empty, whichever of the theme's page rules gives it: a page drawn onto another page,
    whose own boxes print there already."""
    selectors = {""} | {part.strip() for selector, _ in _theme_contents(tuple(stylesheets))
                        for part in selector.split(",") if ":first" not in part and ":nth" not in part}
    boxes = " ".join(f"@{box} {{ content: none; }}" for box in sorted(MARGIN_BOXES))
    return "\n".join(f"@page {selector}:nth({page}) {{ {boxes} }}" for selector in sorted(selectors))


def counts_pages(stylesheets: tuple[Path, ...]) -> bool:
    """Whether the theme prints a page count at all."""
    return any(_counts_pages(tokens) for tokens in _theme_contents(tuple(stylesheets)).values())


def numbers_html(pages: int, lang: str, direction: str, page_label: tuple[str, str, str]) -> str:
    """A document of `pages` empty pages in the pack's language, laid out with the theme's
    stylesheets and `numbers_only_css` for the pack's count."""
    before, between, after = (escape(part) for part in page_label)
    page = '<div style="height: 1px; break-after: page"></div>'
    return (f'<!DOCTYPE html><html lang="{escape(lang)}" dir="{escape(direction)}"><head><meta charset="utf-8">'
            f'</head><body data-page-before="{before}" data-page-between="{between}" data-page-after="{after}">'
            + page * (pages - 1) + '<div style="height: 1px"></div></body></html>')


def stamp_numbers(pdf, numbers, *, skip: int = 1) -> None:
    """Draw page i of `numbers` (the count laid out from `numbers_html`, opened with pikepdf
    and kept open until `pdf` is written) over page i of `pdf` (a pikepdf Pdf being put
    together), from page `skip` on: the cover carries no number."""
    for index in range(skip, min(len(pdf.pages), len(numbers.pages))):
        pdf.pages[index].add_overlay(numbers.pages[index])
