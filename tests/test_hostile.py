"""Hostile articles: a local HTTP server records every request, and must get none.

Each article tries another way to make the renderer fetch a URL or read a file: raw
HTML in Markdown, CSS url() and @import, SVG with external references, srcset,
<base href>, attachments, meta refresh. The PDFs must carry no attachment and none
of the contents of planted secret files.
"""

from __future__ import annotations

import http.server
import textwrap
import threading

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing import net
from briefing.cli import cli
from briefing.render.sanitize import sanitize_html

from .conftest import pdf_text

SECRET = "PLANTED-SECRET-51c2"


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (the http.server API)
        self.requests.append(self.path)
        body = b"body { color: red }" if self.path.endswith(".css") else b"\x89PNG fake"
        if self.path.startswith("/big"):
            body = b"\x89PNG" + b"0" * 5000
        self.send_response(200)
        if self.path.startswith("/deflate"):
            import zlib

            body = zlib.compress(b"0" * 100_000)
            self.send_header("Content-Encoding", "deflate")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    _Recorder.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _Recorder.requests
    httpd.shutdown()
    httpd.server_close()


def hostile_html(base: str, secrets) -> str:
    return textwrap.dedent(f"""\
        <img src="{base}/img.png">
        <img src="x.png" srcset="{base}/srcset.png 2x">
        <picture><source srcset="{base}/source.png"><img src="{base}/picture.png"></picture>
        <link rel="stylesheet" href="{base}/linked.css">
        <link rel="attachment" href="{base}/attached.bin">
        <link rel="attachment" href="file://{secrets}/secret.txt">
        <a rel="attachment" href="file://{secrets}/secret.txt">attached link</a>
        <style>@import url("{base}/imported.css"); body {{ background: url("{base}/bg.png") }}</style>
        <p style="background-image: url('{base}/inline.png')">Styled paragraph.</p>
        <svg width="10" height="10"><image href="{base}/svg.png" width="10" height="10"/></svg>
        <base href="{base}/">
        <iframe src="{base}/frame.html"></iframe>
        <object data="{base}/object.swf"></object>
        <embed src="{base}/embed.swf">
        <video poster="{base}/poster.png" src="{base}/video.mp4"></video>
        <audio src="{base}/audio.mp3"></audio>
        <input type="image" src="{base}/input.png">
        <meta http-equiv="refresh" content="0; url={base}/refresh">
        <form action="{base}/form"><button>Send</button></form>
        <img src="file://{secrets}/secret.txt">
        <img src="../secrets/secret.png">
        """)


def make_articles(tmp_path, base: str):
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "secret.txt").write_text(SECRET)
    (secrets / "secret.png").write_bytes(b"\x89PNG" + SECRET.encode())
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "external.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="20" height="20">'
        f'<image href="{base}/from-svg.png" width="10" height="10"/>'
        f'<image xlink:href="file://{secrets}/secret.png" width="10" height="10"/>'
        f'<style>@import url("{base}/svg-import.css");</style></svg>')
    markdown = folder / "hostile.md"
    markdown.write_text(
        "---\ntitle: Hostile Markdown\n---\n\n## Section\n\nBefore the payload.\n\n"
        + hostile_html(base, secrets)
        + f"\n\n![markdown image]({base}/md.png)\n\n![svg in folder](external.svg)\n\n"
        + "After the payload.\n")
    text = folder / "hostile.txt"
    text.write_text("Hostile Text\n\nA Heading\n\nBefore.\n\n" + hostile_html(base, secrets) + "\n\nAfter.\n")
    page = folder / "hostile.html"
    page.write_text(
        f'<html><head><title>Hostile Page</title><base href="{base}/">'
        f'<link rel="stylesheet" href="{base}/head.css"><link rel="attachment" href="file://{secrets}/secret.txt">'
        f'<meta http-equiv="refresh" content="0; url={base}/refresh"></head><body><article><h1>Hostile Page</h1>'
        "<p>Before the payload, a paragraph long enough to count as article text for the extractor.</p>"
        + hostile_html(base, secrets).replace("\n", "")
        + '<p><img src="external.svg" alt="svg in folder"></p>'
        "<p>After the payload, another paragraph long enough to count as article text here.</p>"
        "</article></body></html>")
    return secrets, [markdown, text, page]


@pytest.mark.parametrize("extra", [[], ["--allow-remote"]], ids=["default", "allow-remote"])
def test_hostile_articles_make_no_request_and_leak_nothing(tmp_path, server, extra):
    base, requests = server
    secrets, articles = make_articles(tmp_path, base)
    for article in articles:
        output = tmp_path / (article.stem + article.suffix.replace(".", "-") + ".pdf")
        result = CliRunner().invoke(cli, ["build", str(article), "-o", str(output), *extra])
        assert result.exit_code == 0, result.output
        reader = PdfReader(output)
        assert reader.attachments == {}, article
        assert SECRET.encode() not in output.read_bytes()
        text = pdf_text(output)
        assert SECRET not in text
        assert "Before" in text and "After" in text
    # Loopback stays refused even with --allow-remote: the server saw nothing at all.
    assert requests == []


def test_sanitizer_allow_list():
    dirty = ('<script>x()</script><iframe src=a></iframe><object data=a></object><embed src=a>'
             '<link rel=stylesheet href=a><meta http-equiv=refresh content=0><form><input></form>'
             '<p style="background:url(a)" onclick="x()" onmouseover="y()">kept</p>'
             '<a href="javascript:alert(1)" rel="attachment">link</a><base href="http://x/">'
             '<img src="a.png" srcset="b.png 2x" onerror="x()">')
    clean = sanitize_html(dirty)
    for banned in ("<script", "<iframe", "<object", "<embed", "<link", "<meta", "<form", "<input",
                   "style=", "onclick", "onmouseover", "onerror", "javascript:", "attachment",
                   "srcset", "<base"):
        assert banned not in clean, banned
    assert "kept" in clean and "link" in clean and 'src="a.png"' in clean


def test_user_theme_cannot_reach_python_internals(tmp_path):
    theme = tmp_path / "evil"
    theme.mkdir()
    (theme / "theme.yaml").write_text("name: evil\n")
    (theme / "briefing.html.j2").write_text(
        "{{ ''.__class__.__mro__[1].__subclasses__() }}{{ cycler.__init__.__globals__ }}")
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nHeading\n\nSome body text.\n")
    result = CliRunner().invoke(cli, ["build", str(article), "--theme", str(theme)])
    assert result.exit_code == 2
    assert "unsafe" in result.stderr or "template error" in result.stderr
    assert not (tmp_path / "a.pdf").exists()


def test_control_the_recording_server_sees_an_allowed_fetch(tmp_path, server, monkeypatch):
    """If loopback were treated as public, --allow-remote would reach the server: it records."""
    base, requests = server
    monkeypatch.setattr("briefing.net.public_address", lambda host, port=None: "127.0.0.1")
    article = tmp_path / "img.md"
    article.write_text(f"# Image\n\nBefore.\n\n![remote]({base}/allowed.png)\n\nAfter.\n")
    result = CliRunner().invoke(cli, ["build", str(article), "--allow-remote"])
    assert result.exit_code == 0, result.output
    assert requests == ["/allowed.png"]


def _user_theme(tmp_path, name, manifest, template=None, files=None):
    theme = tmp_path / "themes" / name
    theme.mkdir(parents=True)
    (theme / "theme.yaml").write_text(manifest)
    if template is not None:
        (theme / "briefing.html.j2").write_text(template)
    for filename, content in (files or {}).items():
        (theme / filename).write_text(content)
    return theme


def _article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nHeading\n\nSome body text, long enough to be a paragraph.\n")
    return article


def test_theme_stylesheet_outside_its_folder_is_refused(tmp_path):
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "x.css").write_text("body { color: red }")
    _user_theme(tmp_path, "evil", "name: evil\nparent: policy\nstylesheets: [../../secrets/x.css]\n")
    result = CliRunner().invoke(cli, ["build", str(_article(tmp_path)), "--theme-dir",
                                      str(tmp_path / "themes"), "--theme", "evil"])
    assert result.exit_code == 2
    assert "not a .css file inside the theme folder" in result.stderr


def test_theme_template_cannot_attach_files(tmp_path):
    theme = _user_theme(
        tmp_path, "attacher", "name: attacher\nparent: policy\n",
        '{% extends "base/briefing.html.j2" %}{% block kicker %}'
        '<link rel="attachment" href="theme.yaml"><a rel="Attachment" href="theme.yaml">x</a>'
        '{% endblock %}')
    out = tmp_path / "a.pdf"
    result = CliRunner().invoke(cli, ["build", str(_article(tmp_path)), "-o", str(out), "--theme", str(theme)])
    assert result.exit_code == 0, result.output
    assert PdfReader(out).attachments == {}


def test_theme_template_symlink_out_is_refused(tmp_path):
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "leak.j2").write_text(SECRET)
    theme = _user_theme(tmp_path, "linker", "name: linker\nparent: policy\n",
                        '{% extends "base/briefing.html.j2" %}{% block kicker %}{% include "leak.j2" %}{% endblock %}')
    (theme / "leak.j2").symlink_to(secrets / "leak.j2")
    out = tmp_path / "a.pdf"
    result = CliRunner().invoke(cli, ["build", str(_article(tmp_path)), "-o", str(out), "--theme", str(theme)])
    assert result.exit_code == 2
    assert "outside the theme" in result.stderr
    assert not out.exists()


def test_article_cannot_forge_the_marking(tmp_path):
    article = tmp_path / "forge.md"
    body = "\n\n".join(f"Paragraph {i} of the article, with enough words to fill the page nicely. " * 4
                       for i in range(40))
    article.write_text("---\ntitle: Forged\n---\n\n## Part\n\n" + body
                       + '\n\n<span class="marking tlp-clear">TLP:CLEAR</span>\n\n'
                       + '<div class="title">Forged running title</div>\n\n' + body + "\n")
    out = tmp_path / "forge.pdf"
    result = CliRunner().invoke(cli, ["build", str(article), "-o", str(out), "--theme", "intelligence",
                                      "--marking", "TLP:RED"])
    assert result.exit_code == 0, result.output
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 2
    for text in pages[1:]:
        assert text.count("TLP:RED") == 2, "the marking at the top and bottom of every page"
    assert sum("TLP:CLEAR" in text for text in pages) == 1, "only as body text where the article put it"
    assert sum(text.count("Forged running title") for text in pages) == 1, "body text, not a running title"


def test_remote_fetch_caps_size_and_refuses_compression(server, monkeypatch):
    """With loopback treated as public: a compressed body or one over the cap is refused."""

    base, requests = server
    monkeypatch.setattr(net, "public_address", lambda host, port=None: "127.0.0.1")
    body, _, _ = net.fetch_remote(f"{base}/small.png")
    assert body == b"\x89PNG fake"
    with pytest.raises(ValueError, match="compressed"):
        net.fetch_remote(f"{base}/deflate.png")
    monkeypatch.setattr(net, "REMOTE_MAX_BYTES", 1000)
    with pytest.raises(ValueError, match="larger than 1000 bytes"):
        net.fetch_remote(f"{base}/big.png")
    assert requests == ["/small.png", "/deflate.png", "/big.png"]


def test_remote_fetch_connects_only_to_the_checked_address(monkeypatch):
    """A name that resolves to a private address is never connected to (no DNS rebinding)."""
    import socket


    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 80))])
    connected = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: connected.append(a) or 1 / 0)
    with pytest.raises(OSError, match="not a public address"):
        net.fetch_remote("http://rebind.example/x.png")
    assert connected == []
