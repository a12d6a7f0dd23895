"""A saved web page's title: its meta or printed headline without the site's name (" | Site")
or the kicker set over the headline ("... - Interne Unterlagen im Netz")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from ..model import Block
from .byline import dateline
from .htmlblocks import clean_text
from .htmlsplit import words

#: " | ", " - ", " • ", " － " (Publickey's full-width hyphen) and the like between a headline and the site's name.
#: Chinese sites' titles join their parts with a bare underscore: "<headline>_智能_好奇心日报".
TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—_·•:»«›‹/*｜－│┃⋆]|::)\s*|(?<=[^\x00-\x7f])_(?=[^\x00-\x7f])")
#: After the page's own headline, a separator needs no space before it: "…を発売。｜サンワサプライ株式会社".
_GLUED_COLON = re.compile(r"\s+:(?=[^\W\d_])")  # a kicker's hidden colon: "... Integrationsdirektion :Impfen"
_AFTER_HEADLINE = re.compile(r"[。.!！]?\s*(?:[|｜：]|:(?=\S))")


#: UTF-8 read as Windows-1252, as a page's own title may be ("NPCÂ´s", "schÃ¶n").
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u02c6\u02dc]")


def mended(text: str) -> str:
    """The text with UTF-8 that was read as Windows-1252 read again ("NPCÂ´s" -> "NPC´s"); as
    it was when it does not read so."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def page_title(raw_title: str | None, headings: list[str], site: str | None, tree,
               url: str | None = None, home: Sequence[str] = ()) -> str | None:
    """The page's title from its meta title (`raw_title`) and its <h1>s (`headings`); a
    suffix naming the site, or the domain of its address (`url`), is dropped, and so is the
    site's name that an <h1> linking home prints (`home`) before or after the headline."""
    raw_title = _ARCHIVE_TAIL.sub("", mended(raw_title)) if raw_title else raw_title
    if raw_title and (named_first := _headline_after_name(raw_title, headings, tree)):
        return named_first
    title = strip_site_suffix(raw_title, site, headings, url, home) if raw_title else None
    # the title cut down to one of the <h1>s (BOOK☆WALKER's "<headline> - <shelf> <authors> - BOOK☆WALKER -"):
    # the page prints it, whatever other <h1> it has (a tagline over its logo)
    printed = bool(title and raw_title and squash(title) != squash(raw_title)
                   and squash(title) in {squash(h) for h in headings})
    posts = _post_titles(tree) if title and not printed else set()
    if title and not printed and not headings:  # a blog's theme that sets its post's headline in an <h2>
        posts |= {squash(clean_text(h.text_content())) for h in tree.iter("h2") if not _links_home(h)}
    if title and not printed and (part := _post_title_part(title, posts)):
        title, printed = part, True  # "CDU-Fraktion im Erfurter Stadtrat - <the headline its page prints>"
    printed = printed or bool(title and squash(title) in posts)  # USA Today's <div id="post-title">
    if not printed and (headline := _printed_headline(headings, site)) and _prefer_printed(headline, title) \
            and not _printed_elsewhere(title, headline, headings):
        title = headline  # the page prints this headline; og:title is the web or social one
    title = _GLUED_COLON.sub(": ", title.replace("\u00ad", "")) if title else title  # LTO's "Paläs\u00adti\u00adnenser"
    title = _without_section(title, tree) if title else title
    return _LABEL_TAG.sub("", _without_headline_extras(_without_kicker(title, tree), tree)) if title else None


def _without_section(title: str, tree) -> str:
    """The title without a last part that names a section the page links to: the Times of India's
    "... says resolve Jammu and Kashmir bilaterally | India News", its breadcrumb's "India News"."""
    head, bar, tail = title.rpartition(" | ")
    if not bar or words(tail) > 3 or len(head.split()) < 4:
        return title
    if squash(tail) and any(squash(a.text_content()) == squash(tail) for a in tree.iter("a")):
        return head.rstrip()
    return title


#: The year an archive's page was first published, after its headline: the New York Times's og:title
#: "Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings (Published 2016)".
_ARCHIVE_TAIL = re.compile(r"\s+\((?:Published|Updated)\s+(?:1[89]|20)\d{2}\)$")


def _headline_after_name(title: str, headings: list[str], tree) -> str | None:
    """The headline of a meta title "<the page's <h1>> - <headline>" when the page prints that
    headline as a lower heading: a diary's name in its <h1> over the entry's <h3> (takagi-hiromitsu.jp's
    "高木浩光＠自宅の日記 - 改正NICT法がプチ炎上、…"), not the <h1> headline that the site's name or a
    subheading follows ("Masscan と ZMap によるスキャンの違い – IIJ Security Diary")."""
    for heading in headings:
        if not heading or not title.startswith(heading) or not (mark := TITLE_SEPARATORS.match(title[len(heading):])):
            continue
        rest = title[len(heading) + mark.end():].strip()
        lower = {squash(clean_text(h.text_content())) for h in tree.iter("h2", "h3")}
        # a short name over a longer headline (not an <h1> headline and a subheading after it)
        if words(heading) <= 5 and words(rest) >= words(heading) + 3 and squash(rest) in lower:
            return rest
    return None


#: The class or id of an element that prints a post's headline outside an <h1>: USA Today's
#: blogs' <div id="post-title"> under the blog's name, the CDU Erfurt's <div class="blog_teaser_headline">.
_POST_TITLE = re.compile(r"(?:[\w-]*[-_])?(?:(?:post|entry|article|story|news)[-_]?(?:title|heading)|headline)",
                         re.I)  # (Die PARTEI Lübeck's <h2 class="newsheading">)


def _post_titles(tree) -> set[str]:
    """The squashed texts of the page's elements whose class or id says they print its headline,
    each the only one of its class (a class that many share heads teasers: iNews's "puffs")."""
    found: dict[str, list] = {}
    for element in tree.iter():
        if isinstance(element.tag, str) and any(_POST_TITLE.fullmatch(w) for w in
                                                f"{element.get('class') or ''} {element.get('id') or ''}".split()):
            found.setdefault(f"{element.get('class')}#{element.get('id')}", []).append(element)
    return {squash(clean_text(alone[0].text_content())) for alone in found.values()
            if len(alone) == 1 and len(alone[0].text_content()) < 400}


def _links_home(heading) -> bool:
    """Whether a heading links to a site's home page (the blog's name set as an <h2>; Wordsmith's
    "A.Word.A.Day" with its "homelink")."""
    return any((urlsplit((a.get("href") or "").strip()).path in ("", "/") and (a.get("href") or "").strip())
               or re.search(r"home|logo|brand", a.get("class") or "", re.I) for a in heading.iter("a"))


def _post_title_part(title: str, printed: set[str]) -> str | None:
    """The part of a meta title of several (" - " apart) that the page prints as its headline
    (`printed`, from `_post_titles`)."""
    parts = TITLE_SEPARATORS.split(title)
    found = next((p for p in parts if words(p) >= 3 and squash(p) in printed), None) if len(parts) > 1 else None
    return found.strip(" |-–—_·•:»«›‹/*｜－│┃⋆") if found else None  # not the second colon of "::"


def _site_sized(heading: str, before: str) -> bool:
    """Whether an <h1> that ends the meta title is the site's name after its headline, not the
    headline after the site's name: Engadget's "Lyft extends free scooter rides ... | Engadget"
    under an <h1> "Engadget" over its logo."""
    return words(heading) <= 3 and words(before) >= words(heading) + 3


#: A label in square brackets before a title: Elecom's "[News] サクサク軽い…", "[Updated] …".
_LABEL_TAG = re.compile(r"^\[[A-Za-z][A-Za-z ]{1,14}\]\s+(?=\S)")


def strip_site_suffix(title: str, site: str | None, headings: list[str], url: str | None = None,
                      home: Sequence[str] = ()) -> str:
    """Drop " | Site", " - The Site" and similar from a page title (the site named by its
    name, by its address's domain: " - POLITICO" on politico.com, or by its <h1> linking home:
    `home`), or "Site - " before it when the page's heading is the rest or it names the site so."""
    title = _without_glued_site(clean_text(title), site)
    plain = title.translate(_PLAIN_MARKS)  # the <h1> may curl the quotes that the meta title does not
    for heading in headings:
        if site and squash(heading) == squash(site):
            continue  # the site's name set as an <h1> over its logo is no headline
        printed = heading.translate(_PLAIN_MARKS)
        if heading and plain != printed and plain.startswith(printed) and \
                (TITLE_SEPARATORS.match(title[len(heading):]) or _AFTER_HEADLINE.match(title[len(heading):])):
            return _section_before(heading, title, headings) or heading
        before = title[:-len(heading)] if heading and plain != printed and plain.endswith(printed) else ""
        if (found := TITLE_SEPARATORS.search(before)) and found.end() == len(before) and found.start() > 0 \
                and not _site_sized(heading, before):
            return heading
        if re.fullmatch(r"[^:|]{1,60}:\s+", before):
            return heading  # a blog's name and a colon before its post's title: "Lost in JIT: PyPy and ..."
    names = ({squash(site)} if site else set()) | {squash(name) for name in home if name}
    parts = TITLE_SEPARATORS.split(title)
    if (len(parts) > 1 and squash(home[0] if home else None) == squash(parts[0]) and len(title.split()) > 4
            and (mark := TITLE_SEPARATORS.search(title))):
        return title[mark.end():]  # "Internet-Law » Verstößt der Ausschluss ..."
    # a date's part, not the end of a range: "Wochenbericht 14. - 20. Januar 2022"
    undated = [p for i, p in enumerate(parts) if not dateline(p) or i and re.search(r"\d\.?\s*$", parts[i - 1])]
    if len(parts) > 2 and undated and len(undated) < len(parts):
        return max(undated, key=lambda p: len(p.split()))  # "BW Online | February 16, 2004 | The Budget: ..."
    if len(parts) > 1:
        tail = squash(parts[-1])
        if tail and (tail in names or any(tail in n or n in tail and len(tail) <= len(n) + 12 for n in names if n)
                     or tail == squash(domain_label(url))):  # only the whole name: "ft" is in many words
            return title[: title.rfind(parts[-1])].rstrip(" |-–—_·•:»«›‹/｜－│┃⋆")
    return title


def _section_before(heading: str, title: str, headings: list[str]) -> str | None:
    """The headline after a section's name that the page sets as an <h1> of its own over it:
    zoll.de's "Fachmeldungen - Verkündung des Tabaksteuermodernisierungsgesetzes", both printed."""
    rest = TITLE_SEPARATORS.sub("", title[len(heading):], count=1).strip()
    if words(heading) <= 3 and words(rest) >= words(heading) + 2 and squash(rest) in {squash(h) for h in headings}:
        return rest
    return None


#: The class of a kicker set in the headline over its words: tagesschau's <span class="dachzeile">.
_KICKER = re.compile(r"(?:[\w-]*[-_])?(?:dachzeile|kicker|overline|topline|eyebrow|supertitle|roofline)", re.I)


#: Quotes and dashes a meta title and its printed headline may set differently, made one (length kept):
#: "SEKRÈ MYSTERY BAG - jede Frau ..." over "SEKRÈ MYSTERY BAG – jede Frau ...".
_PLAIN_MARKS = str.maketrans("‘’“”–—", "''\"\"--")
#: The site's name glued on with a bar and no space, after a one-word section: Hankook Ilbo's
#: "… 왜 밀어붙이나\"-정치ㅣ한국일보" ("ㅣ" is the Hangul vowel, set as a bar).
#: A colon or an underscore glues it on so too: "…「Treeviz」:phpspot開発日誌".
_GLUED_SITE = r"(?:[-–]\w{1,12})?\s*[|｜ㅣ:：_]\s*"


def _without_glued_site(title: str, site: str | None) -> str:
    """The title without its site's name hung on with a bar and no space before it."""
    if site and (cut := re.search(_GLUED_SITE + re.escape(site) + "$", title)) and cut.start() > 0:
        return title[:cut.start()].rstrip()
    return title


#: The fewest words a headline stands alone with, without the kicker a meta title opens with.
_STANDS_ALONE = 4


def _without_kicker(title: str, tree) -> str:
    """The title without the kicker the page sets over its headline, when the meta title
    hangs it on ("Daten von Rheinmetall gehackt - Interne Unterlagen im Netz") or opens with
    it and the headline stands alone ("Zugverkehr: Im ICE von Frankfurt nach Barcelona"), or
    sets it small in the <h1> over the headline (kept before a short one, after a colon:
    "Einheit der Woche: Lagen-Pyramide mit GA2", not "Einheit der Woche | ...")."""
    for heading in tree.iter("h1"):
        for part in heading.iter():
            classes = (part.get("class") or "").split() if isinstance(part.tag, str) else []
            if not any(_KICKER.fullmatch(c) for c in classes):
                continue
            kicker = clean_text(part.text_content())
            if kicker and title.endswith(kicker) and (cut := TITLE_SEPARATORS.search(title[:-len(kicker)])) \
                    and cut.end() == len(title) - len(kicker) and cut.start() > 0:
                return title[:cut.start()]
            rest = re.match(r"\s*[:|–—-]\s+(.+)", title[len(kicker):]) if kicker and title.startswith(kicker) else None
            if rest and len(rest.group(1).split()) > _STANDS_ALONE:
                return rest.group(1)  # not "Ein bisschen Fortschritt", which says nothing without its kicker
        small = next((p for p in heading.iter("small") if p is not heading), None)
        kicker = clean_text(small.text_content()) if small is not None else ""
        rest = re.match(r"\s*[:|–—-]\s+(.+)", title[len(kicker):]) if kicker and title.startswith(kicker) else None
        if rest and squash(clean_text(heading.text_content())) == squash(kicker + rest.group(1)):
            # "<h1><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</h1>": a short headline keeps it
            return rest.group(1) if len(rest.group(1).split()) > _STANDS_ALONE else f"{kicker}: {rest.group(1)}"
    return title


#: The class of a part of the <h1> that is not the headline: the page number of a story in
#: pages ("（1/2 ページ）"), a series' subtitle after it (ITmedia's "title__subtitle").
_HEADLINE_EXTRA = re.compile(r"(?:[\w-]*[-_])?(?:page-?number|pagination|sub-?title|subhead(?:line)?)", re.I)


def _without_headline_extras(title: str, tree) -> str:
    """The title without the page number and the subtitle that its <h1> sets apart after the
    headline, when it ends with them ("Intel NUCで最新SSDを比較してみた：さらば平成…（1/2 ページ）")."""
    for heading in tree.iter("h1"):
        extras = [p for p in heading.iter() if isinstance(p.tag, str) and p is not heading
                  and any(_HEADLINE_EXTRA.fullmatch(c) for c in (p.get("class") or "").split())]
        for part in reversed(extras):
            extra = clean_text(part.text_content())
            if extra and title.endswith(extra) and len(extra) < len(title):
                title = re.sub(r"[\s:：|–—-]+$", "", title[:-len(extra)].rstrip()) or title
    return title


def _printed_headline(headings: list[str], site: str | None) -> str | None:
    """The page's first <h1> of three words or more that is not its site's name, when it has
    one or two such (more are a list of cards): what the reader sees atop the story (the New
    York Times printed "Contrary to Gossip, Pyramids Have No Date With the Wrecking Ball"
    under an og:title of "In Egypt, Rumor of Pyramids' Demise Proves Flimsy")."""
    found = {squash(h): h for h in headings if words(h) >= 3 and squash(h) != squash(site)}  # CJK counted too
    return next(iter(found.values())) if 1 <= len(found) <= 2 else None  # the first; many h1s: cards


def _printed_elsewhere(title: str | None, headline: str, headings: list[str]) -> bool:
    """Whether another <h1> than the printed `headline` holds the meta title whole, with at most a
    kicker run in: the page prints the title as its headline, and the other <h1> is something else
    (divyabhaskar.co.in's English <h1> as the last crumb of its breadcrumb, over the Gujarati
    headline "<span>મનોચિકિત્સકની વાત / </span> <og:title>")."""
    if not title:
        return False
    own = squash(title)
    return words(title) >= 3 and any(
        squash(h) != squash(headline) and own in squash(h) for h in headings)


#: What an unclosed <h1> runs on into after the headline: Barbados Today's "... top post - by Kareem Smith April
#: 21, 2022 Article by Kareem Smith Published on ...", its byline's <div> inside the <h1>.
_BYLINE_AFTER = re.compile(r"^\s*(?:[-–—|:]\s*)?(?:by|von|par|por|door)\s+\S", re.I)


def _prefer_printed(headline: str, title: str | None) -> bool:
    """Whether the printed headline should replace the page's meta title: it is another
    headline, or the same one told with more words ("Turkey, Poland and three Caribbean
    islands ..." for "Turkey, Poland, Caribbean islands ..."); not when either holds the
    other (an h1 with its section label, "Crime and Public Safety | ...")."""
    a, b = squash(headline), squash(title)
    if not title:
        return True
    if a != b and a.startswith(b) and not title.rstrip().endswith((".", "!", "?", "\"", "”", "»", "“")) \
            and not _BYLINE_AFTER.match(" ".join(headline.split()[len(title.split()):])):
        return True  # the meta title cut short ("Hamburg Marathon 2024: Überlegener Sieger und"): the <h1> whole
    if b in a and len(title.split()) == 1 and words(headline) >= 3:
        return True  # a topic's name as the meta title: gruene.de's "Arbeit" over "Wir kämpfen für gute Arbeit"
    if a in b or b in a:
        return False
    words_a, words_b = set(re.findall(r"\w+", headline.lower())), set(re.findall(r"\w+", title.lower()))
    if len(words_a & words_b) >= 0.6 * min(len(words_a), len(words_b)):  # one headline, worded two ways
        parts = TITLE_SEPARATORS.split(title)
        core = title[: title.rfind(parts[-1])] if len(parts) > 1 and len(parts[-1].split()) <= 3 else title
        return len(headline.split()) >= len(core.split())  # " - The Atlantic" is no word of the headline
    return True


def domain_label(url: str | None) -> str | None:
    """The name in an address's domain: "politico" for https://www.politico.com/story/...,
    "bbc" for bbc.co.uk (None for an address without one)."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [part for part in host.split(".") if part]
    if len(labels) > 2 and labels[-2] in ("co", "com", "org", "net", "gov", "ac", "ne", "or"):
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else None


def squash(text: str | None) -> str:
    text = (text or "").lower()
    text = re.sub(r"^the\s+|\.(?:com|org|net|fr|de|co\.uk|cn)$", "", text.strip())
    return re.sub(r"[\W_]+", "", text)




def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def prints_title(heading: str, title: str) -> bool:
    """Whether a heading of three words or more prints the title again: four words in five the
    title's. (One shorter tells too little to say.)"""
    words_in, words = _words(heading), _words(title)
    return len(words_in) >= 3 and len(words_in & words) >= 0.8 * max(len(words_in), len(words))


#: The most words a kicker run into a headline adds to it ("Angebliche „Dekolonisierung“").
_KICKER_WORDS = 6


def prints_headline(heading: str, headlines: Sequence[str]) -> bool:
    """Whether a heading prints one of the page's headlines (its title, og:title, ...) again:
    alike (`prints_title`), the whole headline with a kicker run in before or after it
    ("Bei Protesten 2022 Bericht: Aktivistin getötet - ..."), or the headline without the
    kicker that the title has ("Voigt, Höcke und der Vorwurf einer Lüge ...")."""
    for headline in headlines:
        if prints_title(heading, headline):
            return True
        whole, inner = squash(heading), squash(headline)
        if len(_words(headline)) >= 3 and inner in whole and \
                len(heading.split()) - len(headline.split()) <= _KICKER_WORDS:
            return True
        if len(_words(heading)) >= 3 and whole in inner and 2 * len(heading.split()) >= len(headline.split()) \
                and len(headline.split()) - len(heading.split()) <= _KICKER_WORDS:
            return True  # the headline without the kicker the title has ("Landtagswahl in Thüringen: ..."), not
            # a subhead that a long title happens to hold ("What it means")
    return False


def with_leading_subhead(sections: list, leading: list, title: str | None) -> list:
    """The sections with the <h1> that opened the story (taken for its headline) back as the
    first section's heading when the title is another and the page sets its subheads as <h1>s
    too (Elementor's "Ear Candy allert" under "Ear Candy!", then "Silver flash, Baby!")."""
    if not leading or not title or not sections or sections[0].heading or len(_words(leading[0].text)) < 3 \
            or prints_title(leading[0].text, title) or not any(s.heading and s.level == 1 for s in sections):
        return sections
    first = sections[0]
    return [type(first)(leading[0].text, first.blocks, 2), *sections[1:]]


def headline_and_sections(sections: list, title: str, headlines: Sequence[str]) -> tuple[str, list]:
    """The story's title (`story_title`) and its sections without a heading that prints it
    again and without the rest of the page's header (`without_header`)."""
    title = story_title(sections, title, headlines)
    return title, without_title_heading(without_header(sections, [title, *headlines]), title, headlines)


#: The share of a headline's words that a heading over no text holds to be that headline reworded.
_REWORDED = 0.6
#: A heading over no text this long is the story's lead set as a heading (wildundhund.de's <h2> of two
#: sentences, dropped as the headline reworded because the page's description begins with it; review R15).
_LEAD_WORDS = 25


def without_header(sections: list, headlines: Sequence[str]) -> list:
    """The sections without the page's header set as headings over no text before the story:
    a kicker of three words at most ("MIDDLE EAST CRISIS"), a headline, reworded or not
    ("Legal opinion expected after ICJ concludes hearings ...")."""
    while len(sections) > 1 and sections[0].heading and not sections[0].blocks:
        heading = sections[0].heading
        words = _words(heading)
        if len(heading.split()) >= _LEAD_WORDS:  # a lead set as a heading: text of the story, not a headline
            return [type(sections[0])(None, (Block("paragraph", heading),), sections[0].level), *sections[1:]]
        if len(heading.split()) > 3 and not any(
                len(words & (own := _words(h))) >= _REWORDED * min(len(words), len(own)) for h in headlines if h):
            break
        sections = sections[1:]
    return sections  # a dek after them, as the heading over the story's first text, is the standfirst's


def story_title(sections: list, title: str, headlines: Sequence[str]) -> str:
    """The title, or the story's first heading when that prints the page's social headline
    and the title shares hardly a word with it: the <h1> it came from was another story's
    (Digg's promo "'Why Don't You Go Fight For The Reindeer?'" over its Stadia review)."""
    first = sections[0].heading if sections else None
    if not first or not prints_headline(first, headlines) or prints_headline(first, [title]):
        return title
    words, own = _words(title), _words(first)
    return first if len(words & own) < 0.3 * min(len(words), len(own)) else title


def without_title_heading(sections: list, title: str | None, headlines: Sequence[str] = ()) -> list:
    """The sections without a paragraph atop them that is the title again, and without a first
    heading that prints the title or another of the page's `headlines` again: a headline set as
    an <h2> with its kicker run in ("Genetik Das Geheimnis der parasitischen Riesenblumen" on
    spektrum.de), the social headline over the printed one (`prints_headline`)."""
    if sections and title and (repeat := next((b for b in sections[0].blocks[:3] if b.kind == "paragraph"
                                                and squash(b.text) == squash(title)), None)):
        first = sections[0]  # Die Zeit's <p class="title"> atop its text: the title, printed again
        sections = [type(first)(first.heading, tuple(b for b in first.blocks if b is not repeat), first.level),
                    *sections[1:]]
    if not sections or not title or not sections[0].heading:
        return sections
    if not prints_headline(sections[0].heading, [title, *headlines]) and not _headline_over_subheads(
            sections, [title, *headlines]):
        return sections
    first = sections[0]
    return [type(first)(None, first.blocks, first.level), *sections[1:]]


#: The fewest words of a headline set over subheads of a lower level, and the fewest it shares with the page's.
_HEADLINE_WORDS, _SHARED_WORDS = 4, 2


def _headline_over_subheads(sections: list, headlines: Sequence[str]) -> bool:
    """Whether the first heading is the page's printed headline: the only one at its level,
    above every other (Spiegel's "Kollaps der Silicon Valley Bank US-Notenbank räumt ..." as an
    <h2> over <h3> subheads), of four words or more, two of them in one of the page's headlines."""
    first, rest = sections[0], [s for s in sections[1:] if s.heading]
    words = _words(first.heading) - _FUNCTION_WORDS
    return bool(rest) and all(s.level > first.level for s in rest) and len(first.heading.split()) >= _HEADLINE_WORDS \
        and any(len(words & _words(h)) >= _SHARED_WORDS for h in headlines if h)


#: Words too common to tie a heading to a headline, in the languages the tests cover.
_FUNCTION_WORDS = frozenset("""a an the and or of in on to for with from by at is are was der die das den dem des
    ein eine und oder von mit auf im in zu für ist le la les un une des et ou de du en pour dans sur est el los las
    y o del por con que es il lo gli e di da per che""".split())
