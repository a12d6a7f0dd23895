"""Markdown reader: front matter (YAML or TOML) for metadata, headings as sections.

The body is rendered with the `markdown` package (tables, footnotes, fenced code,
smart punctuation); raw HTML is kept here and sanitized by the renderer.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..dates import parse_date
from ..errors import InputError
from ..lexicon import ABOUT_THE_AUTHOR
from ..model import Article, Author, Metadata, Section
from .fields import FILENAME_DATE, metadata_fields
from .filetitle import title_from_filename
from .frontmatter import split_front_matter
from .htmlblocks import html_to_sections
from .htmlrun import close_open_blocks
from .language import guess_language
from .shortcodes import interpret
from .text import title_date

_EXTENSIONS = ["extra", "smarty", "sane_lists"]
_ABOUT_AUTHOR = re.compile(rf"^{ABOUT_THE_AUTHOR}$", re.I)

#: Deeper nesting is flattened to these (the words stay): the markdown package recurses
#: once per level (a few thousand levels overflow the stack) and re-reads the text at each
#: (minutes for a 3,000-line list). Real documents nest a handful of levels.
MAX_INDENT = 100  # columns of leading white space, about 25 levels of lists
MAX_QUOTES = 20  # levels of "> " quotes
_INDENT = re.compile(r" *")
_QUOTES = re.compile(r"(?: *>)+")


def flatten_line(line: str) -> str:
    """A line with its leading quote markers cut to MAX_QUOTES and its indentation to MAX_INDENT."""
    quotes = _QUOTES.match(line)
    if quotes and quotes.group().count(">") > MAX_QUOTES:
        line = ">" * MAX_QUOTES + " " + line[quotes.end():]
    indent = len(_INDENT.match(line).group())  # type: ignore[union-attr]  # " *" always matches
    return " " * MAX_INDENT + line[indent:] if indent > MAX_INDENT else line


_HIDDEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz?"
_TAG_START = re.compile(r"<(/?)([A-Za-z?])")


def _stand_ins(text: str) -> dict[str, str] | None:
    """A private-use character for each ASCII letter and "?", none of them in `text` (None if
    too few are left)."""
    used = set(text)
    free = [c for c in map(chr, range(0xE000, 0xF900)) if c not in used][:len(_HIDDEN)]
    return dict(zip(_HIDDEN, free)) if len(free) == len(_HIDDEN) else None


def hide_unclosed_tags(text: str, stand_ins: dict[str, str]) -> str:
    """`text` with the letter (or "?") after each "<" or "</" past its last ">" replaced by
    its stand-in.

    No tag or processing instruction can start there (each needs a ">" after it), and the
    markdown package's HTML scan gives those "<" back as text: but it finds that out by
    reading on to the end of the document from each of them (`html.parser`'s start-tag
    pattern, its search for an end tag's ">" or a "?>"), which is quadratic in the number
    of "<". With a stand-in after it, a "<" is text at once, in the same way (issue 21).
    `show_unclosed_tags` puts them back before any Markdown is read."""
    last = text.rfind(">") + 1
    tail = _TAG_START.sub(lambda m: f"<{m.group(1)}{stand_ins[m.group(2)]}", text[last:])
    return text[:last] + tail


def show_unclosed_tags(value, table: dict[int, str]):
    """`value` (text, or an element of the HTML stash) with the hidden characters back."""
    if isinstance(value, str):
        return value.translate(table)
    for element in value.iter():  # a `markdown="1"` block, kept as an element tree
        element.text = element.text and element.text.translate(table)
        element.tail = element.tail and element.tail.translate(table)
    return value


class LinkText:
    """The text of a link or image, `[text]`, found the way the markdown package's link
    processors find it (`getText`: to the "]" that closes the "[", counting nested
    brackets), in linear time over a paragraph.

    The package counts from each "[" afresh, on to the end of the paragraph when the "["
    is never closed: quadratic in the number of unclosed "[" (a 16 KB paragraph of them
    took 45 s). One scan here settles every "[" it passes, for as long as the paragraph's
    text is the same string. The text of an unclosed "[" is not given (the callers drop it)."""

    _BRACKET = re.compile(r"[\[\]]")

    def __init__(self) -> None:
        self.data: str | None = None
        self.closes: dict[int, int] = {}  # position after a "[" -> position of its "]", or -1

    def get_text(self, data: str, index: int) -> tuple[str, int, bool]:
        """(text, position after the "]", whether the "[" before `index` is closed)."""
        if data is not self.data:
            self.data, self.closes = data, {}
        if index not in self.closes:
            self._scan(data, index)
        close = self.closes[index]
        if close < 0:
            return "", len(data), False
        return data[index:close], close + 1, True

    def _scan(self, data: str, index: int) -> None:
        opened = [index]
        for bracket in self._BRACKET.finditer(data, index):
            if bracket.group() == "[":
                opened.append(bracket.end())
                continue
            self.closes[opened.pop()] = bracket.start()
            if not opened:
                return
        self.closes.update(dict.fromkeys(opened, -1))


@functools.cache
def _extensions() -> list:
    """The markdown extensions, and one that flattens deep nesting once fenced code and raw
    HTML are set aside and tabs expanded (fenced code keeps its indentation; an indented
    code block loses only what lies past MAX_INDENT columns), and that keeps the raw HTML
    scan (`hide_unclosed_tags`) and the search for a link's text (`LinkText`) linear."""
    from markdown.extensions import Extension
    from markdown.preprocessors import Preprocessor

    class FlattenDeepNesting(Preprocessor):
        def run(self, lines: list[str]) -> list[str]:
            return [flatten_line(line) for line in lines]

    class HideUnclosedTags(Preprocessor):
        """Runs just before the raw HTML scan ("html_block"), after fenced code is set aside."""

        def __init__(self, md, state: dict) -> None:
            super().__init__(md)
            self.state = state

        def run(self, lines: list[str]) -> list[str]:
            text = "\n".join(lines)
            if not _TAG_START.search(text, text.rfind(">") + 1) or not (stand_ins := _stand_ins(text)):
                return lines
            self.state["table"] = {ord(c): hidden for hidden, c in stand_ins.items()}
            self.state["stashed"] = len(self.md.htmlStash.rawHtmlBlocks)
            return hide_unclosed_tags(text, stand_ins).split("\n")

    class ShowUnclosedTags(Preprocessor):
        """Runs just after the raw HTML scan: the hidden characters back in the text and the stash."""

        def __init__(self, md, state: dict) -> None:
            super().__init__(md)
            self.state = state

        def run(self, lines: list[str]) -> list[str]:
            table = self.state.pop("table", None)
            if not table:
                return lines
            stash = self.md.htmlStash.rawHtmlBlocks
            for index in range(self.state.pop("stashed"), len(stash)):
                stash[index] = show_unclosed_tags(stash[index], table)
            return [line.translate(table) for line in lines]

    class CloseOpenBlocks(Preprocessor):
        def run(self, lines: list[str]) -> list[str]:
            return close_open_blocks(lines)

    class Flatten(Extension):
        def extendMarkdown(self, md) -> None:  # noqa: N802 (the markdown API)
            state: dict = {}
            md.preprocessors.register(HideUnclosedTags(md, state), "hide_unclosed_tags", 22)
            md.preprocessors.register(CloseOpenBlocks(md), "close_open_blocks", 21)
            md.preprocessors.register(ShowUnclosedTags(md, state), "show_unclosed_tags", 19)
            md.preprocessors.register(FlattenDeepNesting(md), "flatten_deep_nesting", 5)
            link_text = LinkText()
            for processor in md.inlinePatterns:
                if hasattr(processor, "getText"):  # links, images and references
                    processor.getText = link_text.get_text

    return [*_EXTENSIONS, Flatten()]


def render_markdown(body: str) -> str:
    """Markdown to HTML with the extensions briefings need; a footnote's back-link arrow
    (↩, a link to the page it came from) is left out: on paper it leads nowhere."""
    import markdown

    html = _BACKLINK.sub("", markdown.markdown(_hard_breaks(body), extensions=_extensions(), output_format="html"))
    return _GERSHAYIM.sub("\u05f4", _GERESH.sub("\u05f3", html)) if _HEBREW_LETTER.search(html) else html


#: CommonMark's hard line break, a backslash that ends a line ("**From:** Mara Bos \\"), which the
#: Markdown library reads as a backslash: written as its two trailing spaces instead.
_BACKSLASH_BREAK = re.compile(r"(?<!\\)\\\n(?=[^\n])")
_FENCE = re.compile(r"^(?:```|~~~).*?^(?:```|~~~)[ \t]*$", re.M | re.S)


def _hard_breaks(body: str) -> str:
    """The body with each backslash that ends a line (outside fenced code) made a hard break."""
    if "\\\n" not in body:
        return body
    out, at = [], 0
    for fence in _FENCE.finditer(body):
        out += [_BACKSLASH_BREAK.sub("  \n", body[at:fence.start()]), fence.group()]
        at = fence.end()
    return "".join(out + [_BACKSLASH_BREAK.sub("  \n", body[at:])])


_BACKLINK = re.compile(r"(?:&#160;|\u00a0)?<a class=\"footnote-backref\"[^>]*>.*?</a>", re.S)
#: Smart quotes set inside a Hebrew word are its geresh and gershayim ("ג'וקר", "ד\"ר"),
#: not quotation marks: printed as the Hebrew marks, ׳ and ״.
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
_GERESH = re.compile("(?<=[\u05d0-\u05ea])(?:&rsquo;|&lsquo;|['’‘])(?=[\u05d0-\u05ea])")
_GERSHAYIM = re.compile("(?<=[\u05d0-\u05ea])(?:&rdquo;|&ldquo;|&quot;|[\"”“])(?=[\u05d0-\u05ea])")


def _date_from_filename(path: Path) -> str | None:
    """A Jekyll post's date, from its file name (`2020-05-15-title.md`); an impossible one is refused."""
    match = FILENAME_DATE.match(path.name)
    if match is None:
        return None
    if parse_date(match.group(1)) is None:
        raise InputError(f"the file name starts with an impossible date, {match.group(1)}; "
                         "rename the file or give a date in its front matter", path)
    return match.group(1)


#: A heading that is only an identifier, as a generator writes its record's hash: not a heading.
_ID_HEADING = re.compile(r"^(?:[0-9a-f]{16,64}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$", re.I)


def _top_heading(sections: list) -> str | None:
    """The heading a document opens with when it is its title: nothing above it, and every
    other heading a level below it (a chapter written "## 11 Recommendations", its parts
    "### 1. ...")."""
    if not sections or not sections[0].heading or len(sections) < 2:
        return None
    if all(section.level > sections[0].level for section in sections[1:] if section.heading):
        return sections[0].heading
    return None


_FROM_LABEL = re.compile(r"^(?:from|authors?|by)\s*:?$", re.I)
_ITEM = re.compile(r"<li\b[^>]*>(.*?)</li>", re.S)
_LEAD_NAME = re.compile(r"^\s*(?:<(?:strong|b)>([^<]+)</(?:strong|b)>|([^<]+?)\s*<br\s*/?>)")
#: GitHub's alert in a quote, "> [!IMPORTANT]": its kind as a bold label, never the brackets
_GITHUB_ALERT = re.compile(r"^([ \t]*>[ \t]*)\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*", re.M | re.I)
#: kramdown's table-of-contents placeholder: a one-item list marked {:toc}
#: A line that is only a block's attribute list (Hugo's Goldmark "{.mt-3}", kramdown's "{: .note}"):
#: blanked, so the list after it is a list and not text of the paragraph before.
_ATTRIBUTE_LINE = re.compile(r"^[ \t]*\{[:.#][\w .#:=\"'-]*\}[ \t]*$", re.M)
_KRAMDOWN_TOC = re.compile(r"^[ \t]*(?:[*+-]|1\.)[ \t]+[^\n]*\n[ \t]*\{:\s*toc\s*\}[ \t]*$", re.M)


def _listed_names(block) -> list[str]:
    """The names a list of people gives, one an item, each set first in bold or before a line
    break ("**Sylvia M. Burwell**<br />Director"); empty unless every item gives one."""
    from .byline import credited_names

    items = _ITEM.findall(block.html or "") if block.kind == "list" else []
    names = []
    for item in items:
        lead = _LEAD_NAME.match(item)
        found = credited_names((lead.group(1) or lead.group(2)).strip()) if lead else None
        if not found or len(found) != 1:
            return []
        names.append(found[0])
    return names


def _byline_in_body(sections: list, authors: tuple) -> tuple[list, tuple]:
    """An "Author: ..." or "By ..." line among the first two blocks of the body, when the front
    matter names no author: the authors it names (a role in brackets left out), and the body
    without it."""
    from .byline import byline

    first = sections[0]
    for index, block in enumerate(first.blocks[:2]):
        if block.kind != "paragraph":
            continue
        following = first.blocks[index + 1] if index + 1 < len(first.blocks) else None
        if _FROM_LABEL.match(block.text) and following is not None and (names := _listed_names(following)):
            return sections, tuple(Author(n) for n in names)  # a memo's "From:" list stays as printed
        found = byline(block.text)
        if found:
            names, _ = found
            rest = first.blocks[:index] + first.blocks[index + 1:]
            return [Section(first.heading, rest, first.level), *sections[1:]], tuple(Author(n) for n in names)
    return sections, authors


_CREDIT_DASH = re.compile(r"^(?P<who>[^—–|]{2,60}?)\s+[—–|]\s+(?P<when>[^—–|]{6,40})$")


def _dateline_in_body(sections: list) -> tuple[list, str | None]:
    """The date of a line among the first two blocks that is a date ("12 September 2008"),
    or a speaker and a date ("Mr. DORGAN — 12 September 2008"): a date line alone leaves the
    body, the speaker's stays (a name that is no author's)."""
    from .byline import dateline

    first = sections[0]
    for index, block in enumerate(first.blocks[:2]):
        if block.kind not in ("paragraph", "code"):
            continue
        text = " ".join(block.text.split())
        if found := dateline(text):
            rest = first.blocks[:index] + first.blocks[index + 1:]
            return [Section(first.heading, rest, first.level), *sections[1:]], found[0]
        credit = _CREDIT_DASH.match(text)
        if credit and len(credit.group("who").split()) <= 4 and (found := dateline(credit.group("when"))):
            return sections, found[0]
    return sections, None


def _blank_no_break_lines(body: str) -> str:
    """A line of no-break spaces made blank: it parts paragraphs, as a blank one does (Markdown
    counts only spaces and tabs as blank)."""
    if "\u00a0" not in body:
        return body
    return "\n".join("" if not line.strip() else line for line in body.split("\n"))


def parse(text: str, path: Path, *, allow_remote: bool = False) -> Article:
    """Parse a Markdown document into an Article."""
    data, body = split_front_matter(text, path)
    body = _GITHUB_ALERT.sub(lambda m: f"{m.group(1)}**{m.group(2).title()}:** ", _KRAMDOWN_TOC.sub("", body))
    body = _ATTRIBUTE_LINE.sub("", body)
    body = _blank_no_break_lines(body)
    found = metadata_fields(data, path)
    warnings: list[str] = []
    params = data if isinstance(data, dict) else None  # what Hugo's {{% param name %}} prints
    sections, h1s = html_to_sections(render_markdown(interpret(body, params)))  # shortcodes read, never raw
    sections = [Section(None, s.blocks, s.level) if s.heading and _ID_HEADING.match(s.heading) else s
                for s in sections]

    title = found.get("title") or (h1s[0].text if h1s else None)
    if not title and (top := _top_heading(sections)):
        title, sections = top, [Section(None, sections[0].blocks, sections[0].level), *sections[1:]]
    if not title:
        title = title_from_filename(path)
        warnings.append("no title found; the title is taken from the file name (--title gives one)")

    authors = found.get("authors", ())
    if not any(a.name for a in authors) and sections:
        sections, authors = _byline_in_body(sections, authors)
    bio = found.get("bio")
    if sections and sections[-1].heading and _ABOUT_AUTHOR.match(sections[-1].heading):
        about = sections.pop()
        bio = bio or " ".join(b.text for b in about.blocks)
    if bio and authors and not authors[0].bio:
        authors = (Author(authors[0].name, bio, authors[0].url), *authors[1:])
    elif bio and not authors:
        from .bio import find_bio

        found_bio = find_bio([bio])
        name = found_bio[2] if found_bio else None
        authors = (Author(name or "", bio),)
    if not any(a.name for a in authors):
        warnings.append("no author found")

    date = found.get("date")
    if date is None and sections:
        sections, date = _dateline_in_body(sections)
    if date is None:
        date = _date_from_filename(path)
    if date is None and title:  # a speech headed "Franklin Delano Roosevelt Washington, DC, 8 December 1941"
        date = title_date(title)

    meta = Metadata(
        title=title,
        subtitle=found.get("subtitle"),
        authors=authors,
        date=date,
        source=found.get("source"),  # a file name is no source
        url=found.get("url"),
        language=found.get("language") or guess_language(" ".join(b.text for s in sections for b in s.blocks)) or "en",
        description=found.get("description"),
        keywords=found.get("keywords", ()),
        reader="markdown",
        warnings=tuple(warnings),
    )
    return Article(metadata=meta, sections=tuple(sections),
                   key_points=found.get("key_points", ()), timeline=found.get("timeline", ()))
