"""An article whose saved text stops mid-sentence: a paywalled page keeps only its first
paragraphs and ends "... wichtig und sogar notwendig f…"; or whose saved page holds no story,
only lines of other stories around an empty box, or nothing once its furniture is left out (a
photo gallery's slides). The briefing is built all the same, but the user is told that the
page may hold only the start of the article, or not the article."""

from __future__ import annotations

import dataclasses
import re

from ..model import Article

#: The text's last words cut off: a word of one or two small letters, or a word that cannot end a
#: sentence ("the", "und", "de"), before the ellipsis a site sets where it cuts.
_CUT_OFF = re.compile(r"(?:(?<![\w'’-])[^\W\d_A-Z]{1,2}|\b(?i:the|a|an|and|or|of|to|in|for|with|und|oder|der|die|"
                      r"das|den|dem|des|ein|eine|zu|mit|für|von|et|le|la|les|de|des|du|y|el|los|las|que)\b)"
                      r"\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])$")


def with_cut_off_warning(article: Article) -> Article:
    """The article, with a warning when it holds no text, when its last paragraph stops mid-sentence,
    or when its text is a list of other stories' lines that leaves out the page's own description
    (see the module)."""
    blocks = [block for section in article.sections for block in section.blocks if block.kind == "paragraph"]
    if not any(section.blocks for section in article.sections):
        warning = ("no article text was found, only what the page prints around it (a photo gallery's captions, a "
                   "video, share buttons): the briefing holds the headline alone")
    elif _only_lines_of_others(blocks, article.metadata.description):
        warning = ("the text read is mostly short lines, not sentences, and leaves out the page's own description: "
                   "the saved page may not hold the article (its text may be loaded by script)")
    elif not blocks or not _CUT_OFF.search(blocks[-1].text.rstrip()):
        return article
    else:
        words = blocks[-1].text.rstrip().split()
        warning = (f"the text ends mid-sentence (\"…{' '.join(words[-5:])}\"): the saved page may hold only the "
                   f"start of the article (a paywall or a teaser)")
    metadata = dataclasses.replace(article.metadata, warnings=(*article.metadata.warnings, warning))
    return article.replace(metadata=metadata)


_LINES_OF_OTHERS = 12  # paragraphs at least, for a text to be judged a list of other stories' lines
_SENTENCES = 0.25  # ... of which fewer than this share end as a sentence does,
_STAMPED = 0.25  # ... and at least this share are a time's or a date's stamp


def _only_lines_of_others(blocks: list, description: str | None) -> bool:
    """Whether the text is many short lines and few sentences, stamped with times or dates (headlines
    and times of other stories: handball-world.news's saved page, whose story box is empty), without
    the page's own description."""
    if len(blocks) < _LINES_OF_OTHERS or not description or len(description.split()) < 8:
        return False
    ended = sum(bool(re.search(r"[.!?…][\"”’)]?$", b.text.strip())) and len(b.text.split()) > 8 for b in blocks)
    text = " ".join(" ".join(b.text.split()) for b in blocks)
    opening = " ".join(re.sub(r"^[^:]{1,30}:\s+", "", description).split()[:6])  # "handball-world: Der ..."
    stamps = sum(bool(_STAMP.search(b.text)) and len(b.text.split()) <= 8 for b in blocks)  # "12:13 Uhr"
    return ended < _SENTENCES * len(blocks) and stamps >= _STAMPED * len(blocks) and opening not in text


#: A time or a date, each list item's stamp: "12:13 Uhr", "30.01.2022 · Männer · HBL1", "5 hours ago".
_STAMP = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d+ (?:hours?|minutes?|days?) ago\b", re.I)
