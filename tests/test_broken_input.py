"""Broken input: each row ends with one line on stderr naming the file and the problem,
exit code 2, no traceback, and no file written (an existing PDF is kept intact)."""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

from .conftest import SAMPLE

OLD_PDF = b"%PDF-1.7 an earlier, good briefing"


def build(args: list, tmp_path: Path, output: Path | None = None):
    """Run `briefing build`; the output defaults to an existing PDF that must survive."""
    if output is None:
        output = tmp_path / "existing.pdf"
        output.write_bytes(OLD_PDF)
    result = CliRunner().invoke(cli, ["build", *map(str, args), "-o", str(output)])
    return result, output


def assert_user_error(result, *fragments: str):
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("briefing: error: ")
    for fragment in fragments:
        assert fragment in lines[0]
    assert "Traceback" not in result.output


def assert_untouched(tmp_path: Path, output: Path, *inputs: Path):
    assert output.read_bytes() == OLD_PDF
    left = {p for p in tmp_path.rglob("*") if p.is_file()}
    assert left == {output, *inputs}, "no temporary or partial file left behind"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("content", ["", "   \n\t\n  "], ids=["empty", "whitespace-only"])
def test_empty_file(tmp_path, content):
    article = write(tmp_path, "empty.txt", content)
    result, output = build([article], tmp_path)
    assert_user_error(result, str(article), "the file is empty")
    assert_untouched(tmp_path, output, article)


def test_a_saved_bot_check_screen(tmp_path):
    """A site's protection served its "please wait" screen and the user saved that: an empty
    briefing under the file's name was written."""
    page = write(tmp_path, "story.html", "<html><head><title>Just a moment...</title></head><body><h1>Checking "
                                         "your browser before accessing example.com.</h1></body></html>")
    result, output = build([page], tmp_path)
    assert_user_error(result, str(page), "bot check")
    assert_untouched(tmp_path, output, page)


def _zip_bytes(tmp_path: Path) -> bytes:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("x.txt", "hello")
    data = archive.read_bytes()
    archive.unlink()
    return data


@pytest.mark.parametrize("kind, data, what", [
    ("pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "is a PDF file"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "is a PNG image"),
    ("zip", None, "is a zip archive"),
])
def test_binary_file_renamed_txt(tmp_path, kind, data, what):
    article = write(tmp_path, f"{kind}.txt", data if data is not None else _zip_bytes(tmp_path))
    result, output = build([article], tmp_path)
    assert_user_error(result, str(article), what, "not a text article")
    assert_untouched(tmp_path, output, article)


def test_undecodable_bytes(tmp_path):
    import random

    rng = random.Random(7)
    article = write(tmp_path, "noise.txt", bytes(rng.randrange(128, 256) for _ in range(4000)))
    result, output = build([article], tmp_path)
    assert_user_error(result, str(article), "cannot decode the text")
    assert_untouched(tmp_path, output, article)


def test_malformed_yaml_front_matter(tmp_path):
    article = write(tmp_path, "bad.md", "---\ntitle: Fine\nauthor: [unclosed\ndate: 2020-01-01\n---\n\nBody.\n")
    result, output = build([article], tmp_path)
    assert_user_error(result, str(article), "malformed YAML at line 3")
    assert_untouched(tmp_path, output, article)


def test_malformed_toml_front_matter(tmp_path):
    article = write(tmp_path, "bad.md", '+++\ntitle = "Fine"\ndate = \n+++\n\nBody.\n')
    result, output = build([article], tmp_path)
    assert_user_error(result, str(article), "malformed TOML front matter", "line 2")
    assert_untouched(tmp_path, output, article)


def test_front_matter_field_of_the_wrong_type(tmp_path):
    article = write(tmp_path, "typed.md", "---\ntitle: Fine\ndate: [1, 2]\n---\n\nBody.\n")
    result, output = build([article], tmp_path)
    assert_user_error(result, str(article), "'date' is not a date")
    assert_untouched(tmp_path, output, article)


def test_missing_input(tmp_path):
    result, output = build([tmp_path / "absent.txt"], tmp_path)
    assert_user_error(result, str(tmp_path / "absent.txt"), "no such file")
    assert_untouched(tmp_path, output)


def test_directory_instead_of_a_file(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    result, output = build([folder], tmp_path)
    assert_user_error(result, str(folder), "is a directory")
    assert_untouched(tmp_path, output)


def test_output_folder_does_not_exist(tmp_path):
    result, output = build([SAMPLE], tmp_path, output=tmp_path / "missing" / "out.pdf")
    assert_user_error(result, str(tmp_path / "missing"), "output folder does not exist")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not os.path.isdir("/sys"), reason="needs a read-only /sys")
def test_output_folder_cannot_be_written(tmp_path):
    result, _ = build([SAMPLE], tmp_path, output=Path("/sys/briefing-test.pdf"))
    assert_user_error(result, "/sys", "permission denied")
    assert not Path("/sys/briefing-test.pdf").exists()


def test_full_disk(tmp_path, monkeypatch):
    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    result, output = build([SAMPLE], tmp_path)
    assert_user_error(result, str(output), "no space left on the device")
    assert_untouched(tmp_path, output)


def test_unknown_theme(tmp_path):
    result, output = build([SAMPLE, "--theme", "nonesuch"], tmp_path)
    assert_user_error(result, "unknown theme 'nonesuch'", "the built-in themes; found: ", "policy")
    assert_untouched(tmp_path, output)


def test_theme_with_a_template_error(tmp_path):
    theme = tmp_path / "broken-theme"
    theme.mkdir()
    (theme / "theme.yaml").write_text("name: broken\nparent: policy\n")
    template = theme / "briefing.html.j2"
    template.write_text('{% extends "base/briefing.html.j2" %}\n\n{% block kicker %}{% if %}{% endblock %}\n')
    result, output = build([SAMPLE, "--theme", theme], tmp_path)
    assert_user_error(result, str(template), "template error at line 3")
    assert_untouched(tmp_path, output, theme / "theme.yaml", template)


def test_article_over_the_size_limit(tmp_path):
    article = write(tmp_path, "big.txt", "Title\n\n" + "A sentence of text. " * 200)
    result, output = build([article, "--max-input-mb", "0.001"], tmp_path)
    assert_user_error(result, str(article), "over the 0.001 MB limit", "--max-input-mb")
    assert_untouched(tmp_path, output, article)
