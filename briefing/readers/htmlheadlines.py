"""The page's headlines among its <h1>s (and a blog's post title in an <h2>): not a section's
or site's label set as one, a link home, or an <h1> the page hides."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from .htmlblocks import clean_text
from .htmltitle import squash

#: The class of an <h1> that is a section's or site's label over the story ("Letters to the
#: Editor" linked to the section) or its tag-line (DiEM25's footer "Democracy in Europe Movement
#: 2025"), not its headline; and of a headline set in an <h2> by a
#: blog that prints no <h1> ("blog_post_title", "entry-title").
_LABEL_H1 = re.compile(r"(?:^|[-_])(?:section|site|logo|brand|masthead|category|tag-?line|slogan)(?:$|[-_])", re.I)
_TITLE_CLASS = re.compile(r"(?:entry|post|article|blog|story)(?:[-_]post)?[-_](?:title|headline)", re.I)


def site_link(heading, url: str | None) -> bool:
    """Whether an <h1> is only a link to the site's home or a section above the page (the
    Wall Street Journal's blogs set "The Wall Street Journal" so, a logo over the headline),
    with at most a short label before it ("BLOG:", SciLogs)."""
    links = list(heading.iter("a"))
    whole, linked = clean_text(heading.text_content()), clean_text(links[0].text_content()) if links else ""
    label = whole.replace(linked, "", 1).strip() if linked else whole
    if len(links) != 1 or label and not (len(label.split()) <= 2 and label.endswith(":")):
        return False  # only the link, or a label before it ("BLOG: <a>Die Engelbart-Galaxis</a>")
    if any(_LABEL_H1.search(c) for c in (links[0].get("class") or "").split()):
        return True
    target = urlsplit(urljoin(url or "", (links[0].get("href") or "").strip()))
    if not target.netloc:
        return False
    path = target.path.rstrip("/")
    page = urlsplit(url).path.rstrip("/") if url else None
    return not path or (page is not None and page != path and page.startswith(path + "/"))


def headlines(tree, url: str | None = None, og_title: str | None = None) -> list[str]:
    """The page's headlines: its <h1>s but a section's or site's label, or, with no <h1>,
    the <h2>s whose class says they are the post's title."""
    h1s = [h for h in tree.iter("h1") if (_marked_headline(h, og_title) or not any(
           _LABEL_H1.search(c) for c in (h.get("class") or "").split())) and not site_link(h, url) and not _hidden(h)]
    posts = [h for h in tree.iter("h2", "h3") if any(_TITLE_CLASS.fullmatch(c) for c in (h.get("class") or "").split())]
    if not h1s and not any(True for _ in tree.iter("h1")):
        h1s = [h for h in posts if h.tag == "h2"]
    elif len(posts) == 1 and (not h1s or _blog_names(h1s, tree)):
        h1s = posts  # the <h1>s are the blog's name or its link home: the one post's title heads the page
    return [clean_text(h.text_content()) for h in h1s]


HIDDEN_CLASSES = {"hidden", "hide", "is-hidden", "d-none", "display-none", "visually-hidden", "sr-only",
                 "visuallyhidden", "is-visually-hidden", "screen-reader-text", "screen-reader-only", "offscreen",
                 "is-aural", "aural"}


def _hidden(element) -> bool:
    """Whether an element is not shown: money.cnn.com's "thanks for visiting cnnmoney." <h1>
    sits in a <div class="move-to-business hide">."""
    return any(e.get("hidden") is not None or e.get("aria-hidden") == "true"
               or "display:none" in (e.get("style") or "").replace(" ", "")
               or HIDDEN_CLASSES & set((e.get("class") or "").lower().split())
               or any(_HIDDEN_MODIFIER.search(c) for c in (e.get("class") or "").split())
               for e in (element, *element.iterancestors()))


#: A class that hides an element for all but screen readers, as a modifier of the element's own:
#: the NFL's <h1 class="nfl-o-page-title nfl-o-page-title--visuallyhidden"> of the site's name.
_HIDDEN_MODIFIER = re.compile(r"(?:--|__)(?:visually-?hidden|sr-only|screen-?reader(?:-only|-text)?)$", re.I)


def _blog_names(h1s: list, tree) -> bool:
    """Whether the page's <h1>s are its blog's name, which its <title> sets before the post's
    ("Lost in JIT: PyPy and the road towards SciPy" over <h1>Lost in JIT</h1>, Blogger's)."""
    title = clean_text(tree.findtext(".//title") or "")
    return bool(h1s) and all((name := clean_text(h.text_content())) and title.startswith(name + ":") for h in h1s)




def _marked_headline(heading, og_title: str | None) -> bool:
    """Whether an <h1> says it is the headline whatever its class: microdata's itemprop
    "headline", or the page's og:title word for word (the Daily Record's <h1 class="section-
    theme-background-indicator"> styled in its section's colour is no section label)."""
    if "headline" in (heading.get("itemprop") or "").lower().split():
        return True
    return bool(og_title) and squash(clean_text(heading.text_content())) == squash(og_title or "")
