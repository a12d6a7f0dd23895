"""Exit codes a script can rely on: 0 success, 1 some articles failed, 2 a user error,
70 an internal error (a bug), whatever `--debug` says; and no temporary folder left."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

from .conftest import ROOT

ARTICLE = "A Short Report\n\nBackground\n\nThe committee met on 12 March 2021 and agreed a plan.\n"


def invoke(*args: object, debug: bool = False):
    return CliRunner().invoke(cli, (["--debug"] if debug else []) + [str(a) for a in args])


@pytest.fixture
def articles(tmp_path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return src


def _bug(*args, **kwargs):
    raise RuntimeError("a bug in briefing")


@pytest.mark.parametrize("debug", [False, True])
def test_build_exit_codes(articles, tmp_path, monkeypatch, debug):
    ok = invoke("build", articles / "good.txt", "-o", tmp_path / "good.pdf", debug=debug)
    assert ok.exit_code == 0, ok.output
    user = invoke("build", articles / "missing.txt", debug=debug)
    assert user.exit_code == 2
    assert user.stderr.strip().splitlines()[-1] == f"briefing: error: {articles / 'missing.txt'}: no such file"
    monkeypatch.setattr("briefing.pipeline.build_article", _bug)
    bug = invoke("build", articles / "good.txt", "-o", tmp_path / "bug.pdf", debug=debug)
    assert bug.exit_code == 70
    assert bug.stderr.strip().splitlines()[-1].startswith("briefing: internal error: RuntimeError: a bug in briefing")
    assert ("Traceback (most recent call last)" in bug.stderr) is debug
    assert not (tmp_path / "bug.pdf").exists()


@pytest.mark.parametrize("debug", [False, True])
def test_batch_exit_codes(articles, tmp_path, monkeypatch, debug):
    out = tmp_path / "out"
    ok = invoke("batch", articles, "-o", out, "--jobs", "1", debug=debug)
    assert ok.exit_code == 0, ok.output
    (articles / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    some = invoke("batch", articles, "-o", out, "--jobs", "1", debug=debug)
    assert some.exit_code == 1
    assert "failed 1 of 2 articles" in some.stderr
    user = invoke("batch", tmp_path / "nowhere", "-o", out, debug=debug)
    assert user.exit_code == 2
    assert user.stderr.strip().splitlines()[-1] == f"briefing: error: {tmp_path / 'nowhere'}: no such file or folder"
    monkeypatch.setattr("briefing.batch.run._plan", _bug)
    bug = invoke("batch", articles, "-o", out, debug=debug)
    assert bug.exit_code == 70
    assert bug.stderr.strip().splitlines()[-1].startswith("briefing: internal error: RuntimeError")
    assert ("Traceback (most recent call last)" in bug.stderr) is debug


def test_a_damaged_pdf_in_the_book_is_named_not_a_crash(articles, tmp_path):
    out = tmp_path / "out"
    assert invoke("batch", articles, "-o", out, "--jobs", "1").exit_code == 0
    (out / "good.pdf").write_bytes(b"%PDF-1.7 not really")
    os.utime(out / "good.pdf", ns=(0, (articles / "good.txt").stat().st_mtime_ns + 10**9))
    (out / "good.pdf").touch()
    result = invoke("batch", articles, "-o", out, "--combine", tmp_path / "book.pdf")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"briefing: error: {out / 'good.pdf'}: cannot add it")
    assert not (tmp_path / "book.pdf").exists()


def _font_face_theme(tmp_path: Path) -> Path:
    """A user theme whose stylesheet loads a font with @font-face (WeasyPrint then keeps a
    temporary folder for the font)."""
    theme = tmp_path / "themes" / "fontface"
    theme.mkdir(parents=True)
    fonts = sorted(Path("/usr/share/fonts/truetype/dejavu").glob("DejaVuSans.ttf"))
    assert fonts, "fonts-dejavu-core is installed by scripts/setup.sh"
    shutil.copyfile(fonts[0], theme / "body.ttf")
    (theme / "theme.yaml").write_text("name: fontface\nparent: policy\nstylesheets: [face.css]\n",
                                      encoding="utf-8")
    (theme / "face.css").write_text("@font-face { font-family: Body; src: url(body.ttf); }\n"
                                    "body { font-family: Body; }\n", encoding="utf-8")
    return theme.parent


@pytest.mark.parametrize("command", ["build", "batch"])
def test_no_temporary_folder_is_left_with_a_font_face_theme(articles, tmp_path, command):
    themes = _font_face_theme(tmp_path)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    target = ["-o", str(tmp_path / "out.pdf")] if command == "build" else ["-o", str(tmp_path / "out")]
    source = articles / "good.txt" if command == "build" else articles
    if command == "batch":  # more articles than jobs: the warm-up runs in the batch process too
        for i in range(3):
            (articles / f"more-{i}.txt").write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "briefing", command, str(source), *target,
                           "--theme-dir", str(themes), "--theme", "fontface", "--strict"],
                          env=dict(os.environ, TMPDIR=str(tmp), PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert list(tmp.iterdir()) == []


def test_the_control_weasyprint_does_make_a_font_folder(articles, tmp_path):
    """Without our clean-up WeasyPrint leaves its folder when the process leaves with
    os._exit: the test above would see it."""
    themes = _font_face_theme(tmp_path)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    probe = ("import os, sys\n"
             "import briefing\n"
             f"briefing.build({str(articles / 'good.txt')!r}, theme='fontface', theme_dirs=[{str(themes)!r}])\n"
             "os._exit(0)\n")
    proc = subprocess.run([sys.executable, "-c", probe], env=dict(os.environ, TMPDIR=str(tmp)),
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert [p.name[:11] for p in tmp.iterdir()] == ["weasyprint-"]


