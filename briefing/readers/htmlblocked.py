"""A saved page that holds no article: a bot check or "please wait" screen that a site's
protection (Cloudflare, Incapsula, Project Shield, ...) served instead of the story, or a page
with no text at all. Briefing it would print an empty page under the file's name; the reader
says what the page is instead."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError

#: The words of a protection's screen, on a page of little more than them.
_SCREEN = re.compile(
    r"\b(?:checking (?:your|if the site connection is secure|the site connection)|verifying (?:you are|that you are) "
    r"(?:a )?human|just a moment\.\.\.|in just a moment\.\.\.|enable javascript and cookies to continue"
    r"|attention required!?\s*\|\s*cloudflare|ddos protection by|learn about project shield"
    r"|incapsula incident id|request unsuccessful\. incapsula|sucuri website firewall|press (?:&|and) hold to confirm"
    r"|are you a robot\?|please (?:complete the|solve the) (?:security )?(?:check|captcha)"
    r"|access denied[^.]{0,40}you don['’]t have permission to access)", re.I)
_SCREEN_WORDS = 120  # a protection's screen says little else
_CODE = ("script", "style", "noscript", "template")


def _visible_text(tree) -> str:
    parts = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _CODE:
            continue
        if element.text and not any(a.tag in _CODE for a in element.iterancestors()):
            parts.append(element.text)
        if element.tail and element.getparent() is not None and element.getparent().tag not in _CODE:
            parts.append(element.tail)
    return " ".join(" ".join(parts).split())


def refuse_blocked_page(tree, path: Path) -> None:
    """Raise an InputError when the page is a bot check or holds no text at all (no words and
    no title): save the page again once it has loaded."""
    text = _visible_text(tree)
    title = " ".join((tree.findtext(".//title") or "").split())
    if not text and not title:
        raise InputError("the page holds no text (a bot check or a page its scripts fill?): "
                         "open it in a browser, let it load, and save it again", path)
    if len(text.split()) <= _SCREEN_WORDS and (_SCREEN.search(text) or _SCREEN.search(title)):
        raise InputError("the page is a bot check or 'please wait' screen, not the article: "
                         "open it in a browser, let it load, and save it again", path)
