"""The pages a pack and a combined book add of their own (cover, summary and timeline
headings, contents, source list) speak the articles' language, or --lang's: small French
Markdown articles, built through `briefing pack` and `briefing batch --combine`, read back
with pypdf."""

from __future__ import annotations

import datetime as _dt
import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefing.cli import cli
from briefing.render.locale import language

from .conftest import normalise

WIRE = """\
    La Durance est sortie de son lit à Manosque le 3 mars 2024 et a inondé 400 maisons de la vieille ville.
    Le maire a déclaré l’état de catastrophe naturelle le 4 mars 2024 et a demandé l’aide de l’armée.
    La digue, approuvée par le conseil municipal en 2019, n’était toujours pas achevée quand l’eau est montée.
    Les ingénieurs estiment que la digue aurait retenu la rivière si elle avait été terminée à temps.
    Environ 1 200 habitants ont passé la nuit dans des gymnases et des écoles du département.
"""
ARTICLES = {
    "01-gazette.md": ("Crue historique de la Durance à Manosque", "2024-03-04", "La Gazette du Sud", WIRE),
    "02-courrier.md": ("La Durance inonde la vieille ville de Manosque", "2024-03-04", "Le Courrier",
                       WIRE.replace("Environ 1 200", "Près de 1 200")),  # the same wire story again
    "03-radio.md": ("L’armée appelée en renfort à Manosque", "2024-03-05", "Radio Provence", """\
        Les soldats sont arrivés à Manosque le 5 mars 2024 pour aider les habitants à déblayer la boue.
        Le maire a déclaré l’état de catastrophe naturelle le 4 mars 2024 après que la Durance a inondé 400 maisons.
        La réparation des routes et des maisons coûtera au moins 40 millions d’euros, selon la mairie.
        Les écoles de la vieille ville resteront fermées jusqu’au 18 mars 2024.
        """),
    "04-echo.md": ("La digue de Manosque avait des années de retard", "2024-03-06", "L’Écho de Provence", """\
        De fortes pluies ont fait déborder la Durance à Manosque le 3 mars 2024 ; 400 maisons ont été inondées.
        Les travaux de la digue avaient commencé après un vote du conseil municipal en 2019, sans jamais aboutir.
        Les entreprises ont quitté le chantier en juin 2022 après un litige avec la mairie.
        Une enquête sur les retards s’ouvrira le 15 avril 2024, a annoncé le ministre.
        Les ingénieurs qui ont conçu l’ouvrage pensent qu’une digue achevée aurait arrêté l’eau.
        """),
}


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("l10n") / "sources"
    folder.mkdir()
    for name, (title, date, outlet, body) in ARTICLES.items():
        text = textwrap.dedent(body).strip().replace("\n", "\n\n")
        (folder / name).write_text(f"---\nlang: fr\ntitle: {title}\nauthor: Camille Martin\ndate: {date}\n"
                                   f"source: {outlet}\n---\n\n## Reportage\n\n{text}\n", encoding="utf-8")
    return folder


def _pack(sources: Path, output: Path, *extra: str) -> PdfReader:
    result = CliRunner().invoke(cli, ["pack", str(sources), "-o", str(output), "--title", "Crue de la Durance",
                                      "--work-dir", str(output.parent / "work"), "--jobs", "1", "-q", *extra])
    assert result.exit_code == 0, result.output
    return PdfReader(output)


def _pages(reader: PdfReader) -> list[str]:
    return [normalise(page.extract_text() or "") for page in reader.pages]


def _outline(reader: PdfReader) -> dict[str, int]:
    return {item.title: reader.get_destination_page_number(item) for item in reader.outline
            if not isinstance(item, list)}


def _today(lang: str) -> str:
    return language(lang).date(_dt.date.today().isoformat())


def test_a_pack_of_french_articles_prints_its_own_pages_in_french(sources, tmp_path, monkeypatch):
    from briefing.batch.pack import layout

    html: list[str] = []
    render = layout.render_template
    monkeypatch.setattr(layout, "render_template", lambda *a: html.append(render(*a)) or html[-1])
    reader = _pack(sources, tmp_path / "crue.pdf")
    pages, outline = _pages(reader), _outline(reader)
    assert all('<html lang="fr" dir="ltr">' in page for page in html)

    cover = pages[0]
    assert cover.casefold().startswith("dossier de synthèse crue de la durance")
    assert "4 mars 2024 – 6 mars 2024" in cover
    assert "4 sources issues de 4 médias, dont 3 synthétisées" in cover
    assert f"Préparé le {_today('fr')}" in cover
    assert "sur" not in cover and f"Page 2 sur {len(pages)}" in pages[1]  # the pack's count, not on its cover
    assert not any(word in cover for word in ("Briefing pack", "sources from", "briefed", "Prepared"))

    assert list(outline)[:3] == ["Couverture", "Synthèse des sources", "Chronologie des sources"]
    assert "Sommaire" in outline and list(outline)[-1] == "Sources"
    front = " ".join(pages[1:outline["Sommaire"]])
    assert "Synthèse des sources" in front and "Chronologie des sources" in front
    assert "3 mars 2024" in front and "juin 2022" in front  # the merged timeline's dates
    assert "Couverture médiatique : 2 sources publiées [1, 2]" in front
    assert "Couverture médiatique : 1 source publiée [3]" in front
    assert "across the sources" not in front and "Coverage" not in front and "March" not in front

    contents = pages[outline["Sommaire"]]
    assert contents.startswith("Sommaire 1 La Durance inonde la vieille ville de Manosque · Le Courrier")
    assert f"Sources {outline['Sources'] + 1}" in contents and "Contents" not in contents

    source_list = " ".join(pages[outline["Sources"]:])
    assert source_list.startswith("Sources [1] La Durance inonde")
    assert "La Gazette du Sud, Camille Martin, 4 mars 2024. Même article que [1]." in source_list
    assert "6 mars 2024" in source_list
    assert "same story" not in source_list and "March" not in source_list


def test_lang_en_prints_the_same_pack_in_english(sources, tmp_path):
    reader = _pack(sources, tmp_path / "flood.pdf", "--lang", "en")
    pages, outline = _pages(reader), _outline(reader)
    cover = pages[0]
    assert cover.casefold().startswith("briefing pack crue de la durance")
    assert "4 March 2024 – 6 March 2024" in cover
    assert "4 sources from 4 outlets, 3 briefed" in cover and f"Prepared {_today('en')}" in cover
    assert not any(word in cover for word in ("Dossier", "issues de", "Préparé", "mars"))
    assert list(outline)[:3] == ["Cover", "Summary across the sources", "Timeline across the sources"]
    assert "Contents" in outline and list(outline)[-1] == "Sources"
    front = " ".join(pages[1:outline["Contents"]])
    assert "3 March 2024" in front and "Coverage: 2 sources published" in front
    assert pages[outline["Contents"]].startswith("Contents 1 La Durance inonde")
    source_list = " ".join(pages[outline["Sources"]:])
    assert "4 March 2024. The same story as [1]." in source_list and "Même article" not in source_list


def test_a_combined_book_of_french_articles_has_a_french_cover_and_contents(sources, tmp_path):
    book = tmp_path / "recueil.pdf"
    result = CliRunner().invoke(cli, ["batch", str(sources), "-o", str(tmp_path / "out"), "--jobs", "1",
                                      "--combine", str(book)])
    assert result.exit_code == 0, result.output
    pages = _pages(PdfReader(book))
    assert pages[0] == f"Recueil de synthèses 4 synthèses {_today('fr')}"
    assert pages[1].startswith("Sommaire Crue historique de la Durance à Manosque 3")
    assert "briefings" not in pages[0] and "Contents" not in pages[1]

    # --lang overrides the articles' language, here too.
    book = tmp_path / "sammelband.pdf"
    result = CliRunner().invoke(cli, ["batch", str(sources), "-o", str(tmp_path / "de"), "--jobs", "1",
                                      "--combine", str(book), "--lang", "de"])
    assert result.exit_code == 0, result.output
    pages = _pages(PdfReader(book))
    assert pages[0] == f"Sammelband 4 Kurzdossiers {_today('de')}"
    assert pages[1].startswith("Inhalt Crue historique")


def test_a_pack_without_a_title_is_named_in_its_own_language(sources, tmp_path):
    result = CliRunner().invoke(cli, ["pack", str(sources), "-o", str(tmp_path / "p.pdf"), "--jobs", "1", "-q",
                                      "--report", str(tmp_path / "p.json")])
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "p.pdf")
    assert reader.metadata.title == "Dossier de synthèse\u00a0: 4 sources"
    assert normalise(reader.pages[0].extract_text()).startswith("DOSSIER DE SYNTHÈSE Dossier de synthèse : 4 sources")
    report = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    coverage = [e["text"] for e in report["timeline"] if e["kind"] == "coverage"]
    assert "Couverture médiatique\u00a0: 2 sources publiées" in coverage
