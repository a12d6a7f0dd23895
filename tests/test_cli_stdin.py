"""Standard input and `--from` (issue 17): the format is named or sniffed, the source is
not shown as a made-up file name, and messages call it "standard input" everywhere."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.readers import sniff_format

from .conftest import pdf_text

MARKDOWN = "# Harbour Plan\n\n## Background\n\nThe council approved the harbour plan on 12 March 2021.\n"


def invoke(*args: object, input: str | bytes | None = None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


@pytest.mark.parametrize("text, kind", [
    (MARKDOWN, "md"),
    ("---\ntitle: T\n---\nBody.\n", "md"),
    ("+++\ntitle = 'T'\n+++\nBody.\n", "md"),
    ("Harbour Plan\n\nSee section #1 of the plan. It was approved.\n", "txt"),
    ("\ufeff<!DOCTYPE html>\n<html><body><p>x</p></body></html>", "html"),
    ("<!-- saved -->\n<html lang='en'><body><p>x</p></body></html>", "html"),
    ("<p>A fragment is no page</p> with text.", "txt"),
])
def test_standard_input_is_sniffed(text, kind):
    assert sniff_format(text) == kind


def test_markdown_on_standard_input_is_read_as_markdown(tmp_path):
    result = invoke("build", "-", "-o", tmp_path / "x.pdf", input=MARKDOWN)
    assert result.exit_code == 0, result.output
    text = pdf_text(tmp_path / "x.pdf", strip_margins=False)
    assert "Harbour Plan" in text and "# Harbour" not in text
    assert "stdin" not in text and "Source" not in text  # no made-up file name as the source


def test_from_overrides_the_sniffing_and_the_suffix(tmp_path):
    as_text = json.loads(invoke("inspect", "--from", "txt", "-", input=MARKDOWN).stdout)
    assert as_text["metadata"]["title"] == "# Harbour Plan"
    odd = tmp_path / "note.article"
    odd.write_text(MARKDOWN, encoding="utf-8")
    refused = invoke("inspect", odd)
    assert refused.exit_code == 2 and "unsupported file type '.article'" in refused.stderr
    read = json.loads(invoke("inspect", "--from", "MD", odd).stdout)
    assert read["metadata"]["title"] == "Harbour Plan"


def test_messages_name_standard_input_as_such(tmp_path):
    result = invoke("build", "-", "-o", tmp_path / "x.pdf", input="Just a title\n\nNo dates in this text at all.\n")
    assert result.exit_code == 0, result.output
    assert "briefing: note: standard input: no dated events found" in result.stderr, result.stderr
    empty = invoke("build", "-", "-o", tmp_path / "y.pdf", input="")
    assert empty.exit_code == 2
    assert empty.stderr.startswith("briefing: error: standard input: "), empty.stderr
    assert not (tmp_path / "y.pdf").exists()


def test_from_in_the_settings_file_is_checked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefing.toml").write_text('input_format = "docx"\n', encoding="utf-8")
    result = invoke("inspect", "-", input=MARKDOWN)
    assert result.exit_code == 2
    assert "line 1: input_format must be one of txt, md, html" in result.stderr, result.stderr


@pytest.mark.parametrize("name, body, why", [
    # a Markdown post names an image from its site's root; --site-root says where that is
    ("post.md", "# Images\n\n## Part\n\nThe plan was approved on 3 May 2021.\n\n![one](../secret.png)\n\n"
                "![two](/etc/hosts.png)\n\n![three](https://example.org/x.png)\n",
     "1 named from the site's root (--site-root DIR reads them); 1 outside the article's folder"),
    ("page.html", "<html><body><article><h1>Images</h1><p>The plan was approved on 3 May 2021 after a long"
                  " debate.</p><img src='../secret.png'><img src='/etc/x.png'>"
                  "<img src='https://example.org/x.png'></article></body></html>",
     "2 outside the article's folder"),
])
def test_images_left_out_are_one_line_per_article_for_every_reader(tmp_path, name, body, why):
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / name).write_text(body, encoding="utf-8")
    result = invoke("build", folder / name, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "image" in line.rsplit(".", 1)[-1].lower()]
    assert lines == [f"briefing: warning: {folder / name}: 3 images left out: {why}; "
                     "1 remote (--allow-remote fetches remote ones)"], result.stderr


def test_a_plain_text_byline_gives_the_author_not_a_heading(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Harbour Plan\n\nBy Ann Author\n\nThe council approved the plan on 12 March 2021.\n\n"
                       "Work starts in June 2022.\n", encoding="utf-8")
    result = invoke("build", article, "-o", tmp_path / "a.pdf")
    assert result.exit_code == 0, result.output
    assert "no author found" not in result.stderr
    text = pdf_text(tmp_path / "a.pdf", strip_margins=False)
    assert "Ann Author" in text
    from pypdf import PdfReader

    reader = PdfReader(tmp_path / "a.pdf")
    assert reader.metadata.author == "Ann Author"
    assert all("Ann Author" not in item.title for item in reader.outline if hasattr(item, "title"))
