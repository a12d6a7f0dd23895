"""The header of an Australian minister's transcript in plain text (ParlInfo, the ministers'
sites), read as metadata and left out of the body:

    SENATOR THE HON MARISE PAYNE  Minister for Foreign Affairs
    Minister for Women
    TRANSCRIPT  PRESS CONFERENCE
    SATURDAY 31 OCTOBER 2020
    Subjects: Qatari apology ...; climate change; COVID-19 vaccine commitment ...
    E&OE…

The header ends at its "E&OE" line (errors and omissions excepted), which it must have. It
gives the speaker ("THE HON" and a name in capitals), the kind of transcript ("Press
conference", the title when the text has none), the date and the subjects (a standfirst);
the offices ("Minister for Women", "PRIME MINISTER") are left out.
"""

from __future__ import annotations

import re

from .byline import capitalised, dateline
from .mediarelease import ISSUER, media_release
from .officeheader import OfficeHeader

HEADER_BLOCKS = 10  # the E&OE line comes within this many blocks, or there is no such header
_END = re.compile(r"^E\s*&\s*(?:OE|EO)\b", re.I)
_RUN_OF_SPACES = re.compile(r"\s{2,}")
_SUBJECTS = re.compile(r"^(?:Subjects?|Topics?):\s*(?P<subjects>.+)$", re.I)


def header_end(blocks: list[list[str]]) -> int | None:
    """The index of the block with a transcript header's E&OE line, if the blocks open with one."""
    return next((i for i, block in enumerate(blocks[:HEADER_BLOCKS]) if any(_END.match(line) for line in block)),
                None)


def ministerial_header(blocks: list[list[str]]) -> tuple[list[list[str]], OfficeHeader | None]:
    """The blocks without a minister's transcript header at their top, or a media release's
    (`mediarelease`), and what it says (None, and the blocks as they were, when they open
    with neither)."""
    end = header_end(blocks)
    if end is None:
        return media_release(blocks)
    if end + 1 < len(blocks) and _SUBJECTS.match(blocks[end + 1][0].strip()):
        end += 1  # "Topics: ..." under the E&OE line
    speaker = kind = date = subjects = None
    lines = [line.strip() for block in blocks[:end + 1] for line in block]
    for index, line in enumerate(lines):
        if (found := ISSUER.search(line)) and speaker is None:
            speaker = capitalised(" ".join(found.group("name").split()))
        if kind is None and line[:10].upper() == "TRANSCRIPT":
            kind = _kind(line) if line[10:].strip() else _kind_below(lines[index + 1:])
        if (listed := _SUBJECTS.match(line)) and subjects is None:
            subjects = "Subjects: " + " ".join(listed.group("subjects").split())
        if date is None and (day := dateline(line)) is not None:
            date = day[0]
    return blocks[end + 1:], OfficeHeader((speaker,) if speaker else (), kind, date, subjects)


def _kind_below(lines: list[str]) -> str | None:
    """The kind under a "TRANSCRIPT" line of its own, past the date: "DOORSTOP  MELBOURNE"
    is "Doorstop, Melbourne" (the kind, then its place)."""
    for line in lines:
        if _END.match(line) or _SUBJECTS.match(line):
            return None
        if dateline(line) is None and line.isupper():
            kind, *places = _RUN_OF_SPACES.split(line)
            return ", ".join([kind[:1] + kind[1:].lower(), *(place.title() for place in places)])
    return None


def _kind(line: str) -> str | None:
    """"Press conference" from "TRANSCRIPT  PRESS CONFERENCE" or "TRANSCRIPT OF THE PRIME
    MINISTER  THE HON JOHN HOWARD  PRESS CONFERENCE, WASHINGTON D.C." (its last part, up to
    a comma), else None."""
    parts = _RUN_OF_SPACES.split(line.strip())
    words = " ".join((parts[-1] if len(parts) > 1 else line[10:]).split(",")[0].split())
    if not words or words.upper().startswith("OF THE") or ISSUER.search(words) or not words.isupper():
        return None
    return words[:1] + words[1:].lower()
