"""An article given as a URL: fetched only when the user names it, with the same guard
as `--allow-remote` images (public addresses only, connections pinned to the checked
address, no redirects, no cookies, uncompressed, 10 s and 10 MB), then read by the
HTML reader with the page's URL as its source."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import InputError
from ..model import Article, web_domain

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)


def is_url(text: str | Path) -> bool:
    """True for an http(s) URL (what a user pastes), not a path."""
    return str(text).lower().startswith(("http://", "https://"))


def slug(url: str) -> str:
    """A file stem for the page: its last path segment without its suffix, else its host."""
    parts = urlsplit(url)
    last = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]).rsplit(".", 1)[0]
    name = re.sub(r"[^\w-]+", "-", last or parts.hostname or "page").strip("-_").lower()
    return name[:80] or "page"


def fetch_page(url: str, *, max_input_mb: float) -> str:
    """The page's HTML as text, or an InputError naming the URL and the problem."""
    from .. import net  # only when a URL is given: a file's build never loads it
    from .loading import decode

    try:
        body, headers, _ = net.fetch_remote(url)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot download it ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})",
                         url) from None
    if len(body) > max_input_mb * 1048576:
        raise InputError(f"the page is over the {max_input_mb:g} MB limit (raise it with --max-input-mb)", url)
    kind = {k.lower(): v for k, v in headers.items()}.get("content-type", "text/html")
    if kind.split(";")[0].strip().lower() not in _HTML_TYPES:
        raise InputError(f"is not a web page ({kind.split(';')[0].strip()})", url)
    charset = _CHARSET.search(kind)
    if charset:
        try:
            return body.decode(charset.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(body, Path(slug(url) + ".html"))


def read_url(url: str, *, max_input_mb: float) -> Article:
    """Download a page and read it as a saved web page whose source is `url`. Its images
    are not read from any folder (there is none); remote ones only with --allow-remote."""
    from . import reader_for

    text = fetch_page(url, max_input_mb=max_input_mb)
    path = Path(slug(url) + ".html")
    article = reader_for(path).parse(text, path, allow_remote=False)
    meta = article.metadata  # the address the user gave is the article's; the page names its site
    return article.replace(metadata=dataclasses.replace(meta, source=meta.source or web_domain(url), url=url))
