"""A media release in plain text (a minister's office, a council, an advocacy group), read
as metadata and left out of the body:

    Open Arms — Veterans & Families Counselling provides free ... support ...
    The Hon Darren Chester MP  Minister for Veterans’ Affairs  Minister for Defence Personnel
    MEDIA RELEASE
    Wednesday, 18 March 2020
    ANZAC DAY 2020 SERVICES
    The Australian Government has today made the difficult decision ...
    ...
    ENDS
    MEDIA CONTACTS:  Rachel Tharratt: 02 6277 7820  DVA Media: 02 6289 6466
    Office of the Hon. Darren Chester, Canberra ACT.

The release names itself ("MEDIA RELEASE", "Joint media release", "Press release") on a
line of its own near the top. What comes before that line is letterhead: the issuers
("The Hon ... MP", "Senator the Hon ...", who become the authors) and the office's banner.
After it, in any order, come the date, the media contacts and the headline (the title).
The release ends at its end mark ("ENDS", "###", "-30-"); the contacts and the office's
address after it, or contact lines closing a release with no end mark, are not its text.
"""

from __future__ import annotations

import re

from .byline import capitalised, dateline
from .officeheader import OfficeHeader

#: The release's own name on its line, within this many blocks of the top.
HEADER_BLOCKS = 12  # a joint release's letterhead lists up to ten or so ministers
_MARK = re.compile(r"^(?:joint\s+)?(?:media|press|news)\s+release(?:\s{2,}(?P<date>.{6,40}))?$", re.I)
#: A minister named as "The Hon. Greg Hunt MP" or "THE HON MARISE PAYNE  Minister for ...".
ISSUER = re.compile(r"\bthe\s+hon\.?\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’-]+)"
                     r"(?=\s+(?:MP|MLA|MLC|MHR|QC|SC)\b|\s{2,}|,|$)", re.I)
#: Header lines that are neither date nor headline: the media contacts, the authorisation,
#: an issuer named again with the office's address or phone.
_CONTACT = re.compile(r"^(?:media\s+(?:contacts?|enquiries|inquiries)\b|authori[sz]ed\s+by\b|"
                      r"(?:senator\s+)?the\s+hon\b|.{0,200}(?:@[\w-]+\.|\(0\d\)\s?\d{4}))", re.I)
END_MARK = re.compile(r"^(?:-+\s*|\[)?(?:ends?\.?|#{3}|-30-|finis\.?|f i n i s\.?|the end\.?)(?:\s*-+|\])?$", re.I)
_OFFICE = re.compile(r"^(?:press\s+)?office\s+of\s+the\b.{0,150}$", re.I)  # "Office of the Hon. Darren Chester, ..."
_TRAILER_BLOCKS = 4  # with no end mark: the last blocks searched for the closing contacts
_TITLE_LENGTH = 200
#: A headline run into the first paragraph by a PDF's text layer, two spaces between them:
#: "Mental health support available for rural frontline nurses   Health professionals in ...".
_GLUED_TITLE = re.compile(r"^(?P<title>[A-Z‘“'\"$\d][^.!?:]{15,160}?[^\s.!?:,;])\s{2,}(?=[A-Z‘“'\"][\w’']*\s+\w.{80})")
_BANNER_LENGTH = 60  # a shorter block may well come twice in the text itself
_TRAILER_LENGTH = 300  # a contact block, or the office's address


def media_release(blocks: list[list[str]]) -> tuple[list[list[str]], OfficeHeader | None]:
    """The blocks of a media release's text alone, and what its header says (None, and the
    blocks as they were, when they open with no such header)."""
    mark = next((i for i, block in enumerate(blocks[:HEADER_BLOCKS]) if len(block) == 1 and _MARK.match(block[0])),
                None)
    if mark is None:
        return blocks, None
    issuers = [capitalised(found.group("name")) for block in blocks[:mark] for line in block
               for found in ISSUER.finditer(line)]
    marked = _MARK.match(blocks[mark][0])
    day = dateline(marked.group("date")) if marked and marked.group("date") else None
    date, title = (day[0] if day else None), None
    start = mark + 1
    while start < min(len(blocks), mark + 5):
        line = " ".join(" ".join(blocks[start]).split())
        if (day := dateline(line)) is not None and date is None:
            date = day[0]
        elif _CONTACT.match(line):
            pass
        elif title is None and len(line) <= _TITLE_LENGTH and not line.endswith((".", ":")) and start + 1 < len(blocks):
            title = line
        else:
            if title is None and (glued := _GLUED_TITLE.match(blocks[start][0])):  # text from a PDF: one line
                title = " ".join(glued.group("title").split())
                blocks = [*blocks[:start], [blocks[start][0][glued.end("title"):].strip(), *blocks[start][1:]],
                          *blocks[start + 1:]]
            break
        start += 1
    # The letterhead's banner again, where a PDF's page footer put it into the body
    banners = {_key(block) for block in blocks[:mark] if len(_key(block)) >= _BANNER_LENGTH}
    body = [block for block in _without_trailer(blocks[start:]) if _key(block) not in banners]
    kind = " ".join(blocks[mark][0].split()[:3 if blocks[mark][0].lower().startswith("joint") else 2]).capitalize()
    return body, OfficeHeader(speakers=tuple(dict.fromkeys(issuers)), kind=kind, date=date, title=title)


def _key(block: list[str]) -> str:
    return re.sub(r"\W+", "", " ".join(block)).lower()


def _without_trailer(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks without the release's end mark and the contacts and office address after
    it or closing the release. What follows those (an attached table of projects) is kept."""
    while len(blocks) > 1 and len(blocks[-1]) == 1 and _OFFICE.match(blocks[-1][0].strip()):
        blocks = blocks[:-1]  # "Office of the Hon. Darren Chester, Canberra ACT." closing it
    end = next((i for i in range(len(blocks) - 1, 0, -1)
                if len(blocks[i]) == 1 and END_MARK.match(blocks[i][0].strip())), None)
    if end is None:  # no end mark: contact lines may close the release
        end = next((i for i in range(max(0, len(blocks) - _TRAILER_BLOCKS), len(blocks))
                    if _CONTACT.match(blocks[i][0].strip())), None)
        if end is None or any(len(" ".join(block)) > _TRAILER_LENGTH for block in blocks[end:]):
            return blocks
        return blocks[:end]  # the contacts, one a line, to the end
    after = end + 1
    while after < len(blocks) and (_CONTACT.match(blocks[after][0].strip()) or _OFFICE.match(blocks[after][0].strip())):
        after += 1
    return blocks[:end] + blocks[after:]
