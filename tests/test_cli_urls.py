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
    # the masthead names the page's domain and links its address, which the PDF's metadata keeps
    assert "Source: 127.0.0.1" in pdf_text(pdf, strip_margins=False)
    links = [a.get_object()["/A"].get("/URI") for a in PdfReader(pdf).pages[0].get("/Annots") or []]
    assert url in links
    assert PdfReader(pdf).metadata["/source"] == url
    assert "Home Sections Subscribe" not in text
    assert PdfReader(pdf).metadata.title == "Harbour Plan Approved"


def test_inspect_reads_a_url_too(site):
    result = invoke("inspect", f"{site}/news/harbour-plan-approved")
    assert result.exit_code == 0, result.output
    assert '"url": "http://127.0.0.1:' in result.stdout
    assert '"source": "127.0.0.1"' in result.stdout


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


def test_batch_takes_urls_and_list_files_beside_files(site, tmp_path):
    """URLs on the command line and in a list file (one a line, # comments) are briefed
    like files, named by their slug; a page that cannot be downloaded fails only itself."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "local.txt").write_text("Local Note\n\nA local article written on 3 May 2020 for the board.\n",
                                              encoding="utf-8")
    listing = tmp_path / "reading.urls"
    listing.write_text(f"# Monday's reading\n\n{site}/news/harbour-plan-approved\n{site}/missing\n",
                       encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("batch", tmp_path / "in", listing, "-o", out, "-j", "1", "--report", out / "report.json")
    assert result.exit_code == 1, result.output  # the missing page failed, the rest were built
    assert sorted(p.name for p in out.glob("*.pdf")) == ["harbour-plan-approved.pdf", "local.pdf"]
    assert "The council approved the harbour plan" in pdf_text(out / "harbour-plan-approved.pdf")
    failed = [line for line in result.stderr.splitlines() if line.startswith("briefing: failed:")]
    assert len(failed) == 1 and f"{site}/missing: cannot download it" in failed[0], result.stderr
    import json

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {a["input"] for a in report["articles"]} == {
        str(tmp_path / "in" / "local.txt"), f"{site}/news/harbour-plan-approved", f"{site}/missing"}


def test_a_url_in_a_batch_is_downloaded_again_on_every_run(site, tmp_path):
    out = tmp_path / "out"
    url = f"{site}/news/harbour-plan-approved"
    assert invoke("batch", url, "-o", out).exit_code == 0
    again = invoke("batch", url, "-o", out)
    assert again.exit_code == 0, again.output
    assert "rendered 1, skipped 0" in again.stderr


def test_a_text_article_is_not_taken_for_a_list_file(tmp_path):
    from briefing.batch.discover import discover

    article = tmp_path / "links.txt"
    article.write_text("Reading list\n\nSee https://example.org/a for the first report.\n", encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text("https://example.org/a\n# comment\nhttps://example.org/b?x=1\n", encoding="utf-8")
    assert discover([article, listing]) == [article, "https://example.org/a", "https://example.org/b?x=1"]


def test_a_list_file_with_a_line_that_is_no_url_names_the_line(tmp_path):
    listing = tmp_path / "reading.urls"
    listing.write_text("https://example.org/a\n\nnotes/article.md\n", encoding="utf-8")
    result = invoke("batch", listing, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"briefing: error: {listing}: line 3 is not an http(s) URL: "
                                     "'notes/article.md'"), result.stderr
