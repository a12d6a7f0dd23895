"""Pathological but valid input: read and analysed in full, rendered without losing text.

Full-size renders (a 1,000,000-character line, 100,000 paragraphs, a 5 MB book) take
minutes and are measured by `benchmarks/pathological.py`; here every input is read and
analysed at full size, and the cheaper shapes are rendered and checked with pypdf.
"""

from __future__ import annotations

from briefing import build, prepare

from .conftest import pdf_text

WORDS = "the of and to in a is that for it as was with be by on not he this are".split()


def sentence(i: int) -> str:
    return " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(12)).capitalize() + "."


def test_million_character_line_is_read_whole(tmp_path):
    line = " ".join(sentence(i) for i in range(22_000))[:1_000_000]
    path = tmp_path / "line.txt"
    path.write_text("Long Line\n\nHeading\n\n" + line + "\n")
    article = prepare(path)
    assert sum(len(t) for _, _, t in article.paragraphs()) == len(line.strip())


def test_ten_thousand_headings(tmp_path):
    path = tmp_path / "headings.txt"
    path.write_text("Many Headings\n\n" + "\n\n".join(f"Heading {i}\n\n{sentence(i)}" for i in range(10_000)))
    article = prepare(path)
    assert len(article.sections) == 10_000


def test_hundred_thousand_tiny_paragraphs(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text("Tiny Paragraphs\n\n" + "\n\n".join(f"Paragraph {i} is short." for i in range(100_000)))
    article = prepare(path)
    assert sum(1 for _ in article.paragraphs()) == 100_000


def test_html_nested_ten_thousand_deep_keeps_its_text(tmp_path):
    path = tmp_path / "nested.html"
    path.write_text("<html><head><title>Nested Page</title></head><body><article><h1>Nested Page</h1>"
                    "<p>Before the deep part, a real sentence.</p>" + "<div>" * 10_000
                    + "<p>The deep text is a sentence too.</p>" + "</div>" * 10_000
                    + "<p>After the deep part, another sentence.</p></article></body></html>")
    text = pdf_text(build(path))
    for words in ("Before the deep part", "The deep text is a sentence too", "After the deep part"):
        assert words in text


def test_markdown_nested_ten_thousand_deep_keeps_its_text(tmp_path):
    path = tmp_path / "nested.md"
    path.write_text("# Nested\n\nBefore.\n\n" + "<div>" * 10_000 + "deep text" + "</div>" * 10_000 + "\n\nAfter.\n")
    text = pdf_text(build(path))
    assert "Before." in text and "deep text" in text and "After." in text


def test_long_unbroken_token_wraps_and_is_kept(tmp_path):
    token = "".join(chr(ord("a") + i % 26) for i in range(30_000))
    path = tmp_path / "token.txt"
    path.write_text("Long Token\n\nHeading\n\n" + token + "\n")
    text = pdf_text(build(path)).replace("\u200b", "").replace(" ", "")
    assert token in text


def test_break_points_stay_out_of_the_metadata(tmp_path):
    from pypdf import PdfReader

    token = "Supercalifragilistic-expialidocious-and-then-some-more-of-it"
    path = tmp_path / "meta.md"
    path.write_text(f"---\ntitle: A {token} title\n---\n\n## Part\n\nBody with {token} in it.\n")
    out = tmp_path / "meta.pdf"
    build(path, out)
    assert PdfReader(out).metadata.title == f"A {token} title"
