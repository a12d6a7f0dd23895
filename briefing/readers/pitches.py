"""The site's own calls to the reader, set in or after the story as a paragraph of their own:
"Never miss the latest news by signing up to our newsletter today!", "Want more health and
science stories in your inbox? Subscribe to Salon's weekly newsletter Lab Notes.", "Folgen
Sie uns auf Twitter", "You can also follow us on Facebook ... and download the Yahoo News
app", a paywall's "To view the full story, please subscribe". They are the page's, not the
article's: printed, they read as the writer's words."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Section

#: A call to sign up for the site's letters ...
_SIGN_UP = re.compile(r"\b(?:sign(?:ing|s)?\s+up|subscrib(?:e|es|ing)|abonnier(?:en|e|t)?|anmelden|inscri(?:re|vez)|"
                      r"register)\b", re.I)
_LETTERS = re.compile(r"\b(?:\w*newsletters?|inbox|(?:daily|weekly) (?:briefing|digest)|e-?mail updates|t\.me/\w+)\b",
                      re.I)
#: ... to follow it on a network, to install its app, to fund it.
_FOLLOW = re.compile(r"\b(?:follow|folgen sie|folge|like|liken sie)\s+(?:us|uns)\b.{0,80}?\b(?:facebook|twitter|"
                     r"instagram|linkedin|telegram|youtube|tiktok|whatsapp|threads|bluesky)\b", re.I)
_APP = re.compile(r"\bdownload\s+our\b.{0,30}?\bapp\b|^download\b.{0,60}?\bapp\b", re.I)
#: ... or says so in the imperative, naming the letter: "Sign up for the Sports Omelette ...",
#: "Nichts Neues verpassen! - Newsletter abonnieren".
_IMPERATIVE = re.compile(r"^(?:(?:then|just|so)\s+)?(?:sign up|subscribe|abonnieren sie|melden sie sich)\b"
                         r"|\bnewsletter (?:abonnieren|bestellen)\b", re.I)
_FUND = re.compile(r"\b(?:consider supporting (?:us|our)|support(?:ing)? our work|unterstützen sie uns"
                   r"|support(?:ing)? (?:independent|quality) journalism)\b", re.I)
#: A paywall's or an advertiser's call, which need not name the reader: "To view the full story, please
#: subscribe to The Haitian Times.", "Cancela cuando quieras.", "Advertise with the most visited news site".
_PAYWALL = re.compile(r"^to (?:view|read|access|continue reading) (?:the|this) (?:full|whole|rest of the|entire) "
                      r"(?:story|article)\b|\b(?:already a subscriber|first-time subscribers|join now or renew"
                      r"|cancel (?:any ?time|at any time)|cancela cuando quieras|jederzeit kündbar"
                      r"|you['’]ll get unlimited (?:digital )?access)\b|^join now\b"
                      r"|^(?:advertise with|apoya el periodismo)\b|\bapóyanos\b|\bmust be logged in\b"
                      r"|\b(?:müssen sie (?:eingeloggt|angemeldet) sein|log in to (?:comment|reply))\b"
                      r"|\btag (?:me|us)\b.{0,80}?\b(?:instagram|facebook|twitter|tiktok)\b"
                      # "For the latest stories and breaking news updates download the Nationnews apps for iOS ..."
                      r"|^(?:for (?:the )?latest\b.{0,60}?)?download the\b.{0,40}?\bapps?\b", re.I)
#: Cyrillic letters that look Latin, which an advertiser's line mixes in to slip past filters ("Аdvеrtіѕе").
_LOOKALIKES = str.maketrans("аеорсухіѕјАВЕКМНОРСТХІЅ", "aeopcyxisjABEKMHOPCTXIS")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: The most words a pitch paragraph has, and a sentence that only leads into one ("For daily
#: updates on weekdays and specially selected content for the weekend.").
MAX_WORDS, LEAD_WORDS = 50, 16


#: The site speaking to its reader ("our newsletter", "you", "Sie"), and a sentence told by someone
#: ("..., the company says"), which is the article's report, never the site's call.
_READER = re.compile(r"\b(?:our|us|you|your|unser\w*|uns|euch|dein\w*|(?-i:Sie|Ihr\w*))\b", re.I)
_TOLD = re.compile(r"\b(?:said|says|told|sagte|sagt|according to|laut)\b", re.I)


def _pitch(sentence: str) -> bool:
    if _IMPERATIVE.search(sentence) or _PAYWALL.search(sentence):
        return True
    return bool(_READER.search(sentence)) and bool((_SIGN_UP.search(sentence) and _LETTERS.search(sentence))
                                                   or _FOLLOW.search(sentence) or _APP.search(sentence)
                                                   or _FUND.search(sentence))


def is_site_pitch(text: str) -> bool:
    """A paragraph that calls the reader to the site's letters, networks, app or funding:
    one such sentence at least, and nothing else but questions and short lead-ins."""
    if re.search(r"[a-z][а-яі]|[а-яі][a-z]", text, re.I):
        text = text.translate(_LOOKALIKES)  # a word of both alphabets
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    if len(text.split()) <= 2 * MAX_WORDS and sentences and _PAYWALL.search(sentences[0]) and not _TOLD.search(text):
        return True  # a paywall's offer goes on: "Join now or renew to get: — Instant access to ..."
    if len(text.split()) > MAX_WORDS or _TOLD.search(text):
        return False
    pitches = [s for s in sentences if _pitch(s)]
    return bool(pitches) and all(s in pitches or s.endswith("?") or len(s.split()) <= LEAD_WORDS for s in sentences)


def without_site_pitches(sections: list[Section]) -> list[Section]:
    """Each section without its paragraphs that are the site's calls to the reader."""
    out = []
    for section in sections:
        kept = tuple(b for b in section.blocks if not (b.kind == "paragraph" and is_site_pitch(b.text)))
        out.append(replace(section, blocks=kept) if len(kept) != len(section.blocks) else section)
    return out
