"""Sections and runs of blocks that are page chrome as a whole: a section headed "Related
stories" or "Sign up for our newsletter", a breadcrumb, a run of teasers or tags, a strip of
teaser cards that ends the story, a lead-in to nothing (see `chrome` for single lines)."""

from __future__ import annotations

import re

from ..model import Block, Section
from .chrome import is_chrome_heading

#: The label of a box of links set inside the story ("Auch interessant"): it goes, never the story after it.
_INLINE_LABEL = re.compile(r"^(?:auch interessant|ähnliche(?: artikel| beiträge)?|lees (?:meer|ook)|les også"
                           r"|läs också|læs også|lue myös)\W*$", re.I)

#: A heading that only names the kind of page part (Seznam Zprávy's "Článek" for screen readers; Die
#: Presse's "Hinweis:" over its note on guest writers): it goes, and its text joins the section before.
_PART_LABEL = re.compile(r"^(?:článek|article|artikel|artículo|articolo|artigo|статья|headline|hinweis)\W*$", re.I)

#: A heading that asks the reader to sign up or follow, and the most words of its blurb.
_PROMO_HEADING = re.compile(r"^(?:newsletter\b|.{0,40}\bnewsletter\W*$|(?:folg|follow)\w*\s.{0,50}\b(?:auf|on)\s+"
                            r"(?:whatsapp|instagram|facebook|tiktok|telegram|x|twitter|google news)\b|"
                            r"(?:sign up|subscribe|abonnieren|abonnez-vous|suscríbete)\b"
                            r"|.{0,40}\bsent to your inbox\W*$"
                            r"|get (?:daily|weekly|the latest)\b.{0,40}\bnews\W*$"
                            # "▶️ Mantente informado en nuestro canal de Google Noticias"
                            r"|\W*(?:mantente informado|síguenos|follow us|folgen sie uns|suivez-nous)\b.{0,60}"
                            r"\bgoogle (?:news|noticias|notícias|nachrichten|actualités)\W*$)", re.I)
_PROMO_WORDS = 60


def drop_chrome_sections(sections: list[Section]) -> list[Section]:
    """Drop what the site hangs under an article: from a heading of teasers ("Top stories",
    "Most popular") to the end, when all that follows is teaser sections (a headline over
    a sentence or two each). Such a heading inside the article (a widget whose links the
    extractor dropped, with the story going on below it) goes alone; the blocks under it
    join the section before. A teaser label set as a line of its own ("DON'T MISS") goes
    with the headlines after it."""
    out: list[Section] = []
    for index, section in enumerate(sections):
        if section.heading and _PROMO_HEADING.match(section.heading) and len(section.blocks) <= 2 \
                and sum(len(b.text.split()) for b in section.blocks) <= _PROMO_WORDS:
            continue  # "Newsletter: Sport inside" over its blurb; "Folgst du schon 20 Minuten auf Whatsapp?"
        if section.heading and (_INLINE_LABEL.match(section.heading) or _PART_LABEL.match(section.heading)) and out:
            last = out.pop()  # a box's label inside the story, whose links the extractor dropped: the story goes on
            section = Section(last.heading, last.blocks + section.blocks, last.level)
        elif section.heading and _PART_LABEL.match(section.heading):
            section = Section(None, section.blocks, section.level)  # the first section's: no heading
        elif section.heading and is_chrome_heading(section.heading):
            if all(_teaser_section(s) for s in sections[index:]):
                break
            section = Section(None, section.blocks, section.level)
            if out:
                last = out.pop()
                section = Section(last.heading, last.blocks + section.blocks, last.level)
        out.append(Section(section.heading, _drop_tag_runs(_drop_teaser_runs(section.blocks)), section.level))
    if out:
        out[0] = Section(out[0].heading, _without_breadcrumb(out[0].blocks), out[0].level)
        out[-1] = Section(out[-1].heading, _without_lead_in_to_nothing(_without_closing_cards(out[-1].blocks)),
                          out[-1].level)
    return out


#: A breadcrumb's separator opening a block of its own: ">", "> 薄型キーボード", "›".
_CRUMB_SEPARATOR = re.compile(r"^[>›»]")


def _without_breadcrumb(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks without a breadcrumb trail that opens them, one crumb a block (Elecom's
    "トップ", ">", "ニュースリリース", "> 薄型キーボード"): short lines, two or more of them
    opening with a separator, up to the last of those."""
    last, separators = -1, 0
    for index, block in enumerate(blocks[:8]):
        text = block.text.strip()
        if block.kind not in ("paragraph", "html") or len(text) > 40 or re.search(r"[.!?。！？]$", text):
            break
        if _CRUMB_SEPARATOR.match(text):
            last, separators = index, separators + 1
    return blocks[last + 1:] if separators >= 2 else blocks


def _teaser_section(section: Section) -> bool:
    return len(section.blocks) <= 6 and all(_teaser_block(b) for b in section.blocks)


def _teaser_block(block: Block) -> bool:
    """A headline over a sentence or two, or a list of headlines (twenty words an item at most)."""
    items = (block.html or "").count("<li") if block.kind == "list" else 0
    return len(block.text.split()) <= max(35, 20 * items)


def _drop_teaser_runs(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks without each teaser label line and the headlines that follow it (short
    lines that end without a full stop, "Hong Kong 'threatened with intervention' [REACTION]",
    or a list: "Editors' Recommendations:" over three links)."""
    out: list[Block] = []
    dropping = False
    for block in blocks:
        text = block.text.strip()
        if len(text.split()) <= 6 and is_chrome_heading(text):
            dropping = True
            continue
        if dropping and (block.kind == "list" or len(text.split()) <= 20
                         and (not re.search(r"[.!?。！？…]['\"”’)]?$", text) or _linked_whole(block))):
            continue  # the headlines after the label, one to a line (a question too, when it is a link) or as a list
        dropping = False
        out.append(block)
    return tuple(out)


def _linked_whole(block: Block) -> bool:
    """A paragraph that is one link and nothing else: a headline of another story ("Who will
    make the Rock Hall in 2020?" under cleveland.com's "You may also like...")."""
    html = block.html or ""
    return "<a " in html and not re.sub(r"<a\b.*?</a>|<[^>]+>|\s", "", html, flags=re.S)


#: A page's topic tag, one to a line with the comma that lists it: "Federal Reserve,".
_TAG_LINE = re.compile(r"^[^\W\d][\w&'’ .-]{1,50},$")
TAG_RUN = 3  # lines in a row: a list of tags, not the story


def _drop_tag_runs(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks without runs of topic tags set one to a paragraph (the Huffington Post
    printed sixteen, "Federal Open Market Committee," to "Wall Street Reform,", above its story),
    and the last tag of such a run, which has no comma."""
    out: list[Block] = []
    run: list[Block] = []
    for block in (*blocks, None):
        text = block.text.strip() if block is not None else ""
        if block is not None and block.kind == "paragraph" and _TAG_LINE.match(text):
            run.append(block)
            continue
        ends_run = len(run) >= TAG_RUN and block is not None and block.kind == "paragraph" \
            and len(text.split()) <= 6 and not re.search(r"[.!?。！？…:]['\"”’)]?$", text)
        out += [] if len(run) >= TAG_RUN else run
        run = []
        if block is not None and not ends_run:
            out.append(block)
    return tuple(out)


CARD_RUN = 3  # lists of one item in a row that end the story: a strip of teaser cards


def _without_lead_in_to_nothing(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The story's blocks without a last short paragraph that opens what is not there: a list of
    links the extractor dropped ("Hier gibt es die Correctiv-Recherche zum Nachlesen:")."""
    if len(blocks) > 1 and blocks[-1].kind == "paragraph" and blocks[-1].text.rstrip().endswith(":") \
            and len(blocks[-1].text.split()) <= LEAD_IN_WORDS:
        return blocks[:-1]
    return blocks


#: The most words of a closing paragraph that only leads in to what follows it.
LEAD_IN_WORDS = 20


def _without_closing_cards(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The story's last blocks without a closing run of lists of one item each: a strip of
    other stories' teasers, each card its own list (CNBC's six under its blog post: "Not every
    CEO is a college grad, but some schools produce more top execs than others. Here they
    are."). In the middle of a story such lists are its own (a glossary, one term a list)."""
    end = len(blocks)
    while end and blocks[end - 1].kind == "list" and (blocks[end - 1].html or "").count("<li") == 1:
        end -= 1
    return blocks[:end] if len(blocks) - end >= CARD_RUN else blocks
