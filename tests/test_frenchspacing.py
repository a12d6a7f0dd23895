"""French spacing (render/frenchspacing.py): no-break spaces inside guillemets and before
the high punctuation of a French briefing, so that Le Point's "»" is never stranded at the
start of a line (issue 14, gathered6); other languages and code keep their spaces."""

from __future__ import annotations

from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli
from briefing.render.frenchspacing import spaced

ARTICLE = """---
title: {title}
lang: {lang}
date: 2023-11-02
---

Pour lui, c'était « le récit de ce qui allait se passer », et d'ailleurs : « c'est une pierre qui parle ! »

Le tribunal a rendu son jugement jeudi après une longue audience, a dit l'avocate.

    print("a : b ?")
"""


def _text(tmp_path, lang: str) -> str:
    source = tmp_path / f"{lang}.md"
    source.write_text(ARTICLE.format(title="Un imam condamné", lang=lang), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(source), "-o", str(tmp_path / f"{lang}.pdf")])
    assert result.exit_code == 0, result.output
    return "".join(page.extract_text() for page in PdfReader(tmp_path / f"{lang}.pdf").pages)


def test_a_french_briefing_sets_no_break_spaces_inside_guillemets_and_before_high_marks(tmp_path):
    text = _text(tmp_path, "fr")
    assert "«\u00a0le récit de ce qui allait se passer\u00a0»" in text
    assert "ailleurs\u00a0:" in text and "parle\u00a0!" in text
    assert 'print("a : b ?")' in text  # code as written


def test_another_language_keeps_its_spaces(tmp_path):
    assert "\u00a0»" not in _text(tmp_path, "en")


def test_spaced_joins_only_what_french_sets_together():
    assert spaced("« oui » : non ; peut-être ?") == "«\u00a0oui\u00a0»\u00a0: non\u00a0; peut-être\u00a0?"
    assert spaced("https://example.org et 10:30") == "https://example.org et 10:30"


def test_a_numbers_groups_of_digits_are_never_parted_at_a_line_end_in_any_language():
    """A German briefing broke "CHF 80 000" after "80" (review R9). A year before a number stays as it was."""
    from xml.etree import ElementTree

    from briefing.render.frenchspacing import french_spacing, grouped_digits

    assert grouped_digits("CHF 80 000 und 100 000") == "CHF 80\u00a0000 und 100\u00a0000"
    assert grouped_digits("1 250 000 Menschen") == "1\u00a0250\u00a0000 Menschen"
    assert grouped_digits("am 5. Mai 2019 300 Menschen") == "am 5. Mai 2019 300 Menschen"
    root = ElementTree.fromstring('<html lang="de"><body><p>CHF 80 000 <b>und</b> 100 000</p><code>80 000</code>'
                                  "</body></html>")
    french_spacing(root)
    assert ElementTree.tostring(root, encoding="unicode") == (
        '<html lang="de"><body><p>CHF 80\u00a0000 <b>und</b> 100\u00a0000</p><code>80 000</code></body></html>')
