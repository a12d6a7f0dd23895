"""The byline and dateline near the top of a plain-text article: "By Ann Author",
"Author: Ann Author", "By Ann Author and Bo Writer | 3 March 2021", "Published: March 3,
2021". A line is taken only when all of it reads as names and a date, so a sentence that
starts with "By" stays in the article."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from ..dates import parse_date
from ..lexicon import FOREIGN_MONTH, FOREIGN_MONTHS, FOREIGN_WEEKDAY
from ..model import Section

_LABEL = re.compile(r"^(?:(?:by|written by|words by|author|authors|byline|von|par|por|door|un texte de|texto de"
                    r"|text von)\b\s*:?\s*"
                    r"|(?:president|speaker|presenter|remarks by|delivered by)\s*:\s*"  # "Speaker: ..."
                    r"|(?:autor|autorin|autora|autore|auteur|auteure)\s*:\s*)", re.I)  # "Autor: Fritz Imhof"
#: A transcript's title that names its speaker: "President George W. Bush's Address Before a
#: Joint Session ...", "Remarks by President Biden on ...".
_SPEAKER_IN_TITLE = re.compile(
    r"^(?:(?:president|senator|secretary|governor|prime minister|chancellor|mayor)\s+(?P<own>[^'’]{3,60}?)['’]s\s+"
    r"(?:address|remarks|speech|statement|message|inaugural)\b"
    r"|remarks (?:by|of) (?:the\s+)?(?:vice\s+)?(?:president|senator|secretary|governor|prime minister|chancellor|"
    r"mayor)\s+(?P<by>.{3,60}?)(?:\s+(?:on|at|in|to|before|during|with|and|as)\b|\s*$))", re.I)
_DATE_LABEL = re.compile(r"^(?:published|posted|updated|date|dated|first published)\b\s*(?:on\b)?\s*:?\s*", re.I)
#: The place a dated line opens with: "PERTH, SUNDAY, 20 APRIL, 1975", "Canberra, 3 March 1975".
_PLACE = re.compile(r"^(?:[A-Z][A-Z.'’ -]{1,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?=(?i:\w+day,?\s+)?\d)")
_WEEKDAY = re.compile(rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{FOREIGN_WEEKDAY}),?\s+", re.I)
#: The credit of the pictures after the writer's: "... Illustration von Markus Roost", "... Photos by Ann Lee".
_OTHER_CREDIT = re.compile(r"\s+(?:illustrations?|fotos?|photos?|bilder?|grafiken?|images?|photography|pictures?)"
                           r"\s*(?:von|by|de|:)\s+[^|·•]*$", re.I)
_SEPARATORS = re.compile(r"\s+[|·•—–]\s+|\s+-\s+")
_NAME_WORD = re.compile(r"^(?:[A-Z\u00c0-\u024f][\w.'’-]*|[A-Z]\.|de|da|di|van|von|der|den|la|le|du|bin|al|ibn)$")
#: A wire's name after the last writer's, without its comma: "JONATHAN LEMIRE and VLADIMIR ISACHENKOV Associated Press".
_AGENCY_TAIL = re.compile(r"(?<=[A-Z])\s+(?:the\s+)?(?:Associated Press|Reuters|AFP|Bloomberg)$")
_JOINERS = re.compile(r"\s*,\s*(?:and|und|et|AND)\s+|\s+(?:and|und|et|AND)\s+|\s*&\s*|\s*,\s*")  # "A, B und C"
_MAX_LINE = 160
#: A day in figures that could be read two ways ("12/10/2020"): no date, but no other words either.
_NUMERIC_DAY = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d")
#: Both tried where they can start only (no bracket inside, white space from its start): linear.
LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")  # a Markdown link: its text
_MORE_PEOPLE = re.compile(r"\band\b|&|\[")  # after a linked name: another person, not an employer
_WITH = re.compile(r",\s*with\s+")
_PLACE_TAIL = re.compile(r",\s*in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*$")
_BRACKETED = re.compile(r"(?<!\s)\s*\([^()]*\)")  # "(Aiven)", "(CTO, Heptio)", "(@bepsays / @bep)"
#: Words that make a part of a credit after a comma a role or an employer: "Ann Lee, Hugo Lead".
_ROLE_WORDS = frozenset("""lead maintainer maintainers cto ceo coo cfo vp editor engineer manager director founder
    cofounder co-founder developer writer reporter correspondent contributor contributors staff professor fellow
    analyst researcher chief head chair intern member team inc ltd llc corp university institute
    foundation group news press times post media journal tribune herald guardian reuters bloomberg afp ap
    jr jr. sr sr. ii iii phd president vice executive officer scientist architect designer evangelist
    advocate specialist strategist consultant""".split())


def _names(text: str) -> list[str] | None:
    """The names in "Ann Author and Bo Writer" (or "Ann Author, Bo Writer"), else None."""
    names = [part.strip() for part in _JOINERS.split(text.strip()) if part.strip()]
    if not names or len(names) > 6:
        return None
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 5 or not words[0][0].isupper() or not all(_NAME_WORD.match(w) for w in words):
            return None
    return names


def is_role(part: str) -> bool:
    """Whether a part of a credit names a role or an employer ("Staff Writer", "Reuters")."""
    return any(word.strip(".,").lower() in _ROLE_WORDS for word in part.split())


def credited_names(text: str) -> list[str] | None:
    """The people a credit names, without their links, the affiliations in brackets and the
    roles after them: "[Ann Lee](https://x) (Acme) and Bo Wu (AWS)" gives Ann Lee and Bo
    Wu, "Bjørn Erik Pedersen (@bep), Hugo Lead" gives Bjørn Erik Pedersen. None when the
    rest does not read as names, or when one word stands alone among several parts: a
    surname parted from its given names ("Lee, Ann") or a firm ("Procter & Gamble")."""
    if LINK.match(text.strip()):  # "[Benjamin Wang](https://...) Broadcom, [Josh Berkus](...) Red Hat"
        linked = [LINK.match(part.strip()) for part in text.split(",")]
        if all(m and not _MORE_PEOPLE.search(m.string[m.end():]) for m in linked):
            text = ", ".join(m.group(1) for m in linked if m)
    text = _BRACKETED.sub("", LINK.sub(r"\1", text)).strip().rstrip(".,;")
    # "Howard Gleckman, with Paul Magnusson and Stan Crock, in Washington": two more and a place
    text = _AGENCY_TAIL.sub("", _PLACE_TAIL.sub("", _WITH.sub(", ", text)))
    first, *after = text.split(",")
    # ", Hugo Lead", ", The New York Times" go, and what follows a role: its department
    # ("Jessica Sapick, Product Marketing Manager, Mobile Ads")
    roles = [index for index, part in enumerate(after) if is_role(part)]
    after = after[:roles[0]] if roles else after
    if after and first.strip() and len(after[-1].split()) == 1 and len(first.split()) > 1:
        after.pop()  # "Jane Doe, Reuters": an outlet's name after the person's
    # "Markus M. Haefliger, London, Beat Bumbacher": a place where the one before was writing
    parts = [first, *after]
    parts = [part for index, part in enumerate(parts) if not (
        0 < index < len(parts) - 1 and len(part.split()) == 1 and len(parts[index - 1].split()) > 1
        and len(parts[index + 1].split()) > 1)]
    text = ",".join(parts)
    people = [part.strip() for part in _JOINERS.split(text) if part.strip()]
    if not people or (len(people) > 1 and any(len(part.split()) < 2 for part in people)):
        return None
    return _names(", ".join(people))


#: A login handle that joins a given name and a family name with a dot: "Isabella.DiBiase".
_DOTTED_HANDLE = re.compile(r"^(?-i:[A-ZÀ-Ý][a-zà-ÿ]{2,})\.(?-i:[A-ZÀ-Ý][\w'-]{2,})$")


_PARTICLES = frozenset("de da di du la le el al".split())


def capitalised(name: str) -> str:
    """"Lisa Mascaro" from "LISA MASCARO", "Isabella DiBiase" from the handle "Isabella.DiBiase"
    (review R15); a name in mixed case as it is."""
    if name.isupper() and any(c.isascii() and c.isalpha() for c in name):  # initials stay: "AJ Willingham"
        words = name.split()
        return " ".join(word if len(word) == 2 and word.isalpha() and word.lower() not in _PARTICLES
                        and index < len(words) - 1 else word.capitalize() for index, word in enumerate(words))
    if _DOTTED_HANDLE.match(name):
        return name.replace(".", " ")
    return name


def speaker_in_title(title: str) -> str | None:
    """The speaker a transcript's title names ("PRESIDENT GEORGE W. BUSH'S ADDRESS ..." gives
    George W. Bush), else None."""
    match = _SPEAKER_IN_TITLE.match(title.strip())
    if match is None:
        return None
    name = " ".join((match.group("own") or match.group("by")).split())
    if name.isupper():
        name = name.title()
    names = _names(name)
    return names[0] if names and len(names) == 1 else None


#: The time after a line's date: "11:00 AM PT", ", 9:30 a.m. ET", "um 11:00 Uhr", "à 14h05".
_TIME = re.compile(r",?\s+(?:(?:at|um|à|a las)\s+)?\d{1,2}[:h.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
                   r"(?:\s*(?:[A-Z]{2,5}|Uhr))?\s*$", re.I)
#: A day in Japanese or Chinese: "2019年04月21日 12時00分更新" (its time and "updated" after it).
_CJK_DAY = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[（(][^)）]{1,3}[)）])?"
                      r"(?:\s*\d{1,2}\s*[時:：]\s*\d{1,2}\s*分?)?\s*(?:更新|公開|配信|発行|掲載|发布|發佈)?$")
#: A date in figures: "11/28/2016", "28/11/16", "28.11.2016".
_FIGURES = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2((?:19|20)?\d{2})$")


def _in_figures(match: re.Match) -> tuple[str, str] | None:
    """A date in figures as (ISO date, "day"): day first with dots, and with slashes whichever
    of the two numbers is over 12 is the day; "3/4/2019" could be either, and is None."""
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    if year < 100:
        year += 2000 if year <= _dt.date.today().year % 100 else 1900
    if match.group(2) == "." or first > 12:
        day, month = first, second
    elif second > 12:
        month, day = first, second
    else:
        return None
    try:
        return _dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def dateline(line: str) -> tuple[str, str] | None:
    """The date a line consists of ("Published: Tuesday, March 3, 2021", "11/28/2016 11:00 AM
    PT"), else None. A bare year or decade is not one: on a line of its own it is more often a
    heading."""
    text = _WEEKDAY.sub("", _PLACE.sub("", _DATE_LABEL.sub("", line.strip()).strip()))
    if cjk := _CJK_DAY.match(text):
        try:
            return _dt.date(*(int(part) for part in cjk.groups())).isoformat(), "day"
        except ValueError:
            return None
    text = _TIME.sub("", text).rstrip(".")
    if figures := _FIGURES.match(text):
        return _in_figures(figures)
    found = parse_date(text)
    if not found and (foreign := _FOREIGN_DAY.fullmatch(text)):  # "Dienstag, 1. Februar 2022"
        month = FOREIGN_MONTHS[foreign.group("fmonth").lower()]
        try:
            return _dt.date(int(foreign.group("year")), month, int(foreign.group("day"))).isoformat(), "day"
        except ValueError:
            return None
    return found if found and found[1] in ("day", "month") else None


#: The programme or desk after a French or Spanish credit's name: "d'Enquête", "de Radio-Canada".
_PROGRAMME = re.compile(r"\s+(?:d['’]|de\s+|del\s+|du\s+)[A-ZÀ-Ý][^,]*$")


#: A wire writer's role after the names, with no comma before it: "AP National Security Writer".
_AGENCY_ROLE = re.compile(r"\s+(?:AP|Associated Press|Reuters|AFP|Bloomberg)\s+(?:[A-Z][\w-]*\s+){0,3}"
                          r"(?:Writer|Correspondent|Reporter|Editor|Analyst)$")


def byline(line: str) -> tuple[list[str], tuple[str, str] | None] | None:
    """The authors (and the date, if the line holds one) of a byline, else None."""
    line = line.strip()
    label = _LABEL.match(line)
    if label is None or len(line) > _MAX_LINE or label.end() == len(line):
        return None
    rest = _OTHER_CREDIT.sub("", line[label.end():])  # "Text von Christian Seiler Illustration von Markus Roost"
    rest = _AGENCY_ROLE.sub("", rest)  # "By ROBERT BURNS AP National Security Writer"
    if label.group().lower().startswith(("un texte", "texto")):  # "Un texte de Frédéric Zalac d'Enquête"
        rest = _PROGRAMME.sub("", rest)
    parts = _SEPARATORS.split(rest)
    names = credited_names(parts[0])
    if names is None:
        return None
    date = None
    for part in parts[1:]:
        date = date or dateline(part)
    if len(parts) > 1 and date is None and not all(_names(p) or _NUMERIC_DAY.fullmatch(p.strip()) for p in parts[1:]):
        return None  # "By Ann Author - a report on ..." is not a byline we can read whole
    return names, date


#: A credit in Arabic or Persian: "حوار: آسيا العتروس" (interview by), "كتب" (wrote), "بقلم"
#: (by the pen of), "إعداد" (prepared by), "نویسنده" (writer); names of two to four words.
_ARABIC_CREDIT = re.compile(r"^(?:حوار|كتب|كتبت|بقلم|إعداد|اعداد|نویسنده|نوشته)\s*:?\s+"
                            r"(?P<name>[\u0600-\u06ff\u200c]+(?:\s+[\u0600-\u06ff\u200c]+){1,3})$")


#: A stamp's label left at a credit's end when the page wrote its date by script: Android
#: Central's "By Daniel Bader last updated".
_STAMP_LABEL_TAIL = re.compile(r"\s+(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?$", re.I)


def credit_line(line: str) -> list[str] | None:
    """The authors a line that is only a credit names ("By Ann Author", "حوار: آسيا العتروس")."""
    line = _STAMP_LABEL_TAIL.sub("", " ".join(line.split()))
    if match := _ARABIC_CREDIT.match(line):
        return [match.group("name")]
    found = byline(line)
    return found[0] if found else None


_MAX_STAMP_WORDS = 8
#: A place set as the story's first line, a dash after it: Kölner Stadt-Anzeiger's "Ortsmarke".
_PLACE_MARK = re.compile(r"(?:[A-ZÄÖÜ][\w.'’-]+\s+){0,3}[A-ZÄÖÜ][\w.'’-]+\s*[-–—]")
#: A Japanese paper's dateline names its writer after the place: "【ロンドン＝岡田浩幸】" (Yomiuri).
_JAPANESE_DATELINE = re.compile(r"^[【\[][^＝=【】\]]{1,15}[＝=]([^＝=【】\]\d]{2,20})[】\]]")
#: A writer's title set on its own line under the byline ("By: Patti Domm / CNBC Executive News
#: Editor"): capitalised words that end in the name of a newsroom job.
_STAFF_TITLE = re.compile(r"(?:[A-Z][\w.&'’-]*\s+(?:(?:of|for|at|and|the)\s+)?){0,5}(?:Editor|Correspondent|Reporter|"
                          r"Writer|Columnist|Contributor|Producer|Anchor|Analyst|Staff|Editor-at-Large)s?")


#: A paragraph that opens with a name in capitals and a colon: "JESSICA LIVINGSTON: The most ...".
_NAME_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}):\s+(?=\S)")


def _writer_label(first: Section, title: str | None) -> tuple[list[str], Section] | None:
    """The writer named as the label of the first paragraph, and the section without the
    label, when the title names that writer and no other paragraph has such a label (a
    transcript's speakers have one each)."""
    blocks = first.blocks
    label = _NAME_LABEL.match(blocks[0].text) if blocks[0].kind == "paragraph" else None
    if label is None or not title or label.group(1).lower() not in title.lower():
        return None
    if any(_NAME_LABEL.match(b.text) for b in blocks[1:] if b.kind == "paragraph"):
        return None
    name = " ".join(w.capitalize() for w in label.group(1).split())
    rest = blocks[0].text[label.end():]
    return [name], Section(first.heading, (replace(blocks[0], text=rest), *blocks[1:]), first.level)


def _credit_with_title(line: str) -> list[str] | None:
    """The authors of a credit followed by the writer's title ("By: Patti Domm CNBC Executive
    News Editor")."""
    words = line.split()
    if len(words) > 14:
        return None
    return next((found for k in range(2, len(words)) if _STAFF_TITLE.fullmatch(" ".join(words[k:]))
                 and (found := credit_line(" ".join(words[:k])))), None)


def _stamp_headings(sections: list[Section]) -> tuple[list[Section], str | None]:
    """The sections without a date stamp set as a heading among the first three ("Published:
    July 23, 2012" in an <h6>): its text joins the section before; and the date stamped."""
    out: list[Section] = []
    date = None
    for index, section in enumerate(sections):
        heading = section.heading or ""
        if index < 3 and len(heading.split()) <= _MAX_STAMP_WORDS and (stamp := dateline(heading)):
            date = date or stamp[0]
            if out:
                out[-1] = Section(out[-1].heading, out[-1].blocks + section.blocks, out[-1].level)
                continue
            section = Section(None, section.blocks, section.level)
        out.append(section)
    return out, date


#: Two writers' names set alone with a slash between them, each of two or three capitalised
#: words: the Lesotho Times' byline heading "Mathatisi Sebusi/Mohalenyane Phakela". (A heading of
#: one name alone may be a subhead: "What Happened".)
_PERSON = r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}"
_SLASHED_NAMES = re.compile(rf"^({_PERSON})\s*/\s*({_PERSON})$")


#: A byline that names an account, one word in lower case ("von zahlenzauberin" in a blog's <h4 class="vcard author">).
_ACCOUNT_CREDIT = re.compile(r"(?:by|von|par|por|door|di)\s+(?-i:[a-z][\w.-]{2,30})", re.I)


def _credit_headings(sections: list[Section]) -> tuple[list[Section], list[str]]:
    """The sections without a credit set as a heading among the first three ("Un texte de
    Frédéric Zalac d'Enquête", bold in radio-canada.ca's story; two names with a slash between
    them): its blocks join the section before; and the authors it names."""
    for index, section in enumerate(sections[:3]):
        slashed = _SLASHED_NAMES.match(section.heading or "")
        account = _ACCOUNT_CREDIT.fullmatch(section.heading or "")  # "von zahlenzauberin": a byline, no name to take
        if section.heading and (names := (credit_line(section.heading) or None) or (
                list(slashed.groups()) if slashed else None) or ([] if account else None)) is not None:
            if index:
                before = sections[index - 1]
                joined = Section(before.heading, before.blocks + section.blocks, before.level)
                return [*sections[:index - 1], joined, *sections[index + 1:]], names
            return [Section(None, section.blocks, section.level), *sections[1:]], names
    return sections, []


def _remarks_heading(sections: list[Section]) -> tuple[list[Section], str | None]:
    """The sections without a speech's credit set as a heading among the first two
    ("Remarks of Vice President Joe Biden", on the White House's release): its text joins
    the section before; and the speaker it names."""
    for index, section in enumerate(sections[:2]):
        heading = section.heading or ""
        if heading.lower().startswith("remarks") and (speaker := speaker_in_title(heading)):
            if index:
                before = sections[index - 1]
                merged = Section(before.heading, before.blocks + section.blocks, before.level)
                return [*sections[:index - 1], merged, *sections[index + 1:]], speaker
            return [Section(None, section.blocks, section.level), *sections[1:]], speaker
    return sections, None


#: What a byline holds besides its people's names: joiners, an agency, a "Published" label.
_BYLINE_REST = re.compile(r"(?:and|und|et|y|og|och|by|von|par|por|with|mit|ap|afp|dpa|reuters|published|[\W_])*")


def _name_and_role(text: str, names: list[str]) -> bool:
    """Whether a line is a writer's name and role: "Sarah Hinger, Staff Attorney, ACLU Racial Justice
    Program" (ACLU's byline box, printed as the story's first paragraphs)."""
    name = next((n for n in names if n and text.startswith(f"{n}, ")), None)
    role = text[len(name) + 2:].split() if name else []
    return 0 < len(role) <= 12 and not text.endswith(".") and sum(w[:1].isupper() for w in role) >= 0.6 * len(role)


def names_only(text: str, names: list[str]) -> bool:
    """Whether a line is the writers' byline again and nothing more ("Adam Vidlerand AP",
    "Fouzia Van Der Fort|Published", "von Katja Belousova")."""
    rest = "".join(text.lower().split())
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace("".join(name.lower().split()), "\0") if name.strip() else rest
    return "\0" in rest and bool(_BYLINE_REST.fullmatch(rest.replace("\0", "")))


#: A day written with a month's name in another language: "20 Nisan 2026", "3. März 2018", "26, Abril, 2022".
_FOREIGN_DAY = re.compile(rf"(?P<day>\d{{1,2}})\.?,?\s+(?:de\s+)?{FOREIGN_MONTH},?\s+(?:del?\s+)?"
                          rf"(?P<year>(?:19|20)\d\d)", re.I)
_STAMP_PARTS = re.compile(r"\s*[•·|]\s*|\s+/\s+")
_STAMP_LABEL = re.compile(r"^[^\W\d]+\s*:\s*")  # "Güncelleme: ", "Updated: "
#: A part of a stamp line beside its date: the time, or how long ago it was updated.
_STAMP_TIME = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,5})?"
                         r"|(?:(?:last )?updated\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)$", re.I)


def parted_stamp(text: str) -> str | None:
    """The day of a stamp line whose parts are each a date, with or without a label ("20 Nisan
    2026•Güncelleme: 20 Nisan 2026"), or a date and its time ("November 19, 2019 / 12:21 AM /
    Updated 14 hours ago"): its first date's, as ISO; None for any other line."""
    days, times = [], 0
    for part in (_STAMP_LABEL.sub("", p) for p in _STAMP_PARTS.split(text.strip()) if p):
        if stamp := dateline(part):  # in English or another language: "20 Nisan 2026"
            days.append(stamp[0])
        elif _STAMP_TIME.match(part):
            times += 1
        else:
            return None
    return days[0] if len(days) > 1 or (days and times) else None


#: A stamp, then "by" and the writer, on one line: a blog's "11.05.2012, 10:22 von jovelstefan".
_STAMP_BY = re.compile(r"^(.{6,40}?)\s+(?:by|von|par|por|door)\s+(\S+(?:\s+\S+){0,3})$", re.I)
#: A stamp, then the writer after an arrow or a dash, on one line: a blog's "Donnerstag, 15.2.2018, 19:51 > da]v[ax",
#: it-for-kids.org's "11.12.2019 - Amelie Loevenich". The writer is taken only as a person's name of two words
#: or more ("> Politik" may be a category).
_STAMP_ARROW = re.compile(r"^(.{6,40}?)(?:\s*[>»]|\s+[-–—|])\s*(\S+(?:\s+\S+){0,3})$")
#: A post's line of writer, then day, with its count of reads: "Geschrieben von Cooper am 25.08.2015
#: 22:30 (1599 x gelesen)", "Written by Ann Lee on August 25, 2015", "Publié par Ann Lee le 12 mars 2019".
#: A byline run into the story's first paragraph: "By Aaron Humes: The Americas cannot ignore ...".
_RUN_IN_BY = re.compile(r"^By ((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+)\s*[:—–]\s+(?=[A-Z\"“])")
#: A stamp's label and its day, after an outlet's credit, the time after the day dropped.
_LABELLED_STAMP = re.compile(r"^(?:(?:von|by)\s+[\w.-]+\s+)?(?:posted|published|updated|last updated|zuletzt "
                             r"(?:bearbeitet|aktualisiert)|veröffentlicht|aktualisiert)(?:\s+(?:on|am))?\s*:?\s+"
                             r"(?P<day>[^:]{6,40}?)[.,]?(?:\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr)?"
                             r"(?:\s+[A-Z]{2,4})?\.?)?$", re.I)
_BY_ON = re.compile(r"^(?:geschrieben|verfasst|written|posted|publié|publiée|escrito|scritto)\s+"
                    r"(?:von|by|par|por|da)\s+(\S+(?:\s+\S+){0,3}?)\s+(?:am|on|le|el|il|em)\s+(.{6,40}?)"
                    r"\s*(?:\([^()]{0,40}\))?$", re.I)


def credit_and_stamp_lines(sections: list[Section], title: str | None = None, known: list[str] | tuple = ()
                           ) -> tuple[list[Section], list[str], str | None]:
    """The body without the credit, writer's title and date lines among its first three blocks
    ("حوار: آسيا العتروس", "CNBC Executive News Editor", "2 تير 1399 - 12:09:08", the `known`
    writers' names alone: "Adam Vidlerand AP") or set as a heading among its first three
    sections, or the writer's name as the label of its first paragraph when the title names
    the writer ("JESSICA LIVINGSTON: The most important thing ..."); the authors the credit
    names, and the date stamped."""
    from .chrome import is_chrome_line
    from .localdates import parse_local_date

    sections, date = _stamp_headings(sections)
    sections, speaker = _remarks_heading(sections)
    sections, credited = _credit_headings(sections)
    first = sections[0]
    names: list[str] = [speaker] if speaker else credited
    kept: list = []
    if not names and first.blocks and (labelled := _writer_label(first, title)):
        names, first = labelled
        sections = [first, *sections[1:]]
    for index, block in enumerate(first.blocks):
        if index < 3 and block.kind == "paragraph":
            if len(block.text.split()) <= _MAX_STAMP_WORDS and is_chrome_line(block.text):
                continue  # the page's line of stamp and reads atop the story: "сегодня в 05:46, просмотров: 237"
            if not names and (found := credit_line(block.text) or _credit_with_title(block.text)):
                names = found
                continue
            if not names and len(block.text.split()) <= 4 and index + 1 < len(first.blocks) and _EMAIL_LINE.fullmatch(
                    first.blocks[index + 1].text.strip()) and (found := credited_names(block.text.strip())):
                names = [capitalised(n) for n in found]  # a name over its address: "PETER CHRISTOPHER" / "peter...@..."
                continue
            if names and index and _EMAIL_LINE.fullmatch(block.text.strip()):
                continue  # the writer's address under the name
            if not names and (dated := _JAPANESE_DATELINE.match(block.text)):
                names = [n for n in re.split(r"[、,，・]", dated.group(1)) if n]  # the dateline stays in the text
            people = [*known, *names]
            if _STAFF_TITLE.fullmatch(block.text.strip()) or names_only(block.text, people) \
                    or _name_and_role(block.text.strip(), people):
                continue  # the byline's second line, the byline again, or a writer's name and role
            if index + 1 < len(first.blocks) and _PLACE_MARK.fullmatch(block.text.strip()):
                continue  # a dateline set apart as a line of its own ("Bergisch Gladbach -"): no text of the story
            if ((stamp_by := _STAMP_BY.match(block.text.strip())) and (day := dateline(stamp_by.group(1)))) or (
                    (by_on := _BY_ON.match(block.text.strip())) and (day := dateline(by_on.group(2)))):
                date = date or day[0]  # "11.05.2012, 10:22 von jovelstefan": the day, then the writer
                writer = stamp_by.group(2) if stamp_by else by_on.group(1) if by_on else ""
                names = names or credited_names(writer) or []
                continue
            if (run_in := _RUN_IN_BY.match(block.text)) and (found := credited_names(run_in.group(1))):
                names = found if not names or all(len(n.split()) == 1 for n in names) else names
                block = replace(block, text=block.text[run_in.end():], html=None)  # "By Aaron Humes: The Americas ..."
            if (stamp := _LABELLED_STAMP.match(block.text.strip())) and (day := dateline(stamp.group("day"))):
                date = date or day[0]  # "Posted: Thursday, April 21, 2022. 10:11 pm CST.", "von tennisnet.com
                continue  # zuletzt bearbeitet: 04.02.2022, 08:27 Uhr" (an outlet's name: no writer)
            if (arrow := _STAMP_ARROW.match(block.text.strip())) and (day := dateline(arrow.group(1))):
                date = date or day[0]
                names = names or [n for n in credited_names(arrow.group(2)) or [] if len(n.split()) > 1]
                continue
            words = len(block.text.split())
            if words <= 2 * _MAX_STAMP_WORDS:  # a stamp in parts may be longer: "… / Updated 14 hours ago"
                stamped = ((dateline(block.text) or (None,))[0] or parse_local_date(block.text)
                           if words <= _MAX_STAMP_WORDS else None) or parted_stamp(block.text)
                if stamped:
                    date = date or stamped
                    continue
        kept.append(block)
    if len(kept) < len(first.blocks):
        sections = [Section(first.heading, tuple(kept), first.level), *sections[1:]]
    return sections, names, date


_EMAIL_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A wire's story opens with a dateline that names it: "HELSINKI (AP) — ", "MOSCOW (Reuters) - ".
_WIRE_DATELINE = re.compile(r"^[A-Z][\w.,' -]{1,60}\((AP|Reuters|AFP)\)\s*[-—–]", re.I)
_WIRES = {"ap": "The Associated Press", "reuters": "Reuters", "afp": "AFP"}


def wire_of_dateline(paragraph: str) -> str | None:
    """The wire a story's dateline credits, for a copy that credits no one else ("HELSINKI (AP) -
    A face-to-face sitdown ..." under a local site's headline): The Associated Press, Reuters, AFP."""
    match = _WIRE_DATELINE.match(paragraph)
    return _WIRES[match.group(1).lower()] if match else None
