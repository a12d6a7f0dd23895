"""The top of a web page copied as plain text: the site's lines above the story (a weather
box, "Tap here to turn on desktop notifications", a section's name, a share bar), the
headline among them, and the credit and date lines under it.

The story starts at its first paragraph of prose. Above it, the headline is the first
line that reads as one (a line of 3 to 25 words that ends no sentence, is no date, credit
or widget) and whose words the text after it uses: at least half of them, two or more.
The lines above the headline go; under it, credits and stamps are read, and only a
standfirst is kept. When the headline is the text's first line, a short line under it may
be the text's own heading, and stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import parse_date
from .byline import byline, credited_names, dateline, parted_stamp
from .chrome import is_chrome_line
from .sitenotes import CREDIT_LINE

ZONE = 40  # blocks of a page's top searched for the story's start
STORY_WORDS = 18  # a paragraph of the story has at least this many words
SHARED = 0.5  # share of a headline's words that the story's first paragraphs use

#: A photo's caption set above the story: people placed in the picture ("Donald Trump, center,
#: and ..."), or the picture's place, weekday and date, the way a caption gives them ("... in
#: Helsinki, Finland, Sunday, July 15, 2018 on ...").
_CAPTION = re.compile(r",\s+(?:(?:second |third |far )?(?:left|right)|cent(?:er|re)|from left)(?:\s*,|\s+and\b)"
                      r"|\((?:L|R|C)\)|\b(?:19|20)\d\d,? (?:file )?photo\.?\s*$"
                      r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\w+\.?\s+\d{1,2},?\s+(?:19|20)\d\d\.?\s*$"
                      r"|.{20}\b[A-Z][a-z]+,\s+(?-i:[A-Z])[a-z]+day,\s+(?-i:[A-Z])[a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d\b",
                      re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_SITE_SUFFIX = re.compile(r"\s+\|\s+((?:\S+\s+){0,3}\S+)$")
#: A date anywhere in a short stamp line: "1:05 am PDT, Monday, July 16, 2018", "Updated: July 16,
#: 2018 — 7:15 AM EDT", "3:04 PM 07/15/2018", "USA TODAY Published 5:57 a.m. ET July 16, 2018".
_DAY_IN_LINE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+"
                          r"(?:19|20)\d\d\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
                          r"\.?,?\s+(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b", re.I)
_STAMP_WORDS = re.compile(r"\b(?:published|posted|updated|[ecmp][sd]t|et|gmt|utc|bst|ago)\b|(?<![a-z])[ap]\.?m\b", re.I)
#: A credit with the writers' agency or paper after them: "Jonathan Lemire and Jill Colvin, Associated
#: Press", "By ROBERT BURNS, AP National Security Writer", "From CNN's Jeff Zeleny".
_AGENCY_CREDIT = re.compile(r"^(?:by\s+|from\s+\w+['’]s\s+)?(?P<names>[^,|]+(?:,\s*[^,|]+?)*?)"
                            r"(?:,\s*(?:the\s+)?(?:associated press|ap|reuters|afp|bloomberg|cnn|usa today"
                            r"|the washington post|washington post|new york times|the new york times)\b[^|]{0,40})?$",
                            re.I)
_CREDIT_PARTS = re.compile(r"\s+[|•—–]\s+|\s+-\s+")
_GLUED_AGENCY = re.compile(r"(?<=[a-z.])(?<![Tt]he)\s*(?=(?:Associated Press|Reuters)$)")  # not "The Associated Press"
_STAMP_BY = re.compile(r",?\s+by\s+([^,]{3,40})$", re.I)
_AGENCY_ONLY = re.compile(r"^(?:by )?((?:the )?(?:associated press|reuters|agence france-presse|afp))$", re.I)
_NOT_NAME = frozenset("""a an in of to on at by as is it we us what share story email print more close menu magazine
    news media press times post daily herald tribune journal online network radio live video photos gallery world
    nation politics sports business opinion edition popular stories top latest trending related account
    sign subscribe login""".split())
_STOP = frozenset("""the and for with from that this into over after about than what when where will would
    have has had are was were been its his her their our your you they them who how why not but says said
    more most out off new""".split())


@dataclass(frozen=True)
class PageTop:
    """What a page's top gives: its headline, the writers and the day its lines state, and
    the text from the story on (the site's lines above it dropped)."""

    title: str
    names: list[str]
    date: str | None
    blocks: list[list[str]]


def block_line(block: list[str]) -> str:
    """A block's lines as one line, its white space made single."""
    return " ".join(" ".join(block).split())


def page_top(blocks: list[list[str]]) -> PageTop | None:
    """The headline, credit and date of a page copied as text, with the lines above the story
    dropped; None when no line above the story reads as its headline."""
    start = _story_start(blocks)
    if not start:
        return None
    opened = next((i + 1 for i in range(start - 1) if _told(block_line(blocks[i])) and _told(block_line(blocks[i + 1]))
                   and blocks[i] != blocks[i + 1]), start)
    found = next(((i, text) for i, b in enumerate(blocks[:opened])
                  if (text := _headline(b)) and _shared(text, " ".join(map(block_line, blocks[i + 1:start + 8])))),
                 None)
    if found is None:
        return None
    index, title = found
    start = _past_credit(blocks, start)
    names: list[str] = []
    bare: list[str] = []
    date = agency = None
    prose = False  # a sentence under the headline: a name alone after it is no credit ("WHAT TRUMP WANTS")
    for block in blocks[index + 1:start]:  # not above the headline: a sidebar's other posts
        line = block_line(block)
        date = date or stamp_day(line)
        names = names or _credit(line) or []
        bare = bare or ([] if prose else _bare_name(line) or [])
        stamped_by = _STAMP_BY.search(line) if stamp_day(line) else None  # "Posted 3:57 pm, ..., by Associated Press"
        agency = agency or _agency(line) or (stamped_by and _agency(stamped_by.group(1))) or (
            stamp_day(line) and next((a for part in _CREDIT_PARTS.split(line) if (a := _agency(part.strip()))), None))
        prose = prose or (len(line.split()) >= 8 and bool(_SENTENCE_END.search(line)))
    names = names or bare or ([agency] if agency else [])
    # the page's stamp set above the headline ("EDITION | 07/15/2018 10:09 am ET"), the nearest one
    date = date or next((day for b in reversed(blocks[:index]) if (day := stamp_day(block_line(b)))), None)
    # under a first-line headline, a short line may be the text's own heading: only a page's lines go
    between = blocks[index + 1:start]  # ... when it heads text: not over another short line, a credit, a stamp
    kept = [b for n, b in enumerate(between) if _kept_above_story(block_line(b), title, short_lines=index == 0 and (
        n + 1 == len(between) or _prose_line(block_line(between[n + 1]))))]
    return PageTop(title, names, date, _without_repeats(kept + blocks[start:]))


TOLD_WORDS = 12


def _told(line: str) -> bool:
    """Whether a line may tell the story (a sentence of TOLD_WORDS words or more, not the site's): a line
    under two such is no headline of the page ("New images of Samsung's Galaxy S9 have leaked online." /
    "The pictures ... were posted on Mobile Fun's website." over the caption "The handset hasn't been
    announced by Samsung yet", which was taken for the headline, and the story above it dropped; one
    such line over a headline may be the site's: "Tap here to turn on desktop notifications ...")."""
    return len(line.split()) >= TOLD_WORDS and bool(_SENTENCE_END.search(line)) and not is_chrome_line(line) \
        and not _CAPTION.search(line)


def _story_start(blocks: list[list[str]]) -> int | None:
    """The index of the story's first paragraph among the page's first blocks."""
    for index, block in enumerate(blocks[:ZONE]):
        text = block_line(block)
        if block in blocks[index + 1:index + 2] or (index and block == blocks[index - 1]):
            continue  # a gallery's caption, set twice
        if (len(text.split()) >= STORY_WORDS and _SENTENCE_END.search(text) and not _CAPTION.search(text)
                and not text.isupper() and not is_chrome_line(text)):
            return index
    return None


def _past_credit(blocks: list[list[str]], start: int) -> int:
    """The story's start past a standfirst taken for it: the paragraph first found, when a
    credit or a stamp follows it ("by Claire Atkinson /", "June 1, 2018, 1:25 PM"), is the
    standfirst, and the story starts after them."""
    after = start + 1
    while after < min(len(blocks), start + 5):
        line = block_line(blocks[after])
        if not (_credit(line) or stamp_day(line) or _agency(line) or is_chrome_line(line)):
            break
        after += 1
    return after if any(_credit(block_line(b)) or stamp_day(block_line(b)) for b in blocks[start + 1:after]) else start


def _headline(block: list[str]) -> str | None:
    """The block as a headline (its site's name cut: "... | Miami Herald"), if it reads as one."""
    if len(block) > 1 and all(len(line.split()) <= 2 and line[:1].islower() for line in block[1:]):
        block = block[:1]  # a widget's word taken in as a broken line's end: "... ahead of summit" / "prev"
    text = block_line(block)
    suffix = _SITE_SUFFIX.search(text)
    if suffix and suffix.group(1)[:1].isupper() and len(text[:suffix.start()].split()) >= 3:
        text = text[:suffix.start()]
    if not 3 <= len(text.split()) <= 25 or text.endswith((".", ",", ";", ":")):
        return None
    if not text[:1].isupper() and text[:1] not in "'‘\"“":
        return None
    if is_chrome_line(text) or dateline(text) or parted_stamp(text) or stamp_day(text) or _credit(text) \
            or CREDIT_LINE.search(text):
        return None
    return text


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in _STOP}


def _shared(title: str, after: str) -> bool:
    """Whether the text after a headline uses its words (half of them, two at least), a word
    found by its first five letters or as the start of a longer one ("wait", "waiting")."""
    own = {stem for stem in _stems(title) if len(stem) > 3 or stem.isdigit()}
    words = re.findall(r"[a-z0-9]+", after.lower())
    heads = {w[:k] for w in words for k in (4, 5)} | {w for w in words if w.isdigit()}
    common = sum(stem in heads for stem in own)
    return common >= 2 and common >= SHARED * len(own)


def stamp_day(line: str) -> str | None:
    """The day a short stamp line states ("Posted 3:57 pm, July 15, 2018, by Associated Press")."""
    if len(line.split()) > 16:
        return None
    if found := (dateline(line) or (None,))[0] or parted_stamp(line):
        return found
    match = _DAY_IN_LINE.search(line)
    if not match or not (_STAMP_WORDS.search(line) or len(line) - len(match.group()) <= 12):
        return None
    if us := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", match.group()):  # an American page's 07/15/2018
        month, day, year = (int(x) for x in us.groups())
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    parsed = parse_date(match.group())
    return parsed[0] if parsed else None


def stamped(line: str) -> tuple[str, str] | None:
    """A stamp line's day as `dateline` gives it (ISO date, "day"): "7:53 PM 07/15/2018"."""
    return (day, "day") if (day := stamp_day(line)) else None


def _credit(line: str) -> list[str] | None:
    """The writers a credit line names: "By Ann Lee", "Ann Lee and Bo Wu, Associated Press",
    "The Associated Press — By JILL COLVIN - Associated Press"."""
    if len(line.split()) > 16:
        return None
    line = _GLUED_AGENCY.sub(", ", line.rstrip(" /|"))  # "Jan M. OlsenAssociated Press", "by Ann Lee /"
    for part in (p.strip() for p in _CREDIT_PARTS.split(line)):
        if found := byline(part):
            return found[0]
        match = _AGENCY_CREDIT.match(part)
        if match and (part.lower().startswith(("by ", "from ")) or match.group("names") != part):
            names = [n for n in credited_names(match.group("names").strip()) or [] if len(n.split()) > 1]
            if names:
                return names
    return None


def _bare_name(line: str) -> list[str] | None:
    """A writer's name alone on its line under the headline: "Christopher Brennan", or two or three
    ("JONATHAN LEMIRE and VLADIMIR ISACHENKOV")."""
    parts = re.split(r",\s*|\s+and\s+", line)
    if len(parts) > 3:
        return None
    for words in (part.split() for part in parts):
        if not 2 <= len(words) <= 3 or any(w.lower() in _STOP or w.lower() in _NOT_NAME for w in words):
            return None
    return credited_names(line)


def name_over_stamp(blocks: list[list[str]]) -> tuple[list[str], None] | None:
    """A writer's name alone on a copied page's first line, over its stamp ("Igor Derysh" /
    "May 31, 2019 10:00AM (UTC)"): the credit, as `byline` gives one; no headline."""
    if len(blocks) > 2 and len(blocks[0]) == 1 and stamp_day(block_line(blocks[1])):
        names = _bare_name(blocks[0][0].strip())
        return (names, None) if names else None
    return None


def _agency(line: str) -> str | None:
    """A wire credited alone: "The Associated Press", "By Associated Press", "Reuters"."""
    return match.group(1) if (match := _AGENCY_ONLY.match(line)) else None


def _kept_above_story(line: str, title: str, *, short_lines: bool) -> bool:
    """Whether a line between the headline and the story is text to keep (a standfirst), not
    the headline again, a credit, a stamp, a caption or the site's line."""
    if not line or line.casefold() == title.casefold() or _CAPTION.search(line) or is_chrome_line(line):
        return False
    if _credit(line) or stamp_day(line) or _agency(line):
        return False
    return short_lines or len(line.split()) > 8 or bool(_SENTENCE_END.search(line))


def _prose_line(line: str) -> bool:
    """A line of text, not a label: a sentence, or more than eight words."""
    return len(line.split()) > 8 or bool(_SENTENCE_END.search(line))


def _without_repeats(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks without a block set twice running, and its first setting: a gallery's caption,
    set twice on the page ("President Trump walks across the tarmac ..." under "Image 2 of 3"; no
    story says one paragraph twice running)."""
    return [b for i, b in enumerate(blocks) if (i == 0 or b != blocks[i - 1])
            and (i + 1 == len(blocks) or b != blocks[i + 1])]
