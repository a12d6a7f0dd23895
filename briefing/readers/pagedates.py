"""Where a page states its day when its metadata does not: an element marked as its date
("date-created", "cnn_strytmstmp"), a line labelled "Published on" ("VERÖFFENTLICHT AM
07.06.2019"), its address (CNN's "/2010/POLITICS/08/13/"), and last htmldate's search of the
page. A box of coming events, of other stories or a menu dates other things: its dates are
left alone.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..lexicon import COMMENTS_CLASS
from .byline import dateline
from .localdates import parse_local_date

_STAMP_CLASS = re.compile(r"date|time|stamp|tmstmp|publish", re.I)
_MAX_STAMP = 100  # characters: a stamp is a line, not a paragraph that mentions a date
#: A box of coming events or other stories, whose dates are theirs: sonntag-sachsen.de's
#: "widget_events" (a church concert's day in December on a story from June), BBC's
#: "li-relatedlinks", "trending-posts".
_OTHERS_BOX = re.compile(r"teaser|related|trending|popular|recommend|promo|calendar|agenda|veranstaltung|termine"
                         r"|events?(?:[-_]|$)|menu|navigation|^nav(?:[-_]|$)", re.I)


def in_others_box(element, lists: bool = False) -> bool:
    """Whether an element sits in a box of events or of other stories, or in the readers'
    comments (a comment's <time> dated resonator-podcast.de's episode a week late), or, with
    `lists`, in a list: a sidebar's posts with their dates."""
    return _commented(element) or any(
        (lists and a.tag == "li") or a.tag == "nav" or any(_OTHERS_BOX.search(word) for word in (a.get("class") or "")
                                                           .split())
        for a in (element, *element.iterancestors()) if isinstance(a.tag, str) and a.tag not in ("body", "html"))


def _commented(element) -> bool:
    """Whether an element sits in a box of the readers' comments (below the <body>)."""
    return any(_comments_box(a) for a in element.iterancestors() if isinstance(a.tag, str))


def stamped_date(tree) -> str | None:
    """The date in an element the page marks as its date ("date-created", "cnn_strytmstmp")."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _STAMP_CLASS.search(marks) or in_others_box(element, lists=True):
            continue
        text = " ".join(element.text_content().split())
        if text and len(text) <= _MAX_STAMP and (date := _stamp_day(text)):
            return date
        # its own text before its children, a reading time after: InfoQ's "2019年2月27日<span></span> 読了時間 3 分",
        # KBS World's "Written: 2023-11-07 15:03:30<span> / </span>Updated: ..."
        own = " ".join((element.text or "").split())
        if own and own != text and len(text) <= _MAX_STAMP and (date := _stamp_day(own)):
            return date
    return None


#: A label that says the date after it is the publication's: "VERÖFFENTLICHT AM 07.06.2019".
_PUBLISHED = re.compile(r"^(?:(?:first )?(?:published|written|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)"
                        r"(?:\s+(?:on|am|le|el|em|il|op))?\s*:?\s+"
                        r"|(?:公開|掲載|投稿|発表|(?:最終)?更新)日\s*[:：]?\s*)"  # IPA's "最終更新日：2019年4月2日"
                        r"(?P<date>.{6,40})$", re.I)


def _stamp_day(text: str) -> str | None:
    """The day a date-marked element's text gives, after a "Published on" label if it has one."""
    if labelled := _PUBLISHED.match(text):
        text = labelled.group("date")
    return parse_local_date(text) or _dateline_day(text)


def _dateline_day(text: str) -> str | None:
    """The day a stamp consists of, in the forms `byline.dateline` reads ("2019年04月21日 12時00分更新")."""
    found = dateline(text)
    return found[0] if found and found[1] == "day" else None


#: A label set apart from the date it gives: zoll.de's '<span class="label">Datum:</span> <span
#: class="value">18.10.2021</span>'.
_DATE_LABEL = re.compile(r"(?:datum|date|fecha|data|erschienen(?: am)?|publication date|date de publication"
                         r"|veröffentlichungsdatum|publiziert am)\s*:?", re.I)


def labelled_date(tree) -> str | None:
    """The date a line of the page gives after a "Published on" label, in any of six languages,
    or an element of its own that gives the date a "Datum:" label before it names."""
    for text in tree.xpath("//body//text()"):
        owner = text.getparent()
        if owner is None or owner.tag in ("script", "style", "option"):
            continue
        if (found := _PUBLISHED.match(" ".join(text.split()))) and (day := dateline(found.group("date"))):
            return day[0]
        if (_DATE_LABEL.fullmatch(" ".join(text.split())) and text.is_text and (value := owner.getnext()) is not None
                and isinstance(value.tag, str) and not in_others_box(owner, lists=True)
                and (day := dateline(" ".join(value.text_content().split()))) and day[1] == "day"):
            return day[0]
    return None


#: A day in a page's address with a section between its year and month, which htmldate
#: does not read: CNN's "/2010/POLITICS/08/13/democrats.social.security/".
_URL_DAY = re.compile(r"/((?:19|20)\d{2})/[A-Za-z][\w-]*/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")


def url_date(url: str | None) -> str | None:
    """The day a page's address gives as /YEAR/SECTION/MONTH/DAY/, when it is a real day."""
    found = _URL_DAY.search(url or "")
    if not found:
        return None
    try:
        return _dt.date(*(int(part) for part in found.groups())).isoformat()
    except ValueError:
        return None


def named_as_comments(element) -> bool:
    """Whether an element's class or id names it the readers' comments (or letters)."""
    return any(COMMENTS_CLASS.fullmatch(word) for word in f"{element.get('class') or ''} {element.get('id') or ''}"
               .split())


def _comments_box(element) -> bool:
    """Whether an element is the readers' comments by its class or id (not the page's <body>
    or <html>, which a theme may class "has-comments"), and holds no <h1>: not the story."""
    return element.tag not in ("body", "html", "main", "article") and named_as_comments(element) \
        and element.find(".//h1") is None  # the subtree searched last: only a box named so


#: The start or end of a period in a script's data: an event's, an offer's, an ad campaign's, never the
#: page's day (htmldate's search took a banner campaign's "startDate":"2020-06-30T22:00:00.000Z" in houzz.de's
#: page state, its first time stamp, for the day of a story of 2022).
_PERIOD = re.compile(r'"(?:start|end|expir(?:y|es|ation)|valid(?:from|through|until))(?:[_-]?(?:date|time|at|on))?"'
                     r'\s*:\s*"[^"]{0,40}"|\bexpires=[^;\'"]{0,40}', re.I)  # a cookie's: "expires=Thu, 25 Feb 2021 ..."


def _without_outside_links(tree, url: str | None):
    """A copy of the page whose links to other sites lead nowhere: their addresses date other
    pages (Segment's lesson links "blog.rafflecopter.com/2014/04/utm-parameters-...", and
    htmldate's search took 2014-04-01 for the lesson's day); whose scripts' data give no
    period's bounds (`_PERIOD`); and whose software's version gives no day ("Version 3.9.15",
    "navigation.js?ver=20120206")."""
    import copy
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    page = copy.deepcopy(tree)
    for script in page.iter("script"):
        if script.text and _PERIOD.search(script.text):
            script.text = _PERIOD.sub('""', script.text)
    for meta in [m for m in page.iter("meta") if (m.get("name") or "").lower() == "generator"]:
        meta.getparent().remove(meta)  # "Joomla! ... Version 3.9.15" is no 3 September 2015 (chadim.net)
    for box in [e for e in page.iter() if isinstance(e.tag, str) and _comments_box(e)]:
        if box.getparent() is not None and not any(a is not box and _comments_box(a) for a in box.iterancestors()):
            box.getparent().remove(box)  # the readers' comments date themselves, not the page (kochbar.de's)
    for element in page.iter("script", "link"):  # a script's or a style's address dates the software's version
        if (element.get("rel") or "").lower() not in ("canonical", "alternate"):  # ("navigation.js?ver=20120206")
            for key in ("src", "href"):
                element.attrib.pop(key, None)
    for link in page.iter("a"):
        try:
            other = (urlsplit(link.get("href") or "").hostname or "").removeprefix("www.")
        except ValueError:
            other = "?"
        if other and other != host:
            del link.attrib["href"]
    for element in page.iter():  # "4.&thinsp;2.&thinsp;2022", which the search read as 2 April: "4.2.2022"
        if isinstance(element.tag, str):
            element.text = _SPACED_DAY.sub(r"\1.\2.\3", element.text) if element.text else element.text
            element.tail = _SPACED_DAY.sub(r"\1.\2.\3", element.tail) if element.tail else element.tail
    return page


#: A day written "4. 2. 2022", the day first, with spaces (thin ones too) after its points.
_SPACED_DAY = re.compile(r"(?<![\d.])(\d{1,2})\.[\s\u2009\u202f\xa0]+(\d{1,2})\.[\s\u2009\u202f\xa0]+((?:19|20)\d\d)\b")


def searched_date(tree, url: str | None) -> str | None:
    """The publication date found by htmldate (page text, URL), when no metadata states it."""
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - htmldate comes with trafilatura
        return None
    try:
        found = find_date(_without_outside_links(tree, url), url=url, original_date=True, extensive_search=True,
                          outputformat="%Y-%m-%d")
    except Exception:  # htmldate is a heuristic: a failure there only means "no date"
        return None
    if found and found.endswith("-01-01"):
        found = None  # a year alone ("© 2016"), which htmldate gives as 1 January: not the day
    first = _first_comment_day(tree)
    if first and (not found or found > first):
        return first  # a page is never younger than its first comment (the search read outside the comments)
    return found or None


def _first_comment_day(tree) -> str | None:
    """The earliest day the readers' comments are stamped with: a <time datetime> or a short
    line that is a date ("8. Dezember 2010 um 10:56", "August 06, 2019")."""
    days = []
    for box in (e for e in tree.iter() if isinstance(e.tag, str) and _comments_box(e)):
        for element in box.iter():
            if not isinstance(element.tag, str) or len(element):
                continue
            text = " ".join(element.text_content().split())
            stamp = (element.get("datetime") or "")[:10]
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", stamp):
                days.append(stamp)
            elif text and len(text) <= 40 and (day := parse_local_date(text) or _dateline_day(text)):
                days.append(day)
    return min(days) if days else None


def page_day(tree, stamped: str | None, url: str | None) -> str | None:
    """The story's day from the page's own marks, after its metadata: a date-marked element, the
    credit line's stamp (`stamped`), a "Published on" line, the address, htmldate's search."""
    return stamped_date(tree) or stamped or labelled_date(tree) or url_date(url) or searched_date(tree, url)
