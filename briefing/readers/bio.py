"""Find the closing paragraph that introduces the writer: the author bio.

"Cassie Grissom is an American journalist ...", "About the author: ...",
"Steven Mufson covers the White House." A bio names a person and gives them a role;
only short lines (web debris, a sign-off) may follow it.
"""

from __future__ import annotations

import re

from ..lexicon import ABOUT_THE_AUTHOR

_NAME = r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|di|le|la|bin|al-\w+)){1,4})"
_ROLE_WORDS = (
    "journalist|writer|author|editor|reporter|correspondent|columnist|professor|lecturer|"
    "researcher|fellow|analyst|director|scholar|student|economist|historian|consultant|"
    "contributor|producer|founder|co-founder|partner|lawyer|attorney|scientist|engineer|"
    "technologist|manager|officer|member|candidate|associate|blogger|novelist|poet|"
    "commentator|expert|advis[eo]r|chair|president|ceo|cto|head|lead|specialist|strategist|"
    "photographer|designer|developer|teacher|physician|doctor|activist|advocate|organizer|"
    "diplomat|ambassador|veteran|graduate|resident|native"
)
_PERSON = re.compile(
    rf"^{_NAME}(?:,[^.]{{1,100}},)?\s+"
    rf"(?:(?:is|was|has been|serves as|works as)\s+(?:an?|the)\s+(?:[\w,'’-]+\s+){{0,8}}?(?:{_ROLE_WORDS})\b"
    rf"|is the author of|(?:covers|writes|teaches|reports|edits|leads|directs|researches)\b"
    # "Aidan Joly joined the News 4 staff in 2022."
    rf"|joined\s+(?:the\s+)?(?:[\w&’'.-]+\s+){{0,5}}?(?:staff|team|newsroom|desk)\b)",
)
_ABOUT = re.compile(rf"^{ABOUT_THE_AUTHOR}\s*[:—–-]*\s*", re.I)
_MAX_TRAILING_WORDS = 12
_LOOKBACK = 4


def _name_in(text: str) -> str | None:
    match = _PERSON.match(text)
    return match.group("name") if match else None


#: An opinion page's note under the writer's bio, set above the piece: CNN's "The opinions expressed in this
#: commentary are those of the author. View more opinion articles on CNN."
_OPINION_NOTE = re.compile(r"\s*\bThe (?:opinions|views) expressed in this (?:commentary|article|piece|column)"
                           r" are (?:those of the author|(?:his|her|their) own)\b.*$", re.S)
_OPENING_BIOS = 3  # paragraphs from the top where such a bio is looked for


def find_bio(paragraphs: list[str]) -> tuple[int, int, str | None, str] | None:
    """Find the bio near the end, or one an opinion page sets above the piece with its note
    (see _OPINION_NOTE): (first index, last index, author name or None, bio text)."""
    for index, text in enumerate(paragraphs[:_OPENING_BIOS]):
        if (note := _OPINION_NOTE.search(text)) and (name := _name_in(text)):
            return index, index, name, text[:note.start()].strip()
    last = len(paragraphs) - 1
    for index in range(last, max(-1, last - _LOOKBACK), -1):
        text = paragraphs[index]
        trailing = paragraphs[index + 1:]
        if any(len(t.split()) > _MAX_TRAILING_WORDS for t in trailing):
            return None
        about = _ABOUT.match(text)
        if about and about.end() == len(text) and index < last:
            bio = paragraphs[index + 1]
            return index, index + 1, _name_in(bio) or _leading_name(bio), bio
        if about:
            bio = text[about.end():]
            return index, index, _name_in(bio) or _leading_name(bio), bio
        if name := _name_in(text):
            return index, index, name, text
    return None


def _leading_name(text: str) -> str | None:
    match = re.match(_NAME + r"\s*[,—–-]", text)
    return match.group("name") if match else None


def bio_name(text: str) -> str | None:
    """The person a bio opens with ("Jana Roth schreibt ...", "Isabelle Feng, Chercheuse ..."), or None."""
    return _name_in(text) or _leading_name(text)


#: What an outlet's own description says it is: "Marketing Land is a daily publication ...".
_OUTLET_BIO = re.compile(r"^[\w&’'. -]{2,60}?\s(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:publication|newspaper|magazine"
                         r"|website|web site|site|blog|news (?:site|service|agency)|company|organi[sz]ation|firm"
                         r"|network|outlet|newsletter|podcast)\b", re.I)


def is_outlet_bio(text: str) -> bool:
    """Whether an author box describes an outlet rather than a person ("Marketing Land is a
    daily publication covering digital marketing ..."): no writer's bio."""
    return bool(_OUTLET_BIO.match(" ".join(text.split())))


#: A box's greeting and self-introduction before the name: "Hej! 👋 Ich bin Christoph, ...",
#: "Hi, I'm Jane Doe and ...", "Je suis Marie, ...".
_INTRODUCTION = re.compile(r"^(?:(?:hi|hey|hej|hallo|hello|moin|servus|salut|hola)\b[^.!?,]{0,20}[.!?,]\W*)?"
                           r"(?:i'm|i’m|i am|my name is|ich bin|ich heiße|je suis|je m'appelle|soy|me llamo)\s+", re.I)


def bio_writer(text: str) -> str:
    """The words of a bio that name its writer: up to its first "is", "writes" or comma, after
    a greeting and "I am" ("Hej! 👋 Ich bin Christoph, leidenschaftlicher Angler" names Christoph)."""
    text = _INTRODUCTION.sub("", text.strip())
    if named := re.match(r"(?!(?:Mit|Von|Für|Der|Die|Das|Ein|Eine|Unser|The|An?|In|At|On|For|With|Our|My|We)\b)"
                         r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+){1,2}[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
                         r"(?=\s+[a-zäöüß]|\s*[,;:])|[A-ZÄÖÜ][\w'’.-]+(?=\s*,)", text):
        return named.group()  # the capitalised words before the first verb: "Moritz Gathmann leitet das Ressort ..."
    return re.split(r"\s+(?:is|was|covers|writes)\b|,", text)[0]


#: A bio's sentence that asks for a rating, a like or a coffee ("Wenn dir der Artikel gefallen hat,
#: würde ich mich sehr über eine Bewertung freuen."): the site's appeal, no part of the bio.
_APPEAL = re.compile(r"\b(?:buy me a coffee|einen kaffee|if you (?:liked|enjoyed) (?:this|the|my) (?:article|post)"
                     r"|wenn (?:dir|ihnen|euch) (?:der|dieser|mein) (?:artikel|beitrag) gefallen ha)", re.I)


def without_appeals(text: str) -> str:
    """A bio without the sentences that ask the reader to rate, like or tip."""
    return " ".join(s for s in re.split(r"(?<=[.!?])\s+", text) if not _APPEAL.search(s))
