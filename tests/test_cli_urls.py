"""`briefing build URL`: the page is downloaded with the remote-image guard, read as a
saved page with its URL as the source, and named after its slug (issue 17). A local
server stands in for the web; the test lets the guard reach 127.0.0.1, which the
command line never does."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli

from .conftest import pdf_text

PAGE = ("<html><head><title>Harbour Plan Approved | Example News</title></head><body>"
        "<nav>Home Sections Subscribe</nav><article><h1>Harbour Plan Approved</h1>"
        "<p>The council approved the harbour plan on 12 March 2021 after two years of "
        "consultation with residents and businesses.</p><p>Work on the first quay began in "
        "June 2022, and the second phase is due in 2025.</p></article></body></html>")


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the name http.server calls
        if self.path == "/news/harbour-plan-approved":
            body, kind, code = PAGE.encode(), "text/html; charset=utf-8", 200
        elif self.path == "/data.json":
            body, kind, code = b'{"not": "a page"}', "application/json", 200
        else:
            body, kind, code = b"not here", "text/plain", 404
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site(monkeypatch):
    """A web server on this machine, reachable through the guard for this test only."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr("briefing.net.public_address", lambda host, port=None: "127.0.0.1")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def invoke(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_a_url_builds_a_briefing_named_after_the_page(site, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = f"{site}/news/harbour-plan-approved"
    result = invoke("build", url)
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "harbour-plan-approved.pdf"
    assert result.stderr.strip().endswith("wrote harbour-plan-approved.pdf (1 page)"), result.stderr
    text = pdf_text(pdf)
    assert "The council approved the harbour plan on 12 March 2021" in text
    assert url in pdf_text(pdf, strip_margins=False).replace(" ", "")
    assert "Home Sections Subscribe" not in text
    assert PdfReader(pdf).metadata.title == "Harbour Plan Approved"


def test_inspect_reads_a_url_too(site):
    result = invoke("inspect", f"{site}/news/harbour-plan-approved")
    assert result.exit_code == 0, result.output
    assert '"source": "http://127.0.0.1:' in result.stdout


@pytest.mark.parametrize("path, message", [("/missing", "cannot download it"), ("/data.json", "is not a web page")])
def test_a_url_that_is_not_a_page_is_one_line(site, tmp_path, path, message):
    result = invoke("build", f"{site}{path}", "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"briefing: error: {site}{path}: {message}"), lines
    assert not (tmp_path / "x.pdf").exists()


def test_without_the_test_switch_a_private_address_is_refused(tmp_path):
    result = invoke("build", "http://127.0.0.1:9/page", "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2
    assert "not a public address" in result.stderr
