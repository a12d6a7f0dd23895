"""Settings kept with the articles: briefing.toml or [tool.briefing], nearest folder up;
the command line wins; unknown keys and wrong values name the file and line (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli

from .conftest import pdf_text

ARTICLE = ("A Short Report\n\nBackground\n\nThe committee met on 12 March 2021 and agreed a plan. "
           "The plan covers the budget, the staff and the timetable for the next two years. "
           "Officials said the budget would grow. Critics said the timetable was too tight. "
           "The chair promised a review of the staff numbers by the end of the year. "
           "A second meeting will settle the timetable in May.\n")


def invoke(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """A project folder with an article in a subfolder, worked in from the subfolder."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "report.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "articles")
    return tmp_path


def points(result) -> int:
    assert result.exit_code == 0, result.output
    return len(json.loads(result.stdout)["key_points"])


def test_settings_in_a_parent_folder_apply_and_the_command_line_wins(folder):
    (folder / "briefing.toml").write_text('key-points = 2\nmarking = "TLP:AMBER"\n', encoding="utf-8")
    assert points(invoke("inspect", "report.txt")) == 2
    assert points(invoke("inspect", "report.txt", "--key-points", "3")) == 3
    assert invoke("build", "report.txt", "-o", "report.pdf").exit_code == 0
    assert "TLP:AMBER" in pdf_text(folder / "articles" / "report.pdf", strip_margins=False)


def test_tool_briefing_in_pyproject(folder):
    (folder / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.briefing]\nkey_points = 1\n',
                                           encoding="utf-8")
    assert points(invoke("inspect", "report.txt")) == 1


def test_theme_folders_are_relative_to_the_settings_file(folder):
    assert invoke("themes", "new", "house", "--dir", folder / "mythemes").exit_code == 0
    (folder / "briefing.toml").write_text('theme = "house"\ntheme_dirs = ["mythemes"]\n', encoding="utf-8")
    result = invoke("build", "report.txt", "-o", "report.pdf")
    assert result.exit_code == 0, result.output
    shown = invoke("config")
    assert f"theme = 'house'  # {folder / 'briefing.toml'}:1" in shown.stdout
    assert f"theme_dirs = ['{folder / 'mythemes'}']" in shown.stdout


@pytest.mark.parametrize("text, message", [
    ('theme = "policy"\n\ncolour = "red"\n', "line 3: unknown setting 'colour'"),
    ('key_points = "five"\n', "line 1: key_points must be a number of at least 0, not 'five'"),
    ('paper = "A3"\n', "line 1: paper must be one of a4, letter, a5, legal, not 'A3'"),
    ('strict = 1\n', "line 1: strict must be true or false, not 1"),
    ('lang = "French!"\n', "line 1: lang must be a language code such as fr, ja or pt-BR, not 'French!'"),
    ('theme = [\n', "not valid TOML"),
])
def test_a_bad_setting_names_the_file_and_line(folder, text, message):
    (folder / "briefing.toml").write_text(text, encoding="utf-8")
    result = invoke("inspect", "report.txt")
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith(f"briefing: error: {folder / 'briefing.toml'}: ") and message in line, line


def test_without_a_settings_file_config_shows_the_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shown = invoke("config")
    assert shown.exit_code == 0
    assert "# settings file: none (defaults only)" in shown.stdout
    assert "theme = 'policy'  # default" in shown.stdout


def test_config_shows_the_themes_folder_found_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "themes").mkdir()
    result = CliRunner().invoke(cli, ["config"])
    assert "theme_dirs = ['themes']  # default; ./themes/ found here" in result.output, result.output
