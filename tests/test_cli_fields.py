"""`--title`, `--subtitle`, `--author`, `--date` and `--source`: metadata a user states over
what the article says (issue 14), on build and inspect."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli

from .conftest import pdf_text

NOTES = ("Some notes on the harbour.\n\n"
         "The council approved the dredging plan on Tuesday after a long debate in the chamber.\n\n"
         "Work on the outer bar starts in May and is to take about eighteen months.\n")


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)))


def test_build_prints_the_given_title_author_date_and_source(tmp_path):
    article = tmp_path / "notes.txt"
    article.write_text(NOTES, encoding="utf-8")
    target = tmp_path / "notes.pdf"
    result = run("build", article, "-o", target, "--title", "Harbour dredging plan", "--author", "Ana Ruiz",
                 "--author", "Li Wei", "--date", "March 5, 2024", "--source", "The Coastal Courier")
    assert result.exit_code == 0, result.output
    assert "no title" not in result.stderr and "no author" not in result.stderr
    text = pdf_text(target)
    assert text.index("Harbour dredging plan") < text.index("The council approved")
    for shown in ("Ana Ruiz and Li Wei", "5 March 2024", "The Coastal Courier"):
        assert shown in text
    info = PdfReader(target).metadata
    assert info.title == "Harbour dredging plan"
    assert "Ana Ruiz" in info.author


def test_without_a_title_build_says_so_and_names_the_option(tmp_path):
    article = tmp_path / "notes.txt"
    article.write_text(NOTES, encoding="utf-8")
    result = run("build", article, "-o", tmp_path / "notes.pdf")
    assert result.exit_code == 0, result.output
    assert "the title is taken from the file name (--title gives one)" in result.stderr


def test_inspect_shows_the_given_fields_over_the_articles(tmp_path):
    article = tmp_path / "notes.md"
    article.write_text("---\ntitle: Draft title\nauthor: Someone Else\ndate: 2020-01-01\n---\n\n" + NOTES,
                       encoding="utf-8")
    result = run("inspect", article, "--title", "Harbour dredging plan", "--subtitle", "What the council chose",
                 "--date", "2024-03-05")
    assert result.exit_code == 0, result.output
    meta = json.loads(result.stdout)["metadata"]
    assert meta["title"] == "Harbour dredging plan"
    assert meta["subtitle"] == "What the council chose"
    assert meta["date"] == "2024-03-05"
    assert meta["author"] == "Someone Else"  # not given: the article's stays


def test_a_date_that_is_not_one_is_a_user_error(tmp_path):
    article = tmp_path / "notes.txt"
    article.write_text(NOTES, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "briefing", "build", str(article), "-o",
                             str(tmp_path / "notes.pdf"), "--date", "next week"], capture_output=True, text=True)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--date" in lines[0] and "'next week' is not a date" in lines[0]
    assert not (tmp_path / "notes.pdf").exists()


def test_a_source_given_as_a_web_address_shows_its_domain_and_keeps_the_address(tmp_path):
    article = tmp_path / "notes.txt"
    article.write_text(NOTES, encoding="utf-8")
    result = run("inspect", article, "--source", "https://www.courier.example/news/harbour-plan")
    assert result.exit_code == 0, result.output
    meta = json.loads(result.stdout)["metadata"]
    assert (meta["source"], meta["url"]) == ("courier.example", "https://www.courier.example/news/harbour-plan")
