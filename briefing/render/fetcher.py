"""The renderer's gatekeeper for every URL a document names.

Allows `data:` URLs, files inside the theme's folders, and images inside the
article's own folder; refuses everything else: other local files, symlinks leading
out of those folders and, unless the user passes `--allow-remote`, the network. Even
then, only public addresses are reached (the connection goes to the very address that
was checked, so DNS rebinding cannot swap in a private one), redirects are not
followed, compressed bodies are refused, and time and size are capped. Refusals are
recorded.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..paths import IMAGE_SUFFIXES, inside

REMOTE_TIMEOUT_S = 10  # for the whole fetch, not per socket operation
REMOTE_MAX_BYTES = 10 * 1024 * 1024


def public_address(host: str, port: int | None = None) -> str | None:
    """The first address of `host` if every address it resolves to is public, else None."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError):
        return None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global or address.is_multicast:
            return None
    return str(infos[0][4][0]) if infos else None


def _pinned_opener(deadline: float):
    """A urllib opener whose connections go only to the checked public address."""
    import http.client
    import ssl
    import urllib.request

    def connect_to(host: str, port: int) -> socket.socket:
        address = public_address(host, port)
        if address is None:
            raise OSError(f"{host} is not a public address")
        remaining = max(0.1, deadline - time.monotonic())
        return socket.create_connection((address, port), timeout=min(REMOTE_TIMEOUT_S, remaining))

    class PinnedHTTP(http.client.HTTPConnection):
        def connect(self):
            self.sock = connect_to(self.host, self.port)

    class PinnedHTTPS(http.client.HTTPSConnection):
        def connect(self):
            sock = connect_to(self.host, self.port)
            self.sock = self._context.wrap_socket(sock, server_hostname=self.host)

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(PinnedHTTP, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(PinnedHTTPS, req, context=ssl.create_default_context())

    opener = urllib.request.OpenerDirector()
    for handler in (HTTPHandler(), HTTPSHandler(), urllib.request.HTTPErrorProcessor(),
                    urllib.request.HTTPDefaultErrorHandler()):
        opener.add_handler(handler)
    return opener


def fetch_remote(url: str) -> tuple[bytes, dict, str]:
    """GET a public URL within the time and size caps: (body, headers, final URL)."""
    import urllib.request

    deadline = time.monotonic() + REMOTE_TIMEOUT_S
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity",
                                                   "User-Agent": "briefing"})
    with _pinned_opener(deadline).open(request, timeout=REMOTE_TIMEOUT_S) as response:
        if response.headers.get("Content-Encoding", "identity").lower() not in ("identity", ""):
            raise ValueError("compressed response refused")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > REMOTE_MAX_BYTES:
            raise ValueError(f"larger than {REMOTE_MAX_BYTES} bytes")
        chunks, size = [], 0
        while chunk := response.read(65536):
            size += len(chunk)
            if size > REMOTE_MAX_BYTES:
                raise ValueError(f"larger than {REMOTE_MAX_BYTES} bytes")
            if time.monotonic() > deadline:
                raise ValueError(f"took longer than {REMOTE_TIMEOUT_S} s")
            chunks.append(chunk)
        return b"".join(chunks), dict(response.headers.items()), response.geturl()


def make_fetcher(theme_dirs: list[Path], article_dir: Path | None, *, allow_remote: bool = False):
    """A WeasyPrint URL fetcher restricted to the theme's folders and the article's images."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    theme_roots = [Path(os.path.realpath(d)) for d in theme_dirs]
    article_root = Path(os.path.realpath(article_dir)) if article_dir else None

    class RestrictedFetcher(URLFetcher):
        """Serves data: URLs, allowed local files and (if allowed) public remote images."""

        def __init__(self):
            super().__init__(timeout=REMOTE_TIMEOUT_S, allowed_protocols={"data", "file"},
                             allow_redirects=False)
            self.refused: list[str] = []

        def allowed_file(self, url: str) -> bool:
            parts = urlsplit(url)
            if parts.netloc not in ("", "localhost"):
                return False
            path = Path(os.path.realpath(unquote(parts.path)))
            if any(inside(path, root) for root in theme_roots):
                return True
            return (article_root is not None and inside(path, article_root)
                    and path.suffix.lower() in IMAGE_SUFFIXES)

        def fetch(self, url, headers=None):
            scheme = url.split(":", 1)[0].lower()
            if scheme == "data" or (scheme == "file" and self.allowed_file(url)):
                return super().fetch(url, headers)
            if scheme in ("http", "https") and allow_remote:
                try:
                    body, response_headers, final = fetch_remote(url)
                except (OSError, ValueError) as exc:
                    self.refused.append(url)
                    raise ValueError(f"refused {url}: {exc}") from None
                return URLFetcherResponse(final, body, response_headers)
            self.refused.append(url)
            raise ValueError(f"refused to fetch {url}: outside the theme and the article's folder")

    return RestrictedFetcher()
