"""The renderer's gatekeeper for every URL a document names.

Allows `data:` URLs, files inside the theme's folders, and images inside the
article's own folder (or the site root the user names); refuses everything else: other local files, symlinks leading
out of those folders and, unless the user passes `--allow-remote`, the network. Even
then, only public addresses are reached (the connection goes to the very address that
was checked, so DNS rebinding cannot swap in a private one), redirects are not
followed, compressed bodies are refused, and time and size are capped, per image and
per document. Refusals are recorded.

No SVG is read from an article, whether in a `data:` URL, a file beside it or on the
network: WeasyPrint draws every `<use>` (and pattern, marker, ...) again where it is
referenced, so 2 KB of nested references expand into billions of shapes. Only a
theme's own files may be SVG, and a user's theme is no more trusted than an article:
its SVG is read first (`theme_svg_problem`) and left out, with a warning, if its
references would draw more than THEME_SVG_MAX_COPIES shapes, loop, or reach outside
the file (another file, the network, an SVG in a `data:` URL), or if it declares
entities.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn
from urllib.parse import unquote, urlsplit

from .. import net
from ..paths import IMAGE_SUFFIXES, inside

REMOTE_DOCUMENT_SECONDS = 30  # for all the remote fetches of one document
REMOTE_MAX_FETCHES = 20  # remote fetches in one document
THEME_SVG_MAX_COPIES = 100_000  # shapes a theme's SVG may draw again through its references
#: What a theme SVG that is left out is replaced with: nothing to draw.
BLANK_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>'

#: The renderer's warnings; it collects them with WeasyPrint's.
LOGGER = logging.getLogger("briefing.render")
_URL_REFERENCE = re.compile(r"""url\(\s*['"]?\s*([^)'"\s]{0,2000})""")  # bounded: linear
_IMPORT = re.compile(r"@import", re.I)
_NUMBER = re.compile(r"\d+(?:\.\d*)?|\.\d+")


def looks_like_svg(body: bytes, content_type: str = "") -> bool:
    """True for SVG, or anything XML that WeasyPrint would draw as SVG: it tries SVG on
    any image Pillow cannot read, whatever its name or declared type."""
    if content_type.split(";")[0].strip().lower() == "image/svg+xml":
        return True
    head = body[:1024].replace(b"\x00", b"")  # UTF-16 text loses its zero bytes
    head = head.lstrip(b" \t\r\n\xef\xbb\xbf\xfe\xff")  # white space and byte-order marks
    return head.startswith(b"<")


def theme_svg_problem(body: bytes) -> str | None:
    """Why a theme's SVG may not be drawn, or None if it may.

    Every reference is followed as WeasyPrint follows it, each time it may be met: an
    `href` (`<use>`, `<image>`, ...) once; a `url(#id)` in an attribute or a style (fill,
    stroke, filter, clip-path, mask) once for the element and each element inside it,
    which inherit it; a marker once per number in the paths it may mark; a `url(#id)` in
    a `<style>` sheet once per element (or number) of the file. The shapes counted that
    way, less the file's own, must stay within THEME_SVG_MAX_COPIES. A reference may name
    only an element of the same file or a raster image in a `data:` URL."""
    from lxml import etree

    from .sanitize import RASTER_TYPES, data_url_type

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        return f"it cannot be read as XML ({_one_line(str(exc))[:80]})"
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        return "it declares entities"
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    ids: dict = {}
    for element in elements:
        if (name := element.get("id")) is not None:
            ids.setdefault(name, element)
    below, numbers = _subtree_counts(elements)
    references: dict = {}  # element -> [(element referred to, times drawn)]
    for element in elements:
        tag = etree.QName(element).localname
        sources = [(etree.QName(name).localname, value) for name, value in element.attrib.items()]
        if tag == "style":
            if _IMPORT.search(element.text or ""):
                return "it imports a stylesheet"
            sources.append(("<style>", element.text or ""))
        found = []
        for name, value in sources:
            hrefs = [value.strip()] if name == "href" and tag != "a" else []  # a link is not drawn
            urls = [match.group(1) for match in _URL_REFERENCE.finditer(value)]
            marker = name.startswith("marker") or "marker" in value
            if name == "<style>":
                times = 1 + (numbers[root] if marker else below[root])
            else:
                times = 1 + (numbers[element] if marker else below[element])
            for target, count in [*((h, 1) for h in hrefs), *((u, times) for u in urls)]:
                if not target.startswith("#"):
                    if data_url_type(target) in RASTER_TYPES:
                        continue  # the fetcher reads it as any data: image
                    return (f"it refers to {_short(target)[:80]!r} (a theme's SVG may show only "
                            "itself and raster images in data: URLs)")
                if target[1:] in ids:  # WeasyPrint draws nothing for a missing one
                    found.append((ids[target[1:]], count))
        references[element] = found
    drawn = _drawn(root, references)
    if drawn is None:
        return "its references loop"
    if drawn - len(elements) > THEME_SVG_MAX_COPIES:
        return f"its references would draw more than {THEME_SVG_MAX_COPIES:,} shapes"
    return None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _subtree_counts(elements: list) -> tuple[dict, dict]:
    """For each element: the elements inside it, and the numbers in the paths and polygons of
    it and inside it (`d`, `points`: an upper bound on the points a marker is drawn at)."""
    below: dict = {}
    numbers: dict = {}
    for element in reversed(elements):  # document order reversed: children before parents
        children = [child for child in element if isinstance(child.tag, str)]
        below[element] = sum(1 + below[child] for child in children)
        own = len(_NUMBER.findall(element.get("d", ""))) + len(_NUMBER.findall(element.get("points", "")))
        numbers[element] = own + sum(numbers[child] for child in children)
    return below, numbers


def _drawn(root, references: dict) -> int | None:
    """Shapes drawn for `root`: each element, those inside it, and what its references draw
    (each total capped past THEME_SVG_MAX_COPIES); None if the references loop."""
    cap = THEME_SVG_MAX_COPIES + len(references) + 1
    done: dict = {}
    open_: set = set()  # expanded, not yet done: a loop if met again
    stack = [(root, False)]
    while stack:
        element, ready = stack.pop()
        parts = [child for child in element if isinstance(child.tag, str)]
        parts += [target for target, _ in references.get(element, ())]
        if ready:
            total = 1 + sum(done[child] for child in element if isinstance(child.tag, str))
            total += sum(done[target] * times for target, times in references.get(element, ()))
            done[element] = min(total, cap)
            open_.discard(element)
        elif element not in done:
            if element in open_:
                return None
            open_.add(element)
            stack.append((element, True))
            stack += [(part, False) for part in parts if part not in done]
    return done[root]


def local_path(url: str) -> Path | None:
    """The real path of a file: URL on this machine (None for another host)."""
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        return None
    return Path(os.path.realpath(unquote(parts.path)))


def theme_file_body(body: bytes, url: str, content_type: str) -> bytes:
    """A theme file's body as it is served: an SVG image that `theme_svg_problem` finds
    fault with is left out (drawn as nothing), with a warning. Stylesheets are not images."""
    stylesheet = url.lower().endswith(".css") or content_type == "text/css"
    if stylesheet or not looks_like_svg(body, content_type):
        return body
    problem = theme_svg_problem(body)
    if problem is None:
        return body
    name = unquote(urlsplit(url).path).rsplit("/", 1)[-1]
    LOGGER.warning(f"left out the theme's image {name}: {problem}")
    return BLANK_SVG


def make_fetcher(theme_dirs: list[Path], article_dir: Path | None, *, allow_remote: bool = False,
                 site_root: Path | None = None):
    """A WeasyPrint URL fetcher restricted to the theme's folders and the article's images
    (in its folder, or in the site root the user named)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    theme_roots = [Path(os.path.realpath(d)) for d in theme_dirs]
    article_roots = [Path(os.path.realpath(d)) for d in (article_dir, site_root) if d is not None]

    class RestrictedFetcher(URLFetcher):
        """Serves data: URLs, allowed local files and (if allowed) public remote images."""

        def __init__(self):
            super().__init__(timeout=net.REMOTE_TIMEOUT_S, allowed_protocols={"data", "file"},
                             allow_redirects=False)
            self.refused: list[str] = []
            self.served: list[Path] = []  # the article's own files drawn (for the batch's stamps)
            self.last_url: str | None = None
            self.remote_fetches = 0
            self.remote_seconds_left = float(REMOTE_DOCUMENT_SECONDS)

        def theme_file(self, url: str) -> bool:
            path = local_path(url)
            return path is not None and any(inside(path, root) for root in theme_roots)

        def article_image(self, url: str) -> bool:
            path = local_path(url)
            return (path is not None and any(inside(path, root) for root in article_roots)
                    and path.suffix.lower() in IMAGE_SUFFIXES)

        def fetch(self, url, headers=None):
            self.last_url = url
            scheme = url.split(":", 1)[0].lower()
            if scheme == "file" and self.theme_file(url):
                return self.read(super().fetch(url, headers), url, theme_file_body)
            if scheme == "data" or (scheme == "file" and self.article_image(url)):
                response = self.read(super().fetch(url, headers), url, self.no_svg)
                self.served += [p for p in [local_path(url)] if scheme == "file" and p]
                return response
            if scheme in ("http", "https") and allow_remote:
                return self.read(self.fetch_remote(url), url, self.no_svg)
            self.refuse(url, "outside the theme and the article's folder")

        def fetch_remote(self, url: str):
            if self.remote_fetches >= REMOTE_MAX_FETCHES:
                self.refuse(url, f"more than {REMOTE_MAX_FETCHES} remote images in one document")
            if self.remote_seconds_left <= 0:
                self.refuse(url, f"the {REMOTE_DOCUMENT_SECONDS:g} s allowed for remote images "
                                 "in one document are used up")
            self.remote_fetches += 1
            started = time.monotonic()
            try:
                body, response_headers, final = net.fetch_remote(url, self.remote_seconds_left)
            except (OSError, ValueError) as exc:
                self.refuse(url, str(exc))
            finally:
                self.remote_seconds_left -= time.monotonic() - started
            return URLFetcherResponse(final, body, response_headers)

        @staticmethod
        def read(response, url: str, check: Callable[[bytes, str, str], bytes]):
            """The response, read, with the body `check(body, url, content type)` gives."""
            try:
                body = response.read()
            finally:
                response.close()
            return URLFetcherResponse(response.url, check(body, url, response.content_type or ""),
                                      response.headers)

        def no_svg(self, body: bytes, url: str, content_type: str) -> bytes:
            """The body, unless it is an SVG image (refused)."""
            if looks_like_svg(body, content_type):
                self.refuse(url, "an SVG image from the article (only a theme's own SVG is drawn)")
            return body

        def refuse(self, url: str, why: str) -> NoReturn:
            self.refused.append(url)
            raise ValueError(f"refused {_short(url)}: {why}")

    return RestrictedFetcher()


def _short(url: str) -> str:
    """A URL fit for a one-line message: a data: URL is cut after its type."""
    if url[:5].lower() == "data:" and len(url) > 60:
        return f"{url[:40]}... ({len(url):,} characters)"
    return url
