"""The preview's HTTP server: the standard library's threading server on loopback.

Every request must carry the random token the start-up line prints (`?token=...`), and,
while the server listens on loopback, a Host header naming loopback (so a page elsewhere
cannot reach it by rebinding a domain name to 127.0.0.1). It serves the preview's own
page, the page images and PDFs it built, and from the article's folder only the article,
its sidecar and image files; anything else is 404. A save of a watched file rebuilds the
briefing and tells the open pages through server-sent events.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from ..errors import BriefingError
from ..options import PDF_VARIANTS, Options
from . import page
from .renderer import Outcome, Renderer
from .settings import PAPERS, PreviewSettings, SettingsError, write_config
from .watcher import Watcher

#: Files of the article's folder the preview serves besides the article and its sidecar.
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"}
LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}
#: Seconds between the keep-alive comments of an event stream.
PING_SECONDS = 15
MAX_FORM_BYTES = 16_384
#: Seconds a connection may sit without sending its request (an event stream is written to).
IDLE_SECONDS = 60
#: Longest number a page or PDF address may carry.
MAX_NUMBER_DIGITS = 9
#: How many "Save as PDF" results are kept for the page that follows each save.
KEEP_SAVES = 20
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; "
                               "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True)
class Saved:
    """What "Save as PDF" wrote, for the page to say."""

    path: Path
    command: str
    config: Path | None = None
    config_error: str | None = None


def is_loopback(host: str) -> bool:
    """Whether a host name or address (as in a Host header, brackets allowed) is this machine."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Server(ThreadingHTTPServer):
    """The threading HTTP server, on IPv4 or IPv6 as the address asks."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler):
        host = address[0]
        try:
            self.address_family = socket.getaddrinfo(host, address[1], type=socket.SOCK_STREAM)[0][0]
        except socket.gaierror:
            self.address_family = socket.AF_INET  # bind() names the problem
        super().__init__(address, handler)


class PreviewServer:
    """One article's preview: its renderer, its file watcher and its HTTP server."""

    def __init__(self, article: Path, options: Options, *, host: str = "127.0.0.1", port: int = 0,
                 config_file: Path | None = None, config_elsewhere: Path | None = None):
        from ..themes import available

        self.article = article
        self.options = options
        self.token = secrets.token_urlsafe(18)
        self.renderer = Renderer(article, options)
        self.settings = PreviewSettings.from_options(options)  # the settings last asked for
        self.themes = {name: name for name in available(options.theme_dirs)}
        if self.settings.theme not in self.themes.values():  # a theme given as a folder
            label = Path(self.settings.theme).name
            self.themes[label if label not in self.themes else f"{label} ({self.settings.theme})"] = \
                self.settings.theme
        # Where "also write these settings" writes: briefing.toml here, unless the settings
        # in effect come from a pyproject.toml, which is then left for the user to edit.
        self.config_file = None if config_elsewhere else (config_file or Path("briefing.toml")).resolve()
        self.config_elsewhere = config_elsewhere
        self.saves: dict[str, Saved] = {}
        self.updates = threading.Condition()
        self.version = 0  # counts the rebuilds after file changes
        self.closing = False
        self.watcher = Watcher(self._files_changed)
        self.httpd = _Server((host, port), _Handler)
        self.httpd.preview = self  # type: ignore[attr-defined]
        self.loopback_only = is_loopback(host)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def url(self) -> str:
        host = str(self.httpd.server_address[0])
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}/?token={self.token}"

    def start(self) -> Outcome:
        """Build the first rendering and start watching its files (call before serving)."""
        outcome = self.renderer.outcome(self.settings)
        self._watch(outcome)
        return outcome

    def serve_forever(self) -> None:
        self.httpd.serve_forever(poll_interval=0.2)

    def close(self) -> None:
        """Stop serving: end the event streams, the watcher and the server."""
        with self.updates:
            self.closing = True
            self.updates.notify_all()
        self.watcher.stop()
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- what the requests ask of it ----------------------------------------------------------

    def asked(self, settings: PreviewSettings) -> Outcome:
        """The outcome for settings a page asked for; they become the ones rebuilt on a save."""
        self.settings = settings
        outcome = self.renderer.outcome(settings)
        self._watch(outcome)
        return outcome

    def theme_name(self, spec: str) -> str:
        return next((name for name, value in self.themes.items() if value == spec), Path(spec).name)

    def query(self, settings: PreviewSettings, **overrides: str) -> str:
        """The query string that asks for `settings` (with the token)."""
        values = {"token": self.token, "theme": self.theme_name(settings.theme), "paper": settings.paper,
                  "marking": settings.marking, "key_points": str(settings.key_points),
                  "timeline_max": str(settings.timeline_max), "pdf_variant": settings.pdf_variant}
        values.update(overrides)
        return urlencode(values)

    def save(self, settings: PreviewSettings, with_config: bool) -> str:
        """Write the PDF of `settings` beside the article (and the settings to the config
        file); returns the key under which the page finds what was written."""
        from ..readers.sidecar import sidecar_path
        from ..write import check_target, output_path, write_atomic

        outcome = self.renderer.outcome(settings)
        if outcome.error or outcome.rendering is None:
            raise SettingsError("the article does not build as it is now; fix the error first")
        target = output_path(self.article, None)
        assert target is not None  # beside the article
        check_target(target, (self.article, sidecar_path(self.article)))
        written = write_atomic(outcome.rendering.pdf, target)
        config, config_error = None, None
        if with_config and self.config_file is not None:
            values = settings.config_values(self.options)
            if settings.theme not in self.themes:  # a theme folder: named so from any folder
                values["theme"] = str(Path(settings.theme).resolve())
            try:
                config = write_config(self.config_file, values)
            except BriefingError as exc:
                config_error = str(exc)
        saved = Saved(written, settings.command_line(str(self.article), self.options, str(written)), config,
                      config_error)
        key = secrets.token_urlsafe(6)
        self.saves[key] = saved
        while len(self.saves) > KEEP_SAVES:
            del self.saves[next(iter(self.saves))]
        return key

    def _watch(self, outcome: Outcome) -> None:
        from ..readers.sidecar import sidecar_path
        from ..themes import load

        try:
            theme_folders = load(self.settings.theme, self.options.theme_dirs).folders
        except BriefingError:
            theme_folders = ()
        rendering = outcome.rendering
        files = [self.article, sidecar_path(self.article), *(rendering.files if rendering else ())]
        self.watcher.watch(files, theme_folders)

    def _files_changed(self, paths: set[Path]) -> None:
        self.renderer.files_changed()
        outcome = self.renderer.outcome(self.settings)  # rebuilt now, before the pages ask
        self._watch(outcome)
        with self.updates:
            self.version += 1
            self.updates.notify_all()


class _Handler(BaseHTTPRequestHandler):
    """One request to the preview."""

    server_version = "briefing-preview"
    protocol_version = "HTTP/1.1"
    timeout = IDLE_SECONDS

    @property
    def preview(self) -> PreviewServer:
        return self.server.preview  # type: ignore[attr-defined]

    def log_message(self, format, *args) -> None:  # noqa: A002 - quiet: the terminal is the user's
        pass

    # -- the routes ---------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        path, query = self._checked()
        if path is None:
            return
        try:
            self._route_get(path, query)
        except SettingsError as exc:
            self._send(400, str(exc).encode("utf-8"), "text/plain; charset=utf-8")
        except (BrokenPipeError, ConnectionResetError):
            pass
        except (ValueError, OSError):  # a name no file can have (a NUL, too long): nothing here
            self._not_found()

    do_HEAD = do_GET  # noqa: N815 - _send leaves the body out

    def do_POST(self) -> None:  # noqa: N802
        try:
            self._post()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _post(self) -> None:
        path, query = self._checked()
        if path is None:
            return
        if path != "/save":
            return self._not_found()
        declared = self.headers.get("Content-Length") or ""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower() or not declared.isascii() \
                or not declared.isdigit():
            self.close_connection = True
            return self._send(411, b"a form with a Content-Length, please", "text/plain; charset=utf-8")
        if int(declared) > MAX_FORM_BYTES:
            self.close_connection = True
            return self._send(413, b"form too large", "text/plain; charset=utf-8")
        body = self.rfile.read(int(declared)).decode("utf-8", "replace")
        form = {k: v[0] for k, v in parse_qs(body).items()}
        try:
            settings = self.preview.settings.changed(query, self.preview.themes)
            key = self.preview.save(settings, form.get("write_config") == "yes")
        except BriefingError as exc:
            return self._send(400, page.render("message.html.j2", **self._common(self.preview.settings, "pages"),
                                               message=str(exc)), "text/html; charset=utf-8")
        # Post, then redirect: reloading the page that follows does not save again.
        self._send(303, b"", "text/plain; charset=utf-8",
                   {"Location": "/?" + self.preview.query(settings, saved=key)})

    def _route_get(self, path: str, query: dict[str, str]) -> None:
        preview = self.preview
        if path.startswith("/static/"):
            found = page.static_file(path[len("/static/"):])
            return self._send(200, *found) if found else self._not_found()
        if path.startswith("/page/") or path.startswith("/pdf/"):
            return self._rendered_file(path)
        if path.startswith("/source/"):
            return self._source_file(unquote(path[len("/source/"):]))
        saved = preview.saves.get(query.pop("saved", ""))
        settings = preview.settings.changed(query, preview.themes)
        if path == "/":
            return self._page("preview.html.j2", settings, "pages", saved=saved)
        if path == "/compare":
            return self._compare(settings)
        if path == "/fragment":
            outcome = preview.asked(settings)
            context = {"rendering": outcome.rendering, "error": outcome.error, "token": preview.token}
            body = page.render("status.html.j2", **context) + page.render("pages.html.j2", **context)
            return self._send(200, body, "text/html; charset=utf-8")
        if path == "/events":
            return self._events(settings)
        self._not_found()

    def _page(self, template: str, settings: PreviewSettings, view: str, **extra) -> None:
        outcome = self.preview.asked(settings)
        body = page.render(template, **self._common(settings, view), rendering=outcome.rendering,
                           error=outcome.error, **{"saved": None, **extra})
        self._send(200, body, "text/html; charset=utf-8")

    def _common(self, settings: PreviewSettings, view: str) -> dict:
        from ..render.pdf import paper_size
        from ..themes import load

        preview = self.preview
        try:
            theme_paper = paper_size(settings.options(preview.options).replace(paper=None),
                                     load(settings.theme, preview.options.theme_dirs))
        except BriefingError:
            theme_paper = "A4"
        config = preview.config_file
        return {"article_name": preview.article.name, "token": preview.token, "query": preview.query(settings),
                "settings": settings, "themes": preview.themes, "papers": PAPERS, "variants": PDF_VARIANTS,
                "theme_paper": theme_paper, "view": view, "config_file": config,
                "config_elsewhere": preview.config_elsewhere, "config_exists": bool(config and config.exists()),
                "pdf_name": preview.article.with_suffix(".pdf").name}

    def _compare(self, settings: PreviewSettings) -> None:
        preview = self.preview
        compared = []
        for name in preview.themes:
            themed = settings.changed({"theme": name}, preview.themes)
            outcome = preview.renderer.outcome(themed)
            compared.append({"name": name, "rendering": outcome.rendering, "error": outcome.error,
                             "query": preview.query(themed)})
        preview.settings = settings
        body = page.render("compare.html.j2", **self._common(settings, "compare"), compared=compared)
        self._send(200, body, "text/html; charset=utf-8")

    def _rendered_file(self, path: str) -> None:
        parts = path.strip("/").split("/")
        renderer = self.preview.renderer
        if parts[0] == "pdf" and len(parts) == 2 and parts[1].endswith(".pdf") and _number(parts[1][:-4]):
            rendering = renderer.rendering(int(parts[1][:-4]))
            if rendering is None:
                return self._not_found()
            return self._send(200, rendering.pdf, "application/pdf",
                              {"Content-Disposition": _inline(self.preview.article.with_suffix(".pdf").name)})
        if (parts[0] == "page" and len(parts) == 3 and _number(parts[1]) and parts[2].endswith(".png")
                and _number(parts[2][:-4])):
            rendering = renderer.rendering(int(parts[1]))
            image = renderer.page_image(rendering, int(parts[2][:-4])) if rendering else None
            if image is None:
                return self._not_found()
            return self._send(200, image, "image/png", {"Cache-Control": "private, max-age=3600"})
        self._not_found()

    def _source_file(self, relative: str) -> None:
        """The article, its sidecar, or an image of its folder; anything else is 404."""
        import mimetypes

        from ..readers.sidecar import sidecar_path

        folder = self.preview.article.parent.resolve()
        target = (folder / relative).resolve()
        own = {self.preview.article.resolve(), sidecar_path(self.preview.article).resolve()}
        allowed = target in own or target.suffix.lower() in IMAGE_SUFFIXES
        if not relative or not target.is_relative_to(folder) or not target.is_file() or not allowed:
            return self._not_found()
        # The article is shown as text, never as a page of this origin; nothing it holds runs.
        kind = "text/plain; charset=utf-8" if target in own else (
            mimetypes.guess_type(target.name)[0] or "application/octet-stream")
        self._send(200, target.read_bytes(), kind, {"Content-Security-Policy": "sandbox; default-src 'none'"})

    def _events(self, settings: PreviewSettings) -> None:
        """Server-sent events: "update" after each rebuild that follows a save."""
        preview = self.preview
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        seen = preview.version
        try:
            self.wfile.write(b": connected\n\n")
            self.wfile.flush()
            while True:
                last = seen
                with preview.updates:
                    preview.updates.wait_for(lambda: preview.closing or preview.version != last,  # noqa: B023
                                             timeout=PING_SECONDS)
                    if preview.closing:
                        return
                    current = preview.version
                if current == seen:
                    self.wfile.write(b": ping\n\n")
                else:
                    seen = current
                    outcome = preview.renderer.outcome(settings)
                    number = outcome.rendering.number if outcome.rendering else ""
                    self.wfile.write(f"event: update\ndata: {number}\n\n".encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            return

    # -- checks and replies -------------------------------------------------------------------

    def _checked(self) -> tuple[str | None, dict[str, str]]:
        """The path and query of a request that carries the token (and, on loopback, a
        loopback Host); otherwise a 403 is sent and the path is None."""
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        token = query.pop("token", "")
        if self.preview.loopback_only and not is_loopback(_host_name(self.headers.get("Host") or "")):
            self._send(403, b"forbidden: this preview answers on loopback only", "text/plain; charset=utf-8")
            return None, {}
        if not hmac.compare_digest(token.encode(), self.preview.token.encode()):
            self._send(403, b"forbidden: open the address the preview printed (it carries the token)",
                       "text/plain; charset=utf-8")
            return None, {}
        return parts.path, query

    def _not_found(self) -> None:
        self._send(404, b"not found", "text/plain; charset=utf-8")

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's error replies (a malformed request, an unknown method), short
        and with the same security headers as every other reply."""
        self.close_connection = True
        self._send(code, (message or self.responses.get(code, ("error",))[0]).encode("utf-8", "replace"),
                   "text/plain; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        merged = {"Cache-Control": "no-store", **_SECURITY_HEADERS, **(headers or {})}
        for name, value in merged.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _number(text: str) -> bool:
    """Whether a path part is a plain number (ASCII digits, not too many)."""
    return text.isascii() and text.isdigit() and len(text) <= MAX_NUMBER_DIGITS


def _inline(name: str) -> str:
    """A Content-Disposition for a file name of any script, with nothing that ends the header."""
    plain = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name)
    return f"inline; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


def _host_name(header: str) -> str:
    """The host of a Host header, without its port: "[::1]:8765" -> "::1"."""
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header
