"""The bottom line up front: one sentence that states the article's judgment or its news.

The publisher's own description wins when it is such a sentence (not a tagline, not the
title again, without the site's name hung on it); otherwise the first key point, trimmed
of what a one-line judgment does not need: a dateline, brackets, the attribution.
"""

from __future__ import annotations

import re

from ..model import Article, KeyPoint
from .events import shorten
from .genre import BOOK, SPEECH
from .rules import broken_rule, trimmed
from .sentences import CJK, split_sentences, word_count

MIN_WORDS, MAX_WORDS = 8, 36
#: A report's lede may run longer and still be its news in one sentence ("A jury in Charleston, S.C., has
#: found Dylann Roof guilty on all 33 counts ... in the basement of a historically black church.").
LEDE_MAX_WORDS = 40
CUT_AT = 120  # a description this long without a closing mark was cut to fit a field

#: A site's name hung on a description or title: " - Yahoo!ニュース(CNET Japan)", " | Reuters".
_SITE_SUFFIX = re.compile(r"\s+[-|–—:·]\s+[^.?。]{2,60}$|\s*[(（][^()（）]{2,40}[)）]$")
_VERB_HINT = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|must|should|does|do|did|"
                        r"\w+(?:ed|es|s))\b", re.I)
#: The same, strict, for a publisher's description: an auxiliary, a past tense, or a common
#: verb ("Idioms and patterns for handling errors in Go." has none: a plural is no verb).
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|must|should|does|do|did|"
                          r"\w{2,}ed|(?:say|show|find|make|take|give|come|go|get|become|remain|seem|mean|need|want|"
                          r"help|allow|let|explain|argue|describe|announce|launch|offer|bring|look|use|cover|add|"
                          r"plan|win|lose|rise|fall|cut|raise|hit|face|call|warn|urge|ask|tell|push|set|lead|keep|"
                          r"put|run|see|think|know|work|turn|play|pay|build|grow|hold|meet|move|live)s|"
                          r"said|made|took|gave|came|went|got|became|found|left|won|lost|rose|fell|kept|held|"
                          r"met|ran|saw|thought|knew|told|brought|built|grew|paid|led|sent|spent|began|struck|"
                          r"wrote|chose|drove|flew|fought|sold|stood|hit|cut|put|set|let|quit)\b"
                          # or a present tense after its subject: "The council approves ..."
                          r"|\b(?:the|a|an|this|that|it|he|she|its|his|her|their|our)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"[a-z]{3,}[^s\W]s\b", re.I)
#: A headline's noun clause, not a sentence: "How we will all work together toward Go 2.",
#: "What the flood says about our defences" ("What is clear is ..." and "When the river
#: rose, ..." are sentences).
_HEADLINE_CLAUSE = re.compile(r"^(?:How|Why|What)\s+(?!(?:is|are|was|were|do|does|did|can|could|will|would|"
                              r"should|has|have|had)\b)[^,;:]*$")
#: Words said twice in a row: two fields glued into one ("Detenida en Francia Izaskun Lesaka Izaskun
#: Lesaka pasó a la cúpula ...", El Mundo's description: a headline, then a subheading).
_GLUED = re.compile(r"\b([^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){1,3})\s+\1\b")
#: Arrows, ticks and stars that a search snippet is dressed with ("lll➤ Haben Fische ein Schmerzempfinden?
#: ➥ Wir erklären ... ✓ beleuchten ..."): no sentence a writer set.
_DINGBAT = re.compile(r"[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff]")
_CLOSED = re.compile(r"(?<!\.\.)(?<!…)[.!。！।॥۔።][\"'”’)\]」』]*$")
#: A teaser's promise, not a statement: "Everything you need to know about the season-ending WTA
#: tournament."; a site's list of its sections: "taeglich aktuelle Suedtirol-Nachrichten aus
#: Chronik, Politik, Sport, Wirtschaft, Kultur, Events."
_TEASER = re.compile(r"^(?i:everything|all|here['’]?s what|what) you (?:need|want) to know\b"
                     r"|(?:\b[A-ZÄÖÜ]\w+,\s+){3,}[A-ZÄÖÜ]\w+\.?$"
                     # a site's own blurb: "The latest headlines and information from Costa Rica including
                     # breaking news, weather, travel, events, sports and more."
                     r"|^(?i:the )?(?i:latest) (?i:news|headlines)\b|(?:\b\w+,\s+){2,}\w+,? (?i:and|und|y|et) "
                     r"(?i:more|mehr|más|plus)\.?$")
#: The heading of an article's own conclusion ("Fazit", "2022-Fazit", "Conclusion", "The bottom line").
_CONCLUSION = re.compile(r"^(?:the\s+|unser\s+|mein\s+)?(?:[\w-]+-)?(?:fazit|conclusions?|in conclusion|"
                         r"bottom line|zusammenfassung|schlussfolgerung(?:en)?|conclusión|conclusão|en conclusion)\b",
                         re.I)
_FAZIT = re.compile(r"(?:\b|-)fazit\b", re.I)  # anywhere: "Gasly & Tsunoda: 2022-Fazit für das AlphaTauri-Duo"


#: A subject that opens with a relative clause ("The man who the police said ..."): a sentence
#: shortened at its first boundary after such a subject has lost its own verb.
_SUBJECT_WITH_CLAUSE = re.compile(r"^\W*(?:\w+\s+){1,3}(?:who|whom|whose|that|which)\s", re.I)


def _as_judgment(text: str, title: str, english: bool = True, most: int = MAX_WORDS,
                 verb: re.Pattern = _VERB_HINT) -> str | None:
    """`text` as a one-sentence bottom line, or None when it is not one."""
    text = " ".join(text.split())
    while (cut := _SITE_SUFFIX.sub("", text)) != text and word_count(cut) >= MIN_WORDS:
        text = cut
    sentences = split_sentences(text)
    if not sentences:
        return None
    first = trimmed(sentences[0])
    if word_count(first) > most and not CJK.search(first):
        first = shorten(first, most, first.split()[0])  # at a clause boundary, if it has one
        if _SUBJECT_WITH_CLAUSE.match(first):
            return None  # cut before its verb: "The man who the police said sowed terror across two states."
    if not MIN_WORDS <= word_count(first) <= most or first.rstrip().endswith(("?", "？", "…", "...")):
        return None
    if first.strip(" .").casefold() == title.strip(" .").casefold() or broken_rule(first) or _GLUED.search(first) \
            or _DINGBAT.search(first) or _TEASER.search(first):
        return None
    if english and (not verb.search(first) or _HEADLINE_CLAUSE.match(first)):
        return None  # a tagline ("Rust, two years after 1.0") or a headline ("How we will ...")
    return first if _CLOSED.search(first) else first + "."  # 'the name “Go.”' is closed


def bottom_line(article: Article, points: tuple[KeyPoint, ...], genre: str | None = None) -> str | None:
    """The one sentence the intelligence theme prints first (see the module's rules): the
    description, else the first point (the lede) that reads as one, or in a speech or a
    book, which do not open with their argument, the most central one that does."""
    title = article.metadata.title or ""
    ranked = sorted(points, key=lambda p: -p.score) if genre in (SPEECH, BOOK) else list(points)
    description = article.metadata.description or ""
    if len(description) >= CUT_AT and not _CLOSED.search(description.strip()):
        description = ""  # cut off by the site ("... considered a strong candi"): not a sentence
    most = MAX_WORDS if genre in (SPEECH, BOOK) else LEDE_MAX_WORDS
    english = article.metadata.language.startswith("en")
    concluded = [(text, _VERB_HINT) for text in _conclusion(article)]
    for text, verb in ((description, _FINITE_VERB), *concluded, *((p.text, _VERB_HINT) for p in ranked)):
        if text and (line := _as_judgment(text, title, english, most, verb)):
            return line
    return None


def _conclusion(article: Article) -> list[str]:
    """The sentences of the article's own conclusion, the section its heading calls one
    ("Fazit", "Conclusion"): the writer's judgment, set down as such."""
    for section in article.sections:
        heading = (section.heading or "").strip()
        if heading and len(heading.split()) <= 8 and (_CONCLUSION.match(heading) or _FAZIT.search(heading)):
            return [sentence for block in section.blocks if block.kind == "paragraph"
                    for sentence in split_sentences(block.text)][:3]
    return []
