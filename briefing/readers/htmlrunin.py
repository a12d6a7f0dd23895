"""Subheads a page sets without heading tags, and promo links set as bold paragraphs, mended
on the page before the article is extracted:

- a short bold run that opens a paragraph and ends at a line break ("<p><strong>Huge
  expectations<br></strong>Ride was a mission specialist ...") is a run-in subhead: it
  becomes an <h3> before the rest of its paragraph; not when the paragraph next to it
  opens so too (Dropbox's "<b>Task scheduling</b><br>Clients can ...", "<b>Task
  gating</b><br>...": a list of terms, each with its paragraph);
- an element classed as a cross-head or subhead ('<span class="cross-head">Skill
  shortage</span>', as the BBC sets them) becomes an <h3>;
- a paragraph that is one bold link to another page and nothing else ("<p><strong><a
  href="https://...">More tributes stream in: 'Ride, Sally, Ride'</a></strong></p>") is a
  promo for another story: it goes.
"""

from __future__ import annotations

import re

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
        if _promo_link(element):
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
