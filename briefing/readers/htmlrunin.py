"""Subheads a page sets without heading tags, and promo links set as bold paragraphs, mended
on the page before the article is extracted:

- a short bold run that opens a paragraph and ends at a line break ("<p><strong>Huge
  expectations<br></strong>Ride was a mission specialist ...") is a run-in subhead: it
  becomes an <h3> before the rest of its paragraph; not when the paragraph next to it
  opens so too (Dropbox's "<b>Task scheduling</b><br>Clients can ...", "<b>Task
  gating</b><br>...": a list of terms, each with its paragraph);
- an element classed as a cross-head or subhead ('<span class="cross-head">Skill
  shortage</span>', as the BBC sets them) becomes an <h3>;
- the label set right before a short list of sentences that sums the story up ("<div><b>STORY
  HIGHLIGHTS</b></div><ul class="cnnStryHghLght">", CNN's), which the extractor drops, is
  carried through it on the list's first item and set back as an <h3> over the list
  (`restore_summary_labels`): the analysis reads the list as the article's own key points;
- a paragraph that is one bold link to another page and nothing else ("<p><strong><a
  href="https://...">More tributes stream in: 'Ride, Sally, Ride'</a></strong></p>") is a
  promo for another story: it goes.
"""

from __future__ import annotations

import re

from ..lexicon import SUMMARY_LABEL

RUN_IN_WORDS = 8  # a run-in subhead is this short at most
#: A labelled paragraph this long heads a section even beside another: a box of its own (the
#: "READLY" and "APPLE NEWS+" boxes of a blog's essay, 120 words each), not a term's definition.
SECTION_WORDS = 80
CLASSED_WORDS = 12  # and a classed one
_SUBHEAD_CLASS = re.compile(r"^(?:cross-?head(?:ing)?|sub-?head(?:ing|line)?|inline-?heading|intertitle)$", re.I)
_BOLD = ("strong", "b")
_ABBREVIATION_END = re.compile(r"\b(?:Co|Inc|Ltd|Corp|etc|Jr|Sr|St)\.$")  # "Infrastruktur für Steinkauz und Co."
_BLOCKS = frozenset("p div ul ol li table blockquote figure section h1 h2 h3 h4 h5 h6".split())


def _words(text: str | None) -> list[str]:
    return (text or "").split()


def mend_subheads(tree) -> None:
    """Run-in and classed subheads made <h3>, bold promo-link paragraphs dropped (see above)."""
    from lxml import html as lxml_html

    _head_summary_lists(tree)
    run_ins = []  # (paragraph, its subhead's text)
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        classes = (element.get("class") or "").split()
        if element.tag in ("span", "div", "p") and any(_SUBHEAD_CLASS.match(c) for c in classes):
            text = " ".join(_words(element.text_content()))
            if text and len(text.split()) <= CLASSED_WORDS and not any(
                    isinstance(c.tag, str) and c.tag in _BLOCKS for c in element.iterdescendants()):
                element.tag = "h3"
            continue
        if element.tag != "p":
            continue
        if (previous := element.getprevious()) is not None and previous.tag == "blockquote" and _promo_link(element):
            for link in list(element.iter("a")):  # a quotation's source ("[Tom's Guide]"): text, as the
                link.drop_tag()  # extractor keeps it (it drops a paragraph that is all link)
        elif _promo_link(element):
            element.drop_tree()
        elif _run_in(element, take=False) is not None:
            run_ins.append(element)
    labelled = set(run_ins)
    sections = _sections(run_ins)
    for paragraph in run_ins:
        if paragraph not in sections and len(_words(paragraph.text_content())) < SECTION_WORDS and (
                _sibling_p(paragraph.getprevious()) in labelled or _sibling_p(paragraph.getnext()) in labelled):
            continue  # a run of paragraphs that open with bold labels: a list of terms, not subheads
        heading = lxml_html.Element("h3")
        heading.text = _run_in(paragraph, take=True)
        paragraph.addprevious(heading)


def _sections(run_ins: list) -> set:
    """The labelled paragraphs that head sections: those of a parent where a plain paragraph
    stands between two of them (BirdLife's "<strong>Brut im Obstgarten</strong><br>..." heads
    two paragraphs), where a list of terms labels every one (Dropbox's "Task gating")."""
    found: set = set()
    by_parent: dict = {}
    for paragraph in run_ins:
        by_parent.setdefault(paragraph.getparent(), []).append(paragraph)
    for parent, labelled in by_parent.items():
        if parent is None or len(labelled) < 2:
            continue
        siblings = [c for c in parent if isinstance(c.tag, str) and c.tag == "p"]
        bold_lines = [i for i, p in enumerate(siblings) if _opens_with_bold_line(p)]  # a label ending "Co." too
        if bold_lines and any(not _opens_with_bold_line(p) for p in siblings[bold_lines[0]:bold_lines[-1]]):
            found.update(labelled)
    return found


def _opens_with_bold_line(paragraph) -> bool:
    """A paragraph that opens with a bold run and a line break after it."""
    return not (paragraph.text or "").strip() and len(paragraph) > 1 and paragraph[0].tag in _BOLD and (
        paragraph[1].tag == "br" or any(c.tag == "br" for c in paragraph[0])) and not (paragraph[0].tail or "").strip()


def _sibling_p(element):
    return element if element is not None and element.tag == "p" else None


def _promo_link(paragraph) -> bool:
    """A paragraph that is one bold link to another page, with no text of its own (brackets
    around it are no text)."""
    links = list(paragraph.iter("a"))
    if len(links) != 1 or not (links[0].get("href") or "").lower().startswith(("http://", "https://")):
        return False
    between = []  # the link's ancestors inside the paragraph
    for ancestor in links[0].iterancestors():
        if ancestor is paragraph:
            break
        between.append(ancestor)
    bold = any(e.tag in _BOLD for e in (*between, *links[0].iterdescendants()))
    text = " ".join(_words(paragraph.text_content())).strip("[]()| ")  # "[Our Latest Forecast: ...]"
    return bold and bool(text) and text == " ".join(_words(links[0].text_content()))


def _run_in(paragraph, take: bool) -> str | None:
    """The text of a bold run that opens the paragraph and ends at a line break, when it is
    short and not a sentence (with `take`, taken out of it: the paragraph keeps the rest);
    else None."""
    if (paragraph.text or "").strip() or not len(paragraph) or paragraph[0].tag not in _BOLD:
        return None
    bold = paragraph[0]
    breaks = [c for c in bold if c.tag == "br"]
    after_break = bold.getnext() is not None and bold.getnext().tag == "br" and not (bold.tail or "").strip()
    if len(bold) != len(breaks) or not (breaks or after_break) or any(_words(b.tail) for b in breaks):
        return None  # more than text and a closing <br> in the bold run
    text = " ".join(_words(bold.text))
    rest = (bold.tail or "") + "".join(c.text_content() + (c.tail or "") for c in bold.itersiblings())
    if not re.search(r"[^\W\d_]", text) or len(text.split()) > RUN_IN_WORDS or len(_words(rest)) < 8 \
            or (text[-1] in ".,;:!?…" and not _ABBREVIATION_END.search(text)):  # a sentence, a prompt that trails
        # off ("Das müssen Sie erklären …"); a "+++" ornament
        return None
    if not take:
        return text
    if after_break:
        bold.getnext().drop_tree()
    bold.drop_tree()  # its tail, the paragraph's first words, stays
    paragraph.text = (paragraph.text or "").lstrip()
    return text


_SUMMARY = re.compile(rf"^(?:{SUMMARY_LABEL})$", re.I)
#: Marks a summary list's first item with its label, through the extractor (which drops the label).
SUMMARY_MARK = "BRIEFINGSUMMARY\u00a7"


def _head_summary_lists(tree) -> None:
    for listed in list(tree.iter("ul", "ol")):
        label = listed.getprevious()
        items = [item for item in listed if item.tag == "li"]
        if label is None or not isinstance(label.tag, str) or label.tag not in ("div", "p", "span", "strong", "b") \
                or not 2 <= len(items) <= 8 or any(item.find(".//a") is not None for item in items):
            continue  # a list of links is no summary of the story ("Highlights" of the site's other pages)
        text = " ".join(_words(label.text_content())).strip(" :")
        if _SUMMARY.match(text) and not any(isinstance(c.tag, str) and c.tag in _BLOCKS
                                            for c in label.iterdescendants()):
            items[0].text = f"{SUMMARY_MARK}{text}{SUMMARY_MARK}{items[0].text or ''}"
            label.drop_tree()


def restore_summary_labels(body) -> None:
    """Set back, as an <h3> over its list, the label of a summary list marked before extraction."""
    for item in list(body.iter("li")):
        text = item.text or ""
        if not text.startswith(SUMMARY_MARK):
            continue
        label, _, rest = text[len(SUMMARY_MARK):].partition(SUMMARY_MARK)
        item.text = rest
        listed = item.getparent()
        if listed is not None and listed.getparent() is not None:
            heading = listed.makeelement("h3")
            heading.text = label
            listed.addprevious(heading)


def take_top_summary(sections: list) -> tuple[list, tuple]:
    """The story's own summary list when it opens the story under its label (CNN's "STORY
    HIGHLIGHTS"): its items as the article's given key points, and the sections without the
    label and the list, which the key points box prints."""
    from ..model import KeyPoint, Section

    if not sections or not sections[0].blocks or sections[0].blocks[0].kind != "list" \
            or not _SUMMARY.match((sections[0].heading or "").strip(" :")):
        return sections, ()
    from lxml import html as lxml_html

    listed = lxml_html.fragment_fromstring(sections[0].blocks[0].html or "<ul></ul>", create_parent="div")
    items = [" ".join(item.text_content().split()) for item in listed.iter("li")]
    points = tuple(KeyPoint(item if item.endswith((".", "!", "?")) else item + ".", 0, None, 1.0, "given")
                   for item in items if len(item.split()) >= 3)
    if len(points) < 2:
        return sections, ()
    rest = Section(None, sections[0].blocks[1:], sections[0].level)
    return ([rest] if rest.blocks else []) + list(sections[1:]), points
