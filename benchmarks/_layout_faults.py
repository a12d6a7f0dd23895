"""Page-quality fault checks for `benchmarks/layout_check.py` (issue 16), run on a laid-out
WeasyPrint `Document` (pages and boxes, as tests/test_layout.py reads them).

`survey(document)` walks every page once into `Page` records (text boxes with their line,
classes, tags and clip; the `.box` fragments; the images); each check is a small function
`check(pages) -> list[Fault]`. Positions and sizes are CSS px on the page (96 per inch).
`selftest()` lays out small HTML pages, each made to show one fault, and says which fire.
"""

from __future__ import annotations

import statistics
import sys
from dataclasses import dataclass, field

SLACK = 1.0  # CSS px of rounding allowed at the paper's edge and between text boxes
FILL = 0.60  # a page (not the last) whose content ends above this share of its content area is underfilled
MIN_LAST_LINES = 4  # a last page with fewer lines of text (in a document of 2+ pages) is short
MEASURE = (60, 75)  # median characters per full body line, book and report typography
# Columns set shorter lines on purpose: 40-55 characters (Bringhurst, The Elements of
# Typographic Style 2.1.2, gives 40-50 for multi-column work; a newsletter column on Letter
# sets 51). Chinese, Japanese and Korean count full-width characters: the W3C's Chinese
# layout requirements (clreq) put a book's line at 17-40 characters and at most 48 set
# horizontally, and at least 10 in a column.
MEASURE_COLUMNS = (40, 55)
MEASURE_CJK = (17, 48)
MEASURE_CJK_COLUMNS = (10, 30)
SHORT_LINE = 0.45  # a paragraph's line (not its last, nor one ending at a <br>) set under this share of its widest
MIN_MEASURED_LINES = 5  # fewer full body lines than this: no verdict on the measure
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

KINDS = ("off-page", "overlap", "underfilled", "short-last", "split-box", "stranded-heading", "notdef",
         "measure", "hyphen-break", "short-line")


@dataclass
class Fault:
    kind: str
    page: int | None  # 1-based; None for a fault of the whole document (the measure)
    detail: str
    rect: tuple[float, float, float, float] | None = None  # x, y, width, height on the page, CSS px

    def as_dict(self) -> dict:
        return {"kind": self.kind, "page": self.page, "detail": self.detail,
                "rect": None if self.rect is None else [round(v, 1) for v in self.rect]}


@dataclass
class Text:
    """One text box: its text, its printed rectangle (its line's height; cut by the nearest box
    that clips it), where it sits (margin box or page content) and what it is part of."""

    text: str
    x: float
    y: float
    w: float
    h: float
    line: int  # id() of its line box: text boxes on one line share it
    margin: bool  # in a page-margin box (running head, page number)
    classes: frozenset
    tags: frozenset
    paragraph: object | None  # the `main .block.paragraph` element it belongs to, if any
    missing: str  # the characters Pango found no glyph for


@dataclass
class Page:
    number: int
    width: float
    height: float
    top: float  # the content area, CSS px from the paper's top
    content_height: float
    texts: list[Text] = field(default_factory=list)
    boxes: dict = field(default_factory=dict)  # id(.box element) -> (name, y, border height)
    images: list[tuple[float, float]] = field(default_factory=list)  # (top, bottom) of replaced boxes
    columns: bool = False  # the body (`main`) is set in two or more columns on this page
    forced: set = field(default_factory=set)  # id() of the line boxes that end at a <br>

    def content(self) -> list[Text]:
        return [t for t in self.texts if not t.margin]


# ------------------------------------------------------------------------------ the survey


def _missing_glyphs(box) -> str:
    """The characters of a text box that Pango set as .notdef (no font has them): the glyph ids
    with PANGO_GLYPH_UNKNOWN_FLAG, which WeasyPrint's drawing turns into the warning
    ".notdef glyph rendered", plus glyph 0 (a font's own .notdef)."""
    layout = getattr(box, "pango_layout", None)
    if layout is None:
        return ""
    layout.reactivate(box.style)  # WeasyPrint frees each line's Pango layout after laying it out
    try:
        return _unknown_glyphs(layout.get_first_line()[0])
    finally:
        layout.deactivate()


def _unknown_glyphs(first_line) -> str:
    from weasyprint.text.ffi import pango

    found = []
    run = first_line.runs[0] if first_line.runs else None
    while run:
        glyph_item = run.data
        run = run.next
        glyphs = glyph_item.glyphs
        for info in glyphs.glyphs[0:glyphs.num_glyphs]:
            glyph = info.glyph
            if glyph == pango.PANGO_GLYPH_EMPTY:
                continue
            if glyph & pango.PANGO_GLYPH_UNKNOWN_FLAG:
                found.append(chr(glyph - pango.PANGO_GLYPH_UNKNOWN_FLAG))
            elif glyph == 0:
                found.append("?")
    return "".join(found)


def _walk(box, page: Page, classes: frozenset, tags: frozenset, line, clip, margin: bool, paragraph):
    from weasyprint.formatting_structure.boxes import LineBox, ParentBox, ReplacedBox, TextBox

    element = getattr(box, "element", None)
    tag, _, pseudo = (getattr(box, "element_tag", None) or "").partition("::")
    if pseudo:  # generated text (a list marker, a paragraph number) is not the paragraph's measure
        paragraph = None
    elif element is not None and tag:
        own = frozenset((element.get("class") or "").split())
        classes, tags = classes | own, tags | {tag}
        if "block" in own and "paragraph" in own and "main" in tags:
            paragraph = element
        if tag == "main" and isinstance(box.style["column_count"], int) and box.style["column_count"] > 1:
            page.columns = True
        if "box" in own and id(element) not in page.boxes and not isinstance(box, (TextBox, LineBox)):
            name = next((c for c in ("key-points", "timeline", "bio") if c in own), "box")
            page.boxes[id(element)] = (name, box.border_box_y(), box.border_height(), element)
    if tag == "br" and line is not None:
        page.forced.add(id(line))
    if isinstance(box, TextBox):
        if box.text.strip() and box.style["visibility"] == "visible":
            holder = line or box
            x, y, w, h = box.position_x, holder.position_y, box.width, holder.height
            if clip is not None:  # what the clip hides is not printed
                cx, cy = clip.border_box_x(), clip.border_box_y()
                right, bottom = min(x + w, cx + clip.border_width()), min(y + h, cy + clip.border_height())
                x, y = max(x, cx), max(y, cy)
                w, h = max(0.0, right - x), max(0.0, bottom - y)
            page.texts.append(Text(box.text, x, y, w, h, id(holder), margin, classes, tags, paragraph,
                                   _missing_glyphs(box)))
    elif isinstance(box, ReplacedBox):
        page.images.append((box.border_box_y(), box.border_box_y() + box.border_height()))
    elif hasattr(box, "_box"):  # the placeholder of an absolutely positioned box
        _walk(box._box, page, classes, tags, line, clip, margin, paragraph)
    elif isinstance(box, ParentBox):
        line = box if isinstance(box, LineBox) else line
        clip = box if box.style["overflow"] != "visible" else clip
        for child in box.children:
            _walk(child, page, classes, tags, line, clip, margin, paragraph)


def survey(document) -> list[Page]:
    """Every page of a laid-out WeasyPrint document as a `Page`: its text boxes in document
    order, the fragments of its `.box` elements and its images."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))
    pages = []
    for number, page in enumerate(document.pages, start=1):
        page_box = page._page_box
        record = Page(number, page.width, page.height, page_box.content_box_y(), page_box.height)
        for child in page_box.children:
            margin = getattr(child, "at_keyword", None) is not None
            _walk(child, record, frozenset(), frozenset(), None, None, margin, None)
        pages.append(record)
    return pages


def _rect(t: Text) -> tuple[float, float, float, float]:
    return (t.x, t.y, t.w, t.h)


# ------------------------------------------------------------------------------ the checks


def off_page(pages: list[Page]) -> list[Fault]:
    """Text off the paper: text boxes (in the page content or its margin boxes, cut by any box
    that clips them) reaching more than 1 px past an edge of the paper. One fault per page, the
    detail says how many boxes and shows the first."""
    faults = []
    for page in pages:
        out = [t for t in page.texts if t.w > 0 and t.h > 0 and (
            t.x < -SLACK or t.y < -SLACK or t.x + t.w > page.width + SLACK or t.y + t.h > page.height + SLACK)]
        if out:
            t = out[0]
            faults.append(Fault("off-page", page.number, f"{len(out)} text boxes, e.g. {t.text[:40]!r} at "
                                f"x={t.x:.0f}..{t.x + t.w:.0f} of {page.width:.0f}", _rect(t)))
    return faults


def overlapping_text(pages: list[Page]) -> list[Fault]:
    """Text printed over text: pairs of text boxes whose printed rectangles (the box's width by
    its line's height) intersect by more than 1 px both ways. Text boxes are leaves, so no box
    here holds another; boxes of one line that touch end to end do not count. One fault per
    page, with the number of pairs and the first."""
    faults = []
    for page in pages:
        texts = sorted((t for t in page.texts if t.w > 0 and t.h > 0), key=lambda t: t.y)
        pairs, first = 0, None
        active: list[Text] = []
        for t in texts:
            active = [a for a in active if a.y + a.h > t.y + SLACK]
            for a in active:
                if (a.x + SLACK < t.x + t.w and t.x + SLACK < a.x + a.w
                        and a.y + SLACK < t.y + t.h and t.y + SLACK < a.y + a.h):
                    pairs += 1
                    first = first or (a, t)
            active.append(t)
        if pairs:
            a, b = first
            faults.append(Fault("overlap", page.number, f"{pairs} pairs, e.g. {a.text[:25]!r} over {b.text[:25]!r}",
                                (min(a.x, b.x), min(a.y, b.y), max(a.x + a.w, b.x + b.w) - min(a.x, b.x),
                                 max(a.y + a.h, b.y + b.h) - min(a.y, b.y))))
    return faults


def _content_bottom(page: Page) -> float | None:
    bottoms = [t.y + t.h for t in page.content()] + [bottom for _, bottom in page.images]
    return max(bottoms) if bottoms else None


def underfilled_pages(pages: list[Page], threshold: float = FILL) -> list[Fault]:
    """Pages left part empty: on every page but the last, the lowest text line or image of the
    page content (margin boxes left out) ends above `threshold` of the page's content area
    (measured from the content area's top). An empty page counts as 0%."""
    faults = []
    for page in pages[:-1]:
        bottom = _content_bottom(page)
        fill = 0.0 if bottom is None else (bottom - page.top) / page.content_height
        if fill < threshold:
            y = page.top if bottom is None else bottom
            faults.append(Fault("underfilled", page.number, f"content ends at {fill:.0%} of the page",
                                (0, y, page.width, page.top + page.content_height - y)))
    return faults


def short_last_page(pages: list[Page], minimum: int = MIN_LAST_LINES) -> list[Fault]:
    """A last page with fewer than `minimum` lines of text in its content (distinct line boxes
    holding text; running heads and page numbers left out), or with nothing but the author
    box, in a document of two pages or more."""
    if len(pages) < 2:
        return []
    last = pages[-1]
    texts = last.content()
    lines = {t.line for t in texts}
    bio_alone = bool(texts) and all("bio" in t.classes for t in texts)
    if len(lines) >= minimum and not bio_alone:
        return []
    rect = None
    if texts:
        top = min(t.y for t in texts)
        rect = (0, top, last.width, max(t.y + t.h for t in texts) - top)
    return [Fault("short-last", last.number, ("the author box alone, " if bio_alone else "") + f"{len(lines)} lines: "
                  + " / ".join(dict.fromkeys(t.text[:20] for t in texts[:3])), rect)]


def split_boxes(pages: list[Page]) -> list[Fault]:
    """Boxes split for no reason: a `.box` element (key points, timeline, bio) with fragments
    on two or more pages whose heights add up to no more than the tallest content area among
    those pages, so that it would have fitted whole on one page."""
    seen: dict[int, list[tuple[Page, str, float, float]]] = {}
    for page in pages:
        for key, (name, y, height, _) in page.boxes.items():
            seen.setdefault(key, []).append((page, name, y, height))
    faults = []
    for parts in seen.values():
        if len(parts) < 2:
            continue
        total = sum(height for _, _, _, height in parts)
        room = max(page.content_height for page, _, _, _ in parts)
        if total <= room:
            page, name, y, height = parts[0]
            faults.append(Fault("split-box", page.number, f".box {name}, {total:.0f} px in {len(parts)} parts "
                                f"(pages {parts[0][0].number}-{parts[-1][0].number}), page room {room:.0f} px",
                                (0, y, page.width, height)))
    return faults


def stranded_headings(pages: list[Page]) -> list[Fault]:
    """Headings left at the foot of a page: on every page but the last, the last text of the
    page content in document order (the end of the last column) belongs to an h1-h6 element
    (a section heading or a box title), so what it heads starts on the next page; not when an
    image on the page ends below it."""
    faults = []
    for page in pages[:-1]:
        texts = page.content()
        if texts and texts[-1].tags & HEADINGS:
            last = texts[-1]
            if any(bottom > last.y + last.h + SLACK for _, bottom in page.images):
                continue  # a figure follows it on the page
            heading = [t for t in texts if t.tags & HEADINGS and abs(t.y - last.y) < 200]
            faults.append(Fault("stranded-heading", page.number, f"{last.text[:50]!r}", _rect(heading[-1])))
    return faults




def hyphen_breaks(pages: list[Page]) -> list[Fault]:
    """Words hyphenated across a page break: on every page but the last, the last line of the
    body's paragraphs in document order (the end of the last column) ends in a hyphen that
    WeasyPrint added, and the paragraph goes on on the next page."""
    faults = []
    for page, following in zip(pages, pages[1:]):
        body = [t for t in page.content() if t.paragraph is not None]
        if not body:
            continue
        last = body[-1]
        goes_on = any(t.paragraph is last.paragraph for t in following.content())
        if goes_on and last.text.endswith("\u2010"):
            faults.append(Fault("hyphen-break", page.number, f"{last.text[-30:]!r}", _rect(last)))
    return faults


def short_lines(pages: list[Page], share: float = SHORT_LINE) -> list[Fault]:
    """A body paragraph's line set far short of the paragraph's widest on the page (under
    `share` of it) although another line of the paragraph follows on the page and no <br> ends
    it: a line broken too early ("Barton" alone above "and Lang both resigned ...")."""
    faults = []
    for page in pages:
        lines: dict[int, list[Text]] = {}
        for t in page.content():
            if t.paragraph is not None:
                lines.setdefault(t.line, []).append(t)
        by_paragraph: dict[int, list[list[Text]]] = {}
        for texts in lines.values():
            by_paragraph.setdefault(id(texts[0].paragraph), []).append(texts)
        for rows in by_paragraph.values():
            width = [max(t.x + t.w for t in row) - min(t.x for t in row) for row in rows]
            for row, wide in zip(rows[:-1], width[:-1]):
                if wide < share * max(width) and row[0].line not in page.forced:
                    text = "".join(t.text for t in row)
                    faults.append(Fault("short-line", page.number, f"{text[:40]!r}", _rect(row[0])))
    return faults


def notdef_glyphs(pages: list[Page]) -> list[Fault]:
    """Missing glyphs: characters Pango could set in no installed font, printed as the .notdef
    box (tofu); read from the glyph ids of each text box's laid-out line (the ones WeasyPrint
    warns about when it draws). One fault per page, with the characters."""
    faults = []
    for page in pages:
        texts = [t for t in page.texts if t.missing]
        if texts:
            chars = "".join(dict.fromkeys("".join(t.missing for t in texts)))
            codes = " ".join(f"U+{ord(c):04X}" for c in chars[:8])
            faults.append(Fault("notdef", page.number, f"{len(texts)} text boxes: {codes}", _rect(texts[0])))
    return faults


def _is_cjk(char: str) -> bool:
    """A Chinese, Japanese or Korean full-width character (ideographs, kana, hangul, CJK
    punctuation and full-width forms)."""
    code = ord(char)
    return (0x3000 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x2FFFF)


def measure_bounds(cjk: bool, columns: bool) -> tuple[int, int]:
    """The measure a body should keep: MEASURE for one column of Latin, Greek, Cyrillic,
    Arabic or Hebrew text, and the ranges above for columns and for CJK text."""
    if cjk:
        return MEASURE_CJK_COLUMNS if columns else MEASURE_CJK
    return MEASURE_COLUMNS if columns else MEASURE


def measured(pages: list[Page]) -> tuple[float, int, bool, bool] | None:
    """The document's measure as `body_measure` reads it: (median characters a line, full
    lines counted, CJK, columns), or None with fewer than 5 full lines."""
    found: list[tuple[float, int, bool, bool]] = []
    body_measure(pages, found=found)
    return found[0] if found else None


def body_measure(pages: list[Page], bounds: tuple[int, int] | None = None,
                 found: list | None = None) -> list[Fault]:
    """Body line length: the median number of characters on a full line of the body's
    paragraphs (`main .block.paragraph`; generated text such as paragraph numbers left out, soft
    hyphens not counted) over the whole document, outside `bounds` (by default `measure_bounds`
    for the document: CJK when most full lines are mostly CJK characters, counting the others
    as half a character, columns when the body is set in columns). A full line is not the last
    of its paragraph and is at least 80% as wide as the document's wide lines (the 90th
    percentile), so lines ended by a forced break do not count. One fault for the document,
    none when it has fewer than 5 full lines."""
    lines: dict[int, list] = {}  # line id -> [characters, paragraph, CJK characters, left, right]
    order: list[int] = []
    for page in pages:
        for t in page.content():
            if t.paragraph is None:
                continue
            if t.line not in lines:
                lines[t.line] = [0, t.paragraph, 0, t.x, t.x + t.w]
                order.append(t.line)
            line = lines[t.line]
            text = t.text.replace("\u00ad", "")
            line[0] += len(text)
            line[2] += sum(map(_is_cjk, text))
            line[3], line[4] = min(line[3], t.x), max(line[4], t.x + t.w)
    last_of: dict[int, int] = {}
    for line_id in order:
        last_of[id(lines[line_id][1])] = line_id
    inner = [lines[line_id] for line_id in order if last_of[id(lines[line_id][1])] != line_id]
    if len(inner) < MIN_MEASURED_LINES:
        return []
    widths = sorted(line[4] - line[3] for line in inner)
    wide = widths[int(0.9 * (len(widths) - 1))]
    full = [line for line in inner if line[4] - line[3] >= 0.8 * wide]
    if len(full) < MIN_MEASURED_LINES:
        return []
    cjk = sum(2 * line[2] > line[0] for line in full) * 2 > len(full)
    if bounds is None:
        bounds = measure_bounds(cjk, any(page.columns for page in pages))
    median = statistics.median(line[2] + (line[0] - line[2]) / 2 if cjk else line[0] for line in full)
    if found is not None:
        found.append((median, len(full), cjk, any(page.columns for page in pages)))
    if bounds[0] <= median <= bounds[1]:
        return []
    return [Fault("measure", None, f"median {median:.0f} characters a line over {len(full)} lines "
                  f"(the aim is {bounds[0]}-{bounds[1]})")]


CHECKS = (off_page, overlapping_text, underfilled_pages, short_last_page, split_boxes, stranded_headings,
          notdef_glyphs, body_measure, hyphen_breaks, short_lines)


def check(document, fill: float = FILL) -> tuple[list[Page], list[Fault]]:
    """The document's pages and every fault the checks find in it."""
    pages = survey(document)
    faults: list[Fault] = []
    for fn in CHECKS:
        faults += fn(pages, fill) if fn is underfilled_pages else fn(pages)
    return pages, faults


# ------------------------------------------------------------------------------ the self-test

_PROSE = "The council approved the harbour plan after a long debate about costs and dredging. " * 6
_PAGE = "@page { size: A5; margin: 20mm }"
#: fault kind -> a small HTML page made to show it (plain WeasyPrint, no theme); "clean" shows none.
SELFTEST = {
    "off-page": f"<style>{_PAGE}</style><p style='margin-left:-60mm'>Off the paper to the left.</p>",
    "overlap": f"<style>{_PAGE}</style><p>First line of text here.</p><p style='margin-top:-1.2em'>Second "
               "paragraph printed over it.</p>",
    "underfilled": f"<style>{_PAGE}</style><p>{_PROSE}</p><p style='break-before:page'>{_PROSE}</p>",
    "short-last": f"<style>{_PAGE}</style><p style='height:168mm;margin:0'>{_PROSE}</p><p>One last line.</p>",
    "split-box": f"<style>{_PAGE}</style><p style='height:120mm'>{_PROSE}</p>"
                 f"<section class='box timeline'><h2>Timeline</h2><p>{_PROSE}</p></section>",
    "stranded-heading": f"<style>{_PAGE}</style><p>{_PROSE}</p><h2 style='break-after:page'>Heading</h2>"
                        f"<p>{_PROSE}</p>",
    "notdef": f"<style>{_PAGE}</style><p>A private-use character \U000f0001 and \U0010fffd here.</p>",
    "clean": f"<style>{_PAGE}</style><h2>Heading</h2><p>{_PROSE}</p>",
    "hyphen-break": "<style>@page { size: 80mm 28mm; margin: 4mm } p { font: 10pt/8mm serif; margin: 0; "
                    "width: 40mm; hyphens: manual }</style><main><p class='block paragraph'>"
                    "Ships at anchor wait while the harbour&shy;master signs the permits.</p></main>",
    "measure": f"<style>{_PAGE}</style><main>" + f"<p class='block paragraph'>{_PROSE}</p>" * 3 + "</main>",
    "short-line": f"<style>{_PAGE}</style><main><p class='block paragraph'>One <span style='white-space:nowrap'>"
                  "run of words that may not break and fills the whole line</span> and then the paragraph "
                  "goes on.<br>Lines that end at a break<br>are not short.</p></main>",
}


def selftest() -> dict[str, list[str]]:
    """Each SELFTEST page laid out and checked: kind -> the fault kinds that fired on it."""
    from weasyprint import HTML

    return {kind: sorted({f.kind for f in check(HTML(string=html).render())[1]})
            for kind, html in SELFTEST.items()}
