"""What a Project Gutenberg book carries around its text and a briefing does not print:
the title page, the contents list, asterisms between scenes, the captions of illustrations
a plain-text file cannot show, and the title repeated above the first chapter.

Works on the text reader's blocks (lists of lines, blank lines between them) of a book's
body, the licence header and footer already cut.
"""

from __future__ import annotations

import re

from .byline import dateline

#: A contents list's heading: "CONTENTS", "Table of Contents", "CONTENTS AND ILLUSTRATIONS".
_CONTENTS = re.compile(r"^(?:table of )?contents(?: and illustrations)?\.?$|^(?:list of )?illustrations\.?$", re.I)
#: A scene break: "* * *", "*       *       *       *       *".
_ASTERISM = re.compile(r"^(?:\*\s*){3,}$")
#: A contents entry that ends with its page: "The Mermaid of Zennor     _Page_  4".
_PAGED = re.compile(r"(?:\s{2,}|\s_?page_?\s+)(?:\d{1,4}|[ivxlc]{1,7})$", re.I)
#: The share of a book's blocks that its front matter (title page, contents) may take.
FRONT_SHARE = 0.15
#: A bracketed note a plain-text book cannot print or needs not: an illustration's caption, the
#: transcriber's notes ("[ Anmerkungen zur Transkription: ...", "[Transcriber's Note: ...").
_ILLUSTRATION = re.compile(r"^\[\s*(?:illustration\b|transcriber['’]?s? notes?\b|anmerkungen? zur transkription"
                           r"|notes? du transcripteur|nota del transcriptor|im folgenden werden alle)", re.I)
_SENTENCE_END = re.compile(r"[.!?]['\"”’_)]*$")
#: A chapter's label on a line of its own, its title on the next: "CHAPTER I", "BOOK II.", "IV."
_LABEL = re.compile(r"^(?:(?:chapter|book|part|canto|act|scene|letter|stave)\s+(?:\d{1,3}|[ivxlc]{1,7}|[a-z]+)"
                    r"|[IVXLC]{1,7})\.?$", re.I)
#: A title page's imprint: its edition, publisher, printer or copyright.
_IMPRINT = re.compile(r"\b(?:edition|copyright|all rights reserved|printed by)\b|\bpublishers?\b.*\b1[5-9]\d\d\b", re.I)
#: A line in italics whole: a subtitle, a caption, a direction; not a heading.
ITALIC_LINE = re.compile(r"^_[^_]+_\W*$")


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def _is_entry(block: list[str], heading_like) -> bool:
    """A block of a contents list: lines that are headings, or that end with a page number,
    or an entry in capitals wrapped over a few lines (a long caption in a list of illustrations)."""
    if 1 < len(block) <= 3 and len(joined := " ".join(block)) <= 200 and joined.isupper():
        return True
    return all(_PAGED.search(line) or heading_like(line) for line in block)


def _is_prose(block: list[str]) -> bool:
    """A block of running text (a paragraph, an epigraph), not a title page's lines."""
    joined = " ".join(block)
    return len(joined.split()) >= 12 and bool(_SENTENCE_END.search(joined))


def _lists_what_follows(listed: list[list[str]], rest: list[list[str]]) -> bool:
    """Whether blocks are a contents list: their lines give page numbers, or most of them
    come again later as the book's headings (not a heading "ILLUSTRATIONS" mid-book)."""
    lines = [line for block in listed for line in block][1:]
    if any(_PAGED.search(line) for line in lines):
        return True
    later = {_squash(" ".join(block)) for block in rest if len(block) <= 2}
    return bool(lines) and sum(_squash(line) in later for line in lines) * 2 >= len(lines)


def _without_illustrations(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks without "[Illustration: ...]" or a transcriber's note, which may run over several
    blocks to its "]"."""
    out: list[list[str]] = []
    inside = False
    for block in blocks:
        if not inside and _ILLUSTRATION.match(block[0]):
            inside = True
        if inside:
            inside = not block[-1].rstrip().endswith("]")
            continue
        out.append(block)
    return out


def book_body(blocks: list[list[str]], title: str, heading_like,
              author: str = "") -> tuple[list[list[str]], str | None]:
    """A book's blocks without its front matter and furniture (see the module), and the date
    its title page gives on a line of its own (a dated document: "17 January 1944"), if any.
    `heading_like` tells a heading line from text, as the text reader does; a title-page
    line that is the `author`'s name goes too."""
    dated = None
    blocks = [b for b in _without_illustrations(blocks) if not (len(b) == 1 and _ASTERISM.match(b[0]))]
    start = next((i for i, b in enumerate(blocks) if _CONTENTS.match(b[0].strip("_ "))
                  and _is_entry(b[1:], heading_like)), None)  # "CONTENTS" alone, or over its entries
    end = start + 1 if start is not None else 0
    while start is not None and end < len(blocks) and _is_entry(blocks[end], heading_like):
        end += 1
    if start is not None and end < len(blocks) and end - 1 > start and len(blocks[end - 1]) == 1:
        end -= 1  # the last "entry" heads the text after the list: FOREWORD, not a chapter listed
    front_matter = start is not None and start <= FRONT_SHARE * len(blocks)  # where a book lists its parts
    if start is not None and (front_matter or _lists_what_follows(blocks[start:end], blocks[end:])):
        front = [b for b in blocks[:start] if _is_prose(b)]  # an epigraph stays; the title page goes
        dated = next((found[0] for b in blocks[:start] if len(b) == 1 and (found := dateline(b[0]))
                      and found[1] == "day"), None)
        blocks = front + blocks[end:]
    wanted = _squash(title)
    first_prose = next((i for i, b in enumerate(blocks) if _is_prose(b)), len(blocks))
    credit = {i + offset for i, b in enumerate(blocks[:first_prose]) if b == ["by"] or b == ["BY"]
              for offset in (0, 1)}  # "by" over the author's name, on the title page
    writer = _squash(author)
    credit |= {i for i, b in enumerate(blocks[:first_prose]) if writer and _squash(" ".join(b)) == writer}
    kept = [b for i, b in enumerate(blocks) if i not in credit and not (len(b) <= 2 and (
        _squash(" ".join(b)) == wanted or (i < first_prose and _title_page_line(b, wanted))))]
    return _labels_joined(kept, heading_like), dated


def _title_page_line(block: list[str], title: str) -> bool:
    """A line of the title page: part of the title, the title with more ("AN OCCURRENCE AT
    OWL CREEK BRIDGE" over the ebook's "An Occurrence at Owl Creek"), or an imprint ("THE
    MILLENNIUM FULCRUM EDITION, 1988", "Copyright, 1902")."""
    joined = _squash(" ".join(block))
    fuller = bool(title) and title in joined[:len(title) + 12] and len(" ".join(block).split()) <= len(title) // 3 + 4
    imprint = bool(_IMPRINT.search(" ".join(block))) and not block[0].startswith("[")  # "[From the ... edition]"
    return _part_of(block, title) or fuller or imprint


def _part_of(block: list[str], title: str) -> bool:
    """A line of the title page that is part of the book's title: "THREE BLIND MICE" of
    "Complete Version of ye Three Blind Mice"."""
    words = " ".join(block).split()
    return len(words) >= 2 and bool(_squash(" ".join(words))) and _squash(" ".join(words)) in title


def _labels_joined(blocks: list[list[str]], heading_like) -> list[list[str]]:
    """A chapter's label and its title as one heading: "CHAPTER I" over "THE LOOMING" gives
    "CHAPTER I. THE LOOMING"."""
    out: list[list[str]] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (previous is not None and len(previous) == 1 and _LABEL.match(previous[0]) and len(block) == 1
                and heading_like(block[0]) and not _LABEL.match(block[0])):
            label = previous[0] if previous[0].endswith(".") else previous[0] + "."
            out[-1] = [f"{label} {block[0]}"]
            continue
        out.append(block)
    return out
