"""The furniture that ends a page after the story: a run of short lines without a sentence
(share bars, reaction counts, an update stamp), the pictures' credit, the site's legal links,
and lists of other stories, each a link and its date; and the story's own closing lines among
them that stay (its credits, sources and footnotes) or give its byline."""

from __future__ import annotations

import re

from ..model import Block, Section
from .byline import credit_line

#: A heading of this many words or more that ends with a full stop is a sentence of the story: it
#: is not dropped as a trailing label.
_SENTENCE_WORDS = 12
_FULL_STOP = re.compile(r"(?<![A-Z])[.。]['\"”’)]?$")  # not an initial's: "... by J. R. R. Tolkien and C. S."


def sentence_heading(text: str) -> bool:
    """Whether a heading's text is a sentence of the story (BuzzFeed sets its story's sentences as
    <h2>s over its pictures and embedded posts: "Still, Lovato will continue to slay, either as a
    human or mermaid."), not a label; a question is a subheading (an interview's, an explainer's)."""
    return len(text.split()) >= _SENTENCE_WORDS and bool(_FULL_STOP.search(text))


def trim_trailing_furniture(sections: list[Section]) -> list[Section]:
    """Drop the run of short, sentence-less blocks that ends a page (share bars, reaction counts);
    the story's closing credits and notes among them stay, after the story ("Kab NIANG" over
    "*Le prénom a été modifié": the signature goes, the note stays)."""
    notes: list[Block] = []
    while sections:
        last = sections[-1]
        blocks = list(last.blocks)
        own = 0  # notes of this section: it keeps its heading for them
        while blocks and (_closing_note(blocks[-1]) or _furniture_block(blocks[-1]) and not _quote_attribution(blocks)):
            taken = blocks.pop()
            if _closing_note(taken):
                notes.insert(0, taken)
                own += 1
        if blocks or own:
            sections[-1] = Section(last.heading, tuple(blocks + notes), last.level)
            break
        if len(sections) == 1 and last.heading is not None:
            break  # a page of one heading and nothing else: leave it to say so
        if last.heading and sentence_heading(last.heading):
            sections[-1] = Section(last.heading, (), last.level)
            break  # a sentence of the story set as a heading (BuzzFeed's, over each picture and post)
        sections.pop()  # a heading with nothing under it ("Tell us what YOU think...") goes too
    return sections


def _closing_note(block: Block) -> bool:
    """A short closing line of the story's own: its credit, source or footnote (`_CREDIT_LINE`); not
    a line that credits the writer, which stops the trimming where it stands (`closing_credit`
    reads it with the line before it)."""
    text = block.text.strip()
    return block.kind == "paragraph" and len(text) < 120 and bool(_CREDIT_LINE.match(text)) \
        and not _IMAGE_CREDIT.match(" ".join(text.split())) and not _AUTHOR_LINE.match(text)


def _quote_attribution(blocks: list[Block]) -> bool:
    """Whether the last block names who said the quotation before it: "– Sebastian Kurz" (a page's
    last pull quote lost its speaker when the promo after it was dropped)."""
    return len(blocks) > 1 and blocks[-2].kind == "quote" and bool(_SPEAKER.match(blocks[-1].text.strip()))


_SPEAKER = re.compile(r"[–—―-]\s*[^\W\d_]")  # "– Sebastian Kurz"


def _furniture_block(block: Block) -> bool:
    text = block.text.strip()
    if block.kind == "figure":
        return False
    if block.kind == "list" and _LEGAL_LINKS.search(text):  # the site's footer: "Aviso legal Política de ..."
        items = re.findall(r"<li\b[^>]*>(.*?)</li>", block.html or "", re.S)
        return bool(items) and all("<a " in item and len(re.sub(r"<[^>]+>", " ", item).split()) <= 5 for item in items)
    if block.kind == "list" and (_dated_headlines(block) or _link_list(block)):
        return True
    if block.kind == "paragraph" and (_IMAGE_CREDIT.match(" ".join(text.split()))
                                      or (len(text.split()) <= 40 and _SITE_PITCH.match(text))):
        return True
    if len(text.split()) <= 25 and _CALL_TO_ACTION.search(text) and not re.search(r"[.!?。！？…]['\"”’)]?$", text):
        return True  # a sidebar's offers: "Jobs by email Sign up to receive regular updates ..."
    if len(text.split()) >= 4 and all(_CSS_NAME.fullmatch(word) for word in text.split()):
        return True  # a layout widget's names, hidden on the page: Reuters' "narrow-browser-and-phone ..."
    return len(text) < 40 and not re.search(r"[.!?。！？…]['\"”’“»«)]?$", text) and not _INFO_LINE.match(text) \
        and not _SPOKEN_LINE.match(text) and not _LABELLED_FIGURE.match(text) and not _CREDIT_LINE.match(text)


#: The story's own closing credit or source: the New York Post's "With Post wires", "Additional reporting by ...",
#: kabarislamia's citation of its source "[Ni’matul Ukhuwah hal. 41]", livenet.ch's "Autor: Fritz Imhof".
_WRITER_LABEL = r"(?:autor(?:in|a|e)?|author|auteure?)\s*:\s*\S"  # "Autor: Fritz Imhof", "Auteur : ..."
_CREDIT_LINE = re.compile(r"^(?:[-–—]\s*)?(?:with\s+(?:[\w.'’&-]+\s+){0,4}(?:wires?|wire services|files|reports?)\b"
                          rf"|(?:additional|further)\s+reporting\s+by\b|{_WRITER_LABEL}"
                          r"|\[(?!\s*(?:ad|advert\w*|anzeige|werbung|publicidad|sponsored)\s*\])[^\[\]]*[^\W\d_][^\[\]]*\]$"
                          r"|[*†‡]\s*[^\W\d_])",  # the story's footnote: Bondy Blog's "*Le prénom a été modifié"
                          re.I)


#: A fact of the story given as a label and a figure: dealdoktor.de's "Maximale Teilnahmen: 1 x Pro Haushalt".
#: (Not a stamp: "Aktualisiert: 30.12.2016", "Last updated: 13 July 2020".)
_LABELLED_FIGURE = re.compile(r"^(?-i:[A-Z])[\w .'-]{2,30}:\s+"
                              r"(?![^:]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b(?:19|20)\d\d\b))[^:]*\d")


#: A line of dialogue: "– „Dann sag es nicht“" closing a German blog's post (gnaur.wordpress.com).
_SPOKEN_LINE = re.compile(r"^[–—-]?\s*[„“\"«»‚‘'].+[“”\"»«‘’']$")


#: The story's closing line of where to learn more: fischundfang.de's "Info: www.zebco-europe.biz".
_INFO_LINE = re.compile(r"(?:infos?|weitere informationen|mehr infos?|more info(?:rmation)?|information|kontakt"
                        r"|contact|bezugsquelle|internet|web)\s*:\s*\S", re.I)


_CSS_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")

#: The pictures' credit that closes a story: Bustle's "Images: Pexels ; Hannah Burton", the
#: Inquisitr's "[Featured Image by Joe Raedle/Getty Images]".
_IMAGE_CREDIT = re.compile(r"^\[?(?:(?:featured|top|header|lead|cover) )?(?:images?|photos?|pictures?|photographs?)"
                           r"(?: credits?)?(?:\s*:|\s+(?:by|via|courtesy of)\b)[^.!?]{0,120}\]?$", re.I)


#: What an item of a list of other stories holds besides its link: the story's date.
_ITEM_DATE = re.compile(r"^[\s(（\[]*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
                        r"|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})"
                        r"(?:\s*\d{1,2}(?:時\d{1,2}分|:\d{2}))?[\s)）\]]*$")  # CNET Japan's "2019年04月03日 09時55分"


def _link_list(block: Block) -> bool:
    """A list of the site's pages after the story: three items or more, each a short link alone (a
    list of topics: CNET Japan's "経営", "セキュリティ", ...), or each a card whose picture and
    headline link to one page (its sponsors' "スタートアップの成長には不可欠" and their summaries)."""
    items = re.findall(r"<li\b[^>]*>(.*?)</li>", block.html or "", re.S)
    if len(items) < 3:
        return False
    texts = [" ".join(re.sub(r"<[^>]+>", " ", item).split()) for item in items]
    linked = [" ".join(re.sub(r"<[^>]+>", " ", "".join(re.findall(r"<a\b[^>]*>(.*?)</a>", item, re.S))).split())
              for item in items]
    if all(text and text == link and len(text.split()) <= 3 and len(text) <= 30 for text, link in zip(texts, linked)):
        return True
    return all(len(hrefs := re.findall(r"<a\b[^>]*href=\"([^\"]+)\"", item)) >= 2 and len(set(hrefs)) == 1
               for item in items)


def _dated_headlines(block: Block) -> bool:
    """A list of other stories, each a link and its date: ITmedia's "無料で使える「Chrome OS Flex」！
    （2022年08月10日）" under the story, in two rankings."""
    items = re.findall(r"<li\b[^>]*>(.*?)</li>", block.html or "", re.S)
    rest = [re.sub(r"<[^>]+>", " ", re.sub(r"<a\b.*?</a>", " ", item, flags=re.S)) for item in items]
    return len(items) >= 3 and all("<a " in item for item in items) and all(_ITEM_DATE.match(r) for r in rest)


#: The site's own call after the story: "For all the latest news, visit the Belfast Live homepage here
#: and sign up to our daily newsletter here.", "Subscribe to Metro Times newsletters."
_SITE_PITCH = re.compile(r"^(?:for (?:all )?(?:the )?(?:latest|more|breaking)\b[^.!?]{0,60}?,\s*)?"
                         r"(?:visit|follow|sign up|subscribe|download|like)\b[^.!?]{0,120}\b"
                         r"(?:homepage|home page|newsletters?|app|facebook|twitter|instagram|here)\b[^.!?]{0,80}[.!]?$",
                         re.I)
#: A site's offer to its reader (Accountancy Age's sidebar: "Search for jobs Click to search our database ...").
_CALL_TO_ACTION = re.compile(r"\b(?:click (?:here )?to|sign up (?:to|for)|please enter your e-?mail|register to)\b",
                             re.I)
_LEGAL_LINKS = re.compile(r"\b(?:privacy|privacidad|confidentialité|datenschutz|impressum|legal|terms of|cookies"
                          r"|mentions légales|aviso|contact us)\b", re.I)


#: A closing line that only credits the writer: livenet.ch's "Autor: Fritz Imhof", DW's "Auteur : Kossivi Tiassou".
_AUTHOR_LINE = re.compile(rf"^{_WRITER_LABEL}.{{0,60}}$", re.I)
#: A line of a label and a short value: one of a list of facts ("Seiten: 400 Seiten", "Verlag: ...").
_FACT_LINE = re.compile(r"^[^\W\d_][\w. ]{1,20}:\s*\S.{0,60}$")


def closing_credit(sections: list[Section]) -> tuple[list[Section], list[str]]:
    """The body without a last line that credits its writer, and the writers it names (none when
    it names no one readable: "Autor: red", the desk): the masthead gives the byline."""
    if not sections or not sections[-1].blocks:
        return sections, []
    last = sections[-1]
    text = " ".join(last.blocks[-1].text.split())
    if last.blocks[-1].kind != "paragraph" or not _AUTHOR_LINE.match(text):
        return sections, []
    if len(last.blocks) > 1 and _FACT_LINE.match(last.blocks[-2].text.strip()):
        return sections, []  # one of a reviewed book's facts ("Seiten: 400 Seiten", "Autorin: Alys Arden")
    return [*sections[:-1], Section(last.heading, last.blocks[:-1], last.level)], credit_line(text) or []
