"""Print quality in every built-in theme, checked on the PDFs (pypdf) and on the layout."""

from __future__ import annotations

import io
import re

import pytest

from .conftest import CORPUS, FIXTURES, SAMPLE, normalise

THEMES = ("policy", "intelligence", "newsletter", "minimal")
POINTS = {"A4": (595.3, 841.9), "Letter": (612.0, 792.0)}
CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


def _build(path, **options) -> bytes:
    from briefing.pipeline import build_article

    return build_article(path, None, **options).pdf


@pytest.fixture(scope="session")
def sample_article():
    from briefing.pipeline import prepare

    return prepare(SAMPLE)


@pytest.fixture(scope="session")
def theme_pdfs() -> dict:
    """The sample through every theme: A4 without a marking, Letter with TLP:AMBER."""
    return {(theme, paper): _build(SAMPLE, theme=theme, paper=paper,
                                   marking="TLP:AMBER" if paper == "Letter" else None)
            for theme in THEMES for paper in POINTS}


def _reader(pdf: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf))


def _pages_text(pdf: bytes) -> list[str]:
    return [normalise(page.extract_text() or "") for page in _reader(pdf).pages]


def _outline_titles(outline) -> list[str]:
    titles = []
    for item in outline:
        if isinstance(item, list):
            titles.extend(_outline_titles(item))
        else:
            titles.append(item.title)
    return titles


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("paper", POINTS)
def test_page_size_header_footer_and_marking_on_every_page(theme_pdfs, sample_article, theme, paper):
    pdf = theme_pdfs[theme, paper]
    reader = _reader(pdf)
    texts = _pages_text(pdf)
    assert len(texts) >= 2
    title = normalise(sample_article.metadata.title)
    for number, (page, text) in enumerate(zip(reader.pages, texts), start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width, 1), round(height, 1)) == POINTS[paper]
        assert f"Page {number} of {len(texts)}" in text
        if number > 1:  # the running header carries the title from page 2
            assert title in text
        if paper == "Letter":
            assert text.count("TLP:AMBER") >= 2, f"marking missing in header or footer of page {number}"
        elif theme == "intelligence":  # the theme's default classification banner
            assert text.count("UNCLASSIFIED") >= 2
        else:
            assert "TLP:" not in text and "UNCLASSIFIED" not in text


@pytest.mark.parametrize("theme", THEMES)
def test_one_bookmark_per_section(theme_pdfs, sample_article, theme):
    titles = _outline_titles(_reader(theme_pdfs[theme, "A4"]).outline)
    assert titles == [s.heading for s in sample_article.sections if s.heading]


@pytest.mark.parametrize("theme", THEMES)
def test_document_metadata(theme_pdfs, sample_article, theme):
    info = _reader(theme_pdfs[theme, "A4"]).metadata
    meta = sample_article.metadata
    assert info["/Title"] == meta.title
    assert info["/Author"] == meta.author_names
    assert info["/Subject"]  # the description, else the first key point
    assert info["/Creator"].startswith("briefing ")
    assert info["/CreationDate"].startswith("D:") and info["/ModDate"].startswith("D:")


def test_keywords_and_subject_from_the_article():
    info = _reader(_build(FIXTURES / "cjk-names.md", theme="minimal")).metadata
    assert info["/Keywords"] == "Korea, China, Japan, diplomacy"
    assert info["/Subject"] == "How three leaders met across the region in 2018 and 2019."
    assert info["/CreationDate"].startswith("D:20190701")


def _font_unicodes(reader) -> set[str]:
    """Every character the embedded fonts map to (their ToUnicode CMaps)."""
    chars: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            cmap = font.get("/ToUnicode")
            if cmap is None:
                continue
            data = cmap.get_object().get_data().decode("latin-1")
            for hexes in re.findall(r"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", data):
                raw = bytes.fromhex(hexes)
                chars.update(raw.decode("utf-16-be", "ignore"))
    return chars


@pytest.mark.parametrize("fixture", ["cjk-names.md", "cjk-zh.md"])
@pytest.mark.parametrize("theme", THEMES)
def test_cjk_text_is_extractable_and_covered_by_embedded_fonts(theme, fixture):
    pdf = _build(FIXTURES / fixture, theme=theme, strict=True)  # strict: no missing glyph
    reader = _reader(pdf)
    text = normalise("".join(page.extract_text() or "" for page in reader.pages))
    source = (FIXTURES / fixture).read_text(encoding="utf-8")
    wanted = set(CJK.findall(source.split("---", 2)[2]))
    assert wanted and wanted <= set(text)
    for name in ("习近平", "北京") if fixture == "cjk-names.md" else ("习近平", "문재인"):
        assert name in text
    assert wanted <= _font_unicodes(reader)
    embedded = [f.get_object()["/BaseFont"] for p in reader.pages
                for f in p["/Resources"]["/Font"].values()]
    assert any("CJK" in str(name) for name in embedded)


def test_strict_fails_on_a_theme_with_a_missing_glyph_font():
    from briefing.errors import RenderError

    themes = FIXTURES / "themes"
    assert _build(SAMPLE, theme="icon-glyph", theme_dirs=[themes])  # lenient: builds
    with pytest.raises(RenderError, match=r"strict mode.*(glyph|U\+E000)"):
        _build(SAMPLE, theme="icon-glyph", theme_dirs=[themes], strict=True)


@pytest.mark.parametrize("variant,part", [("pdf/a-3b", "pdfaid:part"), ("pdf/ua-1", "pdfuaid:part")])
def test_pdf_variants_are_tagged_with_language(variant, part):
    reader = _reader(_build(SAMPLE, theme="intelligence", pdf_variant=variant))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert part in xmp
    if variant.startswith("pdf/a"):
        assert "/OutputIntents" in root


# --- layout: boxes never split, headings never stranded ------------------------------------


def _layout(path, theme, **changes):
    from briefing import themes
    from briefing.options import Options
    from briefing.pipeline import prepare
    from briefing.render import render_document

    article = prepare(path)
    if changes:
        article = article.replace(**changes)
    document, warnings = render_document(article, themes.load(theme), Options(),
                                         base_dir=path.parent)
    return article, document, warnings


def _pages_by_element(document) -> dict:
    """For each element with a box: the pages it appears on."""
    pages: dict = {}
    for number, page in enumerate(document.pages, start=1):
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            if element is not None and getattr(box, "element_tag", None) is not None:
                pages.setdefault(element, set()).add(number)
    return pages


def _classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def check_layout(document) -> None:
    """Each box on one page; each section heading on the page where its text starts."""
    where = _pages_by_element(document)
    following = {}
    for element in where:
        children = list(element)
        for child, after in zip(children, children[1:]):
            following[child] = after
    for element, pages in where.items():
        classes = _classes(element)
        if "box" in classes:
            assert len(pages) == 1, f"{sorted(classes)} split over pages {sorted(pages)}"
        if "heading" in classes and element in following:
            assert max(pages) in where.get(following[element], set()), \
                f"heading {element.text!r} stranded at the bottom of page {max(pages)}"


@pytest.mark.parametrize("css,problem", [
    (".key-points { font-size: 31pt; }", "split over pages"),
    ("main h2.heading { break-after: page; }", "stranded"),
])
def test_the_layout_check_finds_split_boxes_and_stranded_headings(tmp_path, css, problem):
    folder = tmp_path / "faulty"
    folder.mkdir()
    (folder / "theme.yaml").write_text("name: faulty\nparent: policy\n")
    (folder / "faulty.css").write_text(css)
    _, document, _ = _layout(SAMPLE, folder)
    with pytest.raises(AssertionError, match=problem):
        check_layout(document)


@pytest.mark.parametrize("theme", THEMES)
def test_boxes_whole_and_headings_kept_with_text_in_the_sample(theme):
    article, document, warnings = _layout(SAMPLE, theme)
    assert article.key_points and article.bio and article.timeline
    assert not warnings
    check_layout(document)


#: The corpus articles whose four layouts take over ~5 s.
SLOW_CORPUS_ARTICLES = {"gutenberg-61-communist-manifesto.txt"}


def _corpus_articles():
    paths = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".md", ".txt", ".html") and p.parent != CORPUS)
    return [pytest.param(p, id=p.name, marks=[pytest.mark.slow] if p.name in SLOW_CORPUS_ARTICLES else [])
            for p in paths]


@pytest.mark.corpus
@pytest.mark.parametrize("path", _corpus_articles())
def test_boxes_whole_and_headings_kept_with_text_in_the_corpus(path):
    for theme in THEMES:
        _, document, _ = _layout(path, theme)
        check_layout(document)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("missing", ["key_points", "timeline", "bio", "all"])
def test_themes_degrade_cleanly_without_a_box(sample_article, theme, missing):
    from briefing import themes
    from briefing.model import Author
    from briefing.options import Options
    from briefing.render import render_html, render_pdf

    changes = {}
    if missing in ("key_points", "all"):
        changes["key_points"] = ()
        changes["bottom_line"] = None  # the analysis draws it from the points
    if missing in ("timeline", "all"):
        changes["timeline"] = ()
    if missing in ("bio", "all"):
        meta = sample_article.metadata
        changes["metadata"] = meta.__class__(**{**meta.__dict__, "authors": tuple(
            Author(a.name) for a in meta.authors)})
    article = sample_article.replace(**changes)
    resolved = themes.load(theme)
    html = render_html(article, resolved)
    boxes = {"key_points": "key-points", "timeline": "timeline", "bio": "bio"}
    for field, cls in boxes.items():
        present = re.search(rf'class="box {cls}\b', html) is not None
        assert present == (missing not in (field, "all")), (field, theme)
    assert "Timeline</h2>" not in html or missing not in ("timeline", "all")
    if missing == "all":  # the bare article still lays out without a warning
        assert render_pdf(article, resolved, Options(strict=True)).pages >= 1
