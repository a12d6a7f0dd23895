"""An article whose saved text stops mid-sentence: a paywalled page keeps only its first
paragraphs and ends "... wichtig und sogar notwendig f…". The briefing is built all the
same, but the user is told that the page may hold only the start of the article."""

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
    """The article, with a warning when its last paragraph stops mid-sentence (see the module)."""
    blocks = [block for section in article.sections for block in section.blocks if block.kind == "paragraph"]
    if not blocks or not _CUT_OFF.search(blocks[-1].text.rstrip()):
        return article
    end = blocks[-1].text.rstrip()
    words = end.split()
    warning = (f"the text ends mid-sentence (\"…{' '.join(words[-5:])}\"): the saved page may hold only the "
               f"start of the article (a paywall or a teaser)")
    metadata = dataclasses.replace(article.metadata, warnings=(*article.metadata.warnings, warning))
    return article.replace(metadata=metadata)
