"""Hostile input at the reader boundary (issue 21): malformed bytes end in one line naming
the file and the problem, with exit code 2, never an internal error; a bug stays a bug.

Each test holds one line of the issue: a NUL in an image name, JSON-LD nested deeply or
of the wrong types, impossible dates in front matter, sidecars, theme manifests and
Jekyll file names, Markdown nested thousands deep, YAML alias bombs in error messages,
devices and FIFOs as inputs, image names too long for the file system, and the catch
at `briefing.readers.read`.
"""

from __future__ import annotations

import os
import socket
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

BODY = ("<p>First paragraph of the article, long enough to be kept as body text by the extractor.</p>"
        "<p>Second paragraph of the article, also long enough to be kept, written in 1999.</p>")
#: A message quoting a user's value quotes at most this much of it (plus the file name).
MAX_LINE = 300


def run(*args: object, stdin: str | None = None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=stdin)


def assert_user_error(result, path: Path | str, *fragments: str) -> str:
    """Exit code 2 and one stderr line naming the file; returns that line."""
    assert result.exit_code == 2, (result.exit_code, result.output[:500])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines[:5]
    line = lines[0]
    assert line.startswith(f"briefing: error: {path}"), line[:MAX_LINE]
    for fragment in fragments:
        assert fragment in line, line[:MAX_LINE]
    assert "internal error" not in line and "Traceback" not in result.output
    return line


def page(head: str = "", extra: str = "") -> str:
    return (f"<html><head>{head}</head><body><article><h1>A page</h1>{BODY}{extra}"
            "<p>A closing paragraph that is long enough to be kept in the article.</p></article></body></html>")


def json_ld(source: str) -> str:
    return f'<script type="application/ld+json">{source}</script>'


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# HTML with a NUL byte.

@pytest.mark.parametrize("src", ["a%00.png", "file:///tmp/a%00.png"])
def test_nul_byte_in_an_html_image_name_leaves_the_image_out(tmp_path, src):
    article = write(tmp_path, "nul.html", page(extra=f'<img src="{src}">'))
    result = run("inspect", article)
    assert result.exit_code == 0, result.output[:500]
    assert "1 image left out" in result.stdout


# JSON-LD nested deeply, or with the wrong types: the broken structured data is skipped
# (as invalid JSON already was), and the page is read from its other metadata and text.

@pytest.mark.parametrize("source", [
    "[" * 100_000 + "]" * 100_000,
    '{"@type": "NewsArticle", "author": ' + "[" * 900 + '"Ann Lee"' + "]" * 900 + "}",
    '{"@graph": ' * 5000 + "{}" + "}" * 5000,
], ids=["array-100000-deep", "author-900-deep", "graph-5000-deep"])
def test_json_ld_nested_deeply_is_skipped(tmp_path, source):
    article = write(tmp_path, "deep.html", page(head=json_ld(source)))
    result = run("inspect", article)
    assert result.exit_code == 0, result.output[:500]
    assert '"title": "A page"' in result.stdout


@pytest.mark.parametrize("source", [
    '{"@type": 5, "headline": "Typed"}',
    '{"@type": ["NewsArticle", {"a": 1}], "headline": "Typed"}',
    '{"@type": "NewsArticle", "headline": {"a": 1}, "author": 7, "datePublished": [2020],'
    ' "inLanguage": {"x": 1}, "publisher": {"name": ["x"]}, "description": 3, "url": []}',
    '{"@type": "NewsArticle", "headline": "Lone \\ud800 surrogate\\u0000", "author": {"name": "Ann \\udfff Lee"}}',
    '{"@graph": 5, "@type": [null, 3]}',
], ids=["type-int", "type-dict-in-list", "dicts-for-strings", "surrogates", "graph-int"])
def test_json_ld_of_the_wrong_types_is_ignored(tmp_path, source):
    article = write(tmp_path, "typed.html", page(head=json_ld(source)))
    result = run("inspect", article)
    assert result.exit_code == 0, result.output[:500]
    result.stdout.encode("utf-8")  # what a user's terminal gets: no lone surrogate
    assert "\\u0000" not in result.stdout


# A date with month 13 or day 32 in front matter, a sidecar or a theme manifest.

@pytest.mark.parametrize("date", ["2020-13-01", "2020-01-32", "2020-02-30T10:00:00Z", "0000-01-01"])
def test_impossible_front_matter_date_names_the_file_and_field(tmp_path, date):
    article = write(tmp_path, "post.md", f"---\ntitle: A post\ndate: {date}\n---\n\nSome text.\n")
    assert_user_error(run("inspect", article), article, "'date'", date[:10])


def test_impossible_toml_date_names_the_file(tmp_path):
    article = write(tmp_path, "post.md", '+++\ntitle = "A post"\ndate = 2020-02-30\n+++\n\nSome text.\n')
    assert_user_error(run("inspect", article), article, "TOML")


@pytest.mark.parametrize("date", ["2020-13-01", "2020-01-32"])
def test_impossible_sidecar_date_names_the_sidecar(tmp_path, date):
    article = write(tmp_path, "note.txt", "A title\n\nSome text of the note.\n")
    sidecar = write(tmp_path, "note.briefing.yaml", f"date: {date}\n")
    assert_user_error(run("inspect", article), sidecar, "'date'", date)


def make_theme(tmp_path: Path, manifest: str) -> Path:
    folder = tmp_path / "themes" / "mine"
    folder.mkdir(parents=True)
    write(folder, "theme.yaml", manifest)
    write(folder, "mine.css", "body { color: black }\n")
    return folder / "theme.yaml"


@pytest.mark.parametrize("manifest, fragment", [
    ("name: mine\ndescription: 2020-13-01\n", "2020-13-01"),
    ("name: mine\ndefaults:\n  paper: 2020-01-32\n", "line 3"),
    ("name: mine\ndefaults:\n  paper: [1, 2]\n", "defaults"),
    ("name: mine\ndefaults:\n  paper: A3\n", "paper"),
    ("name: mine\ndefaults:\n  marking: {a: 1}\n", "marking"),
    ("name: mine\ndefaults: [paper]\n", "defaults"),
    ("name: mine\nstylesheets: [1]\n", "stylesheets"),
    ("name: mine\nstylesheets: [\"a\\0.css\"]\n", "stylesheet"),
    ("name: mine\nparent: " + "p" * 300 + "\n", "parent"),
    ("name: mine\nparent: ./" + "p" * 300 + "\n", "parent"),
    ("name: mine\nparent: \"x\\0\"\n", "parent"),
    ("name: " + "[" * 5000 + "]" * 5000 + "\n", "theme manifest"),
    ("name: !!int x\n", "theme manifest"),
    ("name: !!bool x\n", "theme manifest"),
    ("name: !!timestamp x\n", "theme manifest"),
], ids=["description-month-13", "paper-day-32", "paper-list", "paper-unknown", "marking-mapping",
        "defaults-list", "stylesheet-int", "stylesheet-nul", "parent-too-long", "parent-path-too-long",
        "parent-nul", "nested-5000-deep", "bad-int-tag", "bad-bool-tag", "bad-timestamp-tag"])
def test_malformed_theme_manifest_is_a_theme_error_naming_it(tmp_path, manifest, fragment):
    path = make_theme(tmp_path, manifest)
    article = write(tmp_path, "note.txt", "A title\n\nSome text of the note.\n")
    result = run("build", article, "--theme-dir", tmp_path / "themes", "--theme", "mine",
                 "-o", tmp_path / "note.pdf")
    assert_user_error(result, path, fragment)
    assert not (tmp_path / "note.pdf").exists()
    listing = run("themes", "--theme-dir", tmp_path / "themes")
    if fragment == "parent" and "\\0" not in manifest:  # listing reads manifests, it resolves no parent
        assert listing.exit_code == 0, listing.output[:500]
    else:
        assert_user_error(listing, path, fragment)


# Markdown nested a few thousand deep.

def test_markdown_lists_nested_thousands_deep_are_flattened(tmp_path):
    items = "".join("  " * depth + f"- item{depth}\n" for depth in range(3000))
    article = write(tmp_path, "deep.md", "# Deep\n\n" + items)
    result = run("inspect", article)
    assert result.exit_code == 0, result.output[:500]
    assert all(f"item{depth}" in result.stdout for depth in range(0, 3000, 7)), "every word is kept"


@pytest.mark.parametrize("body", [
    '<div markdown="1">\n' * 1000 + "text\n" + "</div>\n" * 1000,
], ids=["markdown-in-html-1000-deep"])
def test_markdown_too_deep_to_read_is_a_user_error(tmp_path, body):
    article = write(tmp_path, "deep.md", "# Deep\n\n" + body)
    assert_user_error(run("inspect", article), article, "deep")


# A Jekyll file name with an impossible date.

def test_jekyll_file_name_with_an_impossible_date_names_the_file(tmp_path):
    article = write(tmp_path, "2020-13-45-post.md", "---\ntitle: A post\n---\n\nSome text.\n")
    line = assert_user_error(run("build", article, "-o", tmp_path / "post.pdf"), article, "2020-13-45")
    assert "theme" not in line
    assert not (tmp_path / "post.pdf").exists()


def test_jekyll_file_name_with_a_real_date_still_dates_the_post(tmp_path):
    article = write(tmp_path, "2020-02-29-post.md", "---\ntitle: A post\n---\n\nSome text.\n")
    result = run("inspect", article)
    assert result.exit_code == 0 and '"date": "2020-02-29"' in result.stdout


# YAML aliases (billion laughs) must never reach an error message whole.

def alias_bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


LAST = "*a5"  # 9**6 = 531,441 leaves: a few MB when printed whole


@pytest.mark.parametrize("fields", [
    f"date: {LAST}", f"timeline: [{LAST}]", f"timeline: [{{date: {LAST}, text: x}}]",
    f"timeline: {{{LAST}: x}}", f"title: {LAST}",
], ids=["date", "timeline-entry", "timeline-date", "timeline-key", "title"])
def test_alias_bomb_in_front_matter_is_not_printed(tmp_path, fields):
    article = write(tmp_path, "post.md", f"---\n{alias_bomb(6)}{fields}\n---\n\nSome text.\n")
    line = assert_user_error(run("inspect", article), article)
    assert len(line) < MAX_LINE + len(str(article))


def test_billion_laughs_in_a_sidecar_is_refused_quickly(tmp_path):
    article = write(tmp_path, "note.txt", "A title\n\nSome text of the note.\n")
    sidecar = write(tmp_path, "note.briefing.yaml", alias_bomb(9) + "date: *a8\n")  # 9**9 leaves
    line = assert_user_error(run("inspect", article), sidecar, "'date'")
    assert len(line) < MAX_LINE + len(str(sidecar))


@pytest.mark.parametrize("fields", [f"stylesheets: [{LAST}]", f"defaults: {{paper: {LAST}}}",
                                    f"defaults: {{marking: {LAST}}}", f"name: {LAST}"],
                         ids=["stylesheet", "paper", "marking", "name"])
def test_alias_bomb_in_a_theme_manifest_is_not_printed(tmp_path, fields):
    path = make_theme(tmp_path, alias_bomb(6) + fields + "\n")
    line = assert_user_error(run("themes", "--theme-dir", tmp_path / "themes"), path)
    assert len(line) < MAX_LINE + len(str(path))


# Inputs are read only from regular files, capped by the bytes actually read.

def test_a_device_is_refused(tmp_path):
    article = tmp_path / "zero.txt"
    article.symlink_to("/dev/zero")
    assert_user_error(run("inspect", article), article, "not a regular file")


@contextmanager
def fifo_with_a_writer(path: Path, data: bytes):
    """A FIFO with a thread waiting to write `data` into it (so an old reader never hangs)."""
    os.mkfifo(path)

    def writer():
        try:
            with open(path, "wb") as pipe:
                pipe.write(data)
        except OSError:
            pass

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        yield path
    finally:
        unblock = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # frees a writer still waiting
        thread.join()
        os.close(unblock)


def test_a_fifo_is_refused(tmp_path):
    with fifo_with_a_writer(tmp_path / "pipe.txt", b"A title\n\nSome text.\n") as article:
        assert_user_error(run("inspect", article), article, "not a regular file")


def test_a_socket_is_refused(tmp_path):
    article = tmp_path / "sock.txt"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(article))
        assert_user_error(run("inspect", article), article, "not a regular file")
    finally:
        server.close()


def test_a_fifo_as_a_sidecar_is_refused(tmp_path):
    article = write(tmp_path, "note.txt", "A title\n\nSome text of the note.\n")
    with fifo_with_a_writer(tmp_path / "note.briefing.yaml", b"title: From the pipe\n") as sidecar:
        assert_user_error(run("inspect", article), sidecar, "not a regular file")


@pytest.mark.skipif(not os.path.isfile("/proc/self/status"), reason="needs /proc")
def test_the_size_cap_counts_bytes_read_not_st_size(tmp_path):
    article = tmp_path / "status.txt"
    article.symlink_to("/proc/self/status")  # a regular file whose st_size is 0
    assert os.stat(article).st_size == 0
    assert_user_error(run("inspect", article, "--max-input-mb", "0.0001"), article, "over the 0.0001 MB limit")


def test_standard_input_is_still_read():
    result = run("inspect", "-", stdin="A title\n\nSome text from a pipe.\n")
    assert result.exit_code == 0 and "Some text from a pipe." in result.stdout


# An image name too long for the file system.

LONG = "a" * 300


@pytest.mark.parametrize("src", [f"{LONG}.png", f"{LONG}/b.png", "a/" * 3000 + "b.png"],
                         ids=["long-name", "long-folder", "long-path"])
def test_html_image_name_too_long_is_left_out(tmp_path, src):
    article = write(tmp_path, "long.html", page(extra=f'<img src="{src}">'))
    result = run("inspect", article)
    assert result.exit_code == 0, result.output[:500]
    assert "1 image left out" in result.stdout


def test_markdown_image_name_too_long_is_no_internal_error(tmp_path):
    article = write(tmp_path, "long.md", f"# Long\n\nSome text.\n\n![x]({LONG}.png)\n\n![y]({LONG}/b.png)\n")
    result = run("inspect", article)
    assert result.exit_code == 0, result.output[:500]


# The reader boundary: malformed input becomes an InputError naming the file; a bug stays a bug.

def _raiser(exc: BaseException):
    def parse(*args, **kwargs):
        raise exc
    return parse


@pytest.mark.parametrize("exc, fragment", [
    (ValueError("bad value " + "x" * 10_000), "bad value"),
    (TypeError("wrong type"), "wrong type"),
    (RecursionError("maximum recursion depth exceeded"), "nest"),
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "invalid start byte"),
], ids=["ValueError", "TypeError", "RecursionError", "UnicodeDecodeError"])
def test_malformed_input_errors_become_one_line_naming_the_file(tmp_path, monkeypatch, exc, fragment):
    article = write(tmp_path, "note.txt", "A title\n\nSome text of the note.\n")
    monkeypatch.setattr("briefing.readers.text.parse", _raiser(exc))
    line = assert_user_error(run("inspect", article), article, fragment)
    assert len(line) < MAX_LINE + len(str(article))


def test_a_bug_in_a_reader_is_still_an_internal_error(tmp_path, monkeypatch):
    article = write(tmp_path, "note.txt", "A title\n\nSome text of the note.\n")
    monkeypatch.setattr("briefing.readers.text.parse", _raiser(ZeroDivisionError("division by zero")))
    result = run("inspect", article)
    assert result.exit_code == 70
    assert result.stderr.strip().startswith("briefing: internal error: ZeroDivisionError")


def test_a_bug_while_merging_the_sidecar_is_still_an_internal_error(tmp_path, monkeypatch):
    article = write(tmp_path, "note.txt", "A title\n\nSome text of the note.\n")
    write(tmp_path, "note.briefing.yaml", "title: Another\n")
    monkeypatch.setattr("briefing.readers.merge_sidecar", _raiser(KeyError("a bug")))
    assert run("inspect", article).exit_code == 70
