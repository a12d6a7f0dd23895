"""Markdown reader: front matter (YAML or TOML) for metadata, headings as sections.

The body is rendered with the `markdown` package (tables, footnotes, fenced code,
smart punctuation); raw HTML is kept here and sanitized by the renderer.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..dates import parse_date
from ..errors import InputError
from ..lexicon import ABOUT_THE_AUTHOR
from ..model import Article, Author, Metadata
from .fields import metadata_fields
from .frontmatter import split_front_matter
from .htmlblocks import html_to_sections
from .text import title_from_filename

_FILENAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})-")
_EXTENSIONS = ["extra", "smarty", "sane_lists"]
_ABOUT_AUTHOR = re.compile(rf"^{ABOUT_THE_AUTHOR}$", re.I)

#: Deeper nesting is flattened to these (the words stay): the markdown package recurses
#: once per level (a few thousand levels overflow the stack) and re-reads the text at each
#: (minutes for a 3,000-line list). Real documents nest a handful of levels.
MAX_INDENT = 100  # columns of leading white space, about 25 levels of lists
MAX_QUOTES = 20  # levels of "> " quotes
_INDENT = re.compile(r" *")
_QUOTES = re.compile(r"(?: *>)+")


def flatten_line(line: str) -> str:
    """A line with its leading quote markers cut to MAX_QUOTES and its indentation to MAX_INDENT."""
    quotes = _QUOTES.match(line)
    if quotes and quotes.group().count(">") > MAX_QUOTES:
        line = ">" * MAX_QUOTES + " " + line[quotes.end():]
    indent = len(_INDENT.match(line).group())  # type: ignore[union-attr]  # " *" always matches
    return " " * MAX_INDENT + line[indent:] if indent > MAX_INDENT else line


@functools.cache
def _extensions() -> list:
    """The markdown extensions, and one that flattens deep nesting once fenced code and raw
    HTML are set aside and tabs expanded (fenced code keeps its indentation; an indented
    code block loses only what lies past MAX_INDENT columns)."""
    from markdown.extensions import Extension
    from markdown.preprocessors import Preprocessor

    class FlattenDeepNesting(Preprocessor):
        def run(self, lines: list[str]) -> list[str]:
            return [flatten_line(line) for line in lines]

    class Flatten(Extension):
        def extendMarkdown(self, md) -> None:  # noqa: N802 (the markdown API)
            md.preprocessors.register(FlattenDeepNesting(md), "flatten_deep_nesting", 5)

    return [*_EXTENSIONS, Flatten()]


def render_markdown(body: str) -> str:
    """Markdown to HTML with the extensions briefings need."""
    import markdown

    return markdown.markdown(body, extensions=_extensions(), output_format="html")


def _date_from_filename(path: Path) -> str | None:
    """A Jekyll post's date, from its file name (`2020-05-15-title.md`); an impossible one is refused."""
    match = _FILENAME_DATE.match(path.name)
    if match is None:
        return None
    if parse_date(match.group(1)) is None:
        raise InputError(f"the file name starts with an impossible date, {match.group(1)}; "
                         "rename the file or give a date in its front matter", path)
    return match.group(1)


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
    if date is None:
        date = _date_from_filename(path)

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
