"""A web page that is one block of preformatted text: GPO's Congressional Record and
Federal Register pages, RFCs, mailing-list archives. The text inside the `<pre>` is the
document, laid out with spaces and line breaks, so the text reader reads it; the page's
own metadata fills what the text does not say."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from ..model import Article, web_domain

#: The share of the page's text the `<pre>` must hold to be the document.
PREFORMATTED_SHARE = 0.9


def preformatted_text(tree) -> str | None:
    """The text of the page's one `<pre>` when it holds nearly all the page's text, else None."""
    body = tree.find(".//body")
    if body is None:
        return None
    blocks = body.findall(".//pre")
    if len(blocks) != 1:
        return None
    inside = blocks[0].text_content()
    total = len("".join(body.text_content().split()))
    return inside if total and len("".join(inside.split())) >= PREFORMATTED_SHARE * total else None


def read_preformatted(text: str, path: Path, found: dict[str, Any]) -> Article:
    """The preformatted text read as plain text, with the page's title, date, site, address
    and language where the text gives none."""
    from .text import parse as parse_text

    article = parse_text(text, path)
    meta = article.metadata
    warnings = list(meta.warnings)
    title = meta.title
    if found.get("title") and any(w.startswith("no title") for w in warnings):
        title = found["title"]
        warnings = [w for w in warnings if not w.startswith("no title")]
    date = meta.date or found.get("date")
    if date and "no date found" in warnings:
        warnings.remove("no date found")
    url = found.get("url")
    meta = dataclasses.replace(meta, title=title, date=date, url=url, source=found.get("site") or web_domain(url),
                               language=found.get("language") or meta.language, reader="html",
                               description=found.get("description"), warnings=tuple(warnings))
    return article.replace(metadata=meta)
