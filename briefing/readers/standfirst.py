"""The standfirst (dek) a page sets between its headline and its story.

News pages print a summary paragraph under the headline ("summary introtext",
"article-subline", "m-detail-header--dek", "stand-first") outside the story's container,
so the extractor never sees it and the briefing lost it. Marked as such and not already
part of the story, it is the briefing's subtitle. So is a dek set as headings in the
headline's own group (ESPN's <h3>, El País's two <h2>s): before, those were printed as
the story's first section headings, or not at all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .chrome import is_chrome_line
from .htmlblocks import clean_text, heading_text

_DEK_CLASS = re.compile(r"(?:^|[\s_-])(?:dek|standfirst|stand-first|subline|subtitle|sub-?tit|sub-?heading|sub-head|"
                        r"summary|introtext|intro|lede|lead|leadtext|chapo|chapeau|chapô|unterzeile|\w*abstract"
                        r"|(?<=article[-_])description)(?:$|[\s_-])",  # the Wikimedia blog's "article-description"
                        re.I)
_NOT_DEK = re.compile(r"image|photo|media|caption|credit|video|byline|author|lead(?:er|ing)|alert|cookie|consent"
                      r"|gdpr|privacy|modal|popup", re.I)  # radio-canada.ca's cookie notice is an "alert-summary"
#: Boxes whose deks are not the story's: Spiegel's "videobox" (a list of videos, each with its
#: "headline-intro"), USA Today's share box ("util-bar-flyout-subtitle-share": "Let friends in your
#: social network know what you are reading about").
_AWAY = re.compile(r"related|teaser|promo|card|sidebar|widget|recommend|more-|trending|popular|comment|video"
                   r"|cookie|consent|gdpr|share|flyout|dialog|toolbar", re.I)
_BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 ul ol li figure img time header section table button script style "
                     "noscript iframe".split())
_MIN_WORDS, _MAX_WORDS = 8, 80
_TEASER_CLASS = re.compile(r"(?:^|\s)article[-_]teaser(?:$|\s)", re.I)
_TEASER_WORD = re.compile(r"(?:^|[\s_-])teaser(?:$|\s)", re.I)
#: A short text marked as the article's own dek, not a label of a box of links ("c-aside-teaser__link-label").
_OWN_DEK = re.compile(r"^(?:(?!aside|link|nav|menu)[\w-])*(?:abstract|standfirst|dek|subtitle|chapo|unterzeile"
                      r"|(?:article|news)[-_]teaser)"
                      r"(?:(?!aside|link|nav|menu)[\w-])*$", re.I)
_KICKER_CHARS = 25  # a label set before a dek heading: "Analyse Après une semaine agitée, ..."
_KEY = re.compile(r"\W+")
_PROMPT = re.compile(r"\b(?:subscribe|sign up|newsletter|follow @|follow us)\b", re.I)


def _key(text: str) -> str:
    """What two texts are compared by: their letters and digits, lower case, in one Unicode form
    (Hankook Ilbo's dek writes 李 as U+F9E1, the story as U+674E)."""
    return _KEY.sub("", unicodedata.normalize("NFKC", text)).lower()



def _under_headline(element, title_key: str) -> bool:
    """Whether an element comes straight after the page's headline: caritas.de's "eventbox__teaser",
    the press release's lead, set under its <h1> (a teaser card's headline is its own)."""
    before = element.getprevious()
    return before is not None and before.tag == "h1" and bool(title_key) and _key(before.text_content()) == title_key


def _away(element) -> bool:
    """Inside navigation, an aside, a footer or a box of other stories."""
    for node in element.iterancestors():
        if not isinstance(node.tag, str) or node.tag in ("body", "html"):
            continue  # the page's own classes name its features ("mm-use-consent-management-enabled")
        marks = " ".join(t for t in f"{node.get('class') or ''} {node.get('id') or ''}".split()
                         if not _NOT_AWAY.match(t))
        if node.tag in ("nav", "aside", "footer") or _AWAY.search(marks):
            return True
    return False


#: Classes that name a page's layout, not a box of its own: Drupal's "node--promoted" (a story on the front
#: page), "has-sidebar" (a layout with one), "dialog-off-canvas-main-canvas" (the page's main canvas).
_NOT_AWAY = re.compile(r"(?:has|with)-|dialog-off-canvas|\S*--promoted$")


#: A link to a site's home page: "/", "https://www.bibliothek2null.de", "/index.php".
_HOME = re.compile(r"^(?:https?://[^/?#]+/?|/(?:index\.\w+)?)$")
_BRANDING = re.compile(r"(?:^|\s)(?:site-header|masthead|branding|site-branding|identity)(?:\s|$)")


def _in_site_header(element) -> bool:
    """Inside the site's own header, whose logo links home, outside the story: where a blog sets its tagline,
    the same on every page and often its description too ("Innovative Ideen für Bibliotheken, ..." over a
    post on a relaunch). (A story's own <header> with a breadcrumb "Home" holds its real dek.)"""
    for node in element.iterancestors():
        if not isinstance(node.tag, str) or node.tag in ("article", "main"):
            return False
        if (node.tag == "header" or _BRANDING.search(node.get("class") or "")) and any(
                _HOME.match((a.get("href") or "").strip()) and _is_logo(a) for a in node.iter("a")):
            return True
    return False


def _is_logo(link) -> bool:
    """Whether a link is a site's logo: a picture, or named so."""
    return any(isinstance(d.tag, str) and d.tag in ("img", "svg", "picture") for d in link.iterdescendants()) \
        or "logo" in (link.get("class") or "").lower()


def _story_start(tree, story: str) -> int | None:
    """The place, in document order, of the <p> the story opens with."""
    opening = _key(story)[:30]
    if len(opening) < 20:
        return None
    for index, element in enumerate(tree.iter()):
        if element.tag == "p" and _key(element.text_content()).startswith(opening):
            return index
    return None


def _compound(element) -> bool:
    """A header of several parts (byline, time, headline, share links), not one paragraph (a
    paragraph in a box of its own, "<div class=chapo><div><p>...</p></div></div>", is one)."""
    blocks = [d for d in element.iterdescendants() if isinstance(d.tag, str) and d.tag in _BLOCKS]
    leaves = [d for d in blocks if d.tag in ("p", "div") and not any(
        isinstance(c.tag, str) and c.tag in ("p", "div") for c in d.iterdescendants())]
    return any(d.tag not in ("p", "div", "span") for d in blocks) or len(leaves) > 1


def _lead_paragraph(element):
    """The <p> a marked box opens with when the rest of the box is a short line or two (a date, a
    byline): the box's dek; else None."""
    first = next(element.iter("p"), None)
    if first is None or element.find(".//img") is not None or element.find(".//figure") is not None \
            or _NOT_DEK.search(" ".join(a.get("class") or "" for a in (first, *first.iterancestors()))):
        return None  # a picture's caption or credit
    words = len(clean_text(first.text_content()).split())
    rest = len(clean_text(element.text_content()).split()) - words
    return first if words >= _MIN_WORDS and rest <= 12 else None


_STAMP_CLASS = re.compile(r"(?:^|[-_\s])(?:date|time|timestamp|dateline)(?:$|[-_\s])", re.I)


def _without_stamp(element, text: str) -> str:
    """A dek's text without the date its box opens with: Computer Bild's "<span class="date">19.10.2019,
    15:30 Uhr</span><span class="text">Am 8. Spieltag ..." read "15:30 UhrAm 8. Spieltag"."""
    first = next((child for child in element if isinstance(child.tag, str)), None)
    if first is None or (element.text or "").strip() or not (first.tag == "time" or _STAMP_CLASS.search(
            first.get("class") or "")):
        return text
    stamp = clean_text(first.text_content())
    return text[len(stamp):].strip() if stamp and text.startswith(stamp) else text


def _furniture(text: str, title_key: str) -> bool:
    """A header block holding the headline, a byline or a newsletter prompt, not a dek."""
    key = _key(text)
    return (bool(title_key) and title_key in key) or text.startswith(("By ", "BY ")) or is_chrome_line(text) \
        or bool(_PROMPT.search(text))


def standfirst(tree, story: str, title: str | None, description: str | None = None,
               longest: int = _MAX_WORDS) -> str | None:
    """The text of the first element marked as the page's standfirst, above the story and not
    already in it, else None. One that is the page's description word for word may be short
    ("Gruseln auf letzten Drücker") or marked only as the article's teaser ("article-teaser")."""
    story_key, title_key, described = _key(story), _key(title or ""), _key(description or "")
    start = _story_start(tree, story)
    headline = False  # passed the headline (a box's lead paragraph is a dek only below it)
    for index, element in enumerate(tree.iter()):
        headline = headline or (element.tag == "h1" and bool(title_key) and _key(element.text_content()) == title_key)
        if start is not None and index >= start:
            return None  # below the story's opening: another story's teaser
        if not isinstance(element.tag, str) or element.tag in ("meta", "script", "style", "body", "html"):
            continue
        marks = element.get("class") or ""
        if not (_DEK_CLASS.search(marks) or element.get("itemprop") == "description"
                or (_TEASER_CLASS.search(marks) and _key(element.text_content()) == described)
                or (_TEASER_WORD.search(marks) and _under_headline(element, title_key))) \
                or _NOT_DEK.search(marks):
            continue
        text = _without_stamp(element, heading_text(element))  # line breaks as spaces: "빗속 유세<br>\"국민끼리 ..."
        if headline and _compound(element) and (lead := _lead_paragraph(element)) is not None:
            element, text = lead, heading_text(lead)  # Aerobuzz's "chapo": the dek's <p>, then its date and byline
        fewest = 4 if described and _key(text) == described and _OWN_DEK.search(marks) else _MIN_WORDS
        if (not fewest <= len(text.split()) <= longest or _away(element) or _compound(element)
                or _furniture(text, title_key)):
            continue
        if _key(text)[:80] in story_key:
            return None  # the story opens with it: printed once, there
        return _without_pitch(text)
    return None


#: A dek's closing pitch: "For more ideas on how to stop spending, check out Real Simple."
_PITCH = re.compile(r"(?<=[.!?])\s+(?=[^.!?]*\b(?:check out|click here|read more|visit|subscribe|sign up)\b"
                    r"[^.!?]*[.!?]?$)", re.I)


#: The same pitch begun without a stop before it: "... put the actor on the map Click here for ...".
_PITCH_WORDS = re.compile(r"\s+(?=(?-i:Click here|Check out|Read more|Visit|Subscribe|Sign up)\b)")


def _without_pitch(text: str) -> str:
    """The dek without a closing sentence that sends the reader elsewhere."""
    text = _PITCH_WORDS.split(text, maxsplit=1)[0]
    return _PITCH.split(text, maxsplit=1)[0]


def heading_dek(sections: list, description: str | None) -> tuple[list, str | None]:
    """The story's opening heading when it is the page's description, as a sentence: a dek set
    as a subheading under the headline ("U.S. News is tracking 2016 visits to Iowa, New
    Hampshire and South Carolina."), taken out of the sections as the subtitle."""
    if not sections or not description or not sections[0].heading:
        return sections, None
    heading = sections[0].heading
    kicked = _key(heading).endswith(_key(description)) and len(heading) - len(description) <= _KICKER_CHARS
    if len(heading.split()) < _MIN_WORDS or not kicked:
        return sections, None
    first = sections[0]
    # the page's words, without a kicker set before them (Libération's "Analyse")
    dek = heading if _key(heading) == _key(description) else clean_text(description)
    return [type(first)(None, first.blocks, first.level), *sections[1:]], dek


_LABEL_LINE = re.compile(r"^(?:summary|abstract|in brief|résumé|zusammenfassung|resumen|sommario)\s*:$", re.I)


def labelled_dek(sections: list) -> tuple[list, str | None]:
    """The paragraph under a "Summary:" line that opens the story, as the subtitle, the line
    and the paragraph taken out of the sections (obamawhitehouse.archives.gov's posts)."""
    if not sections or len(sections[0].blocks) < 3:
        return sections, None
    label, dek = sections[0].blocks[:2]
    if label.kind != "paragraph" or dek.kind != "paragraph" or not _LABEL_LINE.match(label.text.strip()) \
            or len(dek.text.split()) > _MAX_WORDS:
        return sections, None
    first = sections[0]
    return [type(first)(first.heading, first.blocks[2:], first.level), *sections[1:]], dek.text


#: A headline group's line that is no dek: a date stamp ("Published Nov 18, 2019 at 4:07 PM |
#: Updated ...") or a list of tags ("Topics: Crack, damage, earthquake, nation").
_STAMP_OR_TAGS = re.compile(r"\b(?:published|updated|posted)\b.*\d|^[\w ]{1,20}:\s*\w[^,]*(?:,[^,]+){3,}$", re.I)


def _headline_group(tree, title: str | None) -> list[str]:
    """The headings set after the headline in its own group (its parent's): a dek set as an
    <h2> or <h3> (ESPN's "Are Urban Meyer and Nick Saban really closing practices because of
    agents?", El País's two <h2>s in its "hgroup"); and a paragraph marked as the subtitle
    right under the headline, however short (MK.ru's <p class="article__subtitle">"Президент
    Белоруссии не дорос до настоящего диктатора", six words, over its longer description)."""
    key = _key(title or "")
    headline = next((h for h in tree.iter("h1") if key and _key(clean_text(h.text_content())) == key), None)
    group = headline.getparent() if headline is not None else None
    if group is None or group.tag in ("body", "html", "main", "article", "section"):
        return []  # no group of the headline's own
    texts, after = [], False  # type: list, bool
    for element in group.iter():
        if element is headline:
            after = True
        elif after and element.tag == "p" and clean_text(element.text_content()):
            if not texts and _marked_subtitle(element, headline):
                texts.append(heading_text(element))
            break  # the story (or a byline paragraph) begins
        elif after and element.tag in ("h2", "h3", "h4") and len(heading_text(element).split()) >= _MIN_WORDS:
            texts.append(heading_text(element))
    return texts


def _marked_subtitle(paragraph, headline) -> bool:
    """Whether a paragraph is the headline's next element, marked by its class as the dek, too
    short for `standfirst` (four to seven words) and with no digit (not a date line)."""
    marks = paragraph.get("class") or ""
    text = clean_text(paragraph.text_content())
    return paragraph.getprevious() is headline and bool(_DEK_CLASS.search(marks)) and not _NOT_DEK.search(marks) \
        and _SHORT_DEK <= len(text.split()) < _MIN_WORDS and not re.search(r"\d", text)


_SHORT_DEK = 4  # words: a subtitle marked so under the headline may be this short


def header_deks(tree, sections: list, title: str | None) -> tuple[list, str | None]:
    """The story's opening headings that are set in the headline's group, as a sentence of
    at least eight words each (a marked subtitle under it, four): a dek, taken out of the
    sections as the subtitle."""
    grouped = [text for text in _headline_group(tree, title)
               if not is_chrome_line(text) and not _STAMP_OR_TAGS.search(text)]
    group = {_key(text) for text in grouped}
    body = _key(" ".join(f"{s.heading or ''} {b.text}" for s in sections for b in s.blocks))
    if grouped and all(_key(text) not in body for text in grouped) and not any(
            s.heading and _key(s.heading) in group for s in sections):
        return sections, _sentences(grouped)  # set above the story, where the extractor did not look
    taken: list[str] = []
    while sections and sections[0].heading and _key(sections[0].heading) in group:
        first = sections.pop(0)
        taken.append(first.heading)
        if first.blocks:
            sections = [type(first)(None, first.blocks, first.level), *sections]
            break
    return sections, _sentences(taken)


def _sentences(texts: list[str]) -> str | None:
    """Headings as one standfirst: "A. B" (a stop between two, none added at the end)."""
    texts = [t.rstrip() for t in texts]
    return " ".join(t if t[-1] in ".!?…" or n == len(texts) - 1 else t + "." for n, t in enumerate(texts)) or None


def subtitle_of(tree, sections: list, title: str | None, description: str | None,
                descriptions: tuple[str, ...] = ()) -> tuple[list, str | None]:
    """The sections and the standfirst: the page's marked dek, else a heading set with the
    headline or one that is the page's description, or a paragraph under a "Summary:" line
    that opens the story (taken out of the sections)."""
    sections, grouped = header_deks(tree, list(sections), title)
    subtitle = standfirst(tree, " ".join(b.text for s in sections for b in s.blocks), title, description)
    if grouped:  # printed once, above the marked dek if the page has one too
        subtitle = grouped if not subtitle or _key(subtitle) in _key(grouped) else _sentences([grouped, subtitle])
    if subtitle is not None and _key(subtitle) == _key(title or ""):
        subtitle = None  # the headline set again in parts (TMZ's "PRINCE / Woman Warns Estate ..."): no dek
    if subtitle is None:
        sections, subtitle = heading_dek(sections, description)
    if subtitle is None:
        sections, subtitle = labelled_dek(sections)
    for given in dict.fromkeys((description, *descriptions) if description else descriptions):
        if subtitle is None:  # the page's descriptions, each (one may be cut short, another whole)
            subtitle = described_dek(tree, " ".join(b.text for s in sections for b in s.blocks), given)
    if subtitle is None:
        sections, subtitle = opening_dek(tree, sections)
    if subtitle is None:
        sections, subtitle = lone_heading_dek(sections)
    if subtitle is None and sections:
        sections = _with_long_dek(tree, sections, title, description)
    return (_without_dek_heading(sections, subtitle) if subtitle else sections), subtitle


_LONG_DEK = 400  # words of a marked dek too long to print as a standfirst, kept as the story's first paragraph


def _with_long_dek(tree, sections: list, title: str | None, description: str | None) -> list:
    """The sections with a marked dek too long for a standfirst set before the story, which
    leans on it: mpimet's 123-word "teaser-text" says who and what "dieser frühen Geschichte"
    in the first paragraph is. Shorter ones are the subtitle (`standfirst`)."""
    from ..model import Block

    story = " ".join(b.text for s in sections for b in s.blocks)
    dek = standfirst(tree, story, title, description, longest=_LONG_DEK)
    if dek is None or len(dek.split()) <= _MAX_WORDS:
        return sections
    first = sections[0]
    return [replace(first, blocks=(Block("paragraph", dek), *first.blocks)), *sections[1:]]


#: The fewest words of a lone heading read as the standfirst ("First clinical trial of an automated
#: blood drawing and testing device"); a shorter one ("Background") heads the story.
_DEK_HEADING_WORDS = 5


def lone_heading_dek(sections: list) -> tuple[list, str | None]:
    """The story's only heading, set over its first paragraph: the standfirst that Rutgers' release
    sets as the <h3> opening its body (one heading cannot part a story into sections)."""
    heading = (sections[0].heading or "").strip() if len(sections) == 1 else ""
    words = len(heading.split())
    if words < _DEK_HEADING_WORDS or heading.endswith((":", "?")) or heading[:1].isdigit() \
            or (heading.endswith(".") and words < 2 * _DEK_HEADING_WORDS) or is_chrome_line(heading):
        return sections, None  # no dek: a stamp ("16.10.2019 betrifft: ..."), a notice ("Your PDF has ... downloaded.")
    return [replace(sections[0], heading=None)], sections[0].heading


_KICKER_WORDS = 3  # a line this short over the standfirst is the story's kicker


def opening_dek(tree, sections: list) -> tuple[list, str | None]:
    """The story's first paragraph when the page marks it as the standfirst, taken out as the subtitle: the
    extractor keeps Deutschlandfunk's <p class="subtitle">, ak's "wp-block-ak-unterzeile" and a TYPO3 news
    item's itemprop="description" under the headline as the story's opening, printed as its first paragraph
    (reviews R9, R10)."""
    if not sections or sections[0].heading:
        return sections, None
    blocks = sections[0].blocks
    # a kicker of a word or two may stand first (the EKHN's "Pflege" over its teaser)
    at = 1 if len(blocks) > 2 and len(blocks[0].text.split()) <= _KICKER_WORDS else 0
    if len(blocks) < at + 2 or blocks[at].kind != "paragraph":
        return sections, None
    first = blocks[at].text
    if not _MIN_WORDS <= len(first.split()) <= _MAX_WORDS:
        return sections, None
    wanted = _key(first)
    for element in tree.iter("p", "div", "h2", "span"):
        marks = element.get("class") or ""
        if (_OWN_DEK.search(marks) or element.get("itemprop") == "description") and not _NOT_DEK.search(marks) \
                and _key(element.text_content()) == wanted \
                and sum(isinstance(d.tag, str) and d.tag in _BLOCKS for d in element.iterdescendants()) <= 1 \
                and not _away(element):  # its text alone, or in one <p>
            rest = blocks[:at] + blocks[at + 1:]
            return [type(sections[0])(None, rest, sections[0].level), *sections[1:]], first
    return sections, None


def described_dek(tree, story: str, description: str) -> str | None:
    """A paragraph (or a <div> of text alone: Mediapart's "introduction", NBC's "articleDek") above
    the story that is the page's description word for word, unmarked and
    left out by the extractor (Novinky's "Po stopách králů Šumavy. Tak se jmenuje beseda, ...",
    the only place that gives the event's day): the standfirst. None when the story holds it."""
    wanted = _key(description)
    if not _MIN_WORDS <= len(description.split()) <= 2 * _MAX_WORDS or wanted[:80] in _key(story):
        return None
    start = _story_start(tree, story)
    for index, element in enumerate(tree.iter()):
        if start is not None and index >= start:
            return None  # the story has begun
        if element.tag in ("p", "div") and not _holds_blocks(element) and _key(element.text_content()) == wanted \
                and not _away(element) and not _in_site_header(element):
            return clean_text(element.text_content())
    return None


def _holds_blocks(element) -> bool:
    """Whether an element holds other blocks: a wrapper, not the paragraph or box of text itself."""
    return any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in element.iterdescendants())


def _without_dek_heading(sections: list, subtitle: str) -> list:
    """The sections without a heading among the first three that prints the standfirst again
    (Sermitsiaq's dek, marked as such and set as the heading over the story's first text)."""
    out = list(sections)
    for index, section in enumerate(out[:3]):
        if section.heading and _key(section.heading) == _key(subtitle):
            out[index] = type(section)(None, section.blocks, section.level)
    return [s for s in out if s.heading or s.blocks]
