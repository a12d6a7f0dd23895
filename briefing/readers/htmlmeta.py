"""Metadata of a saved web page: JSON-LD, Open Graph, `<meta>`, bylines and the author box.

Each field is looked up in a fixed order of sources (structured data first, visible
page text last) and cleaned: titles lose their " | Site" suffix, bylines their "By"
and shouting capitals, dates become ISO. Works on an lxml tree; no network.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urlsplit

from ..dates import parse_date
from .byline import capitalised, credited_names, dateline, is_role
from .chrome import is_chrome_line
from .htmlblocks import clean_text
from .htmlheadlines import headlines, site_link
from .htmlpeople import (
    MORE_BY_LABEL,
    blog_owner,
    byline_elements,
    is_agency,
    is_outlet,
    is_site,
    profile_names,
    reads_as_person,
)
from .htmlsignature import closing_signature
from .htmltitle import domain_label, page_title, squash
from .jsonld import json_ld, ld_articles, ld_author_names, ld_persons, ld_referenced, ld_text
from .localtime import local_day
from .pagedates import in_others_box
from .personnames import drop_brackets, family_name_first
from .sitename import named_site, publication, site_after_headline, titled_publication

#: A byline's opening word: "By", "Par", ..., Arabic "كتب/كتبت" (wrote), "بقلم" (by the pen of); and
#: "Author", a screen reader's label before the name (WordPress's twentyfifteen theme).
_BY = re.compile(rf"^(?:{MORE_BY_LABEL}|"
                 r"(?:posted|written|published) by|by|author|autor(?:/?in)?|auteur|par|von|por|door|di|av|作者|كتب"
                 r"|كتبت|بقلم)\s*[:：︱|]?\s+", re.I)
_ON_DAY = re.compile(r"\s+on\s+(?:\w+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b.*$")
#: A byline's own time stamp after the name, without "on": "J.R. Stone Thursday, November 9, 2023 7:35AM".
_DATE_TAIL = re.compile(r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                        r"Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
                        r"|Dec)[a-z]*\.?,?)\s+\d{4}\b.*$")  # "... Nov. 8, 2020 ...", "... 8 January 2020, 3:51 pm"
#: A social handle after a name ("April Glaser@aprilaser", "Jane Doe @janedoe"); not an e-mail's "@host.com".
_HANDLE = re.compile(r"(?<=\w)\s*@\w{2,30}(?![\w.@])")
#: "ByJ.R. Stone", "Veröffentlicht vonChris Jung": the label's box (a screen reader's text) and the name's, side by side
_GLUED_BY = re.compile(r"^(?:(?:Veröffentlicht|Geschrieben|Verfasst|Published|Posted|Written) (?:von|by)|By|Von)"
                       r"(?=[A-ZÄÖÜ])")
_LABEL_BLOCK = re.compile(r"^(?:by|von|par|por|door|di|av|author|autor|auteur)\s*[:：]?\s*\|\s*", re.I)
_SITE_CREDIT = re.compile(r"^(?:developed|designed|powered|hosted|built|maintained|coded)\s+by\b", re.I)
#: A picture's credit, not the story's author: "Photograph by Tyrone Turner" (a caption's
#: itemprop="author"), "Illustration by Claire Lordon" beside the writer in a byline.
_PICTURE_CREDIT = re.compile(r"^(?:fotos?|photos?|bilder?|pictures?|images?)\s*:|"  # "Foto: Mads Rasmussen"
                             r"^(?:(?:lead|cover|top)\s+)?(?:photo(?:graph)?s?|pictures?|images?|illustrations?"
                             r"|drawings?|artwork|graphics?|videos?|animations?|fotos?|bilder?|grafiken?"
                             r"|translat(?:ed|ion)|übersetzt|übersetzung|tradu(?:it|cción|ção|ction))"
                             r"\s+(?:by|von|par|de|por)\s|^(?:翻訳者?|訳者?)[\s:：]", re.I)
#: A Japanese credit's role after a name that is not the writer's: translation (訳), its supervision (監訳).
_OTHER_ROLE = re.compile(r"\s(?:監訳|翻訳|訳|監修|イラスト|写真|撮影)$")
#: The writer's own role after a Japanese name ("Eric Freeman 著"), dropped from it.
_TITLE_MARKS = re.compile(r"\s*《[^《》]+》\s*")  # a publication's name, as CJK text sets one: "《ScanNetSecurity》"
_WRITER_ROLE = re.compile(r"\s+(?:著|文)$|\s*(?:기자|특파원|記者|特派員)$"  # "신현주 기자": reporter
                          r"|^(?:Rechtsanw(?:alt|ältin)|Fachanw(?:alt|ältin))\s+(?=\S+\s)")  # a lawyer's title
#: A Japanese credit's label and desk around the writer's name: ASCII's "文● オカモト／ASCII編集部"
#: ("text: Okamoto / ASCII editorial"), "取材・文：山田太郎".
_JA_CREDIT = re.compile(r"^(?:(?:取材|構成|撮影|写真)[・/])*文\s*[●・:：]\s*"
                        # a Chinese byline's label: "记者王敬照", "本报记者 张三"
                        r"|^(?:本报|本台|本网)?(?:记者|通讯员|特约记者|實習記者)\s*[:：]?\s*(?=\S{2,4}$)")
_JA_DESK = re.compile(r"\s*[／/]\s*[^／/]{1,20}(?:編集部|編集局|編集|記者)$")
#: A wire or desk after the name, set off by slashes: the Times of India's "Saibal Dasgupta / TNN /".
_SLASH_DESK = re.compile(r"\s*/\s*(?:[A-Z]{2,6}|[A-Z]+\.(?:COM|IN|NET|ORG))\s*(?:/.*)?$")  # "/ TIMESOFINDIA.COM /"
#: A desk's name before the byline's names: "Politik · Jochen Bittner, Tina Hildebrandt" (Zeit).
_DESK_LABEL = re.compile(r"^[A-ZÄÖÜ][\w&-]{1,24}\s+[·•]\s+(?=\S+\s+\S)")
_NOT_A_NAME = re.compile(r"^(?:username|admin|administrator|super ?user|staff|editor|author|作者|unknown|anonymous"
                         r"|no author|autoren?info|author info|(?:[\w&.-]+\s+){1,4}(?:consulting|designs?)\s+group"
                         r"|guest|news|nachrichten|noticias|notícias|notizie|nyheter|nieuws"  # a blog's category
                         r"|published|posted|letters?\s+to\s+the\s+editors?|readers['’]?\s+letters"  # a page of letters
                         # a stamp's label left when its time is taken out ("Uppdaterad <time>" in a byline)
                         r"|updated|uppdaterad|publicerad|aktualisiert|veröffentlicht|mis à jour|publié|actualizado"
                         r"|publicado|aggiornato|päivitetty|julkaistu|oppdatert|publisert|opdateret|bijgewerkt"
                         r"|(?:[\w.’'-]+\s+){0,4}(?:news\s*desk|desk|newsroom|redaktion|rédaction|(?:web|news|digital)\s+team)"
                         r"|(?:[\w.’'-]+\s+){0,3}editorial\s+(?:writers|board|staff)|redaktion\s+\S+|(?:see\s+)?full\s+bio"
                         r"|(?:view|see)\s+(?:my\s+|the\s+)?(?:complete\s+|full\s+)?profile)$",
                         re.I)  # "Kulu Media News Desk", "World's Editorial Writers": a newsroom's credit, no person
#: A reading time after the name: Fast Company's "Zach Hanlon 5 minute Read".
_READ_TIME_TAIL = re.compile(r"\s*\d+\s*-?\s*min(?:ute)?s?\.?\s+read\b.*$", re.I)
#: A year or a clock time: a time stamp, never part of a name (AOL's byline "Dec 1st 2016 1:01PM").
_STAMP = re.compile(r"\b(?:1[89]|20)\d{2}\b|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?", re.I)
_STAMP_WORD_TAIL = re.compile(r"\s+(?:updated|published|posted)\s*:?$", re.I)  # "Reuters Updated: January 16"
_NAME_SPLIT = re.compile(r"\s*(?:;|\band\b|&|\bet\b|\bund\b|\by\b|\bog\b|\boch\b|、|，)\s*")
_ROLE_TAIL = re.compile(r"\s*(?:,|\s[|—–·-]\s).*$")
_GLUED_CAPS = re.compile(r"\b([A-Z]{2,}(?:\s+[A-Z]{2,})*)(?=[A-Z][a-z])")
_KEPT_STOP = re.compile(r"(?:\b(?:Jr|Sr|St|Inc|Ltd|Co)|\b[A-Z])\.$")  # an abbreviation's or an initial's stop


_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,5}|[a-z]{2,8});", re.I)


def _entities(content: str) -> str:
    """A meta value escaped twice by its site ("South Carolina.&amp;nbsp;") read as written once."""
    return html.unescape(content) if _ENTITY.search(content) else content


def _meta(tree, *keys: str) -> str | None:
    """The first non-empty, whole `<meta>` content for any of the keys (property, name or itemprop)."""
    wanted = {k.lower() for k in keys}
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        content = clean_text(_entities(element.get("content") or ""))
        # a content cut by an unescaped quote leaves the rest as attributes ('... de "incapacitado""')
        if key in wanted and content and key not in found and not any('"' in name for name in element.attrib):
            found[key] = content
    for key in keys:
        if found.get(key.lower()):
            return found[key.lower()]
    return None


def _meta_all(tree, key: str) -> list[str]:
    """Every distinct non-empty `<meta>` content for the key, in page order ("twitter:label:<label>": its datum)."""
    found: list[str] = []
    label = ""
    for element in tree.iter("meta"):
        name = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        content = clean_text(_entities(element.get("content") or ""))
        label = content.lower() if name.startswith("twitter:label") else label
        if (name == key or name.startswith("twitter:data") and key == f"twitter:label:{label}") and content \
                and content not in found:
            found.append(content)
    return found


def clean_name(raw: str) -> list[str]:
    """Person names from a byline: "By JANE DOE and John Roe, Staff Writer" -> two names."""
    text = clean_text(_entities(raw))  # JSON-LD's "Lindsey O&#039;Donnell"
    if _SITE_CREDIT.match(text) or _PICTURE_CREDIT.match(text) or _TITLE_MARKS.fullmatch(text):
        return []  # "Developed By Heba Musa" in DC.Creator: who built the site, not the story
    # A byline's blocks, " | " apart (htmlparted.parted_text): the names, then a role, an
    # outlet or a time stamp ("By Joe Davidson | Washington Post | Dec 13, 2016")
    # "October 14, 2009|Marc Lifsher": spans side by side, the stamp first
    blocks = [b for b in re.split(r"\s*\|\s*", _LABEL_BLOCK.sub("", text)) if b.strip()] or [""]
    while len(blocks) > 1 and dateline(blocks[0]):
        blocks = blocks[1:]
    text = blocks[0].strip("[]【】 ")  # ITmedia's "[田中宏昌，ITmedia]"
    text = _SLASH_DESK.sub("", _JA_DESK.sub("", _JA_CREDIT.sub("", text)))
    text = _DESK_LABEL.sub("", text)
    text = _GLUED_CAPS.sub(r"\1, ", drop_brackets(text))  # "ERIC TUCKERAssociated Press": a name, then a role
    text = _ON_DAY.sub("", _BY.sub("", _GLUED_BY.sub("", text)))  # "Posted by Mike on August 8": Mike
    text = _STAMP_WORD_TAIL.sub("", _DATE_TAIL.sub("", text).strip(" :|-–—")).strip(" :|-–—")
    text = _HANDLE.sub("", text)  # Recode's "by April Glaser@aprilaser": the name, then its handle's link
    text = _READ_TIME_TAIL.sub("", text)
    if not text or text.startswith(("http://", "https://", "@")) or "@" in text:
        return []
    text = family_name_first(text, is_role) or text  # "Brazil, Rachel": Rachel Brazil
    if "," in text and (people := credited_names(text)) and len(people) > 1:
        # "Ibtisam Mahdi, Ruwaida Kamal Amer": two people, not a role; no button ("SHOW ALL ARTICLES OF")
        return [capitalised(p) for p in people if not is_chrome_line(p)]
    names = []
    for part in _NAME_SPLIT.split(text):
        part = _ROLE_TAIL.sub("", part).strip(" ,:;|")
        if _PICTURE_CREDIT.match(part) or _OTHER_ROLE.search(part):  # also a translator's credit
            continue  # "By Ysabel Yates and Illustration by Claire Lordon": the writer only
        part = part.rstrip(".") if not _KEPT_STOP.search(part) else part  # "Perry Bacon Jr." keeps its stop
        part = _WRITER_ROLE.sub("", _BY.sub("", part).strip())
        if not part or _NOT_A_NAME.match(part) or _STAMP.search(part) or len(part.split()) > 5 or len(part) > 60 \
                or re.fullmatch(r"[A-Z]{2,5}", part) \
                or not any(ch.isalpha() for ch in part) or sum(ch.isdigit() for ch in part) >= 3 \
                or is_chrome_line(part):
            continue
        part = capitalised(part)
        if part[0].isalpha() and part[0].islower() and part.isascii():
            continue
        names.append(part)
    return names


def _language(tree, objects) -> str | None:
    lang = tree.get("lang") or tree.get("xml:lang") or _meta(tree, "og:locale", "language", "content-language")
    if not lang:
        for element in tree.iter("meta"):
            if (element.get("http-equiv") or "").lower() == "content-language":
                lang = element.get("content")
    lang = lang or next((found for obj in objects if (found := ld_text(obj.get("inLanguage"))) is not None), None)
    return (re.split(r"[-_]", lang.strip())[0].lower() or None) if lang else None


def _own_address(canonical: str | None, og_url: str | None, site: str | None) -> str | None:
    """og:url when the canonical link leads to another site and the page's own name names
    og:url's site, not the canonical's (sonline.hu's copy of a story with its canonical on
    duol.hu, "SONLINE" its og:site_name); else None."""
    if not canonical or not og_url or not site or _scheme(og_url) not in ("http", "https"):
        return None
    try:
        hosts = [(urlsplit(u).hostname or "").removeprefix("www.") for u in (canonical, og_url)]
    except ValueError:
        return None
    if not all(hosts) or hosts[0] == hosts[1]:
        return None
    name = squash(site)
    labels = [squash(domain_label(u) or "") for u in (canonical, og_url)]
    return og_url if labels[1] and labels[1] in name and not (labels[0] and labels[0] in name) else None


def _language_alternate(tree) -> str | None:
    """The page's address as its language versions give it, for a page that states none other: the
    version in the page's own language (`<html lang>`), or the default one when it is the only one
    (exxpress.at's `<link rel="alternate" hreflang="x-default">`); not another language's (pbrunst.de's "en")."""
    versions = [((link.get("hreflang") or "").lower(), (link.get("href") or "").strip())
                for link in tree.iter("link") if "alternate" in (link.get("rel") or "").lower().split()
                and link.get("hreflang") and _scheme((link.get("href") or "").strip()) in ("http", "https")]
    own = (tree.get("lang") or "").split("-")[0].lower()
    return next((href for code, href in versions if own and code.split("-")[0] == own
                 or code == "x-default" and len(versions) == 1), None)


def _scheme(url: str) -> str:
    """The scheme of a URL, or "" for one too broken to split."""
    try:
        return urlsplit(url).scheme
    except ValueError:
        return ""


def page_metadata(tree) -> dict[str, Any]:
    """Title, authors, date, site, canonical URL, language, description, keywords and the
    article's text as its JSON-LD gives it (`body`) of a page."""
    objects = json_ld(tree)
    articles = ld_articles(objects)
    first = articles[0] if articles else {}
    found: dict[str, Any] = {}

    canonical = next((link.get("href").strip() for link in tree.iter("link")
                      if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")), None)
    # a canonical link given as a path ("/nouvelle/1022038/...") gives way to og:url's address
    url = next((u for u in (canonical, _meta(tree, "og:url"), ld_text(first.get("url")), _language_alternate(tree))
                if u and _scheme(u) in ("http", "https")), None)
    publisher = next((n for obj in objects if isinstance(p := obj.get("publisher"), dict)
                      and (n := ld_text(p.get("name")))), None)
    named = _meta(tree, "og:site_name", "application-name")
    if (own := _own_address(url, _meta(tree, "og:url"), named or publisher)) is not None:
        url = own  # a canonical link to the sister site the story first ran on: the page is og:url's
    found["url"] = url
    found["site"] = site = named_site(publication(named, publisher, url), tree.findtext(".//title"), url)

    headings = headlines(tree, url, _meta(tree, "og:title"))
    raw_title = (_meta(tree, "og:title")
                 or ld_text(first.get("headline"))
                 or _meta(tree, "twitter:title", "dc.title", "title")
                 or clean_text(tree.findtext(".//title") or "")
                 or (headings[0] if headings else None))
    home = [clean_text(h.text_content()) for h in tree.iter("h1") if site_link(h, url)]
    if title := page_title(raw_title, headings, site, tree, url, home):
        found["title"] = title
        if site and (named := site_after_headline(site, title)) != site:  # the name field held the headline too
            found["site"] = named or titled_publication(tree.findtext(".//title"), url)
    found["headlines"] = [t for t in (_meta(tree, "og:title"), _meta(tree, "twitter:title")) if t]

    if authors := _authors(tree, articles, first, site, url) or blog_owner(tree.findtext(".//title")):
        found["authors"] = authors

    found["date"] = _page_date(tree, articles)

    found["language"] = _language(tree, objects)
    description = _meta(tree, "og:description", "description", "twitter:description")
    if not description and (given := ld_text(first.get("description"))) is not None:
        description = clean_text(given)
    found["description"] = description
    # every description the page gives, for a dek that is one of them word for word (twitter's whole where
    # og's is cut: "... der Kreditanstalt für Wiederaufbau (KfW) im ")
    found["descriptions"] = tuple(dict.fromkeys(d for key in ("og:description", "description", "twitter:description")
                                                if (d := _meta(tree, key))))
    found["body"] = next((body for obj in articles if (body := ld_text(obj.get("articleBody")))), None)
    keywords = [k.strip() for k in (_meta(tree, "news_keywords", "keywords") or "").split(",") if k.strip()]
    for element in tree.iter("meta"):
        if (element.get("property") or "").lower() == "article:tag" and element.get("content"):
            keywords.append(element.get("content").strip())
    found["keywords"] = tuple(dict.fromkeys(keywords))
    return found


_COPYRIGHT = re.compile(r"^(?:copyright|©|\(c\)|\s|\d{4}|[-–,.])+|(?:[\s,.–-]+\d{4})+\.?$", re.I)


def _owners(tree, first: dict[str, Any]) -> set[str]:
    """The squashed names of the company behind the page: its JSON-LD publisher and the
    holder its copyright notice names ("Copyright (c) Condé Nast 2022")."""
    publisher = first.get("publisher")
    names = {ld_text(publisher.get("name")) if isinstance(publisher, dict) else None,
             _COPYRIGHT.sub("", _meta(tree, "copyright", "dcterms.rightsholder") or "")}
    return {squash(n) for n in names if n and squash(n)}


def _authors(tree, articles: list[dict[str, Any]], first: dict[str, Any], site: str | None,
             url: str | None) -> list[str]:
    """Who wrote the page: its JSON-LD article's people, author <meta> tags, bylines, profile links; not the outlet."""
    ld_names: list[str] = []
    headline = next((h for obj in (first, *articles) if (h := squash(ld_text(obj.get("headline"))))), "")
    for index, obj in enumerate(articles):
        same = index == 0 or (bool(headline) and squash(ld_text(obj.get("headline"))) == headline)
        if same and not ld_names:  # the first may give its author as an @id only (Yoast), resolved: a weak one,
            ld_names = [n for raw in ld_author_names(obj.get("author")) for n in clean_name(raw)  # not a site as a
                        if not (ld_referenced(obj.get("author")) and is_site(n, site, url))]  # person's name
    # Spiegel's JSON-LD names "SPIEGEL ONLINE"; a newsletter named after its writer names a Person (Substack's)
    persons = {n for obj in articles for n in ld_persons(obj.get("author"))}
    ld_names = [n for n in ld_names if not is_outlet(n, site, url) or n in persons and is_site(n, site, url)
                and reads_as_person(n)]
    author_sources: list[str] = []
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    owners = _owners(tree, first)
    for key in ("author", "byl", "article:author", "dc.creator", "parsely-author", "sailthru.author",
                "cxenseparse:author", "twitter:misc:written by", "citation_author"):
        # two <meta name="author"> tags: two authors; one that gives the site's own address is
        # the outlet ("Deutsche Welle (www.dw.com)"), one that names the publisher or the
        # copyright holder is the company ("Condé Nast" on newyorker.com); one with another site's
        # address credits that site's owner ("Frank Bueltge - http://bueltge.de", a WordPress theme's)
        if values := [v for v in _meta_all(tree, key) if not (host and host in v.lower()) and squash(v) not in owners
                      and not re.search(r"https?://|\bwww\.", v, re.I)]:
            # a paper's citation_author tags name each of its authors, however many
            author_sources.append(" and ".join(values) if len(values) <= 6 or key == "citation_author" else values[0])
    author_sources += byline_elements(tree)
    # a name, not the usual @handle, as the Twitter card's creator (Gizmodo's "Andrew Tarantola"): the last resort
    # (no word of the site's name or address in it: El Peruano's card is "Diario Oficial El Peruano")
    author_sources += [v for v in _meta_all(tree, "twitter:creator") + _meta_all(tree, "twitter:label:written by")
                       if "@" not in v and reads_as_person(v) and not any(  # Yoast's "Written by": after bylines
                           len(word) > 3 and word.lower() in f"{host} {site or ''}".lower() for word in v.split())][:1]
    # an agency's credit ("Reuters Updated: January 16, 2020") names no one, even alone
    named = [names for raw in author_sources if (names := [n for n in clean_name(raw)
                                                           if not is_agency(n) and not is_site(n, site, url)])]
    # a byline's people without the outlet it also credits ("Jessica Holly, Gail Levy and 7 News WSVN")
    people = [kept for raw in author_sources if (kept := [n for n in clean_name(raw) if not is_agency(n)
                                                          and not is_site(n, site, url) and not is_outlet(n, site, url)]
                                                 or _writer_after_stamp(raw, site, url))]
    if not people and not ld_names and (linked := [n for n in profile_names(tree, url) if not is_outlet(n, site, url)]
                                        or closing_signature(tree)):
        people = [linked]
    if people or named:
        names = (people or named)[0]
        for more in people[1:]:  # one rel="author" link per person, then the byline naming both
            names = more if set(names) < set(more) else names
        # JSON-LD wins, unless it only points at the CMS's account, or a byline names its people and more
        if not ld_names or any(ld_referenced(o.get("author")) for o in articles) or set(ld_names) < set(names) \
                or _spelled_out(ld_names, names):
            return names
    return list(dict.fromkeys(ld_names))


def _spelled_out(short: list[str], names: list[str]) -> bool:
    """Whether a byline spells out the given names alone that JSON-LD gives ("Todd" for Rutgers' "Todd Bates")."""
    return len(short) == len(names) and all(len(a.split()) == 1 and b.startswith(a + " ") for a, b in zip(short, names))


def _writer_after_stamp(raw: str, site: str | None, url: str | None) -> list[str]:
    """The writer a byline that credits an outlet names after its time stamp, in a block of
    its own: the Sun-Times' "By Associated Press | Jun 24, 2020, 3:53pm CDT | Matthew Daly"."""
    blocks = [b for b in re.split(r"\s*\|\s*", clean_text(raw)) if b.strip()]
    for index in range(2, len(blocks)):
        if dateline(blocks[index - 1]) and reads_as_person(blocks[index]) and not is_outlet(blocks[index], site, url):
            return clean_name(blocks[index])
    return []


def _own_times(tree) -> list:
    """The page's <time> elements but those in a box of events or of other stories or in navigation; one
    labelled as the last update ("Updated: <time>") after the others (OpposingViews prints
    "Updated: Mar 6, 2018" before "Original: Dec 21, 2016")."""
    times = [element for element in tree.iter("time")  # not a <nav>'s clock of today (El Faro's, by its logo)
             if not in_others_box(element) and not any(a.tag == "nav" for a in element.iterancestors())]
    return sorted(times, key=_labelled_update)


_UPDATE_LABEL = re.compile(r"(?i:updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato)\s*:?\s*$")


def _labelled_update(element) -> bool:
    """Whether the words just before a <time> (in its box, or the box before) call it an update."""
    for box in (element, *list(element.iterancestors())[:3]):
        before = next((b for b in box.itersiblings(preceding=True) if isinstance(b.tag, str)), None)
        parent = box.getparent()
        text = before.text_content() if before is not None else (parent.text or "") if parent is not None else ""
        if text.strip():
            return bool(_UPDATE_LABEL.search(" ".join(text.split())))
    return False


def _page_date(tree, articles: list[dict[str, Any]]) -> str | None:
    """The publication date the page states: JSON-LD, meta tags, microdata or RDFa, <time>."""
    date = stamp = None
    for obj in articles:
        for key in ("datePublished", "dateCreated"):
            if not date and (date := _iso(raw := ld_text(obj.get(key)))):
                stamp = raw
    for key in ("article:published_time", "og:published_time", "datepublished", "publishdate",
                "publish-date", "pubdate", "pdate", "date", "dc.date", "dc.date.issued", "sailthru.date",
                "parsely-pub-date", "displaydate"):
        if date:
            break
        if date := _iso(raw := _meta(tree, key)):
            stamp = raw
    if date and stamp and (local := local_day(tree, stamp)):
        return local
    if not date:  # microdata and RDFa: <span itemprop="datePublished" content="...">, property="dc:date"
        for element in tree.xpath('//*[@itemprop="datePublished" or @property="dc:date" or @property="dc:created"'
                                  ' or @property="dcterms:created" or @property="dcterms:date"]'):
            if date := _iso(element.get("content") or element.get("datetime") or ""):
                break
    if not date:
        date = _time_date(tree)
    if not date and not _several_days(tree):  # a <time> that gives its day only as text: newyorker.com's
        for element in _own_times(tree):      # "November 27, 2016" (not one of many: la-bas.org's comments)
            # or its parts: El Faro's "Jueves, 21 de Abril de 2022<span>21/04/2022</span>"
            found = next((got for text in (element.text_content(), *element.itertext())
                          if (got := parse_date(clean_text(text)) or dateline(clean_text(text)))), None)
            if found and found[1] == "day":
                return found[0]
    return date


#: A mark that a <time> is the story's publication: hAtom's "dt-published", WordPress's "entry-date".
_PUBLISHED_MARK = re.compile(r"publish|publication|pubdate|entry-date|post-date|article-date", re.I)


def _dated_times(tree) -> list:
    """The page's own <time>s with a machine-readable day, and that day; those labelled as an
    update left out when others remain (OpposingViews' "Updated: Mar 6, 2018" over "Original:")."""
    times = [(element, day) for element in _own_times(tree)
             if (day := _iso(element.get("datetime") or element.get("content") or ""))]
    return [t for t in times if not _labelled_update(t[0])] or times


def _several_days(tree) -> bool:
    return len({day[:10] for _, day in _dated_times(tree)}) > 1


def _time_date(tree) -> str | None:
    """The day of the page's <time datetime>: the first one's, or, when they give several days
    (a list of other posts, comments), the first marked as the publication's; None when none
    is (the later, wider search decides: Mediapart's first <time> is a sidebar post's)."""
    times = _dated_times(tree)
    if len({day[:10] for _, day in times}) <= 1:
        return times[0][1] if times else None
    return next((day for element, day in times if element.get("pubdate") is not None or any(
        _PUBLISHED_MARK.search(f"{e.get('class') or ''} {e.get('itemprop') or ''}")
        for e in (element, element.getparent()) if e is not None)), None)


_PLACEHOLDER_DATES = {"1970-01-01", "1900-01-01"}  # dates a page's template prints when it has none


def _iso(value: str | None) -> str | None:
    """A date string from a page as ISO: "2020-11-11 12:00:00.000-0600", "20170113", "Jan. 13, 2017"."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{8}(?:\d{6})?", value):
        value = f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    if match := re.match(r"(\d{4}-\d{2}-\d{2})[T ]", value):
        value = match.group(1)
    parsed = parse_date(value.replace(".", ""))
    if not parsed or parsed[1] != "day" or parsed[0] in _PLACEHOLDER_DATES or int(parsed[0][:4]) < 1800:
        return None  # "0001-01-01", the Unix epoch: a template's empty date, not the article's
    return parsed[0]
