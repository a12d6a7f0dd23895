"""Players a page embeds in its story (a YouTube video, a SlideShare deck, a podcast): a PDF
cannot play them, and the extractor drops an <iframe> without a word, so the reader saw a
heading over nothing (techlog.iij.ad.jp's four talks, each its slides). Each becomes a line
that names it and links to it, "Video: https://www.youtube.com/watch?v=...", as a Hugo or
Jekyll post's video shortcode does (shortcodes.py)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: Players by their address: (host pattern, path pattern, label, the address to print from the match).
_PLAYERS = (
    (r"(?:www\.)?youtube(?:-nocookie)?\.com", r"/embed/([\w-]{6,20})", "Video", "https://www.youtube.com/watch?v={}"),
    (r"player\.vimeo\.com", r"/video/(\d+)", "Video", "https://vimeo.com/{}"),
    (r"(?:www\.)?dailymotion\.com", r"/embed/video/(\w+)", "Video", "https://www.dailymotion.com/video/{}"),
    (r"(?:www\.)?slideshare\.net", r"/slideshow/embed_code/.+", "Slides", None),
    (r"speakerdeck\.com", r"/player/\w+", "Slides", None),
    (r"docs\.google\.com", r"/presentation/.+", "Slides", None),
    (r"open\.spotify\.com", r"/embed(/.+)", "Audio", "https://open.spotify.com{}"),
    (r"w\.soundcloud\.com", r"/player/.*", "Audio", None),
)


#: The line that stands for a player: chrome checks leave it be ("Video: …" reads as a caption).
PLAYER_LINE = re.compile(r"^(?:Video|Slides|Audio): https?://\S+$")


def player_link(src: str) -> tuple[str, str] | None:
    """(label, address) for an embedded player's address, or None for any other frame."""
    url = f"https:{src}" if src.startswith("//") else src
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    for host, path, label, shown in _PLAYERS:
        if re.fullmatch(host, parts.hostname or "") and (found := re.match(path, parts.path)):
            address = shown.format(found.group(1)) if shown else f"https://{parts.netloc}{parts.path}"
            return label, address
    return None


def link_players(tree) -> int:
    """Put a labelled link in place of each embedded player (an <iframe> of a known host), and
    drop the heading of a widget: a heading that holds a frame of no player and is followed
    straight away by another heading (Focus's "<h2>Neues Lego-Set startet durch <iframe ...
    chipwidget>" before "<h2>So sichern Sie sich ..."), whose frame is never printed.
    Returns how many players."""
    from lxml import etree

    done = 0
    for frame in list(tree.iter("iframe")):
        parent = frame.getparent()
        found = player_link((frame.get("src") or frame.get("data-src") or "").strip())
        if parent is not None and found is None:
            _drop_widget_title(frame)
        if parent is None or found is None:
            continue
        label, address = found
        line = etree.Element("p")
        line.text = f"{label}: "
        link = etree.SubElement(line, "a", href=address)
        link.text = address
        line.tail = frame.tail
        if parent.tag == "p" and _alone(frame, parent) and parent.getparent() is not None:
            parent.addprevious(line)  # the frame alone in a paragraph: the line takes its place
            line.tail = parent.tail
            parent.getparent().remove(parent)
        else:
            line.tag = "span" if parent.tag == "p" else "p"  # beside a paragraph's words: within it
            parent.replace(frame, line)
        done += 1
    return done


def _alone(frame, paragraph) -> bool:
    """Whether a frame is all a paragraph holds (white space and empty elements aside)."""
    if (paragraph.text or "").strip() or (frame.tail or "").strip():
        return False
    return all(child is frame or not ("".join(child.itertext()) + (child.tail or "")).strip()
               for child in paragraph)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _drop_widget_title(frame) -> None:
    """Drop the heading that holds `frame` (no player's) when another heading follows it at once."""
    heading = next((a for a in frame.iterancestors() if a.tag in _HEADINGS), None)
    if heading is not None and heading.getparent() is not None and (after := heading.getnext()) is not None \
            and after.tag in _HEADINGS:
        heading.drop_tree()
