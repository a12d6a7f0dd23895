"""Sanitize article HTML to a safe allow-list before it reaches the renderer.

No script, iframe, object, embed, link, meta, form or style; no event handlers, style
attributes or classes (a class could match the theme's CSS); links keep only their href
(never rel=attachment); images keep src and alt, and the renderer's URL fetcher decides
whether a src may be read at all. A `data:` image must declare a raster type: an SVG one
(or any other) is dropped with a warning, since a few KB of nested SVG `<use>` elements
expand into billions of shapes.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
    "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
    "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "time", "tr", "u", "ul", "var", "section", "aside", "details", "summary",
}
ATTRIBUTES = {
    "a": {"href", "title", "id"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start", "type"},
    "li": {"id", "value"},
    "abbr": {"title"},
    "time": {"datetime"},
    "sup": {"id"},
    "div": {"id"},
    "code": {"class"},  # only "language-*" survives: see _keep_attribute
    "h1": {"id"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "h5": {"id"}, "h6": {"id"},
    "p": {"id"},
}
URL_SCHEMES = {"http", "https", "mailto", "data"}
#: The media types a `data:` image may declare: raster images, never SVG.
RASTER_TYPES = {"image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp", "image/bmp", "image/tiff"}

#: The sanitizer's warnings; the renderer collects them with WeasyPrint's.
LOGGER = logging.getLogger("briefing.render")


_LANGUAGE_CLASS = re.compile(r"^language-[\w+#.-]{1,40}$")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Article HTML keeps no class a theme's CSS could match (.marking, .title, ...).

    A class would let an article restyle the page or take over the running header and
    footer (a forged "TLP:CLEAR" marking); only a code block's language survives.
    """
    if attribute == "class":
        kept = [c for c in value.split() if _LANGUAGE_CLASS.match(c)]
        return " ".join(kept) or None
    if tag == "img" and attribute == "src" and data_url_type(value) not in (None, *RASTER_TYPES):
        shown = re.sub(r"[^\w/+.-]", "", data_url_type(value) or "")[:40] or "text/plain"
        LOGGER.warning(f"left out an image in a data: URL of type {shown}: an article may embed "
                       "PNG, JPEG, GIF, WebP, BMP or TIFF, never SVG")
        return None
    return value


def data_url_type(url: str) -> str | None:
    """The media type a `data:` URL declares, lower case ("" for none); None for another URL."""
    url = url.strip()
    if url[:5].lower() != "data:":
        return None
    media_type = re.split(r"[;,]", url[5:], maxsplit=1)[0]
    return unquote(media_type).strip().lower()


def sanitize_html(html: str) -> str:
    """Keep only allow-listed tags and attributes; drop dangerous elements with their content,
    and list items with nothing in them (a page's empty <li> printed a lone bullet over the
    paragraph after the list)."""
    import nh3

    return _EMPTY_ITEM.sub("", nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "template",
                            "noscript", "textarea", "select", "svg", "math"},
        link_rel="noopener noreferrer",
        attribute_filter=_keep_attribute,
        strip_comments=True,
    ))


_EMPTY_ITEM = re.compile(r"<li(?:\s[^>]*)?>\s*</li>")
