"""What a page calls its site: the publication's name from og:site_name, JSON-LD's publisher,
the <title>'s spelling of its domain, without a tagline run on after it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .htmltitle import TITLE_SEPARATORS, domain_label, squash

#: A name given as a web address: "https://www.fr.de", "www.chocolate.com".
_WEB_ADDRESS = re.compile(r"(?i)(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/?")


def _as_name(name: str | None) -> str | None:
    """A name given as a web address as its host without "www." ("fr.de"): what the masthead
    prints for a domain, never a whole address."""
    found = _WEB_ADDRESS.fullmatch(name.strip()) if name else None
    return found.group(1) if found else name


def publication(site: str | None, publisher: str | None, url: str | None) -> str | None:
    """The publication's name: the page's og:site_name, unless its address names the JSON-LD
    publisher and not it (Reuters gives its edition, "U.S.", as its site name), or it is the publisher's
    name run into one lowercase word (divyabhaskar.co.in's "divyabhaskar" for "Divya Bhaskar"); else the
    publisher. A name given as a web address is its host ("https://www.fr.de" is "fr.de")."""
    site, publisher = _as_name(site), _as_name(publisher)
    host = (urlsplit(url).hostname or "").replace(".", "").lower() if url else ""
    named, given = squash(publisher), squash(site)
    if site and publisher and named == given and site.islower() and " " not in site and " " in publisher:
        return publisher  # the name written as a slug: as the publisher spells it
    if site and publisher and host and named in host and given not in host and given not in named \
            and named not in given:  # "BBC News" for the BBC stays
        return publisher
    return site or publisher


def site_after_headline(name: str | None, headline: str | None) -> str | None:
    """The site's name given in a name field (og:site_name, application-name): as it is, or, where the
    field holds the page's headline and the name after it (handball.ch's application-name "Cup-Vorschau:
    ... - Handball Schweiz"), what follows the headline when it is short enough to be a name, else None."""
    if not name or not headline or not squash(name).startswith(squash(headline)) or squash(name) == squash(headline):
        return name
    parts = [part.strip().strip("|/:·•–—-").strip() for part in TITLE_SEPARATORS.split(name)[1:]]
    return parts[-1] if parts and 0 < len(parts[-1].split()) <= _SITE_NAME_WORDS else None


_SITE_NAME_WORDS = 5  # a title's last part longer than this is no site's name


def titled_publication(title: str | None, url: str | None) -> str | None:
    """The publication's name as the page's <title> spells the name its domain runs together
    ("Hildesheimer Presse" in "... - Hildesheimer Presse" on hildesheimer-presse.de, "ZimEye" on
    zimeye.net), for a page that names no site otherwise; else None."""
    label = squash(domain_label(url))
    if len(label) < 3 or not title:
        return None
    parts = (part.strip().strip("|/:·•–—-").strip() for part in TITLE_SEPARATORS.split(title)[1:])
    return next((part for part in parts if squash(part) == label and any(ch.isupper() for ch in part)
                 and (len(label) >= 4 or part.isupper())), None)  # "... | ZDH" on zdh.de


def named_site(site: str | None, title: str | None, url: str | None) -> str | None:
    """The site's name as a reader knows it: the <title>'s spelling where the page names its site by its
    address ("lastampa.it" for "... - La Stampa"), and without a tagline run on after a separator ("My
    Daily Magazine - Art, Design, DIY, Fashion and Beauty !" on mydailymagazine.com)."""
    if (site is None or _DOMAIN.fullmatch(site)) and (titled := titled_publication(title, url)) \
            and (site is None or not _DOMAIN.fullmatch(titled)):  # not "DOMRADIO.DE" for "domradio.de"
        return titled
    if site and url and (label := squash(domain_label(url))) and len(label) >= 4:
        parts = [_DECOR.sub("", part.strip(" :|·•*~–—-")).strip(" :") for part in TITLE_SEPARATORS.split(site)]
        named = [part for part in parts if squash(part) == label or (
            squash(part).startswith(label) and len(part.split()) <= 3)]  # "Boston News, ... | WHDH 7News"
        if len(parts) > 1 and named:
            return named[0]
    return site


_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")
_DECOR = re.compile(r"^\.+:*|:+\.+$")  # ".:: NMB-MEDIA ::." (not the stop of "Journalistenwatch e.V.")
