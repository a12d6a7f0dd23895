"""Who wrote a web page, where its usual marks (JSON-LD, `<meta name="author">`, a byline
class, `rel="author"`) say nothing or name the outlet:

- an outlet is not an author: ABC News gave `<meta name="author" content="ABC News">`
  above a byline of two reporters, and the briefing credited "ABC News";
- a link to a person's profile on the page's own site ("/author/jane-doe", "/experts/444", "/people/steven-mufson")
  outside the navigation and the story's sentences is a byline, when the page links at most four such people;
- the byline marks themselves (`byline_elements`): `itemprop`/`rel` "author", a byline
  class, an "Author" label, an hCard's name, a line that is only "By" and a name, each
  outside other stories' boxes, the side column and the readers' comments.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..lexicon import EMBEDDED_POST_CLASSES
from .byline import capitalised
from .crosshead import under_crosshead
from .htmlblocks import clean_text
from .htmlparted import parted_text
from .htmlteasers import bare, beside_teaser_headline, over_headline, own_addresses, page_addresses
from .htmltitle import squash
from .pagedates import named_as_comments

_PROFILE_PATH = re.compile(r"/(?:author|authors|autor(?:en|in)?|auteurs?|experts?|people|staff|profiles?|contributors?"
                           # Engadget's "/about/editors/jon-fingas/", Le Nouvelliste's "/auteur/79/roberson-alphonse"
                           r"|writers?|columnists?|editors?|by)/(?:\d+/)?[\w%.~-]+/?$"
                           # a profile page of its own, the writer in its query:
                           # InformationWeek's "/author-bio.asp?author_id=837"
                           r"|/(?:author|writer|contributor)[-_]?(?:bio|profile|page|details?)(?:\.\w{2,4})?$", re.I)
#: A label before a writer's name on a link to more of the writer's pieces: "More stories by",
#: "Alles von" (all by), "Weitere Artikel von".
MORE_BY_LABEL = (r"(?:(?:more|all|other|latest) (?:stories|articles|posts|columns) (?:by|from)|more by"
                 r"|(?:alles|mehr|alle (?:artikel|beiträge)|weitere (?:artikel|beiträge)) von)")
_MORE_BY = re.compile(rf"^{MORE_BY_LABEL}\s+", re.I)
_BY_WORD = re.compile(r"^(?:by|von|par|por|door|di|av|af)\s+", re.I)  # Danish "af"
#: A topic page about a person ("/topics/people/donald-trump.html"), not a writer's profile.
_TOPIC_PATH = re.compile(r"/(?:topics?|tags?|themen|sujets?|temas?)/", re.I)
PERSON_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}$")
_OUTLET_WORDS = re.compile(r"\b(?:newsroom|staff|editors?|editorial|desk|team|wire|press|media|online"
                           r"|correspondents?)$|\bnews\b", re.I)  # "HT Correspondent": a desk's credit
#: A news agency credited as the author ("AP" in the Huffington Post's <meta name="author">),
#: alone or with the date beside it ("REUTERS 19 NOV 2019").
_AGENCY = re.compile(r"(?:ap|afp|dpa|efe|ansa|epd|kna|upi|sid|apa|reuters|xinhua|kyodo|yonhap|tass|anp|belga|ats|"
                     r"pti|ians|aap)(?:[\s,/|·-]+\d.*)?", re.I)
#: A site's name written as its address: "FoxNews.com" in Fox News' hCard.
_WEB_NAME = re.compile(r"\w\.(?:com|org|net|co\.uk|de|fr|es|it)$", re.I)
_FURNITURE = {"nav", "footer", "aside"}
#: Words of a link's text that make it a button or a notice, not a name ("View More Articles").
_NOT_NAME_WORDS = {"view", "more", "all", "articles", "posts", "stories", "profile", "follow", "read", "see",
                   "contact", "about", "license", "licence", "commons", "page", "home", "subscribe", "our", "sign",
                   "login", "log", "register", "account",
                   # the same buttons in the languages whose profile paths `_PROFILE_PATH` reads ("/autor/")
                   "alle", "artikel", "beiträge", "artikelübersicht", "autoreninfo", "zur", "mehr", "weitere",
                   "todos", "todas", "artigos", "artículos"}
MAX_PROFILES = 4


def _squash(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").lower())


def is_agency(name: str) -> bool:
    """Whether a credit is a news agency's ("Reuters", "AP", "dpa 19 Nov 2019")."""
    return bool(_AGENCY.fullmatch(name.strip()))


def is_outlet(name: str, site: str | None, url: str | None) -> bool:
    """Whether an "author" is the outlet itself: a name holding its site's name ("The Guardian
    view"), a label of its web address ("ABC News" on abcnews.go.com), a name with "News" in
    it ("7 News WSVN") or ending in "Staff", "Desk", "Press"..."""
    squashed, site_name = _squash(name), _squash(site)
    return bool(squashed) and (is_site(name, site, url) or bool(site_name) and site_name in squashed
                               or bool(_OUTLET_WORDS.search(name)) or is_agency(name)
                               or bool(_WEB_NAME.search(name)))


_ARTICLE_WORD = re.compile(r"^(?:the|der|die|das|le|la|les|el|il|lo|de|het)\s", re.I)


def reads_as_person(name: str) -> bool:
    """Whether a name reads as a person's (two to four words, no outlet's word, no article
    before it): "Simon Sarris", not "FOCUS online" nor "Der Postillon"."""
    return bool(PERSON_NAME.match(name)) and not _OUTLET_WORDS.search(name) and not is_agency(name) \
        and not _ARTICLE_WORD.match(name)


def is_site(name: str, site: str | None, url: str | None) -> bool:
    """Whether an "author" is the site itself: its name ("Der Postillon", "NDTV Sports" for "NDTVSports.com"),
    or a label of its web address ("LTO" on lto.de), not a person whatever other outlet words it has."""
    squashed = _squash(name)
    host = (urlsplit(url).hostname or "") if url else ""
    return bool(squashed) and (squashed in {_squash(site), squash(site)}
                               or squashed in {_squash(p) for p in host.split(".") if p})


def profile_names(tree, url: str | None) -> list[str]:
    """The people the page links to their profile on its own site, outside its navigation,
    in page order; none when it links more than `MAX_PROFILES` (a list of staff)."""
    host = (urlsplit(url).hostname or "").lower() if url else None
    own = own_addresses(tree, url)
    names: dict[str, str] = {}
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        try:
            parts = urlsplit(href)
        except ValueError:
            continue
        if not _PROFILE_PATH.search(parts.path) or (parts.hostname and parts.hostname.lower() != host) \
                or _TOPIC_PATH.search(parts.path) or _in_prose(link) or in_comments(link) \
                or "comment" in (link.get("class") or "").lower():  # a commenter's name (Tulsa World)
            continue  # another site's page (without the page's own address: any absolute link)
        text = _MORE_BY.sub("", " ".join(link.text_content().split()))  # "Alles von Martin Junker"
        text = _BY_WORD.sub("", text)  # "Por Redação": a credit's label before the name
        if not PERSON_NAME.match(text) or _NOT_NAME_WORDS & set(text.lower().split()) \
                or any(a.tag in _FURNITURE for a in link.iterancestors()) or is_translator(link) \
                or _in_more_stories(link) or beside_teaser_headline(link, own):
            continue
        names.setdefault(text.lower(), capitalised(text))
    return list(names.values()) if len(names) <= MAX_PROFILES else []


#: A class of a box of other stories, whose bylines are theirs: "article--nav", "related-posts",
#: "nav-links" (a whole class word, or its part after "--" / "__"; not "content__header--no-promo"),
#: and "related" after any hyphened name of the page's part (Houzz's "hz-editorial-gallery-related-combined__item").
_OTHER_STORIES = re.compile(r"(?:\w+(?:--|__))?(?:nav|related|teaser|promo|recommend\w*|trending|popular)"
                            r"(?:[-_][\w-]*)?|[\w-]*[-_]related(?:[-_][\w-]*)?"
                            # more of the site's posts under the story: "zox-post-more", "more-stories"
                            r"|(?:[\w]+-)*(?:posts?|stor(?:y|ies)|articles?)-more(?:-[\w-]*)?"
                            r"|more-(?:posts|stories|articles|news)(?:-[\w-]*)?", re.I)


#: The id of a page's side column ("sidebar_right" at the Huffington Post, listing its bloggers).
_SIDEBAR = re.compile(r"(?:[\w-]*[-_])?sidebar(?:[-_][\w-]*)?", re.I)


def _in_prose(link) -> bool:
    """Whether a link is part of a paragraph's running text (a person the story names), not a byline: a long
    paragraph, or a sentence of eight words ("The Andrew Lloyd Webber Initiative consists of three components:")."""
    text = next((clean_text(a.text_content()) for a in link.iterancestors() if a.tag == "p"), "")
    return len(text) > 3 * len(link.text_content()) + 60 or (len(text.split()) >= 8 and text.endswith((".", ":", "?")))


def _in_embedded_post(element) -> bool:
    """Inside a post the story quotes (Substack's "tweet" box names its author in "tweet-author-name")."""
    return any(EMBEDDED_POST_CLASSES & set((a.get("class") or "").lower().split())
               for a in (element, *element.iterancestors()) if isinstance(a.tag, str))


def _boxes(element):
    """The element's ancestors below <body>."""
    return (a for a in element.iterancestors() if isinstance(a.tag, str) and a.tag not in ("body", "html"))


def _in_more_stories(element) -> bool:
    """Inside a box of other stories by its class ("zox-post-more", "related-posts"): their
    writers' profile links are theirs (a side column may hold the story's own writer's box)."""
    return any(any(_OTHER_STORIES.fullmatch(c) for c in (a.get("class") or "").split()) and not over_headline(a)
               for a in _boxes(element))


def _in_other_story(element) -> bool:
    """Inside navigation, a box of other stories or the side column by its id (not any
    <aside>: a page may set its own byline in one)."""
    return _in_more_stories(element) or any(a.tag == "nav" or _SIDEBAR.fullmatch(a.get("id") or "")
                                            for a in _boxes(element))


#: A microdata author typed as an organisation (schema.org's Organization, NewsMediaOrganization): no person.
_ORGANIZATION = re.compile(r"Organization/?$", re.I)


def byline_elements(tree) -> list[str]:
    """The texts of the page's byline marks: `itemprop`/`rel` "author" elements (those side by
    side as one byline), elements of a byline class, and names after an "Author" label."""
    own = page_addresses(tree)
    marked: dict[object, list[str]] = {}  # authors marked side by side: one byline ("By <a rel=author>A</a> and B")
    for element in tree.xpath('//*[@itemprop="author" or contains(@rel, "author")]'):
        if element.get("itemprop") != "author" and any(a.tag == "li" and not _AUTHORS_LIST.search(a.get("class") or "")
                                                       for a in element.iterancestors()):
            continue  # the author of another post, in a list of them (a sidebar's "latest posts"; not FOCUS's authors)
        if any(a.tag in ("figure", "figcaption") for a in element.iterancestors()):
            continue  # a picture's author: Sports Illustrated's photographer, itemprop="author" in a <figcaption>
        if _in_more_stories(element) or _in_embedded_post(element) or beside_teaser_headline(element, own):
            continue  # another story's writer, in the box of more posts under this one, or a quoted post's
        if "display:none" in (element.get("style") or "").replace(" ", "").lower():
            continue  # a link no reader sees: Google's blogs' rel="author" "Google" over a post by a person
        if _theme_credit(element, own):
            continue  # the page footer's "Theme: ColorMag von <a rel="author" href="https://themegrill.com/...">
        if _ORGANIZATION.search(element.get("itemtype") or ""):
            continue  # the publisher given as the author (oren.mk.ru's "Московский Комсомолец"), as JSON-LD's is
        name = element.get("content") or ""
        # its text, or a <meta>'s content (mk.ru's); a box's name: hCard's "fn" (the Simple Author Box's)
        inner = element.xpath('.//*[@itemprop="name"] | .//*[contains(concat(" ", @class, " "), " fn ")]')
        text = name or (clean_text(inner[0].get("content") or inner[0].text_content()) if inner
                        else clean_text(element.text_content()))
        marked.setdefault(_byline_holder(element), []).append(text)
    texts = [" and ".join(dict.fromkeys(t for t in names if t)) for names in marked.values()]
    credited: set = set()  # the holders of an agency's credit
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        # the class words, the id ("byline", ITmedia) and a test id ("prism-byline" at ABC's stations)
        cls = " ".join(element.get(key) or "" for key in ("class", "data-testid", "id")).lower().split()
        if not any(_BYLINE_CLASS.fullmatch(c) for c in cls) or _in_other_story(element) or in_comments(element) \
                or is_translator(element) or _in_embedded_post(element) or beside_teaser_headline(element, own):
            continue
        text = _side_by_side(element) or parted_text(element)
        if text.startswith(("—", "―")):
            continue  # a quotation's credit: Indie Hackers' "—Dawson Whitfield of Logojoy ($70K/mo)"
        parent = element.getparent()
        if parent is not None and parent in credited:
            continue  # after an agency's credit, its dateline: "Reuters, | Washington,"
        if text.endswith(",") and is_agency(text.rstrip(", ")):
            credited.add(parent)
            continue
        whole = parted_text(parent) if parent is not None else ""
        if _BY_LINE.match(whole) and text in whole and len(whole) < 160 and len(parent) > 2:
            text = whole  # one name of several, each in its own span: "By A, B, C and <last-byline>D"
        elif not 2 < len(text) < 80:
            continue
        texts.append(text)
    return texts + _labelled_bylines(tree) + _author_cards(tree) + _by_lines(tree)


def _side_by_side(element) -> str | None:
    """The names a byline sets each in its own inline element of one kind with nothing between
    them (Der Standard's three `<span class="simple">`s), joined by "and"; None for any other
    byline (a name, then its "Tips meg" mail link)."""
    node = element
    while len(node) == 1 and not (node.text or "").strip():
        node = node[0]
    kids = [child for child in node if isinstance(child.tag, str)]
    if len(kids) < 2 or len(kids) != len(node) or len(tags := {k.tag for k in kids}) > 1 or tags - {"span", "a"} \
            or (node.text or "").strip() \
            or any((k.tail or "").strip() for k in kids):
        return None
    names = [clean_text(k.text_content()) for k in kids]
    return " and ".join(names) if all(PERSON_NAME.match(n) for n in names) else None


_BY_LINE = re.compile(r"^(?:by|von|par|por)\s+\S", re.I)
#: A byline's class word: Spiegel's "dig-autoren", Blogger's "post-author vcard", spektrum.de's
#: "content__author", abendblatt.de's "author-info__name", El Mundo's "firma".
_BYLINE_CLASS = re.compile(r"(?:[\w-]*[-_])?(?:byline(?:[-_]+author|[-_]+name)?|author[-_]{0,2}name"
                           r"(?:[-_](?:txt|text|link|label))?|pb-byline"
                           r"|meta[-_]+author|write[-_]?by|written[-_]?by|autorenzeile|(?:artikel)?autor(?:en)?(?:[-_]?name)?|author[-_]id"
                           r"|post[-_]author|(?:content|article|story|header|post|entry)(?:-[a-z]+)?__author|author-info__name(?:-text)?"
                           r"|firma|writer(?:[-_]?name)?)")
_AUTHOR_LABEL = re.compile(r"(?:authors?|autor(?:in|en)?(?:\s*/\s*autor(?:in)?)?|auteure?s?|autora?)\s*:?", re.I)


def _labelled_bylines(tree) -> list[str]:
    """A name after a label of its own: DW's `<li><strong>Author</strong> Ben Knight</li>`, or
    after a "By" set alone."""
    texts = []
    for label in tree.xpath("//strong|//b|//dt|//th"):
        said = clean_text(label.text_content())
        alone = said.lower() in ("by", "by:")  # "By" in an element of its own, the name in the next one
        if not (alone or _AUTHOR_LABEL.fullmatch(said)) or _in_other_story(label):
            continue
        holder = label.getparent()
        if label.tag in ("dt", "th"):
            value = label.getnext()
            text = clean_text(value.text_content()) if value is not None else ""
        else:
            text = clean_text(holder.text_content())[len(said):].strip(" :")
        if alone:  # Rutgers': `<p><strong>By</strong></p>` then `<p class="full-name">Todd Bates</p>`
            after = next(iter(holder.xpath("following::*[normalize-space()][1]")), None) if not text else None
            text = clean_text(after.text_content()) if after is not None else ""
            text = text if PERSON_NAME.match(text) else ""
        if 2 < len(text) < 80:
            texts.append(text)
    # "<p>Auteur : Kossivi Tiassou</p>" (DW), '<div><span class="label">Auteur:</span> <a>Anna Kubišta</a></div>'
    for line in tree.xpath("//p|//li|//div[not(*)]|//span[not(*)]|//div[count(*) <= 2][string-length() < 200]"):
        found = _LABELLED_NAME.match(clean_text(line.text_content()))
        if found and PERSON_NAME.match(found.group("name")) and not _in_other_story(line) and not in_comments(line) \
                and not _among_facts(line):
            texts.append(found.group("name"))
    return texts


def _among_facts(line) -> bool:
    """Whether a labelled line is one of a list of facts ("Titel: ...", "Seiten: 400", "Autorin: Alys
    Arden", "Verlag: ..."): a reviewed book's author, not the review's (derpapierplanet.de)."""
    siblings = [e for e in (line.getprevious(), line.getnext()) if e is not None and isinstance(e.tag, str)]
    texts = [clean_text(e.text_content()) for e in siblings]
    return sum(bool(re.match(r"[^\W\d_][\w. ]{1,20}:", t)) for t in texts) >= 2 or any(re.match(
        r"(?:dt\.\s*)?(?:titel|title|titre|verlag|publisher|éditeur|seiten|pages|isbn|genre|preis|price)\s*:", t, re.I)
        for t in texts)  # not DW's "Auteur : Kossivi Tiassou" over "Edition : M-A. Pioerron"


#: A line that is only a label and a name: "Auteur : Kossivi Tiassou", "Piše: P. Mucović", "Text: Anna Roth",
#: or a credit of the text and the pictures: "Quelle: Raphael Bischof (Text), Stefan Scheuteri (Bild)".
_LABELLED_NAME = re.compile(r"^(?:authors?|autor(?:in|en)?|auteure?s?|autora?|piše|text|texte|testo|texto"
                            r"|quelle(?=\s*:[^()]{3,40}\(text\)))\s*:\s*"
                            r"(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s*"
                            r"(?:\(text\)(?:\s*[,;/]\s*[^()]{3,40}\((?:bild|bilder|fotos?)\))?)?\s*$", re.I)


#: The part of an author's card that holds the name: hCard's "fn", "name", "display-name".
_NAME_PART = {"fn", "name", "display-name", "author-name"}


#: A personal site's name in the page's <title>: "Gregory Szorc's Digital Home | Mercurial's Journey ...".
_OWN_SITE = re.compile(r"^\s*(?P<name>(?-i:[A-Z][\w.'-]+)(?:\s+(?-i:[A-Z][\w.'-]+)){1,2})['’]s\s+(?:digital home|"
                       r"home ?page|blog|weblog|web ?site|site|journal|notebook|notes)\s*(?:[|:–—-]|$)", re.I)


def blog_owner(title: str | None) -> list[str]:
    """The writer of a personal site that credits no one else: the person the site is named
    after ("Gregory Szorc's Digital Home")."""
    found = _OWN_SITE.match(title or "")
    return [found.group("name")] if found else []


def in_comments(element) -> bool:
    """Whether an element sits in the readers' comments (or letters), by a box's class or id."""
    return any(named_as_comments(a) for a in element.iterancestors() if isinstance(a.tag, str))


def _outside_story(element) -> bool:
    """In another story's box, a list (a sidebar's posts; not a list of the authors, Stern's
    `<li class="authors__list-item">`), the comments or a section of the story (`under_crosshead`)."""
    return _in_other_story(element) or in_comments(element) or under_crosshead(element) or any(
        a.tag == "li" and not _AUTHORS_LIST.search(a.get("class") or "") for a in element.iterancestors())


_AUTHORS_LIST = re.compile(r"author|autor|byline", re.I)


#: A label that makes the names after it translators: InfoQ Japan's "翻訳者" over its list.
_TRANSLATOR_LABEL = re.compile(r"(?:翻訳者?|訳者|translators?|translated by|übersetz(?:er|erin|ung)|"
                               r"tradu(?:cteur|ctrice|ctor|tora|ção|cción|it par))\s*[:：]?", re.I)


def is_translator(element) -> bool:
    """Whether the element stands, within its five nearest containers, after a translator's label."""
    for holder in [element, *list(element.iterancestors())[:5]]:
        before = holder.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None and _TRANSLATOR_LABEL.fullmatch(clean_text(before.text_content())):
            return True
    return False


def _author_cards(tree) -> list[str]:
    """The name in an element of class "author" or "vcard" (AOL's `<p class="author vcard"><b
    class="fn">`, TechCrunch's `<div class="author"><span class="display-name">`, Yahoo's `<cite
    class="byline vcard">By <span class="fn">JORDAN ROBERTSON and RACHEL METZ - AP ...`), or the
    whole text of one without a name's part that reads as a person's name alone (oren.mk.ru's
    `<span class="author"><span class="preview__author">Валерия Пестрякова</span></span>`)."""
    texts = []
    for card in tree.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " author ") or '
                           'contains(concat(" ", normalize-space(@class), " "), " vcard ")]'):
        if _outside_story(card) or is_translator(card):
            continue
        parts = [e for e in card.iterdescendants() if isinstance(e.tag, str)
                 and _NAME_PART & set((e.get("class") or "").lower().split())]
        if parts and 2 < len(text := clean_text(parts[0].text_content())) < 80 and not _WEB_NAME.search(text):
            texts.append(text)  # (an organisation's card names the site: "FoxNews.com")
        elif not parts and reads_as_person(text := clean_text(card.text_content())) and not _BY_WORD.match(text):
            texts.append(text)  # (not a label and a desk, "Por Redação", "Af Ritzau": a "By" line is read as such)
    return texts


#: A line of its own that is a byline and nothing else: ESPN's "By Jemele Hill<br>ESPN.com", the Huffington
#: Post's `<span class="bold">By PHILLIP RAWLS</span>`, or with its date: "By Giovanni Gaggero | 12/10/2020".
_BY_NAME = re.compile(r"(?:by|BY|By)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:\s+[|·•]\s+[\w ,./-]{2,30}\d)?")
#: "By" alone, before the links that name the people: CNBC's "By: <a>Patti Domm</a>" (a capital:
#: "... Crafted with ♥ by <a>TemplatesYard</a>" is a credit).
_BY_ALONE = re.compile(r"(?:(?:Written|Posted|Reported) by|BY|By|Von|VON):?")  # Phoronix: "Written by <a>…</a> in …"
#: The same word in its own element, in any case: Stern's "<span>von</span><span>Jemima Kelly</span>".
_BY_OWN = re.compile(r"(?:by|von|par|por):?", re.I)
#: "by" and several names, each of two to four capitalised words: ABC's "By" label, then the
#: text "by JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL".
_NAMED = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_BY_NAMES = re.compile(rf"(?:by|BY|By)\s+{_NAMED}(?:(?:,\s*|,?\s+and\s+){_NAMED}){{1,5}}")
#: A blog's meta line, parts apart by "|": "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN
#: <a>Fashion</a> | 0 COMMENTS", WordPress's "by NAME in <a>CATEGORY</a>".
_BY_IN = re.compile(rf"[|·]\s*[\d:.]*\s*(?i:by|von|par|por)\s+({_NAMED})\s+(?i:in|im|dans|en)$")
#: A post's stamp and writer in one line: "Posted on September 21, 2020 by Adi Tzlil".
_POSTED_BY = re.compile(rf"(?i:posted|published|written)(?:\s+on)?\s+[\w ,./-]{{4,30}}?\d{{2,4}},?\s+"
                        rf"(?i:by)\s+({_NAMED})")
#: A Japanese or Chinese page's writer after a label: Mynavi's "著者：後藤大地", ASCII's "文● オカモト／
#: ASCII編集部" (text: Okamoto / ASCII's desk).
_CJK_LABEL = re.compile(r"(?:著者|作者|記者|執筆者|筆者|撰文|(?:取材・)?文(?=\s*●))\s*[:：●]\s*"
                        r"([^\s:：,、，／/●]{2,12})(?:\s*[／/][^／/]{1,20}(?:編集部|編集局|編集|記者))?")
_KOREAN_SIGNATURE = re.compile(r"([가-힣]{2,4}) ?기자(?: [\w.+-]+@[\w-]+(?:\.[\w-]+)+)?")  # name, "reporter", mail


def _by_lines(tree) -> list[str]:
    """The first text of the page that is only "By" and a name or names, "By:" and a link
    holding a name (CNBC's "By: <a>Patti Domm</a>"), or a CJK writer's label and a name,
    outside other stories, lists and comments."""
    later: list[str] = []
    for text in tree.xpath("//body//text()"):
        owner = text.getparent()
        holder = owner.getparent() if text.is_tail else owner
        words = " ".join(text.split())
        if holder is not None and holder.tag not in ("script", "style") and (labelled := _CJK_LABEL.fullmatch(words)) \
                and not _outside_story(holder):
            return [labelled.group(1)]
        if holder is None or holder.tag in ("script", "style", "option", "a"):
            continue
        if (signed := _KOREAN_SIGNATURE.fullmatch(words)) and not _outside_story(holder):
            return [signed.group(1)]  # Donga's "최윤호 기자 uknow@donga.com" closing the story: reporter Choi
        own = not text.is_tail and not len(owner)  # the word is its element's whole text
        if _BY_ALONE.fullmatch(words) or _BY_OWN.fullmatch(words):
            link = owner.getnext() if text.is_tail or own else owner[0]
            # in a list only when labelled ("Von:" in AFP's list of facts), never in a footer
            if link is None or not isinstance(link.tag, str) or (_outside_story(holder) and not words.endswith(":")) \
                    or _in_footer(holder):
                continue
            named = _named_after(link)
            people = [n.strip(" ,") for n in named.split(" and ")]
            if not _BY_ALONE.fullmatch(words) and not all(PERSON_NAME.match(n) for n in people):
                continue  # "by" in small letters before a link: a name (LTO's "von <a>Dr. Max Kolter</a>")
            if link.tag == "a" and not own:
                return [named]
            # the word in an element of its own, the name in the next: Merkur's "<span>Von: </span><a>Nadja
            # Zinsmeister</a>", Stern's; a theme's post meta says so of the site ("By <a>The Planetary Press</a>")
            # before a "Written by:" in the story names the writer, so only failing any other
            # or in a block of its own: the Economic Times' "By <div class="split"><span>J Vignesh</span></div>"
            if link.tag == "a" or link.tag in ("span", "div", "strong", "b") and all(
                    PERSON_NAME.match(n) for n in people):
                later.append(named)
            continue
        if (found := _BY_NAME.fullmatch(words) or _POSTED_BY.fullmatch(words)) and not _outside_story(holder):
            return [found.group(1)]
        if (found := _BY_IN.search(words)) and not _outside_story(holder):
            following = owner.getnext() if text.is_tail else (owner[0] if len(owner) else None)
            if following is not None and following.tag == "a":  # the category's link
                return [found.group(1)]
        if _BY_NAMES.fullmatch(words) and not _outside_story(holder):
            return [words]  # read into names as any byline is (htmlmeta.clean_name)
    return later[:1]


def _named_after(link) -> str:
    """The names in the element after a "By": its links ("Patti Domm"), or the links of the
    spans of one link each that follow one another (AFP's "<span class="person-link"><a>Bill
    MCCARTHY</a>, </span><span class="person-link"><a>Marisha GOLDHAMER</a></span>"), or its text."""
    if link.tag == "a":
        return _linked_names(link)
    names, tag = [], link.tag  # ... or the names set each in bold ("Par <strong>A</strong>, <strong>B</strong>")
    while link is not None and (tag == "span" and link.tag == tag and len(link) == 1 and link[0].tag == "a"
                                or tag in ("strong", "b") and link.tag == tag):
        names.append(clean_text((link[0] if tag == "span" else link).text_content()))
        link = link.getnext()
    return " and ".join(names) if names else clean_text(link.text_content())


def _byline_holder(element):
    """The box a marked author belongs to, with the others of one byline: its parent, or the box around
    its line when the line holds it alone (granma.cu sets each of three writers in a <p> of its own,
    '<p><span itemprop="author creator">Autor: <a rel="author">...</a> | e-mail</span></p>', in one box)."""
    holder = element.getparent()
    line = next((a for a in element.iterancestors() if a.tag in ("p", "li")), None)
    if line is not None and line.getparent() is not None and len(clean_text(line.text_content())) <= _BYLINE_LINE:
        return line.getparent()
    return holder


_BYLINE_LINE = 120  # characters: a line of a writer's name, label and address, not a paragraph


def _theme_credit(element, own: set[str]) -> bool:
    """Whether a rel="author" link is the credit of the site's theme in the page's footer: a link
    to another site, in a <footer> outside the article (a post's own footer holds its byline)."""
    href = bare(element.get("href") or "")
    hosts = {address.split("/")[0] for address in own}
    return element.tag == "a" and bool(href) and bool(hosts) and href.split("/")[0] not in hosts \
        and _in_footer(element) and not any(a.tag == "article" for a in element.iterancestors())


def _in_footer(element) -> bool:
    """In the page's footer or its copyright line."""
    return any(a.tag == "footer" or re.search(r"footer|copyright", f"{a.get('class') or ''} {a.get('id') or ''}", re.I)
               for a in (element, *element.iterancestors()) if isinstance(a.tag, str))


def _linked_names(link) -> str:
    """The names linked after "By:", up to a line break or another element: "Matthew Digby ,
    Minh Do" (PolitiFact's two links), "Patti Domm" (CNBC's, before <br>CNBC Executive ...)."""
    parts = []
    while link is not None and link.tag == "a":
        parts.append(clean_text(link.text_content()))
        between = (link.tail or "").strip()
        if between not in ("", ",", "and", "&", ", and"):
            break
        parts.append(between)
        link = link.getnext()
    return " ".join(p for p in parts if p).rstrip(" ,&").removesuffix(" and")
