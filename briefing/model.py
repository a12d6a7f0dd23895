"""The document model: what a briefing is made of, as immutable values with no I/O.

Readers build an `Article`; analysis returns a new `Article` with key points and a
timeline filled in; the renderer only reads it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

#: Kinds of block a section holds. "paragraph" blocks carry prose that analysis reads;
#: the others are kept and rendered but not mined for key points.
BLOCK_KINDS = ("paragraph", "list", "quote", "table", "code", "figure", "html")


@dataclass(frozen=True)
class Block:
    """One block of body content: its plain text and, for rich input, sanitizable HTML."""

    kind: str
    text: str
    html: str | None = None


@dataclass(frozen=True)
class Section:
    """A heading (None for the lead before the first heading) and the blocks under it."""

    heading: str | None
    blocks: tuple[Block, ...]
    level: int = 2


@dataclass(frozen=True)
class Author:
    """A person (or body) who wrote the article."""

    name: str
    bio: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class KeyPoint:
    """One key point and where it came from, so a user can see why it was chosen."""

    text: str
    section: int | None = None
    paragraph: int | None = None
    score: float = 0.0
    origin: str = "extracted"  # "extracted" or "given" (front matter / sidecar)
    #: its relative days and months resolved against the article's date: (where the words end, ISO date, precision)
    dated: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True)
class TimelineEvent:
    """A dated event: an ISO date of the given precision and a short clause about it."""

    date: str  # "1953", "1953-07" or "1953-07-27" (a decade is "1960" with precision "decade")
    text: str
    precision: str = "year"  # "decade", "year", "month" or "day"
    origin: str = "extracted"  # "extracted" or "given"
    section: int | None = None
    paragraph: int | None = None
    salience: float = 0.0
    shown: bool = True  # chosen for the rendered box; `inspect` lists every event

    @property
    def sort_key(self) -> tuple[str, int]:
        """Order by date, and a coarser date before a finer one on the same start."""
        order = {"decade": 0, "year": 1, "month": 2, "day": 3}
        return (self.date, order.get(self.precision, 1))


def web_domain(url: str | None) -> str | None:
    """The host of a web address without "www.": "wired.com" (None when it has none)."""
    from urllib.parse import urlsplit

    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


@dataclass(frozen=True)
class Metadata:
    """What is known about the article besides its body."""

    title: str
    subtitle: str | None = None
    authors: tuple[Author, ...] = ()
    date: str | None = None  # ISO "YYYY-MM-DD" (or shorter when only that is known)
    source: str | None = None  # the publication (site name) or whatever names where the article came from
    url: str | None = None  # the article's web address, when it has one (shown as a link and its domain)
    language: str = "en"
    description: str | None = None
    keywords: tuple[str, ...] = ()
    reader: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def domain(self) -> str | None:
        """The domain of the article's web address, if it has one."""
        return web_domain(self.url)

    @property
    def author_names(self) -> str:
        """The authors' names joined for display and PDF metadata."""
        names = [a.name for a in self.authors]
        if len(names) <= 2:
            return " and ".join(names)
        return ", ".join(names[:-1]) + " and " + names[-1]


@dataclass(frozen=True)
class Article:
    """A parsed article, optionally enriched with key points and a timeline."""

    metadata: Metadata
    sections: tuple[Section, ...]
    key_points: tuple[KeyPoint, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    bottom_line: str | None = None  # the article's judgment or news in one sentence (analysis)
    genre: str | None = None  # news, speech, analysis, tutorial, press release or book (analysis)

    @property
    def bio_author(self) -> Author | None:
        """The first author who has a bio: the bio box shows their name beside it."""
        return next((a for a in self.metadata.authors if a.bio), None)

    @property
    def bio(self) -> str | None:
        """The bio the briefing shows (the first author's that has one), if any."""
        author = self.bio_author
        return author.bio if author else None

    def paragraphs(self):
        """Yield (section index, paragraph index, text) for every prose paragraph."""
        for s_index, section in enumerate(self.sections):
            p_index = 0
            for block in section.blocks:
                if block.kind == "paragraph":
                    yield s_index, p_index, block.text
                    p_index += 1

    def replace(self, **changes: Any) -> Article:
        """A copy of this article with some fields changed."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view of the article, as `briefing inspect` prints it."""
        data = dataclasses.asdict(self)
        data["metadata"]["author"] = self.metadata.author_names or None
        data["metadata"]["bio"] = self.bio
        # Name the section each point and event came from, so a reader of the JSON can
        # see where it was found without counting sections.
        for item in (*data["key_points"], *data["timeline"]):
            index = item.get("section")
            item["section_heading"] = (self.sections[index].heading
                                       if index is not None and 0 <= index < len(self.sections) else None)
        return data
