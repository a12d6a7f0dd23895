"""What kind of article this is: a news report, a speech or transcript, an analysis or
essay, a tutorial, a press release or a book chapter. Key points are weighed by genre (a
speech's points are its proposals, a tutorial's what the reader learns to do), and
`inspect` says which genre was assumed.

Counts of telling signs per thousand words, read from the body; no model, no download.
"""

from __future__ import annotations

import re

from ..model import Article

NEWS, SPEECH, ANALYSIS, TUTORIAL, PRESS_RELEASE, BOOK = (
    "news", "speech", "analysis", "tutorial", "press release", "book")

#: (a label of two letters or more in a row: not "The U.S. Supreme Court ...")
_SPEAKER_LINE = re.compile(r"(?m)^(?:The President|The Vice President|Q|A|(?:The )?(?=[A-Z.'’ -]*?[A-Z]{2})"
                           r"[A-Z][A-Z.'’ -]{2,30})[.:]\s")
#: "[Applause]", "(Laughter)", the Record's "(Applause, the Members rising.)".
_STAGE = re.compile(r"[\[(](?:applause|laughter|cheers|inaudible|crosstalk|booing|cheering)\b[^\])]{0,40}[\])]", re.I)
_ADDRESS = re.compile(r"\b(?:thank you|my fellow|ladies and gentlemen|god bless|i want to thank)\b", re.I)
_SAID = re.compile(r"\b(?:said|says|told|according to|announced|reported"
                   # the same in German, French and Spanish reports: "sagte", "teilte ... mit", "a déclaré", "dijo"
                   r"|sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|laut|zufolge"
                   r"|a déclaré|a indiqué|a annoncé|a affirmé|selon|dijo|afirmó|señaló|explicó|según)\b", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([A-Za-z.]+\))?\s+[—–-]\s")
_RELEASE = re.compile(r"\b(?:for immediate release|press release|media (?:contact|inquiries)|investor relations"
                      r"|announced today|today announced|forward-looking statements"
                      r"|(?:NYSE|NASDAQ|TSX|LSE):\s?[A-Z]+)\b",
                      re.I)
_HOWTO = re.compile(r"\b(?:you can|you will|you'll|you need|let's|step \d|install|run the|click|example|"
                    r"tutorial|how to)\b", re.I)
_WORD = re.compile(r"\w+")
#: A title that says the piece is an office's release ("FACT SHEET: President ...", "Readout of ...").
_RELEASE_TITLE = re.compile(r"^(?:fact sheet|press release|news release|media release|statement (?:by|from|of|on)"
                            r"|readout (?:of|from))\b", re.I)


def guess_genre(article: Article) -> str:
    """The genre the body reads as (see the module's list), by its telling signs."""
    meta = article.metadata
    if meta.reader == "gutenberg text":
        return BOOK
    paragraphs = [text for _, _, text in article.paragraphs()]
    body = "\n".join(paragraphs)
    words = max(1, len(_WORD.findall(body)))
    per_k = 1000 / words
    code_blocks = sum(1 for s in article.sections for b in s.blocks if b.kind == "code")
    speakers = sum(1 for p in paragraphs if _SPEAKER_LINE.match(p))
    stage = len(_STAGE.findall(body))
    if stage >= 2 or speakers >= 3 or len(_ADDRESS.findall(body)) * per_k >= 2:
        return SPEECH
    if len(_RELEASE.findall(body)) >= 2 or _RELEASE_TITLE.match(meta.title or ""):
        return PRESS_RELEASE
    if code_blocks >= 2 or len(_HOWTO.findall(body)) * per_k >= 10:
        return TUTORIAL
    dateline = bool(paragraphs and _DATELINE.match(paragraphs[0]))
    if dateline or len(_SAID.findall(body)) * per_k >= 4:
        return NEWS
    return ANALYSIS
