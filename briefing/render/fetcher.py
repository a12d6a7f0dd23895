"""The renderer's gatekeeper for every URL a document names.

Allows `data:` URLs, files inside the theme's folders, and images inside the
article's own folder; refuses everything else: other local files, symlinks leading
out of those folders and, unless the user passes `--allow-remote`, the network. Even
then, only public addresses are reached (the connection goes to the very address that
was checked, so DNS rebinding cannot swap in a private one), redirects are not
followed, compressed bodies are refused, and time and size are capped, per image and
per document. Refusals are recorded.

No SVG is read from an article, whether in a `data:` URL, a file beside it or on the
network: WeasyPrint draws every `<use>` (and pattern, marker, ...) again where it is
referenced, so 2 KB of nested references expand into billions of shapes. Only a
theme's own files may be SVG.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import NoReturn
from urllib.parse import unquote, urlsplit

from .. import net
from ..paths import IMAGE_SUFFIXES, inside

REMOTE_DOCUMENT_SECONDS = 30  # for all the remote fetches of one document
REMOTE_MAX_FETCHES = 20  # remote fetches in one document


def looks_like_svg(body: bytes, content_type: str = "") -> bool:
    """True for SVG, or anything XML that WeasyPrint would draw as SVG: it tries SVG on
    any image Pillow cannot read, whatever its name or declared type."""
    if content_type.split(";")[0].strip().lower() == "image/svg+xml":
        return True
    head = body[:1024].replace(b"\x00", b"")  # UTF-16 text loses its zero bytes
    head = head.lstrip(b" \t\r\n\xef\xbb\xbf\xfe\xff")  # white space and byte-order marks
    return head.startswith(b"<")


def make_fetcher(theme_dirs: list[Path], article_dir: Path | None, *, allow_remote: bool = False):
    """A WeasyPrint URL fetcher restricted to the theme's folders and the article's images."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    theme_roots = [Path(os.path.realpath(d)) for d in theme_dirs]
    article_root = Path(os.path.realpath(article_dir)) if article_dir else None

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
            path = self.local_path(url)
            return path is not None and any(inside(path, root) for root in theme_roots)

        def article_image(self, url: str) -> bool:
            path = self.local_path(url)
            return (path is not None and article_root is not None and inside(path, article_root)
                    and path.suffix.lower() in IMAGE_SUFFIXES)

        @staticmethod
        def local_path(url: str) -> Path | None:
            parts = urlsplit(url)
            if parts.netloc not in ("", "localhost"):
                return None
            return Path(os.path.realpath(unquote(parts.path)))

        def fetch(self, url, headers=None):
            self.last_url = url
            scheme = url.split(":", 1)[0].lower()
            if scheme == "file" and self.theme_file(url):
                return super().fetch(url, headers)
            if scheme == "data" or (scheme == "file" and self.article_image(url)):
                response = self.no_svg(super().fetch(url, headers), url)
                self.served += [p for p in [self.local_path(url)] if scheme == "file" and p]
                return response
            if scheme in ("http", "https") and allow_remote:
                return self.no_svg(self.fetch_remote(url), url)
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

        def no_svg(self, response, url: str):
            """The response, read, unless it is an SVG image (refused)."""
            try:
                body = response.read()
            finally:
                response.close()
            if looks_like_svg(body, response.content_type):
                self.refuse(url, "an SVG image from the article (only a theme's own SVG is drawn)")
            return URLFetcherResponse(response.url, body, response.headers)

        def refuse(self, url: str, why: str) -> NoReturn:
            self.refused.append(url)
            raise ValueError(f"refused {_short(url)}: {why}")

    return RestrictedFetcher()


def _short(url: str) -> str:
    """A URL fit for a one-line message: a data: URL is cut after its type."""
    if url[:5].lower() == "data:" and len(url) > 60:
        return f"{url[:40]}... ({len(url):,} characters)"
    return url
