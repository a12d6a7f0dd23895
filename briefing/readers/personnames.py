"""A person's name as a credit gives it: without the asides in brackets ("Jane Doe
(Reuters)"), and in reading order when a catalogue puts the family name first ("Brazil,
Rachel" in Nature's Dublin Core <meta name="dc.creator">)."""

from __future__ import annotations

import re

_OPEN = re.compile(r"[(（]")
_CLOSE = re.compile(r"[)）]")


def drop_brackets(text: str) -> str:
    """Text without its bracketed asides ("Jane Doe (Reuters)" -> "Jane Doe"), each taken
    with the white space before it, from an opening bracket to the first closing one after it.

    A scan rather than the regex `\\s*[(（][^)）]*[)）]`, which looks for a ')' after each '('
    in turn: quadratic on a byline of many unclosed brackets (issue 21)."""
    pieces: list[str] = []
    pos = 0
    while (opening := _OPEN.search(text, pos)) is not None:
        closing = _CLOSE.search(text, opening.end())
        if closing is None:  # no later '(' has a ')' after it either
            break
        start = opening.start()
        while start > pos and text[start - 1].isspace():
            start -= 1
        pieces.append(text[pos:start])
        pos = closing.end()
    pieces.append(text[pos:])
    return "".join(pieces)


#: "Family, Given": one capitalised word, a comma, then one or two given names or initials.
_FAMILY_FIRST = re.compile(r"([A-Z][\w'’-]+),\s+([A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?)?)")


def family_name_first(text: str, roles) -> str | None:
    """"Rachel Brazil" for "Brazil, Rachel": a credit of one family name, a comma and one or
    two given names, none of them a role or an outlet (`roles`: "Doe, Reuters" is a name and
    its employer); None for any other credit."""
    found = _FAMILY_FIRST.fullmatch(text.strip())
    if not found or roles(found.group(2)) or roles(found.group(1)):
        return None
    return f"{found.group(2)} {found.group(1)}"
