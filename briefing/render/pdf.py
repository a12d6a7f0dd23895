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
import re
import shutil
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from ..errors import RenderError
from ..model import Article
from ..options import DEFAULTS, PAPER_SIZES, PDF_VARIANTS, Options
from ..paths import OUTSIDE_IMAGE, REMOTE_IMAGE, images_left_out
from ..themes import Theme
from .boxbreak import break_boxes, with_boxes_broken
from .codebreak import break_code, settled_code_breaks
from .frenchspacing import french_spacing
from .germanbreaks import soft_hyphens
from .headbreak import break_before, stranded_headings
from .html import render_html
from .inlinebreak import breaks_between_links, spaces_into_inline
from .keepwords import keep_words, mark_addresses, split_words
from .pagenumbers import hide_numbers_css
from .prefit import fit_pres, pre_sizes
from .pullback import FULLER_END_CLASS, pulled_back, tightened
from .siteroot import MISSING_IMAGE, SITE_ROOT_IMAGE, resolve_site_images


@dataclass(frozen=True)
class RenderedPdf:
    """A rendered briefing."""

    pdf: bytes
    pages: int
    warnings: list[str]
    files: tuple[Path, ...] = ()  # the article's own files it shows (images), for up-to-date checks


#: The loggers whose warnings the renderer collects: WeasyPrint's and the sanitizer's.
_LOGGERS = ("weasyprint", "briefing.render")
#: Python warnings that speak to developers, not to the user: never collected.
_DEVELOPER_WARNINGS = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)
_LONG_DATA_URL = re.compile(r"data:[^\s'\"]{60,}")


def _one_line(message: str) -> str:
    """The first line of a message, with any long data: URL cut short."""
    line = message.splitlines()[0] if message else ""
    return _LONG_DATA_URL.sub(lambda m: f"{m.group()[:40]}... ({len(m.group()):,} characters)", line)


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(_one_line(record.getMessage()))


def _image_name(url: str | None) -> str:
    """How a warning names the image at `url`: its file name, or what kind of URL it is."""
    if not url:
        return "an image"
    if url[:5].lower() == "data:":
        return "an image in a data: URL"
    return "image " + (url.split("?")[0].rstrip("/").rsplit("/", 1)[-1] or url)


def _python_warning(message, category, fetcher, names: dict[str, str]) -> str:
    """A Python warning raised while rendering (by Pillow, say), in the tool's words."""
    raw = str(message)
    if fetcher is not None:  # laying out: the image just fetched is the one warned about
        names.setdefault(raw, _image_name(fetcher.last_url))
    name = names.get(raw, "an image")
    if category.__name__ == "DecompressionBombWarning":
        pixels = re.search(r"\((\d+) pixels\)", raw)
        size = f"{int(pixels.group(1)):,} pixels" if pixels else "very many pixels"
        return f"{name} is huge ({size}): it is slow to draw and makes a large PDF"
    return _one_line(f"the renderer warned ({category.__name__}): {raw}")


@contextmanager
def collect_warnings(fetcher=None, names: dict[str, str] | None = None):
    """Gather the renderer's warnings (one line each) instead of printing them: WeasyPrint's
    and the sanitizer's log records, and Python warnings (Pillow's), put in our words.
    `names` remembers which image a Python warning was about (`fetcher` says, while laying
    out), so that the same warning from writing the PDF names the same image."""
    handler = _Collector()
    loggers = [logging.getLogger(name) for name in _LOGGERS]
    previous = [logger.propagate for logger in loggers]
    names = {} if names is None else names
    for logger in loggers:
        logger.addHandler(handler)
        logger.propagate = False

    def show(message, category, filename, lineno, file=None, line=None):
        handler.messages.append(_python_warning(message, category, fetcher, names))

    try:
        with warnings.catch_warnings():
            for category in _DEVELOPER_WARNINGS:
                warnings.simplefilter("ignore", category)
            warnings.showwarning = show
            yield handler.messages
    finally:
        for logger, propagate in zip(loggers, previous):
            logger.removeHandler(handler)
            logger.propagate = propagate


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
    if not theme.numbered:
        hidden = ("numbers hidden", tuple((str(path), path.stat().st_mtime_ns) for path in theme.stylesheets))
        if hidden not in _CSS_CACHE:
            _CSS_CACHE[hidden] = CSS(string=hide_numbers_css(theme.stylesheets), font_config=_font_config())
        sheets.append(_CSS_CACHE[hidden])
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
    from .speedups import import_renderer

    try:
        weasyprint = import_renderer()
    except (OSError, ImportError) as exc:
        raise RenderError(f"WeasyPrint cannot load its system libraries ({str(exc).splitlines()[0]}); "
                          "install Pango and fonts, e.g. with scripts/setup.sh") from None
    return weasyprint


def lay_out_theme_page(html: str, theme: Theme, options: Options = DEFAULTS, extra_css: str = ""):
    """A page of the theme's own (a pack's cover or source list), laid out with the theme's
    stylesheets (and `extra_css` after them) and fonts; the fetcher reads only the theme's folders."""
    from .fetcher import make_fetcher

    fetcher = make_fetcher(list(theme.folders), None)
    sheets = _stylesheets(theme, paper_size(options, theme), fetcher)
    if extra_css:
        sheets.append(weasyprint().CSS(string=extra_css, font_config=_font_config()))
    return weasyprint().HTML(string=html, url_fetcher=fetcher).render(stylesheets=sheets, font_config=_font_config())


def render_document(article: Article, theme: Theme, options: Options = DEFAULTS,
                    *, base_dir: Path | None = None):
    """The laid-out briefing (a WeasyPrint Document, pages and boxes) and the warnings so far."""
    document, found, _ = _layout(article, theme, options, base_dir, {})
    return document, found


def _layout(article: Article, theme: Theme, options: Options, base_dir: Path | None,
            names: dict[str, str]):
    HTML = weasyprint().HTML

    from .fetcher import make_fetcher

    fetcher = make_fetcher(list(theme.folders), base_dir, allow_remote=options.allow_remote,
                           site_root=options.site_root)
    base_url = (base_dir.resolve().as_uri() + "/") if base_dir else None
    unread: list[dict[str, int]] = []  # images left out before layout, by reason, as the first layout found
    with collect_warnings(fetcher, names) as collected:
        html = render_html(article, theme, options)
        stylesheets = _stylesheets(theme, paper_size(options, theme), fetcher)

        def lay_out(source: str, splits: dict[int, int] | None = None, words: list[str] | None = None,
                    sizes: dict[int, float] | None = None, headings: dict[int, bool] | None = None,
                    code: dict[int, int] | None = None):
            parsed = HTML(string=source, base_url=base_url, url_fetcher=fetcher)
            _drop_attachment_links(parsed.etree_element)
            _drop_dangling_anchors(parsed.etree_element)
            unread.append(resolve_site_images(parsed.etree_element, options.site_root, base_dir,
                                              allow_remote=options.allow_remote))
            _drop_unsafe_inline_svg(parsed.etree_element)
            fit_pres(parsed.etree_element, sizes or {})
            break_code(parsed.etree_element, code or {})  # after fit_pres: both count the <pre>s as written
            keep_words(parsed.etree_element, words or [])
            mark_addresses(parsed.etree_element)
            breaks_between_links(parsed.etree_element)
            spaces_into_inline(parsed.etree_element)
            french_spacing(parsed.etree_element)
            soft_hyphens(parsed.etree_element)  # after keep_words and mark_addresses: their spans stay whole
            break_before(parsed.etree_element, headings or {})
            if splits:
                break_boxes(parsed.etree_element, splits)
            return parsed.render(stylesheets=stylesheets, font_config=_font_config())

        def lay_out_well(source: str):
            """A layout whose preformatted text fits its widest line, whose boxes leave no page
            more than a quarter empty where breaking helps, and with no word hyphenated across
            a page break nor a heading at the foot of a page where mending it costs no page."""
            document = lay_out(source)
            sizes = pre_sizes(document)
            if sizes:
                document = lay_out(source, sizes=sizes)
            document, splits = with_boxes_broken(document, lambda splits: lay_out(source, splits, sizes=sizes))
            words: list[str] = []
            headings: dict[int, bool] = {}
            code, document = settled_code_breaks(document, lambda cuts: lay_out(source, splits, sizes=sizes,
                                                                                 code=cuts))
            for _ in range(MENDING_ROUNDS):  # a mended page end moves text, and may make another
                more_words, more_headings = split_words(document), stranded_headings(document)
                if not more_words and not more_headings:
                    break
                words, headings = words + more_words, {**headings, **more_headings}
                mended = lay_out(source, splits, words, sizes, headings, code)
                if len(mended.pages) > len(document.pages):
                    break
                document = mended
            if labels := stranded_headings(document, labels=True):  # a bold label line at a page's foot
                mended = lay_out(source, splits, words, sizes, {**headings, **labels}, code)
                if len(mended.pages) <= len(document.pages) and not stranded_headings(mended):
                    document = mended
            return document

        document = pulled_back(lay_out_well(html), lambda: lay_out_well(tightened(html)),
                               lambda: lay_out_well(tightened(html, FULLER_END_CLASS)))
        document.metadata.attachments = []  # nothing is embedded that the user did not ask for
    return document, _summarize_refusals(list(collected), unread[0] if unread else {}), \
        tuple(dict.fromkeys(fetcher.served))


#: Layouts tried at most to mend page ends (a word hyphenated over the break, a heading at the foot).
MENDING_ROUNDS = 3

_REFUSED = re.compile(r"^Failed to load image at '(?P<url>.*?)'.*?: ValueError: refused .*?: "
                      r"(?P<why>outside the theme and the article's folder|an SVG image.*|more than \d+ remote.*"
                      r"|the \d+ s allowed.*|.*)$")


def _summarize_refusals(found: list[str], reasons: dict[str, int] | None = None) -> list[str]:
    """The renderer's warnings with its one line per refused image folded into one line
    for the article, whatever reader made it ("3 images left out: ..."), as the HTML
    reader says of the images it drops itself. `reasons` counts the images left out
    before layout."""
    reasons = dict(reasons or {})
    kept = []
    for line in found:
        match = _REFUSED.match(line)
        if match is None:
            kept.append(line)
            continue
        url, why = match.group("url"), match.group("why")
        if why.startswith("outside"):
            why = REMOTE_IMAGE if url.lower().startswith(("http:", "https:")) else OUTSIDE_IMAGE
        elif why.startswith("an SVG"):
            why = "SVG images from the article (only a theme's own SVG is drawn)"
        elif why.startswith(("more than", "the ")):
            why = f"remote ({why})"  # the limit for one document, as the fetcher says it
        else:
            why = "remote, could not be downloaded"
        reasons[why] = reasons.get(why, 0) + 1
    if reasons:  # in one order whether an image was left out before layout or by the fetcher
        order = [SITE_ROOT_IMAGE, OUTSIDE_IMAGE, MISSING_IMAGE, REMOTE_IMAGE]
        ranked = sorted(reasons, key=lambda why: order.index(why) if why in order else len(order))
        kept.append(images_left_out({why: reasons[why] for why in ranked}))
    return kept


def _drop_unsafe_inline_svg(root) -> None:
    """Read each inline <svg> as the fetcher reads a theme's SVG file, and leave out, with a
    warning, one that may not be drawn (a <use> bomb, an outside reference). Article HTML
    holds none (the sanitizer drops it), so these come from the theme's templates. `root`
    is WeasyPrint's parsed tree (the standard library's ElementTree)."""
    import copy as copy_module
    from xml.etree import ElementTree

    from .fetcher import LOGGER, theme_svg_problem

    def outer_svgs(root):
        stack = [root]  # not recursive: an article may nest blocks very deep
        while stack:
            element = stack.pop()
            for child in list(element):
                if isinstance(child.tag, str) and child.tag.rsplit("}", 1)[-1].lower() == "svg":
                    yield element, child  # an <svg> inside it is read with it
                else:
                    stack.append(child)

    def serialized(svg) -> bytes:
        copy = copy_module.deepcopy(svg)
        copy.tail = None  # the text after the element is not part of it
        for element in copy.iter():  # ElementTree writes the namespaces itself from the tags
            for name in [n for n in element.attrib
                         if n.split(":")[0] == "xmlns" or n.startswith("{http://www.w3.org/2000/xmlns/}")]:
                del element.attrib[name]
        return ElementTree.tostring(copy)

    for parent, svg in list(outer_svgs(root)):
        problem = theme_svg_problem(serialized(svg))
        if problem is not None:
            LOGGER.warning("left out an inline SVG of the theme's template: %s", problem)
            index = list(parent).index(svg)
            if svg.tail:  # the text after it stays
                if index:
                    parent[index - 1].tail = (parent[index - 1].tail or "") + svg.tail
                else:
                    parent.text = (parent.text or "") + svg.tail
            parent.remove(svg)


def _drop_attachment_links(root) -> None:
    """Remove rel=attachment from every link and anchor, whatever wrote it (theme or article)."""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1].lower() in ("a", "link", "area"):
            rel = element.get("rel") or ""
            if "attachment" in rel.lower():
                element.set("rel", "nofollow")


def _drop_dangling_anchors(root) -> None:
    """Unlink a link to a place in the page that the briefing does not print (a page's
    "#annexe", its footnotes' "#nb4-1"): it leads nowhere, and the renderer warned of each."""
    targets = {element.get(key) for element in root.iter() if isinstance(element.tag, str)
               for key in ("id", "name") if element.get(key)}
    for element in root.iter():
        href = element.get("href") if isinstance(element.tag, str) else None
        if href and href.startswith("#") and len(href) > 1 and unquote(href[1:]) not in targets:
            del element.attrib["href"]


def render_pdf(article: Article, theme: Theme, options: Options = DEFAULTS,
               *, base_dir: Path | None = None) -> RenderedPdf:
    """The briefing as PDF bytes, with its page count and the renderer's warnings."""
    variant = pdf_variant(options)
    names: dict[str, str] = {}
    document, found, files = _layout(article, theme, options, base_dir, names)
    with collect_warnings(names=names) as more:
        # A PDF/A or PDF/UA file is tagged (structure tree, language) so it validates; a plain
        # one also carries the article's web address (<meta name="source">) in its Info.
        pdf = document.write_pdf(**({"pdf_variant": variant, "pdf_tags": True} if variant
                                    else {"custom_metadata": True}))
    found = list(dict.fromkeys(found + more))
    if options.strict and found:
        raise RenderError(f"strict mode: the renderer warned {len(found)} time(s): " + "; ".join(found))
    return RenderedPdf(pdf, len(document.pages), found, files)
