"""The renderer's gatekeeper for every URL a document names.

Allows `data:` URLs, files inside the theme's folders, and images inside the
article's own folder; refuses everything else: other local files, symlinks leading
out of those folders and, unless the user passes `--allow-remote`, the network. Even
then, loopback, private, link-local and reserved addresses are refused, redirects
are not followed, and time and size are capped. Refusals are recorded.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path
from urllib.parse import unquote, urlsplit

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".tif", ".tiff"}
REMOTE_TIMEOUT_S = 10
REMOTE_MAX_BYTES = 10 * 1024 * 1024


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def public_host(host: str) -> bool:
    """True when every address the host resolves to is a public one."""
    try:
        infos = socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError, OSError):
        return False
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            return False
    return bool(infos)


def make_fetcher(theme_dirs: list[Path], article_dir: Path | None, *, allow_remote: bool = False):
    """A WeasyPrint URL fetcher restricted to the theme's folders and the article's images."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    theme_roots = [Path(os.path.realpath(d)) for d in theme_dirs]
    article_root = Path(os.path.realpath(article_dir)) if article_dir else None

    class RestrictedFetcher(URLFetcher):
        """Serves data: URLs, allowed local files and (if allowed) public remote images."""

        def __init__(self):
            protocols = {"data", "file"} | ({"http", "https"} if allow_remote else set())
            super().__init__(timeout=REMOTE_TIMEOUT_S, allowed_protocols=protocols,
                             allow_redirects=False)
            self.refused: list[str] = []

        def allowed_file(self, url: str) -> bool:
            parts = urlsplit(url)
            if parts.netloc not in ("", "localhost"):
                return False
            path = Path(os.path.realpath(unquote(parts.path)))
            if any(_inside(path, root) for root in theme_roots):
                return True
            return (article_root is not None and _inside(path, article_root)
                    and path.suffix.lower() in IMAGE_SUFFIXES)

        def allowed_remote(self, url: str) -> bool:
            host = urlsplit(url).hostname
            return bool(allow_remote and host and public_host(host))

        def fetch(self, url, headers=None):
            scheme = url.split(":", 1)[0].lower()
            if scheme == "data" or (scheme == "file" and self.allowed_file(url)):
                return super().fetch(url, headers)
            if scheme in ("http", "https") and self.allowed_remote(url):
                response = super().fetch(url, headers)
                body = response.read(REMOTE_MAX_BYTES + 1)
                response.close()
                if len(body) > REMOTE_MAX_BYTES:
                    self.refused.append(url)
                    raise ValueError(f"refused {url}: larger than {REMOTE_MAX_BYTES} bytes")
                return URLFetcherResponse(response.url, body, response.headers, response.status)
            self.refused.append(url)
            raise ValueError(f"refused to fetch {url}: outside the theme and the article's folder")

    return RestrictedFetcher()
