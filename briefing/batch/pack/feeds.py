"""RSS and Atom feeds, and OPML lists of feeds, as inputs of a pack: each feed becomes
the web addresses of its entries, which the pack then reads like any URL it is given.

feedparser reads the feeds (RSS 0.9x-2.0, Atom, RDF, with their date formats and
broken-markup repairs); it is handed bytes, so it never fetches anything itself. A
feed given by URL, and every feed an OPML file lists, is downloaded through the same
guard as a page (public addresses only, size and time caps). An entry whose date is
outside --since/--until is dropped before its page is downloaded.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from ...dates import within
from ...errors import InputError

#: Saved files read as feeds (an OPML file lists feeds).
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf", ".opml"}
#: Web addresses taken for feeds rather than pages, by how their path ends.
_FEED_PATH_ENDS = (".xml", ".rss", ".atom", ".rdf", ".opml", "/feed", "/rss", "/atom", "/feed/", "/rss/")
#: At most this many feeds from one OPML file.
MAX_OPML_FEEDS = 50


def is_feed(spec: str | Path) -> bool:
    """Whether an input names a feed (or an OPML list of feeds) rather than articles."""
    text = str(spec)
    if text.startswith(("http://", "https://")):
        path = urlsplit(text).path.lower()
        return path.endswith(_FEED_PATH_ENDS)
    return Path(text).suffix.lower() in FEED_SUFFIXES and Path(text).is_file()


def expand(specs: Iterable[str | Path], *, since: str | None = None, until: str | None = None,
           progress=lambda message: None) -> list[str | Path]:
    """The inputs with every feed replaced by its entries' addresses, in feed order."""
    expanded: list[str | Path] = []
    for spec in specs:
        if not is_feed(spec):
            expanded.append(spec)
            continue
        progress(f"reading the feed {spec}")
        body = _load(spec)
        if _is_opml(body):
            feeds = _opml_feeds(body, spec)
            for feed in feeds:
                progress(f"reading the feed {feed}")
                expanded += _entries(_load(feed), feed, since, until)
        else:
            expanded += _entries(body, spec, since, until)
    return expanded


def _load(spec: str | Path) -> bytes:
    text = str(spec)
    if text.startswith(("http://", "https://")):
        from ... import net

        try:
            body, _, _ = net.fetch_remote(text)
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot download the feed ({str(exc).splitlines()[0] or type(exc).__name__})",
                             text) from None
        return body
    try:
        return Path(text).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the feed ({exc.strerror or exc})", text) from None


def _is_opml(body: bytes) -> bool:
    return b"<opml" in body[:2048].lower()


def _opml_feeds(body: bytes, spec: str | Path) -> list[str]:
    from lxml import etree

    try:
        root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False, no_network=True,
                                                             huge_tree=False))
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not a readable OPML file ({str(exc).splitlines()[0]})", spec) from None
    feeds = [url for url in (o.get("xmlUrl") for o in root.iter("outline")) if url and
             url.startswith(("http://", "https://"))]
    if not feeds:
        raise InputError("the OPML file lists no http(s) feed", spec)
    return list(dict.fromkeys(feeds))[:MAX_OPML_FEEDS]


def _entries(body: bytes, spec: str | Path, since: str | None, until: str | None) -> list[str | Path]:
    import feedparser

    parsed = feedparser.parse(body)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise InputError(f"not a feed, or a feed with no entries{why}".splitlines()[0], spec)
    links: list[str | Path] = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link.startswith(("http://", "https://")):
            continue
        date = _entry_date(entry)
        if date and not within(date, since, until):
            continue
        links.append(link)
    return list(dict.fromkeys(links))


def _entry_date(entry) -> str | None:
    """The entry's date as YYYY-MM-DD, when the feed gives one."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None
