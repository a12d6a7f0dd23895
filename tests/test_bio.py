"""Author and bio: the closing bio paragraph of plain text, and Markdown's author forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.timeline import build_timeline
from briefing.readers import read
from briefing.readers.bio import find_bio
from briefing.readers.markdown import parse as parse_md
from briefing.readers.text import parse

from .conftest import CORPUS, SAMPLE, corpus_expected

BODY = ("Title\n\nThe council voted on Tuesday to close the old bridge to heavy traffic.\n\n"
        "Engineers had warned about cracks in the main span since 2009.\n\n")


def test_sample_bio_names_the_author_and_leaves_the_body():
    article = read(SAMPLE)
    assert article.metadata.authors[0].name == "Cassie Grissom"
    assert article.bio.startswith("Cassie Grissom is an American journalist")
    body = " ".join(t for _, _, t in article.paragraphs())
    assert "Cassie" not in body and "Leave a Comment" not in body


def test_an_opinion_pages_bio_above_the_piece_is_the_bio_not_its_first_point(tmp_path):
    """CNN sets the writer's bio and its note over an opinion piece; it was the piece's first key point."""
    path = tmp_path / "cnn-opinion.txt"
    body = ("In announcing the indictment against 12 Russian officers on Friday, the deputy attorney general made "
            "a plea to the American public to think as Americans.\n\n"
            "This is sound advice, and what the indictment reveals already should alarm all Americans.\n\n"
            "There are three major threads in the interference operations conducted by the Kremlin.\n\n"
            "The first is a disinformation campaign on social media, for which charges were filed in February.\n\n"
            "The second is the hacking of the party's computers, which the new charges describe in detail.\n")
    path.write_text("Trump, be a patriot, not a dupe\n\nBy Asha Rangappa\n\n"
                    "Asha Rangappa is a senior lecturer at Yale's Jackson Institute for Global Affairs. She is a "
                    "former special agent in the FBI. The opinions expressed in this commentary are those of the "
                    "author. View more opinion articles on CNN.\n\n" + body, encoding="utf-8")
    article = read(path)
    assert article.metadata.authors[0].name == "Asha Rangappa"
    assert article.bio == ("Asha Rangappa is a senior lecturer at Yale's Jackson Institute for Global Affairs. "
                           "She is a former special agent in the FBI.")
    assert all("Rangappa" not in t for _, _, t in article.paragraphs())


@pytest.mark.parametrize("closing, name", [
    ("Jane Roe is a reporter who covers the city council for the Gazette.", "Jane Roe"),
    ("Jane Roe is an engineer and writer based in Leeds.", "Jane Roe"),
    ("Jane Q. Roe, a former mayor, is the author of two books on bridges.", "Jane Q. Roe"),
    ("Steven Mufson covers the White House. Since joining The Post, he has covered energy.", "Steven Mufson"),
    ("About the author: Jane Roe is a reporter at the Gazette.", "Jane Roe"),
    ("About the Author\n\nJane Roe, senior editor at the Gazette, covers transport.", "Jane Roe"),
])
@pytest.mark.parametrize("debris", ["", "Leave a Comment\n\n", "Share this:\n\nTwitter\n\nFacebook\n\n",
                                    "Thanks for reading!\n\n© 2024 The Gazette\n\n"])
def test_closing_bio_found_even_with_short_debris_after(closing, name, debris):
    article = parse(BODY + closing + "\n\n" + debris, Path("a.txt"))
    assert article.metadata.authors and article.metadata.authors[0].name == name
    assert article.bio and name.split()[-1] in article.bio
    assert "2009" in [e.date for e in build_timeline(article)]
    assert all(name.split()[0] not in t for _, _, t in article.paragraphs())


@pytest.mark.parametrize("closing", [
    "The bridge is a landmark that has stood for a century and more.",
    "Let's Encrypt is a project of the nonprofit Internet Security Research Group.",
    "Jane Roe is a reporter.\n\nThis long paragraph after it is still article text and keeps going on "
    "about the bridge, the council, the engineers and the cracks in the span.",
])
def test_no_bio_where_there_is_none(closing):
    article = parse(BODY + closing + "\n", Path("a.txt"))
    assert article.bio is None


def test_bio_dates_stay_out_of_the_timeline():
    article = parse(BODY + "Jane Roe is a reporter who has covered the council since 1999.\n", Path("a.txt"))
    assert article.bio and "1999" not in [e.date for e in build_timeline(article)]


def test_find_bio_returns_span_name_and_text():
    found = find_bio(["Body text here that goes on.", "Jane Roe is a writer based in Leeds.", "Share"])
    assert found == (1, 1, "Jane Roe", "Jane Roe is a writer based in Leeds.")


@pytest.mark.parametrize("front, names, bio, url", [
    ("author: Jane Roe", ["Jane Roe"], None, None),
    ("author: [Jane Roe, John Doe]", ["Jane Roe", "John Doe"], None, None),
    ("by:\n  - Russ Cox", ["Russ Cox"], None, None),
    ("author:\n  name: Jane Roe\n  bio: Jane covers transport.\n  url: https://example.org/jane",
     ["Jane Roe"], "Jane covers transport.", "https://example.org/jane"),
    ("author:\n  - name: Jane Roe\n    affiliation: The Gazette\n  - name: John Doe",
     ["Jane Roe", "John Doe"], "The Gazette", None),
    ("author: Jane Roe\nbio: Jane Roe is a reporter at the Gazette.", ["Jane Roe"],
     "Jane Roe is a reporter at the Gazette.", None),
])
def test_markdown_author_forms(front, names, bio, url):
    article = parse_md(f"---\ntitle: T\n{front}\n---\nSome body text here.\n", Path("m.md"))
    assert [a.name for a in article.metadata.authors] == names
    assert article.bio == bio
    assert article.metadata.authors[0].url == url


def test_markdown_about_the_author_section_becomes_the_bio():
    md = ("---\ntitle: T\nauthor: Jane Roe\n---\nBody text.\n\n## About the author\n\n"
          "Jane Roe is a reporter at the Gazette.\n")
    article = parse_md(md, Path("m.md"))
    assert article.bio == "Jane Roe is a reporter at the Gazette."
    assert all(s.heading != "About the author" for s in article.sections)


def test_markdown_bio_without_author_names_the_author():
    article = parse_md("---\ntitle: T\nbio: Jane Roe is a reporter at the Gazette.\n---\nBody.\n", Path("m.md"))
    assert article.metadata.authors[0].name == "Jane Roe"


CORPUS_FILES = [
    "text/newspaper4k-talkingpointsmemo.com1.txt", "text/newspaper4k-pewresearch.org1.txt",
    "markdown/toward-go2.md", "markdown/2014-11-26-how-to-use-more-open-source.md",
    "markdown/2020-05-15-five-years-of-rust.md", "markdown/2025-12-09-10-years.md",
    "markdown/2016-04-11-white-house-open-source-missed-opportunity.md",
]


@pytest.mark.corpus
@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_author_and_bio_match_expected(name):
    want = corpus_expected(name)
    article = read(CORPUS / name)
    names = [a.name for a in article.metadata.authors if a.name]
    if isinstance(want["author"], list):
        assert names == want["author"]
    elif want["author"] is None:
        assert names == []
    else:
        assert article.metadata.author_names == want["author"]
    assert bool(article.bio) == want["has_bio"]
