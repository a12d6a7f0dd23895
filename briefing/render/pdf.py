"""HTML -> PDF with WeasyPrint: the theme's stylesheets, the restricted URL fetcher, and
the renderer's warnings collected so that `strict` can fail a build on them.

One font configuration and the parsed stylesheets are kept per process, so that a
process rendering many briefings (a batch worker) pays for them once; `release_fonts`
removes the font configuration's temporary folder (WeasyPrint makes one for a theme's
`@font-face` fonts) and is called at exit.
"""

from __future__ import annotations

import atexit
import logging
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import RenderError
from ..model import Article
from ..options import DEFAULTS, PAPER_SIZES, PDF_VARIANTS, Options
from ..themes import Theme
from .html import render_html


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
def collect_warnings():
    """Gather WeasyPrint's warnings (one line each) instead of printing them."""
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
        atexit.register(release_fonts)
    return _FONT_CONFIG


def release_fonts() -> None:
    """Forget the font configuration and the stylesheets parsed with it, and remove the
    temporary folder WeasyPrint keeps for `@font-face` fonts (its own clean-up runs only
    when the object is collected, which a process that leaves with `os._exit` skips)."""
    global _FONT_CONFIG
    config, _FONT_CONFIG = _FONT_CONFIG, None
    _CSS_CACHE.clear()
    folder = getattr(config, "_folder", None)
    if config is not None and folder:
        shutil.rmtree(folder, ignore_errors=True)
        config._folder = None


def _stylesheets(theme: Theme, paper: str, fetcher):
    CSS = weasyprint().CSS

    sheets = []
    for path in theme.stylesheets:
        key = (str(path), path.stat().st_mtime_ns)
        if key not in _CSS_CACHE:
            _CSS_CACHE[key] = CSS(filename=str(path), url_fetcher=fetcher,
                                  font_config=_font_config())
        sheets.append(_CSS_CACHE[key])
    sheets.append(CSS(string=f"@page {{ size: {paper}; }}", font_config=_font_config()))
    return sheets


def paper_size(options: Options, theme: Theme) -> str:
    """The CSS page size for the options and theme, validated."""
    paper = options.with_theme_defaults(theme.defaults).paper or "A4"
    size = PAPER_SIZES.get(paper.lower())
    if size is None:
        raise RenderError(f"unknown paper size {paper!r}; use one of A4, Letter, A5, Legal")
    return size


def pdf_variant(options: Options) -> str | None:
    """The validated PDF variant of the options (lower case), or None for a plain PDF."""
    if not options.pdf_variant:
        return None
    variant = options.pdf_variant.lower()
    if variant not in PDF_VARIANTS:
        raise RenderError(f"unknown PDF variant {options.pdf_variant!r}; use one of "
                          + ", ".join(PDF_VARIANTS))
    return variant


def weasyprint():
    """The WeasyPrint module, or a clear error when its system libraries are missing."""
    try:
        import weasyprint
    except (OSError, ImportError) as exc:
        raise RenderError(f"WeasyPrint cannot load its system libraries ({str(exc).splitlines()[0]}); "
                          "install Pango and fonts, e.g. with scripts/setup.sh") from None
    return weasyprint


def render_document(article: Article, theme: Theme, options: Options = DEFAULTS,
                    *, base_dir: Path | None = None):
    """The laid-out briefing (a WeasyPrint Document, pages and boxes) and the warnings so far."""
    HTML = weasyprint().HTML

    from .fetcher import make_fetcher

    html = render_html(article, theme, options)
    fetcher = make_fetcher(list(theme.folders), base_dir, allow_remote=options.allow_remote)
    base_url = (base_dir.resolve().as_uri() + "/") if base_dir else None
    with collect_warnings() as warnings:
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


def render_pdf(article: Article, theme: Theme, options: Options = DEFAULTS,
               *, base_dir: Path | None = None) -> RenderedPdf:
    """The briefing as PDF bytes, with its page count and the renderer's warnings."""
    variant = pdf_variant(options)
    document, warnings = render_document(article, theme, options, base_dir=base_dir)
    with collect_warnings() as more:
        # A PDF/A or PDF/UA file is tagged (structure tree, language) so it validates.
        pdf = document.write_pdf(**({"pdf_variant": variant, "pdf_tags": True} if variant else {}))
    warnings = list(dict.fromkeys(warnings + more))
    if options.strict and warnings:
        raise RenderError(f"strict mode: the renderer warned {len(warnings)} time(s): " + "; ".join(warnings))
    return RenderedPdf(pdf, len(document.pages), warnings)
