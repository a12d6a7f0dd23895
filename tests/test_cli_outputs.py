"""Where `briefing build` writes: a file, a folder, standard output; never over the
user's own files; the input's problem named before the output's (issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli

from .conftest import ROOT

ARTICLE = "A Short Report\n\nBackground\n\nThe committee met on 12 March 2021 and agreed a plan.\n"


def invoke(*args: object, **kwargs):
    return CliRunner().invoke(cli, [str(a) for a in args], **kwargs)


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_output_dash_streams_the_pdf_to_stdout(article, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "briefing", "build", str(article), "-o", "-"],
                          capture_output=True, cwd=tmp_path, timeout=300,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(b"%PDF-")
    (tmp_path / "streamed.pdf").write_bytes(proc.stdout)
    assert "A Short Report" in PdfReader(tmp_path / "streamed.pdf").pages[0].extract_text()
    assert not (tmp_path / "-").exists()
    assert proc.stderr.decode().strip().endswith("wrote the PDF to standard output (1 page)")


def test_a_folder_with_a_slash_is_created_and_the_pdf_named_after_the_article(article, tmp_path):
    result = invoke("build", article, "-o", f"{tmp_path / 'briefings'}/")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "briefings" / "report.pdf").is_file()
    assert not (tmp_path / "briefings").is_file()


def test_an_existing_folder_gets_the_pdf_inside_it(article, tmp_path):
    folder = tmp_path / "existing"
    folder.mkdir()
    result = invoke("build", article, "-o", folder)
    assert result.exit_code == 0, result.output
    assert (folder / "report.pdf").is_file()


def test_the_article_itself_is_never_overwritten(article):
    before = article.read_bytes()
    result = invoke("build", article, "-o", article)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"briefing: error: {article}: exists and is not a PDF; pass --force to replace it"
    forced = invoke("build", article, "-o", article, "--force")
    assert forced.exit_code == 2
    assert "refusing to write over" in forced.stderr
    assert article.read_bytes() == before


def test_a_file_that_is_not_a_pdf_is_replaced_only_with_force(article, tmp_path):
    notes = tmp_path / "notes.pdf"
    notes.write_text("my own notes, not a PDF", encoding="utf-8")
    result = invoke("build", article, "-o", notes)
    assert result.exit_code == 2 and "pass --force" in result.stderr
    assert notes.read_text(encoding="utf-8") == "my own notes, not a PDF"
    assert invoke("build", article, "-o", notes, "--force").exit_code == 0
    assert notes.read_bytes().startswith(b"%PDF-")


def test_the_missing_input_is_named_before_the_missing_output_folder(tmp_path):
    result = invoke("build", tmp_path / "notes" / "article.md")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"briefing: error: {tmp_path / 'notes' / 'article.md'}: no such file"
