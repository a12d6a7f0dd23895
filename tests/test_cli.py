"""The command line: exit codes, one-line errors, inspect's JSON, fast start-up."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from briefing import __version__
from briefing.cli import cli

from .conftest import SAMPLE


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)))


def test_help_and_version():
    assert run("--help").exit_code == 0
    for command in ("build", "inspect", "themes"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output
    assert __version__ in run("--version").output


def test_help_does_not_import_heavy_libraries():
    code = ("import sys; from briefing.cli import cli\n"
            "heavy = [m for m in ('weasyprint', 'markdown', 'lxml', 'nh3', 'yaml') if m in sys.modules]\n"
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_inspect_prints_the_parsed_sample():
    result = run("inspect", SAMPLE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["sections"]) == 17
    assert data["metadata"]["author"] == "Cassie Grissom"
    assert data["metadata"]["bio"].startswith("Cassie Grissom is an American journalist")
    assert data["metadata"]["reader"] == "text"
    assert "Leave a Comment" not in result.stdout
    assert len(data["key_points"]) == 5
    assert all(p["section"] is not None for p in data["key_points"])
    assert all(p["section_heading"] == data["sections"][p["section"]]["heading"] for p in data["key_points"])


def test_missing_file_is_one_line_exit_2(tmp_path):
    result = run("build", tmp_path / "nope.txt")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"briefing: error: {tmp_path / 'nope.txt'}: no such file"]
    assert "Traceback" not in result.output


def test_unknown_theme_lists_the_available_ones(tmp_path):
    result = run("build", SAMPLE, "-o", tmp_path / "x.pdf", "--theme", "nonesuch")
    assert result.exit_code == 2
    assert "unknown theme 'nonesuch'" in result.stderr and "policy" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_missing_output_folder(tmp_path):
    result = run("build", SAMPLE, "-o", tmp_path / "no" / "x.pdf")
    assert result.exit_code == 2
    assert "output folder does not exist" in result.stderr


def test_empty_article(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    result = run("build", empty)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"briefing: error: {empty}: the file is empty"
    assert list(tmp_path.iterdir()) == [empty]


def test_debug_shows_the_traceback(tmp_path):
    result = CliRunner().invoke(cli, ["--debug", "build", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "Traceback (most recent call last)" in result.stderr
    assert result.stderr.strip().splitlines()[-1] == f"briefing: error: {tmp_path / 'nope.txt'}: no such file"


def test_build_writes_next_to_the_article_and_notes_missing_timeline(tmp_path):
    article = tmp_path / "note.md"
    article.write_text("---\ntitle: A note\nauthor: Ann Example\n---\n\n## Point\n\n"
                       "This note has no dates in it at all, only a plain statement of fact.\n")
    result = run("build", article)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "note.pdf").is_file()
    assert "no dated events found; the timeline box is left out" in result.stderr


def test_python_m_briefing():
    out = subprocess.run([sys.executable, "-m", "briefing", "--version"], capture_output=True,
                         text=True, check=True)
    assert __version__ in out.stdout


def test_build_from_standard_input(tmp_path):
    text = "Piped Title\n\nA Heading\n\nSome text that arrives on a pipe, written in March 2019.\n"
    out = tmp_path / "piped.pdf"
    result = CliRunner().invoke(cli, ["build", "-", "-o", str(out)], input=text)
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stderr and "(1 page)" in result.stderr
    from .conftest import pdf_text

    assert "Some text that arrives on a pipe" in pdf_text(out)


def test_standard_input_needs_an_output():
    result = CliRunner().invoke(cli, ["build", "-"], input="Title\n\nText.\n")
    assert result.exit_code == 2
    assert "needs -o/--output" in result.stderr


def test_console_entry_point_builds_and_exits_cleanly(tmp_path):
    """`main()` skips interpreter teardown after a build: output must be complete."""
    from pypdf import PdfReader

    out = tmp_path / "main.pdf"
    proc = subprocess.run([sys.executable, "-m", "briefing", "build", str(SAMPLE), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().endswith(f"wrote {out} ({len(PdfReader(out).pages)} pages)")
    assert PdfReader(out).metadata.title == "Does China Care About North Korea"
    failed = subprocess.run([sys.executable, "-m", "briefing", "build", str(tmp_path / "x.txt")],
                            capture_output=True, text=True)
    assert failed.returncode == 2 and "no such file" in failed.stderr
