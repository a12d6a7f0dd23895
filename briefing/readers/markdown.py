"""Markdown reader: front matter (YAML or TOML) for metadata, headings as sections.

The body is rendered with the `markdown` package (tables, footnotes, fenced code,
smart punctuation); raw HTML is kept here and sanitized by the renderer.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..lexicon import ABOUT_THE_AUTHOR
from ..model import Article, Author, Metadata
from .fields import metadata_fields
from .frontmatter import split_front_matter
from .htmlblocks import html_to_sections
from .text import title_from_filename

_FILENAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})-")
_EXTENSIONS = ["extra", "smarty", "sane_lists"]
_ABOUT_AUTHOR = re.compile(rf"^{ABOUT_THE_AUTHOR}$", re.I)


def render_markdown(body: str) -> str:
    """Markdown to HTML with the extensions briefings need."""
    import markdown

    return markdown.markdown(body, extensions=_EXTENSIONS, output_format="html")


def parse(text: str, path: Path, *, allow_remote: bool = False) -> Article:
    """Parse a Markdown document into an Article."""
    data, body = split_front_matter(text, path)
    found = metadata_fields(data, path)
    warnings: list[str] = []
    sections, h1s = html_to_sections(render_markdown(body))

    title = found.get("title") or (h1s[0].text if h1s else None)
    if not title:
        title = title_from_filename(path)
        warnings.append("no title found; the title is taken from the file name")

    authors = found.get("authors", ())
    bio = found.get("bio")
    if sections and sections[-1].heading and _ABOUT_AUTHOR.match(sections[-1].heading):
        about = sections.pop()
        bio = bio or " ".join(b.text for b in about.blocks)
    if bio and authors and not authors[0].bio:
        authors = (Author(authors[0].name, bio, authors[0].url), *authors[1:])
    elif bio and not authors:
        from .bio import find_bio

        found_bio = find_bio([bio])
        name = found_bio[2] if found_bio else None
        authors = (Author(name or "", bio),)
    if not any(a.name for a in authors):
        warnings.append("no author found")

    date = found.get("date")
    if date is None and (match := _FILENAME_DATE.match(path.name)):
        date = match.group(1)

    meta = Metadata(
        title=title,
        subtitle=found.get("subtitle"),
        authors=authors,
        date=date,
        source=found.get("source") or path.name,
        language=found.get("language", "en"),
        description=found.get("description"),
        keywords=found.get("keywords", ()),
        reader="markdown",
        warnings=tuple(warnings),
    )
    return Article(metadata=meta, sections=tuple(sections),
                   key_points=found.get("key_points", ()), timeline=found.get("timeline", ()))
