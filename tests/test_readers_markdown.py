"""The Markdown reader: front matter dialects, Jekyll file-name dates, rich Markdown bodies."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS, FIXTURES, requires_corpus

from briefing.readers import read
from briefing.sanitize import sanitize_html

MD = FIXTURES / "markdown"


def _blocks(article):
    return [b for s in article.sections for b in s.blocks]


def test_toml_front_matter_hugo_keys():
    article = read(MD / "hugo-toml.md")
    meta = article.metadata
    assert (meta.title, meta.subtitle, meta.date) == (
        "Tidal Energy in Practice", "Lessons from the first five years", "2021-06-30")
    assert meta.description == "What the first tidal plants taught their operators."
    assert meta.keywords == ("energy", "tides", "engineering")
    assert meta.language == "en-GB"
    assert meta.authors[0].name == "Mara Lind"
    assert article.bio == "Mara Lind is an engineer who writes about marine power."


def test_tables_footnotes_code_and_smart_punctuation():
    blocks = _blocks(read(MD / "hugo-toml.md"))
    kinds = [b.kind for b in blocks]
    assert "table" in kinds and "code" in kinds
    assert "2016 – on time, and “under budget”." in blocks[0].text
    code = next(b for b in blocks if b.kind == "code")
    assert '"no smart quotes here"' in code.text
    notes = [b for b in blocks if "footnote" in (b.html or "")]
    assert notes and "annual reports" in notes[-1].text
    assert 'href="#fn:1"' in next(b.html for b in blocks if "Output rose" in b.text)


def test_raw_html_is_sanitized_before_rendering():
    html = " ".join(sanitize_html(b.html) for b in _blocks(read(MD / "hugo-toml.md")) if b.html)
    assert "<script" not in html and "onclick" not in html
    assert "Raw paragraph kept." in html


def test_by_list_abstract_and_filename_date():
    meta = read(MD / "2019-02-01-by-list.md").metadata
    assert [a.name for a in meta.authors] == ["Ana Ruiz", "Li Wei"]
    assert meta.date == "2019-02-01"
    assert meta.description == "Silt builds up fastest after storms."
    assert meta.keywords == ("silt", "harbour")


@requires_corpus()
@pytest.mark.parametrize("name", sorted(p.name for p in (CORPUS / "markdown").glob("*.md")))
def test_corpus_posts(name):
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))[f"markdown/{name}"]["expected"]
    article = read(CORPUS / "markdown" / name)
    meta = article.metadata
    assert meta.title == expected["title"]
    names = [a.name for a in meta.authors if a.name]
    if isinstance(expected["author"], list):
        assert names == expected["author"]
    else:
        assert (meta.author_names or None) == expected["author"]
    assert meta.date == expected["date"]
    assert sum(1 for s in article.sections if s.heading) >= expected["min_sections"]
    assert bool(article.bio) == expected["has_bio"]
    body = " ".join(b.text for b in _blocks(article)) + " ".join(s.heading or "" for s in article.sections)
    for year in expected["years"]:
        assert str(year) in body
