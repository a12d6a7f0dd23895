"""The theme system: listing, loading, user themes, errors, and the `themes` commands."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing import themes
from briefing.cli import cli
from briefing.errors import ThemeError

from .conftest import FIXTURES, SAMPLE

BUILTIN = ["intelligence", "minimal", "newsletter", "policy"]


def test_builtin_themes_have_descriptions():
    listed = themes.available()
    assert list(listed) == BUILTIN
    assert all(listed.values())


def test_themes_command_lists_by_default():
    result = CliRunner().invoke(cli, ["themes", "--theme-dir", str(FIXTURES / "themes")])
    assert result.exit_code == 0, result.output
    names = [line.split()[0] for line in result.output.splitlines()]
    assert names == sorted(BUILTIN + ["broken", "icon-glyph"])
    assert "Government briefing note" in result.output


def test_unknown_theme_lists_the_folders_searched_and_the_themes_found(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(tmp_path / "x.pdf"), "--theme", "nope"])
    assert result.exit_code == 2
    assert ("unknown theme 'nope'; looked in the built-in themes; "
            "found: intelligence, minimal, newsletter, policy") in result.output
    assert CliRunner().invoke(cli, ["themes", "new", "mybrief"]).exit_code == 0
    (tmp_path / "mine").mkdir()
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(tmp_path / "x.pdf"), "--theme", "nope",
                                      "--theme-dir", "mine"])
    assert ("unknown theme 'nope'; looked in mine/, themes/, the built-in themes; "
            "found: intelligence, minimal, mybrief, newsletter, policy") in result.output, result.output


def test_a_theme_made_with_themes_new_is_found_without_theme_dir(tmp_path, monkeypatch):
    """`briefing themes new` writes ./themes/NAME; build, batch and `themes` find it there,
    after any --theme-dir and before the built-in themes."""
    monkeypatch.chdir(tmp_path)
    made = CliRunner().invoke(cli, ["themes", "new", "mybrief", "--from", "intelligence"])
    assert made.exit_code == 0 and "use it with --theme mybrief" in made.output, made.output
    manifest = tmp_path / "themes" / "mybrief" / "theme.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("paper: A4", "paper: A5"), encoding="utf-8")
    listed = CliRunner().invoke(cli, ["themes"])
    assert "mybrief" in listed.output
    built = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", "x.pdf", "--theme", "mybrief"])
    assert built.exit_code == 0, built.output
    width = float(PdfReader(tmp_path / "x.pdf").pages[0].mediabox.width)
    assert abs(width - 419.5) < 1  # A5: the theme's own manifest was used
    # A folder named with --theme-dir comes first: its theme of the same name wins.
    first = tmp_path / "first" / "mybrief"
    first.mkdir(parents=True)
    (first / "theme.yaml").write_text("name: mybrief\nparent: policy\n", encoding="utf-8")
    built = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", "y.pdf", "--theme", "mybrief",
                                     "--theme-dir", "first"])
    assert built.exit_code == 0, built.output
    assert abs(float(PdfReader(tmp_path / "y.pdf").pages[0].mediabox.width) - 595.3) < 1


def test_jinja_syntax_error_names_the_file_and_line():
    from briefing.pipeline import build_article

    with pytest.raises(ThemeError) as caught:
        build_article(SAMPLE, None, theme="broken", theme_dirs=[FIXTURES / "themes"])
    message = str(caught.value)
    assert str(FIXTURES / "themes" / "broken" / "briefing.html.j2") in message
    assert "line 3" in message


def test_theme_defaults_set_the_marking():
    assert themes.load("intelligence").defaults["marking"] == "UNCLASSIFIED"


def test_themes_new_copies_a_starting_point(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["themes", "new", "mybrief", "--from", "newsletter",
                                 "--dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "mybrief"
    assert sorted(p.name for p in folder.iterdir()) == ["briefing.html.j2", "theme.css", "theme.yaml"]
    theme = themes.load("mybrief", (tmp_path,))
    assert theme.name == "mybrief" and not theme.builtin
    assert theme.stylesheets[-1] == folder / "theme.css"
    # The copy renders, and an edit to it shows.
    (folder / "theme.css").write_text((folder / "theme.css").read_text()
                                      + "\n.kicker::after { content: ' (edited)'; }\n")
    from briefing.pipeline import build_article

    from .conftest import pdf_text

    pdf = build_article(SAMPLE, None, theme="mybrief", theme_dirs=[tmp_path]).pdf
    assert "The Briefing (edited)" in pdf_text(pdf)
    listed = runner.invoke(cli, ["themes", "--theme-dir", str(tmp_path)])
    assert "mybrief" in listed.output
    again = runner.invoke(cli, ["themes", "new", "mybrief", "--dir", str(tmp_path)])
    assert again.exit_code == 2 and "already exists" in again.output


def test_themes_new_rejects_bad_names(tmp_path):
    result = CliRunner().invoke(cli, ["themes", "new", "../evil", "--dir", str(tmp_path)])
    assert result.exit_code == 2 and "invalid theme name" in result.output


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_gallery_writes_a_png_per_theme_and_a_contact_sheet(tmp_path):
    from PIL import Image

    result = CliRunner().invoke(cli, ["themes", "gallery", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted([f"{n}.png" for n in BUILTIN] + ["themes.png"])
    sheet = Image.open(tmp_path / "themes.png")
    page = Image.open(tmp_path / "policy.png")
    assert sheet.width > 4 * page.width


def test_a_theme_says_whether_its_pack_prints_qr_codes_and_inherits_it(tmp_path):
    assert themes.load("policy").defaults["source_qr"] is True
    assert themes.load("newsletter").defaults.get("source_qr", False) is False
    child = tmp_path / "mine"
    child.mkdir()
    (child / "theme.yaml").write_text("name: mine\nparent: intelligence\n", encoding="utf-8")
    assert themes.load(child).defaults["source_qr"] is True
    (child / "theme.yaml").write_text("name: mine\nparent: policy\ndefaults:\n  source_qr: sometimes\n",
                                      encoding="utf-8")
    with pytest.raises(ThemeError, match="defaults.source_qr' must be true or false, not 'sometimes'"):
        themes.load(child)
