"""Paragraphs the extractor skipped between two that it kept.

The extractor judges each paragraph alone, and drops one now and then from the middle of
a story (a paragraph that is half link, one after an advertisement slot: "Carlineo's
attorney, Sonya Zoghlin, said in an email to The Associated Press ..." lost on nbcnews.com).
A paragraph of the page that sits in the same container as the kept paragraphs before and
after it, between them, belongs to the story: it is put back in its place.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ..lexicon import SUMMARY_LABEL
from .chrome import is_chrome_heading, is_chrome_line
from .htmladdresses import restore_addresses
from .htmlintroduced import restore_introduced_lists
from .htmllines import clean_copy, mend_cut_lines, text_key
from .jsonld import json_ld, ld_articles, ld_text

_MIN_WORDS = 8  # shorter lines in a gap are labels and buttons, not story
_MAX_GAP = 3  # paragraphs: a longer run skipped by the extractor was skipped for a reason
MAX_TABLES = 20  # of one shape, looked at for a table's cells (a page of thousands stays quick)
_INLINE = {"a", "b", "strong", "i", "em", "span", "code", "sub", "sup", "br", "mark", "small", "q", "abbr"}


def _key(text: str) -> str:
    return text_key(text)[:120]


def _words(element) -> int:
    return len(element.text_content().split())


def _letters(element) -> int:
    """How many characters other than white space the element's text holds."""
    return sum(len(word) for word in element.text_content().split())


def fill_gaps(page, body) -> int:
    """Put back, in `body` (the extracted article), the page's paragraphs that lie between
    two extracted ones in the same container. Returns how many were put back."""
    source = [p for p in page.iter("p") if _words(p)]
    where: dict[str, int] = {}
    for index, paragraph in enumerate(source):
        where.setdefault(_key(paragraph.text_content()), index)
    kept = [(p, where[_key(p.text_content())]) for p in body.iter("p")
            if _key(p.text_content()) and _key(p.text_content()) in where]
    present = {_key(p.text_content()) for p in body.iter() if isinstance(p.tag, str)}
    restored = 0
    for (before, i), (after, j) in zip(kept, kept[1:]):
        if not 1 < j - i <= _MAX_GAP + 1:
            continue
        parent = source[i].getparent()
        gap = source[i + 1:j]
        if source[j].getparent() is not parent or any(g.getparent() is not parent for g in gap):
            continue
        anchor = before
        for paragraph in gap:
            text = " ".join(paragraph.text_content().split())
            if _words(paragraph) < _MIN_WORDS or is_chrome_line(text) or _key(text) in present:
                continue
            if not re.search(r"[.!?…:;\"”’)]$", text) or "://" in text:
                continue  # a label, a headline or a shopping list, not a sentence of the story
            linked = sum(len(a.text_content().split()) for a in paragraph.iter("a"))
            if linked > 0.5 * len(text.split()):
                continue  # a prompt ("Learn more about ...") or a teaser
            restored_p = clean_copy(paragraph)
            anchor.addnext(restored_p)
            anchor = restored_p
            restored += 1
            _drop_fragments(restored_p, after)
    return restored + restore_told_paragraphs(page, body)


def restore_told_paragraphs(page, body) -> int:
    """Put back, in `body`, the page's paragraphs that its JSON-LD gives as the article's text
    (`articleBody`) and the extractor dropped, each after the nearest paragraph before it that
    the body holds (before the nearest after it, when it opens the story): the page says
    itself they are the story's, and the extractor weighs a paragraph that is one link as a
    link ("Taking place at Fareham Leisure Centre, ... up to 200 stalls selling bespoke
    products." and "This event is hosted by Funyard Events ..., click here." lost at
    portsmouth.co.uk, each a link to the organiser's page). Returns how many."""
    told = text_key(" ".join(text for obj in ld_articles(json_ld(page)) if (text := ld_text(obj.get("articleBody")))))
    if not told:
        return 0
    source = [p for p in page.iter("p") if _words(p) and not any(
        isinstance(d.tag, str) and d.tag in _BLOCK_INSIDE for d in p.iterdescendants())]
    held: dict = {}
    for paragraph in body.iter("p"):
        held.setdefault(_key(paragraph.text_content()), paragraph)
    shown = text_key(body.text_content())
    restored = 0
    for index, paragraph in enumerate(source):
        key = text_key(paragraph.text_content())
        if _words(paragraph) < _MIN_WORDS or key not in told:
            continue  # short, or not the story's
        copy_ = clean_copy(paragraph)
        if _words(copy_) < _MIN_WORDS or text_key(copy_.text_content()) in shown:
            continue  # printed already: a pull quote, a sentence of a paragraph, an embed's line
        before = next((held[k] for p in reversed(source[:index]) if (k := _key(p.text_content())) in held), None)
        after = next((held[k] for p in source[index + 1:] if (k := _key(p.text_content())) in held), None)
        if before is None and after is None:
            continue
        if before is not None:
            before.addnext(copy_)
        elif after is not None:
            after.addprevious(copy_)
        held[key[:120]] = copy_
        shown += key
        restored += 1
    return restored


_BLOCK_TAGS = ("p", "div", "li", "blockquote", "dd", "td")
_BLOCK_INSIDE = {"p", "div", "li", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figure"}
_CUT_AT_LEAST = 3  # words the page's paragraph holds beyond the extracted one's end


def mend_cut_paragraphs(page, body) -> int:
    """Give back its end to a paragraph the extractor cut short, and its spaces to one it ran
    together: refinery29's "The statement: "I enjoy writing out my own maxims on" stopped at
    the link that followed, and its other labels read "The statement:"Someone's ...". The
    page's paragraph-like element (no block inside) whose text begins with the extracted
    one's and goes on by a few words, or is the same but for its spaces, replaces it.
    Returns how many were mended."""
    whole: dict[str, list] = {}
    for element in page.iter(*_BLOCK_TAGS):
        if any(isinstance(d.tag, str) and d.tag in _BLOCK_INSIDE for d in element.iterdescendants()):
            continue
        key = text_key(element.text_content())
        if len(key) >= 40:
            whole.setdefault(key[:40], []).append((key, element))
    mended = 0
    for paragraph in list(body.iter("p")):
        key = text_key(paragraph.text_content())
        if len(key) < 40:
            continue
        longer = [(k, e) for k, e in whole.get(key[:40], ()) if k.startswith(key)]
        if len(longer) != 1:
            continue  # none, or several pages' elements: not sure which one it was
        source, full = longer[0][1], longer[0][0]
        if any(isinstance(d.tag, str) and d.tag == "br" for d in source.iterdescendants()):
            continue  # lines apart (a list set with breaks): the extractor's paragraphs are those lines
        rest, kept = " ".join(source.text_content().split()), " ".join(paragraph.text_content().split())
        spaced = rest != kept and rest.replace(" ", "") == kept.replace(" ", "") and rest.count(" ") > kept.count(" ")
        at_link = any(text_key(a.text_content()) and full[len(key):].startswith(
            text_key(a.text_content())) for a in source.iter("a"))
        if not spaced and (not at_link or len(rest.split()) - len(kept.split()) < _CUT_AT_LEAST
                           or is_chrome_line(rest)):
            continue  # cut at a link, where the extractor stopped: not any shorter reading of it
        copy_ = clean_copy(source)
        copy_.tag = "p"
        copy_.tail = paragraph.tail
        paragraph.getparent().replace(paragraph, copy_)
        mended += 1
    return mended + mend_cut_lines(page, body)  # a box's lines, cut at their links or missing their start


def _drop_fragments(restored, until) -> None:
    """Drop, after a paragraph put back and before `until`, the pieces the extractor made of
    it: Vulture's "<strong>question?<br></strong><em>The Six Million Dollar Man</em> and ..."
    came out in five paragraphs ("The Six Million Dollar Manand"), and the whole paragraph,
    put back, was printed beside them."""
    whole = text_key(restored.text_content())
    following = restored.getnext()
    while following is not None and following is not until:
        after = following.getnext()
        piece = text_key(following.text_content()) if isinstance(following.tag, str) else ""
        if following.tag == "p" and piece and piece in whole and not (following.tail or "").strip():
            following.getparent().remove(following)
        following = after


def _cells(table) -> list[list]:
    return [[cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
            for row in table.iter("tr")]


def _text(cell) -> str:
    return " ".join(cell.text_content().split())


def mend_tables(page, body) -> int:
    """Put back the text of table cells the extractor emptied: its filters take a cell that
    reads "twitter" for a share button (lemire.me's benchmark table lost the row name of its
    "twitter" file). Each table of the extract is matched to the page's table of the same
    shape whose cells it shares most (among the first MAX_TABLES of that shape); an empty
    cell takes its page cell's text. Returns how many cells were mended."""
    mended = 0
    by_shape: dict[tuple[int, ...], list[tuple[list[list], set[str]]]] = {}
    for source in page.iter("table"):
        cells = _cells(source)
        same = by_shape.setdefault(tuple(len(row) for row in cells), [])
        if len(same) < MAX_TABLES:
            same.append((cells, {_text(cell) for row in cells for cell in row}))
    for table in body.iter("table"):
        rows = _cells(table)
        texts = {_text(cell) for row in rows for cell in row}
        if "" not in texts or len(texts) < 2:
            continue
        texts.discard("")
        candidates = by_shape.get(tuple(len(row) for row in rows), [])
        best = max(candidates, key=lambda candidate: len(texts & candidate[1]), default=None)
        if best is None or 2 * len(texts & best[1]) < len(texts):
            continue
        for row, source_row in zip(rows, best[0]):
            for cell, source_cell in zip(row, source_row):
                if not _text(cell) and len(cell) == 0 and (text := _text(source_cell)):
                    cell.text = text
                    mended += 1
    return mended


def join_split_tables(body) -> int:
    """Join a table the page wrote as one table per row (SPIP prints its header row, then
    each data row, as a table of its own): read alone, each one-row table was taken for
    layout and its cells printed as a column of lines. A run of adjacent tables (nothing
    but white space between them) whose rows have the same number of cells is one table.
    Returns how many tables were joined into the one before them."""
    joined = 0
    for table in list(body.iter("table")):
        if table.getparent() is None:
            continue  # already joined into the one before
        width = _width(table)
        following = table.getnext()
        while (following is not None and following.tag == "table" and not (table.tail or "").strip()
               and width and _width(following) == width):
            rows = list(following.iter("tr"))
            container = table.find("tbody")
            container = table if container is None else container
            for row in rows:
                container.append(row)
            table.tail = following.tail
            following.getparent().remove(following)
            joined += 1
            following = table.getnext()
    return joined


def _width(table) -> int:
    """The number of cells in each of the table's rows, or 0 when they differ."""
    widths = {len(row) for row in _cells(table)}
    return widths.pop() if len(widths) == 1 else 0


def _kept(body) -> tuple[set[str], dict]:
    """The keys of every element the extract kept, and its paragraphs by key."""
    present = {_key(e.text_content()) for e in body.iter() if isinstance(e.tag, str)}
    return present, {_key(p.text_content()): p for p in body.iter("p") if _key(p.text_content())}


_HEADINGS = ("h2", "h3", "h4")
_ALL_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_AWAY = ("nav", "aside", "footer", "header", "form")
# A block a site styles as its subheading rather than marking one up: PolitiFact's
# <div class="pf_subheadline">Who pays the cost of a tariff?</div>
_SUBHEAD_CLASS = re.compile(r"(?:[a-z0-9]+_)?sub-?head(?:line|ing)?", re.I)


def _subheadings(page):
    """The page's h2-h4 headings (and h1s: Cooperativa sets its story's subheadings as <h1>), and its
    blocks classed as subheadings, in page order."""
    for element in page.iter("h1", *_HEADINGS, "div", "p"):
        if element.tag in ("h1", *_HEADINGS):
            yield element
        elif any(_SUBHEAD_CLASS.fullmatch(w) for w in (element.get("class") or "").split()) \
                and not any(isinstance(d.tag, str) and d.tag not in _INLINE for d in element.iterdescendants()):
            yield element


def restore_headings(page, body) -> int:
    """Put back the page's subheadings (h1-h4, or blocks classed so) the extractor dropped from inside the story:
    one whose paragraph before and paragraph after, in the same container, were both kept
    goes back before the second (obamawhitehouse.archives.gov lost all three of a post's
    headings: the extractor's fallback reading keeps no heading). Returns how many."""
    present, kept = _kept(body)
    added: list = []
    for heading in list(_subheadings(page)):
        text = " ".join(heading.text_content().split())
        if not text or _key(text) in present or len(text.split()) > 20 or is_chrome_line(text) \
                or is_chrome_heading(text):
            continue
        if any(a.tag in _AWAY for a in heading.iterancestors()):
            continue
        after, before = _next_paragraph(heading), _previous_block(heading)
        if after is None or before is None:
            continue
        target = kept.get(_key(after.text_content()))
        if target is None:
            target = _kept_within(after, kept)
        if target is None or _key(before.text_content()) not in present or target.getparent() is None:
            continue
        above = target.getprevious()
        if above is not None and isinstance(above.tag, str) and above.tag in _ALL_HEADINGS and above not in added:
            continue  # it has its heading: tofugu's "Kanae’s Review", kept without its "8.5/10"
        restored_heading = clean_copy(heading)
        restored_heading.tag = heading.tag if heading.tag in _HEADINGS else "h3"
        restored_heading.text = text
        for child in list(restored_heading):
            restored_heading.remove(child)
        target.addprevious(restored_heading)
        present.add(_key(text))
        added.append(restored_heading)
    return len(added)


def _kept_within(paragraph, kept: dict):
    """The kept paragraph the page's paragraph holds after a run-in label ("President Obama" over
    "After January 20, 2017, President Obama will use ..."), or None."""
    whole = text_key(paragraph.text_content())
    for kept_paragraph in kept.values():
        text = text_key(kept_paragraph.text_content())
        if len(text) >= 30 and whole.endswith(text) and len(whole) - len(text) <= 60:
            return kept_paragraph
    return None


def _wrapper(heading):
    """The outermost <div> or <section> around the heading that holds no other words: handball.ch sets each
    subheading in a <div class="c-headline"> of its own, between the <div>s of the paragraphs."""
    node, letters = heading, _letters(heading)
    while (parent := node.getparent()) is not None and parent.tag in ("div", "section") and _letters(parent) == letters:
        node = parent
    return node


def _edge_block(node, *, first: bool):
    """The first (or last) block with words inside a <div> the paragraphs are set in, or the node itself."""
    if node.tag != "div":
        return node
    blocks = [b for b in node.iter("p", "ul", "ol", "blockquote", "table", *_HEADINGS)
              if _words(b) and not any(a.tag in ("p", "ul", "ol", "blockquote", "table") for a in b.iterancestors()
                                      if a is not node and node in a.iterancestors())]
    if not blocks or sum(_letters(b) for b in blocks) != _letters(node):
        return node  # text outside the blocks: not a plain wrapper of paragraphs
    return blocks[0] if first else blocks[-1]


def _next_paragraph(heading):
    """The <p> with words that follows the heading among its siblings (or its wrapper's, at the start of the
    next one), nothing but white space, empty elements and other headings between."""
    node = _wrapper(heading).getnext()
    while node is not None and node.tag != "p" and (not _words(node) or node.tag in _HEADINGS):
        node = node.getnext()
    node = _edge_block(node, first=True) if node is not None else node  # healthline: <h2> then <div><p>...
    return node if node is not None and node.tag == "p" and _words(node) else None


def _previous_block(heading):
    """The block with words before the heading among its siblings (or its wrapper's, at the end of the one
    before), other headings and pictures with their captions passed over (ITmedia sets its photo in a <div>
    before a subheading), a paragraph, a list or a quotation, or None."""
    node = around = _wrapper(heading)
    node = node.getprevious()
    for _ in range(2):  # a heading that opens its section's <div>: the block before ends the <div> before
        while node is not None and (not _words(node) or node.tag in _HEADINGS or _picture(node)):
            node = node.getprevious()
        if node is not None or (around := around.getparent()) is None or around.tag not in ("div", "section"):
            break
        node = around.getprevious()
    node = _edge_block(node, first=False) if node is not None and node is not heading.getprevious() else node
    if node is None or not isinstance(node.tag, str) or node.tag not in ("p", "ul", "ol", "blockquote", "table"):
        return None
    return node


def _picture(node) -> bool:
    """A figure, or a <div> holding an image and a caption of a few words at most."""
    caption = node.text_content() if isinstance(node.tag, str) else ""
    return node.tag in ("figure", "div") and next(node.iter("img"), None) is not None \
        and len(caption.split()) <= 40 and len(caption.strip()) <= 300


_SUMMARY_BOX = re.compile(rf"^(?:{SUMMARY_LABEL})\b", re.I)


def restore_summary_boxes(page, body) -> int:
    """Put back a box in which the story sums itself up ("Auf einen Blick" and a list of three
    points, an <aside> between two of spektrum.de's paragraphs) when the extractor dropped it
    and kept the paragraphs around it: its label as a lead-in line, then its list, before the
    paragraph after it. Returns how many."""
    present, kept = _kept(body)
    restored = 0
    for box in page.iter("aside", "div", "section"):
        lists = list(box.iter("ol", "ul"))
        label = next((" ".join(e.text_content().split()) for e in box.iter()
                      if isinstance(e.tag, str) and e.text and e.text.strip()), "")
        if len(lists) != 1 or not _SUMMARY_BOX.match(label) or len(label.split()) > 6 \
                or _key(lists[0].text_content()) in present:
            continue
        before, after = box.getprevious(), box.getnext()
        if before is None or after is None or before.tag != "p" or after.tag != "p":
            continue
        target = kept.get(_key(after.text_content()))
        if target is None or _key(before.text_content()) not in kept or target.getparent() is None:
            continue
        lead = copy.copy(target)
        lead.clear()
        lead.text = f"{label.rstrip(':')}:"
        target.addprevious(lead)
        target.addprevious(_clean_list(lists[0]))
        present.add(_key(lists[0].text_content()))
        restored += 1
    return restored


def _clean_list(items):
    """The list with its items' text and inline markup only."""
    out = copy.deepcopy(items)
    out.attrib.clear()
    for item in out.iter("li"):
        text = " ".join(item.text_content().split())
        for child in list(item):
            item.remove(child)
        item.attrib.clear()
        item.text = text
    out.tail = None
    return out


def restore_ordered_lists(page, body) -> int:
    """Number again the lists the page numbers: the extractor writes every list as a <ul>, and a
    text that refers to its items by number ("Auch Schulen, die nicht unter 1 oder 2 fallen") was
    left pointing at bullets. A list of the body whose items' text is an <ol>'s of the page becomes
    an <ol> (with its start). Returns how many."""
    numbered: dict[tuple[str, ...], Any] = {}
    for ordered in page.iter("ol"):
        key = tuple(_key(item.text_content()) for item in ordered if item.tag == "li")
        if key and any(key):
            numbered.setdefault(key, ordered)
    restored = 0
    for listed in body.iter("ul"):
        key = tuple(_key(item.text_content()) for item in listed if item.tag == "li")
        if (ordered := numbered.get(key)) is not None:
            listed.tag = "ol"
            if (start := ordered.get("start")) and start.strip().isdigit():
                listed.set("start", start.strip())
            restored += 1
    return restored


def mend_body(page, body) -> None:
    """Put back into the extracted body what the extractor lost of the page's story: skipped
    paragraphs and subheadings, emptied table cells, a table written one row at a time, the
    numbers of a numbered list."""
    mend_cut_paragraphs(page, body)
    fill_gaps(page, body)
    restore_addresses(page, body)
    restore_introduced_lists(page, body)
    restore_headings(page, body)
    restore_summary_boxes(page, body)
    mend_tables(page, body)
    join_split_tables(body)
    restore_ordered_lists(page, body)
