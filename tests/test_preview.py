"""`briefing preview` driven in a real headless Chromium (Debian's, through Playwright):
the page shows the briefing's pages, its controls change them, a save refreshes them,
and the server answers only to its token and serves nothing outside the article's folder.
"""

from __future__ import annotations

import http.client
import io
import shutil
import socket
import subprocess
import sys
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.preview_support import SAMPLE, chromium, running_preview

#: Page images are drawn at 96 dpi: A4 and US Letter in pixels.
A4_PIXELS, LETTER_PIXELS = (794, 1123), (816, 1056)
#: How long a test waits for the page to follow a save. The speed itself is measured by
#: benchmarks/preview.py; a test only proves that the refresh comes, without a reload.
FOLLOW_MS = 30_000


@pytest.fixture
def article(tmp_path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    target = folder / "china.txt"
    shutil.copy(SAMPLE, target)
    (tmp_path / "secret.txt").write_text("not for the browser", encoding="utf-8")
    return target


def _get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), exc.headers.get("Content-Type", "")


def _raw_status(preview, path: str) -> int:
    """The status of a request for `path` sent exactly as written (no ../ folding)."""
    host, port = preview.base.removeprefix("http://").rsplit(":", 1)
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    try:
        connection.request("GET", path)
        return connection.getresponse().status
    finally:
        connection.close()


def _images(page) -> list[dict]:
    return page.eval_on_selector_all(
        "#pages img", "imgs => imgs.map(i => ({src: i.getAttribute('src'), w: i.naturalWidth, h: i.naturalHeight}))")


def _loaded(page) -> None:
    page.wait_for_function("() => { const imgs = [...document.querySelectorAll('#pages img')].slice(0, 2);"
                           " return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0); }",
                           timeout=FOLLOW_MS)


def _pdf_text(preview, page) -> str:
    href = page.get_attribute("#status a[href^='/pdf/']", "href")
    status, body, kind = _get(preview.base + href)
    assert status == 200 and kind == "application/pdf"
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(body)).pages)


def test_theme_and_paper_controls_change_the_page_images(article):
    with running_preview(article) as preview, chromium() as page:
        page.goto(preview.url)
        _loaded(page)
        first = _images(page)
        assert len(first) >= 2 and (first[0]["w"], first[0]["h"]) == A4_PIXELS
        assert "china.txt" in page.inner_text("header")
        _, policy_png, _ = _get(preview.base + first[0]["src"])

        with page.expect_navigation():
            page.select_option("select[name=theme]", "intelligence")
        _loaded(page)
        themed = _images(page)
        assert themed[0]["src"] != first[0]["src"]
        _, intelligence_png, _ = _get(preview.base + themed[0]["src"])
        assert intelligence_png != policy_png
        assert "UNCLASSIFIED" in _pdf_text(preview, page)  # the intelligence theme's default marking

        with page.expect_navigation():
            page.select_option("select[name=paper]", "Letter")
        _loaded(page)
        letter = _images(page)
        assert (letter[0]["w"], letter[0]["h"]) == LETTER_PIXELS
        assert page.input_value("select[name=theme]") == "intelligence"  # the other choice stays


def test_saving_the_article_refreshes_the_pages_without_a_reload(article):
    with running_preview(article) as preview, chromium() as page:
        page.goto(preview.url)
        _loaded(page)
        before = _images(page)[0]["src"]
        page.evaluate("window.notReloaded = true")
        text = article.read_text(encoding="utf-8")
        article.write_text(text.replace("Does China Care", "Does Beijing Care", 1), encoding="utf-8")
        page.wait_for_function(f"() => document.querySelector('#pages img').getAttribute('src') !== {before!r}",
                               timeout=FOLLOW_MS)
        _loaded(page)
        assert page.evaluate("window.notReloaded") is True  # swapped in place by the event stream
        assert "Does Beijing Care" in _pdf_text(preview, page)


def test_a_broken_theme_template_shows_its_error_and_keeps_the_last_good_pages(article, tmp_path):
    themes = tmp_path / "themes"
    subprocess.run([sys.executable, "-m", "briefing", "themes", "new", "mybrief", "--dir", str(themes)],
                   check=True, capture_output=True)
    template = themes / "mybrief" / "briefing.html.j2"
    good = template.read_text(encoding="utf-8")
    with running_preview(article, "--theme-dir", str(themes), "--theme", "mybrief") as preview, \
            chromium() as page:
        page.goto(preview.url)
        _loaded(page)
        before = _images(page)
        template.write_text(good + "\n{% if %}\n", encoding="utf-8")
        page.wait_for_selector("#status .error", timeout=FOLLOW_MS)
        error = page.inner_text("#status .error")
        assert "briefing.html.j2" in error and "line" in error
        assert [i["src"] for i in _images(page)] == [i["src"] for i in before]  # the last good pages stay
        _loaded(page)

        template.write_text(good.replace("{% block summary %}", "{% block summary %}<p>Edited theme</p>", 1)
                            if "{% block summary %}" in good else good + "\n", encoding="utf-8")
        page.wait_for_function("() => !document.querySelector('#status .error')", timeout=FOLLOW_MS)
        _loaded(page)
        assert _images(page)[0]["src"] != before[0]["src"]


def test_every_request_needs_the_token(article):
    with running_preview(article) as preview:
        assert _get(preview.url)[0] == 200
        for path in ("/", "/static/preview.css", "/page/1/1.png", "/pdf/1.pdf", "/events", "/source/china.txt"):
            status, body, _ = _get(preview.base + path)
            assert status == 403, path
            assert b"token" in body
            assert _get(preview.base + path + "?token=wrong" + preview.token[5:])[0] == 403, path
        assert _get(preview.base + "/page/1/1.png?token=" + preview.token)[0] == 200


def test_nothing_outside_the_articles_folder_is_served(article):
    with running_preview(article) as preview:
        token = "?token=" + preview.token
        assert _get(preview.base + "/source/china.txt" + token)[:1] == (200,)
        for path in ("/source/../secret.txt", "/source/%2e%2e/secret.txt", "/source/..%2fsecret.txt",
                     "/etc/passwd", "/source//etc/passwd", "/source/" + str(article.parent.parent / "secret.txt")):
            assert _raw_status(preview, path + token) == 404, path
        (article.parent / "notes.docx").write_bytes(b"not an image")  # inside, but not the article's kind
        assert _get(preview.base + "/source/notes.docx" + token)[0] == 404
        status, body, kind = _get(preview.base + "/source/china.txt" + token)
        assert kind.startswith("text/plain") and body == article.read_bytes()


def test_save_as_pdf_writes_the_pdf_the_command_line_and_the_settings(article):
    with running_preview(article, cwd=article.parent) as preview, chromium() as page:
        page.goto(preview.url + "&theme=minimal&key_points=3")
        _loaded(page)
        page.check("input[name=write_config]")
        with page.expect_navigation():
            page.click("form.save button")
        saved = page.inner_text(".saved")
        assert "briefing build" in saved and "--theme minimal" in saved and "--key-points 3" in saved
        pdf = article.with_suffix(".pdf")
        assert "SUMMARY" in PdfReader(pdf).pages[0].extract_text()  # the minimal theme's label
        shown = page.get_attribute("#status a[href^='/pdf/']", "href")
        assert pdf.read_bytes() == _get(preview.base + shown)[1]  # the very PDF the page shows
        settings = tomllib.loads((article.parent / "briefing.toml").read_text(encoding="utf-8"))
        assert settings["theme"] == "minimal" and settings["key_points"] == 3


def test_compare_shows_page_one_in_every_theme(article):
    with running_preview(article) as preview, chromium() as page:
        page.goto(preview.url.replace("/?", "/compare?"))
        figures = page.query_selector_all(".compare figure")
        names = [f.inner_text().split("·")[0].strip() for f in figures]
        assert {"policy", "intelligence", "newsletter", "minimal"} <= set(names)
        page.wait_for_function("() => [...document.querySelectorAll('.compare img')]"
                               ".every(i => i.complete && i.naturalWidth > 0)", timeout=FOLLOW_MS)
        sources = {img.get_attribute("src") for img in page.query_selector_all(".compare img")}
        assert len(sources) == len(figures)  # one rendering per theme


def test_the_page_works_without_javascript_and_from_the_keyboard(article):
    with running_preview(article) as preview:
        with chromium(javascript=False) as page:
            page.goto(preview.url)
            _loaded(page)
            assert len(_images(page)) >= 2
            page.select_option("select[name=theme]", "newsletter")  # no script: nothing happens yet
            with page.expect_navigation():
                page.click("form.controls button")  # Apply
            assert page.input_value("select[name=theme]") == "newsletter"
            _loaded(page)
        with chromium() as page:
            page.goto(preview.url)
            _loaded(page)
            assert page.input_value("select[name=theme]") == "newsletter"  # the bare address: the last choice
            page.focus("select[name=theme]")
            with page.expect_navigation():
                page.keyboard.press("ArrowDown")  # the next theme, chosen with the keyboard alone
            assert page.input_value("select[name=theme]") == "policy"
            assert "theme=policy" in page.url


def test_ctrl_c_stops_the_preview_cleanly(article):
    with running_preview(article) as preview:
        pass
    assert preview.process.returncode == 0
    assert preview.output.rstrip().endswith("briefing preview: stopped")
    assert sorted(p.name for p in article.parent.iterdir()) == ["china.txt"]  # no PDF, part or temp file left


def test_user_errors_end_with_one_line_and_exit_code_2(article, tmp_path):
    missing = subprocess.run([sys.executable, "-m", "briefing", "preview", str(tmp_path / "nope.md"), "--no-browser"],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines() == [f"briefing: error: {tmp_path / 'nope.md'}: no such file"]
    with running_preview(article) as preview:
        port = preview.base.rsplit(":", 1)[1]
        busy = subprocess.run([sys.executable, "-m", "briefing", "preview", str(article), "--no-browser",
                               "--port", port], capture_output=True, text=True, timeout=120)
    assert busy.returncode == 2
    [line] = busy.stderr.strip().splitlines()
    assert line.startswith(f"briefing: error: cannot listen on 127.0.0.1:{port}")


def test_many_requests_for_different_themes_at_once_are_all_answered(article):
    from concurrent.futures import ThreadPoolExecutor

    with running_preview(article) as preview:
        token = preview.token
        urls = [f"{preview.base}/fragment?token={token}&theme={theme}"
                for theme in ("policy", "minimal", "newsletter", "intelligence") * 10]
        with ThreadPoolExecutor(max_workers=20) as pool:
            statuses = list(pool.map(lambda url: _get(url)[0], urls))
        assert statuses == [200] * len(urls)
        threads = next(int(line.split()[1]) for line in
                       Path(f"/proc/{preview.process.pid}/status").read_text().splitlines()
                       if line.startswith("Threads:"))
        assert threads < 20  # one watcher, not one per request


def test_a_save_that_changes_the_watched_folders_keeps_the_page_live(article):
    (article.parent / "img").mkdir()
    (article.parent / "img" / "chart.png").write_bytes(_tiny_png())
    markdown = article.with_suffix(".md")
    text = ("---\ntitle: {title}\ndate: 2024-03-01\n---\n## Background\n\n"
            "The council approved the plan in March 2021 after two years of talks.\n{image}")
    markdown.write_text(text.format(title="Harbour plan", image=""), encoding="utf-8")
    with running_preview(markdown) as preview, chromium() as page:
        page.goto(preview.url)
        _loaded(page)
        # The first save shows an image in a subfolder, which is then watched too; the second
        # save must still reach the page.
        for title in ("Harbour plan, with a chart", "Harbour plan, second edit"):
            before = _images(page)[0]["src"]
            markdown.write_text(text.format(title=title, image="\n![A chart](img/chart.png)\n"), encoding="utf-8")
            page.wait_for_function(f"() => document.querySelector('#pages img').getAttribute('src') !== {before!r}",
                                   timeout=FOLLOW_MS)
            _loaded(page)
            assert title in _pdf_text(preview, page)


def _tiny_png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (30, 80, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def test_odd_requests_get_plain_answers_and_the_server_goes_on(article, tmp_path):
    named = article.parent / "北朝鮮 é.txt"
    shutil.copy(article, named)
    with running_preview(named) as preview:
        token = "?token=" + preview.token
        status, body, kind = _get(preview.base + "/pdf/1.pdf" + token)
        assert status == 200 and body.startswith(b"%PDF")
        for path in ("/source/%00.png", "/source/" + "a" * 5000 + ".png", "/page/1/" + "9" * 5000 + ".png"):
            assert _raw_status(preview, path + token) == 404, path[:30]
        host, port = preview.base.removeprefix("http://").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=60) as raw:  # a raw byte, no URL encoding
            raw.sendall(b"GET /pdf/\xb2.pdf" + token.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert raw.recv(64).startswith(b"HTTP/1.1 404")
        connection = http.client.HTTPConnection(host, int(port), timeout=60)
        connection.putrequest("POST", "/save" + token)
        connection.putheader("Content-Length", "abc")
        connection.endheaders()
        assert connection.getresponse().status == 411
        connection.close()
        assert _get(preview.base + "/?token=" + preview.token + "&marking=SECRET%7FX")[0] == 400
        assert _get(preview.url)[0] == 200  # still serving


def test_standard_input_and_web_pages_cannot_be_previewed(tmp_path):
    for target in ("-", "https://example.org/news/x"):
        done = subprocess.run([sys.executable, "-m", "briefing", "preview", target, "--no-browser"],
                              capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert done.returncode == 2
        assert "preview needs an article file" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_saving_twice_needs_two_clicks_and_pyproject_settings_are_left_alone(article):
    (article.parent / "pyproject.toml").write_text("[tool.briefing]\ntheme = \"minimal\"\n", encoding="utf-8")
    with running_preview(article, cwd=article.parent) as preview, chromium() as page:
        page.goto(preview.url)
        _loaded(page)
        assert page.query_selector("input[name=write_config]") is None
        assert "pyproject.toml" in page.inner_text("form.save")
        with page.expect_navigation():
            page.click("form.save button")
        assert "saved=" in page.url and "briefing build" in page.inner_text(".saved")
        pdf = article.with_suffix(".pdf")
        made = pdf.stat().st_mtime_ns
        page.reload()  # the page after a save is a GET: reloading it writes nothing
        assert pdf.stat().st_mtime_ns == made
    assert not (article.parent / "briefing.toml").exists()
