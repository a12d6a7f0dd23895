"""Boxes that a web page copied as text carries inside its story, known by their labels: a
teaser box ("Related Content" over another story's headline, cut short: "Top Democrats call
on Trump to cancel Putin meeting following Russian…") and a video player ("Now Playing:" over
the video's blurb). The label goes with what it labels; the story around them stays. A picture
gallery copied as text goes whole: its slides' captions open with their counters ("1/34 30
November 2017 A supporter of Lauri Love ..."). Also the one test of a copied page's single
blocks that the text reader applies (`page_furniture`)."""

from __future__ import annotations

import re

from .chrome import is_chrome_heading, is_chrome_line
from .scrapedtop import block_line
from .sitenotes import CREDIT_LINE, PICTURE_CREDIT, copied_page_line

#: A video player's label on a line of its own; the video's blurb is the paragraph under it.
_PLAYER_LABEL = re.compile(r"^(?:now playing|up next|watch next|recommended videos?)\s*:?$", re.I)
#: The most words of a video's blurb; the fewest and most of a teaser's headline (fewer: the
#: story's own subheading after the box, "Store your luggage", "MONDAY").
BLURB_WORDS, HEADLINE_WORDS = 200, (4, 20)
#: An advertisement's label: what it labels is not in the text (the Daily Mail's over its story's headline).
_AD_LABEL = re.compile(r"^(?:advertisement|anzeige|publicité|publicidad)\W*$", re.I)
#: A headline cut short by the box ("... following Russian…"), or one that ends no sentence.
_CUT_SHORT = re.compile(r"(?:\w|\w[,;:])\s*(?:…|\.\.\.)$")
_SENTENCE_END = re.compile(r"[.!?]['\"”’)]?$")
_BYLINE = re.compile(r"^by\s", re.I)  # "by JONATHAN LEMIRE ..." under "Popular Stories": the story's own
#: A gallery slide's counter before its caption ("12/34 19 November 2017 Grigor Dimitrov ...").
_SLIDE = re.compile(r"^(\d{1,3})/(\d{1,3})\s+\S")
GALLERY_SLIDES = 3  # so many slides of one gallery in a row, counted one by one: no "9/11 changed ..."
#: A gallery copied as one block, each slide's caption closed by its toggle and counter (CNN's "Photos:
#: Bastille Day terror: ... A forensics team inspects the scene of the attack. Hide Caption 3 of 25 Photos: ...").
_SLIDE_TOGGLE = re.compile(r"\bhide caption \d{1,3} of \d{1,3}\b", re.I)


def page_furniture(text: str) -> bool:
    """Whether a block of a page copied as text is the site's own: its chrome, a picture's
    caption or credit, a widget, a label (`sitenotes.copied_page_line`)."""
    return bool(is_chrome_line(text) or copied_page_line(text) or CREDIT_LINE.search(text))


def _teaser(block: list[str]) -> bool:
    """One line under a teaser box's label that reads as another story's headline."""
    text = block_line(block)
    words = len(text.split())
    return len(block) == 1 and HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] and not _BYLINE.match(text) and bool(
        _CUT_SHORT.search(text) or not _SENTENCE_END.search(text))


#: A slide's caption closed by its toggle and counter, one block a slide (CNN's "Photos: Justin
#: Timberlake's Super Bowl halftime show Timberlake performed ... Hide Caption 3 of 12").
_TOGGLED_SLIDE = re.compile(r"\bhide caption (\d{1,3}) of (\d{1,3})\s*$", re.I)


def _slide(block: list[str]) -> tuple[int, int] | None:
    """A gallery slide's (number, count), from the counter its caption opens with or its toggle
    closes it with."""
    line = block_line(block)
    found = _SLIDE.match(line) or _TOGGLED_SLIDE.search(line)
    return (int(found[1]), int(found[2])) if found and 0 < int(found[1]) <= int(found[2]) else None


#: A slide's counter inside a gallery copied as one block ("Croydon Tram derailment 1/8 The scene after a
#: tram overturned ... Steve Parsons/PA 2/8 Police officers walk the site ..."): not a fraction, a price, a date.
_INLINE_SLIDE = re.compile(r"(?<![\w/.,$])(\d{1,3})/(\d{1,3})(?![\w/])")


def _counted_slides(text: str) -> bool:
    """Whether a block holds GALLERY_SLIDES or more slide counters of one count in a row (1/8, 2/8, 3/8)."""
    numbers: dict[str, list[int]] = {}
    for found in _INLINE_SLIDE.finditer(text):
        numbers.setdefault(found[2], []).append(int(found[1]))
    for run in numbers.values():
        length = 1
        for before, after in zip(run, run[1:]):
            length = length + 1 if after == before + 1 else 1
            if length >= GALLERY_SLIDES:
                return True
    return False


def _galleries(blocks: list[list[str]]) -> set[int]:
    """The indices of blocks that are GALLERY_SLIDES or more slides of one gallery in a row,
    numbered one after another (up or down) out of one count, or one block of so many slides."""
    found = {i for i, block in enumerate(blocks)
             if len(_SLIDE_TOGGLE.findall(" ".join(block))) >= GALLERY_SLIDES or _counted_slides(" ".join(block))}
    found |= _titled_slides(blocks)
    start = 0
    while start < len(blocks):
        end = start + 1
        first = last = _slide(blocks[start])
        while first and last and end < len(blocks) and (slide := _slide(blocks[end])) and slide[1] == first[1] \
                and abs(slide[0] - last[0]) == 1:
            last, end = slide, end + 1
        if first and end - start >= GALLERY_SLIDES:
            found.update(range(start, end))
            found.update(_gallery_header(blocks, start, first[1]))
        start = end
    return found


#: The fewest words of the gallery title each slide of a copied gallery opens with.
GALLERY_TITLE_WORDS = 4
_PLAIN_WORD = re.compile(r"[\w'’-]+")


def _titled_slides(blocks: list[list[str]]) -> set[int]:
    """The indices of GALLERY_SLIDES or more blocks in a row that each open with one gallery's title and
    run on into the slide's own title (DW's "Port of Duisburg turns 300 Expansion drive Over the centuries,
    ..." under a report on a cruise ship): the same first words, at least GALLERY_TITLE_WORDS of them,
    with no stop, comma or colon among them and a capital after them. A speech's refrain goes on in
    lower case ("I have a dream that one day ...")."""
    found: set[int] = set()
    start = 0
    while start < len(blocks):
        words = block_line(blocks[start]).split()
        end = start + 1
        for size in range(min(len(words) - 1, 12), GALLERY_TITLE_WORDS - 1, -1):
            title = words[:size]
            if not all(_PLAIN_WORD.fullmatch(w) for w in title):
                continue  # a title has no stop, comma or colon: not a speaker's label ("The President: ...")
            end = start
            while end < len(blocks) and (line := block_line(blocks[end]).split())[:size] == title \
                    and len(line) > size and line[size][:1].isupper():
                end += 1
            if end - start >= GALLERY_SLIDES:
                found.update(range(start, end))
                break
            end = start + 1
        start = max(end, start + 1)
    return found


#: The most words of a gallery's header lines above its slides ("UK news in pictures", "34 show all").
GALLERY_HEADER_WORDS = 8


def _gallery_header(blocks: list[list[str]], start: int, count: int) -> range:
    """The indices of the gallery's header above its first slide `start`: the short line that
    gives its count ("34 show all UK news in pictures") and the short title line above that."""
    def short(index: int) -> bool:
        text = block_line(blocks[index])
        return len(text.split()) <= GALLERY_HEADER_WORDS and not _SENTENCE_END.search(text)

    if start < 1 or not short(start - 1) or str(count) not in block_line(blocks[start - 1]).split():
        return range(0)
    return range(start - 2 if start >= 2 and short(start - 2) else start - 1, start)


#: A picture's credit on a line of its own, over its caption ("Reuters" over "Bodies litter the streets
#: in grim scenes in the south of France", the Sun's way): a caption has no stop at its end.
_LONE_CREDIT = re.compile(rf"^(?:{PICTURE_CREDIT})$")
CAPTION_WORDS = (4, 40)
HEADER_BLOCKS = 4  # a copied page's headline, credit, date and first paragraph


#: USA Today's credit on a line of its own under its caption: "(Photo: Andrew Milligan / AP)".
_CREDIT_UNDER = re.compile(r"^\(photo:\s*[^()]{2,80}\)$", re.I)  # (not the Mirror's "(Image: Getty)", with no caption)
CAPTION_ABOVE_WORDS = 70  # a caption over such a credit: a sentence or two ("... in Turnberry, Scotland on Sunday.")


def _credited_captions(blocks: list[list[str]]) -> set[int]:
    """The indices of lone credits and the captions under them, below the page's header (whose
    "Associated Press" over the lede is its credit line); and of the captions over a credit
    that says it is a picture's ("(Photo: Name / AP)"), with the credit."""
    found: set[int] = set()
    for index in range(1, len(blocks)):
        if _CREDIT_UNDER.match(block_line(blocks[index])) \
                and len(block_line(blocks[index - 1]).split()) <= CAPTION_ABOVE_WORDS:
            found |= {index - 1, index}
    for index in range(len(blocks) - 1):
        caption, credit = block_line(blocks[index + 1]), block_line(blocks[index])
        # (in the header only a credit that says it is a picture's: "Andrew Burton | Getty Images")
        pictured = bool(CREDIT_LINE.search(credit))  # (its caption may be a place alone: "Helsinki, Finland")
        if (_LONE_CREDIT.match(credit) and index >= HEADER_BLOCKS or pictured) and len(blocks[index + 1]) == 1 \
                and (1 if pictured else CAPTION_WORDS[0]) <= len(caption.split()) <= CAPTION_WORDS[1] \
                and not _SENTENCE_END.search(caption):
            found |= {index, index + 1}
    return found


def without_boxes(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks without teaser boxes (the label and the headlines under it), video
    players (the label and the blurb under it) and picture galleries (their slides)."""
    gallery = _galleries(blocks) | _credited_captions(blocks)
    blocks = [b for i, b in enumerate(blocks) if i not in gallery]
    out: list[list[str]] = []
    teasers: set[str] = set()  # the headlines a box holds: set again above the story, they go there too
    index = 0
    while index < len(blocks):
        text = block_line(blocks[index])
        index += 1
        if _PLAYER_LABEL.match(text):
            while index < len(blocks) and _PLAYER_LABEL.match(block_line(blocks[index])):
                index += 1  # "Recommended Video:" over "Now Playing:"
            if index < len(blocks) and len(block_line(blocks[index]).split()) <= BLURB_WORDS:
                index += 1
        elif len(text.split()) <= 6 and is_chrome_heading(text) and not _AD_LABEL.match(text):
            while index < len(blocks) and _teaser(blocks[index]):
                teasers.add(block_line(blocks[index]))
                index += 1
        else:
            out.append(blocks[index - 1])
    return [b for b in out if len(b) > 1 or block_line(b) not in teasers]
