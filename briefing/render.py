"""Render an article: model -> HTML (Jinja2, autoescaped) -> PDF (WeasyPrint, restricted).

The renderer only reads the model. Themes come from `themes.load`; every URL the
document names goes through the restricted fetcher; WeasyPrint's warnings are
collected so that `strict` can fail a build on them.
"""

from __future__ import annotations

import datetime as _dt
import functools
import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .dates import display_date
from .errors import RenderError, ThemeError
from .formats import PAPER_SIZES, PDF_VARIANTS
from .model import Article
from .sanitize import sanitize_html
from .themes import Theme, inside


@dataclass(frozen=True)
class RenderOptions:
    """How to lay the briefing out."""

    paper: str | None = None  # None: the theme's default
    marking: str | None = None  # handling marking, e.g. "UNCLASSIFIED" or "TLP:AMBER"
    strict: bool = False  # fail on any WeasyPrint warning
    allow_remote: bool = False  # fetch public http(s) images (never private addresses)
    pdf_variant: str | None = None  # "pdf/a-3b", "pdf/ua-1", ...: a standard PDF flavour, tagged



#: Colours of handling markings: TLP 2.0 labels and classification banners.
_MARKING_CLASSES = (
    ("TLP:AMBER+STRICT", "tlp-amber"), ("TLP:AMBER", "tlp-amber"), ("TLP:RED", "tlp-red"),
    ("TLP:GREEN", "tlp-green"), ("TLP:CLEAR", "tlp-clear"), ("TLP:WHITE", "tlp-clear"),
    ("TOP SECRET", "cls-top-secret"), ("UNCLASSIFIED", "cls-unclassified"),
    ("CONFIDENTIAL", "cls-confidential"), ("SECRET", "cls-secret"), ("OFFICIAL", "cls-official"),
)


def marking_for(options: RenderOptions, theme: Theme) -> str | None:
    """The handling marking to print: the option, else the theme's default ("" turns it off)."""
    marking = options.marking if options.marking is not None else theme.defaults.get("marking")
    marking = " ".join(str(marking or "").split())
    return marking or None


def marking_class(marking: str | None) -> str:
    """A CSS class naming the marking's colour scheme ("tlp-amber", "cls-secret", ...)."""
    upper = (marking or "").upper()
    for prefix, cls in _MARKING_CLASSES:
        if upper.startswith(prefix):
            return cls
    return "marking-other"


#: A run of this many characters with no break opportunity (a long URL, a pasted hash,
#: a 1,000,000-character "word") gets zero-width break points: WeasyPrint's line
#: breaking is quadratic in the length of an unbreakable run and gives up on huge ones.
LONG_RUN = 40
_LONG_RUN = re.compile(r"[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF<>&]{%d,}" % LONG_RUN)
_TAGS = re.compile(r"(<[^>]*>)")


def breakable(text: str) -> str:
    """Insert zero-width spaces into very long unbroken runs, so that lines can break."""
    if len(text) < LONG_RUN:
        return text
    return _LONG_RUN.sub(lambda m: "\u200b".join(
        m.group()[i:i + 20] for i in range(0, len(m.group()), 20)), text)


def breakable_html(html: str) -> str:
    """`breakable` applied to the text between tags only."""
    parts = _TAGS.split(html)
    return "".join(part if index % 2 else breakable(part) for index, part in enumerate(parts))


def _environment(theme: Theme):
    """The theme's Jinja environment, made once per process: it keeps the compiled templates
    (compiling them costs about 20 ms an article) and reloads any file that changed."""
    return _environment_for(tuple(theme.template_dirs))


@functools.lru_cache(maxsize=16)
def _environment_for(template_dirs: tuple[Path, ...]):
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment
    from markupsafe import Markup

    class ThemeLoader(FileSystemLoader):
        """Loads templates from the theme folders only: a symlink out of them is refused."""

        def get_source(self, environment, template):
            source, filename, uptodate = super().get_source(environment, template)
            if not any(inside(Path(filename), Path(root)) for root in self.searchpath):
                raise ThemeError(f"template {template!r} is a link to a file outside the theme", filename)
            return source, filename, uptodate

    loader = ChoiceLoader([
        ThemeLoader([str(d) for d in template_dirs]),
        PrefixLoader({d.name: ThemeLoader(str(d)) for d in template_dirs}),
    ])
    env = ImmutableSandboxedEnvironment(loader=loader, autoescape=True, undefined=StrictUndefined)

    def date_filter(value: str, precision: str | None = None) -> str:
        if precision is None:
            precision = {1: "year", 2: "month", 3: "day"}[len(value.split("-"))]
        return display_date(value, precision)

    env.filters["display_date"] = date_filter
    env.filters["safe_html"] = lambda html: Markup(sanitize_html(html))
    return env


def render_html(article: Article, theme: Theme, options: RenderOptions = RenderOptions()) -> str:
    """The briefing as an HTML document, ready for WeasyPrint."""
    from jinja2 import TemplateError, TemplateSyntaxError

    meta = article.metadata
    marking = marking_for(options, theme)
    subject = meta.description or meta.subtitle or (
        article.key_points[0].text if article.key_points else None)
    context = {
        "meta": meta,
        "sections": article.sections,
        "key_points": article.key_points,
        "timeline": [e for e in article.timeline if e.shown or e.origin == "given"],
        "bio": article.bio,
        "bio_name": article.bio_author.name if article.bio_author else "",
        "marking": marking,
        "marking_class": marking_class(marking),
        "subject": subject,
        "theme_name": theme.name,
        "version": __version__,
        "created": meta.date or _dt.date.today().isoformat(),
        "modified": _dt.date.today().isoformat(),
    }
    try:
        template = _environment(theme).get_template("briefing.html.j2")
        html = template.render(**context)
    except TemplateSyntaxError as exc:
        where = exc.filename or exc.name or "template"
        raise ThemeError(f"template error at line {exc.lineno}: {exc.message}", where) from None
    except TemplateError as exc:
        raise ThemeError(f"template error in theme {theme.name!r}: {exc}") from None
    except ThemeError:
        raise
    except Exception as exc:  # a theme's expression failed: the theme's fault, not a crash
        raise ThemeError(f"template failed in theme {theme.name!r}: {type(exc).__name__}: {exc}") from None
    # Break points go into the body's text only, never into the title or metadata.
    head, tag, body = html.partition("<body")
    return head + tag + breakable_html(body) if tag else html


@dataclass(frozen=True)
class RenderedPdf:
    """A rendered briefing."""

    pdf: bytes
    pages: int
    warnings: list[str]


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage().splitlines()[0])


@contextmanager
def _collect_warnings():
    logger = logging.getLogger("weasyprint")
    handler = _Collector()
    logger.addHandler(handler)
    previous = logger.propagate
    logger.propagate = False
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = previous


_FONT_CONFIG = None
_CSS_CACHE: dict = {}


def _font_config():
    global _FONT_CONFIG
    if _FONT_CONFIG is None:
        from weasyprint.text.fonts import FontConfiguration

        _FONT_CONFIG = FontConfiguration()
    return _FONT_CONFIG


def _stylesheets(theme: Theme, paper: str, fetcher):
    CSS = _weasyprint().CSS

    sheets = []
    for path in theme.stylesheets:
        key = (str(path), path.stat().st_mtime_ns)
        if key not in _CSS_CACHE:
            _CSS_CACHE[key] = CSS(filename=str(path), url_fetcher=fetcher,
                                  font_config=_font_config())
        sheets.append(_CSS_CACHE[key])
    sheets.append(CSS(string=f"@page {{ size: {paper}; }}", font_config=_font_config()))
    return sheets


#: The warm-up article: every part a briefing has (key points, timeline, sections with
#: emphasis and a link, an author bio), in English so the hyphenation patterns load too.
_WARM_UP_MARKDOWN = """---
title: Warming up the renderer
author: A. Writer
date: 2024-01-02
---
## Background

In 1998 the *first* agreement was signed, and in 2004 a **second** one followed, as
[the record](https://example.org/) shows. Negotiators representing the participating
governments deliberated extensively over implementation, verification, enforcement and
accountability mechanisms; parliamentarians, administrators and international organisations
subsequently characterised the arrangements as extraordinarily comprehensive, notwithstanding
considerable disagreements concerning jurisdictional responsibilities and interpretation.

## Analysis

The third round, in 2019, changed the terms: "It was a turning point," one official said.

> A quoted passage, with `inline code`.

- a list item
- another item

```
a code block
```

A. Writer covers international negotiations.
"""


#: A tiny article for each reader, for the warm-up (keyed by reader module name).
_WARM_UP_TEXTS = {
    "text": ("warm-up.txt", "Warm up\n\nA paragraph.\n"),
    "html": ("warm-up.html", "<html><body><article><h1>Warm up</h1><p>A paragraph.</p></article></body></html>"),
    "markdown": ("warm-up.md", _WARM_UP_MARKDOWN),
}


def warm_up(theme: Theme, options: RenderOptions = RenderOptions(), *, readers=None) -> None:
    """Read, analyse and render a small built-in article once (e.g. before forking workers):
    the imports, fonts, hyphenation patterns, parsed stylesheets and compiled templates are
    then in memory, and every worker forked afterwards starts with them.

    `readers` names the readers to warm ("text", "markdown", "html"; None: all). trafilatura,
    which the HTML reader loads, alone holds about 35 MB, so a batch without web pages
    leaves it out. The Markdown article is always the one rendered.
    """
    from .analysis import analyse
    from .readers import reader_for

    def read_and_analyse(name: str) -> Article:
        filename, text = _WARM_UP_TEXTS[name]
        return analyse(reader_for(Path(filename)).parse(text, Path(filename)))

    names = set(_WARM_UP_TEXTS) if readers is None else set(readers) & set(_WARM_UP_TEXTS)
    for name in sorted(names - {"markdown"}):  # the Markdown article is read for rendering
        read_and_analyse(name)
    with _collect_warnings():
        render_pdf(read_and_analyse("markdown"), theme, options)


def paper_size(options: RenderOptions, theme: Theme) -> str:
    """The CSS page size for the options and theme, validated."""
    paper = options.paper or str(theme.defaults.get("paper", "A4"))
    size = PAPER_SIZES.get(paper.lower())
    if size is None:
        raise RenderError(f"unknown paper size {paper!r}; use one of A4, Letter, A5, Legal")
    return size


def pdf_variant(options: RenderOptions) -> str | None:
    """The validated PDF variant of the options (lower case), or None for a plain PDF."""
    if not options.pdf_variant:
        return None
    variant = options.pdf_variant.lower()
    if variant not in PDF_VARIANTS:
        raise RenderError(f"unknown PDF variant {options.pdf_variant!r}; use one of "
                          + ", ".join(PDF_VARIANTS))
    return variant


def _weasyprint():
    """The WeasyPrint module, or a clear error when its system libraries are missing."""
    try:
        import weasyprint
    except (OSError, ImportError) as exc:
        raise RenderError(f"WeasyPrint cannot load its system libraries ({str(exc).splitlines()[0]}); "
                          "install Pango and fonts, e.g. with scripts/setup.sh") from None
    from . import compression, fontdata

    fontdata.install()  # fonts' file data is read only when needed (about 60 MB less for CJK)
    compression.install()  # streams deflated at zlib's default level (about 4% faster)
    return weasyprint


def render_document(article: Article, theme: Theme, options: RenderOptions = RenderOptions(),
                    *, base_dir: Path | None = None):
    """The laid-out briefing (a WeasyPrint Document, pages and boxes) and the warnings so far."""
    HTML = _weasyprint().HTML

    from .fetcher import make_fetcher

    html = render_html(article, theme, options)
    fetcher = make_fetcher(list(theme.folders), base_dir, allow_remote=options.allow_remote)
    base_url = (base_dir.resolve().as_uri() + "/") if base_dir else None
    with _collect_warnings() as warnings:
        stylesheets = _stylesheets(theme, paper_size(options, theme), fetcher)
        parsed = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
        _drop_attachment_links(parsed.etree_element)
        document = parsed.render(stylesheets=stylesheets, font_config=_font_config())
        document.metadata.attachments = []  # nothing is embedded that the user did not ask for
    return document, list(warnings)


def _drop_attachment_links(root) -> None:
    """Remove rel=attachment from every link and anchor, whatever wrote it (theme or article)."""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1].lower() in ("a", "link", "area"):
            rel = element.get("rel") or ""
            if "attachment" in rel.lower():
                element.set("rel", "nofollow")


def render_pdf(article: Article, theme: Theme, options: RenderOptions = RenderOptions(),
               *, base_dir: Path | None = None) -> RenderedPdf:
    """The briefing as PDF bytes, with its page count and the renderer's warnings."""
    variant = pdf_variant(options)
    document, warnings = render_document(article, theme, options, base_dir=base_dir)
    with _collect_warnings() as more:
        # A PDF/A or PDF/UA file is tagged (structure tree, language) so it validates.
        pdf = document.write_pdf(**({"pdf_variant": variant, "pdf_tags": True} if variant else {}))
    warnings = list(dict.fromkeys(warnings + more))
    if options.strict and warnings:
        raise RenderError(f"strict mode: the renderer warned {len(warnings)} time(s): " + "; ".join(warnings))
    return RenderedPdf(pdf, len(document.pages), warnings)
