"""A story, or a post quoted in it, that a page prints only for readers without JavaScript or
after they consent.

Blogger's corporate template (Google's blogs) writes each post twice: as a script template
that its JavaScript fills in, and as the same post inside <noscript>. Without scripts, the
<noscript> copy is the page's only text of the story, and an extractor that skips
<noscript> (as one skips tracking pixels there) finds nothing but the sidebar. A consent
manager keeps an embedded tweet's markup as the text of a <textarea> until the reader agrees
(Amnesty's "Twitter freischalten"): the quoted post is the story's, and is parsed into its place.
"""

from __future__ import annotations

import re

_MIN_WORDS = 100  # a <noscript> of a pixel, a style or a notice holds a few words at most
_PROBE = 20  # words from the middle of the copy, looked for elsewhere (its byline may not repeat)


def reveal_noscript_stories(tree) -> int:
    """Unwrap, in place, each <noscript> of the body that holds a story's worth of text the
    page does not print elsewhere; returns how many."""
    revealed = 0
    for element in list(tree.iter("noscript")):
        words = " ".join(element.xpath(".//text()")).split()
        if len(words) < _MIN_WORDS or element.getparent() is None:
            continue
        middle = len(words) // 2
        probe = " ".join(words[middle:middle + _PROBE])
        if _printed_text(tree).count(probe) > 1:
            continue  # the page prints the story too: its <noscript> copy would print it twice
        element.drop_tag()
        revealed += 1
    return revealed


def _printed_text(tree) -> str:
    """The page's text outside scripts and styles (a script template's copy is no print)."""
    return " ".join(" ".join(tree.xpath("//text()[not(ancestor::script) and not(ancestor::style)]")).split())


#: An embedded post's own markup, kept as text: a tweet's, an Instagram post's or a Mastodon toot's blockquote.
_EMBED_CODE = re.compile(r"<blockquote[^>]*class=[\"'][^\"']*(?:twitter-tweet|instagram-media|mastodon-embed)", re.I)


def reveal_consent_embeds(tree) -> int:
    """Parse, in place, each <textarea> that holds an embedded post's markup (a consent manager's store of
    it until the reader agrees) into the post's blockquote; returns how many."""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    revealed = 0
    for area in list(tree.iter("textarea")):
        code = area.text or ""
        if not _EMBED_CODE.search(code) or area.getparent() is None:
            continue
        try:
            parts = lxml_html.fragments_fromstring(code)
        except (ParserError, ValueError):
            continue
        quotes = [part for part in parts if not isinstance(part, str) and part.tag == "blockquote"]
        if not quotes:
            continue
        # the whole placeholder goes: its "Twitter freischalten" and privacy note stood in for the post
        holder = next((a for a in area.iterancestors() if "placeholder" in (a.get("class") or "").lower()
                       or a.get("data-placeholder-for")), area)
        for quote in quotes:
            holder.addprevious(quote)
        parent = holder.getparent()
        if parent is not None:
            parent.remove(holder)
        for box in [parent, *parent.iterancestors()] if parent is not None else []:
            if "embed" in (box.get("class") or "").lower():
                box.attrib.pop("class")  # "paragraph--type--embed-code": the extractor drops an embed's box whole
        revealed += 1
    return revealed
