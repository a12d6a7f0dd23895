"""The plain-text reader on the sample's shape and on small fixtures of its variants."""

from __future__ import annotations

from pathlib import Path

from briefing.readers import read
from briefing.readers.text import parse

from .conftest import SAMPLE


def test_sample_structure():
    article = read(SAMPLE)
    assert article.metadata.title == "Does China Care About North Korea"
    assert [s.heading for s in article.sections][0] == "Background"
    assert len(article.sections) == 17
    assert all(len(s.blocks) == 1 for s in article.sections)
    assert article.metadata.author_names == "Cassie Grissom"
    assert article.bio.endswith("plight of its citizens.")
    assert not any("Leave a Comment" in b.text for s in article.sections for b in s.blocks)


def test_sidecar_is_merged():
    article = read(SAMPLE)
    given = [e for e in article.timeline if e.origin == "given"]
    assert [e.date for e in given][:3] == ["1950-10", "1953-07-27", "1958"]
    assert len(given) == 9


def test_debris_after_the_bio_and_hard_wrapped_lines():
    text = ("A Title Line\n\nFirst Heading\n\nThis paragraph is hard\nwrapped over three\nlines of text.\n\n"
            "Jane Roe is a senior fellow at the Example Institute.\n\nShare this:\n\nTweet\n\nLeave a Reply\n")
    article = parse(text, Path("a.txt"))
    assert article.sections[0].heading == "First Heading"
    assert article.sections[0].blocks[0].text == "This paragraph is hard wrapped over three lines of text."
    assert article.metadata.author_names == "Jane Roe"
    assert article.bio == "Jane Roe is a senior fellow at the Example Institute."


def test_a_country_is_not_an_author():
    text = "Title\n\nBody\n\nSome text here that ends.\n\nNorth Korea is a country in East Asia with a long history.\n"
    article = parse(text, Path("a.txt"))
    assert article.bio is None


def test_no_title_line_falls_back_to_file_name():
    text = "This scraped body starts with a full sentence. It has no title line at all.\n\nMore text.\n"
    article = parse(text, Path("scraped-body.txt"))
    assert article.metadata.title == "Scraped body"
    assert "no title line" in " ".join(article.metadata.warnings)
