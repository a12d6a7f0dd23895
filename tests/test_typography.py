"""Typography that follows the article: hyphenation in its language, typographic quotes."""

from __future__ import annotations

from pypdf import PdfReader

from briefing import build

from .conftest import pdf_text

LONG_FRENCH = ("Les parlementaires ont approuvé le projet de loi relatif au renseignement après "
               "des débats particulièrement passionnés concernant la surveillance généralisée, "
               "l'indépendance administrative et les responsabilités gouvernementales. ") * 6


def test_french_article_is_tagged_and_hyphenated_in_french(tmp_path):
    article = tmp_path / "loi.md"
    article.write_text(f"---\ntitle: Le projet de loi\nlang: fr\n---\n\n## Contexte\n\n{LONG_FRENCH}\n",
                       encoding="utf-8")
    out = tmp_path / "loi.pdf"
    build(article, out)
    reader = PdfReader(out)
    assert reader.trailer["/Root"].get("/Lang") == "fr"
    raw = "\n".join(page.extract_text() for page in reader.pages)
    assert "\u2010\n" in raw or "\u2010 " in raw, "justified French text is hyphenated"
    assert "approuvé le projet de loi relatif au renseignement" in pdf_text(out)


def test_typographic_quotes_are_kept(tmp_path):
    article = tmp_path / "quotes.txt"
    article.write_text("Quotes\n\nA Heading\n\nShe said “it’s done” and left — the end… "
                       "Then «guillemets» too.\n", encoding="utf-8")
    text = pdf_text(build(article))
    assert "“it’s done”" in text and "—" in text and "…" in text and "«guillemets»" in text


def test_markdown_straight_quotes_become_typographic(tmp_path):
    article = tmp_path / "smart.md"
    article.write_text("# Smart\n\nHe said \"it's done\" -- and left...\n", encoding="utf-8")
    text = pdf_text(build(article))
    assert "“it’s done”" in text and "–" in text and "…" in text


LONG_TITLE = ("An Extraordinarily Long Title About Negotiations Between Governments, Parliaments "
              "and International Organisations Over Many Decades")


def test_a_long_running_title_is_cut_after_a_word_beside_the_whole_marking(tmp_path):
    """The running title has 70% of the line: a longer one is cut after its last word that
    fits, with "…" (the margin box's own ellipsis cut mid-word); the title is whole in the
    PDF's metadata and on page 1, and the marking is whole."""
    body = "\n\n".join(f"Paragraph {i} about the negotiations of 1998, which went on for years."
                       for i in range(80))
    article = tmp_path / "long.md"
    article.write_text(f"---\ntitle: \"{LONG_TITLE}\"\n---\n## One\n\n{body}\n", encoding="utf-8")
    out = tmp_path / "long.pdf"
    build(article, out, marking="TLP:AMBER+STRICT")
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    assert reader.metadata.title == LONG_TITLE  # the title itself is whole
    assert LONG_TITLE in " ".join(reader.pages[0].extract_text().split())  # the masthead's, over lines
    lines = reader.pages[1].extract_text().split("\n")
    running = [line for line in lines if line.startswith(LONG_TITLE[:30])]
    assert running, lines
    shown = running[0].split("…")[0]
    assert "…" in running[0] and LONG_TITLE.startswith(shown) and LONG_TITLE[len(shown)] == " "
    assert sum("TLP:AMBER+STRICT" in line for line in lines) == 2  # top and bottom, whole


def test_a_title_that_fits_runs_whole(sample_pdf):
    reader = PdfReader(sample_pdf)
    lines = reader.pages[1].extract_text().split("\n")
    assert reader.metadata.title in [line.strip() for line in lines]


def test_an_email_or_web_address_in_the_text_is_never_hyphenated(tmp_path):
    """A hyphen put into an address at a line's end makes another address."""
    words = "The committee asked readers to write with their views on the matter before the deadline"
    paragraphs = "\n\n".join(f"{' '.join(words.split()[:n])} to chinfinpettisexamples@yahoo.com or see "
                             f"https://github.com/rust-lang/project-error-handling/issues/{n} for the record."
                             for n in range(3, 16))
    article = tmp_path / "addresses.md"
    article.write_text(f"---\ntitle: Addresses\n---\n\n## Contact\n\n{paragraphs}\n", encoding="utf-8")
    out = build(article, tmp_path / "addresses.pdf")
    raw = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert raw.count("chinfinpettisexamples@yahoo.com") == 13  # an e-mail address is never broken
    assert not any(mark in raw for mark in ("\u2010\n", "-\n")), "no line ends in a hyphen"


def _every_line_end(tmp_path, name: str, tail: str):
    """A briefing of thirteen paragraphs that end with `tail` after ever more words, so that its words
    fall at every place of a line; returns the PDF's path."""
    words = "The committee asked readers to write with their views on the matter before the deadline"
    paragraphs = "\n\n".join(f"{' '.join(words.split()[:n])} {tail}" for n in range(3, 16))
    article = tmp_path / f"{name}.md"
    article.write_text(f"---\ntitle: {name.title()}\n---\n\n## Contact\n\n{paragraphs}\n", encoding="utf-8")
    return build(article, tmp_path / f"{name}.pdf")


def test_a_social_handle_or_a_hashtag_is_never_hyphenated(tmp_path):
    """A list of sports writers printed "Twitter: @cjonesander- / son": another handle."""
    out = _every_line_end(tmp_path, "handles",
                          "on Twitter: @cjonesandersonreporter or with #internationalwomensday tags.")
    raw = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert raw.count("@cjonesandersonreporter") >= 13 and raw.count("#internationalwomensday") >= 13
    assert raw.count("@cjones") == raw.count("@cjonesandersonreporter"), "every handle whole"
    assert raw.count("#internat") == raw.count("#internationalwomensday"), "every hashtag whole"


def test_a_line_that_breaks_before_emphasis_is_full_not_one_word(tmp_path):
    """WeasyPrint broke a line that had to end at the space before an inline element (here
    *Residents*) at the first break of the text before it: "lor-" alone on a line, in the
    policy theme; on the benchmark's pages "“The" and "And" were set alone so."""
    article = tmp_path / "bridge.md"
    article.write_text(
        "---\ntitle: Bridge\ndate: 2024-03-04\n---\n\nThe council voted on Tuesday to close the old harbour "
        "bridge to heavy lorries after engineers found cracks in two of its steel girders during so. *Residents* "
        "said the closure would add an hour to their journeys into town every day.\n\nThe council will meet "
        "again next week to hear from the engineers.\n", encoding="utf-8")
    out = build(article, tmp_path / "bridge.pdf", theme="policy")
    raw = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "lorries after engineers found cracks in two of its steel girders" in raw, raw


def test_a_title_whose_end_is_kept_together_breaks_before_it_not_after_its_first_word(tmp_path):
    """The newsletter theme set "Republicans" alone above "Are Following Trump to Nowhere": the
    kept end ("to Nowhere", a span that does not wrap) came after a space, and WeasyPrint broke
    the text before it at its first chance."""
    article = tmp_path / "trump.md"
    article.write_text("---\ntitle: Republicans Are Following Trump to Nowhere\ndate: 2019-11-18\n---\n\n"
                       "Republicans spent the week defending the president in public and worrying in private.\n",
                       encoding="utf-8")
    out = build(article, tmp_path / "trump.pdf", theme="newsletter")
    first = PdfReader(out).pages[0].extract_text()
    assert "Republicans" not in [line.strip() for line in first.split("\n")], first


def test_an_inline_element_and_what_is_glued_to_it_get_a_span_of_their_own_and_a_break_its_space():
    """What render/inlinebreak.py does to the parsed tree before layout: each inline element of
    the article, with what is glued to it from the last space before it, is put in a span whose
    only break is its start; a <br> loses the space before it; the template's classed elements
    and code blocks are left alone."""
    from xml.etree import ElementTree

    from briefing.render.inlinebreak import spaces_into_inline

    root = ElementTree.fromstring(
        '<p>It is unclear <a href="#x">why</a>, including\u00a0<em>Microsoft</em> (<code>make</code>), '
        'and when.\n<br/>The <span class="refs">[7]</span> desk.<pre>keep <b>this</b></pre></p>')
    spaces_into_inline(root)
    assert ElementTree.tostring(root, encoding="unicode") == (
        '<p>It is unclear<span> <a href="#x">why</a></span>,<span> including\u00a0<em>Microsoft</em></span>'
        '<span> (<code>make</code></span>), and when.<br />The <span class="refs">[7]</span> desk.'
        '<pre>keep <b>this</b></pre></p>')


def test_a_table_row_of_running_text_runs_over_a_page_break_rather_than_leave_half_a_page(tmp_path):
    """A row whose cell holds lists and paragraphs is no data row: kept whole, IPA's answer
    moved to the next page and left most of a page empty before it."""
    from .test_readers_html_pages import _qa_page

    page = tmp_path / "ipa.html"
    page.write_text(_qa_page(), encoding="utf-8")
    reader = PdfReader(build(page, tmp_path / "ipa.pdf"))
    first = reader.pages[0].extract_text()
    assert len(reader.pages) > 1 and "宅配便業者をかたる" in first, first


def test_an_address_without_its_scheme_and_an_e_mail_written_with_at_are_never_hyphenated(tmp_path):
    """A review's citation printed "wolf-/gangschmale.eu/abgebrochene-forschung-...", a press release
    "jens.hilgen-/berg(at)bund.net": each another address (review R11)."""
    out = _every_line_end(tmp_path, "addresses", "at wolfgangschmale.eu/abgebrochene-forschung-eine-neue or to "
                                                  "jens.hilgenbergerhausen(at)bund.net today.")
    joined = "".join(page.extract_text() for page in PdfReader(out).pages).replace("\n", "")
    assert joined.count("wolfgangschmale.eu/abgebrochene-forschung-eine-neue") >= 13
    assert joined.count("wolfgangschmale.eu/abgebrochene-forschung-eine-neue") == joined.count("wolfgang"), "whole"
    assert joined.count("jens.hilgenbergerhausen(at)bund.net") == joined.count("jens.hilgen") >= 13, "whole"
