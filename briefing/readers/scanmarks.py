"""A scanned or typed text's marks and breaks: the debris a scan leaves on lines of their
own, and the paragraphs a page break (or a double-spaced text layer) cut in two."""

from __future__ import annotations

import re

from .release import NAMED_LABEL, SPEAKER_LABEL

#: What a sentence or a heading's line may end with when it is whole.
CLOSING = (".", ",", ";", ":", "!", "?", "…", '"', "”", "’", ")")
#: A line that opens as a sentence does, a pronoun and a verb in lower case ("He said that ...");
#: a title in capitals ("He Knew He Was Right") is not one.
PRONOUN_CLAUSE = re.compile(r"^(?:He|She|They|It|We|I|You)\s+[a-z]")

#: A wrongly decoded character: "Â£" for "£", "ÃÂ" for a scan's stray byte.
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf\u00c2\u00c3]|Â[\u0080-\u00bf]")
_DEBRIS_LENGTH = 40
#: The stamp on a scanned press release of the Parliamentary Library's collection.
_LIBRARY_STAMP = re.compile(r"^(?:COMMONWEALTH\s+)?PARLIAMENTARY\s+LIBRARY\b")


def debris(line: str) -> bool:
    """A short line that is no text: a scan's stray marks ("9?", "Â£", "B 6 ÃÂ E - PROOF
    ONLY", "Î Î± M 62 1 7 ^ a y 1 9 9 1") or a rule ("* * *"), a library's stamp; a line of
    digits that may be a date stays."""
    if _LIBRARY_STAMP.match(line):
        return True
    if len(line) > _DEBRIS_LENGTH:
        return False
    if not any(c.isalpha() for c in line):
        return not re.search(r"\d{3}", line)
    marks = line.split()
    if len(marks) >= 6 and sum(len(mark) == 1 for mark in marks) >= 0.7 * len(marks):
        return True  # a scan's letters one by one
    return bool(_MOJIBAKE.search(line))


#: A line that stops on a word no sentence or heading ends with: the sentence goes on.
_OPEN_END = re.compile(r"\s(?:the|a|an|of|to|in|on|for|with|and|or|but|that|which|from|by|at|than|into|"
                       r"about|its|their|our|his|her|this|these|those|is|are|was|were|has|have|had|be|been)$", re.I)
_LABELLED = re.compile(rf"^(?:{SPEAKER_LABEL}|{NAMED_LABEL})\s")  # a speaker's turn starts afresh


def _cut_line(block: list[str]) -> bool:
    """A scan's line on its own that opens as a sentence does ("He said that he and the
    Minister for Trade and Overseas" / "Development, Dr Neal Blewett, had ...")."""
    return len(block) == 1 and len(block[0].split()) <= 20 and bool(PRONOUN_CLAUSE.match(block[0]))


def mend_page_breaks(blocks: list[list[str]]) -> list[list[str]]:
    """Blocks with a paragraph that a page break (or a double-spaced text layer) cut in two
    joined again: a block of at least eight words that ends without closing punctuation,
    followed by one that starts in lower case ("... to put a new vigour" / "into the
    Australian relationship. ...") or after a word no sentence ends with ("... announced
    that" / "Australia has joined ...") or after a `_cut_line`."""
    mended: list[list[str]] = []
    for block in blocks:
        previous = mended[-1] if mended else None
        if (previous and (block[0][:1].islower() or (_OPEN_END.search(previous[-1]) or _cut_line(previous))
                          and not _LABELLED.match(block[0]))
                and not previous[-1].endswith((*CLOSING, "—", "–", "]"))
                and sum(len(line.split()) for line in previous) >= 8):
            previous.extend(block)
        else:
            mended.append(list(block))
    return mended
