"""The reader's language (issue 16): labels, dates and "Page X of Y" in the article's
language or --lang's, CJK set in one face without indents, right-to-left articles mirrored.

Small synthetic articles in tests/fixtures/localisation/ (French, German, Japanese, Arabic),
built through `briefing.build` and read back with pypdf, or laid out with WeasyPrint and
checked on the positions and styles of its boxes.
"""

from __future__ import annotations

import io
import re
import string

import pytest

from briefing.render.labels import ENGLISH, LABELS

from .conftest import FIXTURES

ARTICLES = FIXTURES / "localisation"
THEMES = ("policy", "intelligence", "minimal", "newsletter")
SLACK = 1.5  # CSS px allowed between a line's edge and its column's


def _pages(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _fonts(pdf: bytes) -> set[str]:
    """The base names of the fonts the PDF embeds, without their subset prefix."""
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page["/Resources"].get_object().get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def _build(name: str, **options) -> bytes:
    import briefing

    return briefing.build(ARTICLES / name, strict=True, **options)  # strict: a missing glyph fails


def _layout(name: str, theme: str, **options):
    from briefing import themes
    from briefing.options import Options
    from briefing.pipeline import prepare
    from briefing.render import render_document

    opts = Options(theme=theme, strict=True, **options)
    document, warnings = render_document(prepare(ARTICLES / name, opts), themes.load(theme), opts,
                                         base_dir=ARTICLES)
    assert not warnings
    return document


def _boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _classes(box) -> set[str]:
    element = getattr(box, "element", None)
    return set((element.get("class") or "").split()) if element is not None and box.element_tag else set()


def _body_paragraphs(document):
    """The block boxes of the body's paragraphs (<p> inside <main>), page by page; each has
    `.section`, the element of the section it is in."""
    from weasyprint.formatting_structure.boxes import BlockBox

    def walk(box, in_main, section):
        in_main = in_main or getattr(box, "element_tag", None) == "main"
        section = box.element if getattr(box, "element_tag", None) == "section" else section
        if in_main and isinstance(box, BlockBox) and box.element_tag == "p":
            box.section = section
            yield box
        for child in getattr(box, "children", ()):
            yield from walk(child, in_main, section)

    for page in document.pages:
        yield from walk(page._page_box, False, None)


def _line_extents(block):
    """(left, right) of the text on each line of a block (absolutely placed boxes left out)."""
    from weasyprint.formatting_structure.boxes import LineBox, TextBox

    for line in block.children:
        if isinstance(line, LineBox):
            texts = [b for b in _boxes(line) if isinstance(b, TextBox) and b.text.strip()]
            if texts:
                yield min(b.position_x for b in texts), max(b.position_x + b.width for b in texts)


def _text_of(box) -> str:
    from weasyprint.formatting_structure.boxes import TextBox

    return "".join(b.text for b in _boxes(box) if isinstance(b, TextBox))


def _margin_boxes(page) -> dict[str, str]:
    """The page's margin boxes that print something: at-keyword -> text."""
    found = {}
    for box in page._page_box.children:
        if type(box).__name__ == "MarginBox" and _text_of(box).strip():
            found[box.at_keyword] = _text_of(box)
    return found


def _first(document, cls: str):
    return next(b for b in _boxes(document.pages[0]._page_box) if cls in _classes(b))


# The catalogue.

def test_catalogue_has_every_label_in_every_language_it_promises():
    assert {"en", "fr", "de", "es", "it", "pt", "ru", "zh", "ja", "ko", "ar", "fa", "nl", "sv", "da", "nb", "pl", "cs",
            "ro", "tr", "id", "uk"} <= set(LABELS)
    fields = {key: {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
              for key, text in ENGLISH.items()}
    for lang, labels in LABELS.items():
        assert set(labels) == set(ENGLISH), lang
        for key, text in labels.items():
            assert text and text == text.strip(), (lang, key)
            found = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
            if key == "decade":  # the whole year or its last two digits ("anni ’60")
                assert found and found <= {"year", "yy"}, lang
            else:
                assert found == fields[key], (lang, key)
    assert fields["page"] == {"page", "pages"}


def test_language_follows_the_override_then_the_article():
    from briefing.render.locale import language, language_tag

    assert language_tag("fr") == "fr"
    assert language_tag("fr", "de") == "de"
    assert language_tag("fr", "pt_BR") == "pt-BR"
    assert language_tag("not a tag!", None) == "en"
    assert language("zh-TW").key == language("zh-Hant").key == "zh-Hant"
    assert language("pt-BR").labels["page"] == "Página {page} de {pages}"
    assert (language("ar").direction, language("he").direction, language("fa").direction) == ("rtl",) * 3
    assert language("ja").direction == language("en").direction == "ltr"
    # A language the catalogue lacks prints English throughout, dates included.
    assert language("hu").labels == ENGLISH
    assert language("hu").date("2015-04-30") == "30 April 2015"
    assert language("no").key == language("nn").key == "nb"  # Norwegian, either written form: Bokmål's labels


@pytest.mark.parametrize(("lang", "day", "month", "year", "decade"), [
    ("en", "30 April 2015", "October 2014", "2008", "1960s"),
    ("fr", "30 avril 2015", "octobre 2014", "2008", "années 1960"),
    ("de", "30. April 2015", "Oktober 2014", "2008", "1960er-Jahre"),
    ("ja", "2015年4月30日", "2014年10月", "2008年", "1960年代"),
    ("ar", "30 أبريل 2015", "أكتوبر 2014", "2008", "عقد 1960"),
    ("fa", "30 آوریل 2015", "اکتبر 2014", "2008", "دههٔ 1960"),
    ("sv", "30 april 2015", "oktober 2014", "2008", "1960-talet"),
    ("pl", "30 kwietnia 2015", "październik 2014", "2008", "lata 60."),
    ("id", "30 April 2015", "Oktober 2014", "2008", "tahun 1960-an"),
    ("uk", "30 квітня 2015\u202fр.", "жовтень 2014\u202fр.", "2008", "1960-ті роки"),
])
def test_dates_as_the_language_writes_them(lang, day, month, year, decade):
    from briefing.render.locale import language

    speaks = language(lang)
    assert speaks.date("2015-04-30") == speaks.date("2015-04-30", "day") == day
    assert speaks.date("2014-10", "month") == month
    assert speaks.date("2008", "year") == year
    assert speaks.date("1960", "decade") == decade


# Built PDFs, read back.

def test_french_briefing_speaks_french():
    pages = _pages(_build("fr.md", theme="policy"))
    text = " ".join(pages)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):  # every page, not just the first
        assert f"Page {number} sur {len(pages)}" in page
    for label in ("NOTE D’ANALYSE", "MESSAGES CLÉS", "CHRONOLOGIE", "À PROPOS DE L’AUTEUR"):
        assert label in text, label
    assert re.search(r"Source\s: Revue des politiques portuaires", text)  # French sets a space before ":"
    for date in ("30 avril 2015", "octobre 2014", "années 1960"):
        assert date in text
    for english in ("Key messages", "KEY MESSAGES", "Timeline", "TIMELINE", "About the author", " of ", "April"):
        assert english not in text


def test_german_intelligence_note():
    text = " ".join(pages := _pages(_build("de.md", theme="intelligence")))
    assert f"Seite 1 von {len(pages)}" in text
    for label in ("VERMERK", "ZENTRALE EINSCHÄTZUNGEN", "CHRONOLOGIE", "FAZIT VORAB", "DATUM", "QUELLE",
                  "30. April 2015", "Oktober 2014", "1960er-Jahre"):
        assert label in text, label


@pytest.mark.parametrize(("theme", "labels"), [
    ("minimal", ("概要", "年表", "著者について", "発行日", "出典")),
    ("newsletter", ("ブリーフィング", "要約", "年表", "著者について", "執筆：山田 花子")),
])
def test_japanese_labels_dates_and_page_count(theme, labels):
    text = " ".join(pages := _pages(_build("ja.md", theme=theme)))
    assert f"1 / {len(pages)} ページ" in text
    assert "2015年4月30日" in text and "2014年10月" in text and "1960年代" in text
    for label in labels:
        assert label in text, label
    assert "Page" not in text and "Timeline" not in text


def test_lang_overrides_the_article_language():
    english = " ".join(_pages(_build("fr.md", theme="policy", lang="en")))
    assert "KEY MESSAGES" in english and "TIMELINE" in english and "30 April 2015" in english
    assert "Page 1 of" in english and "Page 1 sur" not in english
    german = " ".join(_pages(_build("ja.md", theme="policy", lang="de")))
    assert "KERNBOTSCHAFTEN" in german and re.search(r"Seite 1 von \d", german) and "30. April 2015" in german


def test_lang_option_on_the_command_line(tmp_path):
    from click.testing import CliRunner

    from briefing.cli import cli

    out = tmp_path / "fr-as-es.pdf"
    result = CliRunner().invoke(cli, ["build", str(ARTICLES / "fr.md"), "--lang", "es", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = " ".join(_pages(out.read_bytes()))
    assert "MENSAJES CLAVE" in text and "Página 1 de" in text and "30 de abril de 2015" in text
    bad = CliRunner().invoke(cli, ["build", str(ARTICLES / "fr.md"), "--lang", "f r", "-o", str(out)])
    assert bad.exit_code == 2 and "not a language code" in bad.output


def test_lang_is_an_option_that_changes_a_batch_stamp():
    from briefing.options import DEFAULTS, Options

    assert "lang" in Options.names() and "lang" not in Options.BUDGETS
    assert DEFAULTS.replace(lang="fr").as_dict()["lang"] == "fr"


# Right to left, laid out.

@pytest.mark.parametrize("theme", THEMES)
def test_arabic_is_set_right_to_left_and_mirrored(theme):
    document = _layout("ar.md", theme)
    root = document.pages[0]._page_box.children[0]
    assert root.element.get("dir") == "rtl" and root.style["direction"] == "rtl"
    paragraphs = list(_body_paragraphs(document))
    assert len(paragraphs) >= 4
    ragged = 0
    for block in paragraphs:
        assert block.style["font_family"][0] == "Noto Naskh Arabic"
        left, right = block.content_box_x(), block.content_box_x() + block.width
        for line_left, line_right in _line_extents(block):
            assert abs(line_right - right) <= SLACK, (theme, _text_of(block)[:30])
            ragged += line_left - left > 20
    assert ragged, "no line ends short of the left edge: the text is not set from the right"
    # The running title and the page count sit on the right, the marking (if any) on the left.
    last = _margin_boxes(document.pages[-1])
    page_count = next(key for key, text in last.items() if "الصفحة" in text)
    assert page_count == ("@bottom-left" if theme == "intelligence" else "@bottom-right")


def test_arabic_boxes_mirror_in_each_theme():
    # intelligence: the paragraph numbers in the right margin; the chronology's dates on the right.
    document = _layout("ar.md", "intelligence")
    paragraph = next(_body_paragraphs(document))
    numbers = [b for b in _boxes(document.pages[0]._page_box)
               if type(b).__name__ == "AbsolutePlaceholder" and b.element_tag == "div::before"]
    assert [_text_of(n) for n in numbers[:2]] == ["1.", "2."]
    assert all(n.position_x >= paragraph.content_box_x() + paragraph.width for n in numbers)
    # The banner keeps the theme's face (its words are Latin capitals, not Arabic).
    banner = _first(document, "marking")
    assert banner.style["font_family"][0] == "Liberation Sans"
    row = next(b for b in _boxes(document.pages[0]._page_box) if b.element_tag == "tr")
    date, text = (c for c in _boxes(row) if c.element_tag in ("th", "td") and type(c).__name__ == "TableCellBox")
    assert date.position_x > text.position_x
    # minimal: the labels hang in a column on the right of the text.
    document = _layout("ar.md", "minimal")
    label = _first(document, "box-title")
    points = _first(document, "key-points")
    assert label.position_x >= points.content_box_x() + points.width
    # policy: the key messages' rule on their right.
    box = _first(_layout("ar.md", "policy"), "key-points")
    assert box.border_right_width > 0 and box.border_left_width == 0
    # The same article forced left to right (--lang en) is set from the left: the checks above
    # can tell the two apart.
    document = _layout("ar.md", "policy", lang="en")
    edges = [right for block in _body_paragraphs(document) for _, right in _line_extents(block)]
    assert min(edges) < max(edges) - 20


def test_arabic_pdf_embeds_naskh_and_no_latin_serif_for_its_text():
    pdf = _build("ar.md", theme="policy")
    fonts = _fonts(pdf)
    assert any(name.startswith("Noto-Naskh-Arabic") or name.startswith("NotoNaskhArabic") for name in fonts), fonts


# Chinese, Japanese, Korean, laid out.

@pytest.mark.parametrize("theme", THEMES)
def test_japanese_has_one_face_and_no_first_line_indent(theme):
    document = _layout("ja.md", theme)
    paragraphs = list(_body_paragraphs(document))
    assert len(paragraphs) >= 4
    title = _first(document, "title")
    faces = {title.style["font_family"][0]}
    for block in paragraphs:
        faces.add(block.style["font_family"][0])
        assert block.style["text_indent"].value == 0
        first_left = next(_line_extents(block))[0]
        assert abs(first_left - block.content_box_x()) <= SLACK, _text_of(block)[:20]
    for cls in ("box-title", "kicker", "heading"):
        faces |= {b.style["font_family"][0] for b in _boxes(document.pages[0]._page_box) if cls in _classes(b)}
    assert faces == {"Noto Sans CJK JP"}, faces
    # Paragraphs follow each other without a blank line between them (one below the other
    # in the same section and column: the gap is less than a line).
    gaps = []
    for above, below in zip(paragraphs, paragraphs[1:]):
        bottom = above.position_y + above.margin_height()
        if (above.section is below.section and abs(above.position_x - below.position_x) <= SLACK
                and below.position_y >= bottom - SLACK):
            line = next(c for c in above.children if type(c).__name__ == "LineBox")
            gaps.append((below.position_y - bottom) / line.height)
    assert gaps and max(gaps) < 0.8, gaps


def test_japanese_pdf_uses_only_the_japanese_face():
    fonts = _fonts(_build("ja.md", theme="newsletter"))
    assert fonts and all(re.search(r"CJK-?JP", name) for name in fonts), fonts


def test_japanese_drops_the_indent_of_a_theme_that_indents(tmp_path):
    """A theme that marks paragraphs with a first-line indent and no space between them:
    French keeps the indent, Japanese has neither indent nor blank line."""
    from briefing import themes
    from briefing.options import Options
    from briefing.pipeline import prepare
    from briefing.render import render_document

    folder = tmp_path / "indented"
    folder.mkdir()
    (folder / "theme.yaml").write_text("name: indented\ndescription: Indented paragraphs.\nparent: policy\n")
    (folder / "theme.css").write_text("main p { text-indent: 1.5em; margin: 0; }\n"
                                      "main .block.paragraph, main div.block { margin: 0; }\n")
    indents = {}
    for name in ("fr.md", "ja.md"):
        opts = Options(theme=folder)
        document, _ = render_document(prepare(ARTICLES / name, opts), themes.load(folder), opts, base_dir=ARTICLES)
        paragraphs = list(_body_paragraphs(document))
        indents[name] = {round(next(_line_extents(p))[0] - p.content_box_x()) for p in paragraphs}
    assert max(indents["fr.md"]) > 10  # the theme does indent (a paragraph continued from a page has none)
    assert indents["ja.md"] == {0}


def test_a_template_without_the_page_words_still_counts_pages_in_english():
    """The page count's words come from base/briefing.html.j2; a theme's other templates
    (the batch's pack, a user's own) that do not set them print "Page X of Y"."""
    from weasyprint import HTML

    from briefing import themes
    from briefing.options import DEFAULTS
    from briefing.render.fetcher import make_fetcher
    from briefing.render.pdf import _stylesheets, paper_size

    theme = themes.load("policy")
    sheets = _stylesheets(theme, paper_size(DEFAULTS, theme), make_fetcher(list(theme.folders), None))
    html = "<html lang='fr'><body>" + "<p style='break-after: page'>x</p>" * 2 + "</body></html>"
    document = HTML(string=html).render(stylesheets=sheets)
    assert [_margin_boxes(page).get("@bottom-left") for page in document.pages] == ["Page 1 of 2", "Page 2 of 2"]


def test_a_swedish_briefing_speaks_swedish():
    """An article in Swedish (as in Dutch, Danish, Norwegian, Polish, Czech, Romanian, Turkish and
    Indonesian) printed English labels and dates: "KEY MESSAGES", "28 May 2020", "Page 1 of 1"."""
    pages = _pages(_build("sv.md", theme="policy"))
    text = " ".join(pages)
    assert f"Sida 1 av {len(pages)}" in text
    for label in ("HUVUDBUDSKAP", "TIDSLINJE", "OM FÖRFATTAREN", "Källa: Tidskrift för hamnpolitik",
                  "30 april 2015", "oktober 2014", "1960-talet"):
        assert label in text, label
    for english in ("KEY MESSAGES", "TIMELINE", "About the author", "Source", " of ", "April", "October"):
        assert english not in text, english


def test_a_german_word_is_broken_only_where_both_levels_of_the_german_patterns_agree(tmp_path):
    """R12 and R13 reviews: "Worts-chatz", "Forts-chritte", "Deut-schland", "klimaf-reundliche",
    "Zusamme-narbeit": the German patterns WeasyPrint reads mix their compound and syllable levels.
    Every word broken at a line's end is now broken at a point both levels give."""
    import io

    from pypdf import PdfReader

    import briefing
    from briefing.render.germanbreaks import SOFT_HYPHEN, hyphenated

    assert hyphenated("Deutschland") == f"Deutsch{SOFT_HYPHEN}land"
    assert hyphenated("Wortschatz") == "Wortschatz"  # no point both give: set whole
    assert hyphenated("Bundesregierung") == f"Bundes{SOFT_HYPHEN}re{SOFT_HYPHEN}gierung"
    words = ["Deutschland", "Bundesregierung", "Fortschritte", "Wortschatz", "Zusammenarbeit", "Übergang",
             "Wasserstofftechnologie", "Integrationsstaatsministerin", "Veröffentlichung", "Tierarztkosten"]
    paragraph = " ".join(f"Die {w} steht vor dem {words[(n * 3) % len(words)]}." for n, w in enumerate(words * 4))
    path = tmp_path / "de.md"
    path.write_text(f"---\ntitle: Silbentrennung\nlang: de\n---\n\n{paragraph}\n\n{paragraph}\n", encoding="utf-8")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(briefing.build(path, theme="minimal"))).pages)
    broken = [(head, tail) for head, tail in re.findall(r"(\w+)[\u2010\u00ad-]\n(\w+)", text) if head + tail in words]
    assert broken  # the narrow column breaks some of them
    for head, tail in broken:
        parts = hyphenated(head + tail).split(SOFT_HYPHEN)
        assert head in {"".join(parts[:k]) for k in range(1, len(parts))}, (head, tail)


def test_a_german_title_and_source_are_broken_only_where_a_word_cannot_fit(tmp_path):
    """Review 60: German titles printed "Inter-sex", "Uni-versitäten", "Vorbe-reitungsupdate" and the
    source line "(mitternachtskabi-nett.wordpress.com)": the German soft hyphens went into the headings,
    which are set without hyphenation, and into the domain. A word too long for a title's line
    still breaks ("Tabaksteuermodernisierungsgesetzes")."""
    from click.testing import CliRunner
    from lxml import etree
    from pypdf import PdfReader

    from briefing.cli import cli
    from briefing.render.germanbreaks import SOFT_HYPHEN, soft_hyphens

    root = etree.fromstring("<html lang='de'><body><h1>Angriff auf Universitäten und Intersex-Rechte</h1>"
                            "<h1>Verkündung des Tabaksteuermodernisierungsgesetzes</h1>"
                            "<p class='meta'><span class='source'>mitternachtskabinett.wordpress.com</span></p>"
                            "<p>Die Bundesregierung beschließt den Haushalt.</p></body></html>")
    soft_hyphens(root)
    first, second, meta, body = root[0]
    assert SOFT_HYPHEN not in first.text and SOFT_HYPHEN in second.text
    assert SOFT_HYPHEN not in meta[0].text and SOFT_HYPHEN in body.text
    title = "Angriff auf die Universitäten: Wahlzensur und Vorbereitungsupdate der Hochschulleitungen im Land"
    path = tmp_path / "de.md"
    path.write_text(f"---\ntitle: \"{title}\"\nlang: de\nsource: Mitternachtskabinett\n"
                    "url: https://mitternachtskabinett.wordpress.com/2020/01/01/post/\n---\n\n"
                    + "Die Bundesregierung beschließt den Haushalt für das kommende Jahr. " * 20 + "\n",
                    encoding="utf-8")
    built = tmp_path / "de.pdf"
    assert CliRunner().invoke(cli, ["build", str(path), "-o", str(built)]).exit_code == 0
    first_page = PdfReader(built).pages[0].extract_text()
    assert not re.search(r"\w[\u2010\u00ad-]\n\w", first_page.split("Die Bundesregierung")[0]), first_page[:400]
