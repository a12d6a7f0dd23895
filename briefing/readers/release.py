"""The shape of a press office's transcript in plain text: its release header, its speaker
labels on lines of their own, and the web addresses its pages carry.

- A White House release opens "Cite: <URL> / The White House / Office of the Press
  Secretary / For Immediate Release / June 06, 2015" above its title; the briefing took
  "Remarks by the President ..." for a heading and the file name for the title. The header
  gives the date and the address, and leaves the body.
- An Australian Prime Minister's transcript sets "JOURNALIST:" and "PRIME MINISTER:" on
  lines of their own: 78 of them became headings. A label alone on its line is joined to
  the paragraph it introduces, as a labelled paragraph.
- A page footer's bare address ("www.pm.gov.au") between two answers is no text, nor
  is the room named between the header and the first words ("East Room").
"""

from __future__ import annotations

import re

from ..lexicon import BROADCAST_ROLE
from .byline import dateline

_RELEASE_LINE = re.compile(
    r"^(?:cite:?|the white house|office of the [\w .,'-]{3,60}|for immediate release|immediate release|"
    r"embargoed\b.{0,60}|for release\b.{0,60}|news release|press release|media release)$", re.I)
_ADDRESS = re.compile(r"^(?:https?://\S+|www\.[\w-]+(?:\.[\w-]+)+(?:/\S*)?)$", re.I)
#: A speaker's label: "JOURNALIST:", "PRIME MINISTER:", "Q:", "THE PRESIDENT:".
SPEAKER_LABEL = r"(?:[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}|Q|A):"
#: A name or role in title case as a label ("Marise Payne:", "Journalist:").
NAMED_LABEL = r"[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+){0,3}:"
_LABEL_LINE = re.compile(rf"^(?:{SPEAKER_LABEL}|{NAMED_LABEL}|{BROADCAST_ROLE}:)$")  # alone on its line
_HEADER_BLOCKS = 6
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
#: A transcript's first words, after its speaker's label: "THE PRESIDENT: Good afternoon".
_SPEECH = re.compile(rf"^{SPEAKER_LABEL}\s")


def release_header(blocks: list[list[str]]) -> tuple[list[list[str]], str | None, str | None]:
    """The blocks without a release header at their top, the date it gives, and its address.
    A header must name itself ("For Immediate Release", "The White House"): a date or an
    address alone at the top is left to the other rules. A typed release's letterhead in
    capitals above it ("P A R L I A M E N T  O F  A U S T R A L I A", "TEL. 72 1211", then
    "NEWS RELEASE" and its date) is part of it when a headline in capitals follows."""
    found = _header(blocks, letterhead=False)
    if found[0] is blocks and (lettered := _header(blocks, letterhead=True))[0] is not blocks:
        rest = lettered[0]
        if rest and len(rest[0]) == 1 and rest[0][0] == rest[0][0].upper() and len(rest[0][0].split()) >= 3:
            headline = re.sub(r"\s+[,.]$", "", rest[0][0])  # "... TO VIETNAM ,": a speck the scan read
            return [[headline], *rest[1:]], lettered[1], lettered[2]
    return found


_LETTERHEAD = re.compile(r"^[^a-z]{3,80}$")  # a line of capitals, figures and stops
_RELEASE_WORD = re.compile(r"^\S{3,6} RELEASE$")  # "NEWS RELEASE" as the scan read it ("HEV6 RELEASE")


def _header(blocks: list[list[str]], letterhead: bool) -> tuple[list[list[str]], str | None, str | None]:
    date = address = None
    marked = False
    index = 0
    while index < min(len(blocks), _HEADER_BLOCKS + 4 * letterhead):
        found_date, found_address, release = None, None, False
        for line in blocks[index]:
            if _ADDRESS.match(line):
                found_address = found_address or line
            elif (day := dateline(line)) is not None:
                found_date = found_date or day[0]
            elif _RELEASE_LINE.match(line) or (letterhead and _RELEASE_WORD.match(line)):
                release = True
            elif not (letterhead and not marked and not date and _LETTERHEAD.match(line)):
                break
        else:
            date, address = date or found_date, address or found_address
            marked = marked or release
            index += 1
            continue
        break
    if not marked:
        return blocks, None, None
    if index + 1 < len(blocks) and _venue(blocks[index]) and _SPEECH.match(blocks[index + 1][0]):
        index += 1  # where it was said ("East Room"), between the header and the first words
    return blocks[index:], date, address


def _venue(block: list[str]) -> bool:
    """A short line of capitalised words: a room or a place."""
    words = block[0].split()
    return len(block) == 1 and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
        and not re.search(r"[\d.:;!?]", block[0])


def speaker_paragraphs(blocks: list[list[str]]) -> list[list[str]]:
    """Blocks with a speaker's label alone on its line joined to the block after it (over a
    page number between them), and without the bare web addresses between them."""
    out: list[list[str]] = []
    pending: str | None = None
    for block in blocks:
        if len(block) == 1 and _ADDRESS.match(block[0]) and out:
            continue
        if len(block) == 1 and _LABEL_LINE.match(block[0]):
            if pending is not None:
                out.append([pending])
            pending = block[0]
            continue
        if pending is not None:
            if len(block) == 1 and _PAGE_NUMBER.match(block[0]):
                continue  # a page number between the label and its words ("JOURNALIST:", "2", ...)
            block = [f"{pending} {block[0]}", *block[1:]]
            pending = None
        out.append(block)
    if pending is not None:
        out.append([pending])
    return out
