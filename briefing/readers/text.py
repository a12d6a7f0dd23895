"""Plain-text reader for articles scraped from the web.

The shape it reads: a title line; short heading lines without closing punctuation,
each followed by a paragraph; paragraphs separated by blank lines (hard-wrapped lines
are joined); a closing paragraph that introduces the writer, which becomes the bio;
and trailing web debris ("Leave a Comment", "Share this", ...), which is dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..dates import parse_date
from ..errors import InputError
from ..lexicon import FULL_MONTH, WEB_DEBRIS_LINE
from ..model import Article, Author, Block, Metadata, Section, web_domain
from .bio import find_bio
from .bookfront import ITALIC_LINE, book_body
from .byline import byline, capitalised, credited_names, dateline, speaker_in_title, wire_of_dateline
from .copiedboxes import page_furniture, without_boxes
from .fields import date_in_file_name, metadata_fields
from .filetitle import fallback_title
from .frontmatter import split_front_matter
from .language import guess_language
from .mediarelease import END_MARK
from .ministerial import header_end, ministerial_header
from .officeheader import OfficeHeader
from .record import is_record, issue_date, record_text
from .release import NAMED_LABEL, SPEAKER_LABEL, release_header, speaker_paragraphs
from .scanmarks import CLOSING, PRONOUN_CLAUSE, debris, mend_page_breaks
from .scrapedtop import name_over_stamp, page_top, stamp_day, stamped
from .sitenotes import CREDIT_LINE
from .spacing import closed_gaps, join_double_spaced
from .textcopies import without_repeated_paragraphs

#: A marker may wrap onto a second line before its closing "***" ("... PASSAMAQUODDY / FOLK-LORE***").
_GUTENBERG_START = re.compile(r"^\*\*\* ?START OF (?:THE|THIS) PROJECT GUTENBERG(?:[^*]{0,200}\*\*\*|.*$)",
                              re.M | re.I)
_GUTENBERG_END = re.compile(r"^\*\*\* ?END OF (?:THE|THIS) PROJECT GUTENBERG(?:[^*]{0,200}\*\*\*|.*$)", re.M | re.I)
#: A header field: its value is the rest of the line, stripped (no lazy group before `\s*$`: slow on spaces).
_GUTENBERG_FIELD = re.compile(r"^(Title|Author|Release Date|Posting Date|Language):(.+)$", re.M)
#: "The Project Gutenberg EBook of TITLE, by AUTHOR", the title possibly wrapped: the opening
#: words, then the separator before "by" that ends the title. The separator starts at a comma
#: or at the first space of a run (`_BY_AT` tries the one place that may follow a space).
_EBOOK_OF = re.compile(r"[Tt]he Project Gutenberg E[Bb]ook,? of ")
#: An older file's only Gutenberg line, its footer: "End of the Project Gutenberg EBook of TITLE, by AUTHOR".
_OLD_FOOTER = re.compile(r"^end of (?:the )?project gutenberg['’]?s? e-?book,? of ", re.M | re.I)
_BY = re.compile(r",\s*+by\s(?=.)|(?<!\s)\s++by\s(?=.)", re.S)
_BY_AT = re.compile(r"(?:,\s*+|\s++)by\s(?=.)", re.S)
_NON_SPACE = re.compile(r"\S")
_EBOOK_NUMBER = re.compile(r"(?<!\s)\s*+\[(?:e-?book|etext) #\d+\].*$", re.I)
_CREDIT = re.compile(r"^(?:this (?:e-?book|e-?text|file) (?:was|has been) )?"
                     r"(?:typed|transcribed|produced|prepared|scanned|proofread|e-?text prepared)\b.{0,200}\bby\b"
                     r"|^e-?text of\b", re.I | re.S)
_GUTENBERG_TAIL = re.compile(r"^end of (?:the |this )?project gutenberg", re.I)
#: A closing note that is not the article: "Correction: ...", "Editor's note: ..." at the very end.
_TRAILING_NOTE = re.compile(r"^(?:correction|clarification|update|editor[’']s note)s?:", re.I)
#: The index a government record hangs under a document (the DCPD's "Categories:", "Names:", "DCPD Number:").
_RECORD_INDEX = re.compile(r"^(?:categories|locations?|names|subjects|dcpd number|citation|note|notes|"
                           r"source|document number)\s*:", re.I)
#: A collection's running header above the document: "Administration of Joseph R. Biden, Jr., 2022".
_COLLECTION_HEADER = re.compile(r"^(?:administration of|public papers of the presidents|weekly compilation of|"
                                r"daily compilation of)\b.{0,80}$", re.I)
#: A transcript's clock times ("9:10 P.M. EST", "END 10:03 P.M. EST"); a stamp with no year ("May 30 at 2:44 PM").
_CLOCK_LINE = re.compile(r"^(?:END\s+|[A-Z][a-z]{2,8}\.? \d{1,2},? at\s+)?\d{1,2}:\d{2}\s*[AP]\.?M\.?"
                         r"(?:\s+[A-Z]{2,4})?\s*$", re.I)
_UNDERLINE = re.compile(r"^(?:=+|-+)\s*$")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVXLC]{1,6}|[A-Z])[.)]\s+\S")
_STATUTE_SECTION = re.compile(r"^SEC(?:TION)?\.\s+\d{1,3}\.\s+[A-Z]")
#: A label, then speech; or a named label, then a stage direction ("Journalist: [Inaudible question]").
_SPOKEN = re.compile(rf"^{SPEAKER_LABEL}\s+(?=.*[a-z])|^{NAMED_LABEL}\s+[\[(]")
_CUE_END = re.compile(r"[.!?,…]\s*[\[(][A-Za-z ]{3,30}[\])]$")  # a transcript's cue after a sentence


def _blocks(text: str, indented: bool = False) -> list[list[str]]:
    """Split text into blocks of non-blank lines; with `indented`, a line indented more
    than the lines on both sides of it (a paragraph's first line, as the Congressional
    Record and typewritten text set it, with no blank line between) starts a block too."""
    blocks, current = [], []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    if indented:
        blocks = [piece for block in blocks for piece in _first_line_indents(block)]
    return [[line.strip() for line in block] for block in blocks]


#: How far a book sets in its examples ("  Burns's poems", "    Hostile acts"); a centred
#: heading is set in further.
EXAMPLE_INDENT = range(1, 9)


def indented_examples(text: str) -> frozenset[str]:
    """The lines a book sets in a little, alone between blank lines, in mixed case: its
    examples and quoted phrases, which read like headings once the indent is gone."""
    lines = text.split("\n")
    return frozenset(
        line.strip() for i, line in enumerate(lines)
        if line.strip() and len(line) - len(line.lstrip(" \t")) in EXAMPLE_INDENT and not line.isupper()
        and (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip()))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _first_line_indents(block: list[str]) -> list[list[str]]:
    """A block cut before each line indented more than the lines before and after it, and
    before each line set in from the block's margin that opens a sentence after one that
    closed ("  The SPEAKER. The joint session will come to order." between one-line items)."""
    if len(block) < 3:
        return [block]
    margin = min(_indent(line) for line in block)
    pieces: list[list[str]] = [[block[0]]]
    for index in range(1, len(block)):
        line, before = block[index], block[index - 1]
        after = block[index + 1] if index + 1 < len(block) else None
        if (after is not None and _indent(line) > _indent(before) and _indent(line) > _indent(after)) or (
                _indent(line) > margin and before.rstrip().endswith((".", ";", ":", "?", "!", "”", '"'))
                and line.lstrip()[:1] in _OPENS_SENTENCE):
            pieces.append([])
        pieces[-1].append(line)
    return pieces


_OPENS_SENTENCE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"“‘'([")


#: A line longer than any hard wrap: its block is written one paragraph a line.
_UNWRAPPED_LINE = 150


def _paragraph_lines(block: list[str]) -> list[list[str]]:
    """A block written one paragraph a line, with no blank line between (transcripts often
    are) as one block a line; any other block as it is. Such a block has a line longer than
    any hard wrap, and each of its lines but the last ends with closing punctuation."""
    if len(block) < 2 or max(len(line) for line in block) <= _UNWRAPPED_LINE:
        return [block]
    # Most lines close a sentence ("[Laughter]" may close one, a transcriber may drop a
    # period); a line in capitals among them is a heading ("QUESTIONS").
    open_lines = sum(not (line.endswith((*CLOSING, "—", "–", "]")) or (line.isupper() and is_heading_line(line)))
                     for line in block[:-1])
    if open_lines > max(1, len(block) // 20):
        return [block]
    return [[line] for line in block]


def _join(lines: list[str]) -> str:
    """Join hard-wrapped lines into one paragraph, mending words split by a hyphen and link gaps."""
    parts = [lines[0]]
    end = lines[0][-2:]  # the last two characters joined so far
    for line in lines[1:]:
        if end.endswith("-") and end != " -" and line[:1].islower():
            if not end[0].isdigit():  # "every 4-" + "year-old" keeps its hyphen: "4-year-old"
                parts[-1] = parts[-1][:-1]
            end = (parts[-1] + line)[-2:]
        else:
            parts.append(" ")
            end = (" " + line)[-2:]
        parts.append(line)
    return closed_gaps(re.sub(r"[ \t]+", " ", "".join(parts)))


def is_heading_line(line: str) -> bool:
    """A short line that reads as a heading: all caps, a date's label, or with no closing punctuation."""
    words = line.split()
    if not words or len(line) > 90 or len(words) > 12:
        return False
    if not (line[0].isupper() or line[0].isdigit() or not line[0].isalpha()):
        return False
    if line.startswith(("[", "(", "{", "<", "—", "–", "--")) or _SPOKEN.match(line):
        return False  # "JOURNALIST: ... [inaudible]" is speech; "— Donald J. Trump (@realDonaldTrump) ..." signs a post
    if (line[0].isdigit() and not _NUMBERED.match(line)) or _PLACE_AND_DATE.match(line):
        return False  # "Philadelphia, February 14, 1776": where and when a preface was signed
    if (line.isupper() and any(c.isalpha() for c in line)) or _DATED_LABEL.match(line):
        return True
    if PRONOUN_CLAUSE.match(line):
        return False  # "He said that he and the Minister for Trade and Overseas": a scan's line, cut
    # "2. POSSIBLE EFFECTS" is one; "Look, economists——", cut off, is not, nor a line that ends on a cue
    core = line.rstrip("=_*")  # "=Participle for verbal noun.=": a bold sentence, closed inside its marks
    return not core.endswith((*CLOSING, "—", "–", "-")) and not _CUE_END.search(line)


#: A date (and a place) set as a label over what happened then: "JULY 2017, in GERMANY:", "March 3, 2019:".
_DATED_LABEL = re.compile(rf"^(?:(?:{FULL_MONTH})(?: \d{{1,2}})?,? )?\d{{4}}\b(?:,? [^.!?:]{{1,30}})?:$", re.I)
_PLACE_AND_DATE = re.compile(rf"^[A-Z][\w .'’-]{{1,40}},\s+(?:(?:{FULL_MONTH})\.? \d{{1,2}},? \d{{4}}"
                             rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:{FULL_MONTH}),? \d{{4}})\.?$")


def _is_heading_block(lines: list[str]) -> bool:
    """One heading line, or an ALL CAPS heading wrapped onto two or three lines."""
    if len(lines) == 1:
        return is_heading_line(lines[0])
    joined = " ".join(lines)
    if len(lines) > 3 or len(joined) > 160 or not joined.isupper() or joined.endswith((",", ";")):
        return False
    # a bill's section heading ends with its period: "SEC. 2. PROHIBITION ON ... AND / SERVICES."; a
    # book's chapter title over two lines ("OF THE ORIGIN AND DESIGN OF GOVERNMENT IN GENERAL, / WITH ...")
    return bool(_STATUTE_SECTION.match(joined)) or not joined.endswith((".", ":", "!", "?"))


#: A scraper's mark of a heading's level, on the heading's line: "[H2]Silence from the West".
_HEADING_MARK = re.compile(r"(?m)^\[H[1-6]\]\s*")


def title_date(title: str) -> str | None:
    """The date a title ends with ("TRANSCRIPT OF ... STATEMENTS, LONDON, 21 JUNE 1989")."""
    found = dateline(title.rsplit(",", 1)[-1].strip()) if "," in title else None
    return found[0] if found else None


def _is_title(block: list[str]) -> bool:
    """A line alone that does not end a sentence, or a heading in capitals wrapped over two or
    three lines ("JOINT SESSION OF CONGRESS PURSUANT TO ... TO" / "RECEIVE A MESSAGE ..."); no stamp
    ("May 31, 2019, 9:52 PM UTC": a copied page's date, where it gives no headline), no picture's credit."""
    line = " ".join(block)
    return (len(block) == 1 or (len(block) <= 3 and all(part.isupper() for part in block))) and len(line) <= 200 \
        and not line.endswith((".", ",", ";", ":")) and not stamp_day(line) and not CREDIT_LINE.search(line)


def gutenberg(text: str) -> tuple[str, dict[str, str]] | None:
    """A Project Gutenberg file's body (licence header and footer cut) and its header fields."""
    start = _GUTENBERG_START.search(text)
    end = _GUTENBERG_END.search(text, start.end()) if start else None
    if not start:
        return _footed_book(text)
    header = text[:start.start()]
    fields = {key.lower(): value.strip() for key, value in _GUTENBERG_FIELD.findall(header)}
    if (found := _ebook_of(header)) and "title" not in fields:
        fields["title"] = " ".join(found[0].split())
        fields.setdefault("author", " ".join(found[1].split()))
    if "release date" in fields:
        fields["release date"] = _EBOOK_NUMBER.sub("", fields["release date"])
    body = text[start.end():end.start() if end else len(text)]
    return body, fields


def _footed_book(text: str) -> tuple[str, dict[str, str]] | None:
    """An older Gutenberg file that keeps only its footer ("End of the Project Gutenberg EBook
    of Beantwortung der Frage: Was ist Aufklärung?, by Immanuel Kant"): the text before it,
    and the title and author it names."""
    footer = _OLD_FOOTER.search(text)
    if footer is None:
        return None
    fields: dict[str, str] = {}
    if found := _ebook_of(text[footer.start():]):
        fields["title"] = " ".join(found[0].split())
        fields["author"] = " ".join(found[1].split())
    return text[:footer.start()], fields


def _ebook_of(header: str) -> tuple[str, str] | None:
    """Title and author from "The Project Gutenberg EBook of TITLE, by AUTHOR" in a header.

    The title runs to the first ", by" or " by" (it may wrap onto the next line), the author
    to the end of the line after it. Only the first such line is read: when it has no "by"
    after it, no later line has one either.
    """
    opening = _EBOOK_OF.search(header)
    if opening is None:
        return None
    title_start = opening.end()
    by = _BY_AT.match(header, title_start + 1) or _BY.search(header, title_start + 1)
    if by is None:
        return None
    author = _NON_SPACE.search(header, by.end())
    if author is None:
        return header[title_start:by.start()], ""
    line_end = header.find("\n", author.start())
    return header[title_start:by.start()], header[author.start():line_end if line_end >= 0 else len(header)]


def _strip_gutenberg_front(blocks: list[list[str]], fields: dict[str, str]) -> list[list[str]]:
    """Drop the transcriber's credit, the repeated title and byline, and the "End of ..." line."""
    title = (fields.get("title") or "").lower()
    author = (fields.get("author") or "").lower()
    out = []
    for index, block in enumerate(blocks):
        joined = " ".join(block)
        low = joined.lower().strip()
        if index < 4 and (_CREDIT.match(joined) or low == title or low == f"by {author}"):
            continue
        if _GUTENBERG_TAIL.match(joined):
            continue
        out.append(block)
    return out


def _byline_and_date(blocks: list[list[str]]) -> tuple[list[str], str | None]:
    """Take the byline ("By Ann Author") and a line that is only a date from the first
    blocks under the title, removing them from `blocks`: the authors named and the date."""
    named: list[str] = []
    date: str | None = None
    index = 0
    while index < min(3, len(blocks)) and len(blocks) > 1:
        block = blocks[index]
        found = [(byline(line), dateline(line) or stamped(line)) for line in block] if len(block) <= 3 else []
        if not found or not all(by or day for by, day in found) or (named and any(by for by, _ in found)):
            index += 1
            continue
        for by, day in found:
            if by:
                named = by[0]
                date = date or (by[1][0] if by[1] else None)
            elif day:
                date = date or day[0]
        del blocks[index]
    return named, date


#: Project Gutenberg's plain-text emphasis: _italic_ (and *bold*, in some files).
_UNDERSCORED = re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,1000}?)(?<=\S)_(?![\w_])")
_STARRED = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*(?![\w*])")
#: Project Gutenberg's other mark of bold type: "=Claim, vb.= With object-noun, ...".
_EQUALLED = re.compile(r"(?<![\w=])=(?=[^\s=])([^=\n]{1,200}?)(?<=\S)=(?![\w=])")


def _emphasised(paragraph: str) -> Block:
    """A Gutenberg paragraph with its _italic_ and *bold* (or =bold=) marks read as emphasis: the text
    without the marks, and HTML with <em>/<strong> (escaped, so nothing else is markup)."""
    if "_" not in paragraph and "*" not in paragraph and "=" not in paragraph:
        return Block("paragraph", paragraph)
    import html

    plain = _EQUALLED.sub(r"\1", _STARRED.sub(r"\1", _UNDERSCORED.sub(r"\1", paragraph)))
    if plain == paragraph:
        return Block("paragraph", paragraph)
    marked = _UNDERSCORED.sub(r"<em>\1</em>", html.escape(paragraph, quote=False))
    marked = _EQUALLED.sub(r"<strong>\1</strong>", _STARRED.sub(r"<strong>\1</strong>", marked))
    return Block("paragraph", plain, f"<p>{marked}</p>")


def _kept_blocks(blocks: list[list[str]], *, book: bool) -> list[list[str]]:
    """The blocks without a page's debris lines, a scan's stray marks and (but in a book) the
    site's chrome, captions, scripts and boxes; a transcript's "Topics: ..." under E&OE is no tag list."""
    blocks = blocks if book else without_boxes(blocks)
    end = header_end(blocks)
    subjects = end + 1 if end is not None else None

    def dropped(line: str) -> bool:
        return bool(WEB_DEBRIS_LINE.match(line) or _CLOCK_LINE.match(line) or debris(line)
                    or (not book and len(line) == 1 and line not in "QAJ"))  # a scan's stray "V", not "Q"

    return [b for i, b in enumerate(blocks)
            if i == subjects or (not (len(b) == 1 and dropped(b[0])) and (book or not page_furniture(" ".join(b))))]


def _trimmed(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks without the notes, index or end mark ("-ENDS-") after the text and a
    collection's header before it; a title's date line set apart from it."""
    while blocks and (_TRAILING_NOTE.match(blocks[-1][0]) or _RECORD_INDEX.match(blocks[-1][0])
                      or (len(blocks[-1]) == 1 and END_MARK.match(blocks[-1][0]))):
        blocks.pop()
    if len(blocks) > 2 and len(blocks[0]) == 1 and _COLLECTION_HEADER.match(blocks[0][0]):
        blocks.pop(0)  # the collection's header, not the document's title
    if len(blocks) > 1 and len(blocks[0]) == 2 and _is_title(blocks[0][:1]) and dateline(blocks[0][1]):
        blocks[0:1] = [blocks[0][:1], blocks[0][1:]]  # a title with its date line under it
    return blocks


def _front_matter(text: str, path: Path) -> tuple[dict[str, str], str] | None:
    """The title, date and author of a plain-text file's YAML or TOML header, and the text
    after it; None when the file has none (a rule of dashes is no header)."""
    if not text.lstrip("\ufeff").startswith(("---", "+++")):
        return None
    try:
        data, rest = split_front_matter(text, path)
        found = metadata_fields(data, path) if isinstance(data, dict) else {}
    except InputError:
        return None
    fields = {key: found[key] for key in ("title", "date") if found.get(key)}
    if found.get("authors"):
        fields["author"] = " and ".join(a.name for a in found["authors"] if a.name)
    return (fields, rest) if fields else None


def _sections(blocks: list[list[str]], paragraphs: list[str], *, book: bool,
              examples: frozenset[str] = frozenset()) -> list[Section]:
    """The blocks as sections: a heading block heads the paragraphs after it (a book's
    `examples`, lines it sets in, head nothing); but in a book, a paragraph printed twice once."""
    sections: list[Section] = []
    heading: str | None = None
    body: list[Block] = []
    for index, (lines, para) in enumerate(zip(blocks, paragraphs)):
        underlined = len(lines) == 2 and _UNDERLINE.match(lines[1])
        next_is_body = index + 1 < len(paragraphs)
        if book and next_is_body:  # a book's italic line, and a heading over another, head nothing
            next_is_body = not ITALIC_LINE.match(lines[0]) and not _is_heading_block(blocks[index + 1])
        if (underlined or _is_heading_block(lines)) and next_is_body and not (len(lines) == 1 and lines[0] in examples):
            if heading is not None or body:
                sections.append(Section(heading, tuple(body)))
            heading, body = (lines[0] if underlined else re.sub(r"\s+", " ", " ".join(lines))), []
            heading = _UNDERSCORED.sub(r"\1", heading) if book else heading  # "_ABILITY_"
        else:
            body.append(_emphasised(para) if book else Block("paragraph", para))
    if heading is not None or body:
        sections.append(Section(heading, tuple(body)))
    return sections if book else without_repeated_paragraphs(sections)


def _headers(blocks: list[list[str]]) -> tuple[list[list[str]], str | None, str | None, OfficeHeader | None]:
    """A text's blocks (no book's) mended, without a release's or minister's transcript header;
    the release's date and URL, and the transcript header (speaker, kind, date, subjects)."""
    blocks, released, cited = release_header(join_double_spaced(blocks))
    blocks, said = ministerial_header(blocks)
    return mend_page_breaks(speaker_paragraphs(blocks)), released, cited, said


def parse(text: str, path: Path, *, allow_remote: bool = False) -> Article:
    """Parse plain text into an Article."""
    warnings: list[str] = []
    fields: dict[str, str] = {}
    book = gutenberg(text)
    examples: frozenset[str] = frozenset()
    if book is not None:
        (text, fields), examples = book, indented_examples(book[0])
    issued = None  # a government record's issue date, for a document that states no day of its own
    if book is None and is_record(text):
        text, issued = record_text(text), issue_date(text)
    front: dict[str, str] = {}  # a transcript's YAML header (Trove's): its title, date, author
    if book is None and (header := _front_matter(text, path)) is not None:
        front, text = header
    text = _HEADING_MARK.sub("", text)
    blocks = _kept_blocks([b for block in _blocks(text, indented=book is None) for b in _paragraph_lines(block)],
                          book=book is not None)
    blocks, released, cited, said = _headers(blocks) if book is None else (blocks, None, None, None)
    dated = None  # the date a book's title page gives, when it is a dated document
    if fields:
        blocks, dated = book_body(_strip_gutenberg_front(blocks, fields), fields.get("title") or "", is_heading_line,
                                  fields.get("author") or "")
    blocks = _trimmed(blocks)
    top = page_top(blocks) if book is None and not front and said is None and released is None else None
    if top is not None:  # a web page copied whole: its headline below the site's lines
        blocks = top.blocks

    credited = (byline(blocks[0][0]) or name_over_stamp(blocks)) if len(blocks) > 1 and len(blocks[0]) == 1 \
        and not fields else None
    if credited:  # "President: Franklin D. Roosevelt" above the text: its speaker, not its title
        blocks.pop(0)
    title = (fields.get("title") or front.get("title") or (said.title or said.kind if said else None)
             or (top.title if top else None))
    if title is None and blocks and _is_title(blocks[0]) and len(blocks) > 1:
        title = " ".join(" ".join(blocks.pop(0)).split())
        if released:  # the rest of a release's header may follow its title ("The White House")
            blocks, _, _ = release_header(blocks)
    if blocks and len(blocks[0]) == 1 and title and blocks[0][0].casefold() == " ".join(title.split()).casefold():
        blocks.pop(0)  # the title again, as the text's first line under a header that gave it
    if title is None:
        title, note = fallback_title(path, " ".join(blocks[0]) if blocks else "")
        warnings.append(note)

    named, date = _byline_and_date(blocks)
    if top is not None:
        named, date = named or top.names, date or top.date
    named = [capitalised(name) for name in named]  # "By ANA RUIZ" over a copied page: Ana Ruiz
    if credited and not named:
        named, date = credited[0], date or (credited[1][0] if credited[1] else None)
    if not named:  # a transcript's or release's header names them, or the title ("Remarks by ...")
        named = list(said.speakers) if said and said.speakers else [s for s in [speaker_in_title(title)] if s]
    paragraphs = [_join(b) for b in blocks]
    author = bio = None
    if found_bio := find_bio(paragraphs):
        first, last, author, bio = found_bio
        del blocks[first:last + 1], paragraphs[first:last + 1]
    author = author or fields.get("author") or front.get("author") or (" and ".join(named) if named else None) or (
        wire_of_dateline(paragraphs[0]) if paragraphs and book is None else None)  # "HELSINKI (AP) - ..."
    if author is None:
        warnings.append("no author found")

    sections = _sections(blocks, paragraphs, book=book is not None, examples=examples)

    authors: tuple[Author, ...] = (Author(author or "", bio),) if author or bio else ()  # a bio is kept unnamed
    if author and author == fields.get("author") and len(people := credited_names(author) or []) > 1:
        named = people  # a book "by Annie Fellows-Johnston and Albion Fellows Bacon"
        author = " and ".join(named)
    if named and len(named) > 1 and author == " and ".join(named):
        authors = (Author(named[0], bio), *(Author(name) for name in named[1:]))
    if fields.get("release date") and (parsed := parse_date(fields["release date"])):
        date = dated or parsed[0]  # the work's own date, else the edition's
    date = (front.get("date") or date or issued or released or (said.date if said else None) or title_date(title)
            or date_in_file_name(path))
    language = {"english": "en", "french": "fr", "german": "de", "spanish": "es", "italian": "it"}.get(
        (fields.get("language") or "").lower()) or guess_language(
        " ".join(b.text for s in sections for b in s.blocks)) or "en"
    meta = Metadata(title=title, subtitle=said.subjects if said else None, authors=authors, date=date,
                    source=web_domain(cited), url=cited, language=language,
                    reader="gutenberg text" if book is not None else "text", warnings=tuple(warnings))
    return Article(metadata=meta, sections=tuple(sections))

