"""Transcripts whose speakers' names are set apart from what they say.

A podcast's or a hearing's transcript page often gives each speaking turn a header with the
speaker's name (Indie Hackers: `<span class="episode-transcript__speaker-name">Courtland
Allen</span>` beside an avatar and a timestamp) over the turn's paragraphs. Extractors drop
such headers, and the briefing read as one voice. Each name goes, as the transcript's label
"Name:", in front of the first paragraph of its turn, as the plain-text reader writes them.
"""

from __future__ import annotations

import re

#: A class word of the element holding a speaker's name: "speaker", "speaker-name",
#: "episode-transcript__speaker-name", "transcript-speaker".
_SPEAKER_CLASS = re.compile(r"(?:[\w-]+(?:__|-))?speaker(?:[-_]?name)?", re.I)
_MAX_WORDS = 6  # a name, perhaps with a title; more is a sentence about a speaker
_MIN_TURNS = 2  # one labelled block may be a quote's credit; a transcript has turns
_TURN_DEPTH = 3  # levels up from the name to the turn that holds its paragraphs


def label_speaking_turns(tree) -> int:
    """Put each speaker's name ("Name:") in bold before the first paragraph of its turn and
    remove the name's element; returns how many turns were labelled (none unless two are)."""
    from lxml import etree

    turns = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag == "p":
            continue
        if not any(_SPEAKER_CLASS.fullmatch(word) for word in (element.get("class") or "").split()):
            continue
        name = " ".join(element.text_content().split())
        if not name or len(name.split()) > _MAX_WORDS or any(ch.isdigit() for ch in name) or len(element):
            continue
        paragraph = _turns_paragraph(element)
        if paragraph is not None:
            turns.append((element, name, paragraph))
    if len(turns) < _MIN_TURNS:
        return 0
    for element, name, paragraph in turns:
        label = etree.Element("strong")
        label.text, label.tail = f"{name.rstrip(':')}:", " " + (paragraph.text or "").lstrip()
        paragraph.text = None
        paragraph.insert(0, label)
        tail, parent = element.tail, element.getparent()
        if parent is not None:
            previous = element.getprevious()
            if tail and previous is not None:
                previous.tail = (previous.tail or "") + tail
            elif tail:
                parent.text = (parent.text or "") + tail
            parent.remove(element)
    return len(turns)


def _turns_paragraph(element):
    """The first paragraph after the name inside its turn (the nearest ancestor, a few levels
    up, that holds one), or None."""
    following = element.xpath("following::p[normalize-space()][1]")
    if not following:
        return None
    ancestors = set(following[0].iterancestors())
    turn = element.getparent()
    for _ in range(_TURN_DEPTH):
        if turn is None:
            return None
        if turn in ancestors:
            return following[0]
        turn = turn.getparent()
    return None
