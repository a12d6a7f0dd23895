"""Model -> HTML: the theme's Jinja templates, sandboxed, autoescaped and held to the
limits of `sandbox.py` (time, output, memory, operator results).

The article's own HTML goes through `sanitize_html`; very long unbroken runs get break
points so that WeasyPrint can wrap them.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from pathlib import Path

from .. import __version__
from ..errors import ThemeError
from ..model import Article
from ..options import DEFAULTS, Options
from ..paths import inside
from ..themes import Theme
from .labels import ENGLISH
from .locale import fill, language, language_tag
from .qrcode import qr_code
from .sanitize import sanitize_html
from .titleend import keep_end, running_title

#: Colours of handling markings: TLP 2.0 labels and classification banners.
_MARKING_CLASSES = (
    ("TLP:AMBER+STRICT", "tlp-amber"), ("TLP:AMBER", "tlp-amber"), ("TLP:RED", "tlp-red"),
    ("TLP:GREEN", "tlp-green"), ("TLP:CLEAR", "tlp-clear"), ("TLP:WHITE", "tlp-clear"),
    ("TOP SECRET", "cls-top-secret"), ("UNCLASSIFIED", "cls-unclassified"),
    ("CONFIDENTIAL", "cls-confidential"), ("SECRET", "cls-secret"), ("OFFICIAL", "cls-official"),
)


def marking_for(options: Options, theme: Theme) -> str | None:
    """The handling marking to print: the option, else the theme's default ("" turns it off)."""
    marking = options.with_theme_defaults(theme.defaults).marking
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


def environment(template_dirs: tuple[Path, ...]):
    """The sandboxed Jinja environment over a theme's template folders, made once per
    process: it keeps the compiled templates (compiling them costs about 20 ms an article)
    and reloads any file that changed."""
    return _environment_for(tuple(template_dirs))


def forget_templates() -> None:
    """Forget the compiled environments: a template added to a theme since is then found
    (Jinja notices an edited template by itself, not a new one that now takes precedence)."""
    _environment_for.cache_clear()


@functools.lru_cache(maxsize=16)
def _environment_for(template_dirs: tuple[Path, ...]):
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined, pass_context
    from markupsafe import Markup, escape

    from .sandbox import LimitedSandbox

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
    env = LimitedSandbox(loader=loader, autoescape=True, undefined=StrictUndefined)

    @pass_context
    def date_filter(context, value: str, precision: str | None = None) -> str:
        """The date in the briefing's language (the context's `lang`, English without one)."""
        return language(language_tag(context.get("lang"))).date(value, precision)

    env.filters["display_date"] = date_filter

    @pass_context
    def dated_filter(context, point: object) -> Markup:
        """A key point's (or a pack point's) text with each relative day it names followed by its date:
        "said Thursday (28 December 2017)" (the point's `dated`, made by the analysis)."""
        def field(name: str, default):
            return point.get(name, default) if isinstance(point, dict) else getattr(point, name, default)

        text, at, parts = str(field("text", "")), 0, []
        for end, day, precision in field("dated", ()) or ():
            parts += [escape(text[at:end]), Markup(' <span class="resolved-date">(%s)</span>')
                      % date_filter(context, day, precision)]
            at = end
        return Markup("").join([*parts, escape(text[at:])])

    env.filters["dated"] = dated_filter
    env.filters["fill"] = fill
    # What a template sees when it is rendered, or a macro imported, without the briefing's
    # context (the labels and language of render_html): English.
    env.globals.update(lang="en", dir="ltr", labels=ENGLISH)
    env.filters["safe_html"] = lambda html: Markup(sanitize_html(html))
    env.filters["keep_end"] = keep_end
    env.filters["running_title"] = running_title

    @pass_context
    def qr_filter(context, url: object) -> Markup:
        """The address as a printed QR code (the context's `qr_codes` holds those made already)."""
        return qr_code(url, context.get("qr_codes"))

    env.filters["qr_code"] = qr_filter
    return env


def render_template(theme: Theme, name: str, context: dict) -> str:
    """Render one of the theme's templates within the sandbox's limits (time, output,
    memory); a broken or runaway theme is a ThemeError naming it."""
    from jinja2 import TemplateError, TemplateSyntaxError

    from .sandbox import OverLimit, render_limited

    try:
        return render_limited(lambda: environment(theme.template_dirs).get_template(name), context)
    except OverLimit as exc:
        raise ThemeError(f"theme {theme.name!r} stopped: {exc}", theme.template_dirs[0]) from None
    except TemplateSyntaxError as exc:
        where = exc.filename or exc.name or "template"
        raise ThemeError(f"template error at line {exc.lineno}: {exc.message}", where) from None
    except TemplateError as exc:
        raise ThemeError(f"template error in theme {theme.name!r}: {exc}") from None
    except ThemeError:
        raise
    except Exception as exc:  # a theme's expression failed: the theme's fault, not a crash
        raise ThemeError(f"template failed in theme {theme.name!r}: {type(exc).__name__}: {exc}") from None


def _besides(points, line: str | None) -> list:
    """The key points that do not restate the bottom line (which a theme prints first)."""
    if not line:
        return list(points)
    said = set(re.findall(r"\w+", line.casefold()))

    def restates(text: str) -> bool:
        return len(said & set(re.findall(r"\w+", text.casefold()))) >= 0.75 * len(said)

    return [p for p in points if not restates(p.text)]


def _source_shown(meta) -> str | None:
    """The source as the masthead prints it: the publication with its domain, "Wired
    (wired.com)", or the domain alone; never the whole web address (it goes in the link)."""
    if not meta.source or not meta.domain:
        return meta.source
    if re.sub(r"\W", "", meta.domain.split(".")[0].lower()) in re.sub(r"\W", "", meta.source.lower()) \
            and "." in meta.source:
        return meta.source  # "Space.com" says its domain already
    return meta.source if meta.source == meta.domain else f"{meta.source} ({meta.domain})"


#: How many dated events the timeline box must leave out before the briefing ends with the
#: whole chronology: one or two more rows would mostly repeat the box.
CHRONOLOGY_MIN_LEFT_OUT = 3
#: The share of an article's dated entries that must fall on dates of their own for them to
#: make a chronology: a review that comes back to "the 2016 model" eight times, or a debate
#: quoting the same years, refers to dates rather than telling a history.
CHRONOLOGY_DISTINCT_DATES = 0.75


def _boxed(article: Article) -> list:
    """The timeline box's entries: those chosen for it, and all the author gave."""
    return [e for e in article.timeline if e.shown or e.origin == "given"]


def chronology(article: Article) -> list:
    """Every dated event of the article, in time order, for a chronology after the body, when
    the timeline box shows some and leaves at least CHRONOLOGY_MIN_LEFT_OUT out, and the
    entries tell a history (mostly one a date; not a speech, whose years are its argument's);
    else nothing."""
    events = article.timeline
    shown = _boxed(article)
    if not shown or len(events) - len(shown) < CHRONOLOGY_MIN_LEFT_OUT or article.genre == "speech":
        return []
    if len({e.date for e in events}) < CHRONOLOGY_DISTINCT_DATES * len(events):
        return []
    return sorted(events, key=lambda e: e.sort_key)


def render_html(article: Article, theme: Theme, options: Options = DEFAULTS) -> str:
    """The briefing as an HTML document, ready for WeasyPrint."""
    meta = article.metadata
    marking = marking_for(options, theme)
    subject = meta.description or meta.subtitle or (
        article.key_points[0].text if article.key_points else None)
    speaks = language(language_tag(meta.language, options.lang))
    context = {
        "meta": meta,
        "sections": article.sections,
        "key_points": article.key_points,
        "bottom_line": article.bottom_line,
        "judgments": _besides(article.key_points, article.bottom_line),
        "genre": article.genre,
        "timeline": _boxed(article),
        "chronology": chronology(article),
        "bio": article.bio,
        "bio_name": article.bio_author.name if article.bio_author else "",
        "marking": marking,
        "marking_class": marking_class(marking),
        "subject": subject,
        "source_shown": _source_shown(meta),
        "source_url": meta.url if meta.domain else None,
        "theme_name": theme.name,
        "version": __version__,
        "created": meta.date or _dt.date.today().isoformat(),
        "modified": _dt.date.today().isoformat(),
        # The briefing's language: labels, dates, names, the page count's words, direction.
        "lang": speaks.tag,
        "dir": speaks.direction,
        "labels": speaks.labels,
        "author_names": speaks.names([a.name for a in meta.authors], meta.author_names),
        "page_label": speaks.page_parts(),
    }
    html = render_template(theme, "briefing.html.j2", context)
    # Break points go into the body's text only, never into the title or metadata.
    head, tag, body = html.partition("<body")
    return head + tag + breakable_html(body) if tag else html
