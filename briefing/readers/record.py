"""The furniture of a government record's plain text, as GPO serves the Congressional
Record and the Federal Register: the bracketed header lines ("[Congressional Record Volume
151, Number 68 ...]", "[Pages E1042-E1043]"), the "From the ... Government Publishing
Office" line, page markers ("[[Page E1043]]") wherever they fall, rules ("______"), the
House's time marks ("{time}  2041"), and the
member's district lines under "HON. EDWARD J. MARKEY". The member becomes the byline
("By Edward J. Markey") for the text reader to read as the author."""

from __future__ import annotations

import re

from ..dates import parse_date

_PAGE_MARK = re.compile(r"(?<!\s)\s*\[\[Page [A-Z]?\d+\]\]\s*")  # white space taken from its start only
_HEADER_LINE = re.compile(r"^\s*\[[^\[\]\n]{1,200}\]\s*$")
_GPO_LINE = re.compile(r"^\s*From the [\w ]{3,60} Online (?:through|via) the Government (?:Publishing|Printing) "
                       r"Office\b.*$", re.I)
_ISSUE_DAY = re.compile(r"\((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?([A-Z][a-z]+\.? \d{1,2}, \d{4})\)")
_RECORD_NAME = re.compile(r"\b(?:Congressional Record|Federal Register)\b")
_RULE = re.compile(r"^\s*_{3,}\s*$")
_TIME_MARK = re.compile(r"^\s*\{time\}\s+\d{3,4}\s*$")  # "{time}  2041": the hour the House reached, a margin mark
_MEMBER = re.compile(r"^\s*HON\.\s+(?P<name>[A-Z][A-Z.'’ -]{2,60}?)\s*$")
#: A heading the Record sets centred in small capitals, which its text gives in lower case.
_CENTRED_LOWER = re.compile(r"^ {8,}(?P<heading>[a-z][a-z0-9 ,;:'’-]{2,90}[a-z0-9])\s*$")
_DISTRICT = re.compile(r"^\s*(?:of [a-z][a-z .]{2,40}|in the (?:house of representatives|senate of the united states)"
                       r"|in the senate)\s*$", re.I)


def is_record(text: str) -> bool:
    """True for a government record's text: it opens with GPO's header lines."""
    head = [line for line in text.lstrip().split("\n", 6)[:6] if line.strip()]
    return any(_GPO_LINE.match(line) for line in head) or any(
        _HEADER_LINE.match(line) and _RECORD_NAME.search(line) for line in head)


def issue_date(text: str) -> str | None:
    """The day of the record's issue, from its header ("[Congressional Record Volume 151,
    Number 68 (Friday, May 20, 2005)]"): the date of a document that states no other."""
    for line in text.lstrip().split("\n", 8)[:8]:
        if _HEADER_LINE.match(line) and (found := _ISSUE_DAY.search(line)):
            parsed = parse_date(found.group(1))
            if parsed and parsed[1] == "day":
                return parsed[0]
    return None


def record_text(text: str) -> str:
    """A record's text without its furniture, the member's name as a byline."""
    text = _PAGE_MARK.sub(lambda m: "\n" if "\n" in m.group(0) else " ", text)
    lines = text.split("\n")
    out: list[str] = []
    opening = True  # the header lines come before any other text
    member_at = -10
    for line in lines:
        if opening and (_HEADER_LINE.match(line) or _GPO_LINE.match(line) or not line.strip()):
            continue
        opening = False
        if _RULE.match(line) or (_DISTRICT.match(line) and len(out) - member_at <= 6):
            continue
        if _TIME_MARK.match(line):
            out.append("")  # what follows starts afresh (a heading, most often)
            continue
        if member := _MEMBER.match(line):
            member_at = len(out)
            out.append("By " + member.group("name").strip().title())
        elif centred := _CENTRED_LOWER.match(line):
            heading = centred.group("heading")
            out.append(heading[0].upper() + heading[1:])
        else:
            out.append(line)
    return "\n".join(out).replace("``", "“").replace("''", "”")  # the Record's quotes, typeset
